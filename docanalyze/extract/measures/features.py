"""Features of a sentence for the measure classifier, shared by training (scripts/train_measures.py) and run time.

Words, word pairs and in-word character n-grams carry the language's own evidence; cue features from the
lexicon (which action, status and actor groups fire, hedges, numbers) are the same strings in every
language, so what the model learns from one language transfers to the others.
"""

from __future__ import annotations

import re

from docanalyze.extract.measures import slots
from docanalyze.extract.measures.lexicon import Lexicon

# Bump when the features change: a model trained on other features is refused at load time.
FEATURE_VERSION = 6
CHAR_NGRAMS = (4, 4)
CUE_REPEAT = 3
# Sentence length in words: the upper bounds of the length buckets (short answers vs. long argued sentences).
LENGTH_BUCKETS = (8, 16, 30)
# Tokens for the word features: runs of letters or digits (digits are folded to 0 first).
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
DIGIT_RE = re.compile(r"\d")
# A quotation inside the sentence: reported words (`u hebt gezegd: "..."`) are someone's claim, not a decision.
QUOTE_RE = re.compile(r"[\"“”«»„]")
# Lexicon word groups whose presence is a cue, in feature order: (Lexicon attribute, cue feature).
LEXICON_CUES = (
    ("negation", "cue:neg"),
    ("number", "cue:number"),
    ("current", "cue:current"),
    ("opinion", "cue:opinion"),
    ("second_person", "cue:you"),
    ("speakers", "cue:self"),
    ("policy_texts", "cue:policy"),
    ("civil_society", "cue:ngo"),
)
# The closing character of a sentence: `:` leads into a list, `;` closes a list item.
LAST_CHAR_RE = re.compile(r"[^\s\"'”’»)\]]\W*$")


def cue_features(
    text: str, start: int, end: int, lexicon: Lexicon, found: list[slots.Trigger] | None = None
) -> list[str]:
    """Language-neutral evidence from the lexicon: action, status, actor, hedging, negation, numbers."""
    if found is None:
        found = slots.triggers(text, start, end, lexicon)
    cues = [f"cue:act={a}" for a in sorted({t.action for t in found})]
    if found:
        main = slots.main_trigger(found, lexicon)
        cues.append(f"cue:main={main.action}")
        if main.weak:
            cues.append("cue:weak")
    cues.append(f"cue:status={slots.status(text, start, end, lexicon)}")
    who = slots.actor(text, start, end, lexicon)
    cues.append(f"cue:actor={who.split(' ')[0] if who else 'none'}")
    if slots.is_hedged(text, start, end, lexicon):
        cues.append("cue:hedge")
    cues += [cue for group, cue in LEXICON_CUES if getattr(lexicon, group).search(text, start, end)]
    if QUOTE_RE.search(text, start, end):
        cues.append("cue:quote")
    return cues


def _length_bucket(n_words: int) -> str:
    return f"len:{sum(n_words > bound for bound in LENGTH_BUCKETS)}"


def sentence_features(
    text: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    speaker: str | None = None,
    found: list[slots.Trigger] | None = None,
) -> list[str]:
    """All features of `text[start:end]`, repeated features counted by repetition.

    `speaker` is who holds the floor in a parliamentary record (`minister`, `member`, `other`) or None;
    `found` the sentence's triggers when the caller has them already.
    """
    norm = DIGIT_RE.sub("0", text[start:end].lower())
    words = TOKEN_RE.findall(norm)
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    lo, hi = CHAR_NGRAMS
    for w in words:
        padded = f" {w} "
        for n in range(lo, hi + 1):
            feats += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    who = speaker or "none"
    feats += [f"lang:{lexicon.lang}", f"ctx:speaker={who}", _length_bucket(len(words))]
    # How a sentence opens (`Als`, `Si`, `Our`, `Vous`) and closes (`:` before a list) tells its role.
    if words:
        feats += [f"first:{words[0]}", f"first2:{'_'.join(words[:2])}"]
    last = LAST_CHAR_RE.search(norm)
    feats.append(f"end:{last.group()[-1] if last else ''}")
    cues = cue_features(text, start, end, lexicon, found)
    # Cue features occur in most sentences, so idf weighs them little; repeating them gives them the weight
    # of a salient word.
    feats += cues * CUE_REPEAT
    return feats
