"""Baselines that `scripts/eval_themes.py` scores beside the trained model: majority class and keywords.

Both follow the `ThemeModel` protocol; they have no scores to mix, so `reading_order` changes nothing. The keyword lists are data (`data/keywords.json`, per language);
a provision is matched against the stems of every language, since the baselines do not detect language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from docanalyze.models import THEME_LABELS, Theme

KEYWORDS_PATH = Path(__file__).with_name("data") / "keywords.json"


class MajorityThemeModel:
    """Each label takes its majority value in the training corpus (scikit-learn's `most_frequent` dummy)."""

    def __init__(self, label_sets: Iterable[Iterable[str]]) -> None:
        rows = [set(r) for r in label_sets]
        self.labels = [lab for lab in THEME_LABELS if sum(lab in r for r in rows) * 2 > len(rows)]

    def predict_themes(
        self, texts: Sequence[str], contexts: Sequence[str | None], *, reading_order: bool = False
    ) -> list[list[Theme]]:
        return [[Theme(lab, 1.0) for lab in self.labels] for _ in texts]


class KeywordThemeModel:
    """A label is asserted when the text has one of its stems at the start of a word."""

    def __init__(self, path: Path = KEYWORDS_PATH) -> None:
        table = json.loads(path.read_text(encoding="utf-8"))
        stems: dict[str, set[str]] = {lab: set() for lab in THEME_LABELS}
        for lang, per_label in table.items():
            if lang.startswith("_"):
                continue
            for lab, words in per_label.items():
                stems[lab].update(w.lower() for w in words)
        # One alternation per label, longest stems first, anchored at a word start.
        self.patterns = {
            lab: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(ws, key=len, reverse=True))) + ")")
            for lab, ws in stems.items()
        }

    def predict_themes(
        self, texts: Sequence[str], contexts: Sequence[str | None], *, reading_order: bool = False
    ) -> list[list[Theme]]:
        out = []
        for text in texts:
            low = text.lower()
            out.append(
                [Theme(lab, 1.0, [m.group(0)]) for lab, rx in self.patterns.items() if (m := rx.search(low))]
            )
        return out
