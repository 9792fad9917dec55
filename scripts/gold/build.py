"""Turn reviewed proposals plus an edits file into a gold .jsonl, offsets computed from the text.

The edits file holds the annotator's decisions, one per line (# starts a comment):
  d ID ID ...                 drop proposals (proposals of type x are dropped anyway)
  k ID ID ...                 keep proposals of type x as they are (rarely useful)
  s ID key=value ...          set fields; value is JSON when it parses, else a string; key=- deletes the key;
                              text=NEW re-spans to the occurrence of NEW nearest the proposal
  q ID ID ...                 accept the proposed counted noun, singularised
  a TEXT|OCC|key=value|...    add an annotation on the OCC-th occurrence of TEXT (1-based), or >N: the first
                              occurrence at or after offset N; type=date or type=figure must be given;
                              "left [span] right" annotates only the bracketed part of the matched text

usage: python scripts/gold/build.py DOC.txt PROP.jsonl EDITS.txt HEADER.json OUT.gold.jsonl
"""

import json
import re
import sys
from pathlib import Path

FIELD_ORDER = ["type", "start", "end", "text", "value", "inferred", "unit", "kind", "quantity"]


def parse_value(v: str) -> object:
    """JSON when it parses (numbers, null, true), else the raw string."""
    try:
        return json.loads(v)
    except json.JSONDecodeError:
        return v


def singular(word: str, lang: str) -> str:
    """A crude singular for the accepted counted noun (the annotator checks the listing)."""
    w = word.lower()
    if lang == "nl":
        for suf, rep in (("ingen", "ing"), ("ssen", "s"), ("en", ""), ("s", "")):
            if w.endswith(suf) and len(w) > len(suf) + 2:
                return w[: -len(suf)] + rep
        return w
    if w.endswith("ies") and lang == "en":
        return w[:-3] + "y"
    if w.endswith(("s", "x")) and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def find(text: str, needle: str, occ: str, near: int | None = None) -> int:
    """Start offset of NEEDLE: nearest to NEAR, OCC-th occurrence, or first at/after >N."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not starts:
        raise ValueError(f"not found: {needle!r}")
    if near is not None:
        return min(starts, key=lambda s: abs(s - near))
    if occ.startswith(">"):
        return next(s for s in starts if s >= int(occ[1:]))
    return starts[int(occ) - 1]


def main() -> None:
    doc, prop, edits, header_path, dest = sys.argv[1:6]
    text = Path(doc).read_text(encoding="utf-8")
    header = json.loads(Path(header_path).read_text(encoding="utf-8"))
    lang = header["lang"]
    props = {o["id"]: o for o in (json.loads(x) for x in Path(prop).read_text(encoding="utf-8").splitlines())}
    keep = {i for i, o in props.items() if o["type"] != "x"}
    accept_q: set[int] = set()
    added: list[dict] = []
    for raw in Path(edits).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.startswith("a ") else raw.strip()
        if not line:
            continue
        op, _, rest = line.partition(" ")
        if op == "d":
            keep -= {int(x) for x in rest.split()}
        elif op == "k":
            keep |= {int(x) for x in rest.split()}
        elif op == "q":
            accept_q |= {int(x) for x in rest.split()}
        elif op == "s":
            i, *kvs = rest.split(" ", 1)
            o = props[int(i)]
            for kv in re.findall(r"(\w+)=((?:\"[^\"]*\")|\S+)", kvs[0] if kvs else ""):
                k, v = kv
                v = v.strip('"') if v.startswith('"') else v
                if v == "-":
                    o.pop(k, None)
                elif k == "text":
                    o["start"] = find(text, v, "", near=o["start"])
                    o["end"] = o["start"] + len(v)
                elif k == "quantity":
                    o["quantity_set"] = v
                else:
                    o[k] = parse_value(v)
            keep.add(int(i))
        elif op == "a":
            needle, occ, *kvs = rest.split("|")
            # "left [span] right": the context locates the span, the brackets delimit it
            lead, _, tail = needle.partition("[")
            span, _, right = tail.partition("]") if tail else (lead, "", "")
            s = find(text, (lead + span + right) if tail else needle, occ) + (len(lead) if tail else 0)
            o = {"start": s, "end": s + len(span), "unit": None}
            for kv in kvs:
                k, _, v = kv.partition("=")
                o[k] = parse_value(v)
            if o["type"] == "date":
                o.pop("unit")
            added.append(o)
        else:
            raise ValueError(f"bad edit line: {raw!r}")
    rows = []
    for i in sorted(keep):
        o = dict(props[i])
        q = o.pop("quantity", None)
        if i in accept_q and q:
            o["quantity"] = singular(q, lang)
        if "quantity_set" in o:
            o["quantity"] = o.pop("quantity_set")
        rows.append(o)
    rows += added
    out = []
    for o in rows:
        o.pop("id", None)
        if o["type"] == "date":
            o["value"] = str(o["value"])
            o.pop("unit", None)
            o.pop("kind", None)
        o["text"] = text[o["start"] : o["end"]]
        if o["type"] == "figure" and o.get("kind") == "count":
            o["unit"] = None
        if o["type"] == "figure" and isinstance(o["value"], float) and o["value"].is_integer():
            o["value"] = int(o["value"])
        out.append({k: o[k] for k in FIELD_ORDER if k in o})
    out.sort(key=lambda o: (o["start"], o["end"]))
    with open(dest, "w", encoding="utf-8") as f:
        f.write(json.dumps(header, ensure_ascii=False) + "\n")
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
