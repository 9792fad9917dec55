"""Named regexes of the legal-reference grammar, composed once at import from the data tables.

Each constant says what it matches; `find.py` applies them with `.match(text, pos)` from one token to the
next, so the grammar reads like the citation: keyword, numbers and qualifiers, connector, instrument.
"""

from __future__ import annotations

import re
from string import Template

from docanalyze.extract.legal import registry

APOSTROPHES = "'’"


def phrase(words: str) -> str:
    """A literal phrase as a regex: any run of spaces, either apostrophe, optional space inside « »."""
    out = []
    for ch in words:
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in APOSTROPHES:
            out.append(f"[{APOSTROPHES}]")
        elif ch in "«»":
            out.append(re.escape(ch) + r"\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words: list[str]) -> str:
    """Phrases as one non-capturing alternation, longest first so that the longest phrase wins."""
    return "(?:" + "|".join(phrase(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


# --- Shared fragments --------------------------------------------------------------------------------

MONTHS = registry.citation_mapping("months")
ORDINALS = registry.citation_mapping("ordinals")
# Day month year in any of the three languages: `15 décembre 1980`, `1er décembre 2021`, `8 March 2018`.
DATE_FRAGMENT = (
    rf"(?P<day>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+"
    rf"(?P<month>{alternation(list(MONTHS))})(?!\w)\s+(?P<year>\d{{4}})(?!\d)"
)
# The same, day or year optional: `koninklijk besluit van 2 augustus` and `Order of April 2017` still name acts.
ACT_DATE_FRAGMENT = (
    rf"(?:(?P<day>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+)?(?P<month>{alternation(list(MONTHS))})(?!\w)"
    rf"(?:\s+(?P<year>\d{{4}})(?!\d))?"
)
# The same without named groups, to follow another fragment: `Reception Act of 12 January 2007`.
DATE_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", DATE_FRAGMENT)
DATE_CONNECTOR = alternation(registry.citation_words("date_connectors"))
CONJUNCTION = alternation(registry.citation_words("conjunctions"))
ORDINAL = alternation(list(ORDINALS))

# --- Articles ----------------------------------------------------------------------------------------

ARTICLE_WORDS = registry.citation_words("article")
PLURAL_ARTICLE_WORDS = {w.lower() for w in ARTICLE_WORDS if w.lower().rstrip(".").endswith(("s", "en", "tt"))}
# The keyword that opens an article reference, right before its number (`l'article 8` starts at `article`).
ARTICLE_KEYWORD = re.compile(rf"(?<![\w]){alternation(ARTICLE_WORDS)}(?=\s*\d)", re.I)
# Keywords without a full stop (`art`, `arts`) are also English words (`state of the art 2020`): after
# them a year-like number is not an article.
BARE_KEYWORDS = {"art", "arts"}
YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")
_LATIN_WORDS = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)"
# Latin suffix glued or spaced (`9bis`, `9 bis`), or the ordinal `1er`.
_LATIN = rf"(?:{_LATIN_WORDS}|\s{_LATIN_WORDS}(?![\w])|er)"
# One article number: `9ter`, `61/2`, `57/6/1`, `1A`, dotted `15.5`, `8.3.a)`, `1er`; never followed by `°`.
ARTICLE_NUMBER = re.compile(
    rf"\d+(?:{_LATIN}|[a-z](?![a-z]))?(?:/\d+{_LATIN}?)*(?:\.\d+)*(?:\.[a-z]\)|\.[a-z](?![\w)]))?(?![\w°/])",
    re.I,
)
# Belgian hyphen numbering after a singular keyword: `article 51-5` (after a plural one it is a range).
ARTICLE_NUMBER_HYPHEN = re.compile(r"\d+-\d+(?![\w°/.-])")
# A qualifier after a number: `§ 1er`, `(2)`, `2°`, `a)`, `al. 2`, `alinéa 1er`, `eerste lid`, `derde en vijfde lid`.
QUALIFIER = re.compile(
    rf"""\s*,?\s*(?:{CONJUNCTION}\s+)?(?:
      §\s*(?P<par>\d+)(?:er|e)?(?![\w])
    | \((?P<ppar>\d+)\)
    | \((?P<ppoint>[a-mo-z])\)
    | (?P<pointnum>\d+)°
    | (?P<pointletter>[a-z])\)
    | {alternation(registry.citation_words("point"))}\s*\(?(?P<pointw>[a-z0-9]{{1,3}})\)?(?![\w])
    | {alternation(registry.citation_words("paragraph"))}\s*(?P<par2>\d+)(?![\w])
    | {alternation(registry.citation_words("subparagraph"))}\s*(?P<sub>\d+)(?:er|e)?(?![\w])
    | (?P<subw>{ORDINAL})(?:\s*(?:,|{CONJUNCTION})\s*{ORDINAL})*\s+{alternation(registry.citation_words("subparagraph"))}(?![\w])
    | {alternation(registry.citation_words("subparagraph"))}\s+(?P<subw2>{ORDINAL})(?![\w])
    | {alternation(registry.citation_words("section"))}\s+(?P<section>[A-Z0-9]{{1,3}})(?![\w])
    | in\s+fine(?![\w])
    )""",
    re.I | re.X,
)
# Between two articles of one list: `, `, ` et `, `, en `, ` or Article `, ` et l'article `.
LIST_SEPARATOR = re.compile(
    rf"(?:\s*,\s*(?:{CONJUNCTION}\s+)?|\s+{CONJUNCTION}\s+)(?:(?:l[{APOSTROPHES}])?{alternation(ARTICLE_WORDS)}\s*)?(?=\d)",
    re.I,
)
# Between the two ends of a range: `61/2 – 61/5`, `9 tot 12`, `23 à 26`, `61/2 to 61/5`.
RANGE_SEPARATOR = re.compile(
    rf"\s*(?:[-–—]|{alternation(registry.citation_words('range'))}(?=\s))\s*(?=\d)", re.I
)
# `Ibid.`/`Id.` just before a keyword: the article belongs to the previous citation's instrument.
IBID_BEFORE = re.compile(rf"(?<![\w]){alternation(registry.citation_words('ibid'))}\s*,?\s*$")
# A verb between a bare article and the act it belongs to: `art. 8 omzet van richtlijn 2013/33/EU`.
FORWARD_VERB = re.compile(rf"\s+{alternation(registry.citation_words('forward_verbs'))}(?=\s)", re.I)

# An abbreviation defined in brackets right after a name: `the Asylum and Migration Management Regulation
# (AMMR)`; it repeats the name it follows, so it is no reference of its own.
ALIAS_OPEN = re.compile(r"\s*\($")
ALIAS_CLOSE = re.compile(r"\)")
# Before a continuation list (`, et 7.1 de la directive ...`): comma and/or conjunction, then a number.
CONTINUATION = re.compile(rf"\s*,?\s*(?:{CONJUNCTION}\s+)?(?=\d)", re.I)

# --- Instruments -------------------------------------------------------------------------------------

_VARIABLES = registry.variables()
# Connectors between an article and its instrument (`de la`, `van het`, `of the`), tried longest first.
CONNECTORS = [
    re.compile(rf"\s*,?\s*{phrase(c)}" + (r"\s*" if c[-1] in APOSTROPHES else r"\s+"), re.I)
    for c in sorted(registry.citation_words("connectors"), key=len, reverse=True)
]
# No connector: `Article 3 ECHR`, `artikel 74/6, § 1, Vreemdelingenwet`.
NO_CONNECTOR = re.compile(r"\s*,?\s*")
ANAPHORA_TYPES = registry.citation_mapping("anaphora")
# A short form with no name (`de cette loi`, `van die wet`): the article keeps the governing instrument and
# the words stay out of the span.
ANAPHORA = re.compile(rf"\s*,?\s*(?P<ana>{alternation(list(ANAPHORA_TYPES))})(?![\w])", re.I)
SHORT_NAME_TYPES = registry.citation_mapping("short_names")
# A short name (`de la Convention`, `van het Verdrag`, `du Code`): inherited by type, kept in the span.
SHORT_NAME = re.compile(
    "|".join(
        rf"{c.pattern}(?P<short{i}>{alternation(list(SHORT_NAME_TYPES))})(?![\w])"
        for i, c in enumerate(CONNECTORS)
    ),
    re.I,
)

EU_TYPES = registry.citation_mapping("eu_act_words")
# An EU act by number: `Directive 2013/33/EU`, `règlement (UE) n° 604/2013`, `Regulation (EU) 2024/1351`.
EU_ACT_FRAGMENT = (
    rf"(?P<eutype>{alternation(list(EU_TYPES))})\s*(?:\(?(?:EU|UE|EC|CE|EG|EEG|EEC|CEE)\)?\s*)?"
    rf"(?:{alternation(registry.citation_words('number_prefix'))}\s*)?"
    r"(?P<eua>\d{2,4})/(?P<eub>\d{1,4})(?!\d)(?:/(?:EU|UE|EC|CE|EG|EEG|EEC|CEE)(?![\w]))?"
)
# An EU number repeated after a name: `Terugkeerrichtlijn 2008/115/EG`, `Asylum Procedure Regulation (EU)
# 2024/1348`, `Dublin III-verordening (nr. 604/2013)`.
_EU_NUMBER = r"\d{2,4}/\d{1,4}(?!\d)(?:/(?:EU|UE|EC|CE|EG|EEG|EEC|CEE)(?![\w]))?"
NAME_NUMBER_SUFFIX = (
    rf"\s*(?:\(\s*(?:{alternation(registry.citation_words('number_prefix'))}\s*)?{_EU_NUMBER}\s*\)"
    rf"|(?:\((?:EU|UE|EC|CE|EG|EEG|EEC|CEE)\)\s*)?(?:{alternation(registry.citation_words('number_prefix'))}\s*)?{_EU_NUMBER})"
)
ACT_WORDS = registry.citation_mapping("act_words")
# An act by its date: `loi du 15 décembre 1980`, `wet van 12 januari 2007`, `Royal Decree of 8 October 1981`;
# the span ends after the date even when the long title goes on.
DATED_ACT_FRAGMENT = (
    rf"(?P<actword>{alternation(list(ACT_WORDS))})\s+{DATE_CONNECTOR}\s+"
    + ACT_DATE_FRAGMENT.replace("(?P<day>", "(?P<actday>")
    .replace("(?P<month>", "(?P<actmonth>")
    .replace("(?P<year>", "(?P<actyear>")
)


def _registry_fragments() -> tuple[str, dict[str, str]]:
    """The registry's own regexes as one alternation, and the id each group `pN` stands for."""
    groups: dict[str, str] = {}
    parts = []
    n = 0
    for entry in registry.instruments():
        for pattern in entry.get("patterns", []):
            groups[f"p{n}"] = entry["id"]
            parts.append(f"(?P<p{n}>{Template(pattern).substitute(_VARIABLES)})")
            n += 1
    return "|".join(parts), groups


REGISTRY_PATTERNS, PATTERN_IDS = _registry_fragments()
NAMES = [n for e in registry.instruments() for names in e["names"].values() for n in names]
ABBREVIATIONS = [a for e in registry.instruments() for a in e["abbreviations"]]
UNREGISTERED = [n for names in registry.unregistered().values() for n in names]
# Any instrument mention: registry regexes, EU act numbers, dated acts, then names (case-insensitive) and
# abbreviations (case-sensitive), each alternation longest first.
INSTRUMENT = re.compile(
    rf"(?<![\w/-])(?:{REGISTRY_PATTERNS + '|' if REGISTRY_PATTERNS else ''}(?P<eu>{EU_ACT_FRAGMENT})"
    rf"|(?P<dated>{DATED_ACT_FRAGMENT})"
    rf"|(?P<name>{alternation(NAMES + UNREGISTERED)})(?:\s+{DATE_CONNECTOR}\s+{DATE_PLAIN}|{NAME_NUMBER_SUFFIX})?"
    rf"|(?-i:(?P<abbr>{alternation(ABBREVIATIONS)})))(?![\w])",
    re.I,
)

# Words at which an instrument mention can start (lower case): `find_instruments` tries INSTRUMENT only
# there instead of at every character (eyecite's literal prefilter, by word). A registry pattern must
# start with one of these words (a name, an act word); its examples test that it does.
WORD = re.compile(r"\w+")
INSTRUMENT_FIRST_WORDS = frozenset(
    m.group().lower()
    for phrase_ in [*NAMES, *UNREGISTERED, *ABBREVIATIONS, *ACT_WORDS, *EU_TYPES]
    for m in [WORD.search(phrase_)]
    if m
)

# --- Decisions and ECLI ------------------------------------------------------------------------------

# An ECLI: `ECLI:BE:CASS:2023:ARR.20230117.2F.1` (the number never ends with the sentence's full stop).
ECLI = re.compile(
    r"ECLI:(?P<country>[A-Z]{2}):(?P<court>[A-Z0-9]{1,7}):(?P<year>\d{4}):(?P<number>[A-Z0-9.]*[A-Z0-9])"
)
COURT_NAMES = [n for c in registry.courts() for n in c["names"]]
COURT_ABBREVIATIONS = [a for c in registry.courts() for a in c["abbreviations"]]
# Words before which `CE` is the EU and no court: `règlement CE n° 343/2003`.
_NOT_COURT_AFTER = "".join(f"(?<!{w} )(?<!{w.capitalize()} )" for w in EU_TYPES)
# A court: its name (any case) or abbreviation (exact case); not the statute `Wet Raad van State`.
COURT = re.compile(
    rf"(?<![\w/.-])(?<!Wet ){_NOT_COURT_AFTER}(?:(?P<cname>{alternation(COURT_NAMES)})"
    rf"|(?-i:(?P<cabbr>{alternation(COURT_ABBREVIATIONS)})))(?![\w])",
    re.I,
)
# A Cassation roll number: `P.22.1444.F`, `S.13.0056.F`; `P.22.0766.F-P.22.0780.F` is one case.
ROLL_NUMBER = r"[A-Z]\.\d{2}\.\d{4}\.[A-Z]"
# A number with thousands separators (dot, space, no-break spaces): `200.933`, `210 906`.
GROUPED_NUMBER = r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?!\d|\.\d)"
# A decision or docket number: roll numbers, `200.933`, `210 906`, `1/2012`, `C-123/45`.
DECISION_NUMBER_FRAGMENT = (
    rf"(?P<number>{ROLL_NUMBER}(?:-{ROLL_NUMBER})?|C-\d+/\d{{2}}|{GROUPED_NUMBER}|\d+/\d+|\d+)(?![\w/])"
)
DECISION_WORDS = alternation(registry.citation_words("decision_words"))
NUMBER_PREFIX = alternation(registry.citation_words("number_prefix"))
# After a court: `, 9 avril 1998`, ` of 8 March 2018`.
DECISION_DATE = re.compile(rf"\s*,?\s*(?:{DECISION_WORDS}\s+)?(?:{DATE_CONNECTOR}\s+)?{DATE_FRAGMENT}", re.I)
# After a court: `, nr. 200.933`, `, RG P.22.1444.F`, ` judgment no. 200 933`, ` arrest 1/2014`,
# `, FMS e.a., C-924/19`, or a bare roll number `P.19.0001.N`.
DECISION_NUMBER = re.compile(
    rf"\s*,?\s*(?:{DECISION_WORDS}\s+(?:(?:{NUMBER_PREFIX})\s*)?(?P<worded>\d+/\d{{4}}|{GROUPED_NUMBER})"
    rf"|(?:{DECISION_WORDS}\s+)?(?:(?:{NUMBER_PREFIX})\s*{DECISION_NUMBER_FRAGMENT}"
    rf"|(?:[A-Z][\w.'’ -]{{0,40}}?,\s*)?(?P<case>C-\d+/\d{{2}})|(?P<roll>{ROLL_NUMBER})))(?![\w/])",
    re.I,
)
# A decision named before its court (`arrêt n° 1/2012 du 11 janvier 2012, la Cour constitutionnelle`,
# `judgment of 8 November 2022, C-704/20, the Court of Justice`): the word, then the court's tail grammar.
DECISION_LEAD = re.compile(rf"(?<![\w]){DECISION_WORDS}(?![\w])", re.I)
# A case name between a decision's number and its date: `CJEU, C-233/18, Haqbin, 12 November 2019`.
CASE_LABEL = re.compile(
    r"\s*,\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|e\.a\.|and\s+Others|et\s+autres|e\.a))*(?=\s*,)"
)
# A sentence end: a decision word does not take its court from across one.
SENTENCE_END = re.compile(r"[.!?;]\s")
# Between a decision's number or date and the court named after it: `, la `, ` van de `, `, the `.
COURT_DETERMINER = re.compile(
    rf"\s*,?\s*(?:{alternation(registry.citation_words('court_determiners'))}\s+)?", re.I
)
# A CJEU case number without a court: `Case C-924/19`, `affaire C‑808/18`.
CJEU_CASE = re.compile(
    rf"(?<![\w])(?:{alternation(registry.citation_words('case_words'))}\s+)?(?P<number>C[-‑]\d{{1,4}}/\d{{2}})(?![\w/])"
)
# An ECtHR case: `M.S.S. v. Belgium and Greece`, optionally `, no. 30696/09`.
ECTHR_CASE = re.compile(
    r"(?<![\w])(?P<name>[A-Z][\w.'’-]*(?:\s+(?:and\s+Others\s+|[A-Z][\w.'’-]*\s+)?)?)\s*"
    rf"{alternation(registry.citation_words('versus'))}\s+"
    rf"(?P<state>{alternation(registry.load_table('courts')['echr_states'])})(?![\w])"
    rf"(?:\s+{CONJUNCTION}\s+[A-Z]\w+)?(?:\s*[,(]\s*{NUMBER_PREFIX}\s*(?P<number>\d{{3,6}}/\d{{2}}))?"
)

# --- Prefilter ---------------------------------------------------------------------------------------


def _any_of(strings: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t) for t in sorted(strings, key=len, reverse=True)))


