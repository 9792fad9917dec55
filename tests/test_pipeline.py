"""The JSON contract on our examples and on every dev document (issue 3's done-when)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import docanalyze as da
from docanalyze.models import RECORD_KINDS, document_schema

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "corpora" / "examples").glob("*.md"))


def check_contract(doc: da.Document, original: str) -> None:
    payload = json.loads(doc.to_json())
    jsonschema.validate(payload, document_schema())
    assert payload["text"] == original
    for kind in RECORD_KINDS:
        for record in payload[kind]:
            assert 0 <= record["start"] < record["end"] <= len(original)
            if "text" in record:
                assert original[record["start"] : record["end"]] == record["text"], record
    ids = [p["id"] for p in payload["provisions"]]
    for kind in ("dates", "figures", "legal_references", "measures"):
        for record in payload[kind]:
            assert record["provision_id"] is None or record["provision_id"] in ids


def test_every_record_of_plain_text_has_its_page() -> None:
    # SPEC: provisions carry a page like the records inside them; plain text is one page
    doc = da.analyze_text("Titre 2 – Accueil\n\nLe réseau d'accueil comptera 28.000 places en 2027.")
    for kind in RECORD_KINDS:
        assert all(record.page == 1 for record in getattr(doc, kind)), kind


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_follow_the_contract(path: Path) -> None:
    doc = da.analyze(path)
    check_contract(doc, path.read_text(encoding="utf-8"))
    assert doc.language == path.suffixes[-2].lstrip(".")


def test_dev_documents_follow_the_contract(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "corpora" / "dev").glob("*.txt"))
    assert paths
    for path in paths:
        doc = da.analyze(path)
        check_contract(doc, path.read_text(encoding="utf-8"))


def test_analyze_text_keeps_text_and_forced_language() -> None:
    text = "De regering zal de capaciteit van de gesloten centra verhogen.\n\nLe gouvernement augmentera les places."
    doc = da.analyze_text(text, lang="fr")
    assert doc.text == text
    assert doc.language == "fr"
    assert {p.language for p in doc.provisions} == {"fr"}


def test_mixed_document_languages_per_provision() -> None:
    text = (
        "De regering zal de capaciteit van de gesloten centra verhogen tegen het einde van de legislatuur.\n\n"
        "Le gouvernement augmentera le nombre de places dans les centres fermés avant la fin de la législature.\n\n"
        "Le Conseil des ministres a approuvé le texte et il sera publié au Moniteur belge dans les prochains jours."
    )
    doc = da.analyze_text(text)
    assert [p.language for p in doc.provisions] == ["nl", "fr", "fr"]
    assert doc.language == "fr"
    assert set(doc.languages) == {"fr", "nl"}


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="lang"):
        da.analyze_text("text", lang="de")


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_to_pandas_has_one_row_per_record(kind: str) -> None:
    doc = da.analyze(EXAMPLES[0])
    frame = doc.to_pandas(kind)
    assert len(frame) == len(getattr(doc, kind))
    assert "document_id" in frame.columns
