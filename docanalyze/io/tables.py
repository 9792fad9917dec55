"""One flat table per record type: DataFrames for notebooks, CSV and terminal tables for the CLI."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from docanalyze.models import RECORD_KINDS, Document, record_to_dict

if TYPE_CHECKING:
    import pandas

# Columns that hold lists or dicts are written as JSON in CSV, as Python objects in DataFrames.
_FLAT_KINDS = {"provisions"}


def record_rows(doc: Document, kind: str) -> list[dict[str, Any]]:
    """Rows of one record type, each with the document id and source in front."""
    if kind not in RECORD_KINDS:
        raise ValueError(f"kind: {kind!r} is not one of {', '.join(RECORD_KINDS)}")
    rows = []
    for record in getattr(doc, kind):
        row = {"document_id": doc.id, "source": doc.source, **record_to_dict(record)}
        if kind == "provisions":
            themes = row.pop("themes")
            row["text"] = doc.text[record.start : record.end]
            row["themes"] = [t["label"] for t in themes]
            row["theme_scores"] = {t["label"]: t["score"] for t in themes}
            row["theme_evidence"] = {t["label"]: t["evidence"] for t in themes}
        rows.append(row)
    return rows


def record_columns(kind: str) -> list[str]:
    """The columns of `record_rows`, for a table that has no row (a CSV header, an empty DataFrame)."""
    import dataclasses

    from docanalyze.models import Date, Figure, LegalReference, Measure, Provision

    record = {
        "provisions": Provision,
        "dates": Date,
        "figures": Figure,
        "legal_references": LegalReference,
        "measures": Measure,
    }[kind]
    fields = [f.name for f in dataclasses.fields(record)]
    if kind == "provisions":
        fields = [f for f in fields if f != "themes"] + ["text", "themes", "theme_scores", "theme_evidence"]
    return ["document_id", "source", *fields]


def records_frame(doc: Document, kind: str) -> pandas.DataFrame:
    import pandas as pd

    rows = record_rows(doc, kind)
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=record_columns(kind))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(docs: list[Document], kind: str = "provisions") -> str:
    rows = [row for doc in docs for row in record_rows(doc, kind)]
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=list(rows[0]) if rows else record_columns(kind), extrasaction="ignore"
    )
    writer.writeheader()  # also without rows: a script reading the CSV finds its columns
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def to_table(docs: list[Document]) -> str:
    """A terminal summary: every extracted record, one line each, grouped by document."""
    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, width=160, file=io.StringIO())
    for doc in docs:
        table = Table(title=f"{doc.source or doc.id} ({doc.language}, {len(doc.provisions)} provisions)")
        for col in ("type", "text", "value", "page", "provision"):
            table.add_column(col)
        for kind in ("dates", "figures", "legal_references", "measures"):
            for rec in getattr(doc, kind):
                value = {
                    "dates": lambda r: r.value,
                    "figures": lambda r: f"{r.value} {r.unit or ''} ({r.kind})".strip(),
                    "legal_references": lambda r: (
                        f"{r.kind} {','.join(r.articles)} {r.instrument or r.court or ''}"
                    ),
                    "measures": lambda r: f"{r.action} / {r.status}",
                }[kind](rec)
                shown = " ".join(rec.text.split())[:70]
                table.add_row(kind.rstrip("s"), shown, value, str(rec.page or ""), rec.provision_id or "")
        console.print(table)
    return console.export_text()
