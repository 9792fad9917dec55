"""Legal references (articles, instruments, decisions, ECLI) linked to canonical ids."""

from __future__ import annotations

from collections.abc import Sequence

from docanalyze.models import LegalReference, Segment


def extract_legal(text: str, segments: Sequence[Segment]) -> list[LegalReference]:
    """Every legal reference in the segments of `text`, ordered by start."""
    return []
