"""From positioned text fragments (either PDF backend) to a Document: reading order, margins, blocks.

Both backends hand over the same thing, `RawPage`s of `Fragment`s (a run of text on one baseline with its
box, font size and boldness), so that columns, running headers, hyphenation, paragraphs, headings and
footnotes are decided by one piece of code and the two backends can be compared fairly.
"""

from __future__ import annotations

import json
import re
import statistics
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from docanalyze.ingest._hyphenation import (
    LINE_END_HYPHENS,
    Vocabulary,
    drop_soft_hyphens,
    join_broken,
    rules_for,
)
from docanalyze.ingest._timelimit import check
from docanalyze.langid import detect_language
from docanalyze.models import Block, Document, Page
from docanalyze.segment import ITEM_RE

PAGE_WORDS = Path(__file__).with_name("data") / "page_numbers.json"
# A whole margin line that is only a page number: `12`, `- 4 -`, `(iv)`, `Page 3 of 12`, `p. 3/12`, `blz. 4`;
# {page} and {of} are filled with every language's words from data/page_numbers.json.
PAGE_NUMBER_PATTERN = (
    r"^(?:(?:{page})\.?\s*)?[-–—(\[]?\s*(?:\d{{1,4}}|[ivxlcdm]{{1,7}})\s*[-–—)\]]?"
    r"(?:\s*(?:/|\||{of})\s*\d{{1,4}})?$"
)
# Digits in a margin line, replaced so that `Page 3` and `Page 4` count as the same running line.
DIGITS_RE = re.compile(r"\d+")
# A footnote's opening marker: a number, a superscript number or an asterisk, then text.
FOOTNOTE_START_RE = re.compile(r"^(?:\d{1,3}|[¹²³⁰-⁹]+|\*{1,3}|\(\d{1,3}\))[.)]?\s*\S")
SENTENCE_END = ".!?:;…"
SPACE_RE = re.compile(r"\s+")

# Layout thresholds, as fractions of the page or multiples of the font size.
MARGIN_ZONE = 0.15  # running headers/footers lie in the top or bottom 15 % of the page
MARGIN_ROWS = 2  # ... among the first or last two rows of the page
MAX_NOTE_MARGIN_WORDS = 6  # a numbered margin row longer than this is a footnote, not a running footer
REPEAT_SHARE = 0.3  # a margin line on at least 30 % of the pages (and on 2 or more) is running
MIN_GUTTER = 6.0  # points of empty x-range between two columns
GUTTER_CROSSINGS = 0.1  # share of a page's lines that may cross a gutter (author lines, captions)
MIN_COLUMN_LINES = 3
MIN_COLUMN_WORDS = 3.5  # median words per line of a text column (table cells hold fewer)
HEADER_BLOCK_GAP = 1.5  # font sizes of blank space under a title block, above the columns
SAME_ROW = 0.45  # baselines closer than this many font sizes are on one row
PARA_GAP = 1.32  # a baseline step of more than this many line pitches starts a paragraph
HEADING_RATIO = 1.12  # headings are at least 12 % larger than body text, or bold
FOOTNOTE_RATIO = 0.92
FOOTNOTE_ZONE = 0.55  # footnotes start in the lower 45 % of the page
MAX_HEADING_CHARS = 200
MAX_HEADING_LINES = 3
MAX_LEVELS = 6


