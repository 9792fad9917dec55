"""The optional transformers backend, on a tiny BERT built here (no download): fine-tune, save, load, classify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from docanalyze.classify import load_theme_model  # noqa: E402
from docanalyze.classify.transformers_backend import TransformersThemeModel, finetune  # noqa: E402
from docanalyze.errors import ModelError  # noqa: E402
from docanalyze.models import THEME_LABELS  # noqa: E402

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
TINY_BERT = {
    "hidden_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "intermediate_size": 64,
    "max_position_embeddings": 128,
}


@pytest.fixture(scope="module")
def encoder_dir(small_rows: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised tiny BERT and a WordPiece tokenizer trained on the corpus texts."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(
        [r["text"] for r in small_rows], trainers.WordPieceTrainer(vocab_size=600, special_tokens=SPECIAL)
    )
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls), ("[SEP]", sep)],
    )
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    directory = tmp_path_factory.mktemp("encoder")
    fast.save_pretrained(directory)
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=tok.get_vocab_size(), **TINY_BERT)
    transformers.BertModel(config).save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def finetuned(encoder_dir: Path, small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("finetuned")
    finetune(
        encoder_dir, small_corpus, out, epochs=1, batch_size=16, max_steps=6, max_length=64, device="cpu"
    )
    return out


def test_finetune_writes_manifest(finetuned: Path) -> None:
    manifest = json.loads((finetuned / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["backend"] == "transformers"
    assert manifest["labels"] == list(THEME_LABELS)
    assert manifest["training"]["steps"] == 6
    assert set(manifest["thresholds"]) == set(THEME_LABELS)
    assert (finetuned / "config.json").is_file()


def test_load_theme_model_picks_the_transformers_backend(finetuned: Path) -> None:
    model = load_theme_model(finetuned)
    assert isinstance(model, TransformersThemeModel)
    texts = ["Closed centres hold people awaiting removal.", "Fedasil opens reception places.", "x"]
    themes = model.predict_themes(texts, ["Return", None, None])
    assert len(themes) == len(texts)
    for found in themes:
        scores = [t.score for t in found]
        assert scores == sorted(scores, reverse=True)
        assert all(t.label in THEME_LABELS for t in found)
    proba = model.predict_proba(texts * 20, None)  # several batches
    assert len(proba) == 60 and all(0 <= p <= 1 for row in proba for p in row)


def test_plain_hugging_face_dir_without_manifest(finetuned: Path, tmp_path: Path) -> None:
    import shutil

    plain = tmp_path / "plain"
    shutil.copytree(finetuned, plain)
    (plain / "manifest.json").unlink()
    model = load_theme_model(plain)
    assert model.labels == list(THEME_LABELS)
    assert model.thresholds == [0.5] * len(THEME_LABELS)


def test_single_label_model_is_refused(encoder_dir: Path, tmp_path: Path) -> None:
    model = transformers.AutoModelForSequenceClassification.from_pretrained(encoder_dir, num_labels=4)
    model.save_pretrained(tmp_path)
    transformers.AutoTokenizer.from_pretrained(encoder_dir).save_pretrained(tmp_path)
    with pytest.raises(ModelError, match="multi_label_classification"):
        load_theme_model(tmp_path)


def test_length_batching_keeps_input_order(finetuned: Path) -> None:
    model = TransformersThemeModel(finetuned, batch_size=2)
    texts = [
        "A much longer provision about closed centres and removal flights to the border.",
        "Short.",
        "Mid text.",
    ]
    together = model.predict_proba(texts, None)
    alone = [model.predict_proba([t], None)[0] for t in texts]
    for a, b in zip(together, alone, strict=True):
        assert a == pytest.approx(b, abs=1e-5)
