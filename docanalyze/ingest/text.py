"""Plain text and Markdown: the decoded file, unchanged, so that offsets point into the original."""

from __future__ import annotations

from pathlib import Path

from docanalyze.errors import EncodingProblem
from docanalyze.models import Document


def read(path: Path) -> Document:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(
            str(path),
            f"not valid UTF-8 (byte {raw[exc.start]:#04x} at offset {exc.start}); re-save it as UTF-8",
        ) from None
    if "\x00" in text:
        raise EncodingProblem(str(path), "the file holds NUL bytes: binary or UTF-16, not UTF-8 text")
    return Document(text=text)
