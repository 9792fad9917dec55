"""Batch analysis: many files, in isolated worker processes, resumable, locally or on a Dask cluster.

Every file is analysed in a worker process under a time limit and a memory limit (RLIMIT_AS). A file that
raises, hangs, or kills its worker (segfault, out of memory) becomes an error row and the worker is replaced;
the batch always completes. Results are appended to a journal one whole line at a time (written, flushed,
fsynced) with the input's content hash, so after `kill -9` at any moment a rerun with `resume=True` skips
what is done, redoes nothing twice and loses nothing. A `.parquet` output is a directory holding that
journal and one table per record type, rebuilt from the journal when the batch ends.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from docanalyze.errors import AnalysisTimeout, DocanalyzeError, FileNotFound, WorkerCrashed
from docanalyze.ingest import SUFFIX_FORMATS
from docanalyze.models import Document

log = logging.getLogger(__name__)
# Parquet integers are int64: a larger figure value is written as a float.
INT64_MAX = 2**63 - 1
JOURNAL_NAME = "journal.jsonl"
TABLES = ("documents", "provisions", "dates", "figures", "legal_references", "measures")
# A memory limit below this cannot even start the interpreter and the pipeline.
MIN_MEMORY_MB = 256


@dataclass(frozen=True)
class BatchOptions:
    timeout_s: float = 300.0
    memory_limit_mb: int | None = 4096
    theme_model: str | None = None
    pdf_backend: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Failure:
    """A file that could not be analysed: what `analyze_many` yields in place of its Document."""

    source: str
    kind: str
    message: str


@dataclass
class BatchSummary:
    total: int = 0
    skipped: int = 0
    done: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------- inputs


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named by paths, directories (searched recursively for supported suffixes) and globs."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIX_FORMATS)
        elif path.exists():
            found.append(path)
        else:
            matches = [
                m for m in sorted(Path(m) for m in glob.glob(str(item), recursive=True)) if m.is_file()
            ]
            if not matches:  # a typo must not read as an empty collection ("0 files: 0 analysed")
                raise FileNotFound(str(item), "no such file or directory, and no file matches it as a glob")
            found += matches
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------- worker


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # not on this platform (Windows): the time limit still holds
        return
    limit = max(megabytes, MIN_MEMORY_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def analyze_file(path: str, options: BatchOptions) -> dict[str, Any]:
    """One result row: `{"source", "sha256", "document"}` or `{"source", "sha256", "error"}`."""
    from docanalyze.pipeline import analyze

    row: dict[str, Any] = {"source": path}
    try:
        row["sha256"] = content_hash(Path(path))
        doc = analyze(
            path,
            lang=options.lang,
            theme_model=options.theme_model,
            pdf_backend=options.pdf_backend,
            timeout_s=options.timeout_s,
        )
        row["document"] = doc.to_dict()
    except DocanalyzeError as exc:
        row["error"] = exc.to_dict()
    except MemoryError:
        row["error"] = {"kind": "out_of_memory", "message": f"{path}: ran out of memory (limit per worker)"}
    except OSError as exc:
        row["error"] = {"kind": "unreadable", "message": f"{path}: {exc.strerror or exc}"}
    except Exception as exc:  # a bug of ours: record it and let the batch go on (the whole point of batch)
        log.debug("unexpected failure on %s", path, exc_info=True)
        row["error"] = {"kind": "internal", "message": f"{path}: {type(exc).__name__}: {exc}"}
    return row


def _worker_main(conn: Connection, options: BatchOptions) -> None:
    _limit_memory(options.memory_limit_mb)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            conn.send(analyze_file(task, options))
        except (BrokenPipeError, ConnectionResetError):  # the batch was killed: nobody to answer
            return


class _Worker:
    def __init__(self, ctx: Any, options: BatchOptions) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, options), daemon=True)
        self.process.start()
        child.close()
        self.task: str | None = None
        self.deadline = 0.0

    def submit(self, path: str, timeout_s: float) -> None:
        self.task = path
        self.deadline = time.monotonic() + timeout_s
        self.conn.send(path)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()


def run_local(paths: list[str], workers: int, options: BatchOptions) -> Iterator[dict[str, Any]]:
    """Rows in completion order; a hung or dead worker is killed, reported, and replaced."""
    ctx = multiprocessing.get_context("spawn")
    pending = deque(paths)
    pool = [_Worker(ctx, options) for _ in range(max(1, min(workers, len(paths))))]
    try:
        while pending or any(w.task for w in pool):
            for worker in pool:
                if worker.task is None and pending:
                    worker.submit(pending.popleft(), options.timeout_s)
            busy = [w for w in pool if w.task]
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=timeout)
            for i, worker in enumerate(pool):
                if not worker.task:
                    continue
                path = worker.task
                if worker.conn in ready:
                    try:
                        row = worker.conn.recv()
                    except (EOFError, OSError):
                        row = None
                    if row is not None:
                        worker.task = None
                        yield row
                        continue
                if worker.process.sentinel in ready or not worker.process.is_alive():
                    worker.process.join(5)  # reap it, so that its exit code is known
                    code = worker.process.exitcode
                    error: DocanalyzeError = WorkerCrashed(path, f"the worker died (exit code {code})")
                elif time.monotonic() >= worker.deadline:
                    error = AnalysisTimeout(path, f"analysis took longer than {options.timeout_s:g} s")
                else:
                    continue
                worker.kill()
                pool[i] = _Worker(ctx, options)
                yield _error_row(path, error)
    finally:
        for worker in pool:
            worker.stop()


def _error_row(path: str, error: DocanalyzeError) -> dict[str, Any]:
    try:
        digest = content_hash(Path(path))
    except OSError:
        digest = None
    return {"source": path, "sha256": digest, "error": error.to_dict()}


def _isolated(path: str, options: BatchOptions) -> dict[str, Any]:
    """One file in a fresh interpreter: the unit of work sent to Dask workers, with the local limits.

    A subprocess rather than multiprocessing, because Dask worker processes are daemonic and may not fork
    multiprocessing children.
    """
    import dataclasses
    import subprocess

    cmd = [sys.executable, "-m", "docanalyze.batch", path, json.dumps(dataclasses.asdict(options))]
    try:
        done = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=options.timeout_s,
            preexec_fn=lambda: _limit_memory(options.memory_limit_mb),
        )
    except subprocess.TimeoutExpired:
        return _error_row(path, AnalysisTimeout(path, f"analysis took longer than {options.timeout_s:g} s"))
    if done.returncode != 0 or not done.stdout.strip():
        return _error_row(path, WorkerCrashed(path, f"the worker died (exit code {done.returncode})"))
    return json.loads(done.stdout)


def run_dask(
    paths: list[str], options: BatchOptions, scheduler: str | None, workers: int
) -> Iterator[dict[str, Any]]:
    """The same rows on a Dask cluster: `scheduler` address, or a LocalCluster of `workers` processes."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise DocanalyzeError(
            None, "engine 'dask' needs the dask extra: pip install 'docanalyze[dask]'"
        ) from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = [
            client.submit(_isolated, p, options, pure=False, key=f"docanalyze-{i}")
            for i, p in enumerate(paths)
        ]
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------------------- journal


