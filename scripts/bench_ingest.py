"""Benchmark PDF ingestion: our reader (both backends) beside raw pdfminer.six and raw pypdfium2.

Builds PDFs from our own sample text (tests/ingest/ingest_pdfgen.py, two columns, running headers, page
numbers, hyphenated line ends, footnotes) unless PDFs are given, then runs every tool in a fresh process
over the same files and prints pages per CPU second, peak resident memory (of that process, imports
included) and word F1 against the text written.

    python scripts/bench_ingest.py                  # generated PDFs
    python scripts/bench_ingest.py --shared ../shared/pdfs   # also: our reader on the shared corpus
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))  # the generated-PDF writer and its sample text

from ingest_sample import word_f1  # noqa: E402

TOOLS = ("docanalyze-pypdfium2", "docanalyze-pdfminer", "raw-pdfminer", "raw-pypdfium2")
# (columns, footer style, repeats of the sample text): generated benchmark documents.
GENERATED = [(2, "Page {page} of {pages}", 12), (2, "- {page} -", 20), (1, "{page}", 12)]
SHARED_LIMIT_PAGES = 80


def _extract(tool: str, path: Path, max_pages: int | None) -> tuple[str, int]:
    """(text, pages read) of one file with one tool."""
    if tool.startswith("docanalyze-"):  # imported only here: the raw tools' memory has no docanalyze in it
        from docanalyze.ingest.pdf import read

        doc = read(path, backend=tool.split("-", 1)[1], max_pages=max_pages)
        return doc.text, len(doc.pages)
    if tool == "raw-pdfminer":
        from pdfminer.high_level import extract_text
        from pdfminer.pdfpage import PDFPage

        with open(path, "rb") as fp:
            pages = sum(1 for _ in PDFPage.get_pages(fp, maxpages=max_pages or 0))
        return extract_text(str(path), maxpages=max_pages or 0), pages
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    texts = []
    count = min(len(pdf), max_pages or len(pdf))
    for index in range(count):
        page = pdf[index]
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return "\n".join(texts), count


def worker(tool: str, paths: list[Path], max_pages: int | None) -> dict[str, object]:
    """Run one tool over every file (in this fresh process) and report time, pages, memory and texts."""
    texts: dict[str, str] = {}
    pages = failed = 0
    started = time.process_time()  # CPU time of this process: other load on the machine does not count
    for path in paths:
        try:
            text, n = _extract(tool, path, max_pages)
        except Exception:  # our errors, and raw libraries' on damaged files: counted as a user sees them
            failed += 1
            continue
        texts[str(path)] = text
        pages += n
    seconds = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "tool": tool,
        "seconds": seconds,
        "pages": pages,
        "failed": failed,
        "peak_mb": peak_mb,
        "texts": texts,
    }


def run_tool(tool: str, paths: list[Path], max_pages: int | None) -> dict[str, object]:
    command = [
        sys.executable,
        __file__,
        "--worker",
        tool,
        "--max-pages",
        str(max_pages or 0),
        *map(str, paths),
    ]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def generate(folder: Path) -> dict[str, str]:
    from ingest_pdfgen import write_pdf

    written = {}
    for n, (columns, footer, repeat) in enumerate(GENERATED):
        path = folder / f"bench-{n}-{columns}col.pdf"
        _, text = write_pdf(path, repeat=repeat, columns=columns, footer_style=footer)
        written[str(path)] = text
    return written


def report(title: str, results: list[dict[str, object]], expected: dict[str, str] | None) -> None:
    print(f"\n{title}")
    print(f"{'tool':22} {'pages':>6} {'failed':>6} {'CPU s':>8} {'pages/s':>8} {'peak MB':>8} {'word F1':>8}")
    for r in results:
        texts: dict[str, str] = r["texts"]  # type: ignore[assignment]
        f1 = ""
        if expected:
            scores = [word_f1(expected[p], texts.get(p, "")) for p in expected]
            f1 = f"{sum(scores) / len(scores):.4f}"
        rate = r["pages"] / r["seconds"] if r["seconds"] else 0.0  # type: ignore[operator]
        print(
            f"{r['tool']:22} {r['pages']:>6} {r['failed']:>6} {r['seconds']:>8.2f} {rate:>8.1f} "
            f"{r['peak_mb']:>8.0f} {f1:>8}"
        )


def _shared_pdfs(folder: Path) -> list[Path]:
    entries = [
        json.loads(line) for line in (folder / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [
        folder / e["file"]
        for e in entries
        if e["kind"] == "pdf" and e["has_text_layer"] and not e["encrypted"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to measure (default: generated ones)")
    parser.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--max-pages", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--shared", type=Path, help="also run the tools on this folder's MANIFEST.jsonl text PDFs"
    )
    args = parser.parse_args()
    if args.worker:
        json.dump(worker(args.worker, args.pdfs, args.max_pages or None), sys.stdout)
        return
    with tempfile.TemporaryDirectory() as tmp:
        expected = None
        paths = args.pdfs
        if not paths:
            expected = generate(Path(tmp))
            paths = [Path(p) for p in expected]
        results = [run_tool(tool, paths, None) for tool in TOOLS]
        report(f"{len(paths)} PDFs ({'generated from our text' if expected else 'given'})", results, expected)
    if args.shared:
        shared = _shared_pdfs(args.shared)
        results = [run_tool(tool, shared, SHARED_LIMIT_PAGES) for tool in TOOLS]
        report(
            f"shared corpus: {len(shared)} text PDFs, first {SHARED_LIMIT_PAGES} pages each", results, None
        )
        ours = {r["tool"]: r["texts"] for r in results}
        a, b = ours["docanalyze-pypdfium2"], ours["docanalyze-pdfminer"]
        common = sorted(set(a) & set(b))
        agreement = [word_f1(b[p], a[p]) for p in common]
        if agreement:
            mean = sum(agreement) / len(agreement)
            print(f"word F1 between our two backends on {len(common)} shared PDFs: mean {mean:.4f}")


if __name__ == "__main__":
    main()
