"""Score the pipeline against gold files (shared corpora FORMAT.md): the team's measuring stick.

For every gold file under a directory, the document it annotates is analysed as plain text and each type
the header lists is scored:
- span: predicted and gold records with exactly the same offsets;
- overlap: one-to-one matching of records that share characters (greedy, largest overlap first);
- value: overlap matches whose normalised value is also right (date value; figure value, kind, unit;
  legal kind, articles and instrument; measure action);
- themes: each gold theme line against the labels of the provision covering most of it, per-label and
  macro F1.
Several gold files may annotate one document (one per group of types); the document is analysed once.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docanalyze.errors import DocanalyzeError
from docanalyze.models import THEME_LABELS, Document, Provision

RECORD_TYPES = ("date", "figure", "legal", "measure")
DOC_ATTRIBUTE = {"date": "dates", "figure": "figures", "legal": "legal_references", "measure": "measures"}


@dataclass
class GoldFile:
    path: Path
    document: Path
    lang: str
    types: list[str]
    rows: list[dict[str, Any]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class TypeScore:
    span: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: TypeScore) -> None:
        self.span.add(other.span)
        self.overlap.add(other.overlap)
        self.value.add(other.value)
        self.errors.extend(other.errors)


def load_gold(path: Path) -> GoldFile:
    """A gold file and the path of the text it annotates (header `document`, else NAME.txt beside it)."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines or lines[0].get("type") != "header":
        raise ValueError(f"{path}: the first line is not a header")
    header = lines[0]
    if header.get("document"):
        candidates = [path.parent / header["document"], Path(header["document"])]
        document = next((c for c in candidates if c.is_file()), candidates[0])
    else:
        document = path.with_name(path.name.replace(".gold.jsonl", ".txt"))
    return GoldFile(
        path, document.resolve(), header.get("lang", "en"), list(header.get("types", [])), lines[1:]
    )


def _norm_number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _same_number(a: Any, b: Any) -> bool:
    x, y = _norm_number(a), _norm_number(b)
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _norm_article(article: str) -> str:
    return article.replace(" ", "").lower()


VALUE_CHECKS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "date": lambda g, p: str(g.get("value")) == str(p.get("value")),
    "figure": lambda g, p: (
        _same_number(g.get("value"), p.get("value"))
        and g.get("kind") == p.get("kind")
        and (g.get("unit") or None) == (p.get("unit") or None)
    ),
    "legal": lambda g, p: (
        g.get("kind") == p.get("kind")
        and [_norm_article(a) for a in g.get("articles") or []]
        == [_norm_article(a) for a in p.get("articles") or []]
        and (g.get("instrument") or None) == (p.get("instrument") or None)
    ),
    "measure": lambda g, p: g.get("action") == p.get("action"),
}


