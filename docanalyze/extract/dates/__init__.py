"""Dates in FR/NL/EN, normalised to ISO (corpora FORMAT.md).

Shapes (extract/dates/patterns.py): day-month-year in words or digits, month-day-year, ISO, month-year,
year ranges, day ranges, four-digit years and bare month names. Overlapping matches are settled by
length (the longest expression wins). Spans follow FORMAT.md: the day (with its ordinal letters), month
and year as written, never the preposition, the vague word (`mid 2021` -> `2021`) or the weekday.

A four-digit year (1800-2099) is a date, in context (`en 2023`, `sinds 2021`, `mid-2021`) or alone (`the
2024 report`, a table row, `Agreement 2025-2029`), unless it counts something or cites (see `year_role`):
a unit follows (`2000 euros`), a reference word precedes it, it is a reporter citation (`Pas. 2020,
n° 215`), or a context word that also introduces counts precedes it and a noun follows (`pour 2000
personnes`, `for 2000 people`). Counts of that size are written with a separator in these texts
(`2.000`, `2,000`, `2 000`), so a bare four-digit number is read as a year.

A date without a written year takes it, with `inferred=True`, from (in this order) the other end of
its range (`13-15 juillet 2024`, `du 1er janvier au 31 mars 2024`), an earlier mention of the same day
and month with a year (a law cited again), the document date (the `document_date` argument, else the
first date with a year in the first lines of the text), or the nearest year written before it.
Without any of these it is left out.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docanalyze.extract._chars import URL_RE, fold
from docanalyze.extract.dates.patterns import DateGrammar, date_grammar
from docanalyze.extract.numbers import counted_noun_follows
from docanalyze.models import Date, Segment

URL_PATTERN = re.compile(URL_RE)
# How far into the text the document's own date is looked for ("the first lines").
HEAD_CHARS = 600
# A segment without a digit can hold only bare month names ("en juin"): the other shapes are skipped.
HAS_DIGIT_RE = re.compile(r"\d")


@dataclass
class _Part:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    partner: _Part | None = None  # the range end that lends its month/year (day ranges)
    inferred: bool = False

    @property
    def value(self) -> str:
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@dataclass
class _Match:
    start: int  # the extent the match claims against overlapping matches
    end: int
    parts: list[_Part]


def _expand_year(text: str) -> int:
    digits = text.lstrip("'’")
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or day < 1:
            return False
        limit = calendar.monthrange(year, month)[1] if year else (29 if month == 2 else 31)
        return day <= limit
    return True


def _day(m: re.Match[str], g: DateGrammar) -> int:
    return int(m.group("day")) if m.group("day") else g.day_words[fold(m.group("dword"))]


def _month_ok(m: re.Match[str], g: DateGrammar, has_year: bool) -> bool:
    """Ambiguous month words ("may", "mars") need a year, or a capital where months take one."""
    word = m.group("mon")
    if fold(word) not in g.ambiguous or has_year:
        return True
    return g.capitalized and word[0].isupper()


def _day_month_matches(text: str, lo: int, hi: int, g: DateGrammar) -> list[_Match]:
    out = []
    for pattern in (g.dmy, g.mdy):
        for m in pattern.finditer(text, lo, hi):
            has_year = bool(m.group("year"))
            if not _month_ok(m, g, has_year):
                continue
            if pattern is g.mdy and not has_year:
                # "mai 15 personnes": month-first without a year needs an ordinal or a pause after it.
                after = text[m.end() : m.end() + 1]
                if not (m.group("ord") or m.group("dword") or after in ("", ",", ".", ";", ")", "\n")):
                    continue
            year = _expand_year(m.group("year")) if has_year else None
            month, day = g.months[fold(m.group("mon"))], _day(m, g)
            if _valid(year, month, day):
                out.append(_Match(m.start(), m.end(), [_Part(m.start(), m.end(), year, month, day)]))
    return out


def _numeric_matches(text: str, lo: int, hi: int, g: DateGrammar, lang: str) -> list[_Match]:
    out = []
    for m in g.numeric.finditer(text, lo, hi):
        day, mon, year = (m.group("day"), m.group("mon"), m.group("year"))
        if day is None:
            day, mon, year = m.group("day2"), m.group("mon2"), m.group("year2")
        y, mo, d = _expand_year(year), int(mon), int(day)
        if _valid(y, mo, d):
            out.append(_Match(m.start(), m.end(), [_Part(m.start(), m.end(), y, mo, d)]))
    for m in g.iso.finditer(text, lo, hi):
        y, mo, d = int(m.group("year")), int(m.group("mon")), int(m.group("day"))
        if _valid(y, mo, d):
            out.append(_Match(m.start(), m.end(), [_Part(m.start(), m.end(), y, mo, d)]))
    for m in g.iso_month.finditer(text, lo, hi):
        y, mo = int(m.group("year")), int(m.group("mon"))
        # "2019-11" reads as the range 2019-2011 only if that runs backwards: then it is a month.
        if y % 100 >= mo and year_role(text, m.start(), m.end(), lo, lang) == "date":
            out.append(_Match(m.start(), m.end(), [_Part(m.start(), m.end(), y, mo, None)]))
    for m in g.month_year.finditer(text, lo, hi):
        out.append(
            _Match(
                m.start(),
                m.end(),
                [_Part(m.start("mon"), m.end(), int(m.group("year")), g.months[fold(m.group("mon"))], None)],
            )
        )
    return out


def year_role(text: str, start: int, end: int, lo: int, lang: str, *, in_range: bool = False) -> str:
    """What the four-digit number at text[start:end] is: "reference" when a reference word precedes it,
    it is a reporter citation (`Pas. 2020, n° 215`) or a decade (`les années 1980`), "count" when a unit follows (`2000 euros`) or a
    context word that also introduces counts precedes it and a noun follows (`pour 2000 personnes`),
    else "date". The figure extractor asks the same question, so that both agree."""
    g = date_grammar(lang)
    head = text[max(lo, start - 40) : start]
    if g.citation_after.match(text, end) or g.reference_before.search(head) or g.decade_before.search(head):
        return "reference"
    if g.unit_after.match(text, end):
        return "count"
    if not in_range and g.weak_before.search(head) and counted_noun_follows(text, end, g.stop_words):
        return "count"
    return "date"


def _year_matches(text: str, lo: int, hi: int, g: DateGrammar, lang: str) -> list[_Match]:
    out = []
    for m in g.year_range.finditer(text, lo, hi):
        y1 = int(m.group("y1"))
        raw2 = m.group("y2")
        y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
        if y2 <= y1 or year_role(text, m.start(), m.end(), lo, lang, in_range=True) != "date":
            continue
        out.append(
            _Match(
                m.start(),
                m.end(),
                [
                    _Part(m.start("y1"), m.end("y1"), y1, None, None),
                    _Part(m.start("y2"), m.end("y2"), y2, None, None),
                ],
            )
        )
    for m in g.year.finditer(text, lo, hi):
        s = m.start()
        after_letter = s - 2 >= lo and text[s - 1] in "-–" and text[s - 2].isalpha()
        if after_letter and not g.context_before.search(text, max(lo, s - 30), s):
            continue  # "COVID-2019", "A-2024": part of a name; "mid-2021" is a date
        if year_role(text, m.start(), m.end(), lo, lang) == "date":
            out.append(
                _Match(m.start(), m.end(), [_Part(m.start(), m.end(), int(m.group("year")), None, None)])
            )
    return out


def _yearless_matches(text: str, lo: int, hi: int, g: DateGrammar) -> list[_Match]:
    """Day ranges' first days and bare month names: their month/year come later."""
    out = []
    for m in g.day_range.finditer(text, lo, hi):
        part = _Part(m.start("day"), m.end("day"), None, None, int(m.group("day")))
        out.append(_Match(m.start(), m.end("day"), [part]))
    for m in g.bare_month.finditer(text, lo, hi):
        word = m.group("mon")
        head = text[max(lo, m.start() - 30) : m.start()]
        if g.capitalized and not word[0].isupper():
            continue
        if (
            fold(word) in g.ambiguous
            and not g.context_before.search(head)
            and not g.coordinator_before.search(head)
        ):
            continue
        out.append(_Match(m.start(), m.end(), [_Part(m.start(), m.end(), None, g.months[fold(word)], None)]))
    return out


