"""Figures: (text, expected) tables per language, locale number parsing, and what is not a figure.

Every sentence is written for these tests. An expected figure is (span text, value, kind, unit).
"""

from __future__ import annotations

import re

import pytest

from docanalyze.extract.figures import extract_figures
from docanalyze.extract.numbers import grammar, parse_digits
from docanalyze.models import Segment
from docanalyze.pipeline import analyze_text

Expected = list[tuple[str, float, str, str | None]]

CASES: list[tuple[str, str, Expected]] = [
    # English: comma thousands, dot decimals, money before and after, durations, number words.
    (
        "en",
        "capacity rises from 635 to 1,145 places",
        [("635", 635, "count", None), ("1,145", 1145, "count", None)],
    ),
    ("en", "The fee is € 368 per person.", [("€ 368", 368, "money", "EUR")]),
    (
        "en",
        "a budget of EUR 150 and 2 million euros",
        [("EUR 150", 150, "money", "EUR"), ("2 million euros", 2_000_000, "money", "EUR")],
    ),
    (
        "en",
        "a rise of 2.5% and a fall of -83 %",
        [("2.5%", 2.5, "percentage", "%"), ("-83 %", -83, "percentage", "%")],
    ),
    ("en", "13 per cent of the decisions", [("13 per cent", 13, "percentage", "%")]),
    ("en", "detention of up to 18 months", [("18 months", 18, "duration", "month")]),
    ("en", "The government will build three new closed centres.", [("three", 3, "count", None)]),
    ("en", "a dozen families", [("a dozen", 12, "count", None)]),
    ("en", "twenty-three applicants", [("twenty-three", 23, "count", None)]),
    ("en", "one or two years", [("one", 1, "duration", "year"), ("two years", 2, "duration", "year")]),
    ("en", "until the minor turns 18.", [("18", 18, "duration", "year")]),
    ("en", "a five-year strategy", [("five-year", 5, "duration", "year")]),
    ("en", "US$4.7 billion was pledged", [("US$4.7 billion", 4_700_000_000, "money", "USD")]),
    ("en", "within a month", [("a month", 1, "duration", "month")]),
    ("en", "450 800 third-country nationals", [("450 800", 450_800, "count", None)]),
    # French: dot or space thousands, comma decimals, "1,2 milliard €", "six mois", compounds.
    (
        "fr",
        "La capacité passe de 635 à 1.145 places.",
        [("635", 635, "count", None), ("1.145", 1145, "count", None)],
    ),
    (
        "fr",
        "un coût de 367.000 € et de 1 145 €",
        [("367.000 €", 367_000, "money", "EUR"), ("1 145 €", 1145, "money", "EUR")],
    ),
    (
        "fr",
        "une hausse de 2,5 % en un an",
        [("2,5 %", 2.5, "percentage", "%"), ("un an", 1, "duration", "year")],
    ),
    ("fr", "13 pour cent des demandes", [("13 pour cent", 13, "percentage", "%")]),
    ("fr", "un budget de 1,2 milliard €", [("1,2 milliard €", 1_200_000_000, "money", "EUR")]),
    ("fr", "un million d'euros", [("un million d'euros", 1_000_000, "money", "EUR")]),
    ("fr", "La détention dure six mois.", [("six mois", 6, "duration", "month")]),
    (
        "fr",
        "vingt-trois centres et quatre-vingt-dix places",
        [("vingt-trois", 23, "count", None), ("quatre-vingt-dix", 90, "count", None)],
    ),
    ("fr", "septante-cinq places", [("septante-cinq", 75, "count", None)]),
    ("fr", "vingt et un jours", [("vingt et un jours", 21, "duration", "day")]),
    ("fr", "de 15 à 8 jours", [("15", 15, "duration", "day"), ("8 jours", 8, "duration", "day")]),
    ("fr", "entre 10 et 20 euros", [("10", 10, "money", "EUR"), ("20 euros", 20, "money", "EUR")]),
    ("fr", "un an et demi", [("un an et demi", 1.5, "duration", "year")]),
    ("fr", "une soixantaine de places", [("soixantaine", 60, "count", None)]),
    ("fr", "un cours de 12h/semaine", [("12h", 12, "duration", "hour")]),
    ("fr", "1,145 tonne", [("1,145", 1.145, "count", None)]),
    ("fr", "2.5 % seulement", [("2.5 %", 2.5, "percentage", "%")]),
    # Dutch: "2 miljoen euro", "twee jaar", compounds written as one word.
    ("nl", "Er komt 2 miljoen euro bij.", [("2 miljoen euro", 2_000_000, "money", "EUR")]),
    ("nl", "een wachttijd van twee jaar", [("twee jaar", 2, "duration", "year")]),
    (
        "nl",
        "drieëntwintig plaatsen en 13 procent",
        [("drieëntwintig", 23, "count", None), ("13 procent", 13, "percentage", "%")],
    ),
    ("nl", "1.145 plaatsen en 2,5 %", [("1.145", 1145, "count", None), ("2,5 %", 2.5, "percentage", "%")]),
    ("nl", "een bedrag van 5.930.823,04 euro", [("5.930.823,04 euro", 5_930_823.04, "money", "EUR")]),
    (
        "nl",
        "van acht naar achttien maanden",
        [("acht", 8, "duration", "month"), ("achttien maanden", 18, "duration", "month")],
    ),
    ("nl", "een maand later", [("een maand", 1, "duration", "month")]),
    ("nl", "één systeem", [("één", 1, "count", None)]),
    ("nl", "een vijftigtal dagen", [("vijftigtal dagen", 50, "duration", "day")]),
    ("nl", "30 à 35 personen", [("30", 30, "count", None), ("35", 35, "count", None)]),
    ("nl", "tweehonderd vijftig aanvragen", [("tweehonderd vijftig", 250, "count", None)]),
    # A homograph number word counts before a unit or a counted noun.
    ("nl", "acht maanden later", [("acht maanden", 8, "duration", "month")]),
    ("nl", "acht gesloten centra", [("acht", 8, "count", None)]),
    ("fr", "neuf demandeurs", [("neuf", 9, "count", None)]),
    # Scale letters are case-sensitive (the patterns are not): `6m` is no million, and no crash either.
    ("en", "10K applicants behind a 6m fence", [("10K", 10_000, "count", None)]),
    ("nl", "een hek van 4m en 1.5BN", []),
]

