"""Words broken across lines: join `procé-`/`dure`, keep `Jean-`/`Marie` and `EU-`/`lidstaten`.

The decision uses, in order: the document's own vocabulary (a joined or hyphenated spelling seen elsewhere
in it), then rules common to our languages (a capitalised or numeric second part, an acronym first part
keep the hyphen), then the per-language lists in `data/hyphenation.json` (compounds that keep their hyphen).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from docanalyze.lang import LANGUAGES

DATA = Path(__file__).with_name("data") / "hyphenation.json"
# Characters that stand for a hyphen at a line end: ASCII and Unicode hyphens, the soft hyphen, and the
# U+FFFE / U+0002 that PDFium writes for a hyphen where it joined the two lines itself.
LINE_END_HYPHENS = "-\u2010\u2011\u00ad\ufffe\u0002"
# Soft-hyphen markers: dropped when they are not at a line end.
SOFT_HYPHENS = "\u00ad\ufffe\u0002"
_SOFT_HYPHEN_TABLE = {ord(c): None for c in SOFT_HYPHENS}
# True soft hyphens: a break point the author allowed, so the parts are always joined.
DISCRETIONARY = "\u00ad\u0002"
# A word for the vocabulary: letters with inner hyphens (an apostrophe ends a word: `d'hébergement`).
VOCAB_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# The last word part before a line-end hyphen (what precedes the hyphen, after any earlier hyphen).
TAIL_WORD_RE = re.compile(r"([^\W_]+)$")
# The whole compound ending at a line-end hyphen, inner hyphens included (`quatre-vingt`).
TAIL_COMPOUND_RE = re.compile(r"([^\W_]+(?:-[^\W_]+)*)$")
# The first word of the next line.
HEAD_WORD_RE = re.compile(r"^([^\W_]+)")


@dataclass(frozen=True)
class HyphenRules:
    keep_prefixes: frozenset[str]
    keep_suffixes: frozenset[str]
    conjunctions: frozenset[str]


@cache
def rules_for(lang: str) -> HyphenRules:
    """The rule table of one language (an unknown code gets the union of all tables)."""
    tables = json.loads(DATA.read_text(encoding="utf-8"))
    codes = [lang] if lang in tables else [c for c in LANGUAGES if c in tables]
    return HyphenRules(
        *(
            frozenset(w for c in codes for w in tables[c][key])
            for key in ("keep_prefixes", "keep_suffixes", "conjunctions")
        )
    )


class Vocabulary:
    """Lower-cased spellings seen in a document, to prefer the document's own form of a compound."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.words: set[str] = set()
        for text in texts:
            self.words.update(w.lower() for w in VOCAB_WORD_RE.findall(text))

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.words


def join_broken(left: str, right: str, vocabulary: Vocabulary, rules: HyphenRules) -> str | None:
    """`left` + `right` joined when `left` ends with a hyphen that a line break fell on, else None.

    The result keeps the hyphen (`Jean-Marie`) or drops it (`procédure`); None means the lines are not a
    broken word and are joined with a space by the caller.
    """
    if not left or left[-1] not in LINE_END_HYPHENS:
        return None
    before, mark = left[:-1], left[-1]
    tail = TAIL_WORD_RE.search(before)
    head = HEAD_WORD_RE.match(right)
    if tail is None or head is None:
        return None
    first, second = tail.group(1), head.group(1)
    if second.lower() in rules.conjunctions:  # a suspended hyphen (`in- en uitvoer`): no broken word
        return None
    compound = TAIL_COMPOUND_RE.search(before)
    whole = compound.group(1) if compound else first
    if mark not in DISCRETIONARY and _keeps_hyphen(first, second, whole, vocabulary, rules):
        return f"{before}-{right}"
    return before + right


def _keeps_hyphen(first: str, second: str, whole: str, vocabulary: Vocabulary, rules: HyphenRules) -> bool:
    joined, hyphenated = first + second, f"{first}-{second}"
    if hyphenated in vocabulary and joined not in vocabulary:
        return True
    if joined in vocabulary:
        return False
    if second[0].isupper() or second[0].isdigit() or first[-1].isdigit():
        return True
    if first[-1].isupper() and (len(first) == 1 or first[-2].isupper()):  # an acronym: `EU-lidstaten`
        return True
    if whole != first:  # already a compound (`c'est-à-`, `quatre-vingt-`): the break is on a real hyphen
        return True
    return first.lower() in rules.keep_prefixes or second.lower() in rules.keep_suffixes


def drop_soft_hyphens(text: str) -> str:
    """Text without the invisible soft-hyphen markers (used inside a line, where they are no break)."""
    return text.translate(_SOFT_HYPHEN_TABLE)
