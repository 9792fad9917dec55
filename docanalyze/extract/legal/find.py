"""Find legal mentions in one segment: articles, named instruments, decisions and ECLI identifiers.

Finding only reads the text: it returns `Mention`s with the raw instrument match (`InstrumentHit.key`)
and, for an article without an explicit instrument, what kind of short form it used. `resolve.py` turns
keys into canonical ids and links short forms to the citation that governs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from docanalyze.extract.legal import patterns as P


@dataclass
class InstrumentHit:
    start: int
    end: int
    key: tuple[str, ...]  # ("pattern", id) | ("eu", type, a, b) | ("dated", act, iso) | ("name"|"abbr", text)


@dataclass
class Mention:
    kind: str  # article | instrument | decision | ecli
    start: int
    end: int
    articles: list[str] = field(default_factory=list)
    paragraph: str | None = None
    subparagraph: str | None = None
    point: str | None = None
    range: bool = False
    instrument: InstrumentHit | None = None
    # For an article with no explicit instrument: "bare", "ibid", or the type a short form names ("law").
    context: str | None = None
    court: str | None = None
    number: str | None = None
    date: str | None = None
    ecli: dict[str, str] | None = None


def has_trigger(low: str, triggers: re.Pattern[str]) -> bool:
    """Cheap prefilter on lower-cased text: does any of a finder's literal strings occur?"""
    return triggers.search(low) is not None


