"""Train the measure sentence classifier on corpora/measures/*.jsonl and save it without pickle.

    python scripts/train_measures.py [--corpus corpora/measures] [-o models/measures] [--threshold T]
                                     [--calibrate corpora/gold]

TF-IDF over `docanalyze.extract.measures.features.sentence_features` (words, word pairs, character
n-grams, language-neutral lexicon cues) + logistic regression. Writes `vocabulary.json` (terms in column
order), `weights.npz` (idf, coef, intercept) and `manifest.json` (versions, corpus hash, threshold chosen
on out-of-fold predictions or given, cross-validated scores, slot accuracy of the rules on the labelled
measures).

`--calibrate GOLD_DIR` then runs the whole pipeline with the new model on the *tuning half* of the gold
documents that annotate measures (a document belongs to it when the SHA-1 of its name, up to the first dot,
is even; the other half stays held out) and sets the thresholds with the best overlap F1 there: one for all
languages together (the default), and one per language that has enough tuning documents. The short sentences of the corpus are cleaner than real documents, so the corpus' own best
threshold is not the one that serves real documents best.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold

from docanalyze.evaluate import Counts, load_gold, score_records
from docanalyze.extract.measures import slots
from docanalyze.extract.measures.classifier import MODEL_ENV, load_classifier, read_classifier
from docanalyze.extract.measures.features import FEATURE_VERSION, sentence_features
from docanalyze.extract.measures.lexicon import load_lexicon
from docanalyze.models import record_to_dict
from docanalyze.pipeline import analyze_text

ROOT = Path(__file__).resolve().parents[1]
C = 4.0
MIN_DF = 2
FOLDS = 5
SEED = 0
# The thresholds tried when calibrating on gold documents, and the margin by which a threshold must beat the
# default one (in overlap F1) to replace it: about one standard error of F1 on 150 gold measures, so that a
# few sentences more or less do not move it (the F1 curve is flat around its top).
CALIBRATION_GRID = tuple(round(0.4 + 0.025 * i, 3) for i in range(15))
CALIBRATION_MARGIN = 0.03
# A language gets a threshold of its own only with at least this many tuning documents.
MIN_CALIBRATION_DOCUMENTS = 3


def load_corpus(corpus: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(corpus.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def corpus_hash(corpus: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(corpus.glob("*.jsonl")):
        digest.update(path.read_bytes())
    return "sha256-" + digest.hexdigest()[:16]


def featurize(rows: Sequence[dict[str, Any]]) -> list[list[str]]:
    return [
        sentence_features(r["text"], 0, len(r["text"]), load_lexicon(r["lang"]), r.get("speaker"))
        for r in rows
    ]


def identity(features: list[str]) -> list[str]:
    return features


def fit(features: Sequence[list[str]], labels: np.ndarray) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True, min_df=MIN_DF, norm="l2")
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=SEED)
    model.fit(matrix, labels)
    return vectorizer, model


def out_of_fold(features: list[list[str]], labels: np.ndarray, strata: np.ndarray) -> np.ndarray:
    """Probabilities from models that did not see the sentence (stratified by language and label)."""
    probs = np.zeros(len(labels))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(features, strata):
        vectorizer, model = fit([features[i] for i in train], labels[train])
        probs[test] = model.predict_proba(vectorizer.transform([features[i] for i in test]))[:, 1]
    return probs


def scores(labels: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    return {
        "precision": round(float(precision_score(labels, predicted, zero_division=0)), 4),
        "recall": round(float(recall_score(labels, predicted, zero_division=0)), 4),
        "f1": round(float(f1_score(labels, predicted, zero_division=0)), 4),
    }


def best_threshold(labels: np.ndarray, probs: np.ndarray) -> float:
    grid = np.round(np.arange(0.2, 0.81, 0.025), 3)
    return float(max(grid, key=lambda t: (f1_score(labels, probs >= t), -abs(t - 0.5))))


def slot_accuracy(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """How often the rules give the labelled action, status and actor on the corpus' measures."""
    out: dict[str, dict[str, float]] = {}
    for slot in ("action", "status", "actor"):
        per_lang: dict[str, list[bool]] = {}
        for r in rows:
            if not r["is_measure"] or not r.get(slot):
                continue
            lexicon, text = load_lexicon(r["lang"]), r["text"]
            found = slots.triggers(text, 0, len(text), lexicon)
            if slot == "action":
                got = slots.main_trigger(found, lexicon).action if found else None
            elif slot == "status":
                got = slots.status(text, 0, len(text), lexicon)
            else:
                who = slots.actor(text, 0, len(text), lexicon)
                got = who.split(" ")[0] if who else None
                got = "minister" if got in ("secretary", "prime") else got
            per_lang.setdefault(r["lang"], []).append(got == r[slot])
        out[slot] = {lang: round(sum(v) / len(v), 4) for lang, v in sorted(per_lang.items())}
    return out


def is_tuning_document(gold_path: Path) -> bool:
    """The fixed split of the gold documents: the tuning half (even SHA-1 of the name) and the held-out half."""
    name = gold_path.name.split(".")[0]
    return int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 == 0


