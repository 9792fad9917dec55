"""Measures: the policy actions a text states (FORMAT.md `measure`).

Per provision: split into sentences; keep statements (not questions) with an action, tense or actor cue
from the language table (the cheap prefilter); score them with the trained sentence classifier, each score mixed
with its neighbours'; fill the slots of those above the language's threshold (action, status, actor, target,
change, negation, hedging, themes) from the tables.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from docanalyze.extract.measures import change as ch
from docanalyze.extract.measures import slots
from docanalyze.extract.measures.classifier import load_classifier
from docanalyze.extract.measures.features import sentence_features
from docanalyze.extract.measures.lexicon import DURATION_UNITS, Lexicon, load_lexicon
from docanalyze.extract.measures.patterns import (
    NOT_STATEMENT_END_RE,
    NUMBERED_TITLE_END_RE,
    PARTY_LABEL_RE,
    SENTENCE_OPENER_RE,
    SPEAKER_TURN_RE,
)
from docanalyze.extract.measures.sentences import split_sentences
from docanalyze.lang import DEFAULT_LANGUAGE
from docanalyze.models import Date, Figure, LegalReference, Measure, Provision
from docanalyze.reading_order import mix_with_neighbours

__all__ = ["extract_measures"]

# Sentences shorter than this (in characters) are headings or fragments, not statements of a measure.
MIN_SENTENCE_CHARS = 25
# How many earlier provisions of the same section are searched for the current value of a `to`-only change.
CONTEXT_PROVISIONS = 3
# A sentence whose first characters hold a judgement word (`Critics say`, `We regret`, `Helaas`) reports an
# opinion, not a measure.
OPINION_OPENING_CHARS = 20
# Without a trained model: the score of a candidate with and without a status cue, and the bar to pass.
RULE_SCORE_WITH_STATUS = 0.6
RULE_SCORE_WITHOUT_STATUS = 0.2
RULE_THRESHOLD = 0.5
# Measures come in runs (a minister's answer, the agreement section of a report) and an organisation's own news
# too: each candidate's score is mixed with the mean score of the candidates around it, this many on each side
# and with this weight. Both were chosen on the tuning half of corpora/gold.
NEIGHBOURS = 3
NEIGHBOUR_WEIGHT = 0.3


@dataclass
class _Candidate:
    start: int
    end: int
    provision: int
    lexicon: Lexicon
    triggers: list[slots.Trigger]
    speaker: str | None


class _Spans:
    """Records sorted by start, to find those inside a span by bisection."""

    def __init__(self, records: Sequence[Date | Figure | LegalReference]) -> None:
        self.records = sorted(records, key=lambda r: r.start)
        self.starts = [r.start for r in self.records]

    def inside(self, start: int, end: int) -> list[Date | Figure | LegalReference]:
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [r for r in self.records[lo:hi] if r.end <= end]


def _speaker(who: str, lexicon: Lexicon) -> str:
    """Who opens a turn of a parliamentary record: a minister, a member (party label) or someone else."""
    if lexicon.minister_title.search(who):
        return "minister"
    return "member" if PARTY_LABEL_RE.search(who) else "other"


def _is_candidate(text: str, start: int, end: int, lexicon: Lexicon, found: list[slots.Trigger]) -> bool:
    """Cheap checks before the classifier: a statement long enough, with an action, tense, actor or speaker cue,
    that does not open as an opinion (`Critics say ...`, `Nous regrettons que ...`)."""
    if (
        end - start < MIN_SENTENCE_CHARS
        or NOT_STATEMENT_END_RE.search(text, start, end)
        or NUMBERED_TITLE_END_RE.search(text, start, end)
        or lexicon.opinion.search(text, start, min(end, start + OPINION_OPENING_CHARS))
    ):
        return False
    return bool(
        found
        or slots.status(text, start, end, lexicon) != "unknown"
        or lexicon.actors.search(text, start, end)
        or lexicon.speakers.search(text, start, end)
    )


def _candidates(text: str, provisions: Sequence[Provision]) -> list[_Candidate]:
    """Candidate sentences of the body provisions, with who holds the floor when the text is a debate."""
    out = []
    speaker: str | None = None
    for n, provision in enumerate(provisions):
        if provision.kind == "heading":
            continue
        lexicon = load_lexicon(provision.language or DEFAULT_LANGUAGE)
        body = provision.start
        turn = SPEAKER_TURN_RE.match(text, provision.start, provision.end)
        if turn:
            speaker, body = _speaker(turn.group("who"), lexicon), turn.end()
        for start, end in split_sentences(text, body, provision.end, lexicon):
            start = SENTENCE_OPENER_RE.match(text, start, end).end()
            found = slots.triggers(text, start, end, lexicon)
            if _is_candidate(text, start, end, lexicon, found):
                out.append(_Candidate(start, end, n, lexicon, found, speaker))
    return out


def _rule_score(text: str, c: _Candidate) -> float:
    """Without a trained model: a measure needs a status cue (tense, mood, decision verb)."""
    has_status = slots.status(text, c.start, c.end, c.lexicon) != "unknown"
    return RULE_SCORE_WITH_STATUS if has_status else RULE_SCORE_WITHOUT_STATUS


def _context_spans(text: str, provisions: Sequence[Provision], c: _Candidate) -> list[tuple[int, int]]:
    """Sentences around a candidate, nearest first: its provision, then earlier ones of its section."""
    own = provisions[c.provision]
    spans = [s for s in split_sentences(text, own.start, own.end, c.lexicon) if s != (c.start, c.end)]
    spans.sort(key=lambda s: abs(s[0] - c.start))
    for k in range(c.provision - 1, max(-1, c.provision - 1 - CONTEXT_PROVISIONS), -1):
        earlier = provisions[k]
        if earlier.section != own.section or earlier.kind == "heading":
            break
        spans += list(split_sentences(text, earlier.start, earlier.end, c.lexicon))[::-1]
    return spans


def _measure(
    text: str,
    c: _Candidate,
    score: float,
    provisions: Sequence[Provision],
    figures: _Spans,
    dates: _Spans,
    legal: _Spans,
) -> Measure:
    lexicon, start, end = c.lexicon, c.start, c.end
    main = slots.main_trigger(c.triggers, lexicon) if c.triggers else slots.Trigger(start, start, "other")
    inner_figures = figures.inside(start, end)
    taken = [(r.start, r.end) for r in dates.inside(start, end) + legal.inside(start, end)]
    values = ch.span_values(text, start, end, lexicon, inner_figures, taken)
    change = ch.parse_change(text, start, end, values, lexicon, main.action)
    if change is not None and change.from_ is None and change.to is not None:
        current = ch.current_value(text, _context_spans(text, provisions, c), change.unit, lexicon)
        change = ch.parse_change(text, start, end, values, lexicon, main.action, current)
    action = main.action
    # A neutral verb (`passer de ... à`, `gaat van ... naar`) takes its direction from the values.
    if (
        (main.weak or action == "other")
        and change is not None
        and change.unit != "factor"
        and change.from_ is not None
        and change.to is not None
        and change.from_ != change.to
    ):
        action = "increase" if change.to > change.from_ else "decrease"
    # A longer stay, wait or detention is an extension in time, whichever verb states it.
    if action == "increase" and change is not None and change.unit in DURATION_UNITS:
        action = "extend"
    provision = provisions[c.provision]
    themes = [t.label for t in provision.themes] or slots.themes(text, start, end, lexicon)
    return Measure(
        start=start,
        end=end,
        text=text[start:end],
        action=action,
        status=slots.status(text, start, end, lexicon),
        actor=slots.actor(text, start, end, lexicon),
        target=slots.target(text, start, end, main, lexicon),
        themes=themes,
        change=change,
        negated=slots.is_negated(text, start, end, main, c.triggers, lexicon),
        hedged=slots.is_hedged(text, start, end, lexicon),
        score=round(score, 4),
        figures=[r.id for r in inner_figures],
        dates=[r.id for r in dates.inside(start, end)],
        legal_references=[r.id for r in legal.inside(start, end)],
    )


def extract_measures(
    text: str,
    provisions: Sequence[Provision],
    dates: Sequence[Date],
    figures: Sequence[Figure],
    legal_references: Sequence[LegalReference],
) -> list[Measure]:
    """Every measure stated in the provisions of `text`, ordered by start."""
    try:
        return _extract(text, provisions, dates, figures, legal_references)
    finally:
        slots.forget_sentences()


def _extract(
    text: str,
    provisions: Sequence[Provision],
    dates: Sequence[Date],
    figures: Sequence[Figure],
    legal_references: Sequence[LegalReference],
) -> list[Measure]:
    candidates = _candidates(text, provisions)
    if not candidates:
        return []
    model = load_classifier()
    if model is not None:
        raw = model.scores(
            [sentence_features(text, c.start, c.end, c.lexicon, c.speaker, c.triggers) for c in candidates]
        )
        scores = mix_with_neighbours(np.asarray(raw), NEIGHBOURS, NEIGHBOUR_WEIGHT).tolist()
        thresholds = [model.threshold_for(c.lexicon.lang) for c in candidates]
    else:
        scores = [_rule_score(text, c) for c in candidates]
        thresholds = [RULE_THRESHOLD] * len(candidates)
    spans = _Spans(figures), _Spans(dates), _Spans(legal_references)
    measures = [
        _measure(text, c, score, provisions, *spans)
        for c, score, threshold in zip(candidates, scores, thresholds, strict=True)
        if score >= threshold
    ]
    return sorted(measures, key=lambda m: m.start)
