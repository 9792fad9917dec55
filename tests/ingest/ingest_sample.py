"""Our own policy-style text (FR/NL/EN) for the generated test PDFs, DOCX and HTML.

`|` inside a word marks a forced line break: the PDF writer ends the line there, adding a hyphen unless the
part already ends with one, so that hyphenated line ends of every kind occur at known places. The source
word is the word without `|`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# A word for the word-level F1 of extracted text against the text written.
WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def word_f1(expected: str, found: str) -> float:
    """Word-level F1 (bag of words) of `found` against `expected`."""
    want, got = Counter(WORD_RE.findall(expected)), Counter(WORD_RE.findall(found))
    common = sum((want & got).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str]
    items: list[str] = field(default_factory=list)
    footnote: str | None = None


TITLE = "Accord de coopération sur l'accueil et la migration"

SECTIONS = [
    Section(
        "1. Accueil des demandeurs de protection internationale",
        [
            "Le gouvernement fédéral s'engage à renforcer le réseau d'accueil géré par Fedasil et ses "
            "partenaires. Chaque demandeur reçoit une place adaptée dans un délai de trois jours ouvrables "
            "après l'introduction de sa demande, conformément à la loi du 12 janvier 2007. La procé|dure "
            "d'orientation tient compte de la vulnérabilité, de la composition familiale et de la langue.",
            "Les centres collectifs restent la première étape du trajet. Après quatre mois, les familles "
            "peuvent rejoindre une initiative locale d'accueil organisée par les communes. Monsieur Jean-|Marie "
            "Dubois, coordinateur régional, présentera un rapport semestriel sur l'occupation des places, la "
            "durée moyenne du séjour et les besoins en personnel qualifié.",
            "Le budget prévu pour l'année prochaine s'élève à quatre-|vingt millions d'euros supplémentaires. "
            "Une évaluation indépendante mesurera l'effet des mesures sur la qualité de l'accompagnement "
            "social, médical et juridique offert dans chaque structure d'héber|gement du pays.",
        ],
        [
            "- un accompagnement juridique dès le premier jour;",
            "- un accès aux soins de santé de base;",
            "- des cours de langue adaptés au niveau de chacun.",
        ],
        "1 Loi du 12 janvier 2007 sur l'accueil des demandeurs d'asile et de certaines autres catégories.",
    ),
    Section(
        "2. Terugkeer en begeleiding",
        [
            "De federale regering versterkt de vrijwillige terugkeer met een uitgebreid aanbod van "
            "terugkeer|begeleiding voor personen zonder verblijfsrecht. Coaches nemen binnen twee weken "
            "contact op met elke betrokkene en bespreken de mogelijkheden voor re-integratie in het land van "
            "herkomst, samen met de internationale partners en de lokale besturen.",
            "Samenwerking met de andere EU-|lidstaten blijft noodzakelijk om de Dublinprocedure sneller en "
            "menselijker te laten verlopen. De Dienst Vreemdelingenzaken publiceert elk kwartaal cijfers over "
            "het aantal overdrachten, de gemiddelde duur van de procedure en het aantal beroepen bij de Raad "
            "voor Vreemdelingenbetwistingen.",
            "Voor niet-|begeleide minderjarigen geldt een aparte aanpak. Een voogd wordt binnen drie dagen "
            "aangesteld en volgt de jongere tijdens het hele traject. De regering trekt hiervoor vijftien "
            "miljoen euro uit en evalueert de maatregel na twee jaar samen met de gemeen|schappen.",
        ],
        [
            "1° een snellere aanstelling van voogden;",
            "2° een betere opvang in kleinschalige structuren;",
        ],
        "2 Wet van 15 december 1980 betreffende de toegang tot het grondgebied, het verblijf en de vestiging.",
    ),
    Section(
        "3. Labour migration and integration",
        [
            "The regions will simplify the single permit for workers from outside the Union. Employers in "
            "sectors with structural shortages can submit an application online, and the administration must "
            "decide within sixty days. Applicants keep their right to appeal before the Council of State, "
            "and the procedure will be evaluated after eighteen months by an independent commis|sion.",
            "Integration programmes combine language lessons, civic orientation and guidance towards "
            "employment. Newcomers who complete the full programme receive a certificate that is recognised "
            "by every region. The federal government will fund an additional two thousand places in "
            "language courses and publish a yearly report on waiting lists and completion rates.",
            "Local authorities remain responsible for housing support. A working group with the cities of "
            "Brussels, Antwerp, Ghent, Liège and Charleroi will propose common standards for transit housing "
            "and report to the interministerial conference before the end of the coming parliamen|tary year.",
        ],
        [
            "- faster recognition of foreign diplomas;",
            "- mentoring schemes run with employers.",
        ],
        "3 Directive 2011/98/EU on a single application procedure for a single permit.",
    ),
]

HEADER = "Accord de coopération 2025-2029 | version du 12 mars 2025"
FOOTER_STYLES = ("Page {page} of {pages}", "- {page} -", "{page}")


def source_words_text() -> str:
    """Every word a correct extraction must return, as one text (title, headings, body, items, notes)."""
    parts = [TITLE]
    for section in SECTIONS:
        parts += [section.heading, *section.paragraphs, *section.items]
        if section.footnote:
            parts.append(section.footnote)
    return "\n\n".join(parts).replace("|", "")


def split_words() -> list[tuple[str, str]]:
    """(whole word, part before the line break) of every forced break, e.g. ('procédure', 'procé')."""
    pairs = []
    for section in SECTIONS:
        for paragraph in section.paragraphs:
            for token in paragraph.split():
                if "|" in token:
                    word = token.replace("|", "").strip(".,;:")
                    pairs.append((word, token.split("|")[0]))
    return pairs
