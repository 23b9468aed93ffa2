"""Claims that state only dates: reading a date's parts, its event, and the verdict."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sources import verdict_from

from verifier.compare import compare_dates, date_contexts, date_parts
from verifier.quantities import extract_quantities
from verifier.records import Quantity


def _date(text: str, lang: str = "en", ref: dt.date | None = None) -> Quantity:
    dates = [q for q in extract_quantities(text, lang, reference_date=ref) if q.kind in ("year", "date")]
    assert len(dates) == 1, dates
    return dates[0]


# claim date, evidence date, outcome
COMPARE_CASES = [
    ("in July 2017", "on August 26, 2023", "contradicts"),
    ("in July 2017", "on 3 July 2017", "supports"),
    ("in 2022", "in March 2022", "supports"),
    ("on 26 May 1975", "in 1975", "unknown"),
    ("on 26 May 1975", "le 26 mai 1975", "supports"),
    ("on 26 May 1975", "on 27 May 1975", "contradicts"),
    ("in 1949", "in 1950", "contradicts"),
]


@pytest.mark.parametrize(("claim", "evidence", "outcome"), COMPARE_CASES)
def test_compare_dates(claim: str, evidence: str, outcome: str) -> None:
    lang = "fr" if evidence.startswith("le ") else "en"
    assert compare_dates(_date(claim), _date(evidence, lang))[0] == outcome


def test_a_day_and_month_without_a_year_leave_the_year_unstated() -> None:
    # the reference date lends its year when the text is read; it is not the text's
    q = _date("on August 5", ref=dt.date(2026, 11, 24))
    assert date_parts(q) == (0, 8, 5)
    assert compare_dates(q, _date("on 5 August 2020"))[0] == "supports"
    assert compare_dates(_date("on 5 August 2020"), q)[0] == "unknown"


_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    lang=st.sampled_from(sorted(_MONTHS)),
)
def test_date_parts_read_back_what_is_written(day: dt.date, lang: str) -> None:
    month = _MONTHS[lang][day.month - 1]
    text = f"{day.day} {month} {day.year}" if lang != "es" else f"{day.day} de {month} de {day.year}"
    assert date_parts(_date(f"X: {text}.", lang)) == (day.year, day.month, day.day)
    assert date_parts(_date(f"X: {month} {day.year}.", lang)) == (day.year, day.month, 0)


# text, lang, the date whose event is read, its relation
RELATION_CASES = [
    ("The volcano has been active since 1994.", "en", "1994", "since"),
    ("The plan aims to end poverty by 2030.", "en", "2030", "until"),
    ("The law was signed by Biden in 2022.", "en", "2022", None),
    ("La pauvreté doit disparaître d'ici 2030.", "fr", "2030", "until"),
    ("Le volcan est actif depuis l'année 1994.", "fr", "1994", "since"),
    ("El volcán está activo desde 1994.", "es", "1994", "since"),
    ("وظل البركان نشطا منذ عام 1994.", "ar", "1994", "since"),
    ("She remembers a cab ride before the 2016 election.", "en", "2016", "before"),
]


@pytest.mark.parametrize(("text", "lang", "date", "relation"), RELATION_CASES)
def test_date_relation(text: str, lang: str, date: str, relation: str | None) -> None:
    found = {d.figure.quantity.text: d.relation for d in date_contexts(text, extract_quantities(text, lang))}
    assert found == {date: relation}


# text, the dates read as its events (datelines and decades left out)
EVENT_DATE_CASES = [
    ("18 ott 2023  Woman cuts her birthday cake in Iran in 1973.", ["1973"]),
    ("2023-10-06 — Satellite imagery shows Russian vessels in 2022.", ["2022"]),
    ("2005: A series of strong quakes hit Sumatra.", ["2005"]),  # a chronology, not a dateline
    ("The congregation moved out in the 1930s.", []),
    ("En la década de 1980 trabajó en Rabat, y en 1990 se fue.", ["1990"]),
    ("In the 1980s he worked on an AI system, and in 1990 he left.", ["1990"]),
]


@pytest.mark.parametrize(("text", "dates"), EVENT_DATE_CASES)
def test_event_dates(text: str, dates: list[str]) -> None:
    found = [d.figure.quantity.text for d in date_contexts(text, extract_quantities(text, "en"))]
    assert found == dates


def test_a_claim_keeps_its_opening_date() -> None:
    text = "2014  A shallow quake hit the Pidie Jaya regency."
    assert date_contexts(text, extract_quantities(text, "en")) == []
    claimed = date_contexts(text, extract_quantities(text, "en"), datelines=False)
    assert [d.figure.quantity.text for d in claimed] == ["2014"]


BARKER = "Bob Barker, the longtime host of The Price Is Right, died on August 26, 2023 at his home in Los Angeles."
BORN = "Bob Barker (born 1923, died 2023) hosted The Price Is Right."
# claim, lang, sources, verdict, reason
VERDICT_CASES = [
    ("Bob Barker died in July 2017.", "en", [BARKER], "contradicted", None),
    ("Bob Barker died on August 26, 2023.", "en", [BARKER], "supported", None),
    ("Bob Barker died in 2023.", "en", [BARKER], "supported", None),
    # a date restated in full needs only a sentence about the claim's subject
    ("Ceremony on 12 May 2019.", "en", ["On 12 May 2019 the king inaugurated the tower, officials said."],
     "supported", None),
    # the source dates another event of his life, or other news
    ("Bob Barker died in July 2017.", "en", ["Bob Barker hosted The Price Is Right from 1972 to 2007."], "unknown", "no_evidence"),
    ("Bob Barker died in July 2017.", "en", ["The Hollywood festival opened in 2019 in Los Angeles."], "unknown", "no_evidence"),
    # each date of a sentence with its own event
    ("Bob Barker was born in 1923.", "en", [BORN], "supported", None),
    ("Bob Barker was born in 1925.", "en", [BORN], "contradicted", None),
    ("Bob Barker was born on 12 December 1923.", "en", [BORN], "unknown", "insufficient_precision"),
    ("Bob Barker did not die in 2023.", "en", ["Bob Barker died in 2023 at his home in Los Angeles."], "contradicted", None),
    # a dateline is when the page was published
    ("A woman cut her birthday cake in Tehran in 1973.", "en",
     ["18 Oct 2023  Woman cuts her birthday cake in Iran in 1973, five years before the revolution."], "supported", None),
    # before / after: other facts about the same event
    ("The treaty was signed before 2020.", "en", ["The treaty was signed after 2019 by both sides."], "unknown", "not_comparable"),
    ("Lebanon recorded its first cholera case since 1993.", "en",
     ["Lebanon recorded its first cholera case since 1995, the health ministry said."], "contradicted", None),
    # across languages: the sentence most like the claim, sharing a name, with as many dates
    ("In 2016, a pig attacked a woman and her husband at their farm in Massachusetts.", "fr",
     ["En 2016 dans une ferme du Massachusetts, un porc agressa une femme et son mari, blessant gravement ce dernier."],
     "supported", None),
    ("In 2014, a pig attacked a woman and her husband at their farm in Massachusetts.", "fr",
     ["En 2016 dans une ferme du Massachusetts, un porc agressa une femme et son mari, blessant gravement ce dernier."],
     "contradicted", None),
    ("Kwasi Kwarteng was born on 26 May 1975.", "ar", ["وُلد كواسي كوارتنغ في 26 مايو 1975 في لندن."], "supported", None),
    ("وُلد كواسي كوارتنغ في 26 مايو 1976.", "ar", ["وُلد كواسي كوارتنغ في 26 مايو 1975 في لندن."], "contradicted", None),
    ("El volcán Popocatépetl está activo desde 1996.", "es",
     ["El volcán Popocatépetl ha estado activo desde 1994, según las autoridades."], "contradicted", None),
]


@pytest.mark.parametrize(("claim", "lang", "sources", "verdict", "reason"), VERDICT_CASES)
def test_date_claim_verdict(claim: str, lang: str, sources: list[str], verdict: str, reason: str | None) -> None:
    v = verdict_from(claim, *sources, lang=lang)
    assert (v.verdict, v.reason) == (verdict, reason), v.message
    if verdict != "unknown":
        assert v.evidence and v.evidence[0].highlights, "the compared date is cited"


def test_a_claim_with_a_count_is_checked_by_its_count_not_its_year() -> None:
    v = verdict_from("Morocco rescued 14,260 people in 2021.", "Morocco rescued 14,260 people in 2024.")
    assert v.verdict == "unknown" and v.reason == "different_period"


def test_dates_of_one_sentence_pair_off_agreements_first() -> None:
    from verifier.compare import Relatedness, align_date, pair_dates
    from verifier.records import Sentence

    claim = "In 2016 a quake hit Pidie Jaya, a reminder of the deadly 2004 quake."
    source = "In 2016 a shallow quake hit Pidie Jaya, a reminder of the deadly 2004 quake and tsunami."
    sentence = Sentence(
        doc_id="d", index=0, text=source, start=0, end=len(source), lang="en",
        quantities=extract_quantities(source, "en"),
    )
    evidence = date_contexts(source, sentence.quantities)
    tie = Relatedness(similarity=0.9, names=1, threshold=0.2, best=0.9)
    per_date = [
        align_date(ctx, "en", 0, sentence, evidence, tie, 2)
        for ctx in date_contexts(claim, extract_quantities(claim, "en"), datelines=False)
    ]
    # each claim year meets both years of the sentence: one agrees, one does not
    assert all({a.comparison.outcome for a in got} == {"supports", "contradicts"} for got in per_date)
    paired = pair_dates(per_date)
    assert [[(a.evidence.text, a.comparison.outcome) for a in got] for got in paired] == [
        [("2016", "supports")],
        [("2004", "supports")],
    ]