class Journal:
    """Append-only JSONL of result rows; a torn last line (kill -9 mid-write) is cut off on open."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not resume and path.exists():
            path.unlink()
        self.done: set[tuple[str, str]] = set()
        if path.exists():
            self._repair()
            for row in self.rows():
                self.done.add((row["source"], row.get("sha256") or ""))
        self.fh = path.open("a", encoding="utf-8")

    def _repair(self) -> None:
        data = self.path.read_bytes()
        cut = data.rfind(b"\n") + 1
        if cut != len(data):
            with self.path.open("r+b") as fh:
                fh.truncate(cut)

    def rows(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    def is_done(self, source: str, digest: str) -> bool:
        return (source, digest) in self.done

    def append(self, row: dict[str, Any]) -> None:
        self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.done.add((row["source"], row.get("sha256") or ""))

    def close(self) -> None:
        self.fh.close()


def write_parquet_tables(journal: Path, out_dir: Path) -> None:
    """One Parquet file per record type, keyed by `document_id`, from every row of the journal."""
    import pandas as pd

    from docanalyze.io.tables import record_rows

    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    with journal.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if "error" in row:
                tables["documents"].append(
                    {
                        "document_id": None,
                        "source": row["source"],
                        "sha256": row["sha256"],
                        "error_kind": row["error"]["kind"],
                        "error_message": row["error"]["message"],
                    }
                )
                continue
            doc = Document.from_dict(row["document"])
            meta = row["document"]["document"]
            tables["documents"].append(
                {
                    "document_id": doc.id,
                    "source": row["source"],
                    "sha256": row["sha256"],
                    "format": meta["format"],
                    "language": doc.language,
                    "pages": meta["pages"],
                    "title": doc.title,
                    "error_kind": None,
                    "error_message": None,
                }
            )
            for name in TABLES[1:]:
                for record in record_rows(doc, name):
                    record["source"] = row["source"]
                    tables[name].append(record)
    for name, rows in tables.items():
        frame = pd.DataFrame(rows)
        for column in frame.columns:  # nested values as JSON text: readable by polars and DuckDB alike
            if frame[column].map(lambda v: isinstance(v, (dict, list))).any():
                frame[column] = frame[column].map(lambda v: json.dumps(v, ensure_ascii=False))
            elif frame[column].map(lambda v: isinstance(v, int) and abs(v) > INT64_MAX).any():
                frame[column] = frame[column].map(lambda v: float(v) if isinstance(v, int) else v)
        frame.to_parquet(out_dir / f"{name}.parquet", index=False)


# ---------------------------------------------------------------------------------------------- drivers


def _journal_path(output: Path) -> Path:
    return output / JOURNAL_NAME if output.suffix == ".parquet" else output


def run_batch(
    inputs: Iterable[str | Path],
    output: str | Path,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    options: BatchOptions | None = None,
    progress: bool | None = None,
) -> BatchSummary:
    """Analyse every input into `output` (.jsonl, or a .parquet dataset directory)."""
    output = Path(output)
    if output.suffix not in (".jsonl", ".parquet"):
        raise ValueError(f"output: {str(output)!r} must end in .jsonl or .parquet")
    options = options or BatchOptions()
    paths = expand_inputs(inputs)
    journal = Journal(_journal_path(output), resume)
    summary = BatchSummary(total=len(paths))
    todo = []
    for path in paths:
        if resume and journal.is_done(str(path), content_hash(path)):
            summary.skipped += 1
        else:
            todo.append(str(path))
    workers = workers or os.cpu_count() or 1
    rows = (
        run_dask(todo, options, scheduler, workers) if engine == "dask" else run_local(todo, workers, options)
    )
    started = time.monotonic()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with _Progress(len(todo), show) as bar:
            for row in rows:
                journal.append(row)
                if "error" in row:
                    summary.failed += 1
                    kind = row["error"]["kind"]
                    summary.errors[kind] = summary.errors.get(kind, 0) + 1
                else:
                    summary.done += 1
                    summary.pages += row["document"]["document"]["pages"]
                bar.advance(summary, time.monotonic() - started)
    finally:
        journal.close()
    summary.seconds = time.monotonic() - started
    if output.suffix == ".parquet":
        write_parquet_tables(journal.path, output)
    return summary


class _Progress:
    """Files done/total, pages/s, errors and ETA on a terminal (rich); silent otherwise."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.enabled = enabled and total > 0
        self.total = total

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("analysing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} pages/s, {task.fields[errors]} errors"),
                TimeRemainingColumn(),
                transient=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("batch", total=self.total, rate="0.0", errors=0)
        return self

    def advance(self, summary: BatchSummary, elapsed: float) -> None:
        if self.enabled:
            rate = f"{summary.pages / elapsed:.1f}" if elapsed > 0 else "0.0"
            self.bar.update(self.task, advance=1, rate=rate, errors=summary.failed)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()


