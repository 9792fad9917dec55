"""Plain-text provisions: headings to section paths, items, wrapped paragraphs."""

from __future__ import annotations

import pytest

from docanalyze.segment import heading_level, provisions_from_blocks, text_blocks

TEXT = """PART 4 – DETENTION & DEPORTATION
——— DETENTION ———
Extension of the maximum duration of detention
The government extends the maximum duration of detention from eight to eighteen months.
- Closed centres get 400 more places;
- Return coaching becomes mandatory.
"""


def test_sections_and_kinds() -> None:
    provisions = provisions_from_blocks(TEXT, text_blocks(TEXT))
    kinds = [p.kind for p in provisions]
    assert kinds == ["heading", "heading", "heading", "paragraph", "item", "item"]
    assert provisions[3].section == (
        "PART 4 – DETENTION & DEPORTATION > DETENTION > Extension of the maximum duration of detention"
    )


def test_a_byte_order_mark_stays_out_of_the_first_provision() -> None:
    # a .txt saved by Notepad starts with U+FEFF, which doc.text keeps (offsets index the file)
    text = "\ufeffTitre 2 – Accueil\n\nLe réseau d'accueil comptera 28.000 places.\n"
    provisions = provisions_from_blocks(text, text_blocks(text))
    assert [text[p.start : p.end] for p in provisions] == [
        "Titre 2 – Accueil",
        "Le réseau d'accueil comptera 28.000 places.",
    ]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "# Titre\n\nLe gouvernement portera la durée maximale de la détention de huit à dix-huit mois, comme le\n"
        "permet la directive Retour.\n\nUn second paragraphe court.\n"
    )
    blocks = text_blocks(text)
    assert [text[b.start : b.end].split()[0] for b in blocks] == ["#", "Le", "Un"]
    assert text[blocks[1].start : blocks[1].end].endswith("directive Retour.")


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("PART 4 – DETENTION & DEPORTATION", 1),
        ("Hoofdstuk 5 Asiel en migratie", 2),
        ("TITRE II – Asile et migration", 1),
        ("Section 3 Retour", 3),
        ("2.3 Conditions de détention", 2),
        ("## Opvang", 2),
        ("The government will increase capacity.", None),
        ("- Increasing the detention capacity", None),
        # Agenda items of a parliamentary record: long, closing on the question's or the bill's number.
        (
            '07 Vraag van Els Claes aan Tom Peeters (Asiel en Migratie) over "De wachtlijst voor opvang" (56001234C)',
            1,
        ),
        (
            "12 Projet de loi modifiant la loi du 15 décembre 1980 en matière de regroupement familial (1021/1-5)",
            1,
        ),
        ("Er zijn nu 1.200 plaatsen (bron: Fedasil).", None),
    ],
)
def test_heading_levels(line: str, level: int | None) -> None:
    assert heading_level(line) == level


def test_chapters_nest_under_titles() -> None:
    text = "TITRE II – Asile et migration\nChapitre 1. Accueil\nLe réseau d'accueil sera réduit.\n"
    provisions = provisions_from_blocks(text, text_blocks(text))
    assert provisions[-1].section == "TITRE II – Asile et migration > Chapitre 1. Accueil"


def test_questions_joined_under_an_agenda_item_extend_its_section() -> None:
    text = (
        "14 Samengevoegde vragen van\n\n"
        '- Els Claes aan Tom Peeters (Asiel en Migratie) over "De hotelopvang" (56001301C)\n\n'
        '- Jan Wouters aan Tom Peeters (Asiel en Migratie) over "Noodopvang in Brussel" (56001302C)\n\n'
        "14.01 Els Claes (CD&V): Hoeveel verzoekers verblijven vandaag nog op hotel?\n\n"
        '15 Vraag van Jan Wouters aan Tom Peeters (Asiel en Migratie) over "Het centrum in Jabbeke" (56001310C)\n\n'
        "15.01 Jan Wouters (Groen): Wanneer opent het centrum?\n"
    )
    provisions = provisions_from_blocks(text, text_blocks(text))
    kinds = [p.kind for p in provisions]
    assert kinds == ["heading", "item", "item", "paragraph", "heading", "paragraph"]
    joined = provisions[3].section
    assert joined.startswith("14 Samengevoegde vragen van | Els Claes aan Tom Peeters")
    assert '"De hotelopvang" (56001301C) | Jan Wouters' in joined and joined.endswith(
        '"Noodopvang in Brussel" (56001302C)'
    )
    # The next agenda item starts a section of its own.
    assert provisions[5].section.startswith("15 Vraag van Jan Wouters") and " | " not in provisions[5].section
