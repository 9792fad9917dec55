"""Dates: (text, expected) tables per language, span conventions of corpora FORMAT.md, and negatives.

Every sentence is written for these tests. An expected date is (span text, ISO value); `inferred` cases
say which dates take their year from the context.
"""

from __future__ import annotations

import pytest

from docanalyze.extract.dates import extract_dates, year_role
from docanalyze.models import Segment

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # English: words, digits, ordinals, month-first with a year, ranges, vague words, years in context.
    ("en", "The law was adopted on 18 July 2025.", [("18 July 2025", "2025-07-18")]),
    ("en", "It entered into force on July 18, 2025, after a vote.", [("July 18, 2025", "2025-07-18")]),
    ("en", "Since the 1st of May 2024 the rule applies.", [("1st of May 2024", "2024-05-01")]),
    ("en", "The report of 3 Sept. 2024 was late.", [("3 Sept. 2024", "2024-09-03")]),
    ("en", "Last updated: 24/06/25.", [("24/06/25", "2025-06-24")]),
    (
        "en",
        "Figures as of 31.12.2024 and 2024-12-31.",
        [("31.12.2024", "2024-12-31"), ("2024-12-31", "2024-12-31")],
    ),
    ("en", "In March 2023 the centre opened.", [("March 2023", "2023-03")]),
    ("en", "Applications rose in 2024.", [("2024", "2024")]),
    ("en", "between 2014 and 2018 the number fell", [("2014", "2014"), ("2018", "2018")]),
    ("en", "The 2021-2025 plan ends.", [("2021", "2021"), ("2025", "2025")]),
    ("en", "By mid 2021 and mid-2022 the backlog grew.", [("2021", "2021"), ("2022", "2022")]),
    ("en", "the 1951 Geneva Convention", [("1951", "1951")]),
    ("en", "the Federal Coalition Agreement 2025–2029", [("2025", "2025"), ("2029", "2029")]),
    ("en", "The 2024-25 season", [("2024", "2024"), ("25", "2025")]),
    # French: 1er, abbreviations, ranges of days, vague words, "en 2023".
    ("fr", "La réforme entre en vigueur le 1er janvier 2026.", [("1er janvier 2026", "2026-01-01")]),
    ("fr", "Le rapport du 3 déc. 2024 est publié.", [("3 déc. 2024", "2024-12-03")]),
    (
        "fr",
        "L'arrêté du 12 janv. 2025 et celui du 4 févr. 2025.",
        [("12 janv. 2025", "2025-01-12"), ("4 févr. 2025", "2025-02-04")],
    ),
    (
        "fr",
        "Le festival a lieu du 13-15 juillet 2024.",
        [("13", "2024-07-13"), ("15 juillet 2024", "2024-07-15")],
    ),
    ("fr", "du 13 au 15 juillet 2024", [("13", "2024-07-13"), ("15 juillet 2024", "2024-07-15")]),
    ("fr", "En 2023, les demandes ont augmenté.", [("2023", "2023")]),
    ("fr", "Le plan court de 2021 à 2025.", [("2021", "2021"), ("2025", "2025")]),
    ("fr", "entre 2014 et 2018", [("2014", "2014"), ("2018", "2018")]),
    ("fr", "Les centres fermeront fin 2025.", [("2025", "2025")]),
    ("fr", "Depuis juin 2025, la procédure change.", [("juin 2025", "2025-06")]),
    ("fr", "la loi du 15 décembre 1980", [("15 décembre 1980", "1980-12-15")]),
    ("fr", "Le 20/02/14 et le 31-10-74.", [("20/02/14", "2014-02-20"), ("31-10-74", "1974-10-31")]),
    # Dutch: month names, "in maart 2023", "sinds 2021", "van .. tot ..", "begin/eind".
    ("nl", "De wet van 18 juli 2025 is gepubliceerd.", [("18 juli 2025", "2025-07-18")]),
    ("nl", "Het verslag van 2 okt. 2024 volgt.", [("2 okt. 2024", "2024-10-02")]),
    ("nl", "In maart 2023 werd het centrum geopend.", [("maart 2023", "2023-03")]),
    ("nl", "Sinds 2021 stijgt het aantal.", [("2021", "2021")]),
    ("nl", "van 2014 tot 2018", [("2014", "2014"), ("2018", "2018")]),
    ("nl", "tussen 2014 en 2018", [("2014", "2014"), ("2018", "2018")]),
    ("nl", "Begin 2024 en eind 2023 waren er tekorten.", [("2024", "2024"), ("2023", "2023")]),
    (
        "nl",
        "Van 14 t/m 15 oktober 2024 overlegden de ministers.",
        [("14", "2024-10-14"), ("15 oktober 2024", "2024-10-15")],
    ),
    (
        "nl",
        "Op 18de juli 2014 en op 31.10.1974.",
        [("18de juli 2014", "2014-07-18"), ("31.10.1974", "1974-10-31")],
    ),
]

