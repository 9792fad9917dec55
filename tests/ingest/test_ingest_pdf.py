"""PDF ingestion on PDFs we generate: text quality, margins, hyphenation, blocks, errors, for both backends."""

from __future__ import annotations

import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fpdf")

from ingest_pdfgen import write_pdf  # noqa: E402
from ingest_sample import FOOTER_STYLES, HEADER, SECTIONS, TITLE, split_words, word_f1  # noqa: E402

from docanalyze.errors import AnalysisTimeout, DamagedDocument, EncryptedDocument, NoTextLayer  # noqa: E402
from docanalyze.ingest import pdf as pdf_module  # noqa: E402
from docanalyze.ingest import read as read_any  # noqa: E402
from docanalyze.ingest._timelimit import check  # noqa: E402
from docanalyze.ingest.pdf import read  # noqa: E402
from docanalyze.models import Document  # noqa: E402
from docanalyze.pipeline import enrich  # noqa: E402

BACKENDS = ("pypdfium2", "pdfminer")
# (columns, footer style, repeat): page numbers of every style, one and two columns.
LAYOUTS = [(2, FOOTER_STYLES[0], 2), (2, FOOTER_STYLES[1], 9), (1, FOOTER_STYLES[2], 4)]
# What a running footer or page number left in the text would look like.
LEFTOVER_RE = re.compile(r"Page \d+ of \d+|- \d+ -|^\d{1,3}$", re.MULTILINE)


@pytest.fixture(scope="module", params=LAYOUTS, ids=lambda p: f"{p[0]}col-{p[1]}")
def sample(request: pytest.FixtureRequest) -> Iterator[tuple[Path, str, int]]:
    """A generated PDF, its text and page count; in a folder of its own, which no other pytest run
    cleaning up its numbered temporary folders can remove while the module runs."""
    columns, footer, repeat = request.param
    with tempfile.TemporaryDirectory(prefix="docanalyze-ingest-") as folder:
        path = Path(folder) / "sample.pdf"
        pages, written = write_pdf(path, repeat=repeat, columns=columns, footer_style=footer)
        yield path, written, pages


_READ: dict[tuple[Path, str], Document] = {}


def cached_read(path: Path, backend: str) -> Document:
    """One extraction per sample and backend, shared by the tests that only look at it."""
    if (path, backend) not in _READ:
        _READ[(path, backend)] = read(path, backend=backend)
    return _READ[(path, backend)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_words_and_margins(sample: tuple[Path, str, int], backend: str) -> None:
    path, written, pages = sample
    doc = cached_read(path, backend)
    assert len(doc.pages) == pages > 1
    assert word_f1(written, doc.text) >= 0.98
    assert HEADER not in doc.text
    assert LEFTOVER_RE.search(doc.text) is None


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("word", "part"), split_words(), ids=lambda v: v)
def test_broken_words_mended(sample: tuple[Path, str, int], backend: str, word: str, part: str) -> None:
    text = cached_read(sample[0], backend).text
    left = part.rstrip("-")
    right = word[len(part) :] if word.startswith(part) else word[len(left) :]
    assert word in text
    broken = [f"{left} {right}", f"{left}- {right}", f"{left}\ufffe{right}"]
    if "-" not in word:
        broken.append(f"{left}-{right}")
    assert not [form for form in broken if form in text]


@pytest.mark.parametrize("backend", BACKENDS)
def test_blocks(sample: tuple[Path, str, int], backend: str) -> None:
    doc = cached_read(sample[0], backend)
    kinds: dict[str, list[tuple[str, int | None]]] = {}
    for block in doc.blocks:
        kinds.setdefault(block.kind, []).append((doc.text[block.start : block.end], block.level))
        assert doc.text[block.start : block.end] == doc.text[block.start : block.end].strip()
    assert doc.title == TITLE
    assert (TITLE, 1) in kinds["heading"]
    for section in SECTIONS:
        assert (section.heading, 2) in kinds["heading"]
        assert any(text.startswith(section.paragraphs[0][:40]) for text, _ in kinds["paragraph"])
        assert section.items[0] in [text for text, _ in kinds["item"]]
    assert SECTIONS[0].footnote in [text for text, _ in kinds["footnote"]]
    assert "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks) == doc.text


