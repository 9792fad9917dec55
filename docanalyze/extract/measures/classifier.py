"""The trained sentence classifier (is this sentence a measure?), read from JSON + npz without pickle.

`scripts/train_measures.py` fits TF-IDF (sublinear tf, l2) + logistic regression with scikit-learn and
writes `vocabulary.json`, `weights.npz` and `manifest.json` to `models/measures/`. Here a numpy predictor
recomputes the same score, so run time needs neither scikit-learn nor unpickling. The manifest may give a
decision threshold per language (`thresholds`), calibrated on annotated documents; `threshold` is the default.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from docanalyze.extract.measures.features import FEATURE_VERSION
from docanalyze.resources import shipped_model_dir

MODEL_ENV = "DOCANALYZE_MEASURES_MODEL"
MODEL_NAME = "measures"
MODEL_FILES = ("manifest.json", "vocabulary.json", "weights.npz")


@dataclass(frozen=True)
class MeasureClassifier:
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_for(self, lang: str) -> float:
        """The decision threshold of a language: its calibrated one, else the default."""
        return self.thresholds.get(lang, self.threshold)

    def scores(self, batch: Sequence[Sequence[str]]) -> list[float]:
        """Probability that each feature list is a measure sentence."""
        out = []
        for feats in batch:
            counts = Counter(i for i in (self.vocabulary.get(f) for f in feats) if i is not None)
            if not counts:
                out.append(1.0 / (1.0 + math.exp(-self.intercept)))
                continue
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            weights = tf * self.idf[idx]
            norm = float(np.sqrt(weights @ weights)) or 1.0
            z = float(weights @ self.coef[idx]) / norm + self.intercept
            out.append(1.0 / (1.0 + math.exp(-z)))
        return out


def model_dir() -> Path | None:
    """`DOCANALYZE_MEASURES_MODEL` when set, else the shipped model (checkout or installed), else None."""
    if os.environ.get(MODEL_ENV):
        return Path(os.environ[MODEL_ENV])
    return shipped_model_dir(MODEL_NAME)


def read_classifier(directory: Path) -> MeasureClassifier:
    """The model saved in `directory`; a model built on other features is refused with the reason."""
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("feature_version") != FEATURE_VERSION:
        raise ValueError(
            f"{directory}: measure model built with feature_version {manifest.get('feature_version')}, "
            f"this docanalyze reads {FEATURE_VERSION}; retrain with scripts/train_measures.py"
        )
    terms = json.loads((directory / "vocabulary.json").read_text(encoding="utf-8"))
    with np.load(directory / "weights.npz", allow_pickle=False) as arrays:
        idf, coef, intercept = arrays["idf"], arrays["coef"], float(arrays["intercept"])
    if not len(terms) == len(idf) == len(coef):
        raise ValueError(f"{directory}: vocabulary and weights disagree in size")
    return MeasureClassifier(
        {t: i for i, t in enumerate(terms)},
        idf,
        coef,
        intercept,
        float(manifest["threshold"]),
        {lang: float(t) for lang, t in manifest.get("thresholds", {}).items()},
    )


@lru_cache(maxsize=1)
def load_classifier() -> MeasureClassifier | None:
    """The shipped model, loaded once; None when it is not there (the rules then decide alone)."""
    directory = model_dir()
    if directory is None or not all((directory / name).is_file() for name in MODEL_FILES):
        return None
    return read_classifier(directory)
