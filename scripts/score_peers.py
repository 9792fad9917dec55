"""Score our date and figure extractors on the peers' test phrases (../shared/peers, README there).

Each phrase is run as a whole document (one segment in the row's language; the row's reference date,
when it has one, is the document date). Rows are sorted into *in scope* (the FORMAT.md contract: what
the targets are measured on) and *out of scope*, each out-of-scope row with the reason, by the rules
in `date_scope` / `number_scope` below; scripts/README.md explains each reason. Prints one table (per
file, group and language) and, with --misses, the in-scope rows we fail.

    python scripts/score_peers.py [--peers ../shared/peers] [--misses] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docanalyze.extract.dates import extract_dates
from docanalyze.extract.figures import extract_figures
from docanalyze.models import Date, Figure, Segment

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PEERS = ROOT.parent / "shared" / "peers"

# Seconds per FORMAT.md duration unit, as Duckling normalises them (month = 30 days, year = 365 days).
SECONDS = {"hour": 3600, "day": 86400, "week": 604800, "month": 2592000, "year": 31536000}
# A day-first reading of a numeric date, to spot rows whose expectation is month-first.
NUMERIC_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.\- ])(\d{1,2})(?:\2(\d{2,4}))?(?!\d)")
# A written year, or a numeric date with a two-digit year: the phrase does not depend on "now".
ABSOLUTE_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
# Calendar arithmetic: a weekday, week or day counted inside a month or from a feast.
ARITHMETIC_RE = re.compile(
    r"\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th|premi[eè]re?|derni[eè]re?|eerste|tweede|derde|laatste)"
    r"\b.*\b(?:week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semaine|jour|dag|"
    r"zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)",
    re.IGNORECASE,
)
# Vague parts that Duckling reads as a stretch of months and FORMAT.md drops ("end of 2012" -> 2012).
VAGUE_RE = re.compile(r"\b(?:end|beginning|start|fin|début|begin|eind)\b", re.IGNORECASE)
# Numbers Duckling reads that FORMAT.md does not: vague quantifiers and Duckling's own readings.
VAGUE_NUMBER_WORDS = {
    "a few",
    "few",
    "a couple",
    "a couple of",
    "single",
    "a pair",
    "nil",
    "geen",
    "niks",
    "one twenty two",
    "3 en 30",
    "gros",
    "dozijn",
}
ARTICLE_WORDS = {"un", "une", "een", "a", "an"}
# Coin names and slang for amounts (US/regional corpora): no currency written, FORMAT needs one.
# What may be left of a phrase outside the extracted spans: no digit.
DIGIT_RE = re.compile(r"\d")
# A date written as n/yyyy ("2/2013"): a decision number under FORMAT.md.
N_YEAR_RE = re.compile(r"\d{1,2}/\d{4}")
# An era ("in 14 a.d.") on a year that is not written with four digits.
ERA_RE = re.compile(r"\ba\.?d\.?\b", re.IGNORECASE)
FOUR_DIGITS_RE = re.compile(r"\d{4}")
YEAR_RE = re.compile(r"(?:1[89]|20)\d{2}")
FRACTION_RE = re.compile(r"-?\d+/\d+")
# Duration units of FORMAT.md in the peers' phrases (to tell seconds/minutes rows and composite rows apart).
FORMAT_UNIT_RE = re.compile(
    r"hour|uur|heure|day|dag|jour|week|month|maand|mois|year|jaar|an\b", re.IGNORECASE
)
UNIT_WORD_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|jaar|jaren|maanden?|weken|dagen|uur|ans?|mois|"
    r"semaines?|jours?|heures?|kwartier|minut\w*|seconde?s?)\b",
    re.IGNORECASE,
)
JOINED_RE = re.compile(r"\band\b|,|\ben\b|\bet\b")
COIN_SLANG_RE = re.compile(r"\b(?:dimes?|nickels?|quarters?|grand|bucks?|pennies|penny)\b", re.IGNORECASE)
# Money units Duckling cannot pin to a currency (its "$", "£", "unknown") are scored on value only.
VALUE_ONLY_UNITS = {"$", "£"}


def run_dates(text: str, lang: str, reference: str | None) -> list[Date]:
    return extract_dates(text, [Segment(0, len(text), lang)], document_date=reference)


def run_figures(text: str, lang: str) -> list[Figure]:
    return extract_figures(text, [Segment(0, len(text), lang)])


def _covers(text: str, spans: list[tuple[int, int]]) -> bool:
    """The spans cover the phrase "nearly": what is left has no digit and at most three words."""
    rest = list(text)
    for s, e in spans:
        for i in range(s, e):
            rest[i] = " "
    left = "".join(rest)
    return not DIGIT_RE.search(left) and len(left.split()) <= 3


def _same_prefix(ours: str, expected: str, grain: str | None) -> bool:
    """Our value equals the expectation at the precision the text states."""
    if grain in ("month", "year"):
        return expected.startswith(ours) or ours == expected[: len(ours)]
    return ours == expected


# ---------------------------------------------------------------- dates


def date_scope(row: dict[str, Any]) -> str | None:
    """None when the row is in scope, else the reason it is not (see scripts/README.md)."""
    text = row["text"]
    if row.get("corpus") == "latent":
        return "latent (Duckling finds it only with latent matching)"
    if not row.get("absolute"):
        return "relative or yearless (value depends on 'now')"
    if row.get("holiday"):
        return "named holiday (value from a feast calendar)"
    if row.get("grain") in ("week", "quarter"):
        return "week/quarter grain (FORMAT: day, month, year)"
    if ARITHMETIC_RE.search(text):
        return "calendar arithmetic (nth weekday/day of a month)"
    if row.get("type") in ("interval", "open_interval") and VAGUE_RE.search(text):
        return "vague period (FORMAT keeps the year only)"
    m = NUMERIC_DATE_RE.search(text)
    if m and row.get("grain") == "day":
        day, month = int(m.group(1)), int(m.group(3))
        if month > 12 or (row["value"][5:7] == f"{day:02d}" and day != month):
            return "month-first numeric date (FORMAT: day-first)"
    if N_YEAR_RE.fullmatch(text.strip()):
        return "n/yyyy (a decision number under FORMAT)"
    if ERA_RE.search(text) and not FOUR_DIGITS_RE.search(text):
        return "era year outside 1800-2099"
    return None


def score_duckling_time(rows: list[dict[str, Any]], table: Table) -> None:
    for row in rows:
        reason = date_scope(row)
        group = "dates"
        if reason:
            table.out(row, group, reason)
            continue
        dates = run_dates(row["text"], row["lang"], None)
        expected = [row["value"]] + ([row["end_value"]] if row.get("type") == "interval" else [])
        ok = (
            len(dates) == len(expected)
            and all(_same_prefix(d.value, v, row["grain"]) for d, v in zip(dates, expected, strict=True))
            and _covers(row["text"], [(d.start, d.end) for d in dates])
        )
        table.hit(row, group, ok, [(d.text, d.value) for d in dates])


def parse_scope(row: dict[str, Any]) -> str | None:
    text = row["text"]
    if row.get("settings"):
        return "preference settings (PREFER_DATES_FROM, DATE_ORDER...)"
    if row.get("bare_duration"):
        return "bare duration (a figure under FORMAT)"
    if row.get("ambiguous_numeric") == "MDY" or _month_first(text, row["value"]):
        return "month-first numeric date (FORMAT: day-first)"
    if not ABSOLUTE_RE.search(text) or RELATIVE_RE.search(text):
        return "relative or yearless (value depends on 'now')"
    return None


def _month_first(text: str, value: str) -> bool:
    m = NUMERIC_DATE_RE.search(text)
    return bool(m) and m.group(2) != " " and (int(m.group(3)) > 12 or int(m.group(1)) != int(value[8:10]))


# Words that make a phrase relative to "now" even when it holds a four-digit number ("2008 years ago").
RELATIVE_RE = re.compile(r"\b(?:ago|later|from now|il y a|geleden)\b", re.IGNORECASE)


def score_dateparser_parse(rows: list[dict[str, Any]], table: Table) -> None:
    for row in rows:
        reason = parse_scope(row)
        if reason:
            table.out(row, "dates", reason)
            continue
        reference = (row.get("reference") or "")[:10] or None
        dates = run_dates(row["text"], row["lang"], reference)
        grain = row.get("grain_hint") or row.get("period")
        ok = len(dates) == 1 and _same_prefix(dates[0].value, row["value"], grain)
        table.hit(row, "dates", ok, [(d.text, d.value) for d in dates])


def score_dateparser_search(rows: list[dict[str, Any]], table: Table) -> None:
    """Items matched greedily in order (overlapping span, agreeing value); P/R over items."""
    for row in rows:
        if row.get("settings") or any(item.get("time_span") for item in row["expected"]):
            table.out(row, "dates", "preference settings or time spans")
            continue
        if any(item.get("ambiguous_numeric") == "MDY" for item in row["expected"]):
            table.out(row, "dates", "month-first numeric date (FORMAT: day-first)")
            continue
        absolute = [
            item
            for item in row["expected"]
            if ABSOLUTE_RE.search(item.get("text") or "") or row.get("anchoring") or row.get("span_only")
        ]
        if row["expected"] and not absolute:
            table.out(row, "dates", "relative or yearless (value depends on 'now')")
            continue
        dates = run_dates(row["text"], row["lang"], (row.get("reference") or "")[:10] or None)
        if row.get("span_only"):
            rest = row["text"]
            for d in dates:
                rest = rest.replace(d.text, " ")
            ok = len(dates) == 1 and not YEAR_RE.search(rest)
            table.hit(row, "dates", ok, [(d.text, d.value) for d in dates])
            continue
        text = row["text"]
        used: set[int] = set()
        found = 0
        for item in absolute:
            start = text.find(item["text"]) if item.get("text") else -1
            end = start + len(item["text"]) if start >= 0 else -1
            for i, d in enumerate(dates):
                if i in used or not (d.start < end and start < d.end):
                    continue
                if _same_prefix(d.value, item["value"], item.get("grain_hint")) or (
                    item.get("grain_hint") in (None, "month", "year") and item["value"].startswith(d.value)
                ):
                    used.add(i)
                    found += 1
                    break
        extra = len(dates) - len(used)
        table.items(row, "dates", found, len(absolute), extra, [(d.text, d.value) for d in dates])


# ---------------------------------------------------------------- numbers


def number_scope(row: dict[str, Any]) -> str | None:
    text = row["text"].strip()
    dim = row["dimension"]
    if row.get("latent"):
        return "latent bare number (Duckling's latent mode)"
    if dim == "quantity":
        return "physical quantity (no FORMAT kind for grams, cups...)"
    if dim == "ordinal":
        return None
    if text.lower() in VAGUE_NUMBER_WORDS:
        return "vague quantifier or Duckling-specific reading"
    if text.lower() in ARTICLE_WORDS:
        return "indefinite article (never a figure alone)"
    if FRACTION_RE.fullmatch(text):
        return "fraction n/m (a reference number under FORMAT)"
    if dim == "money":
        unit = row.get("unit")
        if COIN_SLANG_RE.search(text):
            return "coin names and slang (dime, quarter, grand): no currency written"
        if unit in ("unknown", "cent", "rial", "riyal", "dinar"):
            return "money unit Duckling cannot determine (bucks, cents, rials)"
    if dim == "duration" and row.get("unit") in ("second", "minute", "quarter"):
        if not FORMAT_UNIT_RE.search(text):
            return "seconds/minutes/quarters (FORMAT units: hour..year)"
        return "composite duration in Duckling's smallest grain (FORMAT: one figure per number and unit)"
    units = UNIT_WORD_RE.findall(text)
    if dim == "duration" and (len(units) > 1 or JOINED_RE.search(text)):
        return "composite duration in Duckling's smallest grain (FORMAT: one figure per number and unit)"
    return None


def _figure_ok(row: dict[str, Any], figures: list[Figure]) -> bool:
    dim = row["dimension"]
    if dim == "ordinal":
        return not figures
    if row.get("type") == "interval":
        expected = [v for v in (row.get("min"), row.get("max")) if v is not None]
    else:
        expected = [row["value"]]
    if len(figures) != len(expected) or not _covers(row["text"], [(f.start, f.end) for f in figures]):
        return False
    for fig, value in zip(figures, expected, strict=True):
        if dim == "duration":
            if fig.kind != "duration" or fig.unit not in SECONDS:
                return False
            want = row["normalized_seconds"] if len(expected) == 1 else value * SECONDS.get(row["unit"], 1)
            if not math.isclose(fig.value * SECONDS[fig.unit], want, rel_tol=1e-9):
                return False
            continue
        if not math.isclose(float(fig.value), float(value), rel_tol=1e-9, abs_tol=1e-9):
            return False
        if dim == "money":
            if fig.kind != "money":
                return False
            unit = row.get("unit")
            if unit not in VALUE_ONLY_UNITS and fig.unit != unit:
                return False
        elif dim == "number" and fig.kind != "count":
            return False
    return True


def score_duckling_numbers(rows: list[dict[str, Any]], table: Table) -> None:
    for row in rows:
        group = "ordinals (no figure)" if row["dimension"] == "ordinal" else row["dimension"]
        reason = number_scope(row)
        if reason:
            table.out(row, group, reason)
            continue
        figures = run_figures(row["text"], row["lang"])
        table.hit(row, group, _figure_ok(row, figures), [(f.text, f.value, f.kind, f.unit) for f in figures])


def score_negative(rows: list[dict[str, Any]], table: Table) -> None:
    for row in rows:
        dim = row["dimension"]
        if dim == "time":
            found: list[Any] = [(d.text, d.value) for d in run_dates(row["text"], row["lang"], None)]
        else:
            kind = {"money": "money", "duration": "duration"}[dim]
            found = [(f.text, f.value) for f in run_figures(row["text"], row["lang"]) if f.kind == kind]
        table.hit(row, f"negative {dim}", not found, found)


# ---------------------------------------------------------------- table


class Table:
    """Counts per (file, group, lang): hits and in-scope rows, out-of-scope rows per reason."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        self.reasons: dict[tuple[str, str], int] = defaultdict(int)
        self.misses: list[dict[str, Any]] = []
        self.file = ""

    def hit(self, row: dict[str, Any], group: str, ok: bool, got: list[Any]) -> None:
        c = self.counts[(self.file, group, row["lang"])]
        c[0] += ok
        c[1] += 1
        if not ok:
            self.misses.append(
                {
                    "file": self.file,
                    "group": group,
                    "lang": row["lang"],
                    "text": row["text"],
                    "expected": row.get("value", row.get("expected")),
                    "got": got,
                }
            )

    def items(
        self, row: dict[str, Any], group: str, found: int, total: int, extra: int, got: list[Any]
    ) -> None:
        c = self.counts[(self.file, group, row["lang"])]
        c[0] += found
        c[1] += total
        c[2] += extra
        if found < total or extra:
            self.misses.append(
                {
                    "file": self.file,
                    "group": group,
                    "lang": row["lang"],
                    "text": row["text"][:120],
                    "expected": row["expected"],
                    "got": got,
                }
            )

    def out(self, row: dict[str, Any], group: str, reason: str) -> None:
        self.reasons[(self.file, reason)] += 1

    def pooled(self, groups: set[str]) -> dict[str, tuple[int, int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for (_, group, lang), (hits, total, extra) in self.counts.items():
            if group in groups:
                for key in (lang, "all"):
                    out[key][0] += hits
                    out[key][1] += total
                    out[key][2] += extra
        return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _rate(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}%" if total else "    -"


def print_table(table: Table) -> None:
    print(f"{'file':<26}{'group':<22}{'lang':<5}{'hits':>6}{'in scope':>10}{'rate':>8}{'extra':>7}")
    for (file, group, lang), (hits, total, extra) in sorted(table.counts.items()):
        print(f"{file:<26}{group:<22}{lang:<5}{hits:>6}{total:>10}{_rate(hits, total):>8}{extra:>7}")
    print()
    targets = [
        ("absolute dates (target >= 95%)", {"dates"}),
        ("numbers, money, durations (target >= 90%)", {"number", "money", "duration"}),
    ]
    for name, groups in targets:
        pooled = table.pooled(groups)
        cells = "  ".join(
            f"{lang} {_rate(h, t).strip()} ({h}/{t})" for lang, (h, t, _) in sorted(pooled.items())
        )
        print(f"{name}: {cells}")
    ordinal = table.pooled({"ordinals (no figure)"})
    negatives = table.pooled({"negative time", "negative money", "negative duration"})
    print(
        "ordinals yielding no figure: "
        + "  ".join(f"{k} {h}/{t}" for k, (h, t, _) in sorted(ordinal.items()))
    )
    print(
        "peer negatives yielding nothing: "
        + "  ".join(f"{k} {h}/{t}" for k, (h, t, _) in sorted(negatives.items()))
    )
    print()
    print("out of scope (file, reason: rows)")
    for (file, reason), n in sorted(table.reasons.items()):
        print(f"  {file:<26}{reason}: {n}")


SCORERS: dict[str, Callable[[list[dict[str, Any]], Table], None]] = {
    "duckling-time.jsonl": score_duckling_time,
    "dateparser-parse.jsonl": score_dateparser_parse,
    "dateparser-search.jsonl": score_dateparser_search,
    "duckling-numbers.jsonl": score_duckling_numbers,
    "duckling-negative.jsonl": score_negative,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=Path, default=DEFAULT_PEERS)
    parser.add_argument("--misses", action="store_true", help="list the in-scope rows we fail")
    parser.add_argument("--json", type=Path, help="write counts, reasons and misses as JSON")
    args = parser.parse_args(argv)
    table = Table()
    for name, scorer in SCORERS.items():
        path = args.peers / name
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        table.file = name.removesuffix(".jsonl")
        scorer(rows, table)
    print_table(table)
    if args.misses:
        print("\nin-scope misses")
        for miss in table.misses:
            print(json.dumps(miss, ensure_ascii=False))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "counts": [
                        {"file": f, "group": g, "lang": lang, "hits": c[0], "total": c[1], "extra": c[2]}
                        for (f, g, lang), c in sorted(table.counts.items())
                    ],
                    "out_of_scope": [
                        {"file": f, "reason": r, "rows": n} for (f, r), n in sorted(table.reasons.items())
                    ],
                    "misses": table.misses,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
