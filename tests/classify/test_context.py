"""Document context for themes: lead-ins of lists, captions of tables, and the context string format."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from docanalyze.classify.analyzers import context_tokens, pooling_units
from docanalyze.classify.context import is_table_row, join_context, provision_contexts, split_context
from docanalyze.models import Theme
from docanalyze.segment import provisions_from_blocks, text_blocks

TABLE_ROWS = [
    ("2021 1,156 126 887 135", True),
    ("B-card 25 35 38", True),
    ("(Extension of) A-card 460 535 712", True),
    ("2021 2022 2023", True),
    ("Order to leave the territory 0 0 0", False),
    ("In 2024 the Office took 325 positive decisions out of 1,399.", False),
    ("Year Applications Positive Negative", False),
    ("Article 9ter", False),
    ("", False),
]


@pytest.mark.parametrize(("line", "expected"), TABLE_ROWS)
def test_is_table_row(line: str, expected: bool) -> None:
    assert is_table_row(line) is expected


CONTEXT_STRINGS = [
    (None, None, None),
    ("Retour", None, "Retour"),
    ("Retour", "", "Retour"),
    ("Retour", "The applicant must:", "Retour\nThe applicant must:"),
    (None, "Votes per year\n2021", "\nVotes per year 2021"),
]


@pytest.mark.parametrize(("section", "lead", "context"), CONTEXT_STRINGS)
def test_join_and_split_context(section: str | None, lead: str | None, context: str | None) -> None:
    assert join_context(section, lead) == context
    back = split_context(context)
    assert back[0] == section
    assert back[1] == (" ".join(lead.split()) if lead else None)


def test_context_tokens_ignore_the_lead() -> None:
    assert context_tokens("Retour\nLes centres fermés :") == context_tokens("Retour")
    assert context_tokens("\nLes centres fermés :") == []


DOCUMENT = "\n\n".join(
    [
        "Medical regularisation",
        "To be admissible, the application must:",
        "• be sent by registered letter;",
        "• contain a medical certificate.",
        "The Office then rules on the merits.",
        "• a stray bullet after a full stop",
        "Applications per year",
        "Year Applications Positive",
        "2021 1,156 126",
        "2022 1,147 170",
        "A closing paragraph with the figure 2022 in it.",
    ]
)

# Provision text -> lead-in its context carries (None: the bare section path).
EXPECTED_LEADS = {
    "Medical regularisation": None,
    "To be admissible, the application must:": None,
    "• be sent by registered letter;": "To be admissible, the application must:",
    "• contain a medical certificate.": "To be admissible, the application must:",
    "The Office then rules on the merits.": None,
    "• a stray bullet after a full stop": None,
    "Applications per year": None,
    "Year Applications Positive": None,
    "2021 1,156 126": "Applications per year Year Applications Positive",
    "2022 1,147 170": "Applications per year Year Applications Positive",
    "A closing paragraph with the figure 2022 in it.": None,
}


def test_provision_contexts_give_list_and_table_leads() -> None:
    provisions = provisions_from_blocks(DOCUMENT, text_blocks(DOCUMENT))
    contexts = provision_contexts(DOCUMENT, provisions)
    got = {DOCUMENT[p.start : p.end]: split_context(c)[1] for p, c in zip(provisions, contexts, strict=True)}
    assert got == EXPECTED_LEADS
    for provision, context in zip(provisions, contexts, strict=True):
        assert split_context(context)[0] == provision.section


POOLING_WITH_LEADS = [
    (["• cooperate;"], [None], ["• cooperate;"], [0]),
    (
        ["• cooperate;"],
        ["Trafficking\nVictims get a permit if they:"],
        ["• cooperate;", "Victims get a permit if they:"],
        [0, 0],
    ),
    (["a", "b"], ["\nLead of a", "Section only"], ["a", "Lead of a", "b"], [0, 0, 1]),
]


@pytest.mark.parametrize(("texts", "contexts", "units", "owners"), POOLING_WITH_LEADS)
def test_pooling_units_add_the_lead(
    texts: list[str], contexts: list[str | None], units: list[str], owners: list[int]
) -> None:
    assert pooling_units(texts, 0, contexts) == (units, owners)


class RecordingModel:
    """A `ThemeModel` that keeps the contexts the pipeline hands it and asserts nothing."""

    def __init__(self) -> None:
        self.contexts: list[str | None] = []
        self.reading_order = False

    def predict_themes(
        self, texts: Sequence[str], contexts: Sequence[str | None], *, reading_order: bool = False
    ) -> list[list[Theme]]:
        self.contexts = list(contexts)
        self.reading_order = reading_order
        return [[] for _ in texts]


def test_pipeline_hands_lead_ins_to_the_theme_model() -> None:
    from docanalyze.pipeline import analyze_text

    model = RecordingModel()
    doc = analyze_text(DOCUMENT, theme_model=model)
    assert model.contexts == provision_contexts(DOCUMENT, doc.provisions)
    assert model.reading_order
    assert any(split_context(c)[1] for c in model.contexts)


NAVIGATION_TEXT = (
    "Rapport annuel 2025\n\n"
    "Sommaire\n\n"
    "Accueil des demandeurs d'asile\t4\n\n"
    "Centres fermés et retour\t9\n\n"
    "Regroupement familial ................ 12\n\n"
    "Nous traiterons trois sujets :\n\n"
    "1/ Accueil\n\n"
    "2/ Détention\n\n"
    "3/ Séjour\n\n"
    "Le réseau d'accueil a perdu 2.000 places cette année et les centres fermés sont pleins...\n\n"
    "Voir aussi :\n\n"
    "1/ Accueil\n\n"
    "2/ Détention\n\n"
    "3/ Séjour\n"
)


def test_navigation_lines_are_toc_entries_and_repeated_topic_lists() -> None:
    from docanalyze.classify.context import navigation_lines

    provisions = provisions_from_blocks(NAVIGATION_TEXT, text_blocks(NAVIGATION_TEXT))
    lines = [NAVIGATION_TEXT[p.start : p.end] for p in provisions]
    found = {lines[i] for i in navigation_lines(NAVIGATION_TEXT, provisions)}
    assert found == {
        "Accueil des demandeurs d'asile\t4",
        "Centres fermés et retour\t9",
        "Regroupement familial ................ 12",
        "1/ Accueil",
        "2/ Détention",
        "3/ Séjour",
    }


def test_navigation_lines_get_no_theme_in_the_pipeline() -> None:
    from docanalyze.pipeline import analyze_text

    doc = analyze_text(NAVIGATION_TEXT, lang="fr")
    by_text = {NAVIGATION_TEXT[p.start : p.end]: p for p in doc.provisions}
    assert by_text["Centres fermés et retour\t9"].themes == []
    assert by_text["2/ Détention"].themes == []
    body = next(p for t, p in by_text.items() if t.startswith("Le réseau d'accueil"))
    assert {t.label for t in body.themes} >= {"reception"}
