"""The per-language tables of the measures extractor (data/{lang}.json), compiled once and cached.

Code never branches on the language: every language differs only in its table, and the table is compiled
into the same set of patterns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from docanalyze.extract.measures import patterns as p
from docanalyze.lang import DEFAULT_LANGUAGE, LANGUAGES

# Units of time: a rise in one of them is an extension in time, whatever verb the text uses.
DURATION_UNITS = frozenset({"hour", "day", "week", "month", "year"})
ACTIONS = ("increase", "decrease", "introduce", "abolish", "extend", "restrict", "require", "allow", "other")
# Named groups of weak triggers carry this prefix before the action.
WEAK_PREFIX = "weak_"
# The group of verbs that keep a rule unchanged; they yield the action `other`.
KEEP_GROUP = "keep"
STATUSES = ("announced", "planned", "proposed", "adopted", "in_force", "annulled", "unknown")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A language table, compiled: each pattern reports which entry group matched through `lastgroup`."""

    lang: str
    abbreviations: frozenset[str]
    triggers: re.Pattern[str]  # named groups = actions, `weak_` + action for weak triggers
    trigger_scan: re.Pattern[str]  # every trigger entry in one trie: one fast pass over a sentence
    action_priority: tuple[str, ...]
    status: re.Pattern[str]  # named groups s0, s1... in table order: the first group that matches decides
    status_labels: tuple[str, ...]
    actors: re.Pattern[str]  # named groups a0, a1... -> actor_ids
    actor_ids: tuple[str, ...]
    speakers: re.Pattern[str]  # first-person forms: who speaks may be the one who acts
    minister_title: re.Pattern[str]
    named_minister: re.Pattern[str]  # title + capitalised name
    minister_roles: dict[str, str]
    known_people: re.Pattern[str]
    people_roles: dict[str, str]
    negation: re.Pattern[str]
    hedges: re.Pattern[str]
    opinion: re.Pattern[str]  # judgement words: criticism is not a measure
    second_person: re.Pattern[str]  # `u`, `vous`: a member addressing the minister
    policy_texts: re.Pattern[str]  # `the bill`, `le projet`, `regeerakkoord`: where measures are written
    civil_society: re.Pattern[str]  # `our service`, `nos bénévoles`, `vzw`: an organisation's own work
    current: re.Pattern[str]
    from_tail: re.Pattern[str]
    to_tail: re.Pattern[str]
    by_tail: re.Pattern[str]
    instead_tail: re.Pattern[str]  # `instead of` before the old value: `after four months instead of six`
    factors: tuple[tuple[re.Pattern[str], float], ...]
    number: re.Pattern[str]  # digits or a number word, then an optional scale word and unit
    number_words: dict[str, float]
    scale_words: dict[str, float]
    unit_patterns: tuple[tuple[re.Pattern[str], str | None], ...]
    decimal_separator: str
    passive_aux: re.Pattern[str]  # ends right before the trigger
    determiners: frozenset[str]
    target_stop: re.Pattern[str]
    targets: re.Pattern[str]  # named groups t0, t1... -> target_labels
    target_labels: tuple[str, ...]
    themes: tuple[tuple[str, re.Pattern[str]], ...]


