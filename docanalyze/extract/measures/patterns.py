"""Regex fragments of the measures extractor: named constants, composed with the lexicon words at load time.

Lexicon entries (data/*.json) are plain phrases; `phrase_pattern` turns one into a regex fragment. Every
language-specific word comes from the tables; what is here is the language-neutral glue around them.
"""

from __future__ import annotations

import re

# A wildcard in a lexicon entry: the rest of a word ("increas*" -> increase, increased, increasing).
WILDCARD = r"\w*"
# The gap of a split phrase ("schaft ... af", Dutch separable verbs): up to ten words in between.
GAP = r"(?:\s+\S+){0,10}?\s+"
# Between the words of a phrase: any run of whitespace.
WORD_SPACE = r"\s+"
# Either apostrophe, typewriter or typographic.
APOSTROPHE = r"['’]"
# An entry that holds a capital is matched exactly (acronyms such as OE, CALL), the rest ignore case.
HAS_CAPITAL_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")

# A number as written: grouped thousands (`1,145`, `1.145`, `1 145`, NBSP or narrow NBSP) with an
# optional decimal part, or plain digits with an optional decimal part (`2,5`, `18`). A sign may lead.
NUMBER = r"(?<![\w.,])[-+−]?(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
# Characters that group thousands in any of our languages (the decimal mark is set per language).
GROUPING_CHARS = ".,\u00a0\u202f "
# A four-digit number read as a year when it carries no unit: it dates, it does not quantify.
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# Units written before the number (`€ 150`, `EUR 1.000`).
CURRENCY_BEFORE_RE = re.compile(r"(?:€|EUR)\s?$")
# A sign written with a typographic minus.
MINUS_SIGNS = "−–"

# Where a sentence may end: closing punctuation, then closing quotes or brackets, then whitespace.
SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
# The word just before a full stop, dots inside kept (`e.g`, `c.-à-d`, `n°`): checked against abbreviations.
WORD_BEFORE_DOT_RE = re.compile(r"([\w°.'’-]+)$")
# A question or an exclamation: what a member asks is not a measure (the minister's answer may be), nor is a
# slogan.
NOT_STATEMENT_END_RE = re.compile(r"[?!][\"'”’»)\]]*\s*$")
# A title that ends in a document or question number (`... over "De opvang" (56001234C)`, `(914/1-7)`).
NUMBERED_TITLE_END_RE = re.compile(r"\((?:\d{6,}[A-Z]?|\d+/\d+(?:-\d+)?)\)\s*$")
# A turn in a parliamentary record: `05.02 Minister Anneleen Van Bossuyt: ...`, `12.01 Jan Peeters (N-VA): ...`.
SPEAKER_TURN_RE = re.compile(r"\d{1,3}\.\d{2}\s+(?P<who>[^:\n]{3,100}?):\s+")
# A party label in a speaker's name: the speaker is a member of parliament.
PARTY_LABEL_RE = re.compile(r"\([^)]{1,40}\)")
# What opens a sentence without belonging to it: list markers and opening quotes.
SENTENCE_OPENER_RE = re.compile(r"(?:[-–•*▪●◦·]\s+|\(?(?:\d{1,2}|[a-z])[.)/°]\s+)?[\"'“‘«„]*\s*")
# A capitalised name part (`Van Bossuyt`, `De Moor`, `Francken`).
NAME_PART = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
# Where a target phrase after its verb ends: punctuation, a number or a unit sign.
TARGET_END_RE = re.compile(r"[,;:.()\d%€]")
# Where the clause before a passive verb starts (its subject is the target).
CLAUSE_BREAK_RE = re.compile(r"[,;:()]")
# Words of a target noun phrase (letters, hyphens, apostrophes inside).
WORD_RE = re.compile(r"[\w’'-]+")


# A lexicon entry that starts or ends with a word character gets a word boundary on that side.
WORDLIKE_START_RE = re.compile(r"^[\w*]")
WORDLIKE_END_RE = re.compile(r"[\w*]$")
# The special atoms of an entry: its gap, wildcard, spaces and apostrophes (the rest are literal characters).
ENTRY_ATOM_RE = re.compile(r" \.\.\. |\*| +|'|.", re.DOTALL)
ATOMS = {" ... ": GAP, "*": WILDCARD, "'": APOSTROPHE}
END = ""


def _atoms(entry: str) -> tuple[str, ...]:
    """An entry as regex atoms, one per character or special token."""
    return tuple(
        ATOMS.get(a, WORD_SPACE if a.isspace() else re.escape(a)) for a in ENTRY_ATOM_RE.findall(entry)
    )


def _trie_regex(node: dict[str, dict]) -> str:
    """A character trie as one regex: shared prefixes are tried once (fast on long word lists)."""
    branches = []
    # Literal characters, spaces and gaps before a wildcard, the end of an entry last: the regex takes the
    # first branch that matches, so the longer phrase (`sluit ... uit`) must be tried before `sluit*`.
    for atom, child in sorted(node.items(), key=lambda kv: (kv[0] == END, kv[0] == WILDCARD)):
        branches.append(atom if atom == END else atom + _trie_regex(child))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _trie(entries: list[str]) -> str:
    root: dict[str, dict] = {}
    for entry in entries:
        node = root
        for atom in _atoms(entry):
            node = node.setdefault(atom, {})
        node.setdefault(END, {})
    return _trie_regex(root)


def phrase_pattern(entry: str) -> str:
    """The regex fragment of one lexicon entry, word-bounded where the entry starts or ends with a letter."""
    return alternation([entry])


def alternation(entries: list[str]) -> str:
    """One group matching any entry (the longest where several do), built as tries for speed.

    Entries are grouped by case handling and by the boundaries they need, one trie per group.
    """
    groups: dict[tuple[bool, bool, bool], list[str]] = {}
    for entry in set(entries):
        key = (
            bool(HAS_CAPITAL_RE.search(entry)),
            bool(WORDLIKE_START_RE.search(entry)),
            bool(WORDLIKE_END_RE.search(entry)),
        )
        groups.setdefault(key, []).append(entry if key[0] else entry.lower())
    parts = []
    for (exact, lead, trail), words in sorted(groups.items()):
        body = _trie(words)
        body = body if exact else f"(?i:{body})"
        parts.append((r"(?<!\w)" if lead else "") + body + (r"(?!\w)" if trail else ""))
    return "(?:" + "|".join(parts) + ")"


def compile_words(entries: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(entries))


def tail_pattern(lead_words: list[str], fillers: list[str]) -> re.Pattern[str]:
    """Text ending in a lead word and optional fillers: `from the current ` before a number."""
    filler = alternation(fillers)
    return re.compile(
        rf"{alternation(lead_words)}(?:\s+|(?<=['’]))(?:{filler}(?:\s+|(?<=['’])))*$",
    )
