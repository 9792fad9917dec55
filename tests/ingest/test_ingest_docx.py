"""DOCX ingestion: headings from (localised) style names, list items, table rows, footnotes, bad files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from docanalyze.errors import DamagedDocument, EncryptedDocument
from docanalyze.ingest import read as read_any
from docanalyze.ingest.docx import read

docx = pytest.importorskip("docx")

FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Loi du 15 décembre 1980, article 74/6.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
FOOTNOTES_REL = (
    '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'footnotes" Target="footnotes.xml"/>'
)
FOOTNOTES_TYPE = (
    '<Override PartName="/word/footnotes.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
)
# (style to create, its localised name, paragraph text, expected kind and level); a Title comes first.
STYLED = [
    ("Heading 1", "Heading 1", "1. Accueil", "heading", 2),
    ("Heading 2", "Titre 2", "1.1 Places", "heading", 3),
    ("Heading 3", "Kop 3", "1.1.1 Capaciteit", "heading", 4),
    (None, None, "Le gouvernement crée 2 000 places.", "paragraph", None),
    ("List Bullet", "Liste à puces", "une première mesure", "item", None),
    ("List Number", "Lijstnummering", "een tweede maatregel", "item", None),
]


def _make(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Accord (propriétés)"
    document.add_paragraph("Accord de gouvernement", style="Title")
    for style, localised, text, _, _ in STYLED:
        paragraph = document.add_paragraph(text, style=style)
        if localised and localised != style:
            paragraph.style.name = localised
    table = document.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "Année", (0, 1): "Demandes", (1, 0): "2024", (1, 1): "1 234"}.items():
        table.cell(r, c).text = value
    document.add_paragraph("Texte après le tableau.")
    document.save(str(path))
    _add_footnotes(path)


def _add_footnotes(path: Path) -> None:
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    rels = "word/_rels/document.xml.rels"
    members[rels] = members[rels].replace(b"</Relationships>", FOOTNOTES_REL.encode() + b"</Relationships>")
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>", FOOTNOTES_TYPE.encode() + b"</Types>"
    )
    members["word/footnotes.xml"] = FOOTNOTES_XML.encode()
    with zipfile.ZipFile(path, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)


def test_blocks(tmp_path: Path) -> None:
    path = tmp_path / "accord.docx"
    _make(path)
    doc = read(path)
    found = [(doc.text[b.start : b.end], b.kind, b.level) for b in doc.blocks]
    expected = [("Accord de gouvernement", "heading", 1)]
    expected += [(text, kind, level) for _, _, text, kind, level in STYLED]
    expected += [("Année\tDemandes", "table_row", None), ("2024\t1 234", "table_row", None)]
    expected += [("Texte après le tableau.", "paragraph", None)]
    expected += [("1 Loi du 15 décembre 1980, article 74/6.", "footnote", None)]
    assert found == expected
    assert doc.title == "Accord de gouvernement"
    assert "\n\n".join(t for t, _, _ in expected) == doc.text


# (file content, error): a broken zip, no zip at all, and the OLE container Word writes when encrypting
BAD_FILES = [
    (b"PK\x03\x04 not really a zip", DamagedDocument),
    (b"plain text, not a package", DamagedDocument),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), EncryptedDocument),
]


@pytest.mark.parametrize(("content", "error"), BAD_FILES, ids=["zip", "text", "ole"])
def test_bad_files(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_any(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