def _at_words(
    text: str, start: int, end: int, first_words: frozenset[str], pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """Matches of `pattern` tried only where a word of `first_words` starts, left to right, disjoint."""
    reached = start
    for word in P.WORD.finditer(text, start, end):
        if word.start() >= reached and word.group().lower() in first_words:
            m = pattern.match(text, word.start(), end)
            if m:
                reached = m.end()
                yield m


def iso_date(m: re.Match[str], prefix: str = "") -> str | None:
    """`15 décembre 1980` -> `1980-12-15`, `April 2017` -> `2017-04` (None without a year)."""
    year, day = m.group(prefix + "year"), m.group(prefix + "day")
    if not year:
        return None
    month = P.MONTHS[re.sub(r"\s+", " ", m.group(prefix + "month")).lower()]
    return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"


def instrument_at(text: str, pos: int, limit: int) -> InstrumentHit | None:
    """The instrument mention starting exactly at `pos`, if any."""
    m = P.INSTRUMENT.match(text, pos, limit)
    return _hit(m) if m else None


def _hit(m: re.Match[str]) -> InstrumentHit:
    """The raw key of an INSTRUMENT match, by the alternative that matched."""
    groups = m.groupdict()
    for name, instrument_id in P.PATTERN_IDS.items():
        if groups.get(name):
            return InstrumentHit(m.start(), m.end(), ("pattern", instrument_id))
    if groups["eu"]:
        key = ("eu", P.EU_TYPES[m.group("eutype").lower()], m.group("eua"), m.group("eub"))
        return InstrumentHit(m.start(), m.end(), key)
    if groups["dated"]:
        act = P.ACT_WORDS[re.sub(r"\s+", " ", m.group("actword")).lower()]
        return InstrumentHit(m.start(), m.end(), ("dated", act, iso_date(m, "act") or ""))
    kind = "name" if groups["name"] else "abbr"
    return InstrumentHit(m.start(), m.end(), (kind, m.group(kind)))


def _normalise_article(raw: str) -> str:
    """`1er` -> `1`, `8.3.a)` -> `8.3.a`, `9TER` and `9 ter` -> `9ter`."""
    number = "".join(raw.lower().rstrip(")").split())
    return number[:-2] if number.endswith("er") and number[:-2].isdigit() else number


def _article_list(text: str, pos: int, limit: int, plural: bool, mention: Mention) -> int | None:
    """Parse numbers, qualifiers, ranges and list separators from `pos`; return where the list ends."""
    number_re = P.ARTICLE_NUMBER if plural else P.ARTICLE_NUMBER_HYPHEN
    m = number_re.match(text, pos, limit) or P.ARTICLE_NUMBER.match(text, pos, limit)
    if not m:
        return None
    while True:
        mention.articles.append(_normalise_article(m.group()))
        pos = m.end()
        while (q := P.QUALIFIER.match(text, pos, limit)) and q.end() > pos:
            _qualify(mention, q)
            pos = q.end()
        sep = P.RANGE_SEPARATOR.match(text, pos, limit)
        if sep:
            mention.range = True
        else:
            sep = P.LIST_SEPARATOR.match(text, pos, limit)
        nxt = P.ARTICLE_NUMBER.match(text, sep.end(), limit) if sep else None
        if not nxt:
            return pos
        m = nxt


def _qualify(mention: Mention, q: re.Match[str]) -> None:
    """Keep the first paragraph, subparagraph and point a reference names."""
    g = q.groupdict()
    paragraph = g["par"] or g["ppar"] or g["par2"]
    sub = g["sub"] or P.ORDINALS.get((g["subw"] or g["subw2"] or "").lower())
    point = g["pointnum"] or g["pointletter"] or g["ppoint"] or g["pointw"]
    if paragraph and mention.paragraph is None:
        mention.paragraph = paragraph
    if sub and mention.subparagraph is None:
        mention.subparagraph = sub
    if point and mention.point is None:
        mention.point = point


def _attach(text: str, pos: int, limit: int, mention: Mention) -> int:
    """Attach what follows an article list (an instrument, a short name, a short form, or an act named
    after a transposing verb); return the new end."""
    for connector in (P.NO_CONNECTOR, *P.CONNECTORS):
        c = connector.match(text, pos, limit)
        hit = instrument_at(text, c.end(), limit) if c else None
        if hit:
            mention.instrument = hit
            return hit.end
    if a := P.ANAPHORA.match(text, pos, limit):
        mention.context = P.ANAPHORA_TYPES[re.sub(r"\s+", " ", a.group("ana")).lower().replace("’", "'")]
        return pos
    if s := P.SHORT_NAME.match(text, pos, limit):
        word = next(v for k, v in s.groupdict().items() if k.startswith("short") and v)
        mention.context = P.SHORT_NAME_TYPES[word.lower()]
        return s.end()
    if f := P.FORWARD_VERB.match(text, pos, limit):
        # `art. 8 omzet van richtlijn 2013/33/EU`: the act is named after the verb, outside the span.
        for connector in P.CONNECTORS:
            c = connector.match(text, f.end(), limit)
            if c and (hit := instrument_at(text, c.end(), limit)):
                mention.instrument = hit
                break
    return pos


def _ends_with_instrument(mention: Mention) -> bool:
    return mention.instrument is not None and mention.instrument.end == mention.end


def find_articles(text: str, start: int, end: int) -> list[Mention]:
    """Article references: keyword, numbers and qualifiers, then the instrument or short form after them."""
    found: list[Mention] = []
    for kw in P.ARTICLE_KEYWORD.finditer(text, start, end):
        if found and kw.start() < found[-1].end:
            continue
        mention = Mention("article", kw.start(), kw.end())
        plural = kw.group().lower() in P.PLURAL_ARTICLE_WORDS
        pos = _article_list(text, P.NO_CONNECTOR.match(text, kw.end()).end(), end, plural, mention)
        if pos is None or (
            kw.group().lower() in P.BARE_KEYWORDS and P.YEAR_LIKE.fullmatch(mention.articles[0])
        ):
            continue
        mention.end = _attach(text, pos, end, mention)
        if mention.instrument is None and mention.context is None:
            mention.context = (
                "ibid" if P.IBID_BEFORE.search(text, max(start, kw.start() - 12), kw.start()) else "bare"
            )
        found.append(mention)
        # One keyword, several instruments: `articles 40 de la loi ..., et 7.1 de la directive 2004/38/CE`.
        while _ends_with_instrument(found[-1]) and (c := P.CONTINUATION.match(text, found[-1].end, end)):
            follow = Mention("article", c.end(), c.end())
            pos = _article_list(text, c.end(), end, True, follow)
            if pos is None:
                break
            follow.end = _attach(text, pos, end, follow)
            if follow.instrument is None:
                break
            found.append(follow)
    return found


def find_instruments(text: str, start: int, end: int) -> list[Mention]:
    """Named instruments (`the Aliens Act`, `loi du 15 décembre 1980`, `Directive 2013/33/EU`)."""
    return [
        Mention("instrument", m.start(), m.end(), instrument=_hit(m))
        for m in _at_words(text, start, end, P.INSTRUMENT_FIRST_WORDS, P.INSTRUMENT)
    ]


def _is_alias(mention: Mention, previous: Mention | None, text: str) -> bool:
    """An instrument in brackets right after another instrument's name: `... Regulation (AMMR)`."""
    if mention.kind != "instrument" or previous is None or previous.instrument is None:
        return False
    opening = P.ALIAS_OPEN.search(text, previous.instrument.end, mention.start)
    return bool(
        opening and opening.start() == previous.instrument.end and P.ALIAS_CLOSE.match(text, mention.end)
    )


def _decision_tail(text: str, pos: int, end: int, mention: Mention) -> int:
    """Read the date, the number and an ECtHR case name after a court name, in any order; return the end."""
    named = False
    for _ in range(3):
        if mention.date is None and (d := P.DECISION_DATE.match(text, pos, end)):
            mention.date = iso_date(d)
            pos = d.end()
        elif mention.number is None and (n := P.DECISION_NUMBER.match(text, pos, end)):
            mention.number = n.group("worded") or n.group("number") or n.group("case") or n.group("roll")
            pos = n.end()
        elif (
            mention.number
            and mention.date is None
            and (label := P.CASE_LABEL.match(text, pos, end))
            and (d := P.DECISION_DATE.match(text, label.end(), end))
        ):
            mention.date = iso_date(d)
            pos = d.end()
        elif not named and (e := P.ECTHR_CASE.match(text, P.NO_CONNECTOR.match(text, pos, end).end(), end)):
            mention.number = mention.number or e.group("number")
            pos, named = e.end(), True
        else:
            break
    return pos


def _court_before(text: str, start: int, pos: int) -> re.Match[str] | None:
    """The last court named in the same sentence shortly before `pos`: `Le Conseil d'État (arrêt n° ...`."""
    window = max(start, pos - 120)
    last = None
    for court in _at_words(text, window, pos, P.COURT_FIRST_WORDS, P.COURT):
        last = court
    return last if last and not P.SENTENCE_END.search(text, last.end(), pos) else None


def find_decisions(text: str, start: int, end: int) -> list[Mention]:
    """Decisions: a court with a date and/or number (either order), `arrêt n° ... , la Cour ...`, and
    CJEU/ECtHR case references."""
    found: list[Mention] = []
    for lead in P.DECISION_LEAD.finditer(text, start, end):
        mention = Mention("decision", lead.start(), lead.end())
        pos = _decision_tail(text, lead.end(), end, mention)
        if pos == lead.end():
            continue
        if court := P.COURT.match(text, P.COURT_DETERMINER.match(text, pos, end).end(), end):
            mention.court, mention.end = court.group(), court.end()
            found.append(mention)
        elif mention.number and (court := _court_before(text, start, lead.start())):
            # The court was named just before: the decision is the words from `arrêt` on.
            mention.court, mention.end = court.group(), pos
            found.append(mention)
    for court in _at_words(text, start, end, P.COURT_FIRST_WORDS, P.COURT):
        mention = Mention("decision", court.start(), court.end(), court=court.group())
        mention.end = _decision_tail(text, mention.end, end, mention)
        if mention.date or mention.number:
            found.append(mention)
    low = text[start:end].lower()
    cjeu_cases = P.CJEU_CASE.finditer(text, start, end) if has_trigger(low, P.CJEU_TRIGGERS) else ()
    for m in cjeu_cases:
        found.append(Mention("decision", m.start(), m.end(), court="cjeu", number=m.group("number")))
    ecthr_cases = P.ECTHR_CASE.finditer(text, start, end) if has_trigger(low, P.VERSUS_TRIGGERS) else ()
    for m in ecthr_cases:
        mention = Mention("decision", m.start(), m.end(), court="echr-court", number=m.group("number"))
        mention.end = _decision_tail(text, m.end(), end, mention)
        found.append(mention)
    return found


def find_eclis(text: str, start: int, end: int) -> list[Mention]:
    """ECLI identifiers, split into country, court, year and number."""
    return [
        Mention(
            "ecli", m.start(), m.end(), ecli={k: m.group(k) for k in ("country", "court", "year", "number")}
        )
        for m in P.ECLI.finditer(text, start, end)
    ]


def _keep_free(candidates: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Candidates sharing no character with `taken` nor with an earlier kept candidate (longest first)."""
    kept = list(taken)
    out = []
    for c in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
            out.append(c)
    return out


# Finders in priority order (an earlier one's mention wins an overlap), each with its prefilter strings.
FINDERS = (
    (find_eclis, P.ECLI_TRIGGERS),
    (find_decisions, P.DECISION_TRIGGERS),
    (find_articles, P.ARTICLE_TRIGGERS),
    (find_instruments, P.INSTRUMENT_TRIGGERS),
)


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every mention in text[start:end], ordered by start; ECLI > decision > article > instrument on overlap."""
    low = text[start:end].lower()
    taken: list[Mention] = []
    for finder, triggers in FINDERS:
        if has_trigger(low, triggers):
            taken += _keep_free(finder(text, start, end), taken)
    ordered = sorted(taken, key=lambda m: m.start)
    return [m for i, m in enumerate(ordered) if not (i and _is_alias(m, ordered[i - 1], text))]
