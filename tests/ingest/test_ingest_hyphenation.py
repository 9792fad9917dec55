"""Line-end hyphens: which broken words are joined and which keep their hyphen, per language table."""

from __future__ import annotations

import pytest

from docanalyze.ingest._hyphenation import Vocabulary, drop_soft_hyphens, join_broken, rules_for

# (language, line end, next line, other text of the document, expected join)
CASES = [
    ("fr", "la procé-", "dure d'asile", "", "la procédure d'asile"),
    ("fr", "Monsieur Jean-", "Marie Dubois", "", "Monsieur Jean-Marie Dubois"),
    ("fr", "quatre-", "vingt millions", "", "quatre-vingt millions"),
    ("fr", "quatre-vingt-", "dix places", "", "quatre-vingt-dix places"),
    ("fr", "c'est-à-", "dire", "", "c'est-à-dire"),
    ("fr", "d'héber-", "gement", "", "d'hébergement"),
    ("fr", "le non-", "refoulement", "", "le non-refoulement"),
    ("nl", "terugkeer-", "begeleiding", "", "terugkeerbegeleiding"),
    ("nl", "de EU-", "lidstaten", "", "de EU-lidstaten"),
    ("nl", "het OCMW-", "bestuur", "", "het OCMW-bestuur"),
    ("nl", "niet-", "begeleide minderjarigen", "", "niet-begeleide minderjarigen"),
    ("nl", "Noord-", "Brabant", "", "Noord-Brabant"),
    ("nl", "re-", "integratie", "de re-integratie van", "re-integratie"),
    ("nl", "be-", "oordeling", "een beoordeling van", "beoordeling"),
    ("en", "well-", "known", "", "well-known"),
    ("en", "long-", "term residents", "", "long-term residents"),
    ("en", "applica-", "tion", "", "application"),
    ("en", "2020-", "2024", "", "2020-2024"),
    ("en", "applica\ufffe", "tion", "", "application"),
    ("en", "Jean\ufffe", "Marie", "", "Jean-Marie"),
    ("fr", "procé\u00ad", "dure", "", "procédure"),
]


@pytest.mark.parametrize(("lang", "left", "right", "context", "expected"), CASES, ids=lambda v: str(v))
def test_join_broken(lang: str, left: str, right: str, context: str, expected: str) -> None:
    vocabulary = Vocabulary([left, right, context])
    assert join_broken(left, right, vocabulary, rules_for(lang)) == expected


# (line end, next line) that are no broken word: the caller joins them with a space
NOT_BROKEN = [
    ("no hyphen", "here"),
    ("ends with -", "- dash"),
    ("", "x"),
    ("de in-", "en uitvoer"),
    ("les soins pré-", "et postnatals"),
    ("pre-", "and post-war"),
]


@pytest.mark.parametrize(("left", "right"), NOT_BROKEN)
def test_not_broken(left: str, right: str) -> None:
    assert join_broken(left, right, Vocabulary([]), rules_for("any")) is None


def test_unknown_language_uses_every_table() -> None:
    assert "quatre" in rules_for("de").keep_prefixes and "niet" in rules_for("de").keep_prefixes


def test_soft_hyphens_inside_a_line_are_dropped() -> None:
    assert drop_soft_hyphens("procé\u00addure\ufffe d'accueil\u0002") == "procédure d'accueil"
