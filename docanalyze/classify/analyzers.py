"""Text preprocessing shared by training (scikit-learn) and the array-only predictor.

The word and character analyzers re-implement scikit-learn's `TfidfVectorizer` analyzers
(`analyzer="word"` with its default token pattern, and `analyzer="char_wb"`) so that a saved model
scores text without importing scikit-learn; `tests/classify/` checks the two give the same scores.
The context analyzer turns a section path into prefixed tokens and is used by both sides as is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from docanalyze.classify.context import split_context

# scikit-learn's default `token_pattern`: words of two or more word characters.
WORD_TOKEN_PATTERN = r"(?u)\b\w\w+\b"
WORD_TOKEN_RE = re.compile(WORD_TOKEN_PATTERN)
# A readable term inside a whitespace token, for evidence: letters/digits, inner apostrophes and hyphens.
TERM_RE = re.compile(r"\w(?:[\w'’-]*\w)?")
# Separator between the headings of a section path ("Titre 3 – Asile > Retour").
SECTION_SEPARATOR = " > "
# A sentence boundary: closing punctuation, space, then what opens a sentence (capital, digit, quote).
SENTENCE_BOUNDARY_RE = re.compile(r"(?<=[.!?;:])\s+(?=(?:[\"“‘«(\[]\s?)?[A-ZÀ-ÖØ-Þ0-9])")
# Sentences shorter than this are not scored on their own (list debris, "Mr Chairman,").
MIN_SENTENCE_WORDS = 3
# A parliamentary question's title names the members, the minister and the minister's portfolio (`Asiel en
# Migratie`, in every title) before its subject in quotes: a heading with a question number is read as its subjects.
QUESTION_NUMBER_RE = re.compile(r"\(\d{8}[A-Z]\)")
QUOTED_SUBJECT_RE = re.compile(r"[\"“«„]\s*([^\"”»“]+?)\s*[\"”»]")
# Prefixes of context tokens: any heading on the path, and the nearest (last) heading.
CONTEXT_PREFIX = "ctx:"
HEAD_PREFIX = "head:"


def strip_accents_unicode(text: str) -> str:
    """scikit-learn's `strip_accents="unicode"`: NFKD, then drop combining marks."""
    if text.isascii():
        return text
    normalized = unicodedata.normalize("NFKD", text)
    return "".join(c for c in normalized if not unicodedata.combining(c))


ACCENT_FUNCTIONS: dict[str | None, Callable[[str], str] | None] = {
    None: None,
    "unicode": strip_accents_unicode,
}


def preprocessor(strip_accents: str | None) -> Callable[[str], str]:
    """Lowercase, then strip accents when asked: the order scikit-learn applies them in."""
    if strip_accents not in ACCENT_FUNCTIONS:
        raise ValueError(
            f"strip_accents: {strip_accents!r} is not one of {sorted(map(str, ACCENT_FUNCTIONS))}"
        )
    accent = ACCENT_FUNCTIONS[strip_accents]
    if accent is None:
        return str.lower
    return lambda text: accent(text.lower())


def word_ngrams(tokens: list[str], ngram_range: tuple[int, int]) -> list[str]:
    """Word n-grams joined by one space, as `CountVectorizer._word_ngrams` builds them."""
    low, high = ngram_range
    out = list(tokens) if low == 1 else []
    for n in range(max(low, 2), high + 1):
        out += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return out


def char_wb_ngrams(word: str, ngram_range: tuple[int, int]) -> list[str]:
    """Character n-grams of one whitespace-separated word padded with spaces (`char_wb`)."""
    padded = f" {word} "
    size = len(padded)
    out = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        if size <= n:
            # scikit-learn counts a word shorter than n once, as the whole padded word.
            out.append(padded)
            break
        out += [padded[i : i + n] for i in range(size - n + 1)]
    return out


def context_tokens(context: str | None) -> list[str]:
    """Prefixed word tokens of a context's section path: every heading, and the nearest heading again."""
    section = split_context(context)[0]
    if not section:
        return []
    lowered = SECTION_SEPARATOR.join(_heading_subject(h) for h in section.split(SECTION_SEPARATOR)).lower()
    tokens = [CONTEXT_PREFIX + t for t in WORD_TOKEN_RE.findall(lowered)]
    head = lowered.rsplit(SECTION_SEPARATOR.strip(), 1)[-1]
    return tokens + [HEAD_PREFIX + t for t in WORD_TOKEN_RE.findall(head)]


def _heading_subject(heading: str) -> str:
    """The quoted subjects of a parliamentary question's title; any other heading as it is."""
    if not QUESTION_NUMBER_RE.search(heading):
        return heading
    return " ".join(QUOTED_SUBJECT_RE.findall(heading)) or heading


def evidence_term(token: str) -> str | None:
    """The longest readable term in a whitespace token (`"(centres," -> "centres"`), or None."""
    terms = TERM_RE.findall(token)
    return max(terms, key=len) if terms else None


def pooling_units(
    texts: list[str], min_words: int, contexts: Sequence[str | None] | None = None
) -> tuple[list[str], list[int]]:
    """Each text, its sentences when it has at least `min_words` words (0: never), its lead-in; owners.

    A provision gets a theme when one of its statements is about it (gold convention), so a long
    paragraph is scored as the best of itself and its sentences: one relevant sentence among many
    unrelated ones is not drowned by the l2 norm of the whole paragraph. A list item or table row is
    read with its lead-in (`classify.context`), so the lead-in in its context is one more unit.
    """
    units, owners = [], []
    for i, text in enumerate(texts):
        units.append(text)
        owners.append(i)
        if min_words and len(text.split()) >= min_words:
            for sentence in SENTENCE_BOUNDARY_RE.split(text):
                if len(sentence.split()) >= MIN_SENTENCE_WORDS and sentence != text:
                    units.append(sentence)
                    owners.append(i)
        lead = split_context(contexts[i])[1] if contexts is not None else None
        if lead:
            units.append(lead)
            owners.append(i)
    return units, owners
