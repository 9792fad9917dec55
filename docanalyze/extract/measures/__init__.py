"""Measures: the policy actions a text states."""

from __future__ import annotations

from collections.abc import Sequence

from docanalyze.models import Date, Figure, LegalReference, Measure, Provision


def extract_measures(
    text: str,
    provisions: Sequence[Provision],
    dates: Sequence[Date],
    figures: Sequence[Figure],
    legal_references: Sequence[LegalReference],
) -> list[Measure]:
    """Every measure stated in the provisions of `text`, ordered by start."""
    return []
