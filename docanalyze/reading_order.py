"""Scores read in context: each item's scores mixed with the mean of its neighbours' in reading order.

Measures come in runs (a minister's answer, the agreement section of a report), and so do themes (the
paragraphs of one question on closed centres). A sentence or paragraph is read with the ones around it: its
own score keeps most of the weight, the mean of up to `window` items on each side gets `weight`.
"""

from __future__ import annotations

import numpy as np


def mix_with_neighbours(scores: np.ndarray, window: int, weight: float) -> np.ndarray:
    """Scores (one row per item, in reading order; 1-D or 2-D) mixed with their neighbours' mean.

    An item with no neighbour keeps its own score.
    """
    own = np.asarray(scores, dtype=np.float64)
    n = len(own)
    if n < 2 or window <= 0 or weight <= 0.0:
        return own.copy()
    rows = own.reshape(n, -1)
    totals = np.vstack([np.zeros((1, rows.shape[1])), np.cumsum(rows, axis=0)])
    index = np.arange(n)
    lo, hi = np.maximum(0, index - window), np.minimum(n, index + window + 1)
    around = (totals[hi] - totals[lo] - rows) / (hi - lo - 1)[:, None]
    return ((1.0 - weight) * rows + weight * around).reshape(own.shape)
