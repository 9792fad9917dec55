"""Document context for theme prediction: the section path, plus the lead-in a provision depends on.

The gold conventions read a list item with its lead-in and a table row with its caption and header row
(corpora/gold/README-themes.md, "references are resolved"), which a one-provision classifier cannot see.
`provision_contexts` gives each provision its section path and, for such dependent lines, the text they
point to, joined into one context string (`join_context`); the predictor scores that lead-in beside the
provision and keeps the best of both. Sections are never inherited: only lists and tables get a lead-in.

Two more things a one-provision classifier cannot see: the provisions around it (`read_in_order` mixes each
provision's scores with its neighbours') and whether a line only navigates (`navigation_lines`: tables of
contents and repeated topic lists, which the gold conventions give no theme).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from docanalyze.models import Provision
from docanalyze.reading_order import mix_with_neighbours

# Between the section path and the lead-in inside a context string: a section path is one line of headings.
LEAD_SEPARATOR = "\n"
# A number cell of a table row: "1,156", "2.501", "63 %", "€ 368", "12,5".
NUMBER_CELL_RE = re.compile(r"^[(€$]?\d[\d.,]*%?\)?$")
# A line is a table row when at least this share of its whitespace tokens are number cells.
MIN_NUMBER_SHARE = 0.4
# How many lines above a table's first row are read as its header row and caption.
CAPTION_LINES = 2
# Lines longer than this are body text, never a caption or header row.
MAX_CAPTION_WORDS = 25
# A list's lead-in ends with a colon (optionally before a footnote mark or closing quote).
LEAD_IN_RE = re.compile(r":\s*(?:\[\d+\])?[\"”»’]?\s*$")
# A provision is read with the provisions around it (a follow-up question, a turn in a debate on one subject):
# its scores are mixed with the mean of this many provisions on each side, with this weight. Chosen on
# corpora/gold, where the dev, real and own folders each gained.
NEIGHBOURS = 3
NEIGHBOUR_WEIGHT = 0.3
# Navigation is no statement about a theme (gold conventions: tables of contents get none). A table-of-contents
# entry ends with a tab and maybe a page number, or with dot leaders and a page number (`Retour ........ 14`).
TOC_ENTRY_RE = re.compile(r"(?:\t[ \t]*\d{0,4}|\.{4,}[ \t]*\d{1,4}|…{2,}[ \t]*\d{1,4})[ \t]*$")
# A list of links or topics (`1/ Reception`, `2/ Residence`, ...) that the document repeats elsewhere: at least
# this many consecutive short provisions (at most this many words) whose text occurs twice in the document.
NAVIGATION_RUN = 3
NAVIGATION_WORDS = 6


def join_context(section: str | None, lead: str | None) -> str | None:
    """One context string: the section path, then the lead-in after `LEAD_SEPARATOR` when there is one."""
    if not lead:
        return section
    return (section or "") + LEAD_SEPARATOR + " ".join(lead.split())


def split_context(context: str | None) -> tuple[str | None, str | None]:
    """(section path, lead-in) of a context string written by `join_context` (or a bare section path)."""
    if not context or LEAD_SEPARATOR not in context:
        return context, None
    section, lead = context.split(LEAD_SEPARATOR, 1)
    return section or None, lead or None


def is_table_row(line: str) -> bool:
    """True for a line made mostly of number cells (`2021 1,156 126 887 135`, `B-card 25 35 38`)."""
    tokens = line.split()
    if not tokens:
        return False
    numbers = sum(bool(NUMBER_CELL_RE.match(t)) for t in tokens)
    return numbers >= 2 and numbers >= MIN_NUMBER_SHARE * len(tokens)


def provision_contexts(text: str, provisions: Sequence[Provision]) -> list[str | None]:
    """Context string per provision: section path, plus the lead-in of list items and table rows.

    - a list item takes the paragraph before its list when that paragraph ends with a colon;
    - a table row takes the short lines above the table (header row and caption, `CAPTION_LINES`).
    """
    lines = [text[p.start : p.end] for p in provisions]
    out: list[str | None] = []
    list_lead: str | None = None
    table_lead: str | None = None
    for i, provision in enumerate(provisions):
        line = lines[i]
        lead = None
        if is_table_row(line):
            if table_lead is None:
                table_lead = _caption(lines, i)
            lead = table_lead
        else:
            table_lead = None
            if provision.kind == "item":
                lead = list_lead
            elif LEAD_IN_RE.search(line):
                list_lead = line
            else:
                list_lead = None
        out.append(join_context(provision.section, lead))
    return out


def _caption(lines: list[str], first_row: int) -> str | None:
    """The short non-numeric lines just above a table's first row, top to bottom."""
    above: list[str] = []
    for line in reversed(lines[max(0, first_row - CAPTION_LINES) : first_row]):
        if is_table_row(line) or len(line.split()) > MAX_CAPTION_WORDS:
            break
        above.insert(0, line)
    return " ".join(above) or None


def read_in_order(proba: np.ndarray) -> np.ndarray:
    """Label probabilities of a document's provisions (rows in reading order), each mixed with its neighbours'."""
    return mix_with_neighbours(proba, NEIGHBOURS, NEIGHBOUR_WEIGHT)


def navigation_lines(text: str, provisions: Sequence[Provision]) -> set[int]:
    """Indexes of the provisions that only navigate: table-of-contents entries and repeated topic lists."""
    found = set()
    for i, p in enumerate(provisions):
        line_end = text.find("\n", p.end)
        if TOC_ENTRY_RE.search(text, p.start, line_end if line_end >= 0 else len(text)):
            found.add(i)
    words = [" ".join(text[p.start : p.end].lower().split()) for p in provisions]
    short = [len(w.split()) <= NAVIGATION_WORDS for w in words]
    seen = Counter(w for w, s in zip(words, short, strict=True) if s)
    repeated = [s and seen[w] >= 2 for w, s in zip(words, short, strict=True)]
    run_start = 0
    for i, flag in enumerate([*repeated, False]):
        if not flag:
            if i - run_start >= NAVIGATION_RUN:
                found.update(range(run_start, i))
            run_start = i + 1
    return found
