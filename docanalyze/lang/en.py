"""English tables: stop words, calendar words, number words, units and the contexts that make a number
something other than a figure. Extractors build their patterns from these names (same names in every
language module); nothing here is code that branches on the language."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "for",
        "on",
        "that",
        "this",
        "with",
        "by",
        "as",
        "at",
        "from",
        "it",
        "its",
        "an",
        "or",
        "not",
        "which",
        "have",
        "has",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "must",
        "their",
        "they",
        "there",
        "these",
        "those",
        "than",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "also",
        "such",
        "into",
        "under",
        "between",
        "about",
        "after",
        "before",
        "during",
        "all",
        "any",
        "each",
        "other",
        "more",
        "most",
        "some",
        "only",
        "our",
        "we",
        "you",
        "he",
        "she",
        "his",
        "her",
        "them",
        "been",
        "being",
        "does",
        "did",
        "do",
    ]
)

# Month names and abbreviations (written without the dot; patterns allow one) -> month number.
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Month names that are also ordinary words: a date needs a day or a year beside them ("may" always has).
AMBIGUOUS_MONTHS = {"may", "march"}

# Letters written after a day number ("1st", "22nd"): part of the date span, and mark ordinals elsewhere.
ORDINAL_DAY = ("st", "nd", "rd", "th")

_ORDINAL_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
# Day of the month written as an ordinal word ("march third 2015", "the first of May").
DAY_WORDS = {
    **_ORDINAL_UNITS,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty{sep}{w}": 20 + n for w, n in _ORDINAL_UNITS.items() for sep in ("-", " ")},
    "thirty-first": 31,
    "thirty first": 31,
}
# Words between the day and the month ("1st of May").
DAY_MONTH_LINKS = ("of",)

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Cardinal number words -> value; hyphenated compounds ("twenty-three") are read token by token.
NUMBER_WORDS = {
    **_UNITS,
    **_TENS,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "zero": 0,
    "naught": 0,
    "nought": 0,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
# Articles that are a numeral only before a scale word ("a hundred", "a dozen"): never a figure alone.
# Number words that are also other common words: figures only before a unit or noun.
HOMOGRAPH_NUMBER_WORDS = ()
ARTICLE_NUMERALS = ("a", "an")
# Scale words: multiply what precedes ("3 million", "1.2 billion", "two dozen").
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "bn": 1_000_000_000,
    "dozen": 12,
    "dozens": 12,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "krores": 10_000_000,
    "cr": 10_000_000,
    "koti": 10_000_000,
    "lac": 100_000,
    "lkh": 100_000,
    "lkhs": 100_000,
}
# Words read as "minus" right before a number.
NEGATIVE_WORDS = ("minus", "negative")
# Words joining the number words of one number ("five hundred and four").
NUMBER_JOINERS = ("and",)

# Currency words -> ISO 4217 (symbols and codes are shared: docanalyze.extract._chars).
CURRENCIES = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "swiss francs": "CHF",
    "yuan": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "rs": "INR",
    "rs.": "INR",
    "shekels": "ILS",
    "shekel": "ILS",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "malaysia ringgit": "MYR",
    "malaysian ringgit": "MYR",
    "malaysia ringgits": "MYR",
    "malaysian ringgits": "MYR",
    "RM": "MYR",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "kuwaiti dinar": "KWD",
    "lebanese pounds": "LBP",
    "egyptian pound": "EGP",
    "egyptianpound": "EGP",
    "l.e.": "EGP",
    "l.e": "EGP",
    "qatari riyals": "QAR",
    "saudi riyal": "SAR",
    "saudiriyal": "SAR",
}
# Words between a scale word and the currency ("1 million of euros" is rare; kept for symmetry).
CURRENCY_LINKS = ("of",)
PERCENT_WORDS = ("per cent", "percent", "pct", "%")
# Duration unit words (singular and plural) -> FORMAT.md unit.
DURATION_UNITS = {
    "h": "hour",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "hr": "hour",
    "day": "day",
    "days": "day",
    "working days": "day",
    "business days": "day",
    "calendar days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "yrs": "year",
}
# Words before a year that keep only the year ("mid 2021" -> 2021).
VAGUE_DATE_WORDS = (
    "mid-",
    "mid",
    "early",
    "late",
    "end of",
    "the end of",
    "beginning of",
    "the beginning of",
    "start of",
    "the start of",
    "half",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
)
# Range openers and joiners: "between 2014 and 2018", "from 10 to 20 dollars".
RANGE_OPENERS = ("between", "from")
RANGE_JOINERS = ("and", "to", "until", "till", "through")
# Words after which a bare four-digit number is a year.
YEAR_CONTEXT = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "before",
    "after",
    "of",
    "during",
    "through",
    "as of",
    "the year",
    "year",
    "budget",
    "fiscal year",
    "in the year",
    "around",
    "circa",
    "anytime after",
    "sometimes before",
    "as from",
    "up to",
)
# Locale number format.
DECIMAL = "."
THOUSANDS = (",", " ", "\u00a0", "\u202f")
# Words right before a number that make it a reference, not a figure (articles, pages, case numbers...).
NON_FIGURE_CONTEXT = (
    "article",
    "articles",
    "art.",
    "arts.",
    "section",
    "sections",
    "§",
    "§§",
    "paragraph",
    "para.",
    "para",
    "p.",
    "pp.",
    "page",
    "pages",
    "no.",
    "nos.",
    "nr.",
    "n°",
    "number",
    "case",
    "ecli",
    "tel.",
    "tel",
    "phone",
    "fax",
    "iban",
    "bic",
    "postcode",
    "zip",
    "chapter",
    "annex",
    "appendix",
    "title",
    "point",
    "item",
    "recital",
    "footnote",
    "note",
    "fn.",
    "table",
    "figure",
    "fig.",
    "directive",
    "regulation",
    "law",
    "act",
    "decision",
    "judgment",
    "ruling",
    "application",
    "appl.",
    "vol.",
    "volume",
    "ibid.",
    "op.",
    "line",
    "room",
    "box",
    "route",
    "step",
    "level",
    "version",
    "v.",
    "question",
    "q.",
    "annexe",
    "rule",
    "rules",
    "protocol",
    "sub",
    "c-",
    "t-",
    "ro",
    "doc.",
    "code",
    "rgt",
    "rgt.",
    "part",
    "questions",
)
# Words that may sit between a count and its noun and are not the counted thing.
QUANTITY_SKIP = (
    "new",
    "additional",
    "extra",
    "more",
    "other",
    "closed",
    "open",
    "further",
    "full",
    "different",
    "separate",
    "such",
    "small",
    "large",
    "individual",
    "million",
    "thousand",
)
# Counted nouns whose singular does not follow the suffix rules.
QUANTITY_LEMMAS = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "women": "woman",
    "men": "man",
    "centres": "centre",
    "centers": "center",
    "places": "place",
    "cases": "case",
    "houses": "house",
    "ages": "age",
    "courses": "course",
}
# Suffix rules turning a plural into its singular, tried in order.
QUANTITY_SUFFIXES = (
    ("ies", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
# Words after a number that make it a clock time ("acht uur 's morgens"), not a figure.
CLOCK_WORDS = ("o'clock", "a.m.", "p.m.", "am", "pm")

# Abbreviated month forms: never a date on their own ("en mars" is; "mar" alone is not).
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
# Whether month names are always capitalised: then a lower-case "march" or "may" is a verb.
MONTHS_CAPITALIZED = True
# Words before a number that make it an age, a duration in years ("turns 18").
AGE_WORDS = ("turns", "turn", "turned", "turning", "aged", "the age of", "age of", "under the age of")
# Halves written after a duration unit ("a year and a half").
HALF_WORDS = ("and a half",)
# Joiners after which a number takes the unit of the next one ("one or two years", "10 to 20 dollars").
COORDINATORS = ("and", "to", "or", "until", "till", "through", "-", "–")
# Articles that state "one" before a duration or currency unit ("dans un an", "een maand", "a dollar").
UNIT_ARTICLES = ("a", "an")
# Approximate numerals read as counts ("une soixantaine"); English has none beyond "a dozen".
APPROXIMATE_NUMBERS: dict[str, int] = {}
# Year contexts that also introduce counts ("pour 2000 personnes", "of 2000 people"): after them a year
# may not be followed by a counted noun.
WEAK_YEAR_CONTEXT = ("of", "for", "by", "around", "up to", "from", "after", "before", "during", "through")
# Whether a unit may come before its tens, joined ("drie en dertig" = 33).
UNITS_BEFORE_TENS = False
# Endings of ordinal words: a number word followed by one is part of an ordinal ("twenty-fifth").
ORDINAL_WORD_ENDINGS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "teenth",
    "ieth",
    "hundredth",
    "thousandth",
)
# Words before "a year"/"un an" that make it a frequency ("twice a year"), not a length.
FREQUENCY_WORDS = ("once", "twice", "thrice", "times", "per")
# Words for a hundredth of the currency, after an amount ("20 dollars 43 cents").
CENT_WORDS = ("cents", "cent", "c", "pence", "penny", "sen", "sens", "kopiykas", "¢")
# Words before a duration unit that halve it ("half a day").
HALF_BEFORE = ("half a", "half an", "half")
# Words before a year that make it a decade ("les années 1980"); English writes "the 1980s".
DECADE_WORDS: tuple[str, ...] = ()
# Words of approximation between a range's joiner and its second number ("600 places to around 1,100").
APPROXIMATORS = (
    "around",
    "about",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "more than",
)
