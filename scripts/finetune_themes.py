"""Fine-tune a local Hugging Face encoder on the theme corpus (extra `docanalyze[transformers]`).

    python scripts/finetune_themes.py ENCODER_DIR -o MODEL_DIR [--epochs 3] [--corpus corpora/themes]

ENCODER_DIR is a model directory you already have (e.g. a multilingual BERT saved with `save_pretrained`);
nothing is downloaded. The output directory (model, tokenizer, manifest with thresholds tuned on the
validation split) works with `docanalyze analyze --theme-model MODEL_DIR`. Uses the GPU when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("encoder_dir", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "themes")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--learning-rate", type=float, default=5e-5)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--max-steps", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--device", help="cpu, cuda, cuda:1 ... (default: cuda when available)")
    args = parser.parse_args(argv)

    from docanalyze.classify.transformers_backend import finetune

    manifest = finetune(
        args.encoder_dir,
        args.corpus,
        args.output,
        epochs=args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        max_length=args.max_length,
        max_steps=args.max_steps,
        seed=args.seed,
        device=args.device,
    )
    print(json.dumps(manifest["validation"], indent=2))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
