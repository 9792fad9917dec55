"""Theme classification of provisions (reception, residence, asylum, detention)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from docanalyze.models import Theme


class ThemeModel(Protocol):
    """What the pipeline needs from any theme backend (scikit-learn default, transformers extra)."""

    def predict_themes(self, texts: Sequence[str], contexts: Sequence[str | None]) -> list[list[Theme]]: ...


def load_theme_model(path: str | Path | None = None) -> ThemeModel | None:
    """The model at `path`, or the shipped default; None while no model is available."""
    return None
