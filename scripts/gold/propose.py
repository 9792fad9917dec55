"""List date/figure candidates of one document, with a first guess, for a human annotator to review.

This is an annotation aid, independent of docanalyze's extractors: it only proposes. Every proposal is
reviewed by reading its context and kept, changed or dropped through an edits file (see build.py).

usage: python scripts/gold/propose.py DOC.txt LANG YEAR OUT.prop.jsonl > listing.txt
"""

import json
import re
import sys
from pathlib import Path

MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTH_NUM = {m: i + 1 for names in MONTHS.values() for i, m in enumerate(names.split())}
MONTH_NUM.update({"fevrier": 2, "aout": 8, "decembre": 12, "sept": 9, "jan": 1, "feb": 2, "febr": 2})
NUMBER_WORDS = {
    "en": "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13"
    " fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40"
    " fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 thousand:1000 one:1 dozen:12",
    "fr": "deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13"
    " quatorze:14 quinze:15 seize:16 dix-huit:18 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60"
    " cent:100 mille:1000 un:1 une:1",
    "nl": "twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12 dertien:13"
    " veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19 twintig:20 dertig:30"
    " veertig:40 vijftig:50 zestig:60 honderd:100 duizend:1000 één:1 eén:1",
}
DURATION_UNITS = {
    "hour": "hours hour heures heure uur uren u",
    "day": "days day jours jour dagen dag werkdagen",
    "week": "weeks week semaines semaine weken",
    "month": "months month mois maanden maand",
    "year": "years year ans an années année jaar jaren",
}
UNIT_OF = {w: u for u, ws in DURATION_UNITS.items() for w in ws.split()}
MULT = {
    "million": 1e6,
    "millions": 1e6,
    "miljoen": 1e6,
    "billion": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "miljard": 1e9,
    "mio": 1e6,
}

ALL_MONTHS = sorted({m for ms in MONTHS.values() for m in ms.split()}, key=len, reverse=True)
MONTH_ALT = "|".join(ALL_MONTHS)
# day (optional ordinal suffix, optional "of") + month + optional year
DAY_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|e)?(?: of)? ({MONTH_ALT})\b(?:,? (\d{{4}}))?", re.IGNORECASE
)
# month + year (no day), and US style month day, year
MONTH_YEAR_RE = re.compile(rf"\b({MONTH_ALT})(?: (\d{{1,2}}),)? (\d{{4}})\b", re.IGNORECASE)
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
YEAR_RE = re.compile(r"(?<![\d/.,])(19[5-9]\d|20[0-4]\d)(?![\d/])")
# digit groups: EN groups with ',' only; FR/NL with '.', ',' or (narrow) no-break/plain spaces; not glued to letters
NUMBER_RE = {
    "en": re.compile(
        r"(?<![\w.,/])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/])|(?<![\w/])-?\d+(?:[.,]\d+)?(?![\w/])"
    ),
    "fr": re.compile(
        r"(?<![\w.,/])-?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\w/])|(?<![\w/])-?\d+(?:[.,]\d+)?(?![\w/])"
    ),
}
NUMBER_RE["nl"] = NUMBER_RE["fr"]
# URLs and footnote markers ("[12]", "word(3)"): never dates or figures, hidden from the listing
URL_OR_MARKER_RE = re.compile(
    r"https?://\S+|www\.\S+|\[\d{1,3}\]|(?<=[a-zé])\(\d{1,2}\)|\(\d{1,2}\)(?= [A-Z])"
)
WORD_RE = re.compile(r"\b[\w-]+\b")
PCT_RE = re.compile(r"^\s?(%|per ?cent\b|pour ?cent\b|procent\b)")
CUR_AFTER_RE = re.compile(
    r"^\s?(?:(million|millions|miljoen|billion|milliard|milliards|miljard|mio)\s)?(€|euros?\b|EUR\b)"
)
MULT_AFTER_RE = re.compile(r"^\s(million|millions|miljoen|billion|milliard|milliards|miljard)\b")
CUR_BEFORE_RE = re.compile(r"(€|EUR)\s?$")
DUR_AFTER_RE = re.compile(r"^\s?([a-zé]+)\b")
SKIP_BEFORE_RE = re.compile(
    r"(art(?:icle|ikel|ikelen|icles)?s?\.?|§|n°|nr\.?|no\.?|p\.|pp\.|pag\.|blz\.|Pas\.|AC|page|lid|al\.|ECLI:\S*)\s*$",
    re.IGNORECASE,
)


