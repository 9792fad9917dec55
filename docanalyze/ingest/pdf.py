"""PDF to Document with pypdfium2 (default, faster) or pdfminer.six, each the other's fallback.

Both backends only produce positioned text fragments; `_layout.build_document` does the rest, so their
output is directly comparable. Each library's exceptions (PdfiumError, PDFSyntaxError, but also ValueError,
TypeError, KeyError, AssertionError, RecursionError from damaged files) are turned into our error classes
here, and a backend that silently reads nothing (pdfminer on a broken xref: 0 pages) hands over to the other.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from docanalyze.config import DEFAULT_SETTINGS, PDF_BACKENDS
from docanalyze.errors import AnalysisTimeout, DamagedDocument, EncryptedDocument, NoTextLayer
from docanalyze.ingest._layout import Fragment, RawPage, build_document
from docanalyze.ingest._timelimit import check, time_limit
from docanalyze.models import Document

# pdfminer writes a glyph it cannot map to Unicode as `(cid:123)`.
CID_RE = re.compile(r"\(cid:\d+\)")
# Unreadable characters: replacement char, private use area, C0 controls other than whitespace.
BAD_CHAR_RE = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x01\x03-\x08\x0b\x0c\x0e-\x1f]")
# pypdfium2's message for a wrong or missing password.
PDFIUM_PASSWORD_RE = re.compile(r"password", re.IGNORECASE)
WHITESPACE_RE = re.compile(r"\s")
ALNUM_RE = re.compile(r"[^\W_]")  # a letter or digit of any script
# Punctuation of ordinary text, leaders and rules (`.....`, `____`), neither letters nor garbage.
PUNCTUATION_RE = re.compile(r"[!-/:-@\[-`{-~·…•–—‘’“”«»§°€£]")
QUALITY_SAMPLE = 200_000  # characters of text judged for readability
MIN_READABLE_SHARE = 0.5  # letters and digits among the non-space, non-punctuation characters
MAX_BAD_SHARE = 0.2
GAP_SPLIT = 1.2  # a horizontal gap wider than this many font sizes splits a line (columns, table cells)
SPACE_GAP = 0.15  # a gap wider than this many font sizes between two glyphs is a word space
FEW_CHARS = 200  # pages with fewer characters are checked for text objects PDFium could not read
MIN_UNMAPPED = 20
MAX_WORD_CHARS = 40  # longer runs without a space (CJK lines) are placed character by character
# A word of PDFium text: up to whitespace, or up to and including a soft-hyphen mark (PDFium joins the two
# lines of a hyphenated word, so the mark is where the next line starts).
PDFIUM_WORD_RE = re.compile(r"[^\s\ufffe\u00ad\u0002]+[\ufffe\u00ad\u0002]?|[\ufffe\u00ad\u0002]")
BOLD_WEIGHT = 600
BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# Builtin exceptions pdfminer raises on a damaged page, besides its own PDFException / PSException.
# (Not OSError: AnalysisTimeout is a TimeoutError, hence an OSError, and must pass through.)
LIBRARY_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AssertionError,
    RecursionError,
    AttributeError,
    EOFError,
    ZeroDivisionError,
    OverflowError,
    UnicodeError,
    MemoryError,
)


@dataclass
class _Extraction:
    pages: list[RawPage]
    total_pages: int
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    chars: int = 0
    bad_chars: int = 0


class _Failed(Exception):
    """One backend could not read the file; `kind` says how (encrypted, damaged, no_text)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def read(
    path: Path,
    *,
    backend: str | None = None,
    password: str | None = None,
    max_pages: int | None = None,
    timeout_s: float | None = None,
) -> Document:
    """The Document of a PDF; falls back to the other backend when the first cannot read the file."""
    source = str(path)
    first = backend or DEFAULT_SETTINGS.pdf_backend
    if first not in PDF_BACKENDS:
        raise ValueError(f"pdf_backend: {first!r} is not one of {', '.join(PDF_BACKENDS)}")
    order = [first, *(b for b in PDF_BACKENDS if b != first)]
    limit = max_pages or DEFAULT_SETTINGS.max_pages
    failures: list[tuple[str, _Failed]] = []
    with time_limit(timeout_s or DEFAULT_SETTINGS.timeout_s, source):
        for name in order:
            try:
                extraction = _run_backend(name, path, password, limit)
                doc = build_document(extraction.pages, title=extraction.title)
                _check_text(doc, extraction)
            except _Failed as failure:
                failures.append((name, failure))
                continue
            except RecursionError:
                failures.append((name, _Failed("damaged", "layout too deeply nested")))
                continue
            doc.warnings.extend(extraction.warnings)
            if failures:
                doc.warnings.append(
                    f"read with {name}: " + "; ".join(f"{n}: {f.reason}" for n, f in failures)
                )
            if extraction.total_pages > limit:
                doc.warnings.append(f"only the first {limit} of {extraction.total_pages} pages were read")
            return doc
    raise _final_error(source, failures)


