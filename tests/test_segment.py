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
    ],
)
def test_heading_levels(line: str, level: int | None) -> None:
    assert heading_level(line) == level


def test_chapters_nest_under_titles() -> None:
    text = "TITRE II – Asile et migration\nChapitre 1. Accueil\nLe réseau d'accueil sera réduit.\n"
    provisions = provisions_from_blocks(text, text_blocks(text))
    assert provisions[-1].section == "TITRE II – Asile et migration > Chapitre 1. Accueil"