def analyze_many(
    paths: Iterable[str | Path],
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    **options: Any,
) -> Iterator[Document | Failure]:
    """Documents as they finish (in completion order); a file that fails yields a `Failure` instead."""
    batch_options = BatchOptions(**options)
    todo = [str(p) for p in expand_inputs(paths)]
    workers = workers or os.cpu_count() or 1
    rows = (
        run_dask(todo, batch_options, scheduler, workers)
        if engine == "dask"
        else run_local(todo, workers, batch_options)
    )
    for row in rows:
        if "error" in row:
            yield Failure(row["source"], row["error"]["kind"], row["error"]["message"])
        else:
            yield Document.from_dict(row["document"])


def run_batch_cli(args: Any) -> int:
    options = BatchOptions(
        timeout_s=args.timeout,
        memory_limit_mb=args.memory_limit,
        theme_model=str(args.theme_model) if args.theme_model else None,
        pdf_backend=args.pdf_backend,
    )
    try:
        summary = run_batch(
            args.inputs,
            args.output,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            resume=args.resume,
            options=options,
        )
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    errors = ", ".join(f"{k}: {v}" for k, v in sorted(summary.errors.items())) or "none"
    rate = summary.pages / summary.seconds if summary.seconds else 0.0
    print(
        f"{summary.total} files: {summary.done} analysed, {summary.failed} failed ({errors}), "
        f"{summary.skipped} already done; {summary.pages} pages in {summary.seconds:.1f} s ({rate:.1f} pages/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":  # the per-file entry point of `_isolated`
    sys.stdout.write(
        json.dumps(analyze_file(sys.argv[1], BatchOptions(**json.loads(sys.argv[2]))), ensure_ascii=False)
    )
