"""Language identification is deterministic and restricted to FR/NL/EN, short Dutch included."""

from __future__ import annotations

import pytest

from docanalyze.langid import detect_language

CASES = [
    ("en", "The government will extend the maximum duration of detention."),
    ("en", "Return coaching becomes mandatory."),
    ("fr", "Le gouvernement prolonge la durée maximale de la détention."),
    ("fr", "Les places d'accueil seront réduites."),
    ("nl", "De regering verlengt de maximale duur van de detentie."),
    ("nl", "Het opvangnetwerk wordt afgebouwd."),
    ("nl", "Terugkeerbegeleiding wordt verplicht."),
    ("nl", "Mevrouw de minister, hoeveel plaatsen zijn er?"),
    ("fr", "Madame la ministre, combien de places y a-t-il ?"),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{lang}:{text}" for lang, text in CASES])
def test_short_provisions(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_deterministic() -> None:
    text = "Asiel en migratie"
    assert len({detect_language(text) for _ in range(20)}) == 1
