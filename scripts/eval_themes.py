"""Theme scores on the gold files: the default backend beside a majority-class and a keyword baseline.

    python scripts/eval_themes.py [--gold-dir corpora/gold] [--model DIR] [--corpus corpora/themes] [--json OUT]

Reads every gold file whose header lists `theme` (corpora/gold/**/*.themes.gold.jsonl), segments its
document into provisions as the pipeline does, classifies them with each model and prints per-label
P/R/F1 and macro F1 overall, per language, and per gold folder (`dev`: documents to develop against,
`real`: held out) and language (docanalyze.evaluate `theme_scores`). Nothing here trains on
the gold; the script reports any gold paragraph that also appears in the training corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from docanalyze.classify import ThemeModel, document_themes, load_theme_model
from docanalyze.classify.baselines import KeywordThemeModel, MajorityThemeModel
from docanalyze.classify.train import load_corpus
from docanalyze.evaluate import GoldFile, load_gold, theme_pairs, theme_scores
from docanalyze.models import THEME_LABELS
from docanalyze.segment import provisions_from_blocks, text_blocks

ROOT = Path(__file__).resolve().parents[1]
# Word 7-grams: a gold paragraph sharing one with the training corpus is reported as possible leakage.
LEAK_NGRAM = 7
WORD_RE = re.compile(r"\w+")


def theme_gold_files(gold_dir: Path) -> list[GoldFile]:
    files = [load_gold(p) for p in sorted(gold_dir.rglob("*.gold.jsonl"))]
    return [g for g in files if "theme" in g.types]


def _ngrams(text: str) -> set[str]:
    words = WORD_RE.findall(text.lower())
    return {" ".join(words[i : i + LEAK_NGRAM]) for i in range(len(words) - LEAK_NGRAM + 1)}


def pairs_for(gold: GoldFile, model: ThemeModel) -> list[tuple[set[str], set[str]]]:
    """(gold labels, predicted labels) per gold theme line, via the provision covering most of it."""
    text = gold.document.read_text(encoding="utf-8")
    provisions = provisions_from_blocks(text, text_blocks(text))
    for provision, themes in zip(provisions, document_themes(model, text, provisions), strict=True):
        provision.themes = themes
    return theme_pairs(provisions, [r for r in gold.rows if r.get("type") == "theme"])


def evaluate_models(golds: list[GoldFile], models: dict[str, ThemeModel]) -> dict[str, Any]:
    """Scores per model: overall, per gold folder (`dev`, `real`) and per folder and language."""
    report: dict[str, Any] = {}
    for name, model in models.items():
        groups: dict[str, list[tuple[set[str], set[str]]]] = defaultdict(list)
        for gold in golds:
            pairs = pairs_for(gold, model)
            split = gold.path.parent.name
            for key in ("all", split, f"{split}:{gold.lang}", f"lang:{gold.lang}"):
                groups[key] += pairs
        report[name] = {key: theme_scores(groups[key]) for key in sorted(groups, key=_group_order)}
    return report


def _group_order(key: str) -> tuple[int, str]:
    return (0 if key == "all" else 1 if key.startswith("lang:") else 2, key)


def leakage(golds: list[GoldFile], corpus_dir: Path) -> int:
    seen = set().union(*(_ngrams(e.text) for e in load_corpus(corpus_dir)))
    count = 0
    for gold in golds:
        text = gold.document.read_text(encoding="utf-8")
        count += sum(
            bool(_ngrams(text[r["start"] : r["end"]]) & seen) for r in gold.rows if r.get("type") == "theme"
        )
    return count


def format_report(report: dict[str, Any]) -> str:
    lines = []
    for name, per_lang in report.items():
        lines.append(f"== {name}")
        for lang, s in per_lang.items():
            lines.append(
                f"  [{lang}] macro F1 {s['macro_f1']:.3f}  exact {s['exact_match']:.3f}  "
                f"({s['provisions']} paragraphs)"
            )
            for label in THEME_LABELS:
                x = s["labels"][label]
                lines.append(
                    f"      {label:<10} P {x['precision']:.3f}  R {x['recall']:.3f}  F1 {x['f1']:.3f}  "
                    f"(gold {x['tp'] + x['fn']})"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=ROOT / "corpora" / "gold")
    parser.add_argument("--model", type=Path, help="a theme model directory (default: the shipped model)")
    parser.add_argument(
        "--corpus", type=Path, default=ROOT / "corpora" / "themes", help="the training corpus"
    )
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    args = parser.parse_args(argv)

    golds = theme_gold_files(args.gold_dir)
    if not golds:
        print(f"no gold file with theme annotations under {args.gold_dir}", file=sys.stderr)
        return 1
    model = load_theme_model(args.model)
    if model is None:
        print("no theme model: train one with scripts/train_themes.py", file=sys.stderr)
        return 1
    corpus = load_corpus(args.corpus)
    models = {
        "model": model,
        "majority": MajorityThemeModel(e.labels for e in corpus),
        "keywords": KeywordThemeModel(),
    }
    report = evaluate_models(golds, models)
    print(f"{len(golds)} gold files: " + ", ".join(sorted({g.lang for g in golds})))
    print(
        f"gold paragraphs sharing a {LEAK_NGRAM}-gram with the training corpus: {leakage(golds, args.corpus)}"
    )
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
