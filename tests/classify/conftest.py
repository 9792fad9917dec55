"""Fixtures: a small corpus cut from the shipped English corpus, and models trained on it once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EN_CORPUS = ROOT / "corpora" / "themes" / "en.jsonl"
# Every STRIDE-th provision of the English corpus: enough for every label, fast to train.
STRIDE = 2


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = EN_CORPUS.read_text(encoding="utf-8").splitlines()[::STRIDE]
    directory = tmp_path_factory.mktemp("corpus")
    (directory / "en.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


@pytest.fixture(scope="session")
def small_rows(small_corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (small_corpus / "en.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def fitted(small_corpus: Path):  # type: ignore[no-untyped-def]
    from docanalyze.classify.train import train_model

    return train_model(small_corpus, seed=0)


@pytest.fixture(scope="session")
def model_dir(fitted, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    model, corpus = fitted
    return model.save(tmp_path_factory.mktemp("model"), corpus)
