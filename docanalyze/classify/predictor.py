"""The saved linear theme model: arrays and JSON in, themes out, without scikit-learn or pickle.

A model directory holds `manifest.json` (format version, labels, thresholds, parameters, versions,
corpus hash, validation scores), `vocabulary.json` (the features of each block, in column order) and
`weights.npz` (per block: idf and the label weights already multiplied by the block's weight; the
intercepts). The predictor rebuilds the tf-idf rows of scikit-learn's vectorizers with scipy sparse
matrices and caches the features of each distinct word, which keeps 10,000 provisions within seconds.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from docanalyze.classify.analyzers import (
    WORD_TOKEN_RE,
    char_wb_ngrams,
    context_tokens,
    evidence_term,
    pooling_units,
    preprocessor,
    word_ngrams,
)
from docanalyze.classify.context import read_in_order
from docanalyze.errors import ModelError
from docanalyze.lang import LANGUAGES, load_language
from docanalyze.models import Theme

FORMAT_VERSION = 1
BACKEND = "sklearn-linear"
MANIFEST = "manifest.json"
VOCABULARY = "vocabulary.json"
WEIGHTS = "weights.npz"
BLOCKS = ("word", "char", "context")
# Fixed timestamp for the members of weights.npz, so that the same model gives the same bytes.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
SCORE_DIGITS = 4
# Words whose character features are cached; beyond this the cache is cleared (bounded memory).
MAX_CACHED_WORDS = 200_000


@dataclass
class Block:
    """One feature block: its vocabulary (term -> column), idf and weighted coefficients (terms x labels)."""

    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray


@cache
def evidence_stop_words() -> frozenset[str]:
    """Function words of every language (the `lang` tables): never shown as evidence."""
    return frozenset(w for code in LANGUAGES for w in load_language(code).STOP_WORDS)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


class LinearThemePredictor:
    """Scores provisions with the arrays of a trained `ThemeClassifier` (see the module docstring)."""

    def __init__(
        self,
        labels: Sequence[str],
        blocks: dict[str, Block],
        intercepts: np.ndarray,
        thresholds: np.ndarray,
        params: dict[str, Any],
        manifest: dict[str, Any] | None = None,
    ) -> None:
        self.labels = list(labels)
        self.blocks = blocks
        self.intercepts = np.asarray(intercepts, dtype=np.float64)
        self.thresholds = np.asarray(thresholds, dtype=np.float64)
        self.params = params
        self.manifest = manifest or {}
        self._preprocess = preprocessor(params.get("strip_accents"))
        self._word_range = tuple(params["word_ngram_range"])
        self._char_range = tuple(params["char_ngram_range"])
        self._sublinear = bool(params["sublinear_tf"])
        self._evidence_terms = int(params.get("evidence_terms", 3))
        self._pool_words = int(params.get("pool_sentences", 0))
        self._pool_lead = bool(params.get("pool_lead", False))
        # word -> (char feature columns, char score per label): the expensive part, computed once per word.
        self._char_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        char = blocks.get("char")
        self._char_score = (char.idf[:, None] * char.coef) if char is not None else None

    # --- features -------------------------------------------------------------------------------------

    def _char_features(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        cached = self._char_cache.get(word)
        if cached is None:
            index = self.blocks["char"].index
            cols = [index[g] for g in char_wb_ngrams(word, self._char_range) if g in index]
            arr = np.array(cols, dtype=np.int64)
            score = self._char_score[arr].sum(axis=0) if cols else np.zeros(len(self.labels))
            if len(self._char_cache) >= MAX_CACHED_WORDS:
                self._char_cache.clear()
            cached = self._char_cache[word] = (arr, score)
        return cached

    def _tfidf(self, rows: list[np.ndarray], block: Block) -> sparse.csr_matrix:
        """The l2-normalised tf-idf matrix of rows of raw column ids (repeats are counts)."""
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(r) for r in rows], out=indptr[1:])
        indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        data = np.ones(len(indices), dtype=np.float64)
        matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(rows), len(block.idf)))
        matrix.sum_duplicates()
        if self._sublinear:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        matrix.data *= block.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
        return matrix

    def _analyse(
        self, texts: Sequence[str]
    ) -> tuple[dict[str, list[np.ndarray]], list[list[tuple[str, str]]]]:
        """Raw column ids per block and text, and the whitespace words of each (for evidence).

        Words come as (preprocessed, as written but lowercased) pairs: features use the first, evidence
        shows the second, so that stripped accents (`fermes`) are shown as written (`fermés`).
        """
        word_index = self.blocks["word"].index if "word" in self.blocks else None
        rows: dict[str, list[np.ndarray]] = {name: [] for name in self.blocks if name != "context"}
        words_per_text = []
        for text in texts:
            clean = self._preprocess(text)
            if word_index is not None:
                grams = word_ngrams(WORD_TOKEN_RE.findall(clean), self._word_range)
                rows["word"].append(
                    np.array([word_index[g] for g in grams if g in word_index], dtype=np.int64)
                )
            words = clean.split()
            shown = text.lower().split()
            words_per_text.append(list(zip(words, shown if len(shown) == len(words) else words, strict=True)))
            if "char" in rows:
                parts = [self._char_features(w)[0] for w in words]
                rows["char"].append(np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64))
        return rows, words_per_text

    def _context_rows(self, contexts: Sequence[str | None]) -> list[np.ndarray]:
        index = self.blocks["context"].index
        return [
            np.array([index[t] for t in context_tokens(c) if t in index], dtype=np.int64) for c in contexts
        ]

    def _unit_proba(
        self, texts: Sequence[str], contexts: Sequence[str | None]
    ) -> tuple[np.ndarray, list[list[tuple[str, str]]]]:
        rows, words = self._analyse(texts)
        logits = np.tile(self.intercepts, (len(texts), 1))
        for name, block_rows in rows.items():
            logits += self._tfidf(block_rows, self.blocks[name]) @ self.blocks[name].coef
        if "context" in self.blocks:
            logits += (
                self._tfidf(self._context_rows(contexts), self.blocks["context"])
                @ self.blocks["context"].coef
            )
        return _sigmoid(logits), words

    def _scores(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None
    ) -> tuple[np.ndarray, list[list[tuple[str, str]]]]:
        """Probabilities per text (best of the text and its sentences) and the words of each text."""
        ctx = list(contexts) if contexts is not None else [None] * len(texts)
        units, owners = pooling_units(list(texts), self._pool_words, ctx if self._pool_lead else None)
        proba, words = self._unit_proba(units, [ctx[o] for o in owners])
        return pool_max(proba, owners, len(texts)), [words[i] for i in _first_units(owners)]

    # --- public API -----------------------------------------------------------------------------------

    def predict_proba(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> np.ndarray:
        """Probability of each label (columns in `labels` order) for each text."""
        _check_lengths(texts, contexts)
        return self._scores(texts, contexts)[0]

    def predict(self, texts: Sequence[str], contexts: Sequence[str | None] | None = None) -> np.ndarray:
        """0/1 indicator matrix: probability at or above the label's threshold."""
        return (self.predict_proba(texts, contexts) >= self.thresholds).astype(np.int64)

    def predict_themes(
        self,
        texts: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        *,
        reading_order: bool = False,
    ) -> list[list[Theme]]:
        """Labels at or above threshold, best first, each with the terms that weighed most for it.

        `reading_order`: the texts are one document's provisions in order, each read with its neighbours.
        """
        _check_lengths(texts, contexts)
        proba, words = self._scores(texts, contexts)
        return [
            [Theme(self.labels[j], score, self._evidence(words[i], j)) for j, score in row]
            for i, row in enumerate(asserted_labels(proba, self.thresholds, reading_order))
        ]

    def _evidence(self, words: list[tuple[str, str]], label: int) -> list[str]:
        """Terms of the text ranked by their own linear weight for `label` (idf x coefficient).

        A word's weight sums its character n-grams and its word unigram; the l2 norm of the row is the
        same for every word of a text, so this ranks the words as their share of the score does.
        """
        word_block = self.blocks.get("word")
        stop = evidence_stop_words()
        scores: dict[str, float] = {}
        for w, written in words:
            term = evidence_term(written)
            if term is None or len(term) < 3 or term in scores or term in stop or evidence_term(w) in stop:
                continue
            score = float(self._char_features(w)[1][label]) if "char" in self.blocks else 0.0
            if word_block is not None:
                for token in WORD_TOKEN_RE.findall(w):
                    col = word_block.index.get(token)
                    if col is not None:
                        score += float(word_block.idf[col] * word_block.coef[col, label])
            scores[term] = score
        ranked = sorted((s, t) for t, s in scores.items() if s > 0.0)
        return [t for _, t in reversed(ranked[-self._evidence_terms :])]

    # --- persistence ----------------------------------------------------------------------------------

    def save(self, directory: str | Path, manifest: dict[str, Any]) -> Path:
        """Write the model directory; the same model always gives the same bytes."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        vocab = {name: sorted(b.index, key=b.index.__getitem__) for name, b in self.blocks.items()}
        _write_json(directory / VOCABULARY, vocab, indent=None)
        arrays = {"intercepts": self.intercepts, "thresholds": self.thresholds}
        for name, b in self.blocks.items():
            arrays[f"{name}_idf"] = b.idf
            arrays[f"{name}_coef"] = b.coef
        _write_npz(directory / WEIGHTS, arrays)
        _write_json(directory / MANIFEST, manifest, indent=2)
        return directory


def asserted_labels(
    proba: np.ndarray | Sequence[Sequence[float]], thresholds: Sequence[float], reading_order: bool
) -> list[list[tuple[int, float]]]:
    """Per text, (label index, rounded score) of the labels at or above threshold, best first.

    With `reading_order` the rows are one document's provisions in order, each mixed with its neighbours first.
    Every backend asserts its themes through this.
    """
    scores = np.asarray(proba, dtype=np.float64)
    if reading_order:
        scores = read_in_order(scores)
    return [
        [
            (int(j), round(float(row[j]), SCORE_DIGITS))
            for j in np.argsort(-row, kind="stable")
            if row[j] >= thresholds[j]
        ]
        for row in scores
    ]


def pool_max(proba: np.ndarray, owners: list[int], n: int) -> np.ndarray:
    """Row-wise maximum of the unit probabilities of each owner text."""
    out = np.zeros((n, proba.shape[1]))
    np.maximum.at(out, np.asarray(owners, dtype=np.int64), proba)
    return out


def _first_units(owners: list[int]) -> list[int]:
    """Index of each text's own (whole-text) unit: the first unit of every owner."""
    return [i for i, o in enumerate(owners) if i == 0 or owners[i - 1] != o]


