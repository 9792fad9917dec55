"""Layout pieces: page-number lines, and the language tables that ingestion reads."""

from __future__ import annotations

import json

import pytest

from docanalyze.ingest._hyphenation import DATA as HYPHENATION
from docanalyze.ingest._layout import PAGE_WORDS, _page_number_re
from docanalyze.lang import LANGUAGES

# (margin line, whether it is only a page number)
MARGIN_LINES = [
    ("12", True),
    ("- 4 -", True),
    ("— 17 —", True),
    ("(iv)", True),
    ("Page 3 of 12", True),
    ("page 3 sur 12", True),
    ("Pagina 3 van 12", True),
    ("p. 3/12", True),
    ("blz. 4", True),
    ("3 | 12", True),
    ("Accord de gouvernement 2025", False),
    ("Article 3", False),
    ("Chapitre 2 – Asile", False),
]


@pytest.mark.parametrize(("line", "is_number"), MARGIN_LINES, ids=[m[0] for m in MARGIN_LINES])
def test_page_number_lines(line: str, is_number: bool) -> None:
    assert bool(_page_number_re().match(line)) is is_number


@pytest.mark.parametrize("data", [PAGE_WORDS, HYPHENATION], ids=lambda p: p.name)
def test_every_language_has_a_table(data) -> None:  # noqa: ANN001
    tables = json.loads(data.read_text(encoding="utf-8"))
    assert set(LANGUAGES) <= set(tables)
    for code in LANGUAGES:
        assert all(isinstance(words, list) for words in tables[code].values())
        assert any(tables[code].values())
