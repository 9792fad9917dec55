"""HTML views: a document's text with its records highlighted by type (notebooks, comparison reports)."""

from __future__ import annotations

from html import escape
from typing import Any

from docanalyze.models import Document

RECORD_COLOURS = {
    "dates": "#cfe8ff",
    "figures": "#ffe2b8",
    "legal_references": "#d8f5d0",
    "measures": "#f3d1f4",
}
STYLE = """
.da-doc{font-family:system-ui,sans-serif;line-height:1.5;max-width:60em}
.da-doc p{margin:.4em 0}.da-doc .da-heading{font-weight:600;margin-top:.8em}
.da-doc mark{border-radius:3px;padding:0 1px}
.da-doc mark.measures{background:none;border-bottom:2px solid #b04fb5}
.da-legend span{margin-right:1em;padding:0 4px;border-radius:3px;font-size:.85em}
.da-themes{font-size:.75em;color:#555;margin-left:.5em}
""" + "".join(
    f".da-doc mark.{kind}{{background:{colour}}}"
    for kind, colour in RECORD_COLOURS.items()
    if kind != "measures"
)


def _title(kind: str, record: Any) -> str:
    if kind == "dates":
        return f"date {record.value}"
    if kind == "figures":
        return f"{record.kind} {record.value} {record.unit or ''}".strip()
    if kind == "legal_references":
        return f"{record.kind} {' '.join(record.articles)} {record.instrument or record.court or ''}".strip()
    return f"measure: {record.action} ({record.status})"


def highlight(text: str, start: int, end: int, records: list[tuple[str, Any]]) -> str:
    """Escaped `text[start:end]` with non-overlapping <mark>s; measures underline the rest."""
    events: list[tuple[int, int, str]] = []
    for kind, record in records:
        s, e = max(start, record.start), min(end, record.end)
        if s < e:
            events.append((s, e, f'<mark class="{kind}" title="{escape(_title(kind, record))}">'))
    events.sort(key=lambda ev: (ev[0], -(ev[1] - ev[0])))
    out, pos, open_end = [], start, start
    for s, e, tag in events:
        if s < open_end:  # nested inside the previous mark: keep the outer one only
            continue
        out.append(escape(text[pos:s]))
        out.append(tag + escape(text[s:e]) + "</mark>")
        pos = open_end = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def provision_html(doc: Document, index: int, anchor: str = "") -> str:
    provision = doc.provisions[index]
    records = [
        (kind, r)
        for kind in ("dates", "figures", "legal_references")
        for r in getattr(doc, kind)
        if r.provision_id == provision.id
    ]
    body = highlight(doc.text, provision.start, provision.end, records)
    measures = [m for m in doc.measures if m.provision_id == provision.id]
    if measures:
        body = f'<mark class="measures" title="{escape("; ".join(_title("measures", m) for m in measures))}">{body}</mark>'
    themes = ", ".join(t.label for t in provision.themes)
    badge = f'<span class="da-themes">{escape(themes)}</span>' if themes else ""
    cls = "da-heading" if provision.kind == "heading" else "da-provision"
    ident = f' id="{escape(anchor)}"' if anchor else ""
    return f'<p class="{cls}"{ident} data-provision="{provision.id}">{body}{badge}</p>'


def legend() -> str:
    names = {
        "dates": "date",
        "figures": "figure",
        "legal_references": "legal reference",
        "measures": "measure",
    }
    return (
        '<div class="da-legend">'
        + "".join(f'<span style="background:{RECORD_COLOURS[k]}">{v}</span>' for k, v in names.items())
        + "</div>"
    )


def document_html(doc: Document, max_provisions: int = 400) -> str:
    """The document as HTML: provisions as paragraphs, records highlighted, themes as badges."""
    parts = [
        f"<style>{STYLE}</style>",
        '<div class="da-doc">',
        legend(),
        f"<p><b>{escape(doc.source or doc.id)}</b> — {escape(doc.language or '')}, "
        f"{len(doc.provisions)} provisions, {len(doc.dates)} dates, {len(doc.figures)} figures, "
        f"{len(doc.legal_references)} legal references, {len(doc.measures)} measures</p>",
    ]
    parts += [provision_html(doc, i) for i in range(min(len(doc.provisions), max_provisions))]
    if len(doc.provisions) > max_provisions:
        parts.append(f"<p>… {len(doc.provisions) - max_provisions} more provisions</p>")
    parts.append("</div>")
    return "\n".join(parts)
