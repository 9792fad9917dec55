"""Provisions: the paragraphs, list items and headings of a document, with their section path.

Formats with layout (PDF, HTML, DOCX) hand over `Block`s; plain text gets its blocks here. A block of plain
text is a line, except that a hard-wrapped paragraph (a line not closing a sentence followed by one that
starts in lower case) is joined back into one block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docanalyze.models import Block, Provision

# A list item: "- x", "• x", "* x", "1/ x", "1. x", "2) x", "a) x", "(iv) x", "1° x".
ITEM_RE = re.compile(r"^\s*(?:[-–•*▪●◦·]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)/°]\s+)")
# Markdown headings: "## Title".
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+\S")
# Headings that announce a top-level division in any of our languages ("PART 4 – ...", "Titre II").
# The words of the three languages that open a division, and its depth: a title holds chapters, a chapter
# sections. Segmentation runs before language identification, so the table holds every language at once.
DIVISION_LEVELS = {
    "part": 1, "partie": 1, "deel": 1, "title": 1, "titre": 1, "titel": 1, "book": 1, "livre": 1, "boek": 1,
    "chapter": 2, "chapitre": 2, "hoofdstuk": 2,
    "section": 3, "afdeling": 3,
}  # fmt: skip
DIVISION_RE = re.compile(
    rf"^(?P<word>{'|'.join(w.capitalize() + '|' + w.upper() for w in DIVISION_LEVELS)})\s+[\dIVXLC]+\b"
)
# A numbered heading "2.3 Detention conditions" / "2.3. Détention": depth = number of parts.
NUMBERED_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-ZÀ-ÖØ-Þ]")
# Decorated headings: "——— DETENTION ———", "=== Asile ===".
DECORATED_RE = re.compile(r"^[\-–—=*_~]{2,}\s*(.+?)\s*[\-–—=*_~]{2,}$")
# A parliamentary record's agenda item: a two-digit item number, and at the end the question's number
# (`(56000659C)`) or the bill's document number (`(914/1-7)`). Such a title can be long and ends with `)`.
AGENDA_ITEM_RE = re.compile(r"^\d{2}\s+\S")
RECORD_REFERENCE_RE = re.compile(r"\((?:\d{8}[A-Z]|\d{1,5}/\d{1,3}(?:-\d{1,3})?)\)$")
# The questions joined under one agenda item, one list item each: `- X aan Y over "..." (56000658C)`.
JOINED_QUESTION_RE = re.compile(r"^\s*[-–•]\s+\S.*\(\d{8}[A-Z]\)$")
# Between an agenda item's heading and the questions joined under it, in the section path.
JOINED_SEPARATOR = " | "
# The byte order mark a text editor may put first: no whitespace for str.strip, but no text either.
BOM = "\ufeff"
SENTENCE_END = '.!?;:…"”»)'
MAX_HEADING_CHARS = 120
# Texts whose lines (90th percentile) are no longer than this were wrapped at a fixed width.
MAX_WRAP_WIDTH = 130


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding whitespace and a byte order mark."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip().lstrip(BOM).strip()
        if stripped:
            lead = line.index(stripped)
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line) + 1


def heading_level(line: str) -> int | None:
    """Heading depth of a plain-text line, or None when it reads as body text."""
    md = MD_HEADING_RE.match(line)
    if md:
        return len(md.group(1))
    if AGENDA_ITEM_RE.match(line) and RECORD_REFERENCE_RE.search(line):
        return 1
    if len(line) > MAX_HEADING_CHARS or ITEM_RE.match(line) or line[-1] in SENTENCE_END:
        return None
    division = DIVISION_RE.match(line)
    if division:
        return DIVISION_LEVELS[division.group("word").lower()]
    letters = [c for c in line if c.isalpha()]
    if DECORATED_RE.match(line):
        return 2
    numbered = NUMBERED_HEADING_RE.match(line)
    if numbered:
        return 1 + numbered.group(1).count(".")
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return 1
    if line[0].isupper() and len(line.split()) <= 12:
        return 3
    return None


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when the text was wrapped at a fixed width (Markdown, e-mail), so one line != one paragraph."""
    lengths = sorted(len(line) for line in lines)
    return len(lengths) >= 3 and lengths[int(0.9 * (len(lengths) - 1))] <= MAX_WRAP_WIDTH


def text_blocks(text: str) -> list[Block]:
    """Blocks of a plain-text document, joining wrapped lines back into paragraphs."""
    spans = list(_line_spans(text))
    wrapped = _is_hard_wrapped([text[s:e] for s, e in spans])
    blocks: list[Block] = []
    previous_end = -1
    for start, end in spans:
        line = text[start:end]
        level = heading_level(line)
        same_block = previous_end >= 0 and text[previous_end:start].count("\n") == 1
        continues = (
            same_block
            and blocks[-1].kind in ("paragraph", "item")
            and not ITEM_RE.match(line)
            and not MD_HEADING_RE.match(line)
            and text[previous_end - 1] not in SENTENCE_END
            and (wrapped or (level is None and line[0].islower()))
        )
        if continues:
            blocks[-1].end = end
        elif level is not None:
            blocks.append(Block(start, end, kind="heading", level=level))
        else:
            blocks.append(Block(start, end, kind="item" if ITEM_RE.match(line) else "paragraph"))
        previous_end = end
    _demote_headings_without_body(blocks)
    return blocks


def _demote_headings_without_body(blocks: list[Block]) -> None:
    """A weak (level-3) heading followed by another heading or nothing is a short paragraph."""
    for i, block in enumerate(blocks):
        if block.kind == "heading" and block.level == 3:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is None or (nxt.kind == "heading" and (nxt.level or 3) <= 3):
                block.kind, block.level = "paragraph", None


def _heading_text(text: str, block: Block) -> str:
    raw = text[block.start : block.end].strip()
    md = MD_HEADING_RE.match(raw)
    if md:
        raw = raw[len(md.group(1)) :].strip()
    decorated = DECORATED_RE.match(raw)
    return decorated.group(1) if decorated else raw


def provisions_from_blocks(text: str, blocks: list[Block]) -> list[Provision]:
    """One provision per block; headings also push onto the section path of what follows."""
    provisions: list[Provision] = []
    path: list[tuple[int, str]] = []
    joining = False  # just after an agenda heading, while its joined questions are listed
    for block in blocks:
        if block.start >= block.end:
            continue
        line = text[block.start : block.end]
        if block.kind == "heading":
            level = block.level or 3
            path = [(lvl, name) for lvl, name in path if lvl < level]
            path.append((level, _heading_text(text, block)))
            joining = bool(AGENDA_ITEM_RE.match(line))
        elif joining and path and JOINED_QUESTION_RE.match(line):
            level, name = path[-1]
            path[-1] = (level, name + JOINED_SEPARATOR + ITEM_RE.sub("", line, count=1).strip())
        else:
            joining = False
        section = " > ".join(name for _, name in path) or None
        provisions.append(
            Provision(
                id=f"p{len(provisions) + 1}",
                start=block.start,
                end=block.end,
                page=block.page,
                section=section,
                kind=block.kind,
            )
        )
    return provisions
