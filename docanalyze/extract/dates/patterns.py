"""Date patterns, built once per language from its table in docanalyze.lang (longest words first).

Each shape is one named regex; the groups they share are `day`, `dword` (a day written as a word),
`mon` (a month name or number) and `year`. Only the tables differ between languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from docanalyze.extract._chars import CURRENCY_CODES, CURRENCY_SYMBOLS, DASH, SPACE, alternation, fold
from docanalyze.lang import LANGUAGES, load_language

# A day of the month in digits (01-31), not followed by another digit.
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
# A four-digit year in the range the documents speak of.
_YEAR4 = r"(?:1[89]|20)\d{2}"
# Nothing that would make the number before it part of an identifier or a longer number.
_END = r"(?![\w/]|[.,:]\d)"
# Nothing before a date's first digit that would make it part of an identifier or a number; a dash
# after a digit is a range ("13-15 juillet"), after a letter an identifier ("COVID-19").
_START = r"(?<![\w/.,:+])(?<![^\W\d_][-–])(?<!\d[.,:/])"


@dataclass(frozen=True)
class DateGrammar:
    """Everything the date extractor needs for one language."""

    months: dict[str, int]
    day_words: dict[str, int]
    ambiguous: frozenset[str]
    capitalized: bool
    stop_words: frozenset[str]
    dmy: re.Pattern[str]  # 18 juli 2025, 1er janvier 2026, 1st of May 2024, le 3 décembre
    mdy: re.Pattern[str]  # July 18, 2025; décembre 5 2014
    numeric: re.Pattern[str]  # 24/06/25, 31.12.2024, 31-10-74, 20 02 2014
    iso: re.Pattern[str]  # 2024-12-31
    iso_month: re.Pattern[str]  # 2014-10, 2014/10 (when not a year range like 2019-20)
    month_year: re.Pattern[str]  # juin 2025, in maart 2023
    year_range: re.Pattern[str]  # 2021-2025, 2024-25, 1960 - 1961
    day_range: re.Pattern[str]  # the "13" of "13-15 juillet 2024", the "5" of "van 5 op 6 september"
    year: re.Pattern[str]  # a four-digit year; context decides (see extract_dates)
    bare_month: re.Pattern[str]  # juin, in juli, mi-mars (the year comes from the context)
    context_before: re.Pattern[str]  # a year/vague context word ending right before a year or month
    weak_before: re.Pattern[str]  # a context word that also introduces counts ("pour 2000 personnes")
    reference_before: re.Pattern[str]  # a reference word ending right before a number ("n°", "article")
    decade_before: re.Pattern[str]  # "les années" + 1980: a decade, not a year
    unit_after: re.Pattern[str]  # a unit after the number (or after a range's second number)
    citation_after: re.Pattern[str]  # ", n° 215" / ", nr. 674": the year of a reporter citation
    joiner: re.Pattern[str]  # what joins the two ends of a range
    coordinator_before: re.Pattern[str]  # "avril, en août et" + "décembre": a joiner right before


@cache
def date_grammar(code: str) -> DateGrammar:
    """The date grammar of a language (cached: built once per process)."""
    t = load_language(code)
    months = {fold(k): v for k, v in t.MONTHS.items()}
    month = rf"(?P<mon>{alternation(months)})(?!\w)\.?"
    ordinal = rf"(?:{alternation(t.ORDINAL_DAY)})(?!\w)"
    day_words = {fold(k): v for k, v in t.DAY_WORDS.items()}
    day = rf"(?:(?P<day>{_DAY})(?P<ord>{ordinal})?|(?P<dword>{alternation(day_words)})(?!\w))"
    links = rf"(?:{SPACE}+(?:{alternation(t.DAY_MONTH_LINKS)}))?" if t.DAY_MONTH_LINKS else ""
    two_digit_end = rf"\d{{2}}(?={SPACE}*(?:$|[,;:)\]\n]|\.(?!\d)))"
    year_after_month = rf"(?P<year>{_YEAR4}{_END}|['’]\d{{2}}(?!\d)|{two_digit_end})"
    full_months = [m for m in t.MONTHS if m not in t.MONTH_ABBREVIATIONS]
    joiners = alternation([*t.RANGE_JOINERS, *t.COORDINATORS])
    context = alternation([*t.YEAR_CONTEXT, *t.VAGUE_DATE_WORDS, *t.RANGE_OPENERS])
    symbols = alternation(CURRENCY_SYMBOLS)
    units = alternation([*t.CURRENCIES, *t.PERCENT_WORDS, *t.DURATION_UNITS, *t.MULTIPLIERS])
    unit_after = (
        rf"(?:{SPACE}*(?:{joiners}){SPACE}*\d[\d.,]*)?"
        rf"{SPACE}*(?:{symbols}|(?-i:{alternation(CURRENCY_CODES)})(?!\w)|(?:{units})(?!\w))"
    )
    references = {w for c in LANGUAGES for w in load_language(c).NON_FIGURE_CONTEXT}
    flags = re.IGNORECASE
    return DateGrammar(
        months=months,
        day_words=day_words,
        ambiguous=frozenset(fold(m) for m in t.AMBIGUOUS_MONTHS),
        capitalized=t.MONTHS_CAPITALIZED,
        stop_words=frozenset(t.STOP_WORDS),
        dmy=re.compile(
            rf"{_START}{day}{links}(?:{SPACE}*{DASH}?{SPACE}*|/){month}(?:(?:,?{SPACE}*|[/-]){year_after_month})?",
            flags,
        ),
        mdy=re.compile(rf"(?<![\w/.-]){month},?{SPACE}+{day}(?:,?{SPACE}*(?P<year>{_YEAR4}){_END})?", flags),
        numeric=re.compile(
            rf"{_START}(?<!\d )(?P<day>{_DAY})(?P<sep>[/.-])(?P<mon>[01]?\d)(?P=sep)(?P<year>\d{{4}}|\d{{2}})"
            rf"(?![\w/]|[.,:]?\d|(?P=sep)\d)"
            rf"|{_START}(?<!\d )(?P<day2>[0-3]?\d) (?P<mon2>[01]?\d) (?P<year2>\d{{4}}|\d{{2}})(?![\w/]|[.,:]?\d| \d)"
        ),
        iso=re.compile(
            rf"{_START}(?P<year>{_YEAR4})-(?P<mon>[01]?\d)-(?P<day>{_DAY})(?![/.,]?\d|-\d|[^\WT])"
        ),
        iso_month=re.compile(rf"{_START}(?P<year>{_YEAR4})[-/](?P<mon>0[1-9]|1[0-2])(?![\w/]|[.,:-]?\d)"),
        month_year=re.compile(
            rf"(?<![\w/.-]){month},?{SPACE}*(?:{DASH}{SPACE}*)?(?P<year>{_YEAR4}){_END}", flags
        ),
        year_range=re.compile(
            rf"{_START}(?P<y1>{_YEAR4}){SPACE}*{DASH}{SPACE}*(?P<y2>(?:1[89]|20)?\d{{2}})(?![\w/]|[.,]?\d|{DASH}\d)"
        ),
        day_range=re.compile(
            rf"{_START}(?P<day>{_DAY})(?:{ordinal})?(?:{SPACE}*{DASH}{SPACE}*|{SPACE}+(?:{joiners}){SPACE}+)"
            rf"(?={_DAY}(?:{ordinal})?{SPACE}*{month})",
            flags,
        ),
        # (a year after a letter and a dash, "mid-2021" but not "COVID-2019", is checked in code)
        year=re.compile(rf"(?<![\w/.,:+])(?<!\d[.,:/])(?P<year>{_YEAR4}){_END}(?!{SPACE}?%)"),
        bare_month=re.compile(
            rf"(?<![\w/.])(?P<mon>{alternation(full_months)})(?!\w)(?!\.?{SPACE}*(?:{DASH}{SPACE}*)?\d)",
            flags,
        ),
        context_before=re.compile(rf"(?<!\w)(?:{context})(?:{SPACE}+|(?<=-))$", flags),
        weak_before=re.compile(rf"(?<!\w)(?:{alternation(t.WEAK_YEAR_CONTEXT)}){SPACE}+$", flags),
        # reference words of every language, as for figures ("Bijlage 2023" in an English text)
        reference_before=re.compile(rf"(?<!\w)(?:{alternation(references)}){SPACE}*$", flags),
        unit_after=re.compile(unit_after, flags),
        decade_before=re.compile(
            rf"(?<!\w)(?:{alternation(t.DECADE_WORDS)}){SPACE}+$" if t.DECADE_WORDS else r"(?!x)x", flags
        ),
        citation_after=re.compile(rf",{SPACE}*(?:n°|nº|nr\.|no\.)", flags),
        joiner=re.compile(rf"{SPACE}*(?:(?:{joiners})|,){SPACE}*", flags),
        coordinator_before=re.compile(rf"(?<!\w)(?:{joiners}){SPACE}+$", flags),
    )
