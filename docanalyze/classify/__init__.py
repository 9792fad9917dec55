"""Theme classification of provisions (reception, residence, asylum, detention).

`load_theme_model(path)` reads a model directory and picks its backend from `manifest.json`: the default
array-only linear model (`sklearn-linear`, trained by `docanalyze train`) or a fine-tuned Hugging Face
encoder (`transformers`, extra `docanalyze[transformers]`). Models are loaded once per directory.
A context is a provision's section path, optionally followed by its lead-in (`classify.context`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from docanalyze.classify.context import navigation_lines, provision_contexts
from docanalyze.errors import ModelError
from docanalyze.models import Provision, Theme
from docanalyze.resources import shipped_model_dir

SHIPPED_MODEL = "themes"


class ThemeModel(Protocol):
    """What the pipeline needs from any theme backend (scikit-learn default, transformers extra)."""

    def predict_themes(
        self, texts: Sequence[str], contexts: Sequence[str | None], *, reading_order: bool = False
    ) -> list[list[Theme]]:
        """Themes per text; `reading_order`: the texts are one document's provisions in order, and each is
        read with its neighbours (`classify.context.read_in_order`)."""
        ...


@lru_cache(maxsize=8)
def _load(directory: Path) -> ThemeModel:
    from docanalyze.classify.predictor import BACKEND, load_linear_model, read_manifest

    if not directory.is_dir():
        raise ModelError(str(directory), "theme model directory not found")
    if not (directory / "manifest.json").is_file() and (directory / "config.json").is_file():
        backend = "transformers"  # a plain Hugging Face directory, saved without our manifest
    else:
        backend = read_manifest(directory).get("backend")
    if backend == BACKEND:
        return load_linear_model(directory)
    if backend == "transformers":
        from docanalyze.classify.transformers_backend import load_transformers_model

        return load_transformers_model(directory)
    raise ModelError(
        str(directory), f"unknown theme model backend {backend!r} (known: {BACKEND}, transformers)"
    )


def document_themes(model: ThemeModel, text: str, provisions: Sequence[Provision]) -> list[list[Theme]]:
    """Themes of one document's provisions, as the pipeline assigns them.

    Each provision is read with its context (section path, lead-in) and its neighbours; navigation lines
    (table-of-contents entries, repeated topic lists) get none, as the gold conventions say.
    """
    predicted = model.predict_themes(
        [text[p.start : p.end] for p in provisions], provision_contexts(text, provisions), reading_order=True
    )
    navigation = navigation_lines(text, provisions)
    return [[] if i in navigation else themes for i, themes in enumerate(predicted)]


def load_theme_model(path: str | Path | None = None) -> ThemeModel | None:
    """The model at `path`, or the shipped default; None while no default model is installed."""
    if path is not None:
        return _load(Path(path).resolve())
    directory = shipped_model_dir(SHIPPED_MODEL)
    return _load(directory) if directory else None