# Not figures: references, identifiers, ordinals, list numbering, articles, clock times, years.
NEGATIVES: list[tuple[str, str]] = [
    ("nl", "De Raad acht het beroep gegrond, zoals de minister het nodig acht."),
    ("fr", "Le centre est neuf."),
    ("en", "Article 74/14 and section 3 of the Act."),
    ("en", "See p. 179 and pp. 12-15."),
    ("en", "Regulation 604/2013 and Directive 2013/33/EU."),
    ("en", "ECLI:BE:RVSCE:2019:ARR.245.678"),
    ("en", "Call +32 2 123 45 67 or IBAN BE68 5390 0754 7034."),
    ("en", "the 3rd report and the 21st meeting"),
    ("en", "the twenty-fifth session"),
    ("en", "one of the main reasons"),
    ("en", "an application and a decision"),
    ("en", "COVID-19 and the 9bis procedure"),
    ("en", "as footnote[12] says"),
    ("en", "In 2024 the rules changed."),
    ("fr", "l'article 27, § 2, alinéa 4, de la loi"),
    ("fr", "le dossier n° 73.025 et le n° 215"),
    ("fr", "une demande et une décision"),
    ("fr", "la troisième réforme"),
    ("fr", "1. Le contexte"),
    ("fr", "2) La réforme"),
    ("fr", "rendez-vous à 14h30"),
    ("fr", "tél. 02 123 45 67"),
    ("fr", "1000 Bruxelles"),
    ("fr", "l'arrêt 1/2012 et le rôle P.19.0490.F"),
    ("nl", "artikel 9bis, lid 2, en nr. 200.933"),
    ("nl", "een aanvraag en een beslissing"),
    ("nl", "de eerste en de tweede vraag"),
    ("nl", "om acht uur 's morgens"),
    ("nl", "Zie AC 2018, nr. 674."),
]


