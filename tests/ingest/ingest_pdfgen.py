"""Write test PDFs from ingest_sample with fpdf2: two columns, running header, page numbers, footnotes.

Lines are placed one by one (`FPDF.text`) so that every line end, hyphen and gap is known; fonts are the
PDF core fonts (no font file needed), whose cp1252 range covers French and Dutch accents.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from ingest_sample import FOOTER_STYLES, HEADER, SECTIONS, TITLE

PAGE_W, PAGE_H = 595.0, 842.0
MARGIN, GUTTER = 56.0, 22.0
BODY_SIZE, BODY_LEAD, PARA_GAP = 10.0, 13.0, 7.0
HEADING_SIZE, TITLE_SIZE, NOTE_SIZE = 13.0, 18.0, 7.0
NOTE_AREA = 34.0
ITEM_INDENT = 10.0


@dataclass
class _Cursor:
    column: int = 0
    y: float = 0.0


class _Writer:
    def __init__(self, columns: int, footer_style: str) -> None:
        self.pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
        self.pdf.set_auto_page_break(False)
        self.columns = columns
        self.footer_style = footer_style
        self.col_w = (PAGE_W - 2 * MARGIN - GUTTER * (columns - 1)) / columns
        self.cursor = _Cursor()
        self.column_top = 0.0
        self.pages = 0
        self.written: list[str] = []

    def new_page(self) -> None:
        self.pdf.add_page()
        self.pages += 1
        self.cursor = _Cursor(0, MARGIN + 10)

    def bottom(self) -> float:
        return PAGE_H - MARGIN - NOTE_AREA

    def advance(self, height: float) -> tuple[float, float]:
        """(x, baseline) of a new line `height` tall, moving to the next column or page when full."""
        if self.cursor.y + height > self.bottom():
            if self.cursor.column + 1 < self.columns:
                self.cursor = _Cursor(self.cursor.column + 1, self.column_top)
            else:
                self.new_page()
                self.column_top = self.cursor.y
        self.cursor.y += height
        return MARGIN + self.cursor.column * (self.col_w + GUTTER), self.cursor.y

    def lines(self, text: str, size: float, style: str, width: float) -> list[str]:
        """Greedy line breaking; a `|` inside a word forces a break there, with a hyphen added."""
        self.pdf.set_font("Helvetica", style, size)
        out: list[str] = []
        line = ""
        for word in text.split():
            head, _, tail = word.partition("|")
            if tail:
                part = head if head.endswith("-") else head + "-"
                if line and self.pdf.get_string_width(f"{line} {part}") > width:
                    out.append(line)
                    line = ""
                out.append(f"{line} {part}".strip())
                line = tail
                continue
            candidate = f"{line} {word}".strip()
            if line and self.pdf.get_string_width(candidate) > width:
                out.append(line)
                line = word
            else:
                line = candidate
        if line:
            out.append(line)
        return out

    def block(self, text: str, size: float, style: str, lead: float, indent: float = 0.0) -> None:
        self.written.append(text.replace("|", ""))
        for n, line in enumerate(self.lines(text, size, style, self.col_w - indent)):
            x, y = self.advance(lead)
            self.pdf.set_font("Helvetica", style, size)
            self.pdf.text(x + (indent if n else 0.0), y, line)
        self.cursor.y += PARA_GAP

    def finish_page(self, page: int, pages: int, note: str | None) -> None:
        pdf = self.pdf
        pdf.page = page
        pdf.set_font("Helvetica", "", 8)
        pdf.text(MARGIN, MARGIN - 14, HEADER)
        footer = self.footer_style.format(page=page, pages=pages)
        pdf.set_font("Helvetica", "", 9)
        pdf.text((PAGE_W - pdf.get_string_width(footer)) / 2, PAGE_H - MARGIN + 18, footer)
        if note:
            pdf.line(MARGIN, PAGE_H - MARGIN - NOTE_AREA + 6, MARGIN + 120, PAGE_H - MARGIN - NOTE_AREA + 6)
            pdf.set_font("Helvetica", "", NOTE_SIZE)
            for n, line in enumerate(self.lines(note, NOTE_SIZE, "", PAGE_W - 2 * MARGIN)):
                pdf.text(MARGIN, PAGE_H - MARGIN - NOTE_AREA + 18 + n * 9, line)


def write_pdf(
    path: Path, *, repeat: int = 2, columns: int = 2, footer_style: str = FOOTER_STYLES[0]
) -> tuple[int, str]:
    """Write the sample text `repeat` times; returns the number of pages and the text written (no margins)."""
    writer = _Writer(columns, footer_style)
    writer.new_page()
    pdf = writer.pdf
    pdf.set_font("Helvetica", "B", TITLE_SIZE)
    pdf.text(MARGIN, writer.cursor.y + TITLE_SIZE, TITLE)
    writer.written.append(TITLE)
    writer.cursor.y += TITLE_SIZE + 20
    writer.column_top = writer.cursor.y
    notes: dict[int, str] = {}
    for _ in range(repeat):
        for section in SECTIONS:
            writer.cursor.y += 6
            writer.block(section.heading, HEADING_SIZE, "B", HEADING_SIZE + 5)
            if section.footnote and writer.pages not in notes:
                notes[writer.pages] = section.footnote
                writer.written.append(section.footnote)
            for paragraph in section.paragraphs:
                writer.block(paragraph, BODY_SIZE, "", BODY_LEAD)
            for item in section.items:
                writer.block(item, BODY_SIZE, "", BODY_LEAD, indent=ITEM_INDENT)
    pages = writer.pages
    for page in range(1, pages + 1):
        writer.finish_page(page, pages, notes.get(page))
    pdf.set_title(TITLE)
    pdf.output(str(path))
    return pages, "\n\n".join(writer.written)
