"""Deterministic language identification restricted to FR, NL and EN.

Function-word counts decide almost every provision in microseconds; only when they are too few or too
close does langdetect (seeded, its probabilities filtered to our three languages, so short Dutch is
never read as Afrikaans) break the tie.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from docanalyze.lang import DEFAULT_LANGUAGE, LANGUAGES, load_language

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Function-word hits needed, and the share the winner must have, before the counts are trusted alone.
MIN_HITS = 3
MIN_SHARE = 0.6
LANGDETECT_SEED = 0


@lru_cache(maxsize=1)
def _stop_words() -> dict[str, frozenset[str]]:
    """Each language's function words minus those another language shares (`in`, `de`, `en`, `a`)."""
    tables = {code: set(load_language(code).STOP_WORDS) for code in LANGUAGES}
    return {
        code: frozenset(words - set().union(*(t for other, t in tables.items() if other != code)))
        for code, words in tables.items()
    }


def _langdetect_scores(text: str) -> dict[str, float]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = LANGDETECT_SEED
    try:
        found = detect_langs(text)
    except LangDetectException:  # no letters at all: nothing to decide on
        return {}
    scores = {c.lang: c.prob for c in found if c.lang in LANGUAGES}
    if "af" in {c.lang for c in found} and "nl" not in scores:
        scores["nl"] = next(c.prob for c in found if c.lang == "af")
    return scores


def language_scores(text: str) -> dict[str, float]:
    """Share of evidence per language (sums to 1 when anything was found, else empty)."""
    words = [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]
    counts: Counter[str] = Counter()
    stops = _stop_words()
    for word in words:
        head = word.split("'")[-1] if "'" in word else word
        for code, table in stops.items():
            if word in table or head in table:
                counts[code] += 1
    total = sum(counts.values())
    if total >= MIN_HITS and counts.most_common(1)[0][1] / total >= MIN_SHARE:
        return {code: counts[code] / total for code in LANGUAGES if counts[code]}
    scores = _langdetect_scores(text) if words else {}
    if not scores and total:
        return {code: counts[code] / total for code in LANGUAGES if counts[code]}
    norm = sum(scores.values())
    return {code: p / norm for code, p in scores.items()} if norm else {}


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    scores = language_scores(text)
    return max(scores, key=lambda c: scores[c]) if scores else default
