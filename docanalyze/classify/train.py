"""Training the default theme model from a corpus directory (`docanalyze train CORPUS_DIR -o MODEL_DIR`).

A corpus directory holds `*.jsonl` files, one provision per line:
`{"text": ..., "labels": [...], "section": ... or null, "genre": ..., "lang": "en"}` (corpora/themes/README.md).
The corpus hash and label counts go into the model's manifest, so that a model says what it learned from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docanalyze.errors import DocanalyzeError
from docanalyze.models import THEME_LABELS

REQUIRED_FIELDS = ("text", "labels", "lang")


@dataclass
class Example:
    text: str
    labels: list[str]
    section: str | None
    genre: str | None
    lang: str
    source: str


def load_corpus(corpus_dir: str | Path) -> list[Example]:
    """Every provision of every `*.jsonl` under `corpus_dir` (sorted by file name), validated."""
    corpus_dir = Path(corpus_dir)
    files = sorted(corpus_dir.glob("*.jsonl"))
    if not files:
        raise DocanalyzeError(str(corpus_dir), "no *.jsonl corpus files found")
    examples = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DocanalyzeError(where, f"not JSON ({exc.msg})") from exc
            missing = [f for f in REQUIRED_FIELDS if f not in row]
            if missing:
                raise DocanalyzeError(where, f"missing field(s) {', '.join(missing)}")
            unknown = sorted(set(row["labels"]) - set(THEME_LABELS))
            if unknown:
                raise DocanalyzeError(where, f"unknown label(s) {', '.join(unknown)}")
            examples.append(
                Example(
                    row["text"],
                    list(row["labels"]),
                    row.get("section"),
                    row.get("genre"),
                    row["lang"],
                    path.name,
                )
            )
    return examples


def corpus_sha256(corpus_dir: str | Path) -> str:
    """Hash of the corpus files' names and bytes, in sorted order: what the manifest records."""
    digest = hashlib.sha256()
    for path in sorted(Path(corpus_dir).glob("*.jsonl")):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def corpus_stats(examples: list[Example]) -> dict[str, dict[str, int]]:
    """Per language: provisions, provisions per label, with no label, and with several labels."""
    stats: dict[str, Counter[str]] = {}
    for ex in examples:
        for lang in (ex.lang, "all"):
            c = stats.setdefault(lang, Counter())
            c["provisions"] += 1
            c.update(ex.labels)
            c["none"] += not ex.labels
            c["several"] += len(ex.labels) > 1
    keys = ("provisions", *THEME_LABELS, "none", "several")
    return {lang: {k: stats[lang][k] for k in keys} for lang in sorted(stats, key=lambda x: (x == "all", x))}


def train_model(corpus_dir: str | Path, seed: int = 0, **params: Any) -> tuple[Any, dict[str, Any]]:
    """A fitted `ThemeClassifier` and the corpus description its manifest records."""
    from docanalyze.classify.model import ThemeClassifier

    examples = load_corpus(corpus_dir)
    model = ThemeClassifier(random_state=seed, **params).fit(
        [e.text for e in examples],
        [e.labels for e in examples],
        contexts=[e.section for e in examples],
        langs=[e.lang for e in examples],
    )
    corpus = {
        "sha256": corpus_sha256(corpus_dir),
        "files": sorted(p.name for p in Path(corpus_dir).glob("*.jsonl")),
        "counts": corpus_stats(examples),
    }
    return model, corpus


def format_scores(scores: dict[str, Any]) -> str:
    """Validation scores as lines: macro F1 per language, then P/R/F1 per label overall."""
    lines = [f"validation ({scores['all']['n']} held-out predictions, thresholds tuned on them)"]
    for lang, s in scores.items():
        lines.append(f"  {lang:<4} macro F1 {s['macro_f1']:.3f}  (n={s['n']})")
    for label in THEME_LABELS:
        s = scores["all"].get(label)
        if s:
            lines.append(
                f"  {label:<10} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (support {s['support']})"
            )
    return "\n".join(lines)


def _check_output(directory: Path) -> None:
    """Refuse a folder of other files: saving would overwrite its manifest.json and weights.npz."""
    if not directory.is_dir() or not any(directory.iterdir()):
        return
    try:
        backend = json.loads((directory / "manifest.json").read_text(encoding="utf-8")).get("backend")
    except (OSError, ValueError, AttributeError):
        backend = None
    if backend is None:
        raise DocanalyzeError(str(directory), "exists and is not a theme model; choose a new or empty folder")


def run_train_cli(args: argparse.Namespace) -> int:
    """`docanalyze train`: fit on args.corpus_dir, save to args.output, print validation scores."""
    _check_output(Path(args.output))
    model, corpus = train_model(args.corpus_dir, seed=args.seed)
    out = model.save(args.output, corpus)
    print(format_scores(model.validation_scores_))
    print(f"model written to {out} (corpus sha256 {corpus['sha256'][:12]})")
    return 0
