"""Figures (counts, money, percentages, durations) in FR/NL/EN with locale-aware parsing.

One pattern per language (extract/figures/patterns.py) finds number-shaped stretches; the checks here
drop what is a reference rather than a quantity: numbers glued to letters, slashes, colons or dots
(`604/2013`, `P.19.0490.F`, `COVID-19`, `3rd`, `9bis`), numbers after a reference word (`article 74`,
`nr. 200.933`, `p. 179`), footnote markers, phone numbers, IBANs, clock times, list numbering, postal
codes, and four-digit years (the date extractor owns those). A number without a unit takes the unit of
the next one when only a joiner separates them (`10 à 20 euros`, `one or two years`, `30 à 35 personnes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from docanalyze.extract._chars import fold
from docanalyze.extract.dates import year_role
from docanalyze.extract.figures.patterns import (
    CLOCK_AFTER_RE,
    LIST_MARK_RE,
    POSTCODE_TOWN_RE,
    REFERENCE_AFTER_RE,
    SUFFIX_VALUES,
    TOKEN_RE,
    URL_STARTS,
    FigureGrammar,
    figure_grammar,
)
from docanalyze.extract.numbers import NEXT_WORD_RE, Number, as_number, counted_noun_follows, parse_digits
from docanalyze.models import Figure, Segment

# Characters that glue a number to an identifier when a letter or digit stands on their other side.
IDENTIFIER_GLUE = "/:._"
# Signs that may stand right before a number's first digit (MINUS in _chars).
SIGNS = "-\u2212\u2013"
# Years that the date extractor claims (see docanalyze.extract.dates.year_role).
YEAR_RANGE = range(1800, 2100)


@dataclass
class _Candidate:
    start: int
    end: int
    value: Number
    kind: str
    unit: str | None
    scale: Number | None  # the scale word or letter applied, which a range's first number may share
    weak: bool  # "one", or a homograph like "acht": a figure only with a unit or a counted noun after it
    partner: _Candidate | None = None  # the next number of a range, whose counted noun this one shares


def _glued(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the number at text[start:end] is part of an identifier (see module docstring)."""
    before = text[start - 1] if start > lo else " "
    if before.isalnum():
        return True
    if before in IDENTIFIER_GLUE and start - 2 >= lo and text[start - 2].isalnum():
        return True
    if before in "-\u2011" and start - 2 >= lo:
        if text[start - 2].isalpha():
            return True
        if text[start - 2].isdigit():  # a range "1-7": glued when its first number is ("914/1-7")
            first = start - 2
            while first > lo and text[first - 1].isdigit():
                first -= 1
            if first > lo and text[first - 1] in "/:." and first - 1 > lo and text[first - 2].isalnum():
                return True
    after = text[end] if end < hi else " "
    if after.isalnum() or after == "°":  # "1°": a point of a list, not a figure
        return True
    nxt = text[end + 1] if end + 1 < hi else " "
    if after in ":._" and nxt.isalnum():
        return True
    return after == "/" and nxt.isdigit()


def _list_number(text: str, start: int, end: int, lo: int) -> bool:
    """A list or heading number at the start of a line: "1. ", "2) ", "3/ ", "2.3 Title"."""
    line_start = text.rfind("\n", lo, start) + 1
    if line_start < lo:
        line_start = lo
    if text[line_start:start].strip(" \t-•*▪●◦·(") != "":
        return False
    return bool(LIST_MARK_RE.match(text, end))


def _lemma(word: str, g: FigureGrammar) -> str:
    low = word.lower()
    if low in g.quantity_lemmas:
        return g.quantity_lemmas[low]
    for suffix, replacement in g.quantity_suffixes:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: len(low) - len(suffix)] + replacement
    return low


def _quantity(text: str, end: int, hi: int, g: FigureGrammar) -> str | None:
    """The lemma of the noun a count counts: the next word, past a few adjectives."""
    pos = end
    for _ in range(3):
        m = NEXT_WORD_RE.match(text, pos, hi)
        if not m:
            return None
        word = m.group(1)
        low = word.lower()
        if low in g.stop_words:
            return None
        if low not in g.quantity_skip:
            return _lemma(word, g)
        pos = m.end()
    return None


def _unit_of(m: re.Match[str], g: FigureGrammar) -> tuple[str, str | None]:
    if m.group("cur"):
        return "money", g.currencies.get(fold(m.group("cur")))
    if m.group("pre"):
        return "money", g.currencies.get(fold(m.group("pre")))
    if m.group("pct"):
        return "percentage", "%"
    if m.group("dur"):
        return "duration", g.durations[fold(m.group("dur"))]
    return "count", None


def _weak(text: str, start: int, end: int, value: float, g: FigureGrammar) -> bool:
    """A number word that counts only before a unit or a counted noun: "one", or a homograph ("acht")."""
    return value == 1 or fold(text[start:end]) in g.homographs