def calibrate(model_dir: Path, gold_dir: Path, default: float) -> dict[str, Any]:
    """Thresholds with the best overlap F1 on the tuning half of the gold measure documents."""
    manifest_path = model_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    # Every candidate comes out as a measure with its score while the threshold is 0.
    manifest_path.write_text(json.dumps(manifest | {"threshold": 0.0, "thresholds": {}}), encoding="utf-8")
    previous = os.environ.get(MODEL_ENV)
    os.environ[MODEL_ENV] = str(model_dir)
    load_classifier.cache_clear()
    per_lang: dict[str, list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]] = {}
    documents = []
    try:
        for path in sorted(gold_dir.rglob("*.gold.jsonl")):
            gold = load_gold(path)
            if "measure" not in gold.types or not is_tuning_document(path):
                continue
            doc = analyze_text(gold.document.read_text(encoding="utf-8"), source=str(gold.document))
            rows = [r for r in gold.rows if r.get("type") == "measure"]
            per_lang.setdefault(gold.lang, []).append((rows, [record_to_dict(m) for m in doc.measures]))
            documents.append(path.name.split(".")[0])
    finally:
        if previous is None:
            os.environ.pop(MODEL_ENV, None)
        else:
            os.environ[MODEL_ENV] = previous
        load_classifier.cache_clear()
        manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    def f1_at(langs: Sequence[str], threshold: float) -> float:
        total = Counts()
        for lang in langs:
            for rows, predicted in per_lang[lang]:
                kept = [m for m in predicted if m["score"] >= threshold]
                total.add(score_records("measure", rows, kept).overlap)
        return float(total.scores()["f1"])

    def best(langs: Sequence[str]) -> float:
        top = max(CALIBRATION_GRID, key=lambda t: (f1_at(langs, t), -abs(t - default)))
        return top if f1_at(langs, top) >= f1_at(langs, default) + CALIBRATION_MARGIN else default

    pooled = best(sorted(per_lang))
    thresholds, f1 = {}, {}
    for lang in sorted(per_lang):
        # One or two documents say more about themselves than about their language: those languages take
        # the threshold calibrated on all the tuning documents.
        own = len(per_lang[lang]) >= MIN_CALIBRATION_DOCUMENTS
        thresholds[lang] = best([lang]) if own else pooled
        f1[lang] = {
            "documents": len(per_lang[lang]),
            "default": round(f1_at([lang], default), 4),
            "calibrated": round(f1_at([lang], thresholds[lang]), 4),
        }
    return {"threshold": pooled, "thresholds": thresholds, "documents": documents, "overlap_f1": f1}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "measures")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "models" / "measures")
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="decision threshold to ship (default: best F1 on out-of-fold predictions of the corpus)",
    )
    parser.add_argument(
        "--calibrate",
        type=Path,
        default=None,
        help="gold directory: set per-language thresholds on the tuning half of its measure documents",
    )
    args = parser.parse_args(argv)

    rows = load_corpus(args.corpus)
    features = featurize(rows)
    labels = np.array([bool(r["is_measure"]) for r in rows], dtype=int)
    langs = np.array([r["lang"] for r in rows])
    probs = out_of_fold(features, labels, np.char.add(langs, labels.astype(str)))
    cv_threshold = best_threshold(labels, probs)
    threshold = cv_threshold if args.threshold is None else args.threshold
    cv = {"all": scores(labels, probs >= threshold)}
    cv |= {
        lang: scores(labels[langs == lang], probs[langs == lang] >= threshold) for lang in sorted(set(langs))
    }
    cross = {}
    for lang in sorted(set(langs)):
        train, test = np.where(langs != lang)[0], np.where(langs == lang)[0]
        vectorizer, model = fit([features[i] for i in train], labels[train])
        p = model.predict_proba(vectorizer.transform([features[i] for i in test]))[:, 1]
        cross[f"train_without_{lang}"] = scores(labels[test], p >= threshold)

    vectorizer, model = fit(features, labels)
    terms = [t for t, _ in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])]
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "vocabulary.json").write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(
        args.output / "weights.npz",
        idf=vectorizer.idf_.astype(np.float64),
        coef=model.coef_[0].astype(np.float64),
        intercept=np.float64(model.intercept_[0]),
    )
    manifest = {
        "name": "docanalyze-measure-sentences",
        "task": "is this sentence a measure (FORMAT.md measure)",
        "feature_version": FEATURE_VERSION,
        "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "corpus": str(args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus),
        "corpus_hash": corpus_hash(args.corpus),
        "examples": {lang: int((langs == lang).sum()) for lang in sorted(set(langs))},
        "positives": int(labels.sum()),
        "params": {"C": C, "min_df": MIN_DF, "class_weight": "balanced", "sublinear_tf": True, "norm": "l2"},
        "vocabulary_size": len(terms),
        "threshold": threshold,
        "threshold_cv_best": cv_threshold,
        "threshold_source": "cv" if args.threshold is None else "--threshold (chosen on corpora/gold/dev)",
        "cv_folds": FOLDS,
        "cv_scores": cv,
        "cross_language_scores": cross,
        "rule_slot_accuracy": slot_accuracy(rows),
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
        },
        "files": ["vocabulary.json", "weights.npz"],
    }
    (args.output / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    # The numpy predictor must give sklearn's probabilities, or the saved model is not the trained one.
    reloaded = read_classifier(args.output)
    ours = np.array(reloaded.scores(features))
    theirs = model.predict_proba(vectorizer.transform(features))[:, 1]
    if not np.allclose(ours, theirs, atol=1e-9):
        print(f"predictor mismatch: max diff {np.abs(ours - theirs).max()}", file=sys.stderr)
        return 1
    if args.calibrate is not None:
        calibration = calibrate(args.output, args.calibrate, threshold)
        manifest["thresholds"] = calibration.pop("thresholds")
        manifest["threshold"] = calibration.pop("threshold")
        manifest["threshold_calibration"] = {
            "gold": str(args.calibrate),
            "split": "tuning half: SHA-1 of the document name (up to its first dot) is even",
            **calibration,
        }
        (args.output / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                k: manifest.get(k)
                for k in (
                    "examples",
                    "threshold",
                    "thresholds",
                    "cv_scores",
                    "cross_language_scores",
                    "rule_slot_accuracy",
                    "vocabulary_size",
                )
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
