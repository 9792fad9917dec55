"""The array-only analyzers give exactly scikit-learn's n-grams (what makes saved scores equal)."""

from __future__ import annotations

from collections import Counter

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from docanalyze.classify.analyzers import (
    char_wb_ngrams,
    context_tokens,
    evidence_term,
    pooling_units,
    preprocessor,
    word_ngrams,
)
from docanalyze.classify.predictor import WORD_TOKEN_RE

TEXTS = [
    "Les centres fermés de Vottem et Merksplas",
    "terugkeerbegeleiding in de open terugkeerplaatsen",
    "A b cd — l’accueil\u00a0d'urgence, 9ter/9bis: 1.145 places!",
    "Ré-examen ÉTAT ﬁn ¨ œuvre",
    "x",
    "",
    "   spaced    out\ttext\nnew line  ",
]
RANGES = [(2, 5), (1, 3), (3, 3)]


@pytest.mark.parametrize("accents", [None, "unicode"])
@pytest.mark.parametrize("ngram_range", RANGES)
@pytest.mark.parametrize("text", TEXTS)
def test_char_wb_matches_sklearn(text: str, ngram_range: tuple[int, int], accents: str | None) -> None:
    analyzer = CountVectorizer(
        analyzer="char_wb", ngram_range=ngram_range, strip_accents=accents
    ).build_analyzer()
    clean = preprocessor(accents)(text)
    ours = [g for word in clean.split() for g in char_wb_ngrams(word, ngram_range)]
    assert Counter(ours) == Counter(analyzer(text))


@pytest.mark.parametrize("accents", [None, "unicode"])
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3)])
@pytest.mark.parametrize("text", TEXTS)
def test_word_ngrams_match_sklearn(text: str, ngram_range: tuple[int, int], accents: str | None) -> None:
    analyzer = CountVectorizer(
        analyzer="word", ngram_range=ngram_range, strip_accents=accents
    ).build_analyzer()
    ours = word_ngrams(WORD_TOKEN_RE.findall(preprocessor(accents)(text)), ngram_range)
    assert Counter(ours) == Counter(analyzer(text))


CONTEXTS = [
    (None, []),
    ("", []),
    ("Retour", ["ctx:retour", "head:retour"]),
    (
        "Titre 3 – Asile et migration > Retour",
        ["ctx:titre", "ctx:asile", "ctx:et", "ctx:migration", "ctx:retour", "head:retour"],
    ),
    (
        "Deel 2 > Opvang van verzoekers",
        ["ctx:deel", "ctx:opvang", "ctx:van", "ctx:verzoekers", "head:opvang", "head:van", "head:verzoekers"],
    ),
]


@pytest.mark.parametrize(("section", "tokens"), CONTEXTS)
def test_context_tokens(section: str | None, tokens: list[str]) -> None:
    assert context_tokens(section) == tokens


TERMS = [
    ("(centres,", "centres"),
    ("l'accueil", "l'accueil"),
    ("9ter.", "9ter"),
    ("—", None),
    ("«asile»", "asile"),
]


@pytest.mark.parametrize(("token", "term"), TERMS)
def test_evidence_term(token: str, term: str | None) -> None:
    assert evidence_term(token) == term


POOLING = [
    (["Short text."], 20, ["Short text."], [0]),
    (
        ["Mr Chairman, thank you. The closed centre in Bruges is full. Ok."],
        5,
        [
            "Mr Chairman, thank you. The closed centre in Bruges is full. Ok.",
            "Mr Chairman, thank you.",
            "The closed centre in Bruges is full.",
        ],
        [0, 0, 0],
    ),
    (["A b c d e. F g h i j.", "x"], 0, ["A b c d e. F g h i j.", "x"], [0, 1]),
    (["One two three four five six"], 3, ["One two three four five six"], [0]),
    (
        ["Art. 7. The Minister may order it. « Quote here » now."],
        4,
        [
            "Art. 7. The Minister may order it. « Quote here » now.",
            "The Minister may order it.",
            "« Quote here » now.",
        ],
        [0, 0, 0],
    ),
]


@pytest.mark.parametrize(("texts", "min_words", "units", "owners"), POOLING)
def test_pooling_units(texts: list[str], min_words: int, units: list[str], owners: list[int]) -> None:
    assert pooling_units(texts, min_words) == (units, owners)


@pytest.mark.parametrize(
    ("context", "tokens"),
    [
        # A question's title is read as its subject: names and the portfolio stay out.
        (
            '07 Vraag van Els Claes aan Tom Peeters (Asiel en Migratie) over "De hotelopvang" (56001234C)',
            ["ctx:de", "ctx:hotelopvang", "head:de", "head:hotelopvang"],
        ),
        (
            "Commission > 12 Question de A à B (Asile et Migration) sur « Les centres fermés » (56004661C)",
            [
                "ctx:commission",
                "ctx:les",
                "ctx:centres",
                "ctx:fermes",
                "head:les",
                "head:centres",
                "head:fermes",
            ],
        ),
        # Quotes in another heading are kept as they are.
        (
            'Le projet "Bambou"',
            ["ctx:le", "ctx:projet", "ctx:bambou", "head:le", "head:projet", "head:bambou"],
        ),
    ],
)
def test_context_tokens_of_question_titles(context: str, tokens: list[str]) -> None:
    from docanalyze.classify.analyzers import context_tokens, strip_accents_unicode

    assert [strip_accents_unicode(t) for t in context_tokens(context)] == tokens