def _from_match(
    m: re.Match[str], text: str, lo: int, hi: int, g: FigureGrammar, lang: str
) -> list[_Candidate]:
    """The figures one pattern match holds (a run of number words may hold several)."""
    if m.group("halfb"):
        return [
            _Candidate(m.start(), m.end(), 0.5, "duration", g.durations[fold(m.group("hdur"))], None, False)
        ]
    kind, unit = _unit_of(m, g)
    if m.group("dur") and fold(m.group("dur")) == "h" and CLOCK_AFTER_RE.match(text, m.start("dur") + 1):
        return []  # "19 h 21", "14h30": a clock time
    scale: Number | None = None
    if m.group("mult"):
        scale = g.numbers.multipliers[fold(m.group("mult"))]
    if m.group("suffix"):
        scale = SUFFIX_VALUES[m.group("suffix")]
    unit_end = m.end()
    if kind == "count":
        unit_end = (
            m.end("mult") if m.group("mult") else m.end("digits") if m.group("digits") else m.end("words")
        )
        if m.group("suffix"):
            unit_end = m.end("suffix")
    negative = bool(m.group("negw") or m.group("sign") or m.group("lsign"))
    start = m.start()
    half = 0.5 if m.group("half") and kind == "duration" else 0
    if m.group("digits"):
        core_start, core_end = m.start("digits"), m.end("digits")
        if _glued(text, start, unit_end if kind == "count" else m.end(), lo, hi) and not m.group("suffix"):
            return []
        if m.group("suffix") and _glued(text, core_start, unit_end, lo, hi):
            return []
        raw = m.group("digits")
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return []  # "02", "0475": phone and reference numbers
        value = parse_digits(raw, g.numbers.decimal)
        if kind == "count" and not scale:
            is_year = isinstance(value, int) and value in YEAR_RANGE and raw.isdigit()
            if is_year and year_role(text, core_start, core_end, lo, lang) != "count":
                return []  # a year (the date extractor owns it) or a citation number
            if CLOCK_AFTER_RE.match(text, core_end) or _list_number(text, core_start, core_end, lo):
                return []
            if REFERENCE_AFTER_RE.match(text, core_end):
                return []
            if text[core_start - 1 : core_start] == "\t" and text[core_end : core_end + 1] in ("\n", ""):
                return []  # "Logement\t16": a page number in a table of contents
            if raw.isdigit() and len(raw) == 4 and POSTCODE_TOWN_RE.match(text, core_end):
                return []  # "1000 Bruxelles": a postal code before its town
        if scale:
            value = as_number(value * scale)
        if negative:
            value = -value
        end = m.end() if kind != "count" else unit_end
        return [_Candidate(start, end, as_number(value + half), kind, unit, scale, False)]
    # A run of number words.
    words_start = m.start("words")
    parts = [(words_start + s, words_start + e, v) for s, e, v in g.numbers.read_words(m.group("words"))]
    run = m.group("words")
    if not parts:
        written = m.group("dur") or m.group("cur") or ""
        unit_word = written.replace(" ", "").isalpha() and not written.isupper()  # "a dollar", not "a US$"
        frequency = g.frequency_before.search(text, max(lo, words_start - 20), words_start)
        if kind in ("duration", "money") and unit_word and fold(run) in g.unit_articles and not frequency:
            return [_Candidate(words_start, m.end(), as_number(1 + half), kind, unit, None, False)]
        return []
    if kind == "count" and g.ordinal_after.match(text, parts[-1][1]):
        return []  # "twenty-fifth", "vingt et unième": an ordinal
    if _glued(text, parts[0][0], parts[-1][1], lo, hi) and kind == "count":
        return []
    out = [_Candidate(s, e, v, "count", None, None, _weak(text, s, e, v, g)) for s, e, v in parts[:-1]]
    s, e, v = parts[-1]
    if scale:
        v = as_number(v * scale)
    if negative:
        v = -v
    if kind == "count":
        out.append(
            _Candidate(s, unit_end if m.group("mult") else e, v, kind, None, scale, _weak(text, s, e, v, g))
        )
    else:
        if m.group("pre"):
            s = start
        out.append(_Candidate(s, m.end(), as_number(v + half), kind, unit, scale, False))
    if m.group("pre") and out[0].kind == "count":
        out[0].kind, out[0].unit = "money", g.currencies.get(fold(m.group("pre")))
    return out


def _add_cents(cand: _Candidate, text: str, hi: int, g: FigureGrammar) -> None:
    """ "20 dollars 43 cents", "$20 and 43c", "3 GBP and one": the hundredths join the amount."""
    m = g.cents_after.match(text, cand.end, hi)
    if not m:
        return
    raw = m.group("cents")
    words = g.numbers.read_words(raw) if not raw.isdigit() else [(0, len(raw), int(raw))]
    if len(words) != 1 or words[0][1] != len(raw) or not 0 < words[0][2] < 100:
        return
    cand.value = as_number(cand.value + words[0][2] / 100)
    cand.end = m.end()


