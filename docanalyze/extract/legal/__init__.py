"""Legal references (articles, instruments, decisions, ECLI) linked to canonical ids.

`find` reads each segment with the grammar of `patterns` (built from `data/*.json`); `resolve` assigns
canonical ids from the registry and links short forms (`loi précitée`, `Ibid.`, a bare `Art. 61/16`) to
the citation that governs them.
"""

from __future__ import annotations

from collections.abc import Sequence

from docanalyze.extract.legal.find import find_mentions
from docanalyze.extract.legal.resolve import resolve
from docanalyze.models import LegalReference, Segment

__all__ = ["extract_legal"]


def extract_legal(text: str, segments: Sequence[Segment]) -> list[LegalReference]:
    """Every legal reference in the segments of `text`, ordered by start."""
    ordered = sorted(segments, key=lambda s: s.start)
    refs = resolve(text, [find_mentions(text, s.start, s.end) for s in ordered])
    return sorted(refs, key=lambda r: r.start)
