"""The before/after values of a measure (`from 635 to 1,145 places`, `van 8 naar 18 maanden`).

Values come from the pipeline's figures when it has them, completed by a small local number reader (so
the extractor works while the figures extractor is absent, and sees number words it may skip).

Conventions (see the README): an absolute change is `Change(from_, to, unit)`; a relative one with no known
starting value (`doubling`, `-83 %`, `augmenter de 20 %`) is a factor of the current level,
`Change(1, factor, "factor")`: doubling -> 1 -> 2, -83 % -> 1 -> 0.17. Doubling a known value (`double the
600 places`) gives to = 2 x from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from docanalyze.extract.measures import patterns as p
from docanalyze.extract.measures.lexicon import Lexicon
from docanalyze.models import Change, Figure

# How far before a number its lead-in (`from the current`, `tot maximaal`) may start.
LEAD_WINDOW = 40


@dataclass(frozen=True)
class Value:
    start: int
    end: int
    value: float
    unit: str | None


def _parse_number(raw: str, lexicon: Lexicon) -> float | None:
    """A written number in the language's convention: `1,145` (EN) and `1.145` (FR, NL) are 1145."""
    key = raw.lower()
    if key in lexicon.number_words:
        return lexicon.number_words[key]
    sign = -1.0 if raw[0] in "-" + p.MINUS_SIGNS else 1.0
    digits = raw.lstrip("+-" + p.MINUS_SIGNS)
    decimal = lexicon.decimal_separator
    grouping = p.GROUPING_CHARS.replace(decimal, "")
    whole, _, fraction = digits.rpartition(decimal) if decimal in digits else (digits, "", "")
    if not whole:
        whole, fraction = fraction, ""
    cleaned = "".join(c for c in whole if c not in grouping)
    try:
        return sign * float(f"{cleaned}.{fraction}" if fraction else cleaned)
    except ValueError:
        return None


def _unit(raw: str | None, lexicon: Lexicon) -> str | None:
    if not raw:
        return None
    for pattern, unit in lexicon.unit_patterns:
        if pattern.match(raw):
            return unit
    return None


def local_values(text: str, start: int, end: int, lexicon: Lexicon) -> list[Value]:
    """Numbers with their unit in `text[start:end]`; bare four-digit years are left out."""
    out = []
    for m in lexicon.number.finditer(text, start, end):
        raw = m.group("num")
        unit = _unit(m.group("unit"), lexicon)
        if m.group("unit") is None and p.CURRENCY_BEFORE_RE.search(
            text, max(start, m.start() - 4), m.start()
        ):
            unit = "EUR"
        if m.group("unit") is None and p.YEAR_RE.match(raw):
            continue
        value = _parse_number(raw, lexicon)
        if value is None:
            continue
        if m.group("scale"):
            value *= lexicon.scale_words.get(m.group("scale").lower(), 1.0)
        out.append(Value(m.start(), m.end(), value, unit))
    return out


def span_values(
    text: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    figures: Sequence[Figure],
    taken: Sequence[tuple[int, int]],
) -> list[Value]:
    """The pipeline's figures in the span, plus local values that no figure, date or reference claims."""
    values = [Value(f.start, f.end, float(f.value), f.unit) for f in figures]
    claimed = [(f.start, f.end) for f in figures] + list(taken)
    for v in local_values(text, start, end, lexicon):
        if not any(s < v.end and v.start < e for s, e in claimed):
            values.append(v)
    return sorted(values, key=lambda v: v.start)


def _leads(text: str, value: Value, floor: int, pattern: re.Pattern[str]) -> bool:
    return pattern.search(text, max(floor, value.start - LEAD_WINDOW), value.start) is not None


def _factor(text: str, start: int, end: int, lexicon: Lexicon) -> float | None:
    for pattern, factor in lexicon.factors:
        if pattern.search(text, start, end):
            return factor
    return None


def parse_change(
    text: str,
    start: int,
    end: int,
    values: Sequence[Value],
    lexicon: Lexicon,
    action: str,
    context_from: Value | None = None,
) -> Change | None:
    """The change a sentence states, or None; `context_from` is a current value found around the sentence."""
    instead = [v for v in values if _leads(text, v, start, lexicon.instead_tail)]
    if instead:
        # `after four months instead of six`: the value before the cue is the new one.
        old = instead[0]
        new = [v for v in values if v.end <= old.start]
        if new:
            unit = new[-1].unit or old.unit
            return Change(_clean(old.value), _clean(new[-1].value), unit)
    froms = [v for v in values if _leads(text, v, start, lexicon.from_tail)]
    tos = [v for v in values if _leads(text, v, start, lexicon.to_tail)]
    if froms:
        first = froms[0]
        after = [v for v in tos if v.start > first.start]
        if after:
            to = after[0]
            unit = to.unit or first.unit
            return Change(_clean(first.value), _clean(to.value), unit)
    relative = [
        v for v in values if v.unit == "%" and (v.value < 0 or _leads(text, v, start, lexicon.by_tail))
    ]
    if relative and not tos:
        delta = relative[0].value
        if action == "decrease" and delta > 0:
            delta = -delta
        return Change(1, _clean(round(1 + delta / 100, 4)), "factor")
    factor = _factor(text, start, end, lexicon)
    if tos:
        to = tos[-1] if not froms else tos[0]
        base = (
            context_from
            if context_from and context_from.unit == to.unit and context_from.value != to.value
            else None
        )
        return Change(_clean(base.value) if base else None, _clean(to.value), to.unit)
    if factor is not None:
        stated = [
            v for v in values if lexicon.current.search(text, max(start, v.start - LEAD_WINDOW), v.start)
        ]
        base = (froms or stated or [context_from])[0]
        if base is not None:
            return Change(_clean(base.value), _clean(base.value * factor), base.unit)
        return Change(1, _clean(factor), "factor")
    return None


def _clean(value: float) -> float | int:
    """Whole numbers as int (1145, not 1145.0), as the figures contract writes them."""
    return int(value) if float(value).is_integer() else value


def current_value(
    text: str, spans: Sequence[tuple[int, int]], unit: str | None, lexicon: Lexicon
) -> Value | None:
    """The value of `unit` stated as the present one (`today ... eight months`) in the nearest of `spans`."""
    for start, end in spans:
        if not lexicon.current.search(text, start, end):
            continue
        for v in local_values(text, start, end, lexicon):
            if v.unit == unit:
                return v
    return None
