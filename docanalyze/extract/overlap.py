"""The one place where records of different types that claim the same characters are reconciled.

A legal reference owns its numbers (`article 74/14`, `nr. 200.933`), so figures inside it go; the date
inside a reference (`loi du 15 décembre 1980`) stays, since FORMAT.md counts a law's date as a date.
A figure that overlaps a date (`2024` read as a count) goes: the date extractor has the context.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol, TypeVar


class Spanned(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=Spanned)


def drop_overlapping(records: Sequence[T], owners: Sequence[Spanned]) -> list[T]:
    """`records` without those that share a character with any of `owners` (both sorted by start)."""
    spans = sorted((o.start, o.end) for o in owners)
    starts = [s for s, _ in spans]
    # Running maximum of ends lets one bisect answer "does anything before me reach past my start?"
    max_end: list[int] = []
    for _, end in spans:
        max_end.append(max(end, max_end[-1]) if max_end else end)
    kept = []
    for record in records:
        i = bisect_left(starts, record.end)
        if i and max_end[i - 1] > record.start:
            continue
        kept.append(record)
    return kept


def resolve(dates: list, figures: list, legal_references: list) -> tuple[list, list, list]:
    """Dates, figures and legal references with cross-type conflicts settled (see module docstring)."""
    figures = drop_overlapping(figures, legal_references)
    figures = drop_overlapping(figures, dates)
    return dates, figures, legal_references
