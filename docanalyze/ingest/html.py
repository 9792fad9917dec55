"""HTML to Document: the main content's headings, paragraphs, list items and table rows.

Boilerplate goes first (scripts, navigation, site header and footer, cookie banners, share buttons, forms),
by tag, ARIA role and class/id words; then the main element (`<main>`, `<article>`, `role=main`, else the
body) is walked in document order. Walking the lxml tree ourselves keeps the block structure, which
text-only extractors flatten.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from docanalyze.errors import DamagedDocument, EncodingProblem
from docanalyze.models import Block, Document, Page

# A charset declared in the first bytes: <meta charset="x"> or <meta http-equiv content="...; charset=x">.
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# An XML declaration's encoding (XHTML).
XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# class/id words of boilerplate containers: cookie and consent banners, sharing, navigation, ads.
BOILERPLATE_RE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|banner|share|sharing|social|breadcrumbs?|nav|navbar|navigation|menu"
    r"|sidebar|newsletter|related|advert|ads?|promo|skip|footer|header|masthead|subscribe|popup|modal"
    r"|comments?|pagination|toolbar)(?:$|[\s_-])",
    re.IGNORECASE,
)
SPACE_RE = re.compile(r"\s+")
# Elements dropped with their content wherever they are.
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "aside",
        "dialog",
        "menu",
    ]
)
# Page-level site furniture, dropped unless inside the article (an article's own <header> holds its title).
SITE_TAGS = frozenset({"header", "footer"})
DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements whose text is one block, unless they hold other blocks.
LEAF_BLOCKS = frozenset(
    ["p", "pre", "blockquote", "dt", "dd", "figcaption", "caption", "address", "summary", "legend"]
)
LIST_ITEM = "li"
TABLE_ROW = "tr"
CELLS = frozenset({"td", "th"})
# Every element that starts a new block (the rest are inline).
BLOCK_TAGS = (
    frozenset(
        [
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "ul",
            "legend",
        ]
    )
    | CELLS
)
MAIN_XPATH = "//main | //*[@role='main'] | //article"


def read(path: Path) -> Document:
    source = str(path)
    text = _decode(path.read_bytes(), source)
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise DamagedDocument(source, f"not parseable as HTML ({' '.join(str(exc).split())[:200]})") from None
    _drop_boilerplate(root)
    main = _main(root)
    title = _title(main, root)
    parts = list(_blocks(main))
    doc = Document(text="")
    texts = []
    offset = 0
    for text_, kind, level in parts:
        doc.blocks.append(Block(offset, offset + len(text_), kind=kind, page=1, level=level))
        texts.append(text_)
        offset += len(text_) + 2
    doc.text = "\n\n".join(texts)
    doc.pages = [Page(number=1, start=0, end=len(doc.text))]
    doc.title = title
    return doc


def _decode(raw: bytes, source: str) -> str:
    """Text of the file: BOM, then declared charset, then UTF-8; else a clear EncodingProblem."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            return raw.decode(codec)
    head = raw[:SNIFF_BYTES]
    declared = META_CHARSET_RE.search(head) or XML_ENCODING_RE.search(head)
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return raw.decode(name)
        except LookupError:
            pass  # an unknown charset name: try UTF-8 below
        except UnicodeDecodeError as exc:
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                raise EncodingProblem(
                    source,
                    f"declared charset {name!r} does not fit byte {raw[exc.start]:#04x} at offset {exc.start}",
                ) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingProblem(
            source,
            f"no charset declared and not valid UTF-8 (byte {raw[exc.start]:#04x} at offset {exc.start});"
            " add <meta charset> or re-save as UTF-8",
        ) from None


def _title(main: object, root: object) -> str | None:
    """The main content's first <h1>, else the <title> (which often carries the site's name too)."""
    for found in (main.xpath(".//h1"), root.xpath("//head/title")):  # type: ignore[attr-defined]
        text = _clean(found[0].text_content()) if found else ""
        if text:
            return text
    return None


def _is_boilerplate(el: object) -> bool:
    tag = el.tag  # type: ignore[attr-defined]
    if tag in DROP_TAGS or (el.get("role") or "").lower() in DROP_ROLES:  # type: ignore[attr-defined]
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":  # type: ignore[attr-defined]
        return True
    if tag in SITE_TAGS:
        return not any(a.tag in ("article", "main") for a in el.iterancestors())  # type: ignore[attr-defined]
    if tag in ("body", "main", "article", "html"):
        return False
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"  # type: ignore[attr-defined]
    return bool(BOILERPLATE_RE.search(marks))


def _drop_boilerplate(root: object) -> None:
    from lxml.etree import Comment, ProcessingInstruction

    doomed = []
    for el in root.iter():  # type: ignore[attr-defined]
        if el.tag in (Comment, ProcessingInstruction) or not isinstance(el.tag, str) or _is_boilerplate(el):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent
    for br in root.iter("br"):  # type: ignore[attr-defined]
        br.tail = " " + (br.tail or "")


def _main(root: object) -> object:
    """The main content element: the largest <main>/<article>/role=main, else the body."""
    candidates = root.xpath(MAIN_XPATH)  # type: ignore[attr-defined]
    if candidates:
        return max(candidates, key=lambda el: len(el.text_content()))
    body = root.find("body")  # type: ignore[attr-defined]
    return body if body is not None else root


def _clean(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


def _has_blocks(el: object) -> bool:
    return any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants())  # type: ignore[attr-defined]


def _blocks(el: object) -> Iterator[tuple[str, str, int | None]]:
    """(text, kind, level) of every block under `el`, in document order."""
    tag = el.tag  # type: ignore[attr-defined]
    if tag in HEADINGS:
        text = _clean(el.text_content())  # type: ignore[attr-defined]
        if text:
            yield text, "heading", HEADINGS[tag]
        return
    if tag == TABLE_ROW:
        cells = [_clean(c.text_content()) for c in el if c.tag in CELLS]  # type: ignore[attr-defined]
        cells = [c for c in cells if c]
        if cells:
            yield "\t".join(cells), "table_row", None
        return
    if tag in LEAF_BLOCKS and not _has_blocks(el):
        text = _clean(el.text_content())  # type: ignore[attr-defined]
        if text:
            yield text, "paragraph", None
        return
    kind = "item" if tag == LIST_ITEM else "paragraph"
    buffer = [el.text or ""]  # type: ignore[attr-defined]
    for child in el:  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child.tag in LEAF_BLOCKS):
            text = _clean("".join(buffer))
            if text:
                yield text, kind, None
                kind = "paragraph" if kind == "item" else kind
            buffer = []
            yield from _blocks(child)
        else:
            buffer.append(child.text_content() if isinstance(child.tag, str) else "")
        buffer.append(child.tail or "")
    text = _clean("".join(buffer))
    if text:
        yield text, kind, None