# Cheap lower-case substrings per finder, as one regex each: a segment holding none of a finder's strings
# cannot hold what it looks for, so its grammar never runs there (eyecite's literal `strings` prefilter).
ARTICLE_TRIGGERS = _any_of({w.lower().rstrip(".") for w in ARTICLE_WORDS})
ECLI_TRIGGERS = _any_of({"ecli:"})
VERSUS_TRIGGERS = _any_of({f" {v.lower()} " for v in registry.citation_words("versus")})
CJEU_TRIGGERS = _any_of({"c-", "c‑"})
DECISION_TRIGGERS = _any_of(
    {n.lower()[:6] for n in COURT_NAMES}
    | {a.lower() for a in COURT_ABBREVIATIONS}
    | {"c-", "c‑"}
    | {f" {v.lower()} " for v in registry.citation_words("versus")}
)
INSTRUMENT_TRIGGERS = _any_of(
    {w.lower() for w in ACT_WORDS}
    | set(EU_TYPES)
    | {n.lower()[:6] for n in NAMES + UNREGISTERED}
    | {a.lower() for a in ABBREVIATIONS}
)
# Words at which a court name can start (lower case), for the word-by-word scan.
COURT_FIRST_WORDS = frozenset(
    m.group().lower() for phrase_ in COURT_NAMES + COURT_ABBREVIATIONS for m in [WORD.search(phrase_)] if m
)
