"""Extractor throughput: words/s of the date and figure extractors alone and of `docanalyze.analyze_text`.

Builds a text of about --words words (default 50,000) from our own FR/NL/EN policy sentences, one
paragraph per line with blank lines between, segments it once as the pipeline does, then times (best of
--repeat runs, one core) `extract_dates` and `extract_figures` over those segments and the whole
`analyze_text`. The pipeline target is >= 20,000 words/s.

    python scripts/bench_extract.py [--words 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import docanalyze
from docanalyze.extract.dates import extract_dates
from docanalyze.extract.figures import extract_figures

# Our own sentences, in the register of Belgian coalition agreements, NGO reports and parliament records.
SENTENCES = {
    "fr": [
        "Le gouvernement portera la capacité des centres fermés de 635 places en 2023 à 1.145 places d'ici fin "
        "2028, avec trois nouveaux centres.",
        "Depuis le 1er janvier 2026, la redevance passe de 350 € à 500 € et la détention ne peut dépasser six "
        "mois, soit 2,5 % de plus qu'en 2024.",
        "L'article 74/14, § 1er, de la loi du 15 décembre 1980 prévoit un délai de trente jours ; voir l'arrêt "
        "n° 73.025 du 9 avril 1998, p. 179.",
        "Entre 2021 et 2025, vingt-trois centres ont fermé et une soixantaine de places ont été créées pour 1,2 "
        "milliard €.",
        "Le 3 décembre, le réseau comptait 36 205 places, soit 8 025 de plus, et 147 136 demandes ont été "
        "enregistrées.",
    ],
    "nl": [
        "De regering breidt de opvang uit van 28.000 naar 33.500 plaatsen tegen eind 2027 en trekt daarvoor 2 "
        "miljoen euro uit.",
        "Sinds 18 juli 2025 geldt een wachtperiode van twee jaar voor gezinshereniging, en 13 % van de aanvragen "
        "werd geweigerd.",
        "Volgens artikel 9bis van de Vreemdelingenwet en het arrest nr. 200.933 van 8 maart 2018 duurt de "
        "procedure drie maanden.",
        "In maart 2023 verbleven er nog 700 verzoekers in de hotels; begin 2024 waren dat er drieëntwintig "
        "minder.",
        "Van 14 tot 15 oktober 2024 overlegden 27 lidstaten over vier weken detentie en een vijftigtal dagen "
        "opvang.",
    ],
    "en": [
        "The government will build three new closed centres and raise capacity from 635 places in 2023 to 1,145 "
        "places in 2030.",
        "On 18 July 2025 the maximum detention period was extended to 18 months, costing € 368 per person and "
        "EUR 150 per day.",
        "Between 2014 and 2018 the number of return orders fell by 24.1%, while a dozen families were detained "
        "for two weeks.",
        "Article 15 of Directive 2008/115/EC and Regulation 604/2013 set the rules; see ECLI:BE:RVSCE:2019:ARR."
        "245.678 and p. 12.",
        "By mid 2021, 450 800 third-country nationals had a permit valid for one year, and 2,975 applications "
        "were pending.",
    ],
}


def build_text(words: int, seed: int = 0) -> str:
    """Paragraphs of three to six sentences of one language, until `words` words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        lang = rng.choice(sorted(SENTENCES))
        paragraph = " ".join(rng.choice(SENTENCES[lang]) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    text = build_text(args.words)
    words = len(text.split())
    doc = docanalyze.analyze_text(text)  # also warms every cache (patterns are built once per process)
    from docanalyze.models import Segment

    segments = [Segment(p.start, p.end, p.language or "en") for p in doc.provisions]
    rows = [
        ("extract_dates", best_of(args.repeat, lambda: extract_dates(text, segments)), len(doc.dates)),
        ("extract_figures", best_of(args.repeat, lambda: extract_figures(text, segments)), len(doc.figures)),
        ("analyze_text (whole pipeline)", best_of(args.repeat, lambda: docanalyze.analyze_text(text)), None),
    ]
    print(f"{words} words, {len(segments)} segments, best of {args.repeat}")
    for name, seconds, found in rows:
        extra = f"  ({found} records)" if found is not None else ""
        print(f"{name:<32}{seconds:8.3f} s {words / seconds:12,.0f} words/s{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
