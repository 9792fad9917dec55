"""Batch throughput: pages/s with 1 and 2 workers, beside raw pdfminer.six and pypdfium2, in one run.

Builds (once, cached in --dir) a collection of PDFs from our own multilingual paragraphs, 10+ pages each,
then times `docanalyze batch` on it with 1 and 2 workers, raw `pdfminer.high_level.extract_text` and raw
pypdfium2 text extraction on the same files, and reports the peak resident memory of a worker.

    python scripts/bench_batch.py --files 200 --pages 10
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from docanalyze.batch import BatchOptions, run_batch

SYSTEM_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
PARAGRAPHS = [
    "The government will increase the capacity of the closed centres from 650 places in 2025 to 1,200 places "
    "in 2030, with two new centres in Wallonia and one in Flanders.",
    "The maximum duration of administrative detention is extended from 8 to 18 months, as Article 15 of the "
    "Return Directive allows; families with children are not detained.",
    "Le réseau d'accueil de Fedasil passera de 33 500 places à 28 000 places d'ici fin 2027, et les hôtels "
    "d'urgence ouverts pendant la crise de l'accueil seront fermés.",
    "Les droits d'enregistrement d'une demande de séjour passent de 350 € à 500 € au 1er janvier 2027 ; les "
    "demandes fondées sur l'article 9bis de la loi du 15 décembre 1980 seront examinées selon des critères fixés.",
    "De maximale duur van de administratieve detentie wordt verlengd van acht naar achttien maanden, en "
    "terugkeerbegeleiding wordt verplicht voor iedereen met een bevel om het grondgebied te verlaten.",
    "Het opvangnetwerk van Fedasil gaat van 33.500 naar 28.000 opvangplaatsen tegen eind 2027; de noodhotels "
    "die tijdens de opvangcrisis werden geopend, worden gesloten.",
]


def build_collection(directory: Path, files: int, pages: int, seed: int = 0) -> list[Path]:
    from fpdf import FPDF

    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(files):
        path = directory / f"bench-{i:04d}.pdf"
        paths.append(path)
        if path.exists():
            continue
        pdf = FPDF()
        if SYSTEM_FONT.is_file():
            pdf.add_font("body", fname=str(SYSTEM_FONT))
            pdf.set_font("body", size=11)
        else:  # a core font: Latin-1 covers our accents, not the euro sign
            pdf.set_font("helvetica", size=11)
        for page in range(pages):
            pdf.add_page()
            pdf.cell(0, 8, f"Section {page + 1}", new_x="LMARGIN", new_y="NEXT")
            for _ in range(7):
                text = rng.choice(PARAGRAPHS)
                pdf.multi_cell(0, 6, text if SYSTEM_FONT.is_file() else text.replace("€", "EUR"))
                pdf.ln(3)
        pdf.output(str(path))
    return paths


def _pdfminer_pages(path: str) -> int:
    from pdfminer.high_level import extract_text

    return extract_text(path).count("\f") or 1


def _pdfium_pages(path: str) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(path)
    for page in doc:
        page.get_textpage().get_text_range()
    n = len(doc)
    doc.close()
    return n


def _raw(fn, paths: list[Path], workers: int) -> float:
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(fn, map(str, paths), chunksize=4))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "docanalyze-bench-batch")
    args = parser.parse_args()
    paths = build_collection(args.dir, args.files, args.pages)
    total_pages = args.files * args.pages
    print(f"collection: {len(paths)} PDFs, {total_pages} pages in {args.dir}")
    rates = {}
    for workers in (1, 2):
        out = Path(tempfile.mkdtemp()) / "out.jsonl"
        summary = run_batch(
            [args.dir], out, workers=workers, options=BatchOptions(timeout_s=600), progress=False
        )
        rates[workers] = summary.pages / summary.seconds
        print(
            f"docanalyze batch, {workers} worker(s): {rates[workers]:8.1f} pages/s "
            f"({summary.done} ok, {summary.failed} failed, {summary.seconds:.1f} s)"
        )
        shutil.rmtree(out.parent)
    print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}x")
    for name, fn in (
        ("raw pdfminer.six extract_text", _pdfminer_pages),
        ("raw pypdfium2 text", _pdfium_pages),
    ):
        for workers in (1, 2):
            seconds = _raw(fn, paths, workers)
            print(f"{name}, {workers} worker(s): {total_pages / seconds:8.1f} pages/s")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory of one worker process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
