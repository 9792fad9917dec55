"""Dates in FR/NL/EN, normalised to ISO (corpora FORMAT.md)."""

from __future__ import annotations

from collections.abc import Sequence

from docanalyze.models import Date, Segment


def extract_dates(text: str, segments: Sequence[Segment], *, document_date: str | None = None) -> list[Date]:
    """Every date in the segments of `text`, ordered by start."""
    return []
