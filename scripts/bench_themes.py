"""Theme classifier speed on one core: model load time and provisions/s over 10,000 provisions.

    python scripts/bench_themes.py [--model DIR] [--n 10000] [--corpus corpora/themes]

The provisions are the training corpus's texts with their section paths, cycled to --n. Load time is
measured twice: in a fresh interpreter (import docanalyze + load, what a CLI call pays) and in-process.
Targets (issue 6): load < 1 s, 10,000 provisions < 5 s. BLAS threads are pinned to one.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COLD_LOAD = (
    "import time; t = time.perf_counter(); from docanalyze.classify import load_theme_model; "
    "m = load_theme_model({path!r}); print(time.perf_counter() - t)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="model directory (default: the shipped model)")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "themes")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args(argv)

    from docanalyze.classify import load_theme_model
    from docanalyze.classify.train import load_corpus

    path = str(args.model) if args.model else None
    cold = float(
        subprocess.run(
            [sys.executable, "-c", COLD_LOAD.format(path=path)], check=True, capture_output=True, text=True
        ).stdout.split()[-1]
    )
    start = time.perf_counter()
    model = load_theme_model(args.model)
    warm = time.perf_counter() - start
    if model is None:
        print("no theme model found", file=sys.stderr)
        return 1
    examples = load_corpus(args.corpus)
    texts = [examples[i % len(examples)].text for i in range(args.n)]
    contexts = [examples[i % len(examples)].section for i in range(args.n)]
    words = sum(len(t.split()) for t in texts)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        model.predict_themes(texts, contexts)
        times.append(time.perf_counter() - start)
    best = min(times)
    print(
        f"model: {getattr(model, 'manifest', {}).get('backend', type(model).__name__)} "
        f"({args.model or 'shipped'})"
    )
    print(f"load: {cold:.3f} s cold (import + load, fresh interpreter), {warm:.3f} s in-process")
    print(
        f"classify: {args.n} provisions ({words} words) in {best:.3f} s (best of {args.repeat}) = "
        f"{args.n / best:,.0f} provisions/s, {words / best:,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