@dataclass
class Fragment:
    """A run of text on one baseline; coordinates from the page's top-left corner, in points."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    bold: bool = False
    upright: bool = True  # runs along the page's text direction (not a rotated stamp or label)


@dataclass
class RawPage:
    number: int
    width: float
    height: float
    fragments: list[Fragment]


@dataclass
class _Line:
    text: str
    page: int
    flow: tuple[int, int, int]  # (page, band, column): lines of one flow read top to bottom
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float
    bold: bool
    cells: int
    col_left: float = 0.0
    col_right: float = 0.0


@dataclass
class _Block:
    lines: list[_Line] = field(default_factory=list)
    kind: str = "paragraph"
    level: int | None = None


def build_document(pages: list[RawPage], *, title: str | None = None) -> Document:
    """The Document of laid-out pages: margins dropped, columns ordered, blocks typed, words mended."""
    warnings = []
    for page in pages:
        rotated = sum(len(f.text.strip()) for f in page.fragments if not f.upright)
        if rotated:
            warnings.append(f"page {page.number}: {rotated} characters of rotated text left out")
            page.fragments = [f for f in page.fragments if f.upright]
    running = _running_keys(pages)
    lines: list[_Line] = []
    for page in pages:
        check()
        lines.extend(_order_page(page, _drop_margins(page, running)))
    if not lines:  # only margin-like lines (a cover holding a date): they are the content after all
        lines = [line for page in pages for line in _order_page(page, page.fragments)]
    doc = Document(text="", warnings=warnings)
    if not lines:
        return doc
    body = _body_size(lines)
    pitch = _line_pitch(lines, body)
    blocks = _group(lines, body, pitch)
    _classify(blocks, body)
    blocks = _mend_breaks(blocks)
    vocabulary = Vocabulary(line.text for line in lines)
    _assemble(doc, blocks, pages, vocabulary)
    doc.title = _title(doc, title)
    return doc


def _margin_key(text: str) -> str:
    return DIGITS_RE.sub("#", SPACE_RE.sub(" ", text.strip().lower()))


def _rows(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Fragments grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[Fragment]] = []
    for frag in sorted(fragments, key=lambda f: (f.base, f.x0)):
        if rows and abs(frag.base - rows[-1][0].base) <= SAME_ROW * max(frag.size, rows[-1][0].size):
            rows[-1].append(frag)
        else:
            rows.append([frag])
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


def _margin_rows(page: RawPage) -> list[list[Fragment]]:
    """The rows that could be running headers or footers: near the page edge, first or last rows."""
    rows = _rows(page.fragments)
    picked = rows[:MARGIN_ROWS] + rows[-MARGIN_ROWS:] if len(rows) > MARGIN_ROWS else rows
    seen: set[int] = set()
    out = []
    for row in picked:
        in_zone = row[0].top < MARGIN_ZONE * page.height or row[0].bottom > (1 - MARGIN_ZONE) * page.height
        text = " ".join(f.text for f in row)
        if _words(text) > MAX_NOTE_MARGIN_WORDS and FOOTNOTE_START_RE.match(text.strip()):
            continue  # a footnote, even one that recurs, is content
        if in_zone and id(row) not in seen:
            seen.add(id(row))
            out.append(row)
    return out


def _running_keys(pages: list[RawPage]) -> set[str]:
    """Margin lines (digits normalised) repeated on enough pages to be running headers or footers."""
    counts: Counter[str] = Counter()
    for page in pages:
        keys: set[str] = set()
        for row in _margin_rows(page):
            keys.add(_margin_key(" ".join(f.text for f in row)))
            keys.update(_margin_key(f.text) for f in row)
        counts.update(keys)
    needed = max(2.0, REPEAT_SHARE * len(pages))
    return {key for key, n in counts.items() if n >= needed and any(c.isalnum() for c in key)}


@lru_cache(maxsize=1)
def _page_number_re() -> re.Pattern[str]:
    tables = [
        t for code, t in json.loads(PAGE_WORDS.read_text(encoding="utf-8")).items() if code != "_comment"
    ]

    def words(kind: str) -> str:
        found = {w for table in tables for w in table[kind]}
        return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))

    return re.compile(PAGE_NUMBER_PATTERN.format(page=words("page"), of=words("of")), re.IGNORECASE)


def _is_margin_text(text: str, running: set[str]) -> bool:
    return bool(_page_number_re().match(text.strip())) or _margin_key(text) in running


def _drop_margins(page: RawPage, running: set[str]) -> list[Fragment]:
    dropped: set[int] = set()
    for row in _margin_rows(page):
        if _is_margin_text(" ".join(f.text for f in row), running):
            dropped.update(id(f) for f in row)
        else:
            dropped.update(id(f) for f in row if _is_margin_text(f.text, running))
    return [f for f in page.fragments if id(f) not in dropped]


def _words(text: str) -> int:
    return len(text.split())


def _gutters(fragments: list[Fragment], left: float, right: float) -> list[float]:
    """x positions of column gutters: empty x-ranges with a column of running text on both sides."""
    width = right - left
    narrow = [f for f in fragments if f.x1 - f.x0 < 0.6 * width]
    if len(narrow) < 2 * MIN_COLUMN_LINES or width <= 0:
        return []
    for g0, g1 in sorted(_sparse_ranges(narrow), key=lambda g: g[0] - g[1]):
        side_l = [f for f in narrow if f.x1 <= g0]
        side_r = [f for f in narrow if f.x0 >= g1]
        if _is_text_column(side_l) and _is_text_column(side_r) and _side_by_side(side_l, side_r):
            cut = (g0 + g1) / 2
            return [*_gutters(side_l, left, g0), cut, *_gutters(side_r, g1, right)]
    return []


def _sparse_ranges(fragments: list[Fragment]) -> list[tuple[float, float]]:
    """x-ranges (widest first is the caller's choice) crossed by almost no fragment: gutter candidates.

    A few crossings are tolerated: an author line or a wide caption may straddle the gutter.
    """
    tolerance = max(1, int(GUTTER_CROSSINGS * len(fragments)))
    events = sorted([(f.x0, 1) for f in fragments] + [(f.x1, -1) for f in fragments])
    ranges: list[tuple[float, float]] = []
    depth = 0
    opened: float | None = None
    first, last = events[0][0], events[-1][0]
    for x, step in events:
        depth += step
        if depth < tolerance and opened is None:
            opened = x
        elif depth >= tolerance and opened is not None:
            if x - opened >= MIN_GUTTER and first < opened and x < last:
                ranges.append((opened, x))
            opened = None
    return ranges


def _is_text_column(fragments: list[Fragment]) -> bool:
    if len(fragments) < MIN_COLUMN_LINES:
        return False
    return statistics.median(_words(f.text) for f in fragments) >= MIN_COLUMN_WORDS


def _side_by_side(a: list[Fragment], b: list[Fragment]) -> bool:
    """Two sides whose vertical extents overlap: columns, not a block above another."""
    top, bottom = (
        max(min(f.top for f in a), min(f.top for f in b)),
        min(max(f.bottom for f in a), max(f.bottom for f in b)),
    )
    shorter = min(max(f.bottom for f in s) - min(f.top for f in s) for s in (a, b))
    return bottom - top >= 0.3 * shorter


def _order_page(page: RawPage, fragments: list[Fragment]) -> list[_Line]:
    """Lines of one page in reading order: bands between full-width lines, columns left to right."""
    if not fragments:
        return []
    left, right = min(f.x0 for f in fragments), max(f.x1 for f in fragments)
    cuts = _gutters(fragments, left, right)
    bounds = [left - 1, *cuts, right + 1]
    columns: list[list[Fragment]] = [[] for _ in cuts + [0.0]]
    spanning: list[Fragment] = []
    for frag in fragments:
        col = bisect_right(cuts, (frag.x0 + frag.x1) / 2)
        if bounds[col] - 1 <= frag.x0 and frag.x1 <= bounds[col + 1] + 1:
            columns[col].append(frag)
        else:
            spanning.append(frag)
    if not cuts:
        columns, spanning = [fragments], []
    else:
        columns, spanning = _above_columns(columns, spanning)
    span_rows = _rows(spanning)
    span_tops = [row[0].top for row in span_rows]
    flows: dict[tuple[int, int], list[Fragment]] = {}
    for col, frags in enumerate(columns):
        for frag in frags:
            flows.setdefault((bisect_right(span_tops, frag.top), col), []).append(frag)
    for band, row in enumerate(span_rows, 1):
        flows[(band - 1, len(columns))] = row  # after the columns of the band above it
    out: list[_Line] = []
    for band, col in sorted(flows):
        rows = _rows(flows[(band, col)])
        col_left = min(r[0].x0 for r in rows)
        col_right = max(r[-1].x1 for r in rows)
        out.extend(_line(page.number, (page.number, band, col), row, col_left, col_right) for row in rows)
    return out


def _above_columns(
    columns: list[list[Fragment]], spanning: list[Fragment]
) -> tuple[list[list[Fragment]], list[Fragment]]:
    """Move what lies above the first full line of running text (title, author lines) out of the columns.

    Those lines are read row by row before the columns; everything below stays in its column, so a column
    that starts lower (under a figure) than its neighbour keeps its own order. Only a block set apart by
    blank space moves: short lines at the very top of the columns stay where they are.
    """
    tops = []
    for frags in columns:
        texty = [f for f in frags if _words(f.text) >= MIN_COLUMN_WORDS] or frags
        if not texty:
            continue
        typical = statistics.median(f.x1 - f.x0 for f in texty)
        tops.append(min(f.top for f in texty if f.x1 - f.x0 >= 0.8 * typical))
    if not tops:
        return columns, spanning
    common_top = min(tops)  # where the first column of running text begins
    kept = [[f for f in frags if f.top >= common_top - SAME_ROW * f.size] for frags in columns]
    moved = [f for frags in columns for f in frags if f.top < common_top - SAME_ROW * f.size]
    if not moved:
        return columns, spanning
    size = statistics.median(f.size for frags in kept for f in frags) if any(kept) else moved[0].size
    if common_top - max(f.bottom for f in moved) < HEADER_BLOCK_GAP * size:
        return columns, spanning  # no gap under them: short first lines of the columns themselves
    return kept, spanning + moved


def _line(
    page: int, flow: tuple[int, int, int], row: list[Fragment], col_left: float, col_right: float
) -> _Line:
    cells = _cells(row)
    texts = [SPACE_RE.sub(" ", f.text).strip() for f in row]
    text = "\t".join(texts) if cells > 1 else " ".join(texts)
    sizes = [f.size for f in row]
    return _Line(
        text=text,
        page=page,
        flow=flow,
        x0=row[0].x0,
        top=min(f.top for f in row),
        x1=row[-1].x1,
        bottom=max(f.bottom for f in row),
        base=row[0].base,
        size=max(sizes, key=sizes.count),
        bold=all(f.bold for f in row),
        cells=cells,
        col_left=col_left,
        col_right=col_right,
    )


def _cells(row: list[Fragment]) -> int:
    """Table cells on a row: fragments apart by wide gaps, not counting a leading list marker."""
    cells = len(row)
    if cells == 2 and len(row[0].text.strip()) <= 4:
        cells = 1
    return cells


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0]


def _line_pitch(lines: list[_Line], body: float) -> float:
    """Typical baseline-to-baseline step of body text (the line pitch paragraphs are measured against)."""
    steps = [
        b.base - a.base
        for a, b in zip(lines, lines[1:], strict=False)
        if a.flow == b.flow and abs(a.size - body) < 0.5 and abs(b.size - body) < 0.5 and b.base > a.base
    ]
    steps = [s for s in steps if s < 3 * body]
    return statistics.median(steps) if steps else 1.2 * body


def _continues(block: _Block, line: _Line, body: float, pitch: float) -> bool:
    """Whether `line` carries on the paragraph `block` ends with."""
    prev = block.lines[-1]
    if line.cells > 1 or prev.cells > 1 or ITEM_RE.match(line.text):
        return False
    if abs(line.size - prev.size) > 0.12 * max(line.size, prev.size) or line.bold != prev.bold:
        return False
    last = prev.text[-1]
    if line.flow != prev.flow:  # next column or page: `_mend_breaks` decides, once footnotes are known
        return False
    step = line.base - prev.base
    scale = line.size / body if body else 1.0
    if step <= 0 or step > PARA_GAP * pitch * max(scale, 1.0):
        return False
    width = prev.col_right - prev.col_left
    indented = line.x0 - line.col_left > 0.8 * line.size and prev.x0 - prev.col_left < 0.3 * prev.size
    if indented and ITEM_RE.match(block.lines[0].text) is None:
        return False  # a first-line indent opens a paragraph (an item's indented lines continue it)
    return not (last in SENTENCE_END and prev.x1 < prev.col_right - 0.15 * width)


def _group(lines: list[_Line], body: float, pitch: float) -> list[_Block]:
    blocks: list[_Block] = []
    for line in lines:
        if blocks and _continues(blocks[-1], line, body, pitch):
            blocks[-1].lines.append(line)
        else:
            blocks.append(_Block([line], kind="item" if ITEM_RE.match(line.text) else "paragraph"))
    return blocks


def _classify(blocks: list[_Block], body: float) -> None:
    """Headings (levels from font size), footnotes (small, low on the page, numbered), table rows."""
    heading_sizes: set[float] = set()
    candidates: list[_Block] = []
    for block in blocks:
        first = block.lines[0]
        text = " ".join(line.text for line in block.lines)
        if first.cells > 1:
            block.kind = "table_row"
        elif (
            first.size >= HEADING_RATIO * body or (first.bold and first.size >= body * 0.95)
        ) and _heading_shape(block, text):
            candidates.append(block)
            heading_sizes.add(round(first.size * 2) / 2 if first.size >= HEADING_RATIO * body else 0.0)
    ranked = sorted((s for s in heading_sizes if s), reverse=True)
    for block in candidates:
        size = round(block.lines[0].size * 2) / 2
        rank = ranked.index(size) if size in ranked else len(ranked)
        block.kind, block.level = "heading", min(rank + 1, MAX_LEVELS)
    _mark_footnotes(blocks, body)


def _heading_shape(block: _Block, text: str) -> bool:
    return (
        len(block.lines) <= MAX_HEADING_LINES
        and len(text) <= MAX_HEADING_CHARS
        and text[-1] not in ".;,"
        and any(c.isalpha() for c in text)
    )


def _mark_footnotes(blocks: list[_Block], body: float) -> None:
    """Small-print blocks low on a page: numbered ones open a footnote, the ones after it continue it."""
    in_notes_page: int | None = None
    page_tops: dict[int, float] = {}
    page_bottoms: dict[int, float] = {}
    for block in blocks:
        for line in block.lines:
            page_tops[line.page] = min(page_tops.get(line.page, line.top), line.top)
            page_bottoms[line.page] = max(page_bottoms.get(line.page, 0.0), line.bottom)
    for block in blocks:
        first = block.lines[0]
        small = first.size <= FOOTNOTE_RATIO * body and block.kind in ("paragraph", "item")
        span = max(page_bottoms[first.page] - page_tops[first.page], 1.0)
        low = (first.top - page_tops[first.page]) / span >= FOOTNOTE_ZONE
        if small and low and FOOTNOTE_START_RE.match(first.text):
            block.kind, in_notes_page = "footnote", first.page
        elif small and in_notes_page == first.page:
            block.kind = "footnote"
        else:
            in_notes_page = None


def _mend_breaks(blocks: list[_Block]) -> list[_Block]:
    """Rejoin a paragraph that a column or page break (and the footnotes printed there) cut in two."""
    out: list[_Block] = []
    last_body: _Block | None = None
    for block in blocks:
        if block.kind == "paragraph" and last_body is not None and _carries_over(last_body, block):
            last_body.lines.extend(block.lines)
            continue
        out.append(block)
        if block.kind != "footnote":
            last_body = block
    return out


def _carries_over(before: _Block, after: _Block) -> bool:
    """Whether `after`, opening a new column or page, continues the unfinished `before`."""
    prev, first = before.lines[-1], after.lines[0]
    if (
        before.kind not in ("paragraph", "item")
        or prev.flow == first.flow
        or prev.cells > 1
        or first.cells > 1
    ):
        return False
    if abs(first.size - prev.size) > 0.12 * max(first.size, prev.size) or first.bold != prev.bold:
        return False
    last = prev.text[-1]
    return last in LINE_END_HYPHENS or (last not in SENTENCE_END and first.text[0].islower())


def _join_lines(lines: list[_Line], vocabulary: Vocabulary) -> tuple[str, list[tuple[int, int]]]:
    """Text of a block and (offset, page) where each page's part of it starts."""
    text = ""
    page_marks: list[tuple[int, int]] = [(0, lines[0].page)]
    cached: list[str] = []

    def language() -> str:  # detected only for blocks that hold a broken word
        if not cached:
            cached.append(detect_language(" ".join(line.text for line in lines)))
        return cached[0]

    for line in lines:
        piece = line.text
        if not text:
            text = piece
            continue
        if line.page != page_marks[-1][1]:
            page_marks.append((len(text) + 1, line.page))
        joined = (
            join_broken(text, piece, vocabulary, rules_for(language()))
            if text[-1] in LINE_END_HYPHENS
            else None
        )
        text = joined if joined is not None else f"{text} {piece}"
    return drop_soft_hyphens(text).rstrip(), page_marks


def _assemble(doc: Document, blocks: list[_Block], pages: list[RawPage], vocabulary: Vocabulary) -> None:
    parts: list[str] = []
    offset = 0
    page_starts: dict[int, int] = {}
    for block in blocks:
        text, marks = _join_lines(block.lines, vocabulary)
        if not text:
            continue
        if parts:
            offset += 2
        for mark, page in marks:
            page_starts.setdefault(page, offset + min(mark, len(text)))
        first = block.lines[0]
        same_page = [line for line in block.lines if line.page == first.page]
        sizes = [line.size for line in block.lines]
        doc.blocks.append(
            Block(
                start=offset,
                end=offset + len(text),
                kind=block.kind,
                page=first.page,
                level=block.level,
                bbox=(
                    round(min(line.x0 for line in same_page), 1),
                    round(min(line.top for line in same_page), 1),
                    round(max(line.x1 for line in same_page), 1),
                    round(max(line.bottom for line in same_page), 1),
                ),
                font_size=round(statistics.median(sizes), 1),
            )
        )
        parts.append(text)
        offset += len(text)
    doc.text = "\n\n".join(parts)
    previous = 0
    for page in pages:
        start = page_starts.get(page.number, previous)
        doc.pages.append(
            Page(number=page.number, start=start, end=start, width=page.width, height=page.height)
        )
        previous = start
    for page, nxt in zip(doc.pages, doc.pages[1:], strict=False):
        page.end = nxt.start
    if doc.pages:
        doc.pages[-1].end = len(doc.text)


def _title(doc: Document, metadata_title: str | None) -> str | None:
    """The first top-level heading of page 1, else the title in the file's metadata."""
    first_page = doc.pages[0].number if doc.pages else 1
    for block in doc.blocks:
        if block.page != first_page:
            break
        if block.kind == "heading" and block.level == 1:
            return doc.text[block.start : block.end]
    cleaned = (metadata_title or "").strip()
    return cleaned if sum(c.isalpha() for c in cleaned) >= 3 else None
