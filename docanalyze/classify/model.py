"""`ThemeClassifier`: tf-idf word and character n-grams plus section context, one logistic model per label.

scikit-learn's estimator contract (STYLE.md section 4): `__init__` stores its parameters, `fit` validates,
learns and returns self, learned state ends in `_`. `fit` tunes one threshold per label on held-out
predictions: `validation_folds` seeded folds stratified by language (default 5; 1 means a single split of
`validation_size`), never below `threshold_floor` (the invented corpus states its themes more plainly than
real documents, so thresholds tuned on it favour recall: with a floor of 0.5 the dev gold scores higher),
then refits on all the data and keeps those thresholds. `save` writes arrays and
JSON only; `load` gives back the array-only `LinearThemePredictor`, which scores exactly as this does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy
import sklearn
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from docanalyze.classify.analyzers import WORD_TOKEN_PATTERN, context_tokens, pooling_units
from docanalyze.classify.predictor import (
    BACKEND,
    FORMAT_VERSION,
    Block,
    LinearThemePredictor,
    load_linear_model,
    pool_max,
)
from docanalyze.models import THEME_LABELS, Theme

# Candidate thresholds tried on the validation split.
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


class ThemeVectorizer:
    """The three tf-idf blocks (word n-grams, char_wb n-grams, section context), weighted and stacked."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.params = params
        common = {"sublinear_tf": params["sublinear_tf"], "dtype": np.float64}
        self.blocks: dict[str, TfidfVectorizer] = {
            "word": TfidfVectorizer(
                analyzer="word",
                token_pattern=WORD_TOKEN_PATTERN,
                ngram_range=tuple(params["word_ngram_range"]),
                min_df=params["min_df"],
                strip_accents=params["strip_accents"],
                **common,
            ),
            "char": TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=tuple(params["char_ngram_range"]),
                min_df=params["min_df"],
                strip_accents=params["strip_accents"],
                **common,
            ),
            "context": TfidfVectorizer(analyzer=context_tokens, **common),
        }
        self.weights = {
            "word": params["word_weight"],
            "char": params["char_weight"],
            "context": params["context_weight"],
        }

    def fit_transform(self, texts: Sequence[str], contexts: Sequence[str | None]) -> sparse.csr_matrix:
        if self.weights["context"] == 0 or not any(context_tokens(c) for c in contexts):
            del self.blocks["context"]
        for name in [n for n in self.blocks if self.weights[n] == 0]:
            del self.blocks[name]
        for name, vectorizer in self.blocks.items():
            vectorizer.fit(contexts if name == "context" else texts)
        return self.transform(texts, contexts)

    def transform(self, texts: Sequence[str], contexts: Sequence[str | None]) -> sparse.csr_matrix:
        parts = [
            self.weights[name] * vectorizer.transform(contexts if name == "context" else texts)
            for name, vectorizer in self.blocks.items()
        ]
        return sparse.hstack(parts, format="csr")

    def slices(self) -> dict[str, slice]:
        """Columns of each block in the stacked matrix."""
        out, start = {}, 0
        for name, vectorizer in self.blocks.items():
            size = len(vectorizer.vocabulary_)
            out[name] = slice(start, start + size)
            start += size
        return out