@pytest.mark.parametrize("backend", BACKENDS)
def test_pages_and_sections(sample: tuple[Path, str, int], backend: str) -> None:
    doc = enrich(read(sample[0], backend=backend))
    assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert all(a.end == b.start for a, b in zip(doc.pages, doc.pages[1:], strict=False))
    sections = {p.section for p in doc.provisions if p.kind == "paragraph"}
    assert f"{TITLE} > {SECTIONS[1].heading}" in sections


def _blank_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))


def _encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 20, "Texte confidentiel sur la politique d'asile.")
    pdf.output(str(path))


def _not_a_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n")


# (maker, error raised, words of the reason)
BAD_FILES = [
    (_blank_pdf, NoTextLayer, "no text layer"),
    (_encrypted_pdf, EncryptedDocument, "password"),
    (_not_a_pdf, DamagedDocument, "damaged"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("make", "error", "reason"), BAD_FILES, ids=lambda v: getattr(v, "__name__", str(v)))
def test_bad_files(tmp_path: Path, backend: str, make, error: type[Exception], reason: str) -> None:  # noqa: ANN001
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(error) as caught:
        read_any(path, pdf_backend=backend)
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "\n" not in message


@pytest.mark.parametrize("backend", BACKENDS)
def test_password_opens(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "locked.pdf"
    _encrypted_pdf(path)
    assert "politique d'asile" in read(path, backend=backend, password="user-secret").text


@pytest.mark.parametrize("backend", BACKENDS)
def test_password_of_another_file_does_not_lock_an_open_one(tmp_path: Path, backend: str) -> None:
    # `analyze a.pdf b.pdf --password X`: b has only an owner password (copy protection), which X is not
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 20, "Texte protégé contre la copie sur la politique d'asile.")
    path = tmp_path / "copy-protected.pdf"
    pdf.output(str(path))
    assert "politique d'asile" in read(path, backend=backend, password="user-secret-of-a.pdf").text


@pytest.mark.parametrize("backend", BACKENDS)
def test_page_limit(sample: tuple[Path, str, int], backend: str) -> None:
    doc = read(sample[0], backend=backend, max_pages=1)
    assert len(doc.pages) == 1
    assert any("only the first 1 of" in w for w in doc.warnings)


# (library error raised by the first backend): what damaged files make pdfminer and PDFium raise
LIBRARY_ERRORS = [
    ValueError("Non-Ascii85 digit found"),
    TypeError("'int' object is not iterable"),
    KeyError("R"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("error", LIBRARY_ERRORS, ids=lambda e: type(e).__name__)
def test_falls_back_to_the_other_backend(
    sample: tuple[Path, str, int], monkeypatch: pytest.MonkeyPatch, backend: str, error: Exception
) -> None:
    def broken(*args: object) -> None:
        raise error

    monkeypatch.setitem(pdf_module.BACKENDS, backend, broken)
    doc = read(sample[0], backend=backend)
    assert word_f1(sample[1], doc.text) >= 0.98
    assert any(w.startswith("read with ") and type(error).__name__ in w for w in doc.warnings)


def test_both_backends_failing_is_damaged(
    sample: tuple[Path, str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    for backend in BACKENDS:
        monkeypatch.setitem(pdf_module.BACKENDS, backend, broken)
    with pytest.raises(DamagedDocument) as caught:
        read(sample[0])
    assert "RecursionError" in str(caught.value) and "\n" not in str(caught.value)


def test_time_limit(sample: tuple[Path, str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(*args: object) -> None:
        while True:
            check()

    monkeypatch.setitem(pdf_module.BACKENDS, "pypdfium2", endless)
    with pytest.raises(AnalysisTimeout):
        read(sample[0], backend="pypdfium2", timeout_s=0.2)
    errors: list[BaseException] = []

    def in_thread() -> None:
        try:
            read(sample[0], backend="pypdfium2", timeout_s=0.2)
        except AnalysisTimeout as exc:
            errors.append(exc)

    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join(30)
    assert len(errors) == 1
