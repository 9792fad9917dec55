"""Comparison: alignment across languages, ranked findings, JSON/DataFrames, and the HTML report in Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import docanalyze as da
from docanalyze.compare.align import align, concept_of
from tests.browser import render

# Our own French/Dutch pair about one measure, disagreeing on the target capacity and the date.
FR = """# Accord de gouvernement – Titre 4

## Détention

Le gouvernement augmentera la capacité des centres fermés de 650 places à 1.200 places d'ici 2030, avec trois
nouveaux centres.

La durée maximale de la détention administrative est portée de huit à dix-huit mois.

## Accueil

Le réseau d'accueil de Fedasil sera ramené à 28.000 places.
"""
NL = """# Regeerakkoord – Titel 4

## Detentie

De regering verhoogt de capaciteit van de gesloten centra van 650 plaatsen naar 1.100 plaatsen tegen 2030, met drie
nieuwe centra.

De maximale duur van de administratieve detentie wordt verlengd van acht naar achttien maanden.

## Opvang

Het opvangnetwerk van Fedasil wordt teruggebracht tot 28.000 plaatsen.
"""


@pytest.fixture(scope="module")
def comparison() -> da.compare:
    return da.compare(da.analyze_text(FR, source="accord.fr"), da.analyze_text(NL, source="akkoord.nl"))


def test_provisions_align_across_languages(comparison) -> None:  # type: ignore[no-untyped-def]
    texts = {
        (comparison.a.text[p.a.start : p.a.end][:20], comparison.b.text[p.b.start : p.b.end][:20])
        for p in comparison.pairs
    }
    assert ("Le gouvernement augm", "De regering verhoogt") in texts
    assert ("Le réseau d'accueil ", "Het opvangnetwerk va") in texts


def test_capacity_disagreement_ranks_first(comparison) -> None:  # type: ignore[no-untyped-def]
    top = comparison.findings[:5]
    mismatch = [f for f in top if f.kind == "value_mismatch"]
    assert mismatch, [f.summary for f in top]
    assert 1200 in mismatch[0].a["values"] and 1100 in mismatch[0].b["values"]


def test_concepts_cross_languages() -> None:
    assert concept_of("plaatsen") == concept_of("places") == "place"


def test_dev_pair_puts_capacity_in_top_five(shared_dir: Path) -> None:
    dev = shared_dir / "corpora" / "dev"
    result = da.compare(
        dev / "arizona-agreement-analysis.en.txt", dev / "undocumented-migrants-belgium.en.txt"
    )
    top = result.findings[:5]
    capacity = [
        f
        for f in top
        if f.kind == "value_mismatch"
        and {600, 1100} <= set(f.a["values"])
        and {635, 1145} <= set(f.b["values"])
    ]
    assert capacity, [f.summary for f in top]


def test_outputs(comparison, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    payload = json.loads(comparison.to_json())
    assert payload["findings"] and payload["pairs"]
    assert len(comparison.to_pandas("findings")) == len(comparison.findings)
    assert len(comparison.to_pandas("pairs")) == len(comparison.pairs)
    with pytest.raises(ValueError):
        comparison.to_pandas("nope")


def test_no_findings_still_gives_the_columns() -> None:
    # a notebook filters `cmp.to_pandas("findings").kind` whether or not the texts disagree
    cmp = da.compare(da.analyze_text("Titre"), da.analyze_text("Titel"))
    assert list(cmp.to_pandas("findings").columns) == ["kind", "score", "summary", "side", "a", "b"]
    assert list(cmp.to_pandas("pairs").columns) == ["a", "b", "score", "evidence", "a_text", "b_text"]


def test_align_empty_document() -> None:
    assert align(da.analyze_text("Titre"), da.analyze_text("Titel")) == []


@pytest.mark.browser
def test_report_in_chromium(comparison, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    comparison.to_html(page)
    rendered = render(page, "comparison-report.png")
    assert rendered.console == []
    assert rendered.dom.count('class="finding"') == len(comparison.findings[:40])
    assert "value mismatch" in rendered.dom and 'id="theme-chart"' in rendered.dom
    assert rendered.screenshot is not None and rendered.screenshot.stat().st_size > 10_000


@pytest.mark.browser
def test_repr_html_in_chromium(comparison, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "doc.html"
    page.write_text(f"<!DOCTYPE html><meta charset=utf-8>{comparison.a._repr_html_()}", encoding="utf-8")
    rendered = render(page, "document-repr.png")
    assert rendered.console == []
    assert rendered.dom.count("<mark") >= len(comparison.a.figures) > 0


@pytest.mark.browser
def test_console_errors_are_caught(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>undefinedFunction()</script>", encoding="utf-8")
    assert any("undefinedFunction" in line for line in render(page).console)
