"""Dutch tables (Belgian usage included): stop words, calendar words, number words, units and the
contexts that make a number something other than a figure. Same names in every language module."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "met",
        "voor",
        "door",
        "aan",
        "bij",
        "naar",
        "uit",
        "over",
        "om",
        "tot",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "wat",
        "wie",
        "waar",
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "heeft",
        "hebben",
        "had",
        "kan",
        "kunnen",
        "moet",
        "moeten",
        "zal",
        "zullen",
        "niet",
        "geen",
        "ook",
        "nog",
        "maar",
        "of",
        "dan",
        "er",
        "hij",
        "zij",
        "ze",
        "wij",
        "we",
        "jullie",
        "hun",
        "haar",
        "zich",
        "u",
        "uw",
        "mijn",
        "ons",
        "onze",
        "wel",
        "al",
        "meer",
        "zeer",
        "reeds",
        "tussen",
        "sinds",
        "omdat",
        "zodat",
        "tegen",
        "binnen",
        "volgens",
    ]
)

# Month names and abbreviations (written without the dot; patterns allow one) -> month number.
MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
AMBIGUOUS_MONTHS = set()
ORDINAL_DAY = ("ste", "de", "e")
DAY_WORDS = {"eerste": 1}
DAY_MONTH_LINKS = ()

_UNITS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}


def _joined(unit: str) -> tuple[str, ...]:
    """Spellings of "unit-and-" in a compound: drieëntwintig, drieentwintig, vierentwintig."""
    return (f"{unit}ën", f"{unit}en") if unit.endswith("e") else (f"{unit}en",)


# Cardinal number words -> value; Dutch writes 21-99 and the hundreds/thousands as one word.
NUMBER_WORDS = {
    **{k: v for k, v in _UNITS.items() if k != "een"},
    **_TENS,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    **{
        f"{j}{t}": u + tv
        for w, u in _UNITS.items()
        if w != "één"
        for j in _joined(w)
        for t, tv in _TENS.items()
    },
    **{f"{w}honderd": u * 100 for w, u in _UNITS.items() if u > 1 and w != "één"},
    **{f"{w}duizend": u * 1000 for w, u in _UNITS.items() if u > 1 and w != "één"},
    "honderd": 100,
    "duizend": 1000,
    "een dozijn": 12,
    "dozijn": 12,
    "anderhalf": 1.5,
    "nul": 0,
}
# Number words that are also other common words ("De Raad acht het beroep gegrond": considers): figures only before a unit or noun.
HOMOGRAPH_NUMBER_WORDS = ("acht",)
ARTICLE_NUMERALS = ("een",)
MULTIPLIERS = {
    "honderd": 100,
    "duizend": 1000,
    "miljoen": 1_000_000,
    "miljoenen": 1_000_000,
    "mln": 1_000_000,
    "mio": 1_000_000,
    "miljard": 1_000_000_000,
    "miljarden": 1_000_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
    "dozijn": 12,
}
NEGATIVE_WORDS = ()
NUMBER_JOINERS = ("en",)

CURRENCIES = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pond sterling": "GBP",
    "zwitserse frank": "CHF",
}
CURRENCY_LINKS = ("aan",)
PERCENT_WORDS = ("procent", "percent", "pct", "%")
DURATION_UNITS = {
    "h": "hour",
    "uur": "hour",
    "uren": "hour",
    "dag": "day",
    "dagen": "day",
    "werkdag": "day",
    "werkdagen": "day",
    "kalenderdagen": "day",
    "week": "week",
    "weken": "week",
    "maand": "month",
    "maanden": "month",
    "mnd": "month",
    "jaar": "year",
    "jaren": "year",
}
VAGUE_DATE_WORDS = (
    "midden",
    "medio",
    "half",
    "begin",
    "eind",
    "einde",
    "eind-",
    "begin-",
    "half-",
    "eerste helft van",
    "tweede helft van",
    "in de loop van",
    "het voorjaar van",
    "de zomer van",
    "het najaar van",
    "de winter van",
    "voorjaar",
    "najaar",
    "zomer",
)
RANGE_OPENERS = ("tussen", "van", "vanaf")
RANGE_JOINERS = ("en", "tot", "t/m", "tot en met", "-")
YEAR_CONTEXT = (
    "in",
    "sinds",
    "tot",
    "vanaf",
    "voor",
    "na",
    "tegen",
    "het jaar",
    "jaar",
    "begroting",
    "tot en met",
    "t/m",
    "uiterlijk",
    "rond",
    "omstreeks",
    "van",
    "sedert",
    "midden",
    "medio",
    "eind",
    "begin",
)
DECIMAL = ","
THOUSANDS = (".", " ", "\u00a0", "\u202f")
NON_FIGURE_CONTEXT = (
    "artikel",
    "artikelen",
    "art.",
    "artt.",
    "§",
    "§§",
    "paragraaf",
    "lid",
    "leden",
    "p.",
    "pp.",
    "blz.",
    "pagina",
    "nr.",
    "nrs.",
    "n°",
    "no.",
    "nummer",
    "ecli",
    "tel.",
    "tel",
    "telefoon",
    "fax",
    "iban",
    "bic",
    "postcode",
    "hoofdstuk",
    "titel",
    "bijlage",
    "afdeling",
    "punt",
    "overweging",
    "voetnoot",
    "noot",
    "tabel",
    "figuur",
    "richtlijn",
    "verordening",
    "wet",
    "arrest",
    "besluit",
    "beslissing",
    "verzoekschrift",
    "rolnummer",
    "a.r.",
    "vol.",
    "volume",
    "ibid.",
    "lijn",
    "bus",
    "straat",
    "laan",
    "steenweg",
    "plein",
    "vraag",
    "stap",
    "niveau",
    "versie",
    "boek",
    "doc.",
    "c-",
    "t-",
    "kamerstuk",
    "stuk",
    "code",
    "rgt",
    "rgt.",
    "deel",
    "vragen",
    "vraag",
)
QUANTITY_SKIP = (
    "nieuwe",
    "bijkomende",
    "extra",
    "andere",
    "gesloten",
    "open",
    "kleine",
    "grote",
    "verschillende",
    "miljoen",
    "duizend",
)
QUANTITY_LEMMAS = {
    "aanvragen": "aanvraag",
    "plaatsen": "plaats",
    "personen": "persoon",
    "kinderen": "kind",
    "centra": "centrum",
    "mensen": "mens",
    "jongeren": "jongere",
    "dossiers": "dossier",
    "beslissingen": "beslissing",
    "verzoeken": "verzoek",
    "gezinnen": "gezin",
    "bedden": "bed",
    "woningen": "woning",
    "asielzoekers": "asielzoeker",
    "aanvragers": "aanvrager",
    "vluchtelingen": "vluchteling",
}
QUANTITY_SUFFIXES = (
    ("ingen", "ing"),
    ("heden", "heid"),
    ("ers", "er"),
    ("ies", "ie"),
    ("'s", ""),
    ("s", ""),
    ("en", ""),
)
# Words after a number that make it a clock time ("acht uur 's morgens"), not a figure.
CLOCK_WORDS = ("'s morgens", "'s avonds", "'s middags", "'s nachts", "'s ochtends")

# Abbreviated month forms: never a date on their own ("en mars" is; "mar" alone is not).
MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "febr",
    "mrt",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "okt",
    "nov",
    "dec",
}
MONTHS_CAPITALIZED = False
AGE_WORDS = ("de leeftijd van", "leeftijd van")
HALF_WORDS = ("en een half", "en half")
COORDINATORS = ("en", "tot", "of", "à", "a", "op", "naar", "-", "–")
UNIT_ARTICLES = ("een",)
APPROXIMATE_NUMBERS = {
    "tiental": 10,
    "twintigtal": 20,
    "dertigtal": 30,
    "veertigtal": 40,
    "vijftigtal": 50,
    "zestigtal": 60,
    "zeventigtal": 70,
    "tachtigtal": 80,
    "negentigtal": 90,
    "honderdtal": 100,
}
# Year contexts that also introduce counts ("pour 2000 personnes", "of 2000 people"): after them a year
# may not be followed by a counted noun.
WEAK_YEAR_CONTEXT = ("voor", "van", "tot", "rond", "tegen", "na")
# Dutch puts the unit before its tens: "twee en twintig" (also written "tweeëntwintig").
UNITS_BEFORE_TENS = True
ORDINAL_WORD_ENDINGS = (
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "tiende",
    "tigste",
    "honderdste",
    "duizendste",
)
FREQUENCY_WORDS = ("keer", "maal", "per")
CENT_WORDS = ("cent", "cents", "eurocent", "c", "penny", "¢")
HALF_BEFORE = ("een half", "een halve", "half", "halve")
DECADE_WORDS = ("jaren", "de jaren")
APPROXIMATORS = ("ongeveer", "zowat", "bijna", "circa", "ruim", "meer dan", "minder dan", "amper")
