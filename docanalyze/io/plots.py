"""Theme charts with matplotlib (the `plot` extra): how much of each document is about each theme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docanalyze.models import THEME_LABELS, Document


def theme_shares(doc: Document) -> dict[str, float]:
    """Share of the document's words that lie in provisions carrying each theme."""
    total = sum(len(doc.text[p.start : p.end].split()) for p in doc.provisions) or 1
    shares = dict.fromkeys(THEME_LABELS, 0.0)
    for provision in doc.provisions:
        words = len(doc.text[provision.start : provision.end].split())
        for theme in provision.themes:
            shares[theme.label] += words / total
    return shares


def plot_themes(docs: Sequence[Document], ax: Any = None) -> Any:
    """Grouped bars: per theme, the share of each document's words; returns the matplotlib Axes."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.5))
    width = 0.8 / max(1, len(docs))
    for i, doc in enumerate(docs):
        shares = theme_shares(doc)
        xs = [j + i * width for j in range(len(THEME_LABELS))]
        ax.bar(xs, [shares[label] * 100 for label in THEME_LABELS], width, label=doc.source or doc.id)
    ax.set_xticks([j + width * (len(docs) - 1) / 2 for j in range(len(THEME_LABELS))], THEME_LABELS)
    ax.set_ylabel("% of words")
    ax.set_title("Themes")
    if len(docs) > 1:
        ax.legend(fontsize="small")
    return ax