def _run_backend(name: str, path: Path, password: str | None, limit: int) -> _Extraction:
    try:
        return BACKENDS[name](path, password, limit)
    except _Failed as failure:
        # a password meant for other files must not lock one that opens without (owner-only protection)
        if failure.kind == "encrypted" and password:
            return _run_backend(name, path, None, limit)
        raise
    except AnalysisTimeout:
        raise
    except (
        Exception
    ) as exc:  # damaged input: the libraries' own classes (PdfiumError, PDFException) or builtins
        raise _Failed("damaged", f"{type(exc).__name__}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _check_text(doc: Document, extraction: _Extraction) -> None:
    """Reject a text layer that is absent or unreadable (scans, unmapped glyphs, private-use codes)."""
    if not extraction.pages:
        raise _Failed("damaged", "no page could be read")
    sample = doc.text[:QUALITY_SAMPLE]
    nonspace = len(sample) - len(WHITESPACE_RE.findall(sample))
    if not nonspace and extraction.bad_chars == 0:
        raise _Failed("no_text", "no text layer (image-only or scanned pages without OCR)")
    total = nonspace + extraction.bad_chars
    readable = len(ALNUM_RE.findall(sample))
    symbols = total - readable - len(PUNCTUATION_RE.findall(sample))  # dot leaders and rules are no garbage
    bad = extraction.bad_chars
    if readable < MIN_READABLE_SHARE * (readable + symbols) or bad > MAX_BAD_SHARE * total:
        raise _Failed(
            "no_text",
            f"the text layer is unreadable ({readable} of {total} characters are letters or digits)",
        )


def _final_error(source: str, failures: list[tuple[str, _Failed]]) -> Exception:
    """One error for the file: encrypted before unreadable before damaged; each backend's reason once."""
    kinds = {f.kind for _, f in failures}
    kind = next(k for k in ("encrypted", "no_text", "damaged") if k in kinds)
    main = next(f.reason for _, f in failures if f.kind == kind)
    others = "; ".join(f"{name}: {f.reason}" for name, f in failures if f.reason != main)
    detail = f" ({others})" if others else ""
    if kind == "encrypted":
        return EncryptedDocument(source, f"encrypted: {main}{detail}")
    if kind == "no_text":
        return NoTextLayer(source, main + detail)
    return DamagedDocument(source, f"damaged or not a PDF: {main}{detail}")


# --- pypdfium2 -------------------------------------------------------------------------------------------


def _pdfium(path: Path, password: str | None, limit: int) -> _Extraction:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if PDFIUM_PASSWORD_RE.search(str(exc)):
            raise _Failed("encrypted", "the password is missing or wrong") from None
        raise _Failed("damaged", _one_line(exc)) from None
    try:
        total = len(pdf)
        if total == 0:
            raise _Failed("damaged", "0 pages")
        out = _Extraction(pages=[], total_pages=total, title=_pdfium_title(pdf))
        for index in range(min(total, limit)):
            check()
            try:
                page = pdf[index]
            except pdfium.PdfiumError as exc:
                out.warnings.append(f"page {index + 1}: {_one_line(exc)}")
                continue
            try:
                out.pages.append(_pdfium_page(page, index + 1, out))
            finally:
                page.close()
        if out.warnings and not out.pages:
            raise _Failed("damaged", out.warnings[0])
        return out
    finally:
        pdf.close()


def _pdfium_title(pdf: object) -> str | None:
    try:
        return pdf.get_metadata_dict().get("Title") or None  # type: ignore[attr-defined]
    except Exception:  # metadata is optional; a broken info dictionary must not stop the text
        return None


_FONT_NAME_BUFFER = ctypes.create_string_buffer(256)
QUADRANT_SAMPLE = 64  # characters whose direction decides a page's text orientation


def _text_quadrant(handle: object, text: str, matrix: object) -> int:
    """The page's dominant text direction in quarter turns (0 = left to right, 1 = bottom to top...)."""
    import pypdfium2.raw as raw

    indices = [i for i, ch in enumerate(text) if not ch.isspace()]
    votes: Counter[int] = Counter()
    for i in indices[:: max(1, len(indices) // QUADRANT_SAMPLE)]:
        raw.FPDFText_GetMatrix(handle, i, matrix)
        quadrant = _quadrant(matrix)
        if quadrant is not None:
            votes[quadrant] += 1
    return votes.most_common(1)[0][0] if votes else 0


def _quadrant(matrix: object) -> int | None:
    """Quarter turns of a character's baseline direction, None for a degenerate matrix."""
    a, b = matrix.a, matrix.b  # type: ignore[attr-defined]
    return round(math.atan2(b, a) / (math.pi / 2)) % 4 if a or b else None


def _upright(
    quadrant: int, mediabox: tuple[float, float, float, float]
) -> tuple[Callable[[float, float], tuple[float, float]], float, float]:
    """A map from PDF user space to a top-down frame in which the page's text runs left to right."""
    x0, y0, x1, y1 = mediabox
    w, h = x1 - x0, y1 - y0
    if quadrant == 1:
        return (lambda x, y: (y - y0, x - x0)), h, w
    if quadrant == 2:
        return (lambda x, y: (x1 - x, y - y0)), w, h
    if quadrant == 3:
        return (lambda x, y: (y1 - y, x1 - x)), h, w
    return (lambda x, y: (x - x0, y1 - y)), w, h


def _pdfium_page(page: object, number: int, out: _Extraction) -> RawPage:
    """Fragments of one page from PDFium's text: words placed by their first and last glyph boxes.

    A line is split where the next word does not overlap it vertically (PDFium also joins the two lines
    of a hyphenated word itself, marking the hyphen U+FFFE), leaves a wide gap, or goes back left.
    """
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        reader = _PdfiumText(textpage, page.get_mediabox())  # type: ignore[attr-defined]
        out.bad_chars += len(BAD_CHAR_RE.findall(reader.text)) + _unmapped_glyphs(page, len(reader.text))
        out.chars += len(reader.text)
        fragments = reader.fragments()
    finally:
        textpage.close()
    return RawPage(number, reader.width, reader.height, fragments)


def _unmapped_glyphs(page: object, chars: int) -> int:
    """Text objects PDFium drew but could not read as characters (CID fonts without a Unicode map).

    Each text object shows at least one glyph, so many more text objects than characters means the text
    layer is there but unreadable to PDFium (pdfminer often maps it): counted as bad characters.
    """
    import pypdfium2.raw as raw

    if chars >= FEW_CHARS:
        return 0
    handle = page.raw  # type: ignore[attr-defined]
    count = raw.FPDFPage_CountObjects(handle)
    texts = sum(
        1
        for i in range(count)
        if raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(handle, i)) == raw.FPDF_PAGEOBJ_TEXT
    )
    return texts - chars if texts > 2 * chars + MIN_UNMAPPED else 0


class _PdfiumText:
    """One page's characters, read word by word through PDFium's C API (a few calls per word)."""

    def __init__(self, textpage: object, mediabox: tuple[float, float, float, float]) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.handle = textpage.raw  # type: ignore[attr-defined]
        count = textpage.count_chars()  # type: ignore[attr-defined]
        text = textpage.get_text_range() if count else ""  # type: ignore[attr-defined]
        if len(text) != count:
            text = "".join(chr(raw.FPDFText_GetUnicode(self.handle, i) or 32) for i in range(count))
        self.text = text
        self.box = [ctypes.c_double() for _ in range(4)]
        self.origin = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.matrix = raw.FS_MATRIX()
        self.quadrant = _text_quadrant(self.handle, text, self.matrix)
        self.upright, self.width, self.height = _upright(self.quadrant, mediabox)

    def glyph_box(self, i: int) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of character i in the upright top-down frame."""
        left, right, bottom, top = self.box
        self.raw.FPDFText_GetCharBox(self.handle, i, left, right, bottom, top)
        ax, ay = self.upright(left.value, bottom.value)
        bx, by = self.upright(right.value, top.value)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def style(self, i: int, height: float) -> tuple[float, float, bool, bool]:
        """(font size, baseline, bold, along the page's direction) of the character opening a fragment."""
        raw, handle, matrix = self.raw, self.handle, self.matrix
        raw.FPDFText_GetMatrix(handle, i, matrix)
        # the nominal size times the text matrix' vertical scale (`1 Tf` with a 12x matrix is 12 pt)
        size = (
            (raw.FPDFText_GetFontSize(handle, i) * (math.hypot(matrix.c, matrix.d) or 1.0)) or height or 1.0
        )
        ox, oy = self.origin
        raw.FPDFText_GetCharOrigin(handle, i, ox, oy)
        raw.FPDFText_GetFontInfo(handle, i, _FONT_NAME_BUFFER, 256, self.flags)
        name = _FONT_NAME_BUFFER.value.decode("latin-1", "replace")
        bold = raw.FPDFText_GetFontWeight(handle, i) >= BOLD_WEIGHT or bool(BOLD_NAME_RE.search(name))
        return size, self.upright(ox.value, oy.value)[1], bold, _quadrant(matrix) in (None, self.quadrant)

    def words(self) -> Iterator[tuple[str, str, int, tuple[float, float, float, float]]]:
        """(text before, word, index of its first char, box) of each word; a word that does not lie on one
        row (vertical or rotated writing, long CJK runs) comes character by character."""
        text = self.text
        previous_end = 0
        for run in PDFIUM_WORD_RE.finditer(text):
            i, j = run.span()
            between, previous_end = text[previous_end:i], j
            x0, top, x1, bottom = self.glyph_box(i)
            if j - 1 > i:
                lx0, ltop, lx1, lbottom = self.glyph_box(j - 1)
                if j - i > MAX_WORD_CHARS or min(bottom, lbottom) - max(top, ltop) <= 0:
                    yield between, text[i], i, (x0, top, x1, bottom)
                    for k in range(i + 1, j):
                        yield "", text[k], k, self.glyph_box(k)
                    continue
                x0, x1, top, bottom = min(x0, lx0), max(x1, lx1), min(top, ltop), max(bottom, lbottom)
            yield between, run.group(), i, (x0, top, x1, bottom)

    def fragments(self) -> list[Fragment]:
        out: list[Fragment] = []
        current: Fragment | None = None
        for between, word, i, (x0, top, x1, bottom) in self.words():
            word = word.replace("\ufffd", "")
            if current is not None:
                size = current.size
                same_row = min(bottom, current.bottom) - max(top, current.top) > 0
                if same_row and x0 - current.x1 <= GAP_SPLIT * size and x1 >= current.x0 - size:
                    gap = x0 - current.x1 > SPACE_GAP * size
                    spaced = gap or any(c.isspace() and c not in "\r\n" for c in between)
                    current.text += (" " if spaced else "") + word
                    current.x0, current.x1 = min(current.x0, x0), max(current.x1, x1)
                    current.top, current.bottom = min(current.top, top), max(current.bottom, bottom)
                    continue
                out.append(current)
            size, base, bold, along = self.style(i, bottom - top)
            current = Fragment(word, x0, top, x1, bottom, base, size, bold, along)
        if current is not None:
            out.append(current)
        return [f for f in out if f.text.strip()]


# --- pdfminer.six ----------------------------------------------------------------------------------------


def _pdfminer(path: Path, password: str | None, limit: int) -> _Extraction:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTPage
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect, PDFXRefFallback
    from pdfminer.pdfexceptions import PDFException, PSException
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with open(path, "rb") as fp:
        parser = PDFParser(fp)
        try:
            document = PDFDocument(parser, password=password or "")
        except PDFPasswordIncorrect:
            raise _Failed("encrypted", "the password is missing or wrong") from None
        warnings = []
        if any(isinstance(x, PDFXRefFallback) for x in document.xrefs):
            warnings.append("pdfminer: the cross-reference table is damaged; objects were found by scanning")
        # boxes_flow=None: our own reading order is used, and hierarchical box grouping is super-linear.
        device = PDFPageAggregator(PDFResourceManager(), laparams=LAParams(boxes_flow=None, all_texts=True))
        interpreter = PDFPageInterpreter(device.rsrcmgr, device)
        out = _Extraction(pages=[], total_pages=0, warnings=warnings, title=_pdfminer_title(document))
        for number, page in enumerate(islice(PDFPage.create_pages(document), limit + 1), 1):
            out.total_pages = number
            if number > limit:
                break
            check()
            try:
                interpreter.process_page(page)
                layout: LTPage = device.get_result()
            except (*LIBRARY_ERRORS, PDFException, PSException) as exc:  # one damaged page: skip it
                out.warnings.append(f"page {number}: {type(exc).__name__}: {_one_line(exc)}")
                continue
            out.pages.append(_pdfminer_page(layout, number, out))
    if out.total_pages == 0:
        raise _Failed("damaged", "0 pages (unreadable cross-reference table)")
    # pdfminer can silently lose pages to a damaged xref or page tree: compare with PDFium's count.
    expected = _pdfium_page_count(path, password)
    if out.total_pages > limit:
        out.total_pages = max(expected or 0, out.total_pages)
    elif expected and out.total_pages < min(expected, limit):
        raise _Failed(
            "damaged", f"found {out.total_pages} of {expected} pages (damaged cross-reference table)"
        )
    if not out.pages:
        raise _Failed("damaged", out.warnings[-1])
    return out


def _pdfium_page_count(path: Path, password: str | None) -> int | None:
    """PDFium's page count, when it opens the file and can load its last page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        return None
    try:
        count = len(pdf)
        if count:
            pdf[count - 1].close()  # PDFium can trust a wrong /Count: only a loadable last page counts
        return count
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()


def _pdfminer_title(document: object) -> str | None:
    from pdfminer.utils import decode_text

    try:
        value = document.info[0].get("Title") if document.info else None  # type: ignore[attr-defined]
        return decode_text(value) if isinstance(value, bytes) else None
    except Exception:  # metadata is optional; a broken info dictionary must not stop the text
        return None


def _pdfminer_page(layout: object, number: int, out: _Extraction) -> RawPage:
    from pdfminer.layout import LTChar, LTTextLine

    height = layout.height  # type: ignore[attr-defined]
    fragments: list[Fragment] = []
    stack = list(layout)  # type: ignore[call-overload]
    while stack:
        item = stack.pop()
        if isinstance(item, LTTextLine):
            fragment = _pdfminer_line(item, height, out, LTChar)
            if fragment is not None:
                fragments.append(fragment)
        elif hasattr(item, "__iter__") and not isinstance(item, LTChar):
            stack.extend(item)
    return RawPage(number, layout.width, height, fragments)  # type: ignore[attr-defined]


def _pdfminer_line(line: object, height: float, out: _Extraction, char_type: type) -> Fragment | None:
    raw_text = line.get_text()  # type: ignore[attr-defined]
    cids = len(CID_RE.findall(raw_text))
    text = CID_RE.sub("", raw_text).replace("\ufffd", "")
    out.bad_chars += cids + raw_text.count("\ufffd") + len(BAD_CHAR_RE.findall(text))
    text = text.rstrip("\n")
    if not text.strip():
        return None
    out.chars += len(text)
    chars = [c for c in line if isinstance(c, char_type)]  # type: ignore[attr-defined]
    if not chars:
        return None
    sizes = [round(c.size, 1) for c in chars]
    size = max(set(sizes), key=sizes.count)
    bold = sum(bool(BOLD_NAME_RE.search(c.fontname)) for c in chars) * 2 > len(chars)
    x0, y0, x1, y1 = line.bbox  # type: ignore[attr-defined]
    upright = bool(chars[0].upright)
    return Fragment(text, x0, height - y1, x1, height - y0, height - chars[0].y0, size, bold, upright)


BACKENDS: dict[str, Callable[[Path, str | None, int], _Extraction]] = {
    "pypdfium2": _pdfium,
    "pdfminer": _pdfminer,
}
