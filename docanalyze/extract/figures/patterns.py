"""Figure patterns, built once per language from its table in docanalyze.lang (longest words first).

Only the tables differ between languages; the shapes below are the same for all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from docanalyze.extract._chars import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DASH,
    MINUS,
    SPACE,
    URL_RE,
    alternation,
    fold,
)
from docanalyze.extract.numbers import NumberGrammar, grammar
from docanalyze.lang import LANGUAGES, load_language

# A reference number after a context word: "74/14", "200.933", "9bis", "12-15".
_REFNUM = r"\d[\w/.\-]*"
# Footnote markers: "[12]", and "(1)" with one or two digits (a bare "(912)" is a figure).
FOOTNOTE_RE = r"\[\d+\]|\(\d{1,2}\)"
# Phone numbers: a leading "+32" or "0", at least two more groups and eight digits ("02 123 45 67",
# "+32 2 123.45.67"); table cells such as "0 0 0" have too few digits.
PHONE_RE = r"(?<![\w.,])(?=(?:[ ./+-]?\d){8})(?:\+\d{2,3}|0\d{0,3})(?:[ ./-]\d{1,4}){2,}(?!\d)"
# IBANs: two letters, two check digits, then groups of four ("BE68 5390 0754 7034").
IBAN_RE = r"(?-i:\b[A-Z]{2}\d{2}(?:[ ]?[\dA-Z]{4}){2,7})"
# Signs that a number is a clock time: "14:30", "14h30", "14.30 uur" (digits right after h or :).
CLOCK_AFTER_RE = re.compile(rf"{SPACE}?(?:[:h.]{SPACE}?\d{{2}}(?!\d)|(?:uur|u){SPACE}?\d{{2}}(?!\d))")
# What may separate a list number from its item at the start of a line: "1.", "2)", "3/", "2.3 Title",
# "5 – amendment".
LIST_MARK_RE = re.compile(r"[.)/°](?:\s|$)|\.\d{1,2}\.?\s+[A-ZÀ-Ý]|\s+[A-ZÀ-Ý][a-zà-ÿ]|\s+[–-]\s+[A-ZÀ-Ý]")
# A capitalised word after four digits: a postal code before its town ("1000 Bruxelles").
POSTCODE_TOWN_RE = re.compile(r"[ \u00a0][A-ZÀ-Ý][a-zà-ÿ]")
# After a number: a reference like "2548/001" (the "54" of "Kamer, 54 2548/001" is a legislature).
REFERENCE_AFTER_RE = re.compile(r"[ \u00a0]\d+/\d")
# The tokens the extractor steps through: letter runs, digit runs and single other characters. Patterns
# are tried only where a token can start one (see `figure_starts`, `context_starts`), which keeps the
# long word alternations from being tried at every position of the text.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
# Web addresses start with these tokens (a `%`-encoded chunk is found from its `%`).
URL_STARTS = frozenset({"http", "https", "www"})

# Scale letters glued to digits: "10k", "3M", "1.5bn".
SUFFIX_VALUES = {
    "k": 1_000,
    "K": 1_000,
    "M": 1_000_000,
    "mln": 1_000_000,
    "mio": 1_000_000,
    "bn": 1_000_000_000,
    "mrd": 1_000_000_000,
}


@dataclass(frozen=True)
class FigureGrammar:
    """Everything the figure extractor needs for one language."""

    numbers: NumberGrammar
    figure: re.Pattern[str]  # one figure: currency, sign, number, scale word, unit
    reference: re.Pattern[str]  # a reference word and its numbers: "article 74/14", "nr. 200.933"
    footnote: re.Pattern[str]
    iban: re.Pattern[str]
    url: re.Pattern[str]
    phone: re.Pattern[str]
    figure_starts: frozenset[str]  # lower-case letter tokens that can start a figure
    context_starts: frozenset[str]  # lower-case tokens that can start a reference
    currencies: dict[str, str]  # folded currency word/symbol/code -> ISO code
    durations: dict[str, str]  # folded unit word -> FORMAT.md unit
    unit_articles: frozenset[str]
    homographs: frozenset[str]  # number words that are also other words ("acht": considers)
    cents_after: re.Pattern[str]  # " and 43 cents" after an amount: its hundredths
    coordinators: re.Pattern[str]  # the text between a number and the next one whose unit it takes
    noun_then_joiner: re.Pattern[str]  # " places to around ": a range's second number shares the noun
    age_before: re.Pattern[str]  # an age word ending right before a number
    clock_after: re.Pattern[str]  # "'s morgens", "du soir": the number before is a clock time
    ordinal_after: re.Pattern[str]  # "-fifth" after "twenty": the words are an ordinal
    frequency_before: re.Pattern[str]  # "twice" before "a year": a frequency, not a length
    stop_words: frozenset[str]
    quantity_skip: frozenset[str]
    quantity_lemmas: dict[str, str]
    quantity_suffixes: tuple[tuple[str, str], ...]


def _first_tokens(words: object) -> frozenset[str]:
    """The first token (TOKEN_RE) of each word, lower-cased: where a pattern for these words can start."""
    out = set()
    for word in words:  # type: ignore[attr-defined]
        m = TOKEN_RE.match(fold(str(word)))
        if m:
            out.add(m.group())
    return frozenset(out)


@cache
def figure_grammar(code: str) -> FigureGrammar:
    """The figure grammar of a language (cached: built once per process)."""
    table = load_language(code)
    numbers = grammar(code)
    symbols = {**CURRENCY_SYMBOLS, **{c: c for c in CURRENCY_CODES}}
    currencies = {fold(k): v for k, v in {**symbols, **table.CURRENCIES}.items()}
    symbol_alt = alternation([s for s in CURRENCY_SYMBOLS])
    code_alt = alternation(CURRENCY_CODES)
    # Codes only in capitals ("EUR 20"), symbols anywhere, words after the number only.
    prefix = rf"(?:{symbol_alt}|(?-i:{code_alt})|(?:{alternation(table.CURRENCIES)})(?![^\W\d_]))"
    after_currency = rf"(?:{symbol_alt}|(?-i:{code_alt})(?!\w)|(?:{alternation(table.CURRENCIES)})(?!\w))"
    links = alternation(table.CURRENCY_LINKS)
    percent_alt = alternation(table.PERCENT_WORDS)
    duration_alt = alternation(table.DURATION_UNITS)
    half_alt = alternation(table.HALF_WORDS)
    negative = alternation(table.NEGATIVE_WORDS) if table.NEGATIVE_WORDS else r"(?!x)x"
    half_before = alternation(table.HALF_BEFORE)
    figure = (
        # "half a day": a half and a duration unit, no number
        rf"(?P<halfb>(?<!\w)(?:{half_before})){SPACE}*(?P<hdur>{duration_alt})(?!\w)|"
        rf"(?:(?P<pre>{prefix}){SPACE}*)?"
        rf"(?:(?P<negw>{negative}){SPACE}+)?"
        # a sign glued to the digits, or set apart at the start of a line ("- 1.200.000")
        rf"(?:(?<![\w.,])(?P<sign>{MINUS})(?=\d)|(?<![^\n])(?P<lsign>{MINUS}){SPACE}(?=\d))?"
        rf"(?:(?P<digits>{numbers.digits})(?P<suffix>{numbers.suffix})?|(?P<words>{numbers.words}))"
        rf"(?:{SPACE}+(?P<mult>{numbers.multiplier})(?!\w))?"
        rf"(?:"
        rf"(?:{SPACE}*(?:(?P<link>{links}){SPACE}*)?(?P<cur>{after_currency}))"
        rf"|(?:{SPACE}*(?P<pct>{percent_alt})(?!\w))"
        rf"|(?:(?P<dsep>{SPACE}*|{DASH})(?P<dur>{duration_alt})(?!\w))"
        rf")?"
        rf"(?:{SPACE}+(?P<half>{half_alt})(?!\w))?"
    )
    # Reference words of every language: documents cite in several ("Bijlage 15" in an English text).
    context_words = {w for c in LANGUAGES for w in load_language(c).NON_FIGURE_CONTEXT}
    joiners = alternation([*table.NUMBER_JOINERS, *table.RANGE_JOINERS, *table.COORDINATORS])
    reference = rf"(?<!\w)(?:{alternation(context_words)}){SPACE}*{_REFNUM}(?:{SPACE}*(?:,|{joiners}){SPACE}*{_REFNUM})*"
    starts = [
        *table.NUMBER_WORDS,
        *table.APPROXIMATE_NUMBERS,
        *table.ARTICLE_NUMERALS,
        *table.UNIT_ARTICLES,
        *table.HALF_BEFORE,
        *table.NEGATIVE_WORDS,
        *table.CURRENCIES,
        *CURRENCY_CODES,
        *CURRENCY_SYMBOLS,
    ]
    coordinators = rf"{SPACE}*(?:{alternation(table.COORDINATORS)}){SPACE}*"
    cent_joiner = alternation([*table.NUMBER_JOINERS, *table.COORDINATORS])
    cents_after = (
        rf"{SPACE}+(?:(?:{cent_joiner}){SPACE}+)?(?P<cents>\d{{1,2}}|{numbers.words})"
        rf"(?![.,]\d)(?:{SPACE}*(?P<centw>{alternation(table.CENT_WORDS)})(?!\w)|(?={SPACE}*(?:$|[.,;)](?!\d))))"
    )
    return FigureGrammar(
        numbers=numbers,
        figure=re.compile(figure, re.IGNORECASE),
        reference=re.compile(reference, re.IGNORECASE),
        footnote=re.compile(FOOTNOTE_RE),
        iban=re.compile(IBAN_RE),
        url=re.compile(URL_RE),
        phone=re.compile(PHONE_RE),
        figure_starts=_first_tokens(starts),
        context_starts=_first_tokens(context_words),
        currencies=currencies,
        durations={fold(k): v for k, v in table.DURATION_UNITS.items()},
        unit_articles=frozenset(fold(a) for a in table.UNIT_ARTICLES),
        homographs=frozenset(fold(w) for w in table.HOMOGRAPH_NUMBER_WORDS),
        coordinators=re.compile(coordinators, re.IGNORECASE),
        noun_then_joiner=re.compile(
            rf"{SPACE}+[^\W\d_][\w'’-]*{coordinators}(?:(?:{alternation(table.APPROXIMATORS)}){SPACE}+)?",
            re.IGNORECASE,
        ),
        cents_after=re.compile(cents_after, re.IGNORECASE),
        ordinal_after=re.compile(
            rf"(?:{DASH}|{SPACE}+)?[^\W\d_]*(?:{alternation(table.ORDINAL_WORD_ENDINGS)})(?!\w)",
            re.IGNORECASE,
        ),
        frequency_before=re.compile(
            rf"(?<!\w)(?:{alternation(table.FREQUENCY_WORDS)}){SPACE}+$", re.IGNORECASE
        ),
        clock_after=re.compile(rf"{SPACE}*(?:{alternation(table.CLOCK_WORDS)})(?!\w)", re.IGNORECASE),
        age_before=re.compile(rf"(?<!\w)(?:{alternation(table.AGE_WORDS)}){SPACE}+$", re.IGNORECASE),
        stop_words=frozenset(table.STOP_WORDS),
        quantity_skip=frozenset(table.QUANTITY_SKIP),
        quantity_lemmas=dict(table.QUANTITY_LEMMAS),
        quantity_suffixes=tuple(table.QUANTITY_SUFFIXES),
    )
