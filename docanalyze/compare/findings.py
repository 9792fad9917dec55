"""Where two aligned documents disagree, ranked: what an advocate reads first.

Kinds of finding, each scored in [0, 1] (weight of the kind x strength of the evidence):
- `value_mismatch`: aligned provisions give the same quantity (kind, unit, counted concept) different values;
- `date_mismatch`: aligned provisions date the same thing differently;
- `measure_only_in`: a measure with no counterpart measure in the other document;
- `legal_only_in`: an instrument or article that only one document cites;
- `theme_only_in`: a theme that takes a real share of one document and (almost) none of the other.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from docanalyze.compare.align import AlignedPair, concept_of
from docanalyze.io.plots import theme_shares
from docanalyze.models import Document, Figure

KIND_WEIGHTS = {
    "value_mismatch": 1.0,
    "date_mismatch": 0.75,
    "measure_only_in": 0.6,
    "theme_only_in": 0.55,
    "legal_only_in": 0.4,
}
# A theme "covered" by a document takes at least this share of its words; "absent" at most the second.
THEME_COVERED, THEME_ABSENT = 0.10, 0.02


@dataclass
class Finding:
    kind: str
    score: float
    summary: str
    side: str | None = None  # "a" or "b" for the *_only_in kinds
    a: dict[str, Any] = field(default_factory=dict)
    b: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "score": round(self.score, 4),
            "summary": self.summary,
            "side": self.side,
            "a": self.a,
            "b": self.b,
        }


def _format_value(figure: Figure) -> str:
    value = f"{figure.value:,}" if isinstance(figure.value, int) else f"{figure.value:,.4g}"
    unit = {"EUR": " €", "%": " %"}.get(figure.unit or "", f" {figure.unit}" if figure.unit else "")
    return value + unit


def _figure_key(figure: Figure) -> tuple[str, str | None, str | None]:
    return figure.kind, figure.unit, concept_of(figure.quantity)


def _by_provision(records: list[Any]) -> dict[str | None, list[Any]]:
    out: dict[str | None, list[Any]] = defaultdict(list)
    for record in records:
        out[record.provision_id].append(record)
    return out


def value_mismatches(doc_a: Document, doc_b: Document, pairs: list[AlignedPair]) -> list[Finding]:
    figures_a, figures_b = _by_provision(doc_a.figures), _by_provision(doc_b.figures)
    found = []
    for pair in pairs:
        groups: dict[tuple[str, str | None, str | None], tuple[list[Figure], list[Figure]]] = defaultdict(
            lambda: ([], [])
        )
        for figure in figures_a.get(pair.a.id, []):
            groups[_figure_key(figure)][0].append(figure)
        for figure in figures_b.get(pair.b.id, []):
            groups[_figure_key(figure)][1].append(figure)
        for (kind, _unit, concept), (in_a, in_b) in groups.items():
            values_a, values_b = {f.value for f in in_a}, {f.value for f in in_b}
            if not in_a or not in_b or values_a == values_b:
                continue
            what = concept or kind
            shown_a = " -> ".join(_format_value(f) for f in in_a)
            shown_b = " -> ".join(_format_value(f) for f in in_b)
            # Stronger when the quantity is named and the provisions are clearly about the same thing.
            strength = (0.55 + 0.45 * min(1.0, pair.score / 0.5)) * (1.0 if concept else 0.7)
            found.append(
                Finding(
                    "value_mismatch",
                    KIND_WEIGHTS["value_mismatch"] * strength,
                    f"{what}: {shown_a} in A, {shown_b} in B",
                    a={"provision": pair.a.id, "figures": [f.id for f in in_a], "values": sorted(values_a)},
                    b={"provision": pair.b.id, "figures": [f.id for f in in_b], "values": sorted(values_b)},
                )
            )
    return found


def date_mismatches(doc_a: Document, doc_b: Document, pairs: list[AlignedPair]) -> list[Finding]:
    dates_a, dates_b = _by_provision(doc_a.dates), _by_provision(doc_b.dates)
    found = []
    for pair in pairs:
        in_a, in_b = dates_a.get(pair.a.id, []), dates_b.get(pair.b.id, [])
        for granularity in ("day", "month"):
            values_a = {d.value for d in in_a if d.granularity == granularity}
            values_b = {d.value for d in in_b if d.granularity == granularity}
            if len(values_a) == 1 and len(values_b) == 1 and values_a != values_b and pair.score >= 0.3:
                (va,), (vb,) = values_a, values_b
                found.append(
                    Finding(
                        "date_mismatch",
                        KIND_WEIGHTS["date_mismatch"] * min(1.0, pair.score / 0.5),
                        f"the same provision is dated {va} in A and {vb} in B",
                        a={"provision": pair.a.id, "value": va},
                        b={"provision": pair.b.id, "value": vb},
                    )
                )
    return found


def measures_only_in(doc_a: Document, doc_b: Document, pairs: list[AlignedPair]) -> list[Finding]:
    partner_of_a = {p.a.id: p.b.id for p in pairs}
    partner_of_b = {p.b.id: p.a.id for p in pairs}
    found = []
    for side, doc, other, partner in (("a", doc_a, doc_b, partner_of_a), ("b", doc_b, doc_a, partner_of_b)):
        other_measures = _by_provision(other.measures)
        for measure in doc.measures:
            counterpart = partner.get(measure.provision_id)
            if counterpart and other_measures.get(counterpart):
                continue
            label = "A" if side == "a" else "B"
            confidence = measure.score if measure.score is not None else 0.7
            found.append(
                Finding(
                    "measure_only_in",
                    KIND_WEIGHTS["measure_only_in"] * (0.5 + 0.5 * confidence),
                    f"only {label} states this measure ({measure.action}): {measure.text[:160]}",
                    side=side,
                    **{side: {"measure": measure.id, "provision": measure.provision_id}},
                )
            )
    return found


def _legal_keys(doc: Document) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for ref in doc.legal_references:
        instrument = ref.instrument or ref.court
        if not instrument:
            continue
        if ref.articles:
            for article in ref.articles:
                keys[f"article {article} of {instrument}"].append(ref.id)
        else:
            keys[instrument].append(ref.id)
    return keys


def legal_only_in(doc_a: Document, doc_b: Document) -> list[Finding]:
    keys_a, keys_b = _legal_keys(doc_a), _legal_keys(doc_b)
    instruments_a = {r.instrument for r in doc_a.legal_references if r.instrument}
    instruments_b = {r.instrument for r in doc_b.legal_references if r.instrument}
    found = []
    for side, mine, theirs, their_instruments in (
        ("a", keys_a, keys_b, instruments_b),
        ("b", keys_b, keys_a, instruments_a),
    ):
        for key, ids in mine.items():
            if key in theirs:
                continue
            instrument = key.rsplit(" of ", 1)[-1]
            # An article of an act the other text never cites at all weighs more than one more article.
            strength = 0.6 + 0.4 * min(1.0, len(ids) / 3) if instrument not in their_instruments else 0.4
            label = "A" if side == "a" else "B"
            found.append(
                Finding(
                    "legal_only_in",
                    KIND_WEIGHTS["legal_only_in"] * strength,
                    f"only {label} cites {key} ({len(ids)}x)",
                    side=side,
                    **{side: {"legal_references": ids}},
                )
            )
    return found


def themes_only_in(doc_a: Document, doc_b: Document) -> list[Finding]:
    shares_a, shares_b = theme_shares(doc_a), theme_shares(doc_b)
    found = []
    for label in shares_a:
        for side, mine, theirs in (
            ("a", shares_a[label], shares_b[label]),
            ("b", shares_b[label], shares_a[label]),
        ):
            if mine >= THEME_COVERED and theirs <= THEME_ABSENT:
                name = "A" if side == "a" else "B"
                found.append(
                    Finding(
                        "theme_only_in",
                        KIND_WEIGHTS["theme_only_in"] * min(1.0, mine / 0.3),
                        f"{label} takes {mine:.0%} of {name} and {theirs:.0%} of the other",
                        side=side,
                        a={"share": round(shares_a[label], 3)},
                        b={"share": round(shares_b[label], 3)},
                    )
                )
    return found


def rank(doc_a: Document, doc_b: Document, pairs: list[AlignedPair]) -> list[Finding]:
    findings = (
        value_mismatches(doc_a, doc_b, pairs)
        + date_mismatches(doc_a, doc_b, pairs)
        + measures_only_in(doc_a, doc_b, pairs)
        + legal_only_in(doc_a, doc_b)
        + themes_only_in(doc_a, doc_b)
    )
    return sorted(findings, key=lambda f: -f.score)
