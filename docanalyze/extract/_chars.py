"""Character classes shared by every pattern (spaCy's `char_classes` idea): the spaces that separate
digit groups, apostrophes, dashes, and the currency symbols and codes, which no language owns."""

from __future__ import annotations

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
THIN_SPACE = "\u2009"
# Spaces allowed between words of one expression ("18 juli 2025" typed with a no-break space).
SPACE = f"[ \\t{NBSP}{NARROW_NBSP}{THIN_SPACE}]"
# Apostrophes as typed and as typeset ("d'euros", "d’euros").
APOSTROPHES = "'’`ʼ"
APOSTROPHE = f"[{APOSTROPHES}]"
# Hyphen-minus, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
DASHES = "-\u2011\u2012\u2013\u2014\u2212"
DASH = f"[{DASHES}]"
# Signs that make a number negative when written right before its first digit.
MINUS = "[-\u2212\u2013]"

# Web addresses, whose digits (`%2024`, `/2023/05/`) are neither dates nor figures.
URL_RE = r"(?:https?://|www\.)\S+|\S*%[0-9A-Fa-f]{2}\S*"

# Currency symbols and ISO codes -> ISO 4217 code. Longest first when turned into a pattern.
CURRENCY_SYMBOLS = {"€": "EUR", "US$": "USD", "$": "USD", "£": "GBP", "¥": "JPY", "€ur": "EUR"}
CURRENCY_CODES = (
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "CAD",
    "AUD",
    "CNY",
    "JPY",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "TRY",
    "MAD",
    "INR",
    "UAH",
    "RUB",
    "HUF",
    "CZK",
    "RON",
    "BGN",
    "MYR",
    "ILS",
    "KWD",
    "QAR",
    "SAR",
    "EGP",
    "LBP",
    "MNT",
    "ZAR",
    "NZD",
    "BRL",
    "MXN",
)


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first so that "pour cent" wins over "pour"; spaces in a
    word match any SPACE and apostrophes match any apostrophe."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    parts = []
    for word in ordered:
        pieces = []
        for char in word:
            if char == " ":
                pieces.append(f"{SPACE}+")
            elif char in APOSTROPHES:
                pieces.append(APOSTROPHE)
            else:
                pieces.append(re.escape(char))
        parts.append("".join(pieces))
    return "|".join(parts)


def fold(word: str) -> str:
    """The lookup key of a matched word: lower case, single spaces, straight apostrophes."""
    key = re.sub(f"{SPACE}+", " ", word.lower())
    for a in APOSTROPHES:
        key = key.replace(a, "'")
    return key
