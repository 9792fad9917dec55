"""Build a legal/measure gold file from a hand-written annotation spec, and list missed candidates.

Why: gold offsets are easy to get wrong by hand. The annotator writes, in document order, the span
of each annotation and its values; this script finds the span in the text (searching forward from
the previous annotation of the same type), checks it, and writes the JSONL in the FORMAT.md shape.
The spec stays outside the repository (it quotes the document); only the gold JSONL is kept.

Spec lines (fields after the span separated by `` | ``; `-` means null):
    @header {"lang": "fr", "types": ["legal"], "source": "...", "document": "../../..."}
    a SPAN | ARTICLES(comma-separated) | PARAGRAPH | INSTRUMENT [| range]
    i SPAN | INSTRUMENT
    d SPAN | COURT | DATE | NUMBER
    e SPAN | COURT
    m START [... END] | ACTION | THEMES(comma-separated)
    > ANCHOR      move the legal cursor past ANCHOR
    >m ANCHOR     move the measure cursor past ANCHOR
A measure without ``... END`` runs from START to the end of its sentence (. ! ? ; before a space or
the line end, or the line end), so check the listing. Measures carry no ``text`` field, so that no
sentence of a real document is copied into the gold file.

usage: legal_build.py SPEC OUT.jsonl [--candidates]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

# Words that usually start a legal reference; used only to list candidates the spec may have missed.
CANDIDATE_RE = re.compile(
    r"\b(?:art(?:icle|ikel|icles|ikelen)?s?\b\.?|§|loi\b|wet\b|\w*wet\b|directive|richtlijn|\w*richtlijn|ECLI|"
    r"Cass\b|Convention|Verdrag|EVRM|CEDH|ECHR|Act\b|Regulation|Directive|Code\b|besluit|arrêté|"
    r"Grondwet|Constitution|Chart(?:er|e)|Wetboek|Raad van State|Conseil d'[ÉE]tat|Council of State|RvV|CCE|"
    r"CALL|Hof\b|Cour\b|Court\b|arrêt\b|arrest\b|Decree|Dublin|Pact|Pacte|Pacte|Eurodac)",
    re.IGNORECASE,
)
# End of a sentence for measures: a stop, then a space or the end of the line.
SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")


def _find(text: str, anchor: str, pos: int) -> tuple[int, int]:
    """Find anchor from pos, letting a space in the anchor match a no-break space too; (-1, -1) if absent."""
    pattern = "".join("[ \u00a0]" if ch == " " else re.escape(ch) for ch in anchor)
    m = re.compile(pattern).search(text, pos)
    return (m.start(), m.end()) if m else (-1, -1)


def _null(value: str) -> str | None:
    """Map the spec's `-` to null."""
    value = value.strip()
    return None if value in ("-", "") else value


def build(spec_path: Path, out_path: Path) -> tuple[list[dict], str]:
    """Turn a spec into gold records; raise on any span that cannot be found."""
    header: dict = {}
    records: list[dict] = []
    text = ""
    cursor = {"legal": 0, "measure": 0}
    for n, raw in enumerate(spec_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@header "):
            header = {"type": "header", **json.loads(line[len("@header ") :])}
            text = (out_path.parent / header["document"]).read_text(encoding="utf-8")
            continue
        code, _, rest = line.partition(" ")
        fields = rest.split(" | ")
        span = fields[0]
        kind = "measure" if code.startswith("m") else "legal"
        if code in (">", ">m"):
            pos, stop = _find(text, span, cursor[kind])
            if pos < 0:
                raise ValueError(f"spec line {n}: anchor not found: {span!r}")
            cursor[kind] = stop
            continue
        if code == "m":
            start_s, sep, end_s = span.partition(" ... ")
            start, start_end = _find(text, start_s, cursor["measure"])
            if start < 0:
                raise ValueError(f"spec line {n}: measure start not found: {start_s!r}")
            if sep:
                _, end = _find(text, end_s, start)
                if end < 0:
                    raise ValueError(f"spec line {n}: measure end not found: {end_s!r}")
            else:
                m = SENTENCE_END_RE.search(text, start_end - 1)
                end = len(text) if m is None else (m.start() if m.group() == "\n" else m.end())
            cursor["measure"] = start + 1
            themes = [t for t in fields[2].split(",") if t.strip()] if len(fields) > 2 else []
            records.append(
                {
                    "type": "measure",
                    "start": start,
                    "end": end,
                    "action": fields[1].strip(),
                    "themes": [t.strip() for t in themes],
                }
            )
            continue
        start, end = _find(text, span, cursor["legal"])
        if start < 0:
            raise ValueError(f"spec line {n}: span not found after {cursor['legal']}: {span!r}")
        cursor["legal"] = end
        rec: dict = {"type": "legal", "start": start, "end": end, "text": text[start:end]}
        if code == "a":
            rec["kind"] = "article"
            rec["articles"] = [a.strip() for a in fields[1].split(",")]
            rec["paragraph"] = _null(fields[2])
            rec["instrument"] = _null(fields[3])
            if len(fields) > 4 and fields[4].strip() == "range":
                rec["range"] = True
        elif code == "i":
            rec["kind"] = "instrument"
            rec["instrument"] = _null(fields[1])
        elif code == "d":
            rec["kind"] = "decision"
            rec["court"] = _null(fields[1])
            rec["date"] = _null(fields[2])
            rec["number"] = _null(fields[3])
        elif code == "e":
            rec["kind"] = "ecli"
            rec["court"] = _null(fields[1])
        else:
            raise ValueError(f"spec line {n}: unknown code {code!r}")
        records.append(rec)
    records.sort(key=lambda r: (r["start"], r["type"]))
    with out_path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(header, ensure_ascii=False) + "\n")
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records, text


def list_candidates(records: list[dict], text: str) -> None:
    """Print candidate words outside every legal span, with context, for the annotator to review."""
    spans = [(r["start"], r["end"]) for r in records if r["type"] == "legal"]
    for m in CANDIDATE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        left = text[max(0, m.start() - 40) : m.start()].replace("\n", " ")
        right = text[m.end() : m.end() + 50].replace("\n", " ")
        print(f"  {m.start():6d} {left}[[{m.group()}]]{right}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--candidates", action="store_true", help="list legal cues outside legal spans")
    parser.add_argument("--show", action="store_true", help="print every measure span")
    args = parser.parse_args()
    records, text = build(args.spec, args.out)
    if args.show:
        for r in records:
            if r["type"] == "measure":
                print(f"M {r['start']}-{r['end']} {r['action']} {r['themes']}: {text[r['start'] : r['end']]}")
    if args.candidates:
        list_candidates(records, text)
    counts = {t: sum(r["type"] == t for r in records) for t in ("legal", "measure")}
    print(f"{args.out.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
