"""Provision alignment across two documents, in one language or two.

Each provision is described by what survives translation: the concepts it names (a multilingual table,
`data/concepts.json`), its numbers and dates, its legal references, its themes, its proper names, and its
character n-grams (cognates: detention / détention / detentie). The pair score is a weighted sum of the
overlaps; pairs are matched one-to-one, best first, above a threshold.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import numpy as np

from docanalyze.models import Document, Provision

# Weights of the evidence in a pair's score; they sum to 1.
WEIGHTS = {"lexical": 0.30, "concepts": 0.25, "numbers": 0.25, "legal": 0.08, "themes": 0.06, "names": 0.06}
MIN_PAIR_SCORE = 0.18
# A proper name: a capitalised word that does not start the provision ("Fedasil", "Holsbeek", "Francken").
NAME_RE = re.compile(r"(?<=[\s(“\"‘'])([A-Z][\w’'-]{3,})")
# Provisions shorter than this are headings or labels: too little to align on their own.
MIN_WORDS = 4


@dataclass(frozen=True)
class Concept:
    id: str
    pattern: re.Pattern[str]


@dataclass
class ProvisionFeatures:
    provision: Provision
    text: str
    concepts: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    legal: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class AlignedPair:
    a: Provision
    b: Provision
    score: float
    evidence: dict[str, float]


@cache
def concepts() -> tuple[Concept, ...]:
    """Concept patterns built once from the table, longest forms first, every language in one pattern."""
    table = json.loads(files("docanalyze.compare").joinpath("data/concepts.json").read_text(encoding="utf-8"))
    built = []
    for entry in table["concepts"]:
        forms = sorted({f for lang in ("en", "fr", "nl") for f in entry.get(lang, [])}, key=len, reverse=True)
        alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        built.append(Concept(entry["id"], re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)))
    return tuple(built)


def concept_of(word: str | None) -> str | None:
    """The concept id of a counted noun (`places`, `plaatsen` -> `place`), else the word itself."""
    if not word:
        return None
    for concept in concepts():
        if concept.pattern.fullmatch(word):
            return concept.id
    return word.lower()


def _number_key(value: float | int) -> str:
    return f"{float(value):g}"


def features(doc: Document) -> list[ProvisionFeatures]:
    out = []
    by_provision: dict[str | None, ProvisionFeatures] = {}
    for provision in doc.provisions:
        text = doc.text[provision.start : provision.end]
        feat = ProvisionFeatures(provision, text)
        feat.concepts = {c.id for c in concepts() if c.pattern.search(text)}
        feat.themes = {t.label for t in provision.themes}
        feat.names = {m.lower() for m in NAME_RE.findall(" " + text)}
        by_provision[provision.id] = feat
        out.append(feat)
    for figure in doc.figures:
        if figure.provision_id in by_provision:
            by_provision[figure.provision_id].numbers.add(_number_key(figure.value))
    for date in doc.dates:
        if date.provision_id in by_provision:
            by_provision[date.provision_id].numbers.add(date.value)
    for ref in doc.legal_references:
        if ref.provision_id in by_provision:
            key = ref.instrument or ref.court or ref.text.lower()
            by_provision[ref.provision_id].legal |= {f"{key}:{a}" for a in ref.articles} or {key}
    return out


def _jaccard_matrix(a: list[set[str]], b: list[set[str]]) -> np.ndarray:
    out = np.zeros((len(a), len(b)))
    for i, x in enumerate(a):
        if not x:
            continue
        for j, y in enumerate(b):
            if y:
                inter = len(x & y)
                if inter:
                    out[i, j] = inter / len(x | y)
    return out


def _lexical_matrix(a: list[str], b: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
    matrix = vectorizer.fit_transform(a + b)
    return (matrix[: len(a)] @ matrix[len(a) :].T).toarray()


def align(doc_a: Document, doc_b: Document) -> list[AlignedPair]:
    """One-to-one provision pairs, best first, each with its score and the evidence behind it."""
    fa = [f for f in features(doc_a) if len(f.text.split()) >= MIN_WORDS]
    fb = [f for f in features(doc_b) if len(f.text.split()) >= MIN_WORDS]
    if not fa or not fb:
        return []
    parts = {
        "lexical": _lexical_matrix([f.text for f in fa], [f.text for f in fb]),
        "concepts": _jaccard_matrix([f.concepts for f in fa], [f.concepts for f in fb]),
        "numbers": _jaccard_matrix([f.numbers for f in fa], [f.numbers for f in fb]),
        "legal": _jaccard_matrix([f.legal for f in fa], [f.legal for f in fb]),
        "themes": _jaccard_matrix([f.themes for f in fa], [f.themes for f in fb]),
        "names": _jaccard_matrix([f.names for f in fa], [f.names for f in fb]),
    }
    total = sum(WEIGHTS[name] * matrix for name, matrix in parts.items())
    order = np.dstack(np.unravel_index(np.argsort(-total, axis=None), total.shape))[0]
    used_a, used_b, pairs = set(), set(), []
    for i, j in order:
        score = float(total[i, j])
        if score < MIN_PAIR_SCORE:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        evidence = {name: round(float(matrix[i, j]), 3) for name, matrix in parts.items() if matrix[i, j] > 0}
        pairs.append(AlignedPair(fa[i].provision, fb[j].provision, round(score, 4), evidence))
    return pairs
