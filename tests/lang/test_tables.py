"""The language tables: every language defines the same names with the same shapes, and the data the
extractors read is well formed (docanalyze/lang/{en,fr,nl}.py)."""

from __future__ import annotations

from types import ModuleType

import pytest

from docanalyze.lang import LANGUAGES, load_language

TABLES = {code: load_language(code) for code in LANGUAGES}


def _public(module: ModuleType) -> set[str]:
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


NAMES = sorted(set().union(*(_public(m) for m in TABLES.values())))
# Names that hold something in every language (others may be empty: English has no approximate numerals).
NON_EMPTY = {
    "STOP_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "ORDINAL_DAY",
    "DAY_WORDS",
    "NUMBER_WORDS",
    "MULTIPLIERS",
    "CURRENCIES",
    "PERCENT_WORDS",
    "DURATION_UNITS",
    "VAGUE_DATE_WORDS",
    "RANGE_OPENERS",
    "RANGE_JOINERS",
    "YEAR_CONTEXT",
    "WEAK_YEAR_CONTEXT",
    "THOUSANDS",
    "NON_FIGURE_CONTEXT",
    "QUANTITY_SUFFIXES",
    "COORDINATORS",
    "ORDINAL_WORD_ENDINGS",
    "CENT_WORDS",
    "CLOCK_WORDS",
    "NUMBER_JOINERS",
    "HALF_WORDS",
    "UNIT_ARTICLES",
}
DURATION_UNITS = {"hour", "day", "week", "month", "year"}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_every_language_defines_every_name(code: str, name: str) -> None:
    assert hasattr(TABLES[code], name), f"docanalyze/lang/{code}.py lacks {name}"
    shapes = {type(getattr(m, name)) for m in TABLES.values()}
    assert len(shapes) == 1 or shapes <= {tuple, list, set, frozenset}, f"{name} has shapes {shapes}"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", sorted(NON_EMPTY))
def test_tables_hold_data(code: str, name: str) -> None:
    assert getattr(TABLES[code], name)


@pytest.mark.parametrize("code", LANGUAGES)
def test_months_cover_the_year(code: str) -> None:
    t = TABLES[code]
    assert set(t.MONTHS.values()) == set(range(1, 13))
    assert set(t.MONTHS) >= t.MONTH_ABBREVIATIONS
    full = {m for m in t.MONTHS if m not in t.MONTH_ABBREVIATIONS}
    assert {t.MONTHS[m] for m in full} == set(range(1, 13)), "every month needs its full name"
    assert set(t.AMBIGUOUS_MONTHS) <= set(t.MONTHS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_units_and_currencies_use_format_values(code: str) -> None:
    t = TABLES[code]
    assert set(t.DURATION_UNITS.values()) <= DURATION_UNITS
    assert all(len(iso) == 3 and iso.isupper() for iso in t.CURRENCIES.values())
    assert t.DECIMAL in (".", ",") and t.DECIMAL not in t.THOUSANDS


@pytest.mark.parametrize("code", LANGUAGES)
def test_words_are_lower_case(code: str) -> None:
    """Extractors fold what they match to lower case before looking it up."""
    t = TABLES[code]
    for name in (
        "MONTHS",
        "NUMBER_WORDS",
        "MULTIPLIERS",
        "DURATION_UNITS",
        "APPROXIMATE_NUMBERS",
        "DAY_WORDS",
    ):
        assert all(word == word.lower() for word in getattr(t, name)), name


NUMBER_WORDS = [
    ("fr", "vingt", 20),
    ("fr", "septante", 70),
    ("fr", "nonante", 90),
    ("fr", "quatre-vingt", 80),
    ("fr", "vingt-et-un", 21),
    ("nl", "drieëntwintig", 23),
    ("nl", "vierentwintig", 24),
    ("nl", "tweehonderd", 200),
    ("en", "twenty", 20),
    ("en", "thousand", 1000),
]


@pytest.mark.parametrize(
    ("code", "word", "value"), NUMBER_WORDS, ids=[f"{c[0]}:{c[1]}" for c in NUMBER_WORDS]
)
def test_number_word_values(code: str, word: str, value: int) -> None:
    assert TABLES[code].NUMBER_WORDS[word] == value
