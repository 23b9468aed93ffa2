"""End to end on the bundled corpus with the built-in encoder: the issue's examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.pipeline import Verifier
from verifier.records import Verdict
from verifier.settings import Settings


@pytest.fixture(scope="module")
def verifier(bundled_index: Path) -> Verifier:
    from datetime import date

    return Verifier.open(bundled_index, Settings(reference_date=date(2026, 11, 23)))


CASES = [
    # claim, verdict, reason, evidence figure that must be cited (or None)
    ("Morocco rescued 14,260 people", "supported", None, "14 ألفا و260"),
    ("Morocco rescued 15,000 people", "contradicted", None, "14 ألفا و260"),
    ("Morocco foiled nearly 49,000 migration attempts in 2024", "supported", None, "48 ألفا و963"),
    (
        "Morocco foiled more than 50,000 migration attempts in 2024",
        "contradicted",
        None,
        "48 ألفا و963",
    ),
    ("Morocco foiled more than 42,000 migration attempts in 2021", "supported", None, None),
    ("Morocco dismantled 14,260 networks", "contradicted", None, "210"),
    (
        "In 2021 Morocco dismantled 210 criminal networks",
        "unknown",
        "insufficient_precision",
        "156",
    ),
    ("In 2021 Morocco foiled 48,963 migration attempts", "contradicted", None, "42.071"),
    ("In 2019 Morocco foiled 42,071 migration attempts", "unknown", "different_period", None),
    ("Le Maroc a déjoué 42.071 tentatives d'immigration en 2021", "supported", None, "42.071"),
    ("En 2024, Marruecos rescató a 14.260 personas", "supported", None, "14 ألفا و260"),
    ("تم إنقاذ 14260 شخصا سنة 2024", "supported", None, "14 ألفا و260"),
    (
        "In 2024, 4,388 migrants returned home with the help of the IOM",
        "contradicted",
        None,
        "1664",
    ),
    ("In 2024, 1,664 migrants returned in cooperation with the IOM", "supported", None, "1664"),
    ("Morocco fights irregular migration", "unknown", "no_quantity", None),
    (
        "More than 54,000 tickets were sold for the matches against Ecuador and Paraguay",
        "unknown",
        None,
        None,
    ),
    ("Cyclones in Madagascar affected 14,260 people", "unknown", None, None),
    ("Spain's navy rescued 14,260 people in 2024", "unknown", "not_comparable", None),
]


# News about something else, checked against the migration corpus: a word of the
# lexicon in common ("rescues", "died", "attempts") is no evidence against the
# figure. Written here; none of these is about the corpus's subject.
OFF_TOPIC = [
    "The charity has ten trained experts who sometimes carry out rescues.",
    "The lifeboat station has 40 volunteer crew members who carried out rescues last winter.",
    "Le refuge emploie dix experts formés qui mènent parfois des sauvetages.",
    "Eight people were killed when the bus overturned, police said.",
    "Nine tourists died in the avalanche, officials said.",
    "Le séisme a fait 832 morts selon l'agence de gestion des catastrophes.",
    "قتل الزلزال 540 شخصا وأصاب الآلاف.",
    # the corpus counts people rescued from drowning: nobody drowned in it
    "32 migrants drowned off the Moroccan coast in 2024.",
    "En 2024, 32 migrants se sont noyés au large des côtes marocaines.",
    "غرق 32 مهاجرا قبالة السواحل المغربية سنة 2024.",
    # a death toll of other people is not refuted by those saved from drowning
    "قتل ما لا يقل عن 384 شخصا في زلزال تلته أمواج تسونامي ضربت المدينة.",
    "Au moins 384 personnes ont été tuées par un séisme suivi d'un tsunami.",
    # any large figure meets a one-sided bound: meeting it is no sign of the same thing
    "There are more than 135 species of shark in the area, most of them harmless.",
    "توجد أكثر من 135 فصيلة من أسماك القرش في المنطقة ومعظمها غير خطير.",
    # an event and a topic word in common (trying to get in; prison) with a sentence
    # nothing like the claim
    "Unas 10.000 personas intentaban entrar en el estadio repleto para ver el concierto.",
    "Nueve dirigentes en prisión preventiva anunciaron que se presentarían a las elecciones europeas.",
    # a shop named "Habitat" is not the "habitat" of a ministry's committee, and
    # words like "depuis" or "plusieurs" in common tie nothing
    "Depuis le rachat des deux chaînes, le groupe a ouvert plusieurs magasins Habitat dans le pays.",
]


@pytest.mark.parametrize("claim", OFF_TOPIC)
def test_other_news_is_neither_supported_nor_contradicted(verifier: Verifier, claim: str) -> None:
    v = verifier.check(claim)
    assert v.verdict == "unknown", v.message


@pytest.mark.parametrize(("claim", "label", "reason", "cited"), CASES)
def test_claims_on_bundled_corpus(
    verifier: Verifier, claim: str, label: str, reason: str | None, cited: str | None
) -> None:
    v = verifier.check(claim)
    assert v.verdict == label, v.message
    if reason is not None:
        assert v.reason == reason
    if cited is not None:
        highlighted = [h.text for e in v.evidence for h in e.highlights]
        assert cited in highlighted, (highlighted, v.message)


def test_supported_claim_cites_sentence_source_and_span(verifier: Verifier) -> None:
    v: Verdict = verifier.check("Morocco rescued 14,260 people")
    ev = v.evidence[0]
    assert ev.lang == "ar" and ev.doc_id.startswith("000_")
    h = ev.highlights[0]
    assert ev.sentence[h.start : h.end] == h.text
    cmp = v.comparisons[0]
    assert cmp.outcome == "supports" and cmp.evidence_quantity is not None
    assert cmp.evidence_quantity.value == 14260


def test_unscoped_claim_off_both_years_shows_both_sources(verifier: Verifier) -> None:
    v = verifier.check("Morocco foiled 45,000 migration attempts")
    assert v.verdict == "contradicted"
    cited = {h.text for e in v.evidence for h in e.highlights}
    assert "42.071" in cited and "48 ألفا و963" in cited


def test_batch_equals_one_by_one(verifier: Verifier) -> None:
    claims = [c for c, *_ in CASES[:6]]
    assert [v.verdict for v in verifier.check_many(claims)] == [
        verifier.check(c).verdict for c in claims
    ]


@pytest.mark.parametrize("junk", ["", "   ", "\x00\x01\x02"])
def test_empty_claim_is_an_input_error(verifier: Verifier, junk: str) -> None:
    from verifier._errors import InputError

    with pytest.raises(InputError):
        verifier.check(junk)


def test_huge_and_binary_claims_do_not_crash(verifier: Verifier) -> None:
    big = ("Morocco rescued 14,260 people at sea. " * 3000)[:100_000]
    assert verifier.check(big).verdict in ("supported", "contradicted", "unknown")
    junk = bytes(range(256)).decode("latin-1") * 4
    assert verifier.check(junk).verdict == "unknown"
