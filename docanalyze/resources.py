"""Where shipped artefacts live: `models/<name>/` in a checkout, `share/docanalyze/models/<name>/` installed."""

from __future__ import annotations

import sys
from pathlib import Path

CHECKOUT_MODELS = Path(__file__).resolve().parents[1] / "models"
INSTALLED_MODELS = Path(sys.prefix) / "share" / "docanalyze" / "models"


def shipped_model_dir(name: str) -> Path | None:
    """The directory of a shipped model (`themes`, `measures`), or None when neither place has it."""
    for root in (CHECKOUT_MODELS, INSTALLED_MODELS):
        candidate = root / name
        if (candidate / "manifest.json").is_file():
            return candidate
    return None
