"""Language identification accuracy on short provisions, ours beside seeded unrestricted langdetect.

Every non-blank line of the shared dev and real documents is a provision whose language is the file's
(`NAME.fr.txt`); accuracy is reported per length bucket, where short Dutch is the known trap.

    python scripts/eval_langid.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from docanalyze.langid import detect_language

BUCKETS = ((1, 5), (6, 10), (11, 20), (21, 10**9))


def langdetect_unrestricted(text: str) -> str:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        return detect(text)
    except LangDetectException:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    lines: list[tuple[str, str]] = []
    for path in sorted((args.shared / "corpora").glob("*/*.txt")):
        lang = path.suffixes[-2].lstrip(".")
        lines += [
            (lang, line.strip()) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    for name, fn in (
        ("docanalyze", detect_language),
        ("langdetect (seeded, unrestricted)", langdetect_unrestricted),
    ):
        hits: dict[tuple[str, tuple[int, int]], list[int]] = defaultdict(lambda: [0, 0])
        start = time.perf_counter()
        for lang, text in lines:
            words = len(text.split())
            bucket = next(b for b in BUCKETS if b[0] <= words <= b[1])
            cell = hits[(lang, bucket)]
            cell[0] += fn(text) == lang
            cell[1] += 1
        seconds = time.perf_counter() - start
        print(f"\n{name}: {len(lines)} provisions in {seconds:.2f} s")
        print(
            f"{'lang':<6}" + "".join(f"{f'{lo}-{hi}' if hi < 10**9 else f'{lo}+':>14}" for lo, hi in BUCKETS)
        )
        for lang in ("en", "fr", "nl"):
            cells = [hits.get((lang, b), [0, 0]) for b in BUCKETS]
            print(f"{lang:<6}" + "".join(f"{(c[0] / c[1] if c[1] else 0):>8.3f} ({c[1]:>3})" for c in cells))


if __name__ == "__main__":
    main()
