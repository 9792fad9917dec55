"""Inter-annotator agreement: a second, blind annotation (corpora/agreement/) against the gold (corpora/gold/).

    python scripts/agreement.py [--agreement corpora/agreement] [--gold corpora/gold]

Each `NAME.{measures,themes}.b.jsonl` under corpora/agreement was written by a second annotator who saw only the
document and the written conventions, never the gold or docanalyze's output. This script scores annotator B
against the gold with the matching `docanalyze evaluate` uses (measures: one-to-one overlapping spans, then the
action; themes: per-paragraph labels, macro F1), and, on the same documents, docanalyze against the gold. Human
agreement is the ceiling a target on these documents should be read against.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docanalyze as da
from docanalyze.evaluate import GoldFile, TypeScore, load_gold, score_records, theme_pairs, theme_scores
from docanalyze.models import record_to_dict

ROOT = Path(__file__).resolve().parents[1]
# A second annotation names its task in the file name: `NAME.measures.b.jsonl`, `NAME.themes.b.jsonl`.
TASKS = {"measures": "measure", "themes": "theme"}


def _gold_for(document: Path, kind: str, gold_dir: Path) -> GoldFile:
    """The gold file of `kind` whose header points at the same document."""
    for path in sorted(gold_dir.rglob("*.gold.jsonl")):
        gold = load_gold(path)
        if kind in gold.types and gold.document.resolve() == document.resolve():
            return gold
    raise SystemExit(f"no gold file of type {kind!r} for {document}")


def _rows(gold: GoldFile, kind: str) -> list[dict[str, Any]]:
    return [r for r in gold.rows if r.get("type") == kind]


def _pairs(gold: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[tuple[set[str], set[str]]]:
    """(gold labels, other labels) per gold paragraph: both annotate the same stripped lines."""
    by_span = {(r["start"], r["end"]): set(r.get("labels") or []) for r in other}
    return [(set(r.get("labels") or []), by_span.get((r["start"], r["end"]), set())) for r in gold]


def _measure_line(name: str, s: TypeScore) -> str:
    o = s.overlap.scores()
    return (
        f"  {name:<13} gold {o['tp'] + o['fn']:>4}  other {o['tp'] + o['fp']:>4}  overlap P {o['precision']:.3f}  "
        f"R {o['recall']:.3f}  F1 {o['f1']:.3f}  action agreement {s.value.tp / max(o['tp'], 1):.3f} over {o['tp']}"
    )


def report(agreement_dir: Path, gold_dir: Path) -> str:
    lines: list[str] = []
    measures: dict[str, TypeScore] = defaultdict(TypeScore)
    themes: dict[str, list[tuple[set[str], set[str]]]] = defaultdict(list)
    for path in sorted(agreement_dir.glob("*.b.jsonl")):
        task = path.name.rsplit(".", 3)[-3]
        kind = TASKS[task]
        second = load_gold(path)
        gold = _gold_for(second.document, kind, gold_dir)
        doc = da.analyze(str(second.document))
        if kind == "measure":
            predicted = [record_to_dict(m) for m in doc.measures]
            for who, rows in (("annotator B", _rows(second, kind)), ("docanalyze", predicted)):
                s = score_records(kind, _rows(gold, kind), rows)
                measures[who].add(s)
                lines.append(_measure_line(f"{who}", s) + f"  [{second.document.name}]")
        else:
            b = _pairs(_rows(gold, kind), _rows(second, kind))
            ours = theme_pairs(doc.provisions, _rows(gold, kind))
            themes["annotator B"] += b
            themes["docanalyze"] += ours
            for who, pairs in (("annotator B", b), ("docanalyze", ours)):
                # Per document, a label may be absent from both annotations: exact match, not macro F1.
                lines.append(
                    f"  {who:<13} themes exact match {theme_scores(pairs)['exact_match']:.3f} over {len(pairs)} "
                    f"paragraphs  [{second.document.name}]"
                )
    out = ["== per document (against the gold)", *lines]
    if measures:
        out.append("== measures, all documents (against the gold)")
        for who, total in measures.items():
            out.append(_measure_line(who, total))
    if themes:
        out.append("== themes, all documents (against the gold)")
        for who, pairs in themes.items():
            t = theme_scores(pairs)
            labels = "  ".join(f"{k} {v['f1']:.3f}" for k, v in t["labels"].items())
            out.append(f"  {who:<13} macro F1 {t['macro_f1']:.3f} over {t['provisions']}  ({labels})")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreement", type=Path, default=ROOT / "corpora" / "agreement")
    parser.add_argument("--gold", type=Path, default=ROOT / "corpora" / "gold")
    args = parser.parse_args(argv)
    print(report(args.agreement, args.gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
