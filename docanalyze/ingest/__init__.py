"""Formats to a Document: `read(path)` dispatches on the suffix to `ingest/<format>.py`.

Each reader returns a Document holding `text`, `pages` and (where the format has layout) `blocks`;
checks common to every format (existence, size, emptiness) happen here once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docanalyze.config import DEFAULT_SETTINGS
from docanalyze.errors import EmptyDocument, FileNotFound, FileTooLarge, UnsupportedFormat
from docanalyze.models import Document

SUFFIX_FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".txt": "txt", ".md": "md", ".docx": "docx"}


def _reader(fmt: str) -> Callable[..., Document]:
    if fmt == "pdf":
        from docanalyze.ingest.pdf import read as read_pdf

        return read_pdf
    if fmt == "html":
        from docanalyze.ingest.html import read as read_html

        return read_html
    if fmt == "docx":
        from docanalyze.ingest.docx import read as read_docx

        return read_docx
    from docanalyze.ingest.text import read as read_text

    return read_text


def read(
    path: str | Path,
    *,
    pdf_backend: str | None = None,
    password: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """The Document of one file, or a `DocanalyzeError` naming the file and the reason."""
    path = Path(path)
    source = str(path)
    if path.is_dir():
        raise UnsupportedFormat(source, "a directory, not a file (`docanalyze batch` reads directories)")
    if not path.is_file():
        raise FileNotFound(source, "no such file")
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(SUFFIX_FORMATS))
        raise UnsupportedFormat(
            source, f"unsupported file type {path.suffix or '(none)'!r} (supported: {known})"
        )
    size = path.stat().st_size
    limit = max_bytes or DEFAULT_SETTINGS.max_file_bytes
    if size == 0:
        raise EmptyDocument(source, "the file is empty (0 bytes)")
    if size > limit:
        raise FileTooLarge(source, f"the file is {size / 1e6:.0f} MB, over the {limit / 1e6:.0f} MB limit")
    reader = _reader(fmt)
    doc = reader(path, backend=pdf_backend, password=password) if fmt == "pdf" else reader(path)
    doc.source, doc.format = source, fmt
    if not doc.text.strip():
        raise EmptyDocument(source, "no text in the document")
    return doc