def _check_lengths(texts: Sequence[str], contexts: Sequence[str | None] | None) -> None:
    if isinstance(texts, str):
        raise TypeError("texts: expected a sequence of strings, got one string")
    if contexts is not None and len(contexts) != len(texts):
        raise ValueError(f"contexts: {len(contexts)} given for {len(texts)} texts")


def _write_json(path: Path, data: Any, indent: int | None) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz `numpy.load` reads (allow_pickle off), written with fixed member timestamps."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue())


def read_manifest(directory: Path) -> dict[str, Any]:
    """The manifest of a model directory, or a ModelError saying what is wrong."""
    path = directory / MANIFEST
    if not path.is_file():
        raise ModelError(str(directory), f"no {MANIFEST}: not a docanalyze theme model directory")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(str(path), f"unreadable manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ModelError(str(path), "the manifest is not a JSON object")
    return manifest


def load_linear_model(directory: str | Path) -> LinearThemePredictor:
    """Rebuild the predictor of a model directory written by `ThemeClassifier.save`."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    if manifest.get("backend") != BACKEND:
        raise ModelError(str(directory), f"backend {manifest.get('backend')!r} is not {BACKEND!r}")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            str(directory),
            f"model format version {manifest.get('format_version')!r}, this docanalyze reads version "
            f"{FORMAT_VERSION}: retrain it with `docanalyze train`",
        )
    try:
        vocab = json.loads((directory / VOCABULARY).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        labels = manifest["labels"]
        blocks = {
            name: Block(
                {t: i for i, t in enumerate(vocab[name])}, arrays[f"{name}_idf"], arrays[f"{name}_coef"]
            )
            for name in BLOCKS
            if name in vocab
        }
        predictor = LinearThemePredictor(
            labels, blocks, arrays["intercepts"], arrays["thresholds"], manifest["params"], manifest
        )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(
            str(directory), f"incomplete or damaged model files ({type(exc).__name__}: {exc})"
        ) from exc
    for name, block in blocks.items():
        if block.coef.shape != (len(block.idf), len(labels)) or len(block.index) != len(block.idf):
            raise ModelError(str(directory), f"block {name!r}: vocabulary, idf and weights disagree in size")
    return predictor