def _resolve_overlaps(matches: list[_Match]) -> list[_Part]:
    """The longest match wins; among equals the earliest."""
    kept: list[_Match] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda x: (-(x.end - x.start), x.start)):
        if any(s < match.end and match.start < e for s, e in taken):
            continue
        kept.append(match)
        taken.append((match.start, match.end))
    return sorted((p for m in kept for p in m.parts), key=lambda p: p.start)


def _segment_parts(text: str, seg: Segment) -> list[_Part]:
    if not HAS_DIGIT_RE.search(text, seg.start, seg.end):
        g = date_grammar(seg.lang)
        return _resolve_overlaps(_yearless_matches(text, seg.start, seg.end, g))
    g = date_grammar(seg.lang)
    lo, hi = seg.start, seg.end
    matches = (
        _day_month_matches(text, lo, hi, g)
        + _numeric_matches(text, lo, hi, g, seg.lang)
        + _year_matches(text, lo, hi, g, seg.lang)
        + _yearless_matches(text, lo, hi, g)
    )
    urls = [(m.start(), m.end()) for m in URL_PATTERN.finditer(text, lo, hi)]
    if urls:
        matches = [x for x in matches if not any(s < x.end and x.start < e for s, e in urls)]
    parts = _resolve_overlaps(matches)
    # A range's first end borrows from the second: "13-15 juillet 2024", "du 1er janvier au 31 mars 2024".
    for a, b in zip(parts, parts[1:], strict=False):
        if a.year is None and b.month and g.joiner.fullmatch(text, a.end, b.start):
            if a.month is None and a.day is not None:
                a.month = b.month
            a.partner = b
    return parts


def _document_year(parts: list[_Part], document_date: str | None) -> int | None:
    if document_date and document_date[:4].isdigit():
        return int(document_date[:4])
    for part in parts:
        if part.start >= HEAD_CHARS:
            break
        if part.year is not None:
            return part.year
    return None


def _fill_years(parts: list[_Part], document_date: str | None) -> list[_Part]:
    doc_year = _document_year(parts, document_date)
    seen: dict[tuple[int, int], int] = {}
    last_year: int | None = None
    out = []
    for part in parts:
        if part.year is not None:
            if part.day and part.month:
                seen[(part.month, part.day)] = part.year
            last_year = part.year
            out.append(part)
            continue
        year = part.partner.year if part.partner and part.partner.year else None
        if year is None and part.day and part.month:
            year = seen.get((part.month, part.day))
        year = year or doc_year or last_year
        if year is None or part.month is None or not _valid(year, part.month, part.day):
            continue
        part.year, part.inferred = year, True
        out.append(part)
    return out


def extract_dates(text: str, segments: Sequence[Segment], *, document_date: str | None = None) -> list[Date]:
    """Every date in the segments of `text`, ordered by start."""
    parts: list[_Part] = []
    for seg in segments:
        parts.extend(_segment_parts(text, seg))
    parts.sort(key=lambda p: p.start)
    return [
        Date(p.start, p.end, text[p.start : p.end], p.value, p.granularity, p.inferred)
        for p in _fill_years(parts, document_date)
    ]
