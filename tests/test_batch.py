"""Batch: bad files become error rows, a killed run resumes exactly, Dask gives the same rows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docanalyze.batch import BatchOptions, Failure, analyze_many, run_batch

PARAGRAPHS = [
    "The government will increase the capacity of the closed centres from 650 to 1,200 places by 2030.",
    "Le gouvernement réduira le réseau d'accueil à 28 000 places d'ici fin 2027.",
    "De regering verlengt de maximale duur van de administratieve detentie van acht naar achttien maanden.",
    "Return coaching becomes mandatory for every person who receives an order to leave the territory.",
]


def make_collection(root: Path, n: int, paragraphs: int = 6) -> list[Path]:
    paths = []
    for i in range(n):
        path = root / f"doc-{i:02d}.txt"
        path.write_text("\n\n".join(PARAGRAPHS[j % 4] for j in range(i, i + paragraphs)), encoding="utf-8")
        paths.append(path)
    return paths


def make_encrypted_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, PARAGRAPHS[0])
    pdf.output(str(path))


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_bad_files_become_exactly_their_error_rows(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = make_collection(inputs, 5)
    (inputs / "damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf at all")
    make_encrypted_pdf(inputs / "encrypted.pdf")
    # Slow for real: 20 MB of prose takes minutes through the pipeline, far beyond the 3 s limit.
    (inputs / "endless.txt").write_text((PARAGRAPHS[0] + "\n") * 200_000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([inputs], out, workers=2, options=BatchOptions(timeout_s=3))
    rows = read_rows(out)
    assert len(rows) == len(good) + 3 == summary.total
    errors = {Path(r["source"]).name: r["error"]["kind"] for r in rows if "error" in r}
    assert errors == {"damaged.pdf": "damaged", "encrypted.pdf": "encrypted", "endless.txt": "timeout"}
    for row in rows:
        if "error" in row:
            assert Path(row["source"]).name in row["error"]["message"]


def test_killed_run_resumes_with_one_row_per_input(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = make_collection(inputs, 24, paragraphs=400)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "docanalyze.cli", "batch", str(inputs), "-o", str(out), "--workers", "1"]
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or len(out.read_bytes().splitlines()) < 3):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    complete = out.read_bytes()
    complete = complete[: complete.rfind(b"\n") + 1]  # kill -9 may have torn the last line mid-write
    before = len(complete.splitlines())
    assert 3 <= before < len(paths), "the run should have been killed part-way"
    with out.open("a", encoding="utf-8") as fh:  # a torn line, as kill -9 mid-write leaves it
        fh.write('{"source": "half a line')
    summary = run_batch([inputs], out, workers=2, resume=True)
    rows = read_rows(out)
    assert sorted(r["source"] for r in rows) == sorted(str(p.resolve()) for p in paths)
    assert summary.skipped == before
    assert summary.done == len(paths) - before


def test_parquet_dataset_has_one_table_per_record_type(tmp_path: Path) -> None:
    import pandas as pd

    inputs = tmp_path / "in"
    inputs.mkdir()
    make_collection(inputs, 3)
    out = tmp_path / "out.parquet"
    run_batch([inputs], out, workers=1)
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == 3
    provisions = pd.read_parquet(out / "provisions.parquet")
    assert set(provisions["document_id"]) == set(documents["document_id"])
    for table in ("dates", "figures", "legal_references", "measures"):
        assert (out / f"{table}.parquet").is_file()


def test_parquet_takes_numbers_beyond_int64(tmp_path: Path) -> None:
    import pandas as pd

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "huge.txt").write_text(
        "Le coût atteint 12345678901234567890123 euros en 2026.", encoding="utf-8"
    )
    (inputs / "small.txt").write_text("Le forfait passe de 8,50 € à 10 € par jour.", encoding="utf-8")
    out = tmp_path / "out.parquet"
    run_batch([inputs], out, workers=1)
    values = sorted(pd.read_parquet(out / "figures.parquet")["value"])
    assert values[0] == 8.5 and values[-1] == pytest.approx(1.2345678901234568e22)


def test_analyze_many_yields_documents_and_failures(tmp_path: Path) -> None:
    paths = make_collection(tmp_path, 3)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8")
    results = list(analyze_many([*paths, bad], workers=2))
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.kind for f in failures] == ["encoding"]
    assert len(results) == 4


def test_dask_engine_gives_the_same_rows(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_collection(inputs, 4)
    (inputs / "damaged.pdf").write_bytes(b"%PDF-1.4 broken")
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch([inputs], local, workers=2)
    run_batch([inputs], dask_out, workers=2, engine="dask")

    def key(rows: list[dict]) -> list[tuple]:
        return sorted(
            (r["source"], json.dumps(r.get("document") or r.get("error"), sort_keys=True)) for r in rows
        )

    assert key(read_rows(local)) == key(read_rows(dask_out))


def test_out_of_memory_in_one_file_is_an_error_row(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = make_collection(inputs, 2)
    # 120 MB of text cannot even be decoded and segmented within a 400 MB address space.
    (inputs / "huge.txt").write_text((PARAGRAPHS[1] + "\n") * 1_500_000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([inputs], out, workers=1, options=BatchOptions(timeout_s=120, memory_limit_mb=400))
    rows = read_rows(out)
    errors = {Path(r["source"]).name: r["error"]["kind"] for r in rows if "error" in r}
    assert errors.keys() == {"huge.txt"} and errors["huge.txt"] in ("out_of_memory", "crashed"), errors
    assert len(rows) == len(good) + 1


def test_worker_leaves_quietly_when_the_batch_is_killed(tmp_path: Path) -> None:
    # after `kill -9` of the batch, its workers find the pipe closed: no BrokenPipeError traceback
    import multiprocessing

    from docanalyze.batch import _worker_main

    (path,) = make_collection(tmp_path, 1)
    parent, child = multiprocessing.Pipe()
    parent.send(str(path))
    parent.close()
    _worker_main(child, BatchOptions(memory_limit_mb=None))


def test_dask_engine_prints_only_the_summary(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    make_collection(tmp_path, 1)
    command = [
        sys.executable,
        "-m",
        "docanalyze.cli",
        "batch",
        str(tmp_path),
        "-o",
        str(tmp_path / "o.jsonl"),
    ]
    done = subprocess.run([*command, "--engine", "dask", "--workers", "1"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and "1 files: 1 analysed" in done.stderr


@pytest.mark.parametrize("missing", ["no-such-folder", "*.nothing"])
def test_an_input_that_names_no_file_is_an_error(tmp_path: Path, missing: str) -> None:
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "docanalyze.cli", "batch", str(tmp_path / missing), "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert str(tmp_path / missing) in done.stderr and "Traceback" not in done.stderr
