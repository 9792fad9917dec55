"""HTML ingestion: boilerplate dropped, blocks typed, charsets honoured."""

from __future__ import annotations

from pathlib import Path

import pytest

from docanalyze.errors import EncodingProblem
from docanalyze.ingest import read as read_any
from docanalyze.ingest.html import read

PAGE = """<!DOCTYPE html>
<html lang="nl"><head>{meta}<title>Regeerakkoord | Federale overheid</title>
<script>var tracker = "niet lezen";</script><style>p {{ color: red }}</style></head>
<body>
<header class="site-header"><a href="/">Home</a><nav><ul><li>Menu een</li><li>Menu twee</li></ul></nav></header>
<div id="cookie-consent">Wij gebruiken cookies. <button>Aanvaarden</button></div>
<main><article>
<header><h1>Asiel en migratie</h1></header>
<h2>1. Opvang</h2>
<p>De regering creëert <b>2 000</b> bijkomende<br>opvangplaatsen.</p>
<ul><li>eerste maatregel</li><li>tweede maatregel<ul><li>deelpunt</li></ul></li></ul>
<h3>1.1 Cijfers</h3>
<table><tr><th>Jaar</th><th>Aanvragen</th></tr><tr><td>2024</td><td>1 234</td></tr></table>
<div>Vrije tekst in een div <span>met een span</span>.<p>En een alinea.</p></div>
<div class="social-share">Delen op X</div>
</article></main>
<aside>Gerelateerde artikels</aside>
<footer>Wettelijke vermeldingen</footer>
</body></html>
"""
# (text, kind, level) in order: everything of the article and nothing else.
EXPECTED = [
    ("Asiel en migratie", "heading", 1),
    ("1. Opvang", "heading", 2),
    ("De regering creëert 2 000 bijkomende opvangplaatsen.", "paragraph", None),
    ("eerste maatregel", "item", None),
    ("tweede maatregel", "item", None),
    ("deelpunt", "item", None),
    ("1.1 Cijfers", "heading", 3),
    ("Jaar\tAanvragen", "table_row", None),
    ("2024\t1 234", "table_row", None),
    ("Vrije tekst in een div met een span.", "paragraph", None),
    ("En een alinea.", "paragraph", None),
]
BOILERPLATE = [
    "Menu een",
    "cookies",
    "Aanvaarden",
    "Delen op",
    "Gerelateerde",
    "Wettelijke",
    "tracker",
    "color",
]
# (meta tag, encoding the file is written in)
CHARSETS = [
    ('<meta charset="utf-8">', "utf-8"),
    ('<meta charset="windows-1252">', "cp1252"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "latin-1"),
    ("", "utf-8"),
]


@pytest.mark.parametrize(("meta", "encoding"), CHARSETS, ids=lambda v: v or "none")
def test_main_content_blocks(tmp_path: Path, meta: str, encoding: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta=meta).encode(encoding))
    doc = read(path)
    found = [(doc.text[b.start : b.end], b.kind, b.level) for b in doc.blocks]
    assert found == EXPECTED
    assert doc.title == "Asiel en migratie"
    assert not [word for word in BOILERPLATE if word in doc.text]
    assert "\n\n".join(t for t, _, _ in EXPECTED) == doc.text


def test_undeclared_non_utf8_is_an_encoding_problem(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.format(meta="").encode("latin-1"))
    with pytest.raises(EncodingProblem) as caught:
        read_any(path)
    assert str(caught.value).startswith(str(path)) and "UTF-8" in str(caught.value)


def test_page_without_main_uses_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text("<html><body><h1>Titre</h1><p>Un paragraphe.</p><footer>pied</footer></body></html>")
    doc = read(path)
    assert doc.text == "Titre\n\nUn paragraphe."
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]
