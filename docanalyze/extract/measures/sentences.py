"""A small sentence splitter: closing punctuation followed by space, except after abbreviations and initials.

The abbreviations (`art.`, `n°`, `nr.`, `e.a.`, `bv.`, `p.`, `M.`) are per-language data in the lexicon;
decimals (`2.5`, `1.145`) never split since no space follows their dot.
"""

from __future__ import annotations

from collections.abc import Iterator

from docanalyze.extract.measures.lexicon import Lexicon
from docanalyze.extract.measures.patterns import SENTENCE_END_RE, WORD_BEFORE_DOT_RE


def _is_abbreviation(text: str, dot: int, lexicon: Lexicon) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    word = WORD_BEFORE_DOT_RE.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    token = word.group(1).lower().replace("’", "'").strip("'-")
    if token in lexicon.abbreviations or token.rstrip(".") in lexicon.abbreviations:
        return True
    # A single capital letter is an initial (`J. Smith`, `M. Francken`).
    return len(token) == 1 and text[word.start(1)].isupper()


def split_sentences(text: str, start: int, end: int, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text[start:end]`, surrounding whitespace excluded."""
    pos = start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and text[nxt].islower():
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start(), lexicon):
            continue
        yield from _trimmed(text, pos, m.end())
        pos = nxt
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end