def parse_number(s: str, lang: str) -> float:
    """Locale-parse a digit string: EN ',' groups; FR/NL '.' or space groups and ',' decimals."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if lang == "en":
        s = s.replace(",", "").replace(" ", "")
    else:
        s = s.replace(" ", "")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    v = float(s)
    return int(v) if v.is_integer() else v


def propose(text: str, lang: str, year: int) -> list[dict]:
    """Return proposals (dates first pass, then figures), each with an id-able position."""
    out: list[dict] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(o: dict) -> None:
        out.append(o)
        taken.append((o["start"], o["end"]))

    for m in DAY_MONTH_RE.finditer(text):
        mon = MONTH_NUM[m.group(2).lower()]
        if m.group(3):
            add(
                {
                    "type": "date",
                    "start": m.start(),
                    "end": m.end(),
                    "value": f"{m.group(3)}-{mon:02d}-{int(m.group(1)):02d}",
                }
            )
        else:
            add(
                {
                    "type": "date",
                    "start": m.start(),
                    "end": m.end(),
                    "value": f"{year}-{mon:02d}-{int(m.group(1)):02d}",
                    "inferred": True,
                }
            )
    for m in MONTH_YEAR_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        mon = MONTH_NUM[m.group(1).lower()]
        v = f"{m.group(3)}-{mon:02d}" + (f"-{int(m.group(2)):02d}" if m.group(2) else "")
        add({"type": "date", "start": m.start(), "end": m.end(), "value": v})
    for m in NUMERIC_DATE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        y = m.group(3)
        y = ("20" + y) if len(y) == 2 else y
        add(
            {
                "type": "date",
                "start": m.start(),
                "end": m.end(),
                "value": f"{y}-{int(m.group(2)):02d}-{int(m.group(1)):02d}",
            }
        )
    for m in YEAR_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        o = {"type": "date", "start": m.start(), "end": m.end(), "value": m.group(1)}
        if SKIP_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]):
            o["type"] = "x"
        add(o)
    for m in NUMBER_RE[lang].finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        try:
            v = parse_number(m.group(0), lang)
        except ValueError:
            continue
        o: dict = {"type": "figure", "start": s, "end": e, "value": v, "kind": "count", "unit": None}
        after = text[e : e + 30]
        before = text[max(0, s - 12) : s]
        if mm := MULT_AFTER_RE.match(after):
            o["value"] = v * MULT[mm.group(1).lower()]
            o["end"] = e = e + mm.end()
            after = text[e : e + 30]
        if mm := PCT_RE.match(after):
            o.update(kind="percentage", unit="%", end=e + mm.end())
        elif mm := CUR_AFTER_RE.match(after):
            if mm.group(1):
                o["value"] = v * MULT[mm.group(1).lower()]
            o.update(kind="money", unit="EUR", end=e + mm.end())
        elif mm := CUR_BEFORE_RE.search(before):
            o.update(kind="money", unit="EUR", start=s - len(mm.group(0)))
        elif (mm := DUR_AFTER_RE.match(after)) and mm.group(1).lower() in UNIT_OF:
            o.update(kind="duration", unit=UNIT_OF[mm.group(1).lower()], end=e + mm.end())
        elif SKIP_BEFORE_RE.search(before):
            o["type"] = "x"
        elif re.match(r"^\s?[\w-]+", after):
            q = re.match(r"^\s?([\w'-]+)", after).group(1)
            o["quantity"] = q
        add(o)
    words = {w.split(":")[0]: int(w.split(":")[1]) for w in NUMBER_WORDS[lang].split()}
    for m in WORD_RE.finditer(text):
        w = m.group(0).lower()
        if w not in words or not free(m.start(), m.end()):
            continue
        o = {
            "type": "figure",
            "start": m.start(),
            "end": m.end(),
            "value": words[w],
            "kind": "count",
            "unit": None,
        }
        after = text[m.end() : m.end() + 30]
        if (mm := DUR_AFTER_RE.match(after)) and mm.group(1).lower() in UNIT_OF:
            o.update(kind="duration", unit=UNIT_OF[mm.group(1).lower()], end=m.end() + mm.end())
        elif mm := re.match(r"^\s?([\w'-]+)", after):
            o["quantity"] = mm.group(1)
        if w in ("one", "un", "une") and o["kind"] == "count":
            o["type"] = "x"
        add(o)
    hidden = [(m.start(), m.end()) for m in URL_OR_MARKER_RE.finditer(text)]
    out = [o for o in out if not any(a <= o["start"] < b for a, b in hidden)]
    out.sort(key=lambda o: o["start"])
    for i, o in enumerate(out, 1):
        o["id"] = i
        o["text"] = text[o["start"] : o["end"]]
    return out


def main() -> None:
    doc, lang, year, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    text = Path(doc).read_text(encoding="utf-8")
    props = propose(text, lang, year)
    with open(dest, "w", encoding="utf-8") as f:
        for o in props:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for o in props:
        s, e = o["start"], o["end"]
        ctx = (text[max(0, s - 45) : s] + "[" + text[s:e] + "]" + text[e : e + 35]).replace("\n", "¶")
        t = {"date": "D", "figure": "F", "x": "x"}[o["type"]]
        if t == "D":
            info = o["value"] + (" inf" if o.get("inferred") else "")
        elif t == "F":
            info = f"{o['value']} {o['kind'][:3]}" + (f" {o['unit']}" if o["kind"] == "duration" else "")
            info += f" q={o['quantity']}" if o.get("quantity") else ""
        else:
            info = ""
        print(f"{o['id']:>4} {t} {info:<28} {ctx}")


if __name__ == "__main__":
    main()
