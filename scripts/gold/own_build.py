"""Build the gold files of our own evaluation texts (corpora/gold/own/) from the annotation specs below.

Why: offsets written by hand go wrong; here every span is given as text and found in the document,
searching forward from the previous annotation of the same type (so specs list annotations in document
order per type), with word-boundary checks so that `2012` never matches inside `1/2012`. The texts are
our own (written for evaluation), so the gold keeps a `text` field on every record except themes.

usage: python scripts/gold/own_build.py [--check] [--candidates]
  --check       run shared/corpora/check_gold.py on every file written
  --candidates  list digits, number words, month names and legal cue words outside every span
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OWN = REPO / "corpora" / "gold" / "own"
CHECKER = Path("/work/shared/corpora/check_gold.py")
TYPES = ["date", "figure", "legal", "theme", "measure"]
SOURCE = (
    "own text written by the docanalyze team for evaluation (fictional summaries; not from shared/corpora)"
)
DURATION_UNITS = {"hour", "day", "week", "month", "year"}
# One letter per theme label: r=reception, s=residence, a=asylum, d=detention, "-" = none.
CODES = {"r": "reception", "s": "residence", "a": "asylum", "d": "detention"}
ORDER = ["reception", "residence", "asylum", "detention"]
# End of a sentence: a stop followed by a space and a capital (or a quote), or the end of the line.
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«\"(]|\s*$)", re.M)
# Candidates for the review listing: digit runs, number words, month names and legal cue words.
CANDIDATE_RE = re.compile(
    r"\d+|\b(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertig|honderd|duizend|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|trente|cent|mille|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|thirty|hundred|zero|"
    r"achttien|dix-huit|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"January|February|March|May|June|July|August|October|November|"
    r"art\w*|wet\w*|loi|\w*richtlijn|directive|Directive|verordening|règlement|Regulation|Act|"
    r"Convention|CEDH|EVRM|ECHR|Charter|Charte|Handvest|Constitution|Grondwet|Pact\w*|Migratiepact|"
    r"RvV|RvS|CCE|CE|Cass|GwH|Cour|Court|Hof|ECLI|besluit|arrêté|instruction)\b",
    re.I,
)


def D(text: str, value: str, inferred: bool = False, nth: int = 1) -> dict[str, Any]:
    """A date."""
    rec: dict[str, Any] = {"type": "date", "text": text, "value": value, "_nth": nth}
    if inferred:
        rec["inferred"] = True
    return rec


def F(text: str, value: float, unit: str | None = None, quantity: str | None = None, nth: int = 1) -> dict:
    """A figure; the kind follows from the unit (EUR money, % percentage, a time unit duration, else count)."""
    if unit == "%":
        kind = "percentage"
    elif unit in DURATION_UNITS:
        kind = "duration"
    elif unit is None:
        kind = "count"
    else:
        kind = "money"
    rec: dict[str, Any] = {
        "type": "figure",
        "text": text,
        "value": value,
        "unit": unit,
        "kind": kind,
        "_nth": nth,
    }
    if quantity:
        rec["quantity"] = quantity
    return rec


def A(
    text: str,
    articles: list[str],
    instrument: str | None,
    paragraph: str | None = None,
    rng: bool = False,
    nth: int = 1,
) -> dict[str, Any]:
    """A legal reference of kind article."""
    rec: dict[str, Any] = {
        "type": "legal",
        "text": text,
        "kind": "article",
        "articles": articles,
        "paragraph": paragraph,
        "instrument": instrument,
        "_nth": nth,
    }
    if rng:
        rec["range"] = True
    return rec


def INS(text: str, instrument: str | None, nth: int = 1) -> dict[str, Any]:
    """A legal reference of kind instrument."""
    return {"type": "legal", "text": text, "kind": "instrument", "instrument": instrument, "_nth": nth}


def DEC(text: str, court: str, date: str | None, number: str | None, nth: int = 1) -> dict[str, Any]:
    """A legal reference of kind decision."""
    return {
        "type": "legal",
        "text": text,
        "kind": "decision",
        "court": court,
        "date": date,
        "number": number,
        "_nth": nth,
    }


def E(text: str, court: str) -> dict[str, Any]:
    """An ECLI."""
    return {"type": "legal", "text": text, "kind": "ecli", "court": court, "_nth": 1}


def M(start: str, action: str, themes: str, end: str | None = None) -> dict[str, Any]:
    """A measure from `start` to `end` (inclusive), or to the end of its sentence."""
    return {"type": "measure", "_start": start, "_end": end, "action": action, "themes": labels(themes)}


def labels(codes: str) -> list[str]:
    return [] if codes == "-" else sorted({CODES[c] for c in codes}, key=ORDER.index)


ALIENS, RECEPTION, ECHR = "be-aliens-act-1980", "be-reception-act-2007", "echr"
RETURN_DIR, RECEPTION_DIR, CHARTER = "eu-return-directive", "eu-reception-directive", "eu-charter"
PACT, DUBLIN, RETURN_LAW = "eu-pact-2024", "eu-dublin-iii", "be-proactive-return-act-2024"
CALL, COS, CC, CASS = "be-call", "be-council-of-state", "be-constitutional-court", "be-court-of-cassation"

DOCS: dict[str, dict[str, Any]] = {}

DOCS["rechtspraak-vasthouding-9ter-gezinshereniging.nl"] = {
    "lang": "nl",
    "themes": "sd sd d d d ad d s s s s s s ra rad - rad",
    "items": [
        D("2012", "2012"),
        D("2025", "2025"),
        D("15 januari 2026", "2026-01-15"),
        DEC("Cass. 28 november 2018, AR P.18.1154.N", CASS, "2018-11-28", "P.18.1154.N"),
        D("28 november 2018", "2018-11-28"),
        E("ECLI:BE:CASS:2018:ARR.20181128.2N.7", CASS),
        A("artikel 7, derde lid, van de wet van 15 december 1980", ["7"], ALIENS),
        D("15 december 1980", "1980-12-15"),
        A("artikel 72, tweede lid, Vreemdelingenwet", ["72"], ALIENS),
        A("artikel 5.4 EVRM", ["5.4"], ECHR),
        DEC("RvV 12 oktober 2018, nr. 210 906", CALL, "2018-10-12", "210 906"),
        D("12 oktober 2018", "2018-10-12"),
        A("artikel 74/14, §3, 1°, Vreemdelingenwet", ["74/14"], ALIENS, "3"),
        F("dertig dagen", 30, "day"),
        A("artikel 7 van de Terugkeerrichtlijn 2008/115/EG", ["7"], RETURN_DIR),
        F("zeven", 7, "day"),
        F("dertig dagen", 30, "day"),
        DEC("Cass. 3 april 2024, AR P.24.0391.N", CASS, "2024-04-03", "P.24.0391.N"),
        D("3 april 2024", "2024-04-03"),
        E("ECLI:BE:CASS:2024:ARR.20240403.2N.12", CASS),
        A("artikel 74/6, §1, eerste lid, van de wet van 15 december 1980", ["74/6"], ALIENS, "1"),
        D("15 december 1980", "1980-12-15"),
        F("twee maanden", 2, "month"),
        A("artikel 15.1 van de Terugkeerrichtlijn 2008/115/EG", ["15.1"], RETURN_DIR),
        DEC("GwH 11 januari 2012, nr. 1/2012", CC, "2012-01-11", "1/2012"),
        D("11 januari 2012", "2012-01-11"),
        DEC("RvV 7 februari 2025, nr. 321 447", CALL, "2025-02-07", "321 447"),
        D("7 februari 2025", "2025-02-07"),
        A("artikel 3 EVRM", ["3"], ECHR),
        A("artikel 39/57, §1, derde lid, Vreemdelingenwet", ["39/57"], ALIENS, "1"),
        F("tien dagen", 10, "day"),
        F("vijf dagen", 5, "day"),
        A("artikel 9ter", ["9ter"], ALIENS),
        DEC("RvS 9 april 2020, nr. 247.404", COS, "2020-04-09", "247.404"),
        D("9 april 2020", "2020-04-09"),
        E("ECLI:BE:RVSCE:2020:ARR.247.404", COS),
        A("artikel 9ter Vreemdelingenwet", ["9ter"], ALIENS),
        A("artikel 3 EVRM", ["3"], ECHR),
        DEC("RvV 24 juni 2021, nr. 256 431", CALL, "2021-06-24", "256 431"),
        D("24 juni 2021", "2021-06-24"),
        F("450 euro", 450, "EUR"),
        A("artikel 7 van het koninklijk besluit van 17 mei 2007", ["7"], None),
        D("17 mei 2007", "2007-05-17"),
        F("drie maanden", 3, "month"),
        A("artikel 9ter, §1, eerste lid, Vreemdelingenwet", ["9ter"], ALIENS, "1"),
        DEC("RvV 8 maart 2022, nr. 269 112", CALL, "2022-03-08", "269 112"),
        D("8 maart 2022", "2022-03-08"),
        A("artikelen 40bis en 40ter Vw.", ["40bis", "40ter"], ALIENS),
        F("120 %", 120, "%"),
        A("artikel 14, §1, 3°, van de wet van 26 mei 2002", ["14"], None, "1"),
        D("26 mei 2002", "2002-05-26"),
        A("artikel 42, §1, tweede lid, Vw.", ["42"], ALIENS, "1"),
        F("zes maanden", 6, "month"),
        A("artikel 8 EVRM", ["8"], ECHR),
        DEC("GwH 26 september 2013, nr. 121/2013", CC, "2013-09-26", "121/2013"),
        D("26 september 2013", "2013-09-26"),
        INS("wet van 8 juli 2011", None),
        D("8 juli 2011", "2011-07-08"),
        INS("wet van 15 december 1980", ALIENS),
        D("15 december 1980", "1980-12-15"),
        DEC("RvV 19 mei 2023, nr. 289 505", CALL, "2023-05-19", "289 505"),
        D("19 mei 2023", "2023-05-19"),
        INS("Dublin III-verordening (nr. 604/2013)", DUBLIN),
        D("december 2022", "2022-12"),
        A("artikel 51/5 Vreemdelingenwet", ["51/5"], ALIENS),
        A("artikel 3.2 van de Dublin III-verordening", ["3.2"], DUBLIN),
        A("artikel 4 van het Handvest van de grondrechten van de Europese Unie", ["4"], CHARTER),
        F("elf maanden", 11, "month"),
        INS("Opvangwet", RECEPTION),
        INS("wet van 12 mei 2024", RETURN_LAW),
        D("12 mei 2024", "2024-05-12"),
        M("Bij de wet van 12 mei 2024", "require", "d"),
        D("31 januari 2025", "2025-01-31"),
        M("Het regeerakkoord van 31 januari 2025", "extend", "d"),
        F("acht", 8, "month"),
        F("achttien maanden", 18, "month"),
        D("10 juli 2025", "2025-07-10"),
        M("Op 10 juli 2025 keurde de Kamer", "restrict", "ra"),
    ],
}

DOCS["antwoord-minister-opvang-terugkeer.nl"] = {
    "lang": "nl",
    "themes": "rd rd r ra r ra r d d d d d - ra - rd -",
    "items": [
        D("18 februari 2026", "2026-02-18"),
        D("1 februari 2026", "2026-02-01"),
        F("33.850", 33850, None, "plaats"),
        F("36.100", 36100, None, "plaats"),
        D("1 januari 2025", "2025-01-01"),
        F("94,2 %", 94.2, "%"),
        D("2021", "2021"),
        D("2024", "2024"),
        D("2025", "2025"),
        F("18 %", 18, "%"),
        F("31.200", 31200, None, "verzoek"),
        M("Ik heb beslist om de noodopvang", "abolish", "r"),
        D("1 maart 2026", "2026-03-01"),
        M("Op 1 maart 2026 sluiten", "decrease", "r"),
        F("twee", 2, None, "hotel"),
        F("410", 410, None, "plaats"),
        D("2026", "2026"),
        M("Tegelijk openen wij", "introduce", "r"),
        F("drie", 3, None, "centrum"),
        F("300", 300, None, "plaats"),
        F("84 euro", 84, "EUR"),
        F("52 euro", 52, "EUR"),
        M("Alleenstaande mannen die al bescherming", "restrict", "r"),
        INS("wet van 18 juli 2025", None),
        D("18 juli 2025", "2025-07-18"),
        INS("Opvangwet", RECEPTION),
        M("De wet van 18 juli 2025", "restrict", "r"),
        F("1.240", 1240, None, "persoon"),
        M("Ik wijs erop dat kwetsbare", "allow", "r"),
        D("15 februari 2026", "2026-02-15"),
        F("2.380", 2380, None, "naam"),
        F("3.000", 3000, None, "naam"),
        D("2025", "2025"),
        F("zes maanden", 6, "month"),
        F("elf weken", 11, "week"),
        D("2027", "2027"),
        M("Ik wil dat elke verzoeker", "decrease", "r"),
        F("drie werkdagen", 3, "day"),
        D("2025", "2025"),
        F("4.215", 4215, None, "persoon"),
        F("9 %", 9, "%"),
        D("2024", "2024"),
        F("3.460", 3460, None, "verwijdering"),
        F("11.700", 11700, None, "gesprek"),
        D("1 april 2026", "2026-04-01"),
        M("Vanaf 1 april 2026 verhogen wij", "increase", "d"),
        F("68", 68, None, "coach"),
        F("110", 110, None, "coach"),
        F("20.000", 20000, None, "inwoner"),
        INS("wet van 12 mei 2024", RETURN_LAW),
        D("12 mei 2024", "2024-05-12"),
        M("De wet van 12 mei 2024 verplicht", "require", "d"),
        A("artikel 74/22 van de wet van 15 december 1980", ["74/22"], ALIENS),
        D("15 december 1980", "1980-12-15"),
        M("Met toepassing van artikel 74/22", "require", "d"),
        A("artikel 15 van de Terugkeerrichtlijn", ["15"], RETURN_DIR),
        M("Wie dat traject weigert", "allow", "d"),
        F("776", 776, None, "plaats"),
        F("1.145", 1145, None, "plaats"),
        D("2030", "2030"),
        M("Het masterplan voorziet", "increase", "d"),
        D("september 2026", "2026-09"),
        F("200", 200, None, "plaats"),
        F("144", 144, None, "plaats"),
        D("2027", "2027"),
        M("Het centrum in Jabbeke opent", "introduce", "d"),
        F("twaalf maanden", 12, "month"),
        M("Ik heb de Regie der Gebouwen", "other", "d"),
        D("2025", "2025"),
        F("41 dagen", 41, "day"),
        M("Voor gezinnen met minderjarige kinderen blijft", "other", "d"),
        F("28", 28, None, "unit"),
        F("40", 40, None, "unit"),
        F("zes", 6, None, "stad"),
        M("Wij breiden de terugkeerwoningen", "increase", "d"),
        INS("Migratiepact", PACT),
        D("12 juni 2026", "2026-06-12"),
        F("1.100", 1100, None, "plaats"),
        M("Het Migratiepact, dat op", "require", "a"),
        INS("Vreemdelingenwet", ALIENS),
        INS("Opvangwet", RECEPTION),
        M("Wij passen de Vreemdelingenwet", "other", "ra"),
        INS("Dublin III-verordening", DUBLIN),
        D("2026", "2026"),
        F("1,42 miljard euro", 1_420_000_000, "EUR"),
        F("160 miljoen euro", 160_000_000, "EUR"),
        D("2025", "2025"),
        M("De begroting van Fedasil bedraagt", "decrease", "r"),
        F("74,5 miljoen euro", 74_500_000, "EUR"),
        F("12 %", 12, "%"),
        M("Voor terugkeer trekken wij", "increase", "d"),
        F("€ 9.800.000", 9_800_000, "EUR"),
        F("250 euro", 250, "EUR"),
        F("125 euro", 125, "EUR"),
        M("Van dat bedrag gaat", "other", "d"),
        D("juni 2026", "2026-06"),
        D("31 mei 2026", "2026-05-31"),
    ],
}

DOCS["jurisprudence-sejour-eloignement-accueil.fr"] = {
    "lang": "fr",
    "themes": "rsd rsd s s s s d d sd r r r ra - sd - asd",
    "items": [
        D("1998", "1998"),
        D("2025", "2025"),
        D("20 janvier 2026", "2026-01-20"),
        DEC("CE, 9 avril 1998, n° 73.025", COS, "1998-04-09", "73.025"),
        D("9 avril 1998", "1998-04-09"),
        A("article 9, alinéa 3, de la loi du 15 décembre 1980", ["9"], ALIENS),
        D("15 décembre 1980", "1980-12-15"),
        A("article 9bis", ["9bis"], ALIENS),
        DEC("CE, 11 décembre 2009, n° 198.769", COS, "2009-12-11", "198.769"),
        D("11 décembre 2009", "2009-12-11"),
        INS("instruction du 19 juillet 2009", None),
        D("19 juillet 2009", "2009-07-19"),
        A("article 9bis de la loi du 15 décembre 1980", ["9bis"], ALIENS),
        D("15 décembre 1980", "1980-12-15"),
        DEC("CCE 8 mars 2018, n° 200.933", CALL, "2018-03-08", "200.933"),
        D("8 mars 2018", "2018-03-08"),
        F("onze ans", 11, "year"),
        F("366 €", 366, "EUR"),
        A("article 8 de la CEDH", ["8"], ECHR),
        DEC("CCE 14 septembre 2023, n° 294 118", CALL, "2023-09-14", "294 118"),
        D("14 septembre 2023", "2023-09-14"),
        F("trente jours", 30, "day"),
        A("article 74/14, §1er, 2°", ["74/14"], ALIENS, "1"),
        A("article 74/13 de la loi du 15 décembre 1980", ["74/13"], ALIENS),
        D("15 décembre 1980", "1980-12-15"),
        A("article 3 de la Convention relative aux droits de l'enfant", ["3"], "un-crc"),
        DEC("CCE 2 février 2024, n° 301 556", CALL, "2024-02-02", "301 556"),
        D("2 février 2024", "2024-02-02"),
        A("articles 40ter et 42 de la loi du 15 décembre 1980", ["40ter", "42"], ALIENS),
        D("15 décembre 1980", "1980-12-15"),
        F("six mois", 6, "month"),
        A("articles 7 et 8 de la directive 2008/115/CE", ["7", "8"], RETURN_DIR),
        A("article 5", ["5"], RETURN_DIR),
        DEC("Cour constitutionnelle, arrêt n° 54/2024 du 23 mai 2024", CC, "2024-05-23", "54/2024"),
        D("23 mai 2024", "2024-05-23"),
        INS("loi du 12 janvier 2007", RECEPTION),
        D("12 janvier 2007", "2007-01-12"),
        A("articles 17 à 20 de la directive 2013/33/UE", ["17", "20"], RECEPTION_DIR, rng=True),
        DEC("Cour de justice du 12 novembre 2019, Haqbin, C-233/18", "cjeu", "2019-11-12", "C-233/18"),
        D("12 novembre 2019", "2019-11-12"),
        DEC("CE, 26 juin 2025, n° 263.807", COS, "2025-06-26", "263.807"),
        D("26 juin 2025", "2025-06-26"),
        A("article 6, §1er, de la loi du 12 janvier 2007", ["6"], RECEPTION, "1"),
        D("12 janvier 2007", "2007-01-12"),
        A("article 18 de la directive 2013/33/UE", ["18"], RECEPTION_DIR),
        F("2.900", 2900, None, "demandeur"),
        DEC("CCE 17 octobre 2024, n° 315 240", CALL, "2024-10-17", "315 240"),
        D("17 octobre 2024", "2024-10-17"),
        INS("règlement (UE) n° 604/2013", DUBLIN),
        A("article 17.1", ["17.1"], DUBLIN),
        A("article 3 de la CEDH", ["3"], ECHR),
        A("article 4 de la Charte des droits fondamentaux de l'Union européenne", ["4"], CHARTER),
        F("deux semaines", 2, "week"),
        DEC("CCE 5 mars 2025, n° 322 901", CALL, "2025-03-05", "322 901"),
        D("5 mars 2025", "2025-03-05"),
        F("trente jours", 30, "day"),
        F("dix jours", 10, "day"),
        A("article 39/57 de la loi du 15 décembre 1980", ["39/57"], ALIENS),
        D("15 décembre 1980", "1980-12-15"),
        INS("arrêté royal du 8 octobre 1981", "be-aliens-decree-1981"),
        D("8 octobre 1981", "1981-10-08"),
        INS("loi du 12 mai 2024", RETURN_LAW),
        D("12 mai 2024", "2024-05-12"),
        M("Par la loi du 12 mai 2024", "require", "d"),
        INS("arrêté royal du 3 septembre 2025", None),
        D("3 septembre 2025", "2025-09-03"),
        A("article 9bis", ["9bis"], ALIENS),
        F("366 €", 366, "EUR"),
        F("480 €", 480, "EUR"),
        D("1er janvier 2026", "2026-01-01"),
        M("Un arrêté royal du 3 septembre 2025", "increase", "s"),
        D("14 novembre 2025", "2025-11-14"),
        INS("Pacte sur la migration et l'asile", PACT),
        D("12 juin 2026", "2026-06-12"),
        M("Le gouvernement a annoncé, le 14 novembre 2025", "introduce", "a"),
    ],
}

DOCS["note-ong-crise-accueil-reforme-2026.fr"] = {
    "lang": "fr",
    "themes": "r - r r r - r ra r rd r ra - r r - ra",
    "items": [
        D("2026", "2026"),
        D("février 2026", "2026-02"),
        F("quatre ans", 4, "year"),
        D("2021", "2021"),
        D("octobre 2021", "2021-10"),
        D("décembre 2025", "2025-12"),
        F("9.500", 9500, None, "dossier"),
        DEC("Camara c. Belgique, 18 juillet 2023, n° 49255/22", "echr-court", "2023-07-18", "49255/22"),
        D("18 juillet 2023", "2023-07-18"),
        D("31 décembre 2025", "2025-12-31"),
        F("2.650", 2650, None, "homme"),
        F("40 %", 40, "%"),
        F("6.120", 6120, None, "personne"),
        D("2025", "2025"),
        F("22 %", 22, "%"),
        D("2024", "2024"),
        F("4,80 €", 4.8, "EUR"),
        F("35 €", 35, "EUR"),
        D("9 janvier 2026", "2026-01-09"),
        INS("loi du 12 janvier 2007", RECEPTION),
        D("12 janvier 2007", "2007-01-12"),
        M("Le gouvernement fédéral a présenté", "other", "r"),
        D("27 janvier 2026", "2026-01-27"),
        D("1er mai 2026", "2026-05-01"),
        M("Le projet de loi a été déposé", "other", "r"),
        M("Premièrement, l'aide matérielle", "restrict", "r"),
        F("1.800", 1800, None, "personne"),
        F("33.000", 33000, None, "place"),
        F("26.500", 26500, None, "place"),
        D("2027", "2027"),
        M("Deuxièmement, le réseau d'accueil", "decrease", "r"),
        F("2.100", 2100, None, "logement"),
        F("5 jours", 5, "day"),
        F("30 jours", 30, "day"),
        M("Troisièmement, les personnes", "decrease", "rd"),
        F("quatre semaines", 4, "week"),
        M("Elles seront orientées", "introduce", "rd"),
        F("8,30 €", 8.3, "EUR"),
        F("7 €", 7, "EUR"),
        F("13 %", 13, "%"),
        D("2025", "2025"),
        M("Quatrièmement, l'allocation", "decrease", "r"),
        F("deux", 2, None, "centre"),
        F("600", 600, None, "place"),
        INS("Pacte européen sur la migration et l'asile", PACT),
        D("12 juin 2026", "2026-06-12"),
        M("Enfin, le gouvernement annonce", "introduce", "ra"),
        INS("directive 2013/33/UE", RECEPTION_DIR),
        A("article 20", ["20"], RECEPTION_DIR),
        A("article 17", ["17"], RECEPTION_DIR),
        A("article 23 de la Constitution", ["23"], "be-constitution"),
        A("article 3 de la CEDH", ["3"], ECHR),
        F("2.650", 2650, None, "personne"),
        F("4.000", 4000, None, "place"),
        D("2007", "2007"),
        F("55 €", 55, "EUR"),
        F("2.000", 2000, None, "place"),
        D("30 juin 2026", "2026-06-30"),
        INS("règlement (UE) 2024/1348", "eu-apr-2024"),
        INS("directive (UE) 2024/1346", "eu-reception-directive-2024"),
        A("article 6 de la loi accueil", ["6"], RECEPTION),
    ],
}

DOCS["policy-brief-pact-return-detention.en"] = {
    "lang": "en",
    "themes": "ad - - rad - ad ad - rd - rad - ad - ad",
    "items": [
        INS("EU Pact on Migration and Asylum", PACT),
        D("5 March 2026", "2026-03-05"),
        INS("Pact on Migration and Asylum", PACT),
        D("14 May 2024", "2024-05-14"),
        D("12 June 2026", "2026-06-12"),
        M("The Pact on Migration and Asylum, adopted", "introduce", "a"),
        INS("Aliens Act", ALIENS),
        INS("Reception Act", RECEPTION),
        A("Article 15 of Directive 2008/115/EC", ["15"], RETURN_DIR),
        INS("Return Directive", RETURN_DIR),
        F("six months", 6, "month"),
        F("twelve months", 12, "month"),
        A("Articles 7 and 74/6 of the Aliens Act", ["7", "74/6"], ALIENS),
        D("11 March 2025", "2025-03-11"),
        F("24 months", 24, "month"),
        M("The Commission's proposal", "extend", "d"),
        INS("Asylum Procedure Regulation (EU) 2024/1348", "eu-apr-2024"),
        F("12 weeks", 12, "week"),
        M("Under the Pact, the Asylum Procedure", "introduce", "a", end="no longer than 12 weeks"),
        INS("Regulation (EU) 2024/1351", "eu-ammr-2024"),
        INS("Dublin III Regulation", DUBLIN),
        M("Regulation (EU) 2024/1351 replaces", "other", "a"),
        F("Two", 2, None, "safeguard"),
        A("Article 31 of the Geneva Convention", ["31"], "refugee-convention-1951"),
        A("Article 47 of the EU Charter", ["47"], CHARTER),
        DEC("judgment of 8 November 2022, C-704/20, the Court of Justice", "cjeu", "2022-11-08", "C-704/20"),
        D("8 November 2022", "2022-11-08"),
        A("Article 5(4) ECHR", ["5"], ECHR, "4"),
        DEC(
            "M.S.S. v. Belgium and Greece, no. 30696/09, 21 January 2011",
            "echr-court",
            "2011-01-21",
            "30696/09",
        ),
        D("21 January 2011", "2011-01-21"),
        D("2025", "2025"),
        F("26,400", 26400, None, "order"),
        F("7,675", 7675, None, "person"),
        F("4,215", 4215, None, "person"),
        F("29%", 29, "%"),
        F("19%", 19, "%"),
        D("2024", "2024"),
        F("7,020", 7020, None, "person"),
        F("41 days", 41, "day"),
        F("776", 776, None, "place"),
        F("1,145", 1145, None, "place"),
        D("2030", "2030"),
        F("€210", 210, "EUR"),
        F("€52", 52, "EUR"),
        F("11,700", 11700, None, "person"),
        F("8,900", 8900, None, "person"),
        D("2023", "2023"),
        D("9 January 2026", "2026-01-09"),
        F("two", 2, None, "centre"),
        F("600", 600, None, "place"),
        D("June 2026", "2026-06"),
        M("The federal government announced", "introduce", "a"),
        M("It will extend the maximum", "extend", "d", end="once the new return regulation is adopted"),
        F("eight", 8, "month"),
        F("eighteen months", 18, "month"),
        M("it will require every person", "require", "d"),
        F("30 days", 30, "day"),
        M("A new law will allow", "allow", "d"),
        F("€74.5 million", 74_500_000, "EUR"),
        D("2026", "2026"),
        F("12%", 12, "%"),
        M("The budget for return rises", "increase", "d", end="an increase of 12%"),
        F("€160 million", 160_000_000, "EUR"),
        M("the reception budget falls", "decrease", "r"),
        F("1,100", 1100, None, "place"),
        D("2019", "2019"),
        D("2023", "2023"),
        A("Article 15 of the Belgian Constitution", ["15"], "be-constitution"),
        A("Article 8 ECHR", ["8"], ECHR),
        F("five days", 5, "day"),
        A("Article 31 of the Geneva Convention", ["31"], "refugee-convention-1951"),
        D("12 June 2026", "2026-06-12"),
        INS("Law of 15 December 1980", ALIENS),
        D("15 December 1980", "1980-12-15"),
        INS("Law of 12 January 2007", RECEPTION),
        D("12 January 2007", "2007-01-12"),
    ],
}


def bounded(text: str, s: int, e: int) -> bool:
    """No letter, digit or digit-joining mark glued to either end (`2012` is not inside `1/2012`)."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if text[s].isalnum() and (
        before.isalnum() or before in "/-" or (before in ".,:" and text[s - 2 : s - 1].isalnum())
    ):
        return False
    glued_after = after.isalnum() or after in "/-" or (after in ".," and text[e + 1 : e + 2].isdigit())
    return not (text[e - 1].isalnum() and glued_after)


