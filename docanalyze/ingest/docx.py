"""DOCX to Document with python-docx: paragraphs, headings from style names, list items, table rows, notes.

The body is walked in document order (paragraphs and tables interleaved); footnotes, which python-docx does
not expose, are read from the package's footnotes part and appended as `footnote` blocks.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from docanalyze.errors import DamagedDocument, EncryptedDocument
from docanalyze.models import Block, Document, Page

STYLES = Path(__file__).with_name("data") / "docx_styles.json"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
SPACE_RE = re.compile(r"[ \t\r\n\u00a0\u200b]+")
# OLE compound file signature: an encrypted DOCX is stored in one instead of a zip.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@lru_cache(maxsize=1)
def _style_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(heading with level, title, list) style-name patterns built from the per-language table."""
    table = json.loads(STYLES.read_text(encoding="utf-8"))

    def names(kind: str) -> str:
        words = {w for per_lang in table[kind].values() for w in per_lang}
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return (
        re.compile(rf"^(?:{names('heading')})\s*(\d)$", re.IGNORECASE),
        re.compile(rf"^(?:{names('title')})$", re.IGNORECASE),
        re.compile(rf"^(?:{names('list')})(?:\s*\d)?$", re.IGNORECASE),
    )


def read(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    source = str(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        if path.read_bytes()[:8] == OLE_MAGIC:
            raise EncryptedDocument(source, "password-protected (an encrypted Office file)") from None
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise DamagedDocument(
            source, f"damaged or not a DOCX file ({type(exc).__name__}: {reason})"
        ) from None
    except Exception as exc:  # lxml XMLSyntaxError and friends from a broken part
        raise DamagedDocument(
            source, f"damaged DOCX ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        ) from None
    return _document(document)


def _document(document: object) -> Document:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    heading_re, title_re, list_re = _style_patterns()
    parts: list[tuple[str, str, int | None]] = []
    title: str | None = None
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            text = _clean(item.text)
            if not text:
                continue
            style = _style_name(item)
            heading = heading_re.match(style)
            if title_re.match(style):
                title = title or text
                parts.append((text, "title", 1))
            elif heading:
                parts.append((text, "heading", int(heading.group(1))))
            elif list_re.match(style) or item._p.find(f"{W}pPr/{W}numPr") is not None:
                parts.append((text, "item", None))
            else:
                parts.append((text, "paragraph", None))
        elif isinstance(item, Table):
            parts.extend((row, "table_row", None) for row in _table_rows(item))
    parts.extend((note, "footnote", None) for note in _footnotes(document))
    if title is not None:  # a Title paragraph heads the document: Heading 1 sections sit below it
        parts = [(t, k, (lv or 0) + 1 if k == "heading" else lv) for t, k, lv in parts]
    parts = [(t, "heading" if k == "title" else k, lv) for t, k, lv in parts]
    doc = Document(text="")
    offset = 0
    texts = []
    for text, kind, level in parts:
        doc.blocks.append(Block(offset, offset + len(text), kind=kind, page=1, level=level))
        texts.append(text)
        offset += len(text) + 2
    doc.text = "\n\n".join(texts)
    doc.pages = [Page(number=1, start=0, end=len(doc.text))]
    core_title = (document.core_properties.title or "").strip()  # type: ignore[attr-defined]
    doc.title = title or core_title or None
    return doc


def _clean(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


def _style_name(paragraph: object) -> str:
    try:
        style = paragraph.style  # type: ignore[attr-defined]
    except (KeyError, ValueError):  # a style id that the styles part lacks
        return ""
    return (style.name or "") if style is not None else ""


def _table_rows(table: object) -> Iterator[str]:
    """One text per row, cells apart by a tab; a merged cell counts once; nested tables are flattened."""
    for row in table.rows:  # type: ignore[attr-defined]
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = _clean(" ".join(p.text for p in cell.paragraphs))
            if text:
                cells.append(text)
        if cells:
            yield "\t".join(cells)


def _footnotes(document: object) -> list[str]:
    from lxml import etree

    part = document.part  # type: ignore[attr-defined]
    for rel in part.rels.values():
        if rel.reltype == FOOTNOTES_REL and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            notes = []
            for note in root.iter(f"{W}footnote"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = _clean("".join(t.text or "" for t in note.iter(f"{W}t")))
                if text:
                    notes.append(f"{note.get(f'{W}id')} {text}")
            return notes
    return []
