"""Optional theme backend: a local Hugging Face sequence-classification model (extra `docanalyze[transformers]`).

The directory is a `save_pretrained` model with `problem_type="multi_label_classification"` and its
tokenizer, plus, when docanalyze wrote it (`finetune`), a `manifest.json` with `"backend": "transformers"`,
the labels and the thresholds tuned on a validation split. A plain Hugging Face directory without manifest
is accepted too: labels come from `id2label`, thresholds are 0.5. The section path goes in as the first
segment of a text pair. torch and transformers are imported only here, when such a model is loaded.
Transformers give no per-term weights, so `Theme.evidence` stays empty with this backend.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docanalyze.classify.predictor import asserted_labels
from docanalyze.errors import ModelError
from docanalyze.models import THEME_LABELS, Theme

logger = logging.getLogger(__name__)

BACKEND = "transformers"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DEFAULT_THRESHOLD = 0.5
DEFAULT_MAX_LENGTH = 256
DEFAULT_BATCH_SIZE = 32


def _import_torch() -> tuple[Any, Any]:
    try:
        import torch
        import transformers
    except ImportError as exc:  # the extra is not installed: say how to get it
        raise ModelError(
            None, f"this theme model needs `pip install docanalyze[transformers]` ({exc})"
        ) from exc
    return torch, transformers


def default_device() -> str:
    torch, _ = _import_torch()
    return "cuda" if torch.cuda.is_available() else "cpu"


class TransformersThemeModel:
    """`ThemeModel` over a fine-tuned encoder: batched, on the GPU when there is one."""

    def __init__(
        self,
        directory: str | Path,
        *,
        device: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_length: int | None = None,
    ) -> None:
        torch, transformers = _import_torch()
        self.directory = Path(directory)
        manifest = _read_manifest(self.directory)
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(self.directory)
            self.model = transformers.AutoModelForSequenceClassification.from_pretrained(self.directory)
        except (OSError, ValueError) as exc:
            raise ModelError(str(self.directory), f"not a loadable Hugging Face model ({exc})") from exc
        config = self.model.config
        if getattr(config, "problem_type", None) != "multi_label_classification":
            raise ModelError(
                str(self.directory), "the model's problem_type is not multi_label_classification"
            )
        id2label = {int(k): v for k, v in config.id2label.items()}
        self.labels = manifest.get("labels") or [id2label[i] for i in range(len(id2label))]
        thresholds = manifest.get("thresholds") or {}
        self.thresholds = [float(thresholds.get(label, DEFAULT_THRESHOLD)) for label in self.labels]
        self.max_length = max_length or int(manifest.get("max_length", DEFAULT_MAX_LENGTH))
        self.batch_size = batch_size
        self.device = device or default_device()
        self.manifest = manifest
        self.model.to(self.device).eval()
        self._torch = torch

    def predict_proba(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[list[float]]:
        """Sigmoid scores per text, columns in `labels` order.

        Texts are batched by length (less padding), and the scores put back in input order.
        """
        contexts = list(contexts) if contexts is not None else [None] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[list[float]] = [[] for _ in texts]
        with self._torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                batch = encode(
                    self.tokenizer, [texts[i] for i in idx], [contexts[i] for i in idx], self.max_length
                ).to(self.device)
                scores = self._torch.sigmoid(self.model(**batch).logits).float().cpu().tolist()
                for i, row in zip(idx, scores, strict=True):
                    out[i] = row
        return out

    def predict_themes(
        self,
        texts: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        *,
        reading_order: bool = False,
    ) -> list[list[Theme]]:
        """Labels at or above threshold, best first (no evidence terms with this backend).

        `reading_order`: the texts are one document's provisions in order, each read with its neighbours.
        """
        rows = asserted_labels(self.predict_proba(texts, contexts), self.thresholds, reading_order)
        return [[Theme(self.labels[j], score) for j, score in row] for row in rows]


def encode(tokenizer: Any, texts: Sequence[str], contexts: Sequence[str | None], max_length: int) -> Any:
    """Tokenize (section path, text) pairs; the text is what gets truncated."""
    return tokenizer(
        [c or "" for c in contexts],
        list(texts),
        truncation="only_second",
        max_length=max_length,
        padding=True,
        return_tensors="pt",
    )


def _read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    if not path.is_file():
        return {}
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            str(directory),
            f"transformers model format version {manifest.get('format_version')!r}, this docanalyze reads "
            f"version {FORMAT_VERSION}",
        )
    return manifest


def load_transformers_model(directory: str | Path, **options: Any) -> TransformersThemeModel:
    return TransformersThemeModel(directory, **options)


def finetune(
    encoder_dir: str | Path,
    corpus_dir: str | Path,
    output_dir: str | Path,
    *,
    epochs: int = 3,
    batch_size: int = 16,
    learning_rate: float = 5e-5,
    max_length: int = DEFAULT_MAX_LENGTH,
    max_steps: int | None = None,
    validation_size: float = 0.2,
    seed: int = 0,
    device: str | None = None,
) -> dict[str, Any]:
    """Fine-tune a local encoder on the theme corpus and write a directory `--theme-model` accepts.

    Trains on the seeded training split, tunes one threshold per label on the validation split (as the
    default backend does) and writes model, tokenizer and manifest. Returns the manifest.
    """
    import numpy as np

    from docanalyze.classify.model import label_scores, tune_threshold, validation_split
    from docanalyze.classify.train import corpus_sha256, load_corpus

    torch, transformers = _import_torch()
    transformers.set_seed(seed)
    device = device or default_device()
    examples = load_corpus(corpus_dir)
    labels = list(THEME_LABELS)
    y = np.array([[int(label in e.labels) for label in labels] for e in examples], dtype=np.float32)
    train, val = validation_split([e.lang for e in examples], validation_size, seed)

    tokenizer = transformers.AutoTokenizer.from_pretrained(encoder_dir)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        encoder_dir,
        num_labels=len(labels),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    ).to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate)
    generator = torch.Generator().manual_seed(seed)
    steps = 0
    model.train()
    for _ in range(epochs):
        order = torch.randperm(len(train), generator=generator).tolist()
        for start in range(0, len(order), batch_size):
            idx = [int(train[i]) for i in order[start : start + batch_size]]
            batch = encode(
                tokenizer, [examples[i].text for i in idx], [examples[i].section for i in idx], max_length
            )
            loss = model(**batch.to(device), labels=torch.from_numpy(y[idx]).to(device)).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            steps += 1
            if max_steps is not None and steps >= max_steps:
                break
        if max_steps is not None and steps >= max_steps:
            break
    logger.info("fine-tuned %d steps", steps)

    output_dir = Path(output_dir)
    model.save_pretrained(output_dir)
    tokenizer.save_pretrained(output_dir)
    scorer = TransformersThemeModel(output_dir, device=device, max_length=max_length)
    proba = np.array(
        scorer.predict_proba([examples[i].text for i in val], [examples[i].section for i in val])
    )
    thresholds = [tune_threshold(y[val, j].astype(np.int64), proba[:, j]) for j in range(len(labels))]
    predicted = (proba >= np.array(thresholds)).astype(np.int64)
    manifest = {
        "format_version": FORMAT_VERSION,
        "backend": BACKEND,
        "labels": labels,
        "thresholds": dict(zip(labels, thresholds, strict=True)),
        "max_length": max_length,
        "seed": seed,
        "base_model": str(encoder_dir),
        "training": {
            "epochs": epochs,
            "steps": steps,
            "batch_size": batch_size,
            "learning_rate": learning_rate,
        },
        "validation": {
            "train": len(train),
            "validation": len(val),
            "scores": label_scores(y[val].astype(np.int64), predicted, labels),
        },
        "corpus": {"sha256": corpus_sha256(corpus_dir)},
        "versions": {"torch": torch.__version__, "transformers": transformers.__version__},
    }
    (output_dir / MANIFEST).write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest
