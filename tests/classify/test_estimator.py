"""The scikit-learn estimator contract of `ThemeClassifier` (STYLE.md section 4)."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

from docanalyze.classify.model import ThemeClassifier, cv_folds, tune_threshold, validation_split
from docanalyze.models import THEME_LABELS

PARAMS = [
    {},
    {"C": 3.0, "context_weight": 0.0},
    {"strip_accents": "unicode", "word_ngram_range": (1, 1), "char_ngram_range": (3, 4)},
]


def _fit(rows: list[dict], **params: object) -> ThemeClassifier:
    return ThemeClassifier(**params).fit(
        [r["text"] for r in rows], [r["labels"] for r in rows], contexts=[r["section"] for r in rows]
    )


@pytest.mark.parametrize("params", PARAMS, ids=str)
def test_clone_round_trip(params: dict) -> None:
    model = ThemeClassifier(**params)
    copy = clone(model)
    assert copy is not model
    assert copy.get_params() == model.get_params()


def test_init_stores_params_verbatim() -> None:
    signature = inspect.signature(ThemeClassifier.__init__)
    names = [n for n in signature.parameters if n != "self"]
    assert sorted(ThemeClassifier().get_params()) == sorted(names)
    odd = ThemeClassifier(C="not validated in __init__", validation_size=7)
    assert odd.C == "not validated in __init__"
    assert odd.validation_size == 7


def test_unfitted_raises() -> None:
    model = ThemeClassifier()
    with pytest.raises(NotFittedError):
        check_is_fitted(model)
    with pytest.raises(NotFittedError):
        model.predict(["Detention in closed centres."])


@pytest.mark.parametrize("params", PARAMS, ids=str)
def test_fit_returns_self_and_sets_state(small_rows: list[dict], params: dict) -> None:
    model = ThemeClassifier(**params)
    assert model.fit([r["text"] for r in small_rows], [r["labels"] for r in small_rows]) is model
    check_is_fitted(model)
    assert list(model.classes_) == list(THEME_LABELS)
    assert model.thresholds_.shape == (len(THEME_LABELS),)
    assert model.vectorizer_.blocks
    proba = model.predict_proba(["The closed centre will hold 200 people awaiting removal."])
    assert proba.shape == (1, len(THEME_LABELS))
    assert ((proba >= 0) & (proba <= 1)).all()
    assert set(np.unique(model.predict(["Reception places for applicants."]))) <= {0, 1}


def test_indicator_labels_equal_label_lists(small_rows: list[dict]) -> None:
    texts = [r["text"] for r in small_rows]
    lists = ThemeClassifier().fit(texts, [r["labels"] for r in small_rows])
    indicator = np.array([[int(lab in r["labels"]) for lab in THEME_LABELS] for r in small_rows])
    matrix = ThemeClassifier().fit(texts, indicator)
    np.testing.assert_array_equal(lists.predict_proba(texts[:20]), matrix.predict_proba(texts[:20]))


def test_same_seed_same_model(small_rows: list[dict]) -> None:
    a, b = _fit(small_rows, random_state=3), _fit(small_rows, random_state=3)
    texts = [r["text"] for r in small_rows]
    np.testing.assert_array_equal(a.thresholds_, b.thresholds_)
    np.testing.assert_array_equal(a.predict_proba(texts), b.predict_proba(texts))
    assert a.validation_scores_ == b.validation_scores_


BAD_FITS = [
    ("unknown label", ["a text"] * 2, [["reception"], ["housing"]], "unknown label"),
    ("label string", ["a text"] * 2, ["reception", []], "expected a list"),
    ("length", ["a", "b", "c"], [["reception"], []], "3 texts"),
    ("one class", ["a text", "b text", "c text"], [[], [], []], "both positive and negative"),
]


@pytest.mark.parametrize(
    ("texts", "labels", "message"), [c[1:] for c in BAD_FITS], ids=[c[0] for c in BAD_FITS]
)
def test_fit_rejects_bad_labels(texts: list[str], labels: list, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ThemeClassifier().fit(texts, labels)


@pytest.mark.parametrize("size", [0, 1, -0.1, 1.5])
def test_fit_rejects_bad_validation_size(size: float) -> None:
    with pytest.raises(ValueError, match="validation_size"):
        ThemeClassifier(validation_size=size).fit(["a b", "c d"], [["asylum"], []])


def test_fit_rejects_one_string() -> None:
    with pytest.raises(TypeError, match="one string"):
        ThemeClassifier().fit("one text", [["asylum"]])


def test_unknown_accent_option_names_it() -> None:
    with pytest.raises(ValueError, match="'ascii-ish'"):
        ThemeClassifier(strip_accents="ascii-ish").fit(["a b", "c d", "e f"], [["asylum"], [], ["asylum"]])


SPLIT_CASES = [
    (["en"] * 10, 0.2, 2),
    (["en"] * 10 + ["fr"] * 5 + ["nl"] * 5, 0.2, 4),
    (["en"] * 3 + ["fr"], 0.5, 2),
]


@pytest.mark.parametrize(("groups", "size", "n_val"), SPLIT_CASES)
def test_validation_split_is_seeded_and_stratified(groups: list[str], size: float, n_val: int) -> None:
    train, val = validation_split(groups, size, seed=5)
    again_train, again_val = validation_split(groups, size, seed=5)
    assert val.tolist() == again_val.tolist() and train.tolist() == again_train.tolist()
    assert len(val) == n_val
    assert sorted(train.tolist() + val.tolist()) == list(range(len(groups)))


THRESHOLD_CASES = [
    ([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], (0.2, 0.8)),
    ([1, 0, 1, 0], [0.9, 0.85, 0.7, 0.1], (0.1, 0.7)),
    ([0, 0, 0], [0.2, 0.6, 0.9], (0.5, 0.5)),
]


@pytest.mark.parametrize(("y", "proba", "bounds"), THRESHOLD_CASES)
def test_tune_threshold(y: list[int], proba: list[float], bounds: tuple[float, float]) -> None:
    t = tune_threshold(np.array(y), np.array(proba))
    assert bounds[0] < t <= bounds[1] or t == bounds[0] == bounds[1]


@pytest.mark.parametrize(
    ("groups", "k"), [(["en"] * 10, 5), (["en"] * 7 + ["fr"] * 6 + ["nl"] * 3, 3), (["en"] * 2, 5)]
)
def test_cv_folds_partition_every_index(groups: list[str], k: int) -> None:
    folds = cv_folds(groups, k, seed=1)
    assert sorted(i for f in folds for i in f.tolist()) == list(range(len(groups)))
    assert [f.tolist() for f in folds] == [f.tolist() for f in cv_folds(groups, k, seed=1)]
    assert len(folds) == min(k, len(groups))


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"validation_folds": 0}, "validation_folds"),
        ({"validation_folds": 3, "refit": False}, "refit"),
        ({"threshold_floor": 1.0}, "threshold_floor"),
        ({"threshold_floor": -0.1}, "threshold_floor"),
    ],
)
def test_bad_fold_settings(params: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ThemeClassifier(**params).fit(["a b", "c d", "e f"], [["asylum"], [], ["asylum"]])


def test_single_split_and_folds_both_fit(small_rows: list[dict]) -> None:
    one = _fit(small_rows, validation_folds=1)
    five = _fit(small_rows, validation_folds=5)
    assert one.validation_scores_["all"]["n"] < five.validation_scores_["all"]["n"] == len(small_rows)


@pytest.mark.parametrize("floor", [0.0, 0.5, 0.8])
def test_thresholds_respect_the_floor(small_rows: list[dict], floor: float) -> None:
    model = _fit(small_rows, threshold_floor=floor, validation_folds=2)
    assert (model.thresholds_ >= floor).all()
    if floor == 0.0:
        assert (model.thresholds_ < 0.5).any()  # the floor is what lifts them: tuned ones go lower
