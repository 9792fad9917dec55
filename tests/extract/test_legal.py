"""Legal references: data-driven cases (legal_cases.jsonl), the registry's schema and examples, and the
span conventions of corpora FORMAT.md. Every sentence here is written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from docanalyze.extract.legal import extract_legal, registry
from docanalyze.extract.legal.find import InstrumentHit
from docanalyze.extract.legal.resolve import canonical_instrument, court_id, eu_year_number
from docanalyze.models import LegalReference, Segment

CASES = [
    json.loads(line)
    for line in (Path(__file__).with_name("legal_cases.jsonl")).read_text("utf-8").splitlines()
]


def segments_of(text: str, lang: str) -> list[Segment]:
    """One segment per blank-line block, as the pipeline's provisions."""
    out, pos = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        out.append(Segment(start, start + len(block), lang))
        pos = start + len(block)
    return out


def extract(text: str, lang: str = "en") -> list[LegalReference]:
    return extract_legal(text, segments_of(text, lang))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_cases(case: dict[str, Any]) -> None:
    refs = extract(case["text"], case["lang"])
    assert [r.text for r in refs] == [e["text"] for e in case["expected"]]
    for ref, expected in zip(refs, case["expected"], strict=True):
        assert case["text"][ref.start : ref.end] == ref.text
        got = {key: getattr(ref, key) for key in expected}
        assert got == expected


def test_records_are_sorted_and_leave_pipeline_fields_empty() -> None:
    text = "Article 3 ECHR.\n\nCALL 8 March 2018, nr. 200.933.\n\nThe Aliens Act and ECLI:BE:CASS:2019:ARR.20190522.4."
    refs = extract(text)
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert [r.kind for r in refs] == ["article", "decision", "instrument", "ecli"]
    assert all(r.id == "" and r.page is None and r.provision_id is None for r in refs)


def test_only_segments_are_read() -> None:
    text = "Article 3 ECHR. Article 8 ECHR."
    refs = extract_legal(text, [Segment(16, len(text), "en")])
    assert [r.text for r in refs] == ["Article 8 ECHR"]


def test_registry_matches_its_schema() -> None:
    schema = json.loads((registry.DATA_DIR / "instruments.schema.json").read_text("utf-8"))
    jsonschema.validate(registry.load_table("instruments"), schema)


def test_registry_ids_are_unique() -> None:
    ids = [e["id"] for e in registry.instruments()]
    assert len(ids) == len(set(ids))


EXAMPLES = [(e["id"], example) for e in registry.instruments() for example in e["examples"]]


@pytest.mark.parametrize(("instrument_id", "example"), EXAMPLES, ids=[f"{i}:{x}" for i, x in EXAMPLES])
def test_registry_examples_resolve_to_their_id(instrument_id: str, example: str) -> None:
    assert instrument_id in [r.instrument for r in extract(example)]


FORMAT_IDS = [
    "be-aliens-act-1980",
    "be-aliens-decree-1981",
    "be-reception-act-2007",
    "be-nationality-code",
    "echr",
    "refugee-convention-1951",
    "un-crc",
    "eu-dublin-iii",
    "eu-return-directive",
    "eu-pact-2024",
]


@pytest.mark.parametrize("instrument_id", FORMAT_IDS)
def test_format_ids_are_registered(instrument_id: str) -> None:
    assert instrument_id in {e["id"] for e in registry.instruments()}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2013", "33", ("2013", "33")),
        ("604", "2013", ("2013", "604")),
        ("2024", "1351", ("2024", "1351")),
        ("1560", "2003", ("2003", "1560")),
    ],
)
def test_eu_number_order(a: str, b: str, expected: tuple[str, str]) -> None:
    assert eu_year_number(a, b) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("eu", "directive", "2008", "115"), "eu-return-directive"),
        (("eu", "regulation", "604", "2013"), "eu-dublin-iii"),
        (("eu", "directive", "2004", "38"), "eu-directive-2004-38"),
        (("eu", "regulation", "2019", "1896"), "eu-regulation-2019-1896"),
        (("dated", "law", "1980-12-15"), "be-aliens-act-1980"),
        (("dated", "law", "1976-07-08"), None),
        (("name", "Vreemdelingenwet"), "be-aliens-act-1980"),
        (("abbr", "EVRM"), "echr"),
    ],
)
def test_canonical_instrument(key: tuple[str, ...], expected: str | None) -> None:
    assert canonical_instrument(InstrumentHit(0, 1, key))[0] == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("CCE", "be-call"),
        ("RvV", "be-call"),
        ("Conseil d’État", "be-council-of-state"),
        ("Cass.", "be-court-of-cassation"),
        ("Grondwettelijk Hof", "be-constitutional-court"),
        ("EHRM", "echr-court"),
        ("Hof van Justitie", "cjeu"),
    ],
)
def test_court_ids(written: str, expected: str) -> None:
    assert court_id(written) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pas. 2020, n° 215 et AC 2018, nr. 674.",
        "Parl. St., Kamer, 54 2548/001, p. 154.",
        "Le projet de loi compte 7 articles.",
        "Het wetsontwerp (914/1-7) werd aangenomen met 80 stemmen.",
        "Artikel per artikel aangenomen.",
    ],
)
def test_not_references(text: str) -> None:
    assert extract(text) == []


FORMAT_COURTS = [
    "be-call",
    "be-council-of-state",
    "be-constitutional-court",
    "be-court-of-cassation",
    "echr-court",
    "cjeu",
]


def test_courts_table_covers_format_ids() -> None:
    ids = [c["id"] for c in registry.courts()]
    assert sorted(ids) == sorted(FORMAT_COURTS)


def test_resolvers_are_injectable() -> None:
    from docanalyze.extract.legal.find import find_mentions
    from docanalyze.extract.legal.resolve import Resolvers, resolve

    text = "Article 3 ECHR and CALL 8 March 2018, nr. 200.933."
    custom = Resolvers(instrument=lambda hit: ("custom-act", "treaty"), court=lambda written: written.lower())
    refs = resolve(text, [find_mentions(text, 0, len(text))], custom)
    assert [(r.instrument, r.court) for r in refs] == [("custom-act", None), (None, "call")]


def test_every_language_defines_every_citation_table() -> None:
    tables = {
        lang: set(t) for lang, t in registry.load_table("citation_words").items() if not lang.startswith("_")
    }
    assert set(tables) == {"en", "fr", "nl"}
    assert tables["en"] == tables["fr"] == tables["nl"]
