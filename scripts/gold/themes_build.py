"""Write the theme gold files from the annotator's per-paragraph decisions in themes_labels.py.

Every non-blank line of a document is one paragraph; the decisions give its labels by paragraph number
(1-based, counting non-blank lines only). Offsets are computed here from the text, so the spans are always
the stripped lines. No `text` field is written: the real documents' sentences stay out of the repository.

usage: python scripts/gold/themes_build.py [NAME ...]     (default: every document in themes_labels.DOCS)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from themes_labels import DOCS

REPO = Path(__file__).resolve().parents[2]
SHARED = Path("/work/shared/corpora")
GOLD = REPO / "corpora" / "gold"

# One letter per label in the decisions: r=reception, s=residence, a=asylum, d=detention, "-" = none.
CODES = {"r": "reception", "s": "residence", "a": "asylum", "d": "detention"}
ORDER = ["reception", "residence", "asylum", "detention"]
# A decision line: "N CODES" or "N-M CODES", then an optional "# comment".
DECISION_RE = re.compile(r"^(\d+)(?:-(\d+))?\s+([rsad]+|-)\s*(?:#.*)?$")


def parse(decisions: str) -> dict[int, list[str]]:
    """Paragraph number -> ordered label list; a paragraph decided twice is an error."""
    out: dict[int, list[str]] = {}
    for raw in decisions.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = DECISION_RE.match(line)
        if not m:
            raise ValueError(f"bad decision line: {raw!r}")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        labels = [] if m.group(3) == "-" else sorted({CODES[c] for c in m.group(3)}, key=ORDER.index)
        for n in range(first, last + 1):
            if n in out:
                raise ValueError(f"paragraph {n} decided twice")
            out[n] = labels
    return out


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Stripped (start, end) of every non-blank line, lines split on "\\n" as check_gold.py does."""
    spans, pos = [], 0
    for line in text.split("\n"):
        core = line.strip()
        if core:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(core)))
        pos += len(line) + 1
    return spans


def build(name: str) -> Counter:
    """Write corpora/gold/SUB/NAME.themes.gold.jsonl and return its label counts."""
    sub, lang, source, decisions = DOCS[name]
    doc = SHARED / sub / f"{name}.txt"
    text = doc.read_text(encoding="utf-8")
    spans = paragraph_spans(text)
    labels = parse(decisions)
    if sorted(labels) != list(range(1, len(spans) + 1)):
        missing = sorted(set(range(1, len(spans) + 1)) - set(labels))
        extra = sorted(set(labels) - set(range(1, len(spans) + 1)))
        raise ValueError(f"{name}: {len(spans)} paragraphs; undecided {missing}, unknown {extra}")
    dest = GOLD / sub / f"{name}.themes.gold.jsonl"
    header = {
        "type": "header",
        "lang": lang,
        "types": ["theme"],
        "source": source,
        "document": f"../../../../shared/corpora/{sub}/{name}.txt",
    }
    rows = [header] + [
        {"type": "theme", "start": s, "end": e, "labels": labels[i]} for i, (s, e) in enumerate(spans, 1)
    ]
    dest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = Counter(lab for i in labels for lab in labels[i])
    counts["paragraphs"] = len(spans)
    counts["none"] = sum(1 for i in labels if not labels[i])
    return counts


def row(label: str, c: Counter) -> str:
    """One markdown table row: paragraphs, each label, paragraphs with no label."""
    return "| " + " | ".join([label, *(str(c[k]) for k in ["paragraphs", *ORDER, "none"])]) + " |"


def main() -> None:
    names = sys.argv[1:] or list(DOCS)
    by_lang: dict[str, Counter] = {}
    print("| file | paragraphs | " + " | ".join(ORDER) + " | none |")
    for name in names:
        c = build(name)
        print(row(f"{DOCS[name][0]}/{name}", c))
        by_lang.setdefault(DOCS[name][1], Counter()).update(c)
    print()
    for lang, c in sorted(by_lang.items()):
        print(row(lang, c))
    print(row("all", sum(by_lang.values(), Counter())))


if __name__ == "__main__":
    main()
