"""Every PDF of ../shared/pdfs is analysed or rejected with the error its MANIFEST.jsonl entry calls for.

Robustness only (no crash, no hang, the right error kind); huge files are read up to a page limit so that
the whole corpus stays within about a minute per backend.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docanalyze.errors import DocanalyzeError
from docanalyze.ingest import read as read_any
from docanalyze.ingest.pdf import read as read_pdf

BACKENDS = ("pypdfium2", "pdfminer")
PAGE_LIMITS = {"pypdfium2": 80, "pdfminer": 25}
TIMEOUT_S = 60.0
# Text layers this small (non-space characters, the larger of the two libraries' counts) may be judged
# unreadable: a Type 3 font without a Unicode map, a stray glyph.
TINY_TEXT = 50


def _manifest(shared: Path) -> list[dict[str, Any]]:
    lines = (shared / "pdfs" / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [entry for entry in map(json.loads, lines) if entry["kind"] == "pdf"]


def _largest_text(entry: dict[str, Any]) -> int:
    probe = entry.get("probe") or {}
    return max((probe.get(lib) or {}).get("nonws") or 0 for lib in ("pdfminer", "pypdfium2"))


def allowed_outcomes(entry: dict[str, Any]) -> set[str]:
    """`ok` or the error kinds acceptable for a file, from its manifest fields."""
    if entry["size_bytes"] == 0:
        return {"empty"}
    if entry["has_text_layer"] is None:
        return {"encrypted"}
    if entry["encrypted"] and entry["password"] != "":
        # a user password is needed, though pdfminer may open it as the empty owner (r6-user-password)
        return {"encrypted", "ok"}
    if not entry["has_text_layer"]:
        return {"no_text", "damaged"} if entry["damaged"] else {"no_text"}
    allowed = {"ok"}
    if entry["damaged"]:
        allowed.add("damaged")
    if _largest_text(entry) < TINY_TEXT:
        allowed.add("no_text")
    return allowed


def _outcome(path: Path, backend: str, password: str | None = None) -> str:
    try:
        doc = read_pdf(
            path, backend=backend, password=password, max_pages=PAGE_LIMITS[backend], timeout_s=TIMEOUT_S
        )
    except DocanalyzeError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "\n" not in message and "Traceback" not in message
        return exc.kind
    assert doc.text.strip()
    return "ok"


@pytest.fixture(scope="module")
def entries(shared_dir: Path) -> list[dict[str, Any]]:
    if not (shared_dir / "pdfs" / "MANIFEST.jsonl").is_file():
        pytest.skip("no shared/pdfs corpus")
    return _manifest(shared_dir)


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_shared_pdf(shared_dir: Path, entries: list[dict[str, Any]], backend: str) -> None:
    wrong = []
    for entry in entries:
        path = shared_dir / "pdfs" / entry["file"]
        if entry["size_bytes"] == 0:
            try:
                read_any(path, pdf_backend=backend)
            except DocanalyzeError as exc:
                got = exc.kind
            else:
                got = "ok"
        else:
            got = _outcome(path, backend)
        if got not in allowed_outcomes(entry):
            wrong.append(f"{entry['file']}: {got}, expected {sorted(allowed_outcomes(entry))}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("backend", BACKENDS)
def test_known_passwords_open(shared_dir: Path, entries: list[dict[str, Any]], backend: str) -> None:
    locked = [e for e in entries if e["encrypted"] and e["password"] and e["has_text_layer"]]
    assert locked
    for entry in locked:
        assert _outcome(shared_dir / "pdfs" / entry["file"], backend, entry["password"]) == "ok", entry[
            "file"
        ]
