"""Resolve mentions into `LegalReference`s: canonical ids, court ids, and short forms linked to context.

The steps are plain functions over the registry tables so that each can be tested (or replaced) alone:
`canonical_instrument` maps a raw instrument match to (id, type); `court_id` and `ecli_court` map court
names and ECLI codes; `Context` carries the governing instrument through a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from docanalyze.extract.legal import registry
from docanalyze.extract.legal.find import InstrumentHit, Mention
from docanalyze.models import LegalReference

Resolved = tuple[str | None, str | None]  # (canonical id or None, instrument type or None)


def normalise_name(name: str) -> str:
    """The lookup form of a name: lower case, one space, straight apostrophes, no guillemets."""
    name = name.replace("’", "'").replace("«", " ").replace("»", " ")
    return re.sub(r"\s+", " ", name).strip().lower()


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, Resolved]]:
    names: dict[str, Resolved] = {}
    abbreviations: dict[str, Resolved] = {}
    dated: dict[str, Resolved] = {}
    eu: dict[str, Resolved] = {}
    types: dict[str, Resolved] = {}
    for entry in registry.instruments():
        resolved = (entry["id"], entry["type"])
        types[entry["id"]] = resolved
        for lang_names in entry["names"].values():
            names.update(dict.fromkeys((normalise_name(n) for n in lang_names), resolved))
        abbreviations.update(dict.fromkeys(entry["abbreviations"], resolved))
        dated.update({f"{d['act']} {d['date']}": resolved for d in entry.get("dated", [])})
        eu.update(dict.fromkeys(entry.get("eu_numbers", []), resolved))
    for kind, kind_names in registry.unregistered().items():
        names.update({normalise_name(n): (None, kind) for n in kind_names})
    return {"names": names, "abbreviations": abbreviations, "dated": dated, "eu": eu, "types": types}


def eu_year_number(a: str, b: str) -> tuple[str, str]:
    """(year, number) of an EU act number: `2013/33` and `2024/1351` are year first, `604/2013` number first."""
    return (a, b) if len(a) == 4 and 1950 <= int(a) <= 2100 else (b, a)


def canonical_instrument(hit: InstrumentHit) -> Resolved:
    """The canonical id and type of an instrument match; unknown EU numbers get `eu-<type>-<year>-<number>`."""
    tables = _tables()
    kind = hit.key[0]
    if kind == "pattern":
        return tables["types"][hit.key[1]]
    if kind == "eu":
        eu_type, year_number = hit.key[1], eu_year_number(hit.key[2], hit.key[3])
        year, number = year_number[0], str(int(year_number[1]))
        return tables["eu"].get(
            f"{eu_type} {year}/{number}", (f"eu-{eu_type}-{year}-{number}", f"eu-{eu_type}")
        )
    if kind == "dated":
        return tables["dated"].get(f"{hit.key[1]} {hit.key[2]}", (None, hit.key[1]))
    if kind == "abbr":
        return tables["abbreviations"].get(hit.key[1], (None, None))
    return tables["names"].get(normalise_name(hit.key[1]), (None, None))


@lru_cache(maxsize=1)
def _court_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names, abbreviations, ecli = {}, {}, {}
    for court in registry.courts():
        names.update(dict.fromkeys((normalise_name(n) for n in court["names"]), court["id"]))
        abbreviations.update(dict.fromkeys(court["abbreviations"], court["id"]))
        ecli.update(dict.fromkeys(court["ecli"], court["id"]))
    return names, abbreviations, ecli


def court_id(written: str) -> str | None:
    """`CALL`, `Conseil d'État`, `Cass.` -> the court's id (ids pass through unchanged)."""
    names, abbreviations, _ = _court_tables()
    if written in abbreviations:
        return abbreviations[written]
    return names.get(normalise_name(written), written if written in abbreviations.values() else None)


def ecli_court(parts: dict[str, str]) -> str | None:
    """`BE` + `CASS` -> be-court-of-cassation; `EU` + `C` -> cjeu."""
    return _court_tables()[2].get(f"{parts['country']}:{parts['court']}")


