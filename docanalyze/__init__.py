"""docanalyze: structured records from French, Dutch and English migration-policy documents."""

# The function shadows its subpackage's name on purpose: `da.compare(a, b)` is the API (SPEC).
from docanalyze.compare import Comparison, compare
from docanalyze.errors import DocanalyzeError
from docanalyze.models import (
    Change,
    Date,
    Document,
    Figure,
    LegalReference,
    Measure,
    Provision,
    Theme,
)
from docanalyze.pipeline import analyze, analyze_text

__version__ = "0.1.0"


def analyze_many(paths, workers=None, engine="local", **options):  # type: ignore[no-untyped-def]
    """Analyse many files in parallel, yielding Documents (or error records) as they finish."""
    from docanalyze.batch import analyze_many as _analyze_many

    return _analyze_many(paths, workers=workers, engine=engine, **options)


def plot_themes(docs, ax=None):  # type: ignore[no-untyped-def]
    """Share of provisions per theme across documents, as a matplotlib bar chart."""
    from docanalyze.io.plots import plot_themes as _plot_themes

    return _plot_themes(docs, ax=ax)


__all__ = [
    "Change",
    "Comparison",
    "Date",
    "DocanalyzeError",
    "Document",
    "Figure",
    "LegalReference",
    "Measure",
    "Provision",
    "Theme",
    "analyze",
    "analyze_many",
    "analyze_text",
    "compare",
    "plot_themes",
]
