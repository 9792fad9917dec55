"""From a Document holding text and layout to one holding every record: the order of the passes.

ingest -> blocks -> provisions (section paths) -> languages -> extractors -> overlap resolution ->
ids, pages and provisions on records -> themes -> measures.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docanalyze.classify import ThemeModel, document_themes, load_theme_model
from docanalyze.config import DEFAULT_SETTINGS
from docanalyze.extract import overlap
from docanalyze.extract.dates import extract_dates
from docanalyze.extract.figures import extract_figures
from docanalyze.extract.legal import extract_legal
from docanalyze.extract.measures import extract_measures
from docanalyze.lang import DEFAULT_LANGUAGE, LANGUAGES
from docanalyze.langid import language_scores
from docanalyze.models import Document, Page, Segment
from docanalyze.segment import provisions_from_blocks, text_blocks

# Provisions with fewer words than this take the document's language: too little evidence of their own.
MIN_WORDS_FOR_OWN_LANGUAGE = 6
ID_PREFIXES = {"dates": "d", "figures": "f", "legal_references": "l", "measures": "m"}


def document_id(text: str) -> str:
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _assign_languages(doc: Document, forced: str | None) -> None:
    """Each provision's language, and the document's share of words per language."""
    own_languages: list[str | None] = []
    words_per_language: dict[str, int] = {}
    for provision in doc.provisions:
        chunk = doc.text[provision.start : provision.end]
        words = len(chunk.split())
        own = forced
        if own is None and words >= MIN_WORDS_FOR_OWN_LANGUAGE:
            scores = language_scores(chunk)
            own = max(scores, key=lambda c: scores[c]) if scores else None
        own_languages.append(own)
        if own:
            words_per_language[own] = words_per_language.get(own, 0) + words
    total = sum(words_per_language.values())
    ranked = sorted(words_per_language.items(), key=lambda kv: -kv[1])
    doc.languages = {code: round(n / total, 3) for code, n in ranked}
    doc.language = forced or (ranked[0][0] if ranked else _fallback_language(doc.text))
    for provision, own in zip(doc.provisions, own_languages, strict=True):
        provision.language = own or doc.language


def _fallback_language(text: str) -> str:
    scores = language_scores(text[:5000])
    return max(scores, key=lambda c: scores[c]) if scores else DEFAULT_LANGUAGE


def _locate(doc: Document, records: Sequence[Any], prefix: str) -> None:
    """Give records their id, page (the page holding their start: `enrich` always has pages by now) and
    provision (the provision holding their start)."""
    prov_starts = [p.start for p in doc.provisions]
    page_starts = [p.start for p in doc.pages]
    for n, record in enumerate(records, 1):
        record.id = f"{prefix}{n}"
        i = bisect_right(prov_starts, record.start) - 1
        if i >= 0 and record.start < doc.provisions[i].end:
            record.provision_id = doc.provisions[i].id
        record.page = doc.pages[max(0, bisect_right(page_starts, record.start) - 1)].number


def enrich(
    doc: Document,
    *,
    lang: str | None = None,
    theme_model: ThemeModel | None = None,
    document_date: str | None = None,
) -> Document:
    """Run every pass over a Document that holds text (and, for laid-out formats, blocks)."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang: {lang!r} is not one of {', '.join(LANGUAGES)}")
    doc.id = doc.id or document_id(doc.text)
    if not doc.blocks:
        doc.blocks = text_blocks(doc.text)
    doc.provisions = provisions_from_blocks(doc.text, doc.blocks)
    if not doc.pages:
        doc.pages = [Page(number=1, start=0, end=len(doc.text))]
    page_starts = [p.start for p in doc.pages]
    for provision in doc.provisions:  # plain text has no blocks with pages: its provisions get them here
        if provision.page is None:
            provision.page = doc.pages[max(0, bisect_right(page_starts, provision.start) - 1)].number
    _assign_languages(doc, lang)
    segments = [
        Segment(p.start, p.end, p.language or doc.language or DEFAULT_LANGUAGE) for p in doc.provisions
    ]

    legal = extract_legal(doc.text, segments)
    dates = extract_dates(doc.text, segments, document_date=document_date)
    figures = extract_figures(doc.text, segments)
    doc.dates, doc.figures, doc.legal_references = overlap.resolve(dates, figures, legal)
    for kind in ("dates", "figures", "legal_references"):
        _locate(doc, getattr(doc, kind), ID_PREFIXES[kind])

    if theme_model is not None and doc.provisions:
        predicted = document_themes(theme_model, doc.text, doc.provisions)
        for provision, themes in zip(doc.provisions, predicted, strict=True):
            provision.themes = themes

    doc.measures = extract_measures(doc.text, doc.provisions, doc.dates, doc.figures, doc.legal_references)
    _locate(doc, doc.measures, ID_PREFIXES["measures"])
    return doc


def analyze_text(
    text: str,
    lang: str | None = None,
    *,
    theme_model: str | Path | ThemeModel | None = None,
    document_date: str | None = None,
    source: str | None = None,
) -> Document:
    """Analyse a string: the text is kept as given, so offsets index it directly."""
    doc = Document(text=text, source=source, format="txt")
    return enrich(doc, lang=lang, theme_model=_theme_model(theme_model), document_date=document_date)


def analyze(
    path: str | Path,
    *,
    lang: str | None = None,
    theme_model: str | Path | ThemeModel | None = None,
    pdf_backend: str | None = None,
    password: str | None = None,
    document_date: str | None = None,
    timeout_s: float | None = None,
) -> Document:
    """Analyse a file (.pdf .html .htm .txt .md .docx); bad input raises a `DocanalyzeError`.

    The whole analysis runs under a time limit (`timeout_s`, default `Settings.timeout_s`), so no input
    can hang a script: past it, `AnalysisTimeout` names the file.
    """
    from docanalyze.ingest import read
    from docanalyze.ingest._timelimit import time_limit

    model = _theme_model(theme_model)
    with time_limit(timeout_s or DEFAULT_SETTINGS.timeout_s, str(path)):
        doc = read(path, pdf_backend=pdf_backend, password=password)
        return enrich(doc, lang=lang, theme_model=model, document_date=document_date)


def _theme_model(model: str | Path | ThemeModel | None) -> ThemeModel | None:
    if model is None or isinstance(model, (str, Path)):
        return load_theme_model(model)
    return model
