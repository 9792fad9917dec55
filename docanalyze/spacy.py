"""spaCy components: `nlp.add_pipe("docanalyze_dates")` and its siblings drop our extractors into any pipeline.

Registered through the `spacy_factories` entry point, so `import docanalyze` never imports spaCy. The first
docanalyze component to see a Doc analyses its text once (cached on the Doc); each component then exposes
one record type as a span group (`doc.spans["docanalyze_dates"]`) whose spans carry the record as a dict in
`span._.docanalyze`; `doc._.docanalyze` holds the whole `docanalyze.Document`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from docanalyze.lang import LANGUAGES
from docanalyze.models import Document, record_to_dict

EXTENSION = "docanalyze"
CACHE_KEY = "docanalyze_document"
COMPONENTS = {
    "docanalyze_dates": "dates",
    "docanalyze_figures": "figures",
    "docanalyze_legal": "legal_references",
    "docanalyze_measures": "measures",
    "docanalyze_themes": "provisions",
}


def _ensure_extensions(name: str) -> None:
    """Set our extensions once; never overwrite one that someone else registered under that name."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, getter=lambda doc: doc.user_data.get(CACHE_KEY))
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)


def analysis(doc: Doc, lang: str | None, theme_model: str | None) -> Document:
    """The docanalyze Document of this spaCy Doc, computed once and cached in `doc.user_data`."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None or cached.text != doc.text:
        from docanalyze.pipeline import analyze_text

        cached = analyze_text(doc.text, lang=lang if lang in LANGUAGES else None, theme_model=theme_model)
        doc.user_data[CACHE_KEY] = cached
    return cached


def span_label(kind: str, record: Any) -> str:
    """What a span group's label says: the theme labels of a provision, the action of a measure, the kind
    of a figure or legal reference (`money`, `article`), and `date` for dates."""
    if kind == "provisions":
        return "+".join(t.label for t in record.themes) or "none"
    if kind == "measures":
        return record.action
    if kind == "dates":
        return "date"
    return record.kind


class RecordComponent:
    """Puts one docanalyze record type on the Doc as a span group."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        kind: str,
        span_key: str,
        extension: str,
        theme_model: str | None,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        self.name, self.kind, self.span_key, self.extension = name, kind, span_key, extension
        self.scorer = scorer
        self.lang = nlp.lang
        self.theme_model = theme_model
        _ensure_extensions(extension)

    def __call__(self, doc: Doc) -> Doc:
        document = analysis(doc, self.lang, self.theme_model)
        spans = []
        for record in getattr(document, self.kind):
            span = doc.char_span(record.start, record.end, alignment_mode="expand")
            if span is None:
                continue
            span = Span(doc, span.start, span.end, label=span_label(self.kind, record))
            payload = record_to_dict(record)
            if self.kind == "provisions":
                payload["labels"] = [t.label for t in record.themes]
            spans.append((span, payload))
        doc.spans[self.span_key] = [span for span, _ in spans]
        for span, payload in zip(doc.spans[self.span_key], (p for _, p in spans), strict=True):
            span._.set(self.extension, payload)
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return self.scorer(examples, **kwargs) if self.scorer else {}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


def _scorer_name(component: str) -> str:
    return f"docanalyze.{component.removeprefix('docanalyze_')}_scorer.v1"


def _factory(name: str, kind: str) -> Callable[..., RecordComponent]:
    def make(
        nlp: Language,
        name: str,
        span_key: str,
        extension: str,
        theme_model: str | None,
        scorer: Callable[..., dict[str, Any]] | None,
    ) -> RecordComponent:
        return RecordComponent(nlp, name, kind, span_key, extension, theme_model, scorer)

    make.__name__ = f"make_{name}"
    return Language.factory(
        name,
        assigns=["doc.spans", f"span._.{EXTENSION}"],
        default_config={
            "span_key": name,
            "extension": EXTENSION,
            "theme_model": None,
            "scorer": {"@scorers": _scorer_name(name)},
        },
        default_score_weights={f"{name}_f": 1.0, f"{name}_p": 0.0, f"{name}_r": 0.0},
    )(make)


def _make_scorer(span_key: str) -> Callable[[], Callable[..., dict[str, Any]]]:
    """A registered scorer factory: spaCy calls it to get the score function of one component."""

    def factory() -> Callable[..., dict[str, Any]]:
        return _scorer(span_key)

    return factory


def _scorer(span_key: str) -> Callable[[Iterable[Example]], dict[str, Any]]:
    def score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return Scorer.score_spans(
            examples,
            attr=span_key,
            getter=lambda doc, key: doc.spans.get(key, []),
            has_annotation=lambda doc: span_key in doc.spans,
            labeled=False,
            **kwargs,
        )

    return score


for _name in COMPONENTS:
    registry.scorers.register(_scorer_name(_name), func=_make_scorer(_name))

make_dates = _factory("docanalyze_dates", "dates")
make_figures = _factory("docanalyze_figures", "figures")
make_legal = _factory("docanalyze_legal", "legal_references")
make_measures = _factory("docanalyze_measures", "measures")
make_themes = _factory("docanalyze_themes", "provisions")