def _run(text: str, lang: str) -> Expected:
    figures = extract_figures(text, [Segment(0, len(text), lang)])
    for f in figures:
        assert text[f.start : f.end] == f.text
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    return [(f.text, f.value, f.kind, f.unit) for f in figures]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_figures(lang: str, text: str, expected: Expected) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), NEGATIVES, ids=[f"{c[0]}:{c[1]}" for c in NEGATIVES])
def test_not_figures(lang: str, text: str) -> None:
    assert _run(text, lang) == []


QUANTITIES = [
    ("en", "1,145 places", "place"),
    ("en", "three new closed centres", "centre"),
    ("fr", "3.686 demandes", "demande"),
    ("nl", "250 aanvragen", "aanvraag"),
    ("nl", "355 personen", "persoon"),
]

RANGE_QUANTITIES = [
    ("en", "from the current 600 places to around 1,100.", ["place", "place"]),
    ("fr", "de 28 180 places à environ 36 205.", ["place", "place"]),
    ("nl", "van 30 tot 35 personen", ["persoon", "persoon"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "quantities"), RANGE_QUANTITIES, ids=[f"{c[0]}:{c[1]}" for c in RANGE_QUANTITIES]
)
def test_range_shares_its_noun(lang: str, text: str, quantities: list[str]) -> None:
    assert [f.quantity for f in extract_figures(text, [Segment(0, len(text), lang)])] == quantities


@pytest.mark.parametrize(("lang", "text", "quantity"), QUANTITIES, ids=[f"{c[0]}:{c[1]}" for c in QUANTITIES])
def test_quantity(lang: str, text: str, quantity: str) -> None:
    (figure,) = extract_figures(text, [Segment(0, len(text), lang)])
    assert figure.quantity == quantity


NUMBERS = [
    ("en", "1,145", 1145),
    ("en", "1.145", 1.145),
    ("en", "0,5", 0.5),
    ("en", "100,000.5", 100000.5),
    ("fr", "1.145", 1145),
    ("fr", "1,145", 1.145),
    ("fr", "1 145", 1145),
    ("fr", "1\u00a0145", 1145),
    ("fr", "1\u202f145", 1145),
    ("fr", "6.700,54", 6700.54),
    ("fr", "1,200,000", 1200000),
    ("fr", "2.5", 2.5),
    ("nl", "3.000.000", 3000000),
    ("nl", ",77", 0.77),
]


@pytest.mark.parametrize(("lang", "raw", "value"), NUMBERS, ids=[f"{c[0]}:{c[1]}" for c in NUMBERS])
def test_locale_numbers(lang: str, raw: str, value: float) -> None:
    g = grammar(lang)
    assert re.fullmatch(g.digits, raw)
    assert parse_digits(raw, g.decimal) == value


WORDS = [
    ("en", "seven hundred twenty-one thousand and twelve", [721012]),
    ("en", "two three", [2, 3]),
    ("fr", "un million deux cent mille", [1200000]),
    ("fr", "quatre-vingt-dix-neuf", [99]),
    ("fr", "soixante dix huit", [78]),
    ("nl", "honderd twee en twintig", [122]),
    ("nl", "drieduizend", [3000]),
]


@pytest.mark.parametrize(("lang", "words", "values"), WORDS, ids=[f"{c[0]}:{c[1]}" for c in WORDS])
def test_number_words(lang: str, words: str, values: list[int]) -> None:
    assert [v for _, _, v in grammar(lang).read_words(words)] == values


def test_pipeline_drops_figures_inside_dates() -> None:
    doc = analyze_text("Op 18 juli 2025 besliste de regering over 1.145 plaatsen.\n", lang="nl")
    assert [f.text for f in doc.figures] == ["1.145"]
    assert [d.text for d in doc.dates] == ["18 juli 2025"]
