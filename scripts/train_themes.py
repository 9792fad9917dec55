"""Rebuild the shipped theme model in models/themes/ from corpora/themes/, reproducibly.

    python scripts/train_themes.py            # train (seed 0) and write models/themes/
    python scripts/train_themes.py --check    # retrain in a temporary dir, compare bytes with the shipped model
    python scripts/train_themes.py --stats    # label counts per language (the table in corpora/themes/README.md)

Same corpus and seed give byte-identical model files (no timestamps, sorted JSON, fixed zip dates).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from docanalyze.classify.train import corpus_stats, format_scores, load_corpus, train_model

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "themes"
MODEL = ROOT / "models" / "themes"
SEED = 0


def stats_table(corpus: Path) -> str:
    stats = corpus_stats(load_corpus(corpus))
    keys = list(next(iter(stats.values())))
    lines = ["| lang | " + " | ".join(keys) + " |", "|" + "---|" * (len(keys) + 1)]
    lines += [f"| {lang} | " + " | ".join(str(row[k]) for k in keys) + " |" for lang, row in stats.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=MODEL)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true", help="only compare a fresh build with --output")
    parser.add_argument("--stats", action="store_true", help="only print label counts per language")
    args = parser.parse_args(argv)

    if args.stats:
        print(stats_table(args.corpus))
        return 0
    model, corpus = train_model(args.corpus, seed=args.seed)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = model.save(tmp, corpus)
            different = [
                f.name
                for f in sorted(fresh.iterdir())
                if not (args.output / f.name).is_file()
                or (args.output / f.name).read_bytes() != f.read_bytes()
            ]
        print("identical" if not different else f"differs: {', '.join(different)}")
        return 1 if different else 0
    out = model.save(args.output, corpus)
    size = sum(f.stat().st_size for f in out.iterdir())
    print(format_scores(model.validation_scores_))
    print(
        f"wrote {out} ({size / 1e6:.2f} MB, corpus sha256 {corpus['sha256'][:12]}, "
        f"{corpus['counts']['all']['provisions']} provisions)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