# Not dates: durations, years inside identifiers, page and article numbers, decision numbers, counts.
NEGATIVES: list[tuple[str, str]] = [
    ("en", "The detention lasts 18 months at most."),
    ("en", "Regulation 604/2013 and Directive 2013/33/EU apply."),
    ("en", "See ECLI:BE:RVSCE:2019:ARR.245.678 and p. 179."),
    ("en", "Funding for 2000 people was approved."),
    ("en", "It costs 2000 euros per person."),
    ("en", "Article 74 and section 15 apply."),
    ("en", "The judgment P.19.0490.F was quashed."),
    ("fr", "Voir Pas. 2020, n° 215 et l'arrêt n° 1/2012."),
    ("fr", "Il faut six mois et trois semaines."),
    ("fr", "pour 2000 personnes"),
    ("fr", "l'article 27 et la page 12"),
    ("nl", "Zie AC 2018, nr. 674 en artikel 74/14."),
    ("nl", "De termijn bedraagt twee jaar."),
    ("nl", "In de jaren 1980 en tijdens COVID-19."),
    ("fr", "dans les années 1990"),
    ("en", "in the 1980s"),
]

# Dates without a written year: (lang, text, document_date, expected (span, value, inferred)).
INFERRED: list[tuple[str, str, str | None, list[tuple[str, str, bool]]]] = [
    ("fr", "Le 3 décembre, le ministre a répondu.", "2024-11-06", [("3 décembre", "2024-12-03", True)]),
    ("nl", "Op 5 september sliepen er mensen buiten.", "2025-11-12", [("5 september", "2025-09-05", True)]),
    (
        "nl",
        "in de nacht van 5 op 6 september",
        "2024-11-06",
        [("5", "2024-09-05", True), ("6 september", "2024-09-06", True)],
    ),
    (
        "fr",
        "Commission du 6 novembre 2024. Le 3 décembre, la réponse viendra.",
        None,
        [("6 novembre 2024", "2024-11-06", False), ("3 décembre", "2024-12-03", True)],
    ),
    (
        "nl",
        "Begin juli en midden september was de opvang vol.",
        "2024-11-06",
        [("juli", "2024-07", True), ("september", "2024-09", True)],
    ),
    (
        "fr",
        "qu'en juin et à la mi-mars",
        "2025-01-01",
        [("juin", "2025-06", True), ("mars", "2025-03", True)],
    ),
    (
        "nl",
        "Het besluit van 2 augustus 2002. Het besluit van 2 augustus werd gewijzigd.",
        "2025-11-12",
        [("2 augustus 2002", "2002-08-02", False), ("2 augustus", "2002-08-02", True)],
    ),
    (
        "en",
        "From 1 January to 31 March 2024 the centre was closed.",
        None,
        [("1 January", "2024-01-01", True), ("31 March 2024", "2024-03-31", False)],
    ),
    ("en", "On July 14th the decision came.", "2023-02-01", [("July 14th", "2023-07-14", True)]),
]


def _run(text: str, lang: str, document_date: str | None = None) -> list[tuple[str, str]]:
    dates = extract_dates(text, [Segment(0, len(text), lang)], document_date=document_date)
    for d in dates:
        assert text[d.start : d.end] == d.text
    assert [d.start for d in dates] == sorted(d.start for d in dates)
    return [(d.text, d.value) for d in dates]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _run(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), NEGATIVES, ids=[f"{c[0]}:{c[1]}" for c in NEGATIVES])
def test_not_dates(lang: str, text: str) -> None:
    assert _run(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "document_date", "expected"), INFERRED, ids=[f"{c[0]}:{c[1]}" for c in INFERRED]
)
def test_inferred_year(
    lang: str, text: str, document_date: str | None, expected: list[tuple[str, str, bool]]
) -> None:
    dates = extract_dates(text, [Segment(0, len(text), lang)], document_date=document_date)
    assert [(d.text, d.value, d.inferred) for d in dates] == expected


GRANULARITY = [
    ("en", "on 18 July 2025", "day"),
    ("fr", "en juin 2025", "month"),
    ("nl", "sinds 2021", "year"),
]


@pytest.mark.parametrize(
    ("lang", "text", "granularity"), GRANULARITY, ids=[f"{c[0]}:{c[1]}" for c in GRANULARITY]
)
def test_granularity(lang: str, text: str, granularity: str) -> None:
    (date,) = extract_dates(text, [Segment(0, len(text), lang)])
    assert date.granularity == granularity


def test_segments_keep_their_language() -> None:
    text = "Le 3 mars 2025.\nOp 4 maart 2025."
    segments = [Segment(0, 15, "fr"), Segment(16, len(text), "nl")]
    assert [d.value for d in extract_dates(text, segments)] == ["2025-03-03", "2025-03-04"]


def test_no_year_anywhere_drops_the_date() -> None:
    assert _run("Le 3 décembre, rien.", "fr") == []


ROLES = [
    ("fr", "en 2023 les", "date"),
    ("fr", "pour 2000 personnes", "count"),
    ("en", "of 2000 euros", "count"),
    ("fr", "Pas. 2020, n° 215", "reference"),
]


@pytest.mark.parametrize(("lang", "text", "role"), ROLES, ids=[f"{c[0]}:{c[1]}" for c in ROLES])
def test_year_role(lang: str, text: str, role: str) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert year_role(text, start, start + 4, 0, lang) == role
