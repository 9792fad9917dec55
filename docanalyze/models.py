"""Record types of the public contract (SPEC.md): plain dataclasses, offsets into `Document.text`.

Every record type carries `start`/`end` (Python string offsets, end exclusive) into the text of the
document it came from, plus the `page` and `provision_id` the pipeline assigns once all records exist.
Extractors leave `id`, `page` and `provision_id` empty; `docanalyze.pipeline` fills them.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

SCHEMA_VERSION = "1.0"
RECORD_KINDS = ("provisions", "dates", "figures", "legal_references", "measures")
# The theme labels of corpora FORMAT.md, in their canonical order.
THEME_LABELS = ("reception", "residence", "asylum", "detention")


@dataclass(frozen=True)
class Segment:
    """A stretch of text in one language: the unit extractors read (one provision, usually)."""

    start: int
    end: int
    lang: str


@dataclass
class Page:
    number: int
    start: int
    end: int
    width: float | None = None
    height: float | None = None


@dataclass
class Block:
    """A layout unit found by ingestion: heading, paragraph, list item, footnote or table row."""

    start: int
    end: int
    kind: str = "paragraph"  # heading | paragraph | item | footnote | table_row
    page: int | None = None
    level: int | None = None  # heading depth, 1 = top
    bbox: tuple[float, float, float, float] | None = None
    font_size: float | None = None


@dataclass
class Theme:
    label: str
    score: float
    evidence: list[str] = field(default_factory=list)


@dataclass
class Provision:
    id: str
    start: int
    end: int
    page: int | None = None
    section: str | None = None
    language: str | None = None
    kind: str = "paragraph"
    themes: list[Theme] = field(default_factory=list)


@dataclass
class Date:
    start: int
    end: int
    text: str
    value: str
    granularity: str  # day | month | year
    inferred: bool = False
    id: str = ""
    page: int | None = None
    provision_id: str | None = None


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | int
    kind: str  # money | percentage | duration | count
    unit: str | None = None
    quantity: str | None = None
    id: str = ""
    page: int | None = None
    provision_id: str | None = None


@dataclass
class LegalReference:
    start: int
    end: int
    text: str
    kind: str  # article | instrument | decision | ecli
    articles: list[str] = field(default_factory=list)
    paragraph: str | None = None
    subparagraph: str | None = None
    point: str | None = None
    range: bool = False
    instrument: str | None = None
    inherited: bool = False
    court: str | None = None
    number: str | None = None
    date: str | None = None
    ecli: dict[str, str] | None = None
    id: str = ""
    page: int | None = None
    provision_id: str | None = None


@dataclass
class Change:
    from_: float | int | None = None
    to: float | int | None = None
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.from_, "to": self.to, "unit": self.unit}


@dataclass
class Measure:
    start: int
    end: int
    text: str
    action: str
    status: str = "unknown"
    actor: str | None = None
    target: str | None = None
    themes: list[str] = field(default_factory=list)
    change: Change | None = None
    negated: bool = False
    hedged: bool = False
    score: float | None = None
    figures: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    legal_references: list[str] = field(default_factory=list)
    id: str = ""
    page: int | None = None
    provision_id: str | None = None


def record_to_dict(record: Any) -> dict[str, Any]:
    """A record as JSON-ready dict; `Change` keeps the contract's `from` key."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Change):
            value = value.to_dict()
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            value = [dataclasses.asdict(v) for v in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


@dataclass
class Document:
    """One analysed document: the text all offsets index, its layout and every record found in it."""

    text: str
    source: str | None = None
    format: str = "txt"
    id: str = ""
    language: str | None = None
    languages: dict[str, float] = field(default_factory=dict)
    title: str | None = None
    pages: list[Page] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    dates: list[Date] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    legal_references: list[LegalReference] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "id": self.id,
                "source": self.source,
                "format": self.format,
                "language": self.language,
                "languages": self.languages,
                "pages": len(self.pages) or 1,
                "title": self.title,
            },
            "text": self.text,
            "pages": [dataclasses.asdict(p) for p in self.pages],
            **{kind: [record_to_dict(r) for r in getattr(self, kind)] for kind in RECORD_KINDS},
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, payload: dict[str, Any]) -> Document:
        """Rebuild a Document from `to_dict()` output (batch results, saved JSON)."""
        meta = payload["document"]

        def build(record_cls: type, rows: list[dict[str, Any]]) -> list[Any]:
            out = []
            for row in rows:
                row = dict(row)
                if record_cls is Provision:
                    row["themes"] = [Theme(**t) for t in row.get("themes", [])]
                if record_cls is Measure and row.get("change") is not None:
                    change = row["change"]
                    row["change"] = Change(change.get("from"), change.get("to"), change.get("unit"))
                out.append(record_cls(**row))
            return out

        return cls(
            text=payload["text"],
            source=meta.get("source"),
            format=meta.get("format", "txt"),
            id=meta.get("id", ""),
            language=meta.get("language"),
            languages=dict(meta.get("languages", {})),
            title=meta.get("title"),
            pages=build(Page, payload.get("pages", [])),
            provisions=build(Provision, payload.get("provisions", [])),
            dates=build(Date, payload.get("dates", [])),
            figures=build(Figure, payload.get("figures", [])),
            legal_references=build(LegalReference, payload.get("legal_references", [])),
            measures=build(Measure, payload.get("measures", [])),
            warnings=list(payload.get("warnings", [])),
        )

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_pandas(self, kind: str = "provisions") -> pandas.DataFrame:
        from docanalyze.io.tables import records_frame

        return records_frame(self, kind)

    def _repr_html_(self) -> str:
        from docanalyze.io.html import document_html

        return document_html(self)

    def plot_themes(self, ax: Any = None) -> Any:
        from docanalyze.io.plots import plot_themes

        return plot_themes([self], ax=ax)


def document_schema() -> dict[str, Any]:
    """The JSON Schema of `Document.to_dict()`, shipped in the package."""
    from importlib.resources import files

    return json.loads(files("docanalyze").joinpath("schema/document.schema.json").read_text(encoding="utf-8"))
