"""`docanalyze train` on a tiny corpus, corpus validation, and themes reaching the pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docanalyze.classify import load_theme_model
from docanalyze.classify.train import corpus_stats, load_corpus
from docanalyze.cli import main

TINY = [
    ("Fedasil opens reception places for applicants in a new centre.", ["reception"], "Reception"),
    ("The reception network is full; applicants sleep outside.", ["reception"], None),
    ("Material aid and shelter for every applicant.", ["reception"], "Reception"),
    ("Le réseau d'accueil de Fedasil ouvrira 500 places.", ["reception"], "Accueil"),
    ("De opvang van verzoekers in collectieve centra.", ["reception"], None),
    ("The CGRS decides on applications for international protection.", ["asylum"], "Asylum"),
    ("Refugee status and subsidiary protection are granted by the CGRS.", ["asylum"], None),
    ("Subsequent applications and Dublin transfers of asylum seekers.", ["asylum"], "Asylum"),
    ("Le CGRA statue sur les demandes d'asile.", ["asylum"], None),
    ("Het CGVS beslist over verzoeken om internationale bescherming.", ["asylum"], "Asiel"),
    ("Family reunification requires sufficient income.", ["residence"], "Residence"),
    ("Humanitarian regularisation under Article 9bis.", ["residence"], None),
    ("The residence permit is renewed each year.", ["residence"], "Residence"),
    ("Le regroupement familial et le permis de séjour.", ["residence"], None),
    ("Gezinshereniging en verblijfsvergunning.", ["residence"], "Verblijf"),
    ("Closed centres hold people awaiting removal.", ["detention"], "Return"),
    ("An order to leave the territory and forced return.", ["detention"], None),
    ("Detention in a closed centre before deportation.", ["detention"], "Return"),
    ("Les centres fermés et les expulsions.", ["detention"], None),
    ("Gesloten centra en gedwongen terugkeer.", ["detention"], "Terugkeer"),
    ("The pension age is raised to 67.", [], "Pensions"),
    ("Hospitals receive a larger budget.", [], None),
    ("Les cours d'intégration civique.", [], None),
    ("Het begrotingstekort daalt.", [], "Begroting"),
]


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    lang = ["en", "en", "en", "fr", "nl"] * 5
    lines = [
        json.dumps({"text": t, "labels": labels, "section": s, "genre": "agreement", "lang": lang[i % 5]})
        for i, (t, labels, s) in enumerate(TINY)
    ]
    (directory / "tiny.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def test_train_cli_writes_a_loadable_model(
    tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "model"
    assert main(["train", str(tiny_corpus), "-o", str(out), "--seed", "1"]) == 0
    printed = capsys.readouterr().out
    assert "macro F1" in printed and "validation" in printed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == 1
    assert manifest["corpus"]["counts"]["all"]["provisions"] == len(TINY)
    model = load_theme_model(out)
    themes = model.predict_themes(["Closed centres and forced return."], [None])[0]
    assert themes and themes[0].label == "detention"


def test_train_cli_twice_gives_same_bytes(tiny_corpus: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert main(["train", str(tiny_corpus), "-o", str(tmp_path / name), "--seed", "2"]) == 0
    for f in (tmp_path / "a").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes(), f.name


BAD_LINES = [
    ('{"text": "x", "labels": ["housing"], "lang": "en"}', "unknown label"),
    ('{"text": "x", "lang": "en"}', "missing field"),
    ("{not json", "not JSON"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_bad_corpus_line_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, line: str, message: str
) -> None:
    (tmp_path / "bad.jsonl").write_text(line + "\n", encoding="utf-8")
    assert main(["train", str(tmp_path), "-o", str(tmp_path / "m")]) == 1
    err = capsys.readouterr().err
    assert message in err and "bad.jsonl:1" in err


def test_empty_corpus_dir_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["train", str(tmp_path), "-o", str(tmp_path / "m")]) == 1
    assert "no *.jsonl" in capsys.readouterr().err


def test_corpus_stats_count_labels(tiny_corpus: Path) -> None:
    stats = corpus_stats(load_corpus(tiny_corpus))
    assert stats["all"]["provisions"] == len(TINY)
    assert stats["all"]["none"] == 4
    assert sum(stats[lang]["provisions"] for lang in ("en", "fr", "nl")) == len(TINY)
    assert list(stats) == ["en", "fr", "nl", "all"]


def test_pipeline_assigns_themes_from_a_model_dir(model_dir: Path) -> None:
    from docanalyze import analyze_text

    text = (
        "Return policy\n\nPeople who receive an order to leave the territory will be held in closed centres "
        "until their removal.\n\nThe pension age is raised to 67 for everyone.\n"
    )
    doc = analyze_text(text, lang="en", theme_model=model_dir)
    by_text = {text[p.start : p.end]: p for p in doc.provisions}
    detention = next(p for t, p in by_text.items() if "closed centres" in t)
    assert "detention" in [t.label for t in detention.themes]
    assert all(t.evidence for t in detention.themes)


def test_train_does_not_write_into_a_folder_of_other_files(
    tiny_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    # `-o` pointing at a working folder (with its own manifest.json) must not overwrite it
    work = tmp_path / "work"
    work.mkdir()
    (work / "manifest.json").write_text('{"name": "measures"}', encoding="utf-8")
    (work / "notes.txt").write_text("mes notes", encoding="utf-8")
    assert main(["train", str(tiny_corpus), "-o", str(work)]) == 1
    assert "not a theme model" in capsys.readouterr().err
    assert (work / "manifest.json").read_text(encoding="utf-8") == '{"name": "measures"}'


def test_train_may_replace_a_theme_model(tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    assert main(["train", str(tiny_corpus), "-o", str(out), "--seed", "1"]) == 0
    assert main(["train", str(tiny_corpus), "-o", str(out), "--seed", "2"]) == 0
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["seed"] == 2
