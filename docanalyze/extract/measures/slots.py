"""Slot filling for one measure sentence: action, status, actor, target, negation, hedging, themes.

Every decision reads the compiled language table; the rules themselves are language-neutral.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from docanalyze.extract.measures import patterns as p
from docanalyze.extract.measures.lexicon import KEEP_GROUP, WEAK_PREFIX, Lexicon

# How far around its trigger a negation still applies (`will not be extended`, `ne sera pas prolongée`).
NEGATION_BEFORE = 30
NEGATION_AFTER = 14
# At most this many words make a target noun phrase.
MAX_TARGET_WORDS = 6


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    action: str
    weak: bool = False
    kept: bool = False  # a verb that keeps a rule unchanged (`confirmed`): it decides first, as `other`


@lru_cache(maxsize=65536)
def _trigger_group(lexicon: Lexicon, words: str) -> str:
    """The entry group of a matched trigger phrase (the table's order decides between groups)."""
    m = lexicon.triggers.fullmatch(words) or lexicon.triggers.match(words)
    return (m.lastgroup if m else None) or "other"


def triggers(text: str, start: int, end: int, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger word or phrase of the sentence, with the action it signals.

    One pass of the all-entries trie finds them; the group of each distinct phrase is looked up once.
    """
    found = []
    for m in lexicon.trigger_scan.finditer(text, start, end):
        group = _trigger_group(lexicon, m.group())
        weak = group.startswith(WEAK_PREFIX)
        action = group[len(WEAK_PREFIX) :] if weak else group
        found.append(Trigger(m.start(), m.end(), action, weak, kept=group == KEEP_GROUP))
    return found


def main_trigger(found: list[Trigger], lexicon: Lexicon) -> Trigger:
    """The trigger that decides the action: strong before weak, then the most specific action, earliest first."""
    rank = {a: i for i, a in enumerate(lexicon.action_priority)}
    best = min(found, key=lambda t: (not t.kept, t.weak, rank.get(t.action, len(rank)), t.start))
    return Trigger(best.start, best.end, "other", kept=True) if best.kept else best


# The prefilter, the classifier's features and the slots all ask for a sentence's status and actor: each is
# computed once per document (a str caches its hash, so the document text is a cheap key);
# `forget_sentences` empties the caches after the document.
SENTENCE_CACHE = 8192


@lru_cache(maxsize=SENTENCE_CACHE)
def status(text: str, start: int, end: int, lexicon: Lexicon) -> str:
    """The first status group of the table with a cue in the sentence; `unknown` when none has."""
    groups = [int(m.lastgroup[1:]) for m in lexicon.status.finditer(text, start, end) if m.lastgroup]
    return lexicon.status_labels[min(groups)] if groups else "unknown"


@lru_cache(maxsize=SENTENCE_CACHE)
def actor(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The earliest actor mentioned: a named minister (`minister Van Bossuyt`), else a lexicon actor."""
    candidates: list[tuple[int, int, str]] = []
    for m in lexicon.named_minister.finditer(text, start, end):
        role = lexicon.minister_roles.get(m.group("title").lower().replace("’", "'"), "minister")
        candidates.append((m.start(), 0, f"{role} {m.group('name')}"))
    for m in lexicon.known_people.finditer(text, start, end):
        role = lexicon.people_roles.get(m.group("name").lower(), "minister")
        candidates.append((m.start(), 1, f"{role} {text[m.start() : m.end()]}"))
    m = lexicon.actors.search(text, start, end)
    if m and m.lastgroup:
        candidates.append((m.start(), 2, lexicon.actor_ids[int(m.lastgroup[1:])]))
    return min(candidates)[2] if candidates else None


def forget_sentences() -> None:
    """Empty the per-sentence caches, so that they hold no document once it is done."""
    status.cache_clear()
    actor.cache_clear()


def is_negated(
    text: str, start: int, end: int, trigger: Trigger, found: list[Trigger], lexicon: Lexicon
) -> bool:
    """A negation word near the main trigger that is not itself part of a trigger (`no longer`)."""
    lo, hi = max(start, trigger.start - NEGATION_BEFORE), min(end, trigger.end + NEGATION_AFTER)
    for m in lexicon.negation.finditer(text, lo, hi):
        if not any(t.start <= m.start() < t.end for t in found):
            return True
    return False


def is_hedged(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    return lexicon.hedges.search(text, start, end) is not None


def _noun_phrase(words: list[str], lexicon: Lexicon) -> str | None:
    while words and words[0].lower() in lexicon.determiners:
        words = words[1:]
    while words and words[-1].lower() in lexicon.determiners:
        words = words[:-1]
    return " ".join(words[:MAX_TARGET_WORDS]) or None


def _words_until_stop(chunk: str, lexicon: Lexicon) -> list[str]:
    stop = lexicon.target_stop.search(chunk)
    cut = p.TARGET_END_RE.split(chunk[: stop.start()] if stop else chunk, maxsplit=1)[0]
    return p.WORD_RE.findall(cut)


def target(text: str, start: int, end: int, trigger: Trigger, lexicon: Lexicon) -> str | None:
    """What changes: a known target (canonical label) nearest the trigger, else the phrase it governs."""
    best: tuple[int, str] | None = None
    for m in lexicon.targets.finditer(text, start, end):
        if m.lastgroup:
            distance = abs(m.start() - trigger.start)
            if best is None or distance < best[0]:
                best = (distance, lexicon.target_labels[int(m.lastgroup[1:])])
    if best:
        return best[1]
    aux = lexicon.passive_aux.search(text, start, trigger.start)
    if aux:
        before = p.WORD_RE.findall(p.CLAUSE_BREAK_RE.split(text[start : aux.start()])[-1])
        return _noun_phrase(before[-MAX_TARGET_WORDS:], lexicon)
    return _noun_phrase(_words_until_stop(text[trigger.end : end], lexicon), lexicon)


def themes(text: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    """Theme labels whose lexicon words occur in the span, the most mentioned first."""
    counts = [(len(pattern.findall(text, start, end)), label) for label, pattern in lexicon.themes]
    return [label for n, label in sorted(counts, key=lambda c: -c[0]) if n]
