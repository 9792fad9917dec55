"""One locale-aware number reader shared by the date and figure extractors.

Digits: the language table gives the decimal mark and the thousands separators. A number with both
marks takes the last one as decimal (`6.700,54`, `100,000.5`); a mark repeated is a thousands
separator (`1.200.000`, `3,000,000`); a single mark is the locale's decimal when it is the locale's
decimal mark, a thousands separator when exactly three digits follow, and a decimal otherwise. So in
FR/NL `1.145` = 1145, `1,145` = 1.145 (a single comma is always decimal there), `2.5` = 2.5; in EN
`1,145` = 1145, `1.145` = 1.145, `0,5` = 0.5. Spaces, no-break and narrow no-break spaces only ever
separate groups of three digits.

Words: number words, scale words and joiners from the table are read as one number
(`quatre-vingt-dix` = 90, `drieëntwintig` = 23, `two hundred and four` = 204, `un million deux cent
mille` = 1200000); a sequence that is not one number (`two three`) splits into several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from docanalyze.extract._chars import DASH, SPACE, alternation, fold
from docanalyze.lang import load_language

Number = int | float


def as_number(value: float) -> Number:
    """An int when the value is whole (FORMAT.md writes 1145, not 1145.0)."""
    rounded = round(value, 9)
    return int(rounded) if rounded == int(rounded) else rounded


def parse_digits(text: str, decimal: str) -> Number:
    """The value of a digit string matched by `NumberGrammar.digits` (rules in the module docstring)."""
    raw = re.sub(f"{SPACE}", "", text)
    sign = -1 if raw[:1] in "-\u2212\u2013" else 1
    raw = raw.lstrip("-\u2212\u2013")
    marks = [c for c in raw if c in ".,"]
    if not marks:
        return sign * int(raw)
    if "." in marks and "," in marks:
        dec = marks[-1]
    elif len(marks) > 1:
        dec = None
    elif marks[0] == decimal:
        dec = decimal
    else:
        dec = None if len(raw) - raw.index(marks[0]) - 1 == 3 else marks[0]
    if dec is None:
        return sign * int(raw.replace(".", "").replace(",", ""))
    whole, _, frac = raw.rpartition(dec)
    whole = whole.replace(".", "").replace(",", "") or "0"
    return as_number(sign * float(f"{whole}.{frac}"))


def _digits_pattern(decimal: str, thousands: tuple[str, ...]) -> str:
    """Digits as the locale writes them, plus the forms no locale can misread (see module docstring).

    Groups split by spaces never touch another digit across a single space: in a flattened table row
    (`1,156 126 887 135`) the cells stay apart, while `450 800 TCNs` and `3 000 hommes` are one number.
    """
    other = "," if decimal == "." else "."
    marks = "".join(re.escape(t) for t in thousands if not t.isspace())
    spaces = "".join(re.escape(t) for t in thousands if t.isspace())
    d, o = re.escape(decimal), re.escape(other)
    alternatives = []
    if marks:
        alternatives.append(rf"\d{{1,3}}(?:[{marks}]\d{{3}})+(?:{d}\d+)?")  # locale grouping: 1.145 / 1,145
    if spaces:
        # 1 145 / 10 000,50, not touching another digit group across one space
        # (a first group of three digits takes one more group at most: "104 208 122" is three cells)
        alternatives.append(
            rf"(?<!\d[{spaces}])(?:\d{{1,2}}(?:[{spaces}]\d{{3}})+|\d{{3}}[{spaces}]\d{{3}})(?:{d}\d+)?(?![{spaces}]\d)"
        )
    alternatives += [
        rf"\d{{1,3}}(?:{d}\d{{3}}){{2,}}(?:{o}\d+)?",  # the other grouping, repeated: 1,200,000 in FR
        rf"\d*{d}\d+",  # locale decimal: 2,5 / 2.5 / ,77
        rf"\d+{o}\d{{1,2}}(?!\d)",  # the other mark with one or two digits: a decimal (2.5 in FR)
        r"\d+",
    ]
    return "(?:" + "|".join(alternatives) + r")(?![.,]?\d)"


@dataclass(frozen=True)
class NumberGrammar:
    """The number patterns and lookups of one language, built once from its table."""

    decimal: str
    digits: str  # regex source for a digit number (no sign)
    words: str  # regex source for a run of number words
    multiplier: str  # regex source for a scale word after digits ("2 miljoen", "1,2 milliard")
    suffix: str  # regex source for a scale letter glued to digits ("10k", "3M", "1.5bn")
    word_values: dict[str, Number]
    multipliers: dict[str, Number]
    articles: frozenset[str]
    joiners: frozenset[str]
    units_before_tens: bool
    token: re.Pattern[str]

    def read_words(self, text: str) -> list[tuple[int, int, Number]]:
        """(start, end, value) of each number in a run of number words (offsets into `text`)."""
        tokens = [(m.start(), m.end(), fold(m.group())) for m in self.token.finditer(text)]
        out: list[tuple[int, int, Number]] = []
        group: list[tuple[int, int, str]] = []
        for i, tok in enumerate(tokens):
            between = fold(text[tokens[i - 1][1] : tok[0]]).strip(" -") if i else ""
            if group and not self._continues(group, tok[2], between):
                self._flush(group, out)
                group = []
            group.append(tok)
        self._flush(group, out)
        return out

    def _is_scale(self, word: str) -> bool:
        return word in self.multipliers or self.word_values.get(word) == 100

    def _continues(self, group: list[tuple[int, int, str]], word: str, between: str) -> bool:
        """Whether `word` extends the number read so far (a joiner only follows a scale word)."""
        previous = group[-1][2]
        value = self.word_values.get(word, 0)
        if between:
            if between not in self.joiners:
                return False
            if not self._is_scale(previous):
                # only "twee en twintig" (unit, joiner, tens) where the language puts units first
                before = self.word_values.get(previous, 100)
                return self.units_before_tens and before < 10 and value in (20, 30, 40, 50, 60, 70, 80, 90)
        if previous in self.articles:
            return self._is_scale(word)
        if self._is_scale(word):
            return True
        if word in self.articles:
            return False
        so_far = self._value([g[2] for g in group])
        small = so_far % 100
        # after a hundred or a thousand ("honderd", "tweehonderd", "mille") any number below 100 follows
        after_scale = small == 0 and (so_far >= 100 or self._is_scale(previous))
        if value < 10:
            return small % 10 == 0 and small != 0 or after_scale
        if value < 20:
            return small in (60, 80) or after_scale  # "soixante-douze", "quatre-vingt-dix"
        return after_scale

    def _value(self, words: list[str]) -> Number:
        total: float = 0
        current: float = 0
        top = 0.0
        for word in words:
            if word in self.articles:
                current = current or 1
                continue
            if word in self.multipliers and (self.multipliers[word] != 100 or word not in self.word_values):
                scale = self.multipliers[word]
            elif self.word_values.get(word) in (100, 1000) and word not in ("a dozen",):
                scale = self.word_values[word]
            else:
                current += self.word_values[word]
                continue
            if scale == 100:
                current = (current or 1) * 100
            elif scale > top:
                total = (total + (current or (0 if total else 1))) * scale
                current, top = 0, scale
            else:
                total += (current or 1) * scale
                current = 0
        return as_number(total + current)

    def _flush(self, group: list[tuple[int, int, str]], out: list[tuple[int, int, Number]]) -> None:
        while group and group[0][2] in self.articles and (len(group) == 1 or not self._is_scale(group[1][2])):
            group = group[1:]
        # Scale words alone are vague plurals ("thousands", "millions"), not numbers; "un million" is one.
        if any(g[2] in self.word_values or g[2] in self.articles for g in group):
            out.append((group[0][0], group[-1][1], self._value([g[2] for g in group])))


@cache
def grammar(code: str) -> NumberGrammar:
    """The number grammar of a language, from its table in docanalyze.lang."""
    table: ModuleType = load_language(code)
    words = {fold(k): v for k, v in {**table.NUMBER_WORDS, **table.APPROXIMATE_NUMBERS}.items()}
    multipliers = {fold(k): v for k, v in table.MULTIPLIERS.items()}
    articles = frozenset(fold(a) for a in table.ARTICLE_NUMERALS)
    joiners = frozenset(fold(j) for j in table.NUMBER_JOINERS)
    token_alt = alternation([*words, *multipliers, *articles])
    token = rf"(?<!\w)(?:{token_alt})(?!\w)"
    join_alt = alternation(joiners)
    run = rf"{token}(?:(?:{SPACE}+(?:(?:{join_alt}){SPACE}+)?|{DASH}(?:(?:{join_alt}){DASH})?){token})*"
    return NumberGrammar(
        decimal=table.DECIMAL,
        digits=_digits_pattern(table.DECIMAL, tuple(table.THOUSANDS)),
        words=run,
        multiplier=alternation(multipliers),
        suffix=r"(?-i:bn|mln|mrd|mio|[kKM])(?!\w)",  # case-sensitive inside IGNORECASE patterns: 6m is no 6M
        word_values=words,
        multipliers=multipliers,
        articles=articles,
        joiners=joiners,
        units_before_tens=table.UNITS_BEFORE_TENS,
        token=re.compile(token, re.IGNORECASE),
    )


# A word after a number: what tells a count ("2000 people") from a year ("the 2024 budget", "2024 :").
NEXT_WORD_RE = re.compile(rf"{SPACE}+([^\W\d_][\w'’-]*)")


def counted_noun_follows(text: str, end: int, stop_words: set[str] | frozenset[str]) -> bool:
    """Whether a lower-case content word follows `end`: the number before it counts that noun."""
    m = NEXT_WORD_RE.match(text, end)
    return bool(m) and m.group(1)[0].islower() and m.group(1).lower() not in stop_words
