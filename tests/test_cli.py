"""CLI contract: outputs, exit status 0/1/2, one-line errors naming the file, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from docanalyze.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "corpora" / "examples" / "coalition-agreement-excerpt.en.md"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "docanalyze.cli", *args], capture_output=True, text=True)


def test_analyze_json(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    assert main(["analyze", str(EXAMPLE), "-o", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["schema_version"] == "1.0"
    assert payload["text"] == EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_other_formats(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["analyze", str(EXAMPLE), "--format", fmt, "--kind", "provisions", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("latin1.txt", "Détention administrative".encode("latin-1"), "UTF-8"),
        ("notes.odt", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(name: str, content: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = run("analyze", str(path))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(path) in done.stderr and reason in done.stderr


def test_missing_file_exit_1(tmp_path: Path) -> None:
    done = run("analyze", str(tmp_path / "nowhere.pdf"))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_one_bad_file_among_good_ones_still_outputs(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    done = run("analyze", str(EXAMPLE), str(bad), "--format", "jsonl")
    assert done.returncode == 1
    assert len(done.stdout.strip().splitlines()) == 1


def test_usage_error_exit_2() -> None:
    assert run("analyze").returncode == 2
    assert run("analyze", str(EXAMPLE), "--format", "xml").returncode == 2
    done = run("analyze", str(EXAMPLE), "--format", "csv", "--kind", "themes")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_a_directory_is_named_as_such(tmp_path: Path) -> None:
    done = run("analyze", str(tmp_path))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "directory" in done.stderr and "no such file" not in done.stderr


def test_output_folder_is_created_like_batch_and_compare_do(tmp_path: Path) -> None:
    out = tmp_path / "results" / "doc.json"
    assert main(["analyze", str(EXAMPLE), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1.0"


def test_unwritable_output_is_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = tmp_path / "a-file" / "doc.json"
    done = run("analyze", str(EXAMPLE), "-o", str(out))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(tmp_path / "a-file") in done.stderr


def test_jsonl_file_ends_with_a_newline(tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    assert main(["analyze", str(EXAMPLE), str(EXAMPLE), "--format", "jsonl", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2


def test_a_file_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    slow = tmp_path / "endless.txt"
    slow.write_text("The government will extend detention to 18 months.\n" * 300_000, encoding="utf-8")
    done = run("analyze", str(slow), "--timeout", "1")
    assert done.returncode == 1
    assert "longer than" in done.stderr and str(slow) in done.stderr and "Traceback" not in done.stderr


def test_a_bug_on_one_file_is_one_line_and_the_others_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import docanalyze.pipeline

    real = docanalyze.pipeline.analyze

    def flaky(path: str, **kwargs: object) -> object:
        if str(path).endswith("b.txt"):
            raise KeyError("m")
        return real(path, **kwargs)

    monkeypatch.setattr(docanalyze.pipeline, "analyze", flaky)
    (tmp_path / "b.txt").write_text("Le gouvernement agira.", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "b.txt"), str(EXAMPLE), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1
    assert err.count("\n") == 1 and str(tmp_path / "b.txt") in err and "KeyError" in err


@pytest.mark.parametrize("kind", ["provisions", "dates", "figures", "legal_references", "measures"])
def test_csv_has_the_same_header_with_or_without_rows(kind: str, tmp_path: Path) -> None:
    full, empty = tmp_path / "full.csv", tmp_path / "empty.csv"
    (tmp_path / "title.txt").write_text("Titre", encoding="utf-8")
    assert main(["analyze", str(EXAMPLE), "--format", "csv", "--kind", kind, "-o", str(full)]) == 0
    assert (
        main(["analyze", str(tmp_path / "title.txt"), "--format", "csv", "--kind", kind, "-o", str(empty)])
        == 0
    )
    header = full.read_text(encoding="utf-8").splitlines()[0]
    if kind == "provisions":
        assert empty.read_text(encoding="utf-8").splitlines()[0] == header
    else:
        assert empty.read_text(encoding="utf-8").splitlines() == [header]


@pytest.mark.parametrize(
    "args",
    [
        ["analyze", "x.txt", "--timeout", "0"],
        ["batch", "x", "-o", "y.jsonl", "--workers", "0"],
        ["batch", "x", "-o", "y.jsonl", "--memory-limit", "-5"],
    ],
)
def test_limits_must_be_above_zero(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 2 and "above zero" in done.stderr