def _match(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of overlapping spans, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if shared > 0:
                union = max(g["end"], p["end"]) - min(g["start"], p["start"])
                candidates.append((shared / union, gi, pi))
    candidates.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_records(kind: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> TypeScore:
    score = TypeScore()
    gold_spans = {(g["start"], g["end"]) for g in gold}
    pred_spans = {(p["start"], p["end"]) for p in predicted}
    exact = len(gold_spans & pred_spans)
    score.span = Counts(exact, len(pred_spans) - exact, len(gold_spans) - exact)
    pairs = _match(gold, predicted)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    good = 0
    for gi, pi in pairs:
        if VALUE_CHECKS[kind](gold[gi], predicted[pi]):
            good += 1
        else:
            score.errors.append({"error": "wrong_value", "gold": gold[gi], "predicted": predicted[pi]})
    score.overlap = Counts(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    score.value = Counts(good, len(predicted) - good, len(gold) - good)
    score.errors += [{"error": "missed", "gold": g} for i, g in enumerate(gold) if i not in matched_g]
    score.errors += [
        {"error": "spurious", "predicted": p} for i, p in enumerate(predicted) if i not in matched_p
    ]
    return score


def _predicted_rows(doc: Document, kind: str) -> list[dict[str, Any]]:
    from docanalyze.models import record_to_dict

    return [record_to_dict(r) for r in getattr(doc, DOC_ATTRIBUTE[kind])]


def theme_pairs(
    provisions: Sequence[Provision], gold_rows: list[dict[str, Any]]
) -> list[tuple[set[str], set[str]]]:
    """(gold labels, predicted labels) per gold theme line, from the provision covering most of it."""
    pairs = []
    for g in gold_rows:
        best, best_shared = None, 0
        for provision in provisions:
            shared = min(g["end"], provision.end) - max(g["start"], provision.start)
            if shared > best_shared:
                best, best_shared = provision, shared
        predicted = {t.label for t in best.themes} if best else set()
        pairs.append((set(g.get("labels") or []), predicted))
    return pairs


def theme_scores(pairs: Iterable[tuple[set[str], set[str]]]) -> dict[str, Any]:
    per_label = {label: Counts() for label in THEME_LABELS}
    exact = total = 0
    for gold, predicted in pairs:
        total += 1
        exact += gold == predicted
        for label in THEME_LABELS:
            c = per_label[label]
            if label in gold and label in predicted:
                c.tp += 1
            elif label in predicted:
                c.fp += 1
            elif label in gold:
                c.fn += 1
    labels = {label: c.scores() for label, c in per_label.items()}
    macro = sum(s["f1"] for s in labels.values()) / len(labels)
    return {
        "labels": labels,
        "macro_f1": round(macro, 4),
        "exact_match": round(exact / total, 4) if total else 0.0,
        "provisions": total,
    }


def evaluate(gold_dir: str | Path, analyze_text: Callable[..., Document] | None = None) -> dict[str, Any]:
    """Scores per type overall and per language, and theme scores, over every gold file under `gold_dir`."""
    if analyze_text is None:
        from docanalyze.pipeline import analyze_text
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.rglob("*.gold.jsonl"))
    if not files:
        raise DocanalyzeError(str(gold_dir), "no *.gold.jsonl files found")
    by_document: dict[Path, list[GoldFile]] = defaultdict(list)
    for path in files:
        gold = load_gold(path)
        by_document[gold.document].append(gold)

    totals: dict[str, TypeScore] = defaultdict(TypeScore)
    per_lang: dict[tuple[str, str], TypeScore] = defaultdict(TypeScore)
    all_theme_pairs: list[tuple[set[str], set[str]]] = []
    theme_pairs_lang: dict[str, list[tuple[set[str], set[str]]]] = defaultdict(list)
    documents = []
    for document, golds in sorted(by_document.items()):
        text = document.read_text(encoding="utf-8")
        doc = analyze_text(text, source=str(document))
        documents.append(
            {"document": str(document), "lang": golds[0].lang, "gold_files": [str(g.path) for g in golds]}
        )
        for gold in golds:
            for kind in gold.types:
                rows = [r for r in gold.rows if r.get("type") == kind]
                if kind == "theme":
                    pairs = theme_pairs(doc.provisions, rows)
                    all_theme_pairs += pairs
                    theme_pairs_lang[gold.lang] += pairs
                    continue
                score = score_records(kind, rows, _predicted_rows(doc, kind))
                for err in score.errors:
                    err["document"] = document.name
                totals[kind].add(score)
                per_lang[(kind, gold.lang)].add(score)

    def summary(score: TypeScore) -> dict[str, Any]:
        return {"span": score.span.scores(), "overlap": score.overlap.scores(), "value": score.value.scores()}

    report: dict[str, Any] = {
        "documents": documents,
        "types": {kind: summary(totals[kind]) for kind in RECORD_TYPES if kind in totals},
        "languages": {f"{kind}:{lang}": summary(score) for (kind, lang), score in sorted(per_lang.items())},
        "errors": {kind: totals[kind].errors for kind in RECORD_TYPES if kind in totals},
    }
    if all_theme_pairs:
        report["themes"] = theme_scores(all_theme_pairs)
        report["themes_by_language"] = {lang: theme_scores(p) for lang, p in sorted(theme_pairs_lang.items())}
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as a plain-text table (what `docanalyze evaluate` prints)."""
    lines = [f"{len(report['documents'])} documents", ""]
    header = f"{'type':<16}{'gold':>6}{'pred':>6}  {'span F1':>8}{'overlap F1':>11}{'value P':>9}{'value R':>9}{'value F1':>9}"
    lines.append(header)
    rows = [(k, v) for k, v in report["types"].items()] + [(k, v) for k, v in report["languages"].items()]
    for name, s in rows:
        v = s["value"]
        gold = v["tp"] + v["fn"]
        pred = v["tp"] + v["fp"]
        lines.append(
            f"{name:<16}{gold:>6}{pred:>6}  {s['span']['f1']:>8.3f}{s['overlap']['f1']:>11.3f}"
            f"{v['precision']:>9.3f}{v['recall']:>9.3f}{v['f1']:>9.3f}"
        )
    for name, s in rows:
        if name.startswith("measure") and s["overlap"]["tp"]:
            accuracy = s["value"]["tp"] / s["overlap"]["tp"]
            lines.append(
                f"{name}: action accuracy {accuracy:.3f} over {s['overlap']['tp']} detected measures"
            )
    if "themes" in report:
        lines += [
            "",
            f"themes: macro F1 {report['themes']['macro_f1']:.3f}, exact match "
            f"{report['themes']['exact_match']:.3f} over {report['themes']['provisions']} provisions",
        ]
        for lang, t in report.get("themes_by_language", {}).items():
            lines.append(f"  {lang}: macro F1 {t['macro_f1']:.3f} ({t['provisions']} provisions)")
        for label, s in report["themes"]["labels"].items():
            lines.append(f"  {label:<10} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    return "\n".join(lines)