def _share_units(cands: list[_Candidate], text: str, g: FigureGrammar) -> None:
    """A count followed by a joiner and another number shares its noun, and takes its unit and scale
    when that number has them (right to left, so that chains work)."""
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.kind != "count" or not g.coordinators.fullmatch(text, a.end, b.start):
            continue
        a.partner = b
        if b.kind != "count":
            a.kind, a.unit, a.weak = b.kind, b.unit, False
        if b.scale and not a.scale:
            a.value, a.scale, a.weak = as_number(a.value * b.scale), b.scale, False


def _in_blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in blocked)


def _scan(text: str, lo: int, hi: int, g: FigureGrammar) -> tuple[list[int], list[tuple[int, int]]]:
    """Where a figure may start, and the spans whose numbers are references (one pass over tokens)."""
    anchors: list[int] = []
    blocked: list[tuple[int, int]] = []

    def block(m: re.Match[str] | None) -> None:
        if m:
            blocked.append((m.start(), m.end()))

    for t in TOKEN_RE.finditer(text, lo, hi):
        s, tok = t.start(), t.group()
        first = tok[0]
        if first.isdigit():
            if s > lo and text[s - 1] in SIGNS:
                anchors.append(s - 1)
            elif s > lo and text[s - 1] in ".," and (s - 1 == lo or text[s - 2].isspace()):
                anchors.append(s - 1)  # ",77": a decimal without its zero
            elif s - 2 >= lo and text[s - 1] == " " and text[s - 2] in SIGNS:
                anchors.append(s - 2)
            anchors.append(s)
            if first == "0":
                block(g.phone.match(text, s, hi))
        elif first.isalpha():
            low = tok.lower()
            if low in g.figure_starts:
                anchors.append(s)
            if low in g.context_starts:
                block(g.reference.match(text, s, hi))
            if len(tok) == 2 and tok.isupper():
                block(g.iban.match(text, s, hi))
            if low in URL_STARTS:
                block(g.url.match(text, s, hi))
        elif first in g.figure_starts:  # currency symbols
            anchors.append(s)
        elif first in "[(":
            block(g.footnote.match(text, s, hi))
        elif first in g.context_starts:  # "§"
            block(g.reference.match(text, s, hi))
        elif first == "+":
            block(g.phone.match(text, s, hi))
        elif first == "%":
            chunk = s
            while chunk > lo and not text[chunk - 1].isspace():
                chunk -= 1
            block(g.url.match(text, chunk, hi))
    return anchors, blocked


def _segment_figures(text: str, seg: Segment) -> list[Figure]:
    g = figure_grammar(seg.lang)
    lo, hi = seg.start, seg.end
    anchors, blocked = _scan(text, lo, hi, g)
    cands: list[_Candidate] = []
    pos = lo
    for anchor in anchors:
        if anchor < pos:
            continue
        m = g.figure.match(text, anchor, hi)
        if m is None or not (m.group("digits") or m.group("words") or m.group("halfb")):
            continue
        pos = m.end()
        found = _from_match(m, text, lo, hi, g, seg.lang)
        if not found and m.group("words"):
            pos = m.end("words")  # an article alone ("a US$4.7 billion"): read on right after it
        for cand in found:
            if not _in_blocked(cand.start, cand.end, blocked):
                cands.append(cand)
    for cand in cands:
        if cand.kind == "money":
            _add_cents(cand, text, hi, g)
    kept: list[_Candidate] = []
    for cand in cands:  # cents may have swallowed the next candidates
        if not kept or cand.start >= kept[-1].end:
            kept.append(cand)
    cands = kept
    _share_units(cands, text, g)
    cands = [c for c in cands if not g.clock_after.match(text, c.end)]
    out = []
    quantities: dict[int, str | None] = {}
    for c in reversed(cands):
        if c.kind == "count":
            quantities[id(c)] = quantities.get(id(c.partner)) if c.partner else _quantity(text, c.end, hi, g)
    for a, b in zip(cands, cands[1:], strict=False):  # "from 600 places to around 1,100": 1,100 places
        shares = b.kind == "count" and quantities.get(id(b)) is None and quantities.get(id(a))
        if shares and g.noun_then_joiner.fullmatch(text, a.end, b.start):
            quantities[id(b)] = quantities[id(a)]
    for c in cands:
        if c.kind == "count" and g.age_before.search(text, max(lo, c.start - 30), c.start):
            c.kind, c.unit = "duration", "year"
        if c.weak and c.kind == "count" and not counted_noun_follows(text, c.end, g.stop_words):
            continue
        quantity = quantities.get(id(c)) if c.kind == "count" else None
        out.append(Figure(c.start, c.end, text[c.start : c.end], c.value, c.kind, c.unit, quantity))
    return out


def extract_figures(text: str, segments: Sequence[Segment]) -> list[Figure]:
    """Every figure in the segments of `text`, ordered by start."""
    figures: list[Figure] = []
    for seg in segments:
        figures.extend(_segment_figures(text, seg))
    figures.sort(key=lambda f: f.start)
    return figures