def find(text: str, needle: str, pos: int, nth: int) -> int:
    """Start of the nth bounded occurrence of `needle` at or after `pos`."""
    while True:
        s = text.find(needle, pos)
        if s < 0:
            raise ValueError(f"not found after {pos}: {needle!r}")
        if bounded(text, s, s + len(needle)):
            nth -= 1
            if nth == 0:
                return s
        pos = s + 1


def build(name: str, spec: dict[str, Any]) -> tuple[Path, list[dict[str, Any]]]:
    text = (OWN / f"{name}.txt").read_text(encoding="utf-8")
    cursor: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for item in spec["items"]:
        rec = dict(item)
        t = rec["type"]
        if t == "measure":
            s = find(text, rec.pop("_start"), cursor[t], 1)
            end = rec.pop("_end")
            if end:
                e = text.index(end, s) + len(end)
            else:
                m = SENTENCE_END_RE.search(text, s)
                line_end = text.find("\n", s)
                e = m.end() if m and (line_end < 0 or m.end() <= line_end) else line_end
        else:
            s = find(text, rec["text"], cursor[t], rec.pop("_nth"))
            e = s + len(rec["text"])
        cursor[t] = e
        out = {"type": t, "start": s, "end": e, "text": text[s:e]}
        out.update({k: v for k, v in rec.items() if k not in ("type", "text")})
        rows.append(out)
    # themes: one span per non-blank line (stripped), labels in line order
    codes = spec["themes"].split()
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            s = pos + len(line) - len(line.lstrip())
            lines.append((s, pos + len(line.rstrip())))
        pos += len(line) + 1
    if len(codes) != len(lines):
        raise ValueError(f"{name}: {len(codes)} theme codes for {len(lines)} lines")
    for (s, e), c in zip(lines, codes, strict=True):
        rows.append({"type": "theme", "start": s, "end": e, "labels": labels(c)})
    rows.sort(key=lambda r: (r["start"], TYPES.index(r["type"]), -r["end"]))
    header = {"type": "header", "lang": spec["lang"], "types": TYPES, "source": SOURCE}
    out_path = OWN / f"{name}.gold.jsonl"
    with out_path.open("w", encoding="utf-8") as f:
        for r in [header, *rows]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out_path, rows


def candidates(name: str, rows: list[dict[str, Any]]) -> None:
    """Print every candidate token outside the date, figure and legal spans, for review."""
    text = (OWN / f"{name}.txt").read_text(encoding="utf-8")
    spans = [(r["start"], r["end"]) for r in rows if r["type"] in ("date", "figure", "legal")]
    for m in CANDIDATE_RE.finditer(text):
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
            print(f"  {m.start():5d} {m.group()!r:14} ...{ctx}...")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--candidates", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every measure span")
    args = ap.parse_args()
    written = []
    for name, spec in DOCS.items():
        path, rows = build(name, spec)
        written.append(str(path))
        counts = Counter(r["type"] for r in rows)
        print(f"{name}: " + ", ".join(f"{t}={counts[t]}" for t in TYPES))
        if args.show:
            for r in rows:
                if r["type"] == "measure":
                    print(f"  [{r['action']}/{','.join(r['themes'])}] {r['text']}")
        if args.candidates:
            candidates(name, rows)
    if args.check:
        return subprocess.call([sys.executable, str(CHECKER), *written])
    return 0


if __name__ == "__main__":
    sys.exit(main())
