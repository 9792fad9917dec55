"""French tables (Belgian usage included: septante, nonante): stop words, calendar words, number
words, units and the contexts that make a number something other than a figure. Same names in every
language module."""

# Frequent function words: the evidence the language identifier counts.
STOP_WORDS = set(
    ["le", "la", "les", "un", "une", "des", "du", "de", "et", "à", "au", "aux", "en", "dans", "pour", "par", "sur", "avec", "sans", "sous", "est", "sont", "été", "être", "a", "ont", "avait", "qui", "que", "quoi", "dont", "où", "ce", "cette", "ces", "cet", "il", "elle", "ils", "elles", "on", "nous", "vous", "leur", "leurs", "son", "sa", "ses", "pas", "ne", "plus", "mais", "ou", "donc", "ni", "car", "aussi", "très", "tout", "tous", "toute", "toutes", "entre", "vers", "chez", "lors", "afin", "ainsi", "selon", "depuis", "notamment", "peut", "doit", "fait", "sera", "seront", "était"]
)

# Month names and abbreviations (written without the dot; patterns allow one) -> month number.
MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fév": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "dec": 12,
}
AMBIGUOUS_MONTHS = {"mars"}
ORDINAL_DAY = ("er", "ère", "ere", "e", "ème", "eme")
DAY_WORDS = {"premier": 1, "première": 1}
DAY_MONTH_LINKS = ()

_UNITS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
# Cardinal number words -> value. Compounds are read token by token ("vingt-trois" = 20 + 3,
# "quatre-vingt-dix" = 80 + 10); "vingt et un" and "quatre-vingt(s)" are entries of their own.
NUMBER_WORDS = {
    **{k: v for k, v in _UNITS.items() if k not in ("un", "une")},
    **_TEENS,
    **_TENS,
    **{f"{t}{sep}et{sep}un": v + 1 for t, v in _TENS.items() for sep in (" ", "-") if v <= 70},
    **{f"{t}{sep}et{sep}une": v + 1 for t, v in _TENS.items() for sep in (" ", "-") if v <= 70},
    "quatre-vingts": 80,
    "quatre-vingt": 80,
    "quatre vingts": 80,
    "quatre vingt": 80,
    "douzaine": 12,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "zéro": 0,
    "zero": 0,
}
ARTICLE_NUMERALS = ("un", "une")
MULTIPLIERS = {
    "mille": 1000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "mio": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "mrd": 1_000_000_000,
}
NEGATIVE_WORDS = ()
NUMBER_JOINERS = ("et",)

CURRENCIES = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "dollars américains": "USD",
    "livres sterling": "GBP",
    "livre sterling": "GBP",
    "francs suisses": "CHF",
    "shekels": "ILS",
    "livres sterling": "GBP",
    "pounds": "GBP",
}
# Words between a scale word and the currency ("1 million d'euros").
CURRENCY_LINKS = ("d'", "d’", "de")
PERCENT_WORDS = ("pour cent", "pourcent", "pct", "p.c.", "%")
DURATION_UNITS = {
    "h": "hour",
    "heure": "hour",
    "heures": "hour",
    "jour": "day",
    "jours": "day",
    "journée": "day",
    "journées": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "annee": "year",
    "annees": "year",
}
VAGUE_DATE_WORDS = (
    "mi-",
    "mi",
    "fin",
    "fin de",
    "fin d'",
    "début",
    "début de",
    "début d'",
    "courant",
    "courant de",
    "la fin de",
    "au début de",
    "à la fin de",
    "au printemps",
    "à l'automne",
    "en été",
    "en hiver",
    "milieu de",
    "mi‑",
)
RANGE_OPENERS = ("entre", "de", "du", "d'", "depuis")
RANGE_JOINERS = ("et", "à", "au", "jusqu'à", "jusqu'en", "jusqu'au")
YEAR_CONTEXT = (
    "en",
    "depuis",
    "dès",
    "jusqu'en",
    "jusqu'à",
    "avant",
    "après",
    "l'année",
    "année",
    "l'an",
    "courant",
    "budget",
    "exercice",
    "à partir de",
    "vers",
    "d'ici",
    "pour",
    "de",
    "fin",
    "début",
    "mi",
)
DECIMAL = ","
THOUSANDS = (".", " ", "\u00a0", "\u202f")
NON_FIGURE_CONTEXT = (
    "article",
    "articles",
    "art.",
    "arts.",
    "§",
    "§§",
    "paragraphe",
    "alinéa",
    "al.",
    "p.",
    "pp.",
    "page",
    "pages",
    "n°",
    "nº",
    "no.",
    "nr.",
    "numéro",
    "ecli",
    "tél.",
    "tel.",
    "tél",
    "téléphone",
    "fax",
    "iban",
    "bic",
    "code postal",
    "chapitre",
    "titre",
    "annexe",
    "section",
    "point",
    "litt.",
    "considérant",
    "note",
    "tableau",
    "figure",
    "directive",
    "règlement",
    "loi",
    "arrêt",
    "arrêté",
    "décision",
    "requête",
    "rôle",
    "r.g.",
    "vol.",
    "volume",
    "ibid.",
    "op.",
    "ligne",
    "livre",
    "doc.",
    "boîte",
    "bte",
    "bus",
    "rue",
    "avenue",
    "chaussée",
    "boulevard",
    "place",
    "question",
    "étape",
    "niveau",
    "version",
    "c-",
    "t-",
    "code", "rgt", "rgt.", "partie", "dossier", "questions",
)
QUANTITY_SKIP = (
    "nouveaux",
    "nouvelles",
    "nouveau",
    "nouvelle",
    "autres",
    "supplémentaires",
    "nouvelles",
    "petits",
    "grands",
    "centres",
    "millions",
    "milliers",
    "mille",
)
QUANTITY_LEMMAS = {"yeux": "œil", "travaux": "travail", "centres": "centre"}
QUANTITY_SUFFIXES = (("aux", "al"), ("eaux", "eau"), ("s", ""), ("x", ""))
# Words after a number that make it a clock time ("acht uur 's morgens"), not a figure.
CLOCK_WORDS = ("du matin", "du soir", "de l'après-midi")

# Abbreviated month forms: never a date on their own ("en mars" is; "mar" alone is not).
MONTH_ABBREVIATIONS = {"janv", "jan", "févr", "fév", "fevr", "fev", "avr", "juil", "sept", "sep", "oct", "nov",
                       "déc", "dec"}
MONTHS_CAPITALIZED = False
AGE_WORDS = ("âgé de", "âgée de", "âgés de", "âgées de", "l'âge de")
HALF_WORDS = ("et demi", "et demie")
COORDINATORS = ("et", "à", "ou", "au", "-", "–")
# Articles that state "one" before a duration unit ("dans un an", "une journée").
DURATION_ARTICLES = ("un", "une")
# Approximate numerals: counts with their nominal value ("une soixantaine de places" -> 60).
APPROXIMATE_NUMBERS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                       "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
# Year contexts that also introduce counts ("pour 2000 personnes", "of 2000 people"): after them a year
# may not be followed by a counted noun.
WEAK_YEAR_CONTEXT = ("pour", "de", "vers", "après", "avant")
UNITS_BEFORE_TENS = False
ORDINAL_WORD_ENDINGS = ("ième", "ieme", "premier", "première", "premiere")
FREQUENCY_WORDS = ("fois", "par")