def _named_groups(
    groups: list[tuple[str, list[str]]], prefix: str
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern over several entry groups; group `{prefix}{i}` matched means label i."""
    parts = [f"(?P<{prefix}{i}>{p.alternation(words)})" for i, (_, words) in enumerate(groups)]
    return re.compile("|".join(parts)), tuple(label for label, _ in groups)


def _entry_key(entry: str) -> str:
    return entry.lower().replace("’", "'")


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled table of `lang` (unknown codes fall back to the default language)."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    raw = json.loads(
        files("docanalyze.extract.measures").joinpath(f"data/{lang}.json").read_text(encoding="utf-8")
    )
    actions = raw["actions"]
    # Strong triggers (verbs, `mandatory`) first, weak ones (`must`, `new`, `more`) after: a weak trigger
    # decides the action only when no strong one occurs.
    # Verbs that keep a rule as it is (`the ban is confirmed`) come first: the measure changes nothing, so its
    # action is `other` whatever rule it names.
    groups = [(KEEP_GROUP, raw["keep_actions"])] + [(a, actions[a]) for a in raw["action_priority"]]
    groups += [
        (f"{WEAK_PREFIX}{a}", raw["weak_actions"][a])
        for a in raw["action_priority"]
        if a in raw["weak_actions"]
    ]
    triggers = re.compile("|".join(f"(?P<{name}>{p.alternation(words)})" for name, words in groups))
    status_groups, status_labels = _named_groups([(label, words) for label, words in raw["status"]], "s")
    # Inside a lookahead, matches may overlap: a cue of a later group cannot hide one of an earlier group.
    status = re.compile(f"(?=(?:{status_groups.pattern}))")
    actors, actor_ids = _named_groups([(a, w) for a, w in raw["actors"]], "a")
    titles = p.alternation(list(raw["minister_titles"]))
    particles = p.alternation(raw["name_particles"])
    name = rf"(?:{particles}\s+)*{p.NAME_PART}(?:\s+(?:{particles}\s+)*{p.NAME_PART})?"
    targets, target_labels = _named_groups(list(raw["targets"].items()), "t")
    number_words = {_entry_key(k): float(v) for k, v in raw["number_words"].items()}
    scale_words = {_entry_key(k): float(v) for k, v in raw["scale_words"].items()}
    units = raw["units"]
    unit_alt = p.alternation(list(units))
    number = re.compile(
        rf"(?P<num>{p.NUMBER}|{p.alternation(list(number_words))})"
        rf"(?:\s+(?P<scale>{p.alternation(list(scale_words))}))?"
        rf"(?:\s?(?P<unit>{unit_alt}))?"
    )
    return Lexicon(
        lang=lang,
        abbreviations=frozenset(_entry_key(a) for a in raw["abbreviations"]),
        triggers=triggers,
        trigger_scan=re.compile(p.alternation([w for _, words in groups for w in words])),
        action_priority=tuple(raw["action_priority"]),
        status=status,
        status_labels=status_labels,
        actors=actors,
        actor_ids=actor_ids,
        speakers=p.compile_words(raw["speakers"]),
        minister_title=re.compile(titles),
        named_minister=re.compile(rf"(?P<title>{titles})\s+(?P<name>{name})"),
        minister_roles={_entry_key(k): v for k, v in raw["minister_titles"].items()},
        known_people=re.compile(
            rf"(?<!\w)(?:{particles}\s+)?(?P<name>{p.alternation(list(raw['known_people']))})"
        ),
        people_roles={_entry_key(k): v for k, v in raw["known_people"].items()},
        negation=p.compile_words(raw["negation"]),
        hedges=p.compile_words(raw["hedges"]),
        opinion=p.compile_words(raw["opinion"]),
        second_person=p.compile_words(raw["second_person"]),
        policy_texts=p.compile_words(raw["policy_texts"]),
        civil_society=p.compile_words(raw["civil_society"]),
        current=p.compile_words(raw["current"]),
        from_tail=p.tail_pattern(raw["from_words"], raw["fillers"]),
        to_tail=p.tail_pattern(raw["to_words"], raw["fillers"]),
        by_tail=p.tail_pattern(raw["by_words"], raw["fillers"]),
        instead_tail=p.tail_pattern(raw["instead_words"], raw["fillers"]),
        factors=tuple((re.compile(p.phrase_pattern(k)), float(v)) for k, v in raw["factors"].items()),
        number=number,
        number_words=number_words,
        scale_words=scale_words,
        unit_patterns=tuple((re.compile(p.phrase_pattern(k) + "$"), v) for k, v in units.items()),
        decimal_separator=raw["decimal_separator"],
        passive_aux=re.compile(rf"{p.alternation(raw['passive_aux'])}\s+$"),
        determiners=frozenset(_entry_key(d) for d in raw["determiners"]),
        target_stop=p.compile_words(raw["target_stop"]),
        targets=targets,
        target_labels=target_labels,
        themes=tuple((label, p.compile_words(words)) for label, words in raw["themes"].items()),
    )
