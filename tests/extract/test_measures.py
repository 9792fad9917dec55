"""Measures extractor: slot rules from the language tables, change parsing, splitting, the saved classifier.

All texts here are written for the tests (Belgian migration-policy style), never taken from the corpora.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from docanalyze.extract.measures import change as ch
from docanalyze.extract.measures import extract_measures, slots
from docanalyze.extract.measures.classifier import MODEL_ENV, load_classifier, model_dir, read_classifier
from docanalyze.extract.measures.features import FEATURE_VERSION, sentence_features
from docanalyze.extract.measures.lexicon import ACTIONS, STATUSES, load_lexicon
from docanalyze.extract.measures.sentences import split_sentences
from docanalyze.models import Change, Provision
from docanalyze.pipeline import analyze_text
from docanalyze.resources import shipped_model_dir

DATA = Path(__file__).resolve().parents[2] / "docanalyze" / "extract" / "measures" / "data"
LANGS = ("en", "fr", "nl")

# A paragraph in the style of an NGO analysis of a coalition agreement: three measures, one opinion, a question.
AGREEMENT_PARAGRAPH = (
    "DETENTION AND RETURN\n\n"
    "Under the coalition agreement, the maximum period of detention in a closed centre will be extended from "
    "8 to 18 months. The government will increase detention capacity from 650 places in 2024 to 1,250 places "
    "in 2029. Return coaching will become mandatory for every person who has received an order to leave the "
    "territory. Critics say the plan will not lead to more returns.\n"
    "Will the minister publish the evaluation of the closed centres?\n"
)

# (lang, sentence, action, status): the rules alone, on measure sentences.
SLOT_CASES = [
    ("en", "The maximum period of detention will be extended to eighteen months.", "extend", "announced"),
    ("en", "The Chamber abolished the registration fee for unaccompanied minors.", "abolish", "adopted"),
    ("en", "The ban on detaining children is lifted.", "abolish", "announced"),
    ("en", "The ban on detaining children is confirmed.", "other", "announced"),
    ("en", "The government plans to make the integration course mandatory.", "require", "planned"),
    ("en", "The Constitutional Court annulled the provision on home visits.", "abolish", "annulled"),
    ("fr", "Les droits d'enregistrement passent de 150 € à 1.000 €.", "other", "announced"),
    (
        "fr",
        "Le gouvernement a adopté un arrêté qui limite l'accès à l'aide matérielle.",
        "restrict",
        "adopted",
    ),
    ("fr", "La loi modifiant la loi accueil est entrée en vigueur le 1er juillet.", "other", "in_force"),
    ("fr", "Le Conseil d'État a annulé l'arrêté royal sur les visites domiciliaires.", "abolish", "annulled"),
    ("nl", "De maximale detentieduur wordt verlengd van 8 naar 18 maanden.", "extend", "announced"),
    (
        "nl",
        "De regering zal het recht op leefloon afschaffen voor wie opvang weigert.",
        "abolish",
        "announced",
    ),
    ("nl", "De minister stelt voor de inkomensgrens te verhogen.", "increase", "proposed"),
    (
        "nl",
        "Terugkeerbegeleiding zal verplicht worden voor alle afgewezen verzoekers.",
        "require",
        "announced",
    ),
]

# Phasing out ends a scheme (abolish); a partial reduction of it stays a decrease.
SLOT_CASES += [
    ("en", "The government will phase out the temporary emergency places.", "abolish", "announced"),
    ("nl", "De regering zal de tijdelijke noodplaatsen volledig afbouwen.", "abolish", "announced"),
    ("nl", "De regering zal het aantal tijdelijke noodplaatsen afbouwen.", "decrease", "announced"),
    (
        "fr",
        "Le gouvernement annonce la suppression progressive des places d'urgence.",
        "abolish",
        "announced",
    ),
]

# (lang, sentence, speaker, features expected): the context and genre cues the classifier sees.
FEATURE_CASES = [
    ("en", "The bill raises the fee for a student visa.", None, {"cue:policy", "first:the", "end:."}),
    ("fr", "Nos bénévoles ont donné 300 heures de cours.", None, {"cue:ngo", "cue:number", "first:nos"}),
    (
        "nl",
        'Vorig jaar verklaarde u: "Een wachtlijst is geen beleid."',
        "member",
        {"cue:quote", "ctx:speaker=member"},
    ),
    ("nl", "Invoering van een verplichte taaltest voor au pairs;", None, {"end:;", "first:invoering"}),
    ("en", "The main findings are the following:", None, {"end::", "len:0"}),
]

# (lang, sentence, (from, to, unit)) for the change a measure states.
CHANGE_CASES = [
    ("en", "Detention capacity rises from 635 places in 2023 to 1,145 places in 2030.", (635, 1145, None)),
    ("nl", "De maximale duur gaat van 8 naar 18 maanden.", (8, 18, "month")),
    ("fr", "Les droits d'enregistrement passent de 150 € à 1.000 €.", (150, 1000, "EUR")),
    ("en", "The government will double the number of return places.", (1, 2, "factor")),
    ("en", "We will double the current 600 places.", (600, 1200, None)),
    ("fr", "Les moyens des initiatives locales diminueront de -83 % d'ici 2029.", (1, 0.17, "factor")),
    ("en", "The maximum period is extended from eight to eighteen months.", (8, 18, "month")),
    ("fr", "Le seuil est relevé de 2,5 % à 3,5 %.", (2.5, 3.5, "%")),
]

# (lang, text, sentences): abbreviations and decimals never end a sentence.
SPLIT_CASES = [
    ("en", "See art. 74/6 of the Aliens Act. The rate is 2.5 percent. Next.", 3),
    ("fr", "M. Francken a parlé. Mme De Moor a répondu au n° 5. Fin.", 3),
    ("nl", "Zie art. 9bis, o.a. voor gezinnen, bv. met kinderen. Dat is alles.", 2),
    ("nl", "De wet (nr. 123) werd e.a. door de Kamer besproken. Daarna stemde men.", 2),
]


def _whole(text: str, lang: str) -> list[Provision]:
    return [Provision(id="p1", start=0, end=len(text), language=lang)]


@pytest.mark.parametrize(
    ("lang", "sentence", "action", "status"), SLOT_CASES, ids=[f"{c[0]}:{c[1]}" for c in SLOT_CASES]
)
def test_action_and_status_from_the_tables(lang: str, sentence: str, action: str, status: str) -> None:
    lexicon = load_lexicon(lang)
    found = slots.triggers(sentence, 0, len(sentence), lexicon)
    assert slots.main_trigger(found, lexicon).action == action
    assert slots.status(sentence, 0, len(sentence), lexicon) == status


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"), CHANGE_CASES, ids=[f"{c[0]}:{c[1]}" for c in CHANGE_CASES]
)
def test_change_values(lang: str, sentence: str, expected: tuple) -> None:
    lexicon = load_lexicon(lang)
    found = slots.triggers(sentence, 0, len(sentence), lexicon)
    action = slots.main_trigger(found, lexicon).action
    values = ch.span_values(sentence, 0, len(sentence), lexicon, [], [])
    got = ch.parse_change(sentence, 0, len(sentence), values, lexicon, action)
    assert got == Change(*expected)


@pytest.mark.parametrize(("lang", "text", "count"), SPLIT_CASES, ids=[f"{c[0]}:{c[1]}" for c in SPLIT_CASES])
def test_sentence_splitter(lang: str, text: str, count: int) -> None:
    spans = list(split_sentences(text, 0, len(text), load_lexicon(lang)))
    assert len(spans) == count
    assert all(not text[s:e].startswith(" ") and not text[s:e].endswith(" ") for s, e in spans)


def test_agreement_paragraph_gives_the_three_measures() -> None:
    doc = analyze_text(AGREEMENT_PARAGRAPH, lang="en")
    found = {
        (m.action, (m.change.from_, m.change.to, m.change.unit) if m.change else None) for m in doc.measures
    }
    assert ("extend", (8, 18, "month")) in found
    assert ("increase", (650, 1250, None)) in found
    assert any(m.action == "require" and m.target == "return coaching" for m in doc.measures)
    assert not any(m.text.endswith("?") for m in doc.measures)
    assert len([m for m in doc.measures if m.action in ("extend", "increase", "require")]) == 3


def test_measures_keep_offsets_order_and_leave_ids_to_the_pipeline() -> None:
    text = AGREEMENT_PARAGRAPH
    measures = extract_measures(text, _whole(text, "en"), [], [], [])
    assert measures == sorted(measures, key=lambda m: m.start)
    for m in measures:
        assert text[m.start : m.end] == m.text
        assert m.id == "" and m.page is None and m.provision_id is None
        assert m.action in ACTIONS and m.status in STATUSES


def test_pipeline_links_figures_and_dates_inside_the_span() -> None:
    doc = analyze_text(AGREEMENT_PARAGRAPH, lang="en")
    capacity = next(m for m in doc.measures if m.action == "increase")
    inside = {f.id for f in doc.figures if capacity.start <= f.start and f.end <= capacity.end}
    assert set(capacity.figures) == inside
    assert capacity.themes == ["detention"]


@pytest.mark.parametrize(
    ("lang", "sentence", "negated", "hedged"),
    [
        ("en", "The government will not extend the maximum detention period.", True, False),
        ("en", "Persons with a final refusal will no longer receive a reception place.", False, False),
        ("en", "The government could consider a review of the income threshold.", False, True),
        ("fr", "La durée de détention ne sera pas prolongée.", True, False),
        ("fr", "Le gouvernement pourrait éventuellement réduire la redevance.", False, True),
        ("nl", "De regering zal de detentieduur niet verlengen.", True, False),
        ("nl", "De minister overweegt eventueel een verhoging van de retributie.", False, True),
    ],
)
def test_negation_and_hedging_are_kept_apart(lang: str, sentence: str, negated: bool, hedged: bool) -> None:
    lexicon = load_lexicon(lang)
    found = slots.triggers(sentence, 0, len(sentence), lexicon)
    main = slots.main_trigger(found, lexicon)
    assert slots.is_negated(sentence, 0, len(sentence), main, found, lexicon) is negated
    assert slots.is_hedged(sentence, 0, len(sentence), lexicon) is hedged


@pytest.mark.parametrize(
    ("lang", "sentence", "actor"),
    [
        ("en", "Minister Van Bossuyt announced 500 additional places.", "minister Van Bossuyt"),
        ("en", "The Immigration Office will open a return desk in Liège.", "immigration-office"),
        ("fr", "Le Conseil d'État a annulé l'arrêté.", "court"),
        ("nl", "Staatssecretaris De Moor kondigde een nieuw centrum aan.", "secretary of state De Moor"),
        ("nl", "Fedasil opent een nieuw centrum in Brussel.", "fedasil"),
    ],
)
def test_actor(lang: str, sentence: str, actor: str) -> None:
    assert slots.actor(sentence, 0, len(sentence), load_lexicon(lang)) == actor


def test_questions_and_speaker_turns() -> None:
    text = (
        "12.01 Jan Peeters (N-VA): Zal de minister de opvangcapaciteit verhogen?\n\n"
        "12.02 Minister Anneleen Van Bossuyt: De regering zal de capaciteit van de gesloten centra verhogen "
        "van 650 naar 1.250 plaatsen.\n"
    )
    doc = analyze_text(text, lang="nl")
    assert [m.action for m in doc.measures] == ["increase"]
    assert doc.measures[0].text.startswith("De regering")
    assert doc.measures[0].change == Change(650, 1250, None)


@pytest.mark.parametrize(
    ("lang", "sentence", "speaker", "expected"), FEATURE_CASES, ids=[f"{c[0]}:{c[1]}" for c in FEATURE_CASES]
)
def test_features_carry_context_and_genre_cues(
    lang: str, sentence: str, speaker: str | None, expected: set[str]
) -> None:
    feats = set(sentence_features(sentence, 0, len(sentence), load_lexicon(lang), speaker))
    assert expected <= feats


def test_every_language_table_has_the_same_shape() -> None:
    tables = {lang: json.loads((DATA / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGS}
    keys = {lang: set(t) for lang, t in tables.items()}
    assert keys["en"] == keys["fr"] == keys["nl"]
    for lang, table in tables.items():
        assert set(table["action_priority"]) == set(ACTIONS), lang
        assert set(table["actions"]) == set(ACTIONS), lang
        assert set(table["weak_actions"]) <= set(ACTIONS), lang
        assert table["keep_actions"], lang
        assert {status for status, _ in table["status"]} <= set(STATUSES), lang
        assert set(table["themes"]) == {"reception", "residence", "asylum", "detention"}, lang
        load_lexicon(lang)


def test_shipped_model_matches_features_and_scores_probabilities() -> None:
    model = load_classifier()
    if model is None:
        pytest.skip("models/measures is not there; run scripts/train_measures.py")
    manifest = json.loads((model_dir() / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["feature_version"] == FEATURE_VERSION
    lexicon = load_lexicon("en")
    measure = "The government will increase the number of places in closed centres to 1,200."
    other = "Our volunteers visit the closed centres every week to meet detainees."
    scores = model.scores([sentence_features(t, 0, len(t), lexicon) for t in (measure, other)])
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] >= model.threshold_for("en") > scores[1]


def test_the_shipped_model_is_found_through_the_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_dir() == shipped_model_dir("measures")


def test_thresholds_per_language_fall_back_to_the_default(tmp_path: Path) -> None:
    if load_classifier() is None:
        pytest.skip("models/measures is not there")
    copy = tmp_path / "measures"
    shutil.copytree(model_dir(), copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest |= {"threshold": 0.55, "thresholds": {"fr": 0.7}}
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    model = read_classifier(copy)
    assert [model.threshold_for(lang) for lang in ("fr", "nl", "xx")] == [0.7, 0.55, 0.55]


def test_loader_refuses_a_model_built_on_other_features(tmp_path: Path) -> None:
    if load_classifier() is None:
        pytest.skip("models/measures is not there")
    copy = tmp_path / "measures"
    shutil.copytree(model_dir(), copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["feature_version"] = FEATURE_VERSION + 1
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ValueError, match="feature_version"):
        read_classifier(copy)


def test_training_corpus_is_balanced_and_well_formed() -> None:
    root = Path(__file__).resolve().parents[2] / "corpora" / "measures"
    for lang in LANGS:
        rows = [
            json.loads(line) for line in (root / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert len(rows) >= 200, lang
        positives = [r for r in rows if r["is_measure"]]
        assert 0.3 <= len(positives) / len(rows) <= 0.7, lang
        assert all(r["lang"] == lang and r["text"].strip() for r in rows)
        assert all(r["action"] in ACTIONS and r["status"] in STATUSES for r in positives), lang
        assert len({r["text"] for r in rows}) == len(rows), lang


def test_change_prefers_the_figures_extractor_and_agrees_with_the_local_reader() -> None:
    from docanalyze.extract.figures import extract_figures
    from docanalyze.models import Segment

    text = "De regering trekt de detentiecapaciteit op van 650 naar 1.250 plaatsen tegen 2029."
    figures = extract_figures(text, [Segment(0, len(text), "nl")])
    assert {f.value for f in figures} >= {650, 1250}
    with_figures = extract_measures(text, _whole(text, "nl"), [], figures, [])
    without = extract_measures(text, _whole(text, "nl"), [], [], [])
    assert [m.change for m in with_figures] == [m.change for m in without] == [Change(650, 1250, None)]


def test_rules_decide_alone_when_no_model_is_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCANALYZE_MEASURES_MODEL", str(tmp_path))
    load_classifier.cache_clear()
    try:
        assert load_classifier() is None
        text = "The government will abolish the registration fee. The fee is paid at the counter."
        measures = extract_measures(text, _whole(text, "en"), [], [], [])
        assert [(m.action, m.status) for m in measures] == [("abolish", "announced")]
    finally:
        load_classifier.cache_clear()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The government will close two reception centres in 2027. Critics say the plan will cut 900 places.",
        ),
        (
            "fr",
            "Le gouvernement fermera deux centres en 2027. Malheureusement, cette décision supprimera 900 places.",
        ),
        ("nl", "De regering sluit in 2027 twee centra. Helaas verdwijnen daardoor 900 opvangplaatsen."),
    ],
)
def test_a_sentence_opening_with_a_judgement_is_no_measure(lang: str, text: str) -> None:
    measures = analyze_text(text, lang=lang).measures
    second = text.index(". ") + 2
    assert not any(m.start >= second for m in measures)
    assert any(m.start < second for m in measures)
