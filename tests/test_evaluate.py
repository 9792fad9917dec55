"""The measuring stick measures: perfect, partial and empty predictions give the expected scores."""

from __future__ import annotations

import json
from pathlib import Path

from docanalyze.evaluate import evaluate, score_records, theme_scores
from docanalyze.models import Date, Document, Provision, Theme

TEXT = "On 18 July 2025 the government decided.\nIn 2026 it acts."


def write_gold(tmp_path: Path) -> Path:
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {"type": "header", "lang": "en", "types": ["date", "theme"], "source": "test"},
        {"type": "date", "start": 3, "end": 15, "text": "18 July 2025", "value": "2025-07-18"},
        {"type": "date", "start": 43, "end": 47, "text": "2026", "value": "2026"},
        {"type": "theme", "start": 0, "end": 39, "labels": ["detention"]},
        {"type": "theme", "start": 40, "end": 56, "labels": []},
    ]
    gold = tmp_path / "doc.gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return gold


def fake_analyze(text: str, source: str | None = None) -> Document:
    doc = Document(text=text, source=source)
    doc.provisions = [Provision("p1", 0, 39, themes=[Theme("detention", 0.9)]), Provision("p2", 40, 56)]
    doc.dates = [Date(3, 15, "18 July 2025", "2025-07-18", "day"), Date(43, 47, "2026", "2025", "year")]
    return doc


def test_evaluate_counts_span_and_value(tmp_path: Path) -> None:
    write_gold(tmp_path)
    report = evaluate(tmp_path, analyze_text=fake_analyze)
    date = report["types"]["date"]
    assert date["span"]["f1"] == 1.0
    assert date["value"]["tp"] == 1 and date["value"]["fp"] == 1 and date["value"]["fn"] == 1
    assert report["themes"]["labels"]["detention"]["f1"] == 1.0
    assert report["themes"]["exact_match"] == 1.0


def test_overlap_matching_is_one_to_one() -> None:
    gold = [{"start": 0, "end": 10, "value": "2020"}]
    predicted = [{"start": 0, "end": 4, "value": "2020"}, {"start": 5, "end": 10, "value": "2020"}]
    score = score_records("date", gold, predicted)
    assert (score.overlap.tp, score.overlap.fp, score.overlap.fn) == (1, 1, 0)


def test_theme_macro_f1() -> None:
    scores = theme_scores([({"asylum"}, {"asylum"}), ({"reception"}, set()), (set(), {"detention"})])
    assert scores["labels"]["asylum"]["f1"] == 1.0
    assert scores["labels"]["reception"]["f1"] == 0.0
    assert scores["macro_f1"] == 0.25
