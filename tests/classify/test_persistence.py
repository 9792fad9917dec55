"""Saving and loading: arrays and JSON only, same scores, same bytes, clear errors on bad directories."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from docanalyze.classify import SHIPPED_MODEL, load_theme_model
from docanalyze.classify.model import ThemeClassifier
from docanalyze.classify.predictor import MANIFEST, VOCABULARY, WEIGHTS, LinearThemePredictor
from docanalyze.classify.train import train_model
from docanalyze.errors import ModelError
from docanalyze.resources import shipped_model_dir

ODD_TEXTS = [
    "",
    "   ",
    "x",
    "Ça coûte 5 € — l’accueil\u00a0fermé, ﬁn ¨x",
    "Het gesloten centrum in Merksplas; terugkeerbegeleiding voor uitgeprocedeerden.",
    "word " * 300,
]
ODD_CONTEXTS = [None, "", "Reception > Places", "Titre 3 – Asile > Retour", None, "x"]


def test_saved_model_scores_as_sklearn(fitted, model_dir: Path, small_rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    model, _ = fitted
    texts = [r["text"] for r in small_rows] + ODD_TEXTS
    contexts = [r["section"] for r in small_rows] + ODD_CONTEXTS
    loaded = ThemeClassifier.load(model_dir)
    assert isinstance(loaded, LinearThemePredictor)
    np.testing.assert_allclose(
        loaded.predict_proba(texts, contexts), model.predict_proba(texts, contexts), rtol=0, atol=1e-12
    )
    np.testing.assert_array_equal(loaded.predict(texts, contexts), model.predict(texts, contexts))


def test_same_corpus_gives_same_bytes(small_corpus: Path, model_dir: Path, tmp_path: Path) -> None:
    model, corpus = train_model(small_corpus, seed=0)
    again = model.save(tmp_path / "again", corpus)
    for name in (MANIFEST, VOCABULARY, WEIGHTS):
        assert (again / name).read_bytes() == (model_dir / name).read_bytes(), name


def test_manifest_records_provenance(model_dir: Path, small_corpus: Path) -> None:
    from docanalyze.classify.train import corpus_sha256

    manifest = json.loads((model_dir / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["corpus"]["sha256"] == corpus_sha256(small_corpus)
    assert set(manifest["thresholds"]) == set(manifest["labels"])
    assert {"sklearn", "numpy"} <= set(manifest["versions"])
    assert manifest["seed"] == 0
    assert 0 <= manifest["validation"]["scores"]["all"]["macro_f1"] <= 1


def test_themes_are_thresholded_sorted_and_have_evidence(model_dir: Path, small_rows: list[dict]) -> None:
    model = load_theme_model(model_dir)
    texts = [r["text"] for r in small_rows]
    proba = model.predict_proba(texts)
    themes = model.predict_themes(texts, [None] * len(texts))
    asserted = 0
    for text, row, found in zip(texts, proba, themes, strict=True):
        scores = [t.score for t in found]
        assert scores == sorted(scores, reverse=True)
        expected = {lab for lab, p, th in zip(model.labels, row, model.thresholds, strict=True) if p >= th}
        assert {t.label for t in found} == expected
        for theme in found:
            asserted += 1
            assert 1 <= len(theme.evidence) <= 3
            assert all(term in text.lower() for term in theme.evidence)
    assert asserted > len(texts) // 2


EVIDENCE = [
    (
        "The closed centre will detain people before their removal by Frontex.",
        "detention",
        {"closed", "removal", "detain", "centre"},
    ),
    (
        "Fedasil will open 2,000 additional reception places for applicants.",
        "reception",
        {"reception", "places", "fedasil"},
    ),
]


@pytest.mark.parametrize(("text", "label", "terms"), EVIDENCE)
def test_evidence_names_the_telling_words(model_dir: Path, text: str, label: str, terms: set[str]) -> None:
    themes = {t.label: t for t in load_theme_model(model_dir).predict_themes([text], [None])[0]}
    assert label in themes
    assert set(themes[label].evidence) & terms


def test_load_is_cached(model_dir: Path) -> None:
    assert load_theme_model(model_dir) is load_theme_model(str(model_dir))


def _break(directory: Path, how: str) -> None:
    manifest_path = directory / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if how == "format_version":
        manifest["format_version"] = 999
    elif how == "backend":
        manifest["backend"] = "crystal-ball"
    elif how == "labels":
        manifest["labels"] = ["reception"]
    elif how == "weights":
        (directory / WEIGHTS).write_bytes(b"not a zip")
    elif how == "vocabulary":
        (directory / VOCABULARY).unlink()
    elif how == "manifest":
        manifest_path.write_text("{not json", encoding="utf-8")
        return
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")


BREAKAGES = [
    ("format_version", "format version 999"),
    ("backend", "unknown theme model backend"),
    ("labels", "disagree in size"),
    ("weights", "damaged"),
    ("vocabulary", "damaged"),
    ("manifest", "unreadable manifest"),
]


@pytest.mark.parametrize(("how", "message"), BREAKAGES)
def test_bad_model_dir_raises_model_error(model_dir: Path, tmp_path: Path, how: str, message: str) -> None:
    broken = tmp_path / how
    shutil.copytree(model_dir, broken)
    _break(broken, how)
    with pytest.raises(ModelError, match=message):
        load_theme_model(broken)


@pytest.mark.parametrize("name", ["missing", "empty"])
def test_missing_or_empty_dir_raises_model_error(tmp_path: Path, name: str) -> None:
    directory = tmp_path / name
    if name == "empty":
        directory.mkdir()
    with pytest.raises(ModelError, match="not found|no manifest"):
        load_theme_model(directory)


def test_shipped_model_loads_and_classifies() -> None:
    shipped = shipped_model_dir(SHIPPED_MODEL)
    if shipped is None:
        pytest.skip("no shipped model in models/themes")
    model = load_theme_model(None)
    assert model is load_theme_model(None)
    manifest = json.loads((shipped / MANIFEST).read_text(encoding="utf-8"))
    assert sum(f.stat().st_size for f in shipped.iterdir()) < 10 * 1024 * 1024
    found = model.predict_themes(
        [
            "Les demandeurs de protection internationale seront hébergés dans un centre d'accueil.",
            "Vreemdelingen zonder verblijfsrecht worden vastgehouden in een gesloten centrum.",
        ],
        [None, None],
    )
    assert "reception" in {t.label for t in found[0]}
    assert "detention" in {t.label for t in found[1]}
    assert manifest["labels"] == list(model.labels)


def test_no_shipped_model_gives_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import docanalyze.classify as classify

    monkeypatch.setattr(classify, "shipped_model_dir", lambda name: None)
    assert load_theme_model(None) is None


def test_estimator_and_loaded_model_give_the_same_themes(
    fitted, model_dir: Path, small_rows: list[dict]
) -> None:  # type: ignore[no-untyped-def]
    model, _ = fitted
    texts = [r["text"] for r in small_rows[:60]]
    contexts = [r["section"] for r in small_rows[:60]]
    assert model.predict_themes(texts, contexts) == load_theme_model(model_dir).predict_themes(
        texts, contexts
    )


def test_evidence_keeps_accents_as_written(model_dir: Path) -> None:
    model = load_theme_model(model_dir)
    assert model.params["strip_accents"] == "unicode"
    found = model.predict_themes(["Détention et éloignement : les centres fermés sont pleins."], [None])[0]
    terms = [t for theme in found for t in theme.evidence]
    assert terms and all(t in "détention et éloignement : les centres fermés sont pleins." for t in terms)


def test_reading_order_thresholds_the_scores_mixed_with_neighbours(
    model_dir: Path, small_rows: list[dict]
) -> None:
    from docanalyze.classify.context import read_in_order

    model = load_theme_model(model_dir)
    texts = [r["text"] for r in small_rows[:12]]
    mixed = read_in_order(model.predict_proba(texts))
    themes = model.predict_themes(texts, [None] * len(texts), reading_order=True)
    for row, found in zip(mixed, themes, strict=True):
        expected = {lab for lab, p, th in zip(model.labels, row, model.thresholds, strict=True) if p >= th}
        assert {t.label for t in found} == expected
        assert all(t.score == round(float(row[model.labels.index(t.label)]), 4) for t in found)
    # Out of reading order the scores are each text's own.
    alone = model.predict_themes(texts, [None] * len(texts))
    assert alone != themes