@dataclass
class Context:
    """The instruments cited so far: in this segment, the one before, and the document (overall, by type)."""

    segment_last: Resolved | None = None
    # The next instrument this segment names explicitly (set by `resolve` before each mention).
    upcoming: Resolved | None = None
    previous_last: Resolved | None = None
    segment_by_type: dict[str, Resolved] = field(default_factory=dict)
    document_last: Resolved | None = None
    document_by_type: dict[str, Resolved] = field(default_factory=dict)

    def new_segment(self) -> None:
        self.previous_last = self.segment_last
        self.segment_last = None
        self.segment_by_type = {}

    def cite(self, resolved: Resolved) -> None:
        self.segment_last = self.document_last = resolved
        if resolved[1]:
            self.segment_by_type[resolved[1]] = self.document_by_type[resolved[1]] = resolved

    def governing(self, context: str, signature: Resolved | None = None) -> Resolved | None:
        """What a short form refers to. `ibid`: the last citation. `bare`: the last instrument of this
        segment; else the instrument the article number itself belongs to (`signature`); else the next
        instrument this segment names; else the last of the segment just before (a footnote series).
        A type (`law`, `treaty`): the latest instrument of that type."""
        if context == "ibid":
            return self.document_last or signature
        if context == "bare":
            if self.segment_last:
                return self.segment_last if self.segment_last[0] or signature is None else signature
            return signature or self.upcoming or self.previous_last
        return self.segment_by_type.get(context) or self.document_by_type.get(context)


@lru_cache(maxsize=1)
def _signatures() -> list[tuple[re.Pattern[str], Resolved]]:
    return [
        (re.compile(pattern), (entry["id"], entry["type"]))
        for entry in registry.instruments()
        for pattern in entry.get("signature_articles", [])
    ]


def signature_instrument(articles: Sequence[str]) -> Resolved | None:
    """The instrument a bare article number belongs to by itself (`9bis`, `74/14`: the Aliens Act), when
    the context names none with an id; from the registry's `signature_articles`."""
    for pattern, resolved in _signatures():
        if articles and pattern.fullmatch(articles[0]):
            return resolved
    return None


@dataclass(frozen=True)
class Resolvers:
    """The injectable steps of resolution (eyecite's `resolve_citations` callables): swap one to use
    another registry or court table without touching the grammar."""

    instrument: Callable[[InstrumentHit], Resolved] = canonical_instrument
    court: Callable[[str], str | None] = court_id
    ecli: Callable[[dict[str, str]], str | None] = ecli_court
    signature: Callable[[Sequence[str]], Resolved | None] = signature_instrument


DEFAULT_RESOLVERS = Resolvers()


def to_reference(
    text: str, mention: Mention, context: Context, resolvers: Resolvers = DEFAULT_RESOLVERS
) -> LegalReference:
    """One mention as a record, updating (or reading) the citation context."""
    ref = LegalReference(
        start=mention.start,
        end=mention.end,
        text=text[mention.start : mention.end],
        kind=mention.kind,
        articles=list(mention.articles),
        paragraph=mention.paragraph,
        subparagraph=mention.subparagraph,
        point=mention.point,
        range=mention.range,
        number=mention.number,
        date=mention.date,
        ecli=mention.ecli,
    )
    if mention.instrument is not None:
        resolved = resolvers.instrument(mention.instrument)
        ref.instrument = resolved[0]
        context.cite(resolved)
    elif mention.kind == "article" and mention.context:
        governing = context.governing(mention.context, resolvers.signature(mention.articles))
        if governing and governing[0]:
            ref.instrument, ref.inherited = governing[0], True
    if mention.court:
        ref.court = resolvers.court(mention.court)
    if mention.ecli:
        ref.court = resolvers.ecli(mention.ecli)
    return ref


def resolve(
    text: str, mentions_per_segment: Sequence[Sequence[Mention]], resolvers: Resolvers = DEFAULT_RESOLVERS
) -> list[LegalReference]:
    """References of all segments, in text order, short forms linked through one document context."""
    context = Context()
    out: list[LegalReference] = []
    for mentions in mentions_per_segment:
        context.new_segment()
        upcoming: list[Resolved | None] = []
        following: Resolved | None = None
        for m in reversed(mentions):
            upcoming.append(following)
            if m.instrument is not None:
                following = resolvers.instrument(m.instrument)
        for m, nxt in zip(mentions, reversed(upcoming), strict=True):
            context.upcoming = nxt
            out.append(to_reference(text, m, context, resolvers))
    return out