class ThemeClassifier(BaseEstimator, ClassifierMixin):
    """Multi-label theme classifier over provisions and their section paths (see the module docstring)."""

    def __init__(
        self,
        labels: Sequence[str] = THEME_LABELS,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        strip_accents: str | None = "unicode",
        sublinear_tf: bool = True,
        word_weight: float = 1.0,
        char_weight: float = 1.25,
        context_weight: float = 0.5,
        C: float = 10.0,
        class_weight: str | None = "balanced",
        validation_size: float = 0.2,
        validation_folds: int = 5,
        threshold_floor: float = 0.5,
        refit: bool = True,
        evidence_terms: int = 3,
        pool_sentences: int = 20,
        pool_lead: bool = True,
        random_state: int = 0,
    ) -> None:
        self.labels = labels
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.strip_accents = strip_accents
        self.sublinear_tf = sublinear_tf
        self.word_weight = word_weight
        self.char_weight = char_weight
        self.context_weight = context_weight
        self.C = C
        self.class_weight = class_weight
        self.validation_size = validation_size
        self.validation_folds = validation_folds
        self.threshold_floor = threshold_floor
        self.refit = refit
        self.evidence_terms = evidence_terms
        self.pool_sentences = pool_sentences
        self.pool_lead = pool_lead
        self.random_state = random_state

    # --- fitting --------------------------------------------------------------------------------------

    def _feature_params(self) -> dict[str, Any]:
        return {
            "word_ngram_range": list(self.word_ngram_range),
            "char_ngram_range": list(self.char_ngram_range),
            "min_df": self.min_df,
            "strip_accents": self.strip_accents,
            "sublinear_tf": self.sublinear_tf,
            "word_weight": self.word_weight,
            "char_weight": self.char_weight,
            "context_weight": self.context_weight,
            "evidence_terms": self.evidence_terms,
            "pool_sentences": self.pool_sentences,
            "pool_lead": self.pool_lead,
        }

    def _binarize(self, labels: Any, n: int) -> np.ndarray:
        classes = list(self.labels)
        if isinstance(labels, np.ndarray) and labels.ndim == 2:
            y = labels.astype(np.int64)
            if y.shape != (n, len(classes)):
                raise ValueError(f"labels: indicator matrix of shape {y.shape}, expected {(n, len(classes))}")
            return y
        rows = list(labels)
        if len(rows) != n:
            raise ValueError(f"labels: {len(rows)} label sets for {n} texts")
        y = np.zeros((n, len(classes)), dtype=np.int64)
        for i, row in enumerate(rows):
            if isinstance(row, str):
                raise ValueError(f"labels[{i}]: expected a list of labels, got the string {row!r}")
            for label in row:
                if label not in classes:
                    raise ValueError(f"labels[{i}]: unknown label {label!r} (known: {', '.join(classes)})")
                y[i, classes.index(label)] = 1
        return y

    def _fit_models(
        self, texts: Sequence[str], contexts: Sequence[str | None], y: np.ndarray
    ) -> tuple[ThemeVectorizer, list[LogisticRegression]]:
        vectorizer = ThemeVectorizer(self._feature_params())
        X = vectorizer.fit_transform(texts, contexts)
        models = []
        for j in range(y.shape[1]):
            if y[:, j].min() == y[:, j].max():
                raise ValueError(f"label {self.labels[j]!r}: needs both positive and negative examples")
            model = LogisticRegression(
                C=self.C,
                class_weight=self.class_weight,
                solver="liblinear",
                max_iter=1000,
                random_state=self.random_state,
            )
            models.append(model.fit(X, y[:, j]))
        return vectorizer, models

    def fit(
        self,
        texts: Sequence[str],
        labels: Iterable[Iterable[str]] | np.ndarray,
        contexts: Sequence[str | None] | None = None,
        langs: Sequence[str] | None = None,
    ) -> ThemeClassifier:
        """Learn from texts and their label sets; `langs` (optional) stratifies the validation split."""
        texts = _as_texts(texts)
        contexts = list(contexts) if contexts is not None else [None] * len(texts)
        if len(contexts) != len(texts):
            raise ValueError(f"contexts: {len(contexts)} given for {len(texts)} texts")
        if not 0 < self.validation_size < 1:
            raise ValueError(f"validation_size: {self.validation_size!r} is not between 0 and 1")
        if not 0 <= self.threshold_floor < 1:
            raise ValueError(f"threshold_floor: {self.threshold_floor!r} is not in [0, 1)")
        if not isinstance(self.validation_folds, int) or self.validation_folds < 1:
            raise ValueError(f"validation_folds: {self.validation_folds!r} is not a positive integer")
        if self.validation_folds > 1 and not self.refit:
            raise ValueError("validation_folds > 1 needs refit=True: no single fold model is kept")
        y = self._binarize(labels, len(texts))
        langs = list(langs) if langs is not None else ["all"] * len(texts)
        if self.validation_folds == 1:
            folds = [validation_split(langs, self.validation_size, self.random_state)[1]]
        else:
            folds = cv_folds(langs, self.validation_folds, self.random_state)
        val = np.sort(np.concatenate(folds))
        proba = np.zeros((len(texts), y.shape[1]))
        for fold in folds:
            held = set(fold.tolist())
            train = np.array([i for i in range(len(texts)) if i not in held])
            vectorizer, models = self._fit_models(
                [texts[i] for i in train], [contexts[i] for i in train], y[train]
            )
            proba[fold] = self._pooled_proba(
                vectorizer, models, [texts[i] for i in fold], [contexts[i] for i in fold]
            )
        proba = proba[val]
        tuned = [tune_threshold(y[val, j], proba[:, j]) for j in range(y.shape[1])]
        self.thresholds_ = np.maximum(np.array(tuned), self.threshold_floor)
        predicted = (proba >= self.thresholds_).astype(np.int64)
        val_langs = [langs[i] for i in val]
        self.validation_scores_ = {
            "all": label_scores(y[val], predicted, self.labels),
            **{
                lang: label_scores(y[val][mask], predicted[mask], self.labels)
                for lang in sorted(set(val_langs))
                if (mask := np.array([v == lang for v in val_langs])).any() and lang != "all"
            },
        }
        train = np.setdiff1d(np.arange(len(texts)), folds[0])
        self.n_train_, self.n_validation_ = len(train), len(val)
        if self.refit:
            vectorizer, models = self._fit_models(texts, contexts, y)
        self.classes_ = np.array(self.labels)
        self.vectorizer_ = vectorizer
        self.estimators_ = models
        self.predictor_ = self._export()
        return self

    # --- prediction -----------------------------------------------------------------------------------

    def predict_proba(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> np.ndarray:
        """Probability of each label (columns in `classes_` order), from scikit-learn's own transform."""
        check_is_fitted(self)
        texts = _as_texts(texts)
        contexts = list(contexts) if contexts is not None else [None] * len(texts)
        return self._pooled_proba(self.vectorizer_, self.estimators_, texts, contexts)

    def _pooled_proba(
        self,
        vectorizer: ThemeVectorizer,
        models: list[LogisticRegression],
        texts: list[str],
        contexts: list[str | None],
    ) -> np.ndarray:
        """Best probability over each text and, for long texts, its sentences (`pool_sentences` words)."""
        units, owners = pooling_units(texts, self.pool_sentences, contexts if self.pool_lead else None)
        X = vectorizer.transform(units, [contexts[o] for o in owners])
        return pool_max(np.column_stack([m.predict_proba(X)[:, 1] for m in models]), owners, len(texts))

    def predict(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> np.ndarray:
        """0/1 indicator matrix (texts x `classes_`): probability at or above the label's threshold."""
        return (self.predict_proba(texts, contexts) >= self.thresholds_).astype(np.int64)

    def predict_themes(
        self,
        texts: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        *,
        reading_order: bool = False,
    ) -> list[list[Theme]]:
        """Asserted themes per text, best first, with evidence terms (the `ThemeModel` protocol)."""
        check_is_fitted(self)
        return self.predictor_.predict_themes(texts, contexts, reading_order=reading_order)

    # --- persistence ----------------------------------------------------------------------------------

    def _export(self) -> LinearThemePredictor:
        coef = np.vstack([m.coef_ for m in self.estimators_]).T  # features x labels
        intercepts = np.array([m.intercept_[0] for m in self.estimators_])
        blocks = {}
        for name, cols in self.vectorizer_.slices().items():
            vectorizer = self.vectorizer_.blocks[name]
            # The stacked matrix holds weight * tf-idf: fold the weight into the coefficients.
            weighted = np.ascontiguousarray(coef[cols] * self.vectorizer_.weights[name])
            blocks[name] = Block(
                {t: int(i) for t, i in vectorizer.vocabulary_.items()},
                vectorizer.idf_.astype(np.float64),
                weighted,
            )
        return LinearThemePredictor(self.labels, blocks, intercepts, self.thresholds_, self._feature_params())

    def manifest(self, corpus: dict[str, Any] | None = None) -> dict[str, Any]:
        """What `save` writes to manifest.json: versions, corpus, labels, thresholds, scores, seed."""
        check_is_fitted(self)
        return {
            "format_version": FORMAT_VERSION,
            "backend": BACKEND,
            "labels": list(self.labels),
            "thresholds": {label: float(t) for label, t in zip(self.labels, self.thresholds_, strict=True)},
            "params": {
                **self._feature_params(),
                "C": self.C,
                "class_weight": self.class_weight,
                "validation_size": self.validation_size,
                "validation_folds": self.validation_folds,
                "threshold_floor": self.threshold_floor,
                "refit": self.refit,
            },
            "seed": self.random_state,
            "features": {name: len(b.index) for name, b in self.predictor_.blocks.items()},
            "validation": {
                "train": self.n_train_,
                "validation": self.n_validation_,
                "scores": self.validation_scores_,
            },
            "corpus": corpus or {},
            "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        }

    def save(self, directory: str | Path, corpus: dict[str, Any] | None = None) -> Path:
        """Write manifest.json, vocabulary.json and weights.npz (no pickle) to `directory`."""
        return self.predictor_.save(directory, self.manifest(corpus))

    @classmethod
    def load(cls, directory: str | Path) -> LinearThemePredictor:
        """The array-only predictor of a saved model (same scores; no scikit-learn needed)."""
        return load_linear_model(directory)


def _as_texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("texts: expected a sequence of strings, got one string")
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}]: expected str, got {type(t).__name__}")
    return out


def validation_split(groups: Sequence[str], size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, validation) indices: a seeded shuffle within each group, `size` of each group held out."""
    rng = np.random.default_rng(seed)
    train, val = [], []
    for group in sorted(set(groups)):
        members = np.array([i for i, g in enumerate(groups) if g == group])
        rng.shuffle(members)
        cut = int(round(len(members) * size)) if len(members) > 1 else 0
        val += members[:cut].tolist()
        train += members[cut:].tolist()
    return np.array(sorted(train)), np.array(sorted(val))


def cv_folds(groups: Sequence[str], k: int, seed: int) -> list[np.ndarray]:
    """k validation folds: a seeded shuffle within each group, dealt round-robin (every fold has each group)."""
    rng = np.random.default_rng(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    for group in sorted(set(groups)):
        members = np.array([i for i, g in enumerate(groups) if g == group])
        rng.shuffle(members)
        for n, i in enumerate(members.tolist()):
            folds[n % k].append(i)
    return [np.array(sorted(f), dtype=np.int64) for f in folds if f]


def tune_threshold(y: np.ndarray, proba: np.ndarray) -> float:
    """The threshold of best F1; among ties, the middle one (less sensitive to one example)."""
    if y.sum() == 0:
        return 0.5
    best: list[float] = []
    best_f1 = -1.0
    for t in THRESHOLD_GRID:
        predicted = proba >= t
        tp = float(np.sum(predicted & (y == 1)))
        fp = float(np.sum(predicted & (y == 0)))
        fn = float(np.sum(~predicted & (y == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-12:
            best_f1, best = f1, [float(t)]
        elif abs(f1 - best_f1) <= 1e-12:
            best.append(float(t))
    return best[len(best) // 2]


def label_scores(y: np.ndarray, predicted: np.ndarray, labels: Sequence[str]) -> dict[str, Any]:
    """Per-label precision, recall and F1, and their macro F1 (rounded for the manifest)."""
    out: dict[str, Any] = {}
    for j, label in enumerate(labels):
        tp = int(np.sum((predicted[:, j] == 1) & (y[:, j] == 1)))
        fp = int(np.sum((predicted[:, j] == 1) & (y[:, j] == 0)))
        fn = int(np.sum((predicted[:, j] == 0) & (y[:, j] == 1)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": tp + fn}
    out["macro_f1"] = round(sum(out[label]["f1"] for label in labels) / len(labels), 4)
    out["n"] = len(y)
    return out
