"""The theme scripts run end to end on a tiny gold file and a small model."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.classify.conftest import ROOT

DOCUMENT = [
    ("Closed centres", ["detention"]),
    (
        "People with an order to leave the territory will be held in closed centres before removal.",
        ["detention"],
    ),
    ("Fedasil will open 2,000 extra reception places for applicants this winter.", ["reception"]),
    ("The pension age rises to 67.", []),
]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "gold" / "dev"
    directory.mkdir(parents=True)
    text = "\n\n".join(line for line, _ in DOCUMENT) + "\n"
    (directory / "doc.en.txt").write_text(text, encoding="utf-8")
    rows = [{"type": "header", "lang": "en", "types": ["theme"], "document": "doc.en.txt"}]
    for line, labels in DOCUMENT:
        start = text.index(line)
        rows.append({"type": "theme", "start": start, "end": start + len(line), "labels": labels})
    (directory / "doc.en.themes.gold.jsonl").write_text(
        "\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8"
    )
    return directory.parent


def test_eval_script_scores_model_and_baselines(
    gold_dir: Path, model_dir: Path, small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "report.json"
    argv = [
        "--gold-dir",
        str(gold_dir),
        "--model",
        str(model_dir),
        "--corpus",
        str(small_corpus),
        "--json",
        str(out),
    ]
    assert _script("eval_themes").main(argv) == 0
    printed = capsys.readouterr().out
    for name in ("== model", "== majority", "== keywords", "[dev:en]"):
        assert name in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["model"]["all"]["provisions"] == len(DOCUMENT)
    assert report["majority"]["all"]["macro_f1"] == 0.0
    assert report["keywords"]["all"]["labels"]["detention"]["tp"] == 2


def test_eval_script_without_theme_gold_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert _script("eval_themes").main(["--gold-dir", str(tmp_path)]) == 1
    assert "no gold file" in capsys.readouterr().err


def test_train_script_check_and_stats(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    train = _script("train_themes")
    out = tmp_path / "model"
    assert train.main(["--corpus", str(small_corpus), "--output", str(out)]) == 0
    assert train.main(["--corpus", str(small_corpus), "--output", str(out), "--check"]) == 0
    assert "identical" in capsys.readouterr().out
    assert train.main(["--corpus", str(small_corpus), "--stats"]) == 0
    assert "| en |" in capsys.readouterr().out
