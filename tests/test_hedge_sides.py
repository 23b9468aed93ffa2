"""Hedges that put a figure on one side ("just over 40 %", "as high as six metres"),
negated modifiers ("una fianza no garantizada"), and names made of common words
("Global Citizen"): extraction, value rules and a small end-to-end corpus."""

from __future__ import annotations

import pytest

from tests.sources import verdict_from
from verifier._lexicon import units_compatible
from verifier._text import proper_names
from verifier.compare import (
    Aligned,
    Relatedness,
    _same_large_figure,
    align,
    compare_values,
    figure_contexts,
    one_to_one,
    repeats,
)
from verifier.concepts import negations
from verifier.encode import BuiltinEncoder
from verifier.pipeline import Verifier
from verifier.quantities import extract_quantities
from verifier.records import Comparison, Document, Quantity, Sentence
from verifier.settings import Settings
from verifier.verdict import decide_figure

# (lang, text, bound, low is None, high is None)
SIDES = [
    ("en", "just over 40 percent of the land", "approx", False, True),
    ("en", "slightly more than 300 people", "approx", False, True),
    ("en", "a little under 2 million voters", "approx", True, False),
    ("en", "just shy of 70 percent", "approx", True, False),
    ("en", "waves as high as 5 meters", "at_most", True, False),
    ("en", "as much as 12 inches of snow", "at_most", True, False),
    ("en", "about 40 percent", "approx", False, False),
    ("fr", "un peu plus de 25 % des électeurs", "approx", False, True),
    ("fr", "légèrement moins de 300 habitants", "approx", True, False),
    ("fr", "des rafales pouvant atteindre 90 km/h", "at_most", True, False),
    ("es", "poco más del 25 % de los votantes", "approx", False, True),
    ("es", "un poco menos de 300 habitantes", "approx", True, False),
    ("es", "algo menos de 8 millones de euros", "approx", True, False),
    ("ar", "أكثر بقليل من 25 في المائة من الناخبين", "approx", False, True),
    ("ar", "أقل بقليل من 300 شخص", "approx", True, False),
    ("ar", "تراجع سعر البرميل دون 70 دولارا", "at_most", True, False),
    ("ar", "سعر البرميل تجاوز حاجز الـ 70 دولارا", "approx", False, True),
    ("ar", "الأسعار تخطت 70 دولارا", "at_least", False, True),
]


# after a verb of change, "hasta" / "jusqu'à" says where the figure got to ("to")
ENDPOINTS = [
    ("es", "las ventas se han triplicado hasta 4,2 millones", "exact"),
    ("es", "el paro bajó hasta el 7 %", "exact"),
    ("es", "lluvias de hasta 90 litros", "at_most"),
    ("fr", "les loyers ont grimpé jusqu'à 14 %", "exact"),
    ("fr", "des rafales jusqu'à 90 km/h", "at_most"),
    # Arabic "يصل إلى" / "تصل إلى": up to, but "reaches" after a change or a total
    ("ar", "ثلوج تصل إلى 8 بوصات في المرتفعات", "at_most"),
    ("ar", "عقوبة بالسجن لمدة تصل إلى خمس سنوات", "at_most"),
    ("ar", "غرامة قد تصل الى 2000 دولار", "at_most"),
    ("ar", "ارتفعت البطالة لتصل إلى 9 في المائة", "exact"),
    ("ar", "ارتفعت حصيلة الضحايا ليصل عدد القتلى إلى 120 شخصا", "exact"),
    ("ar", "ليصل مجموع أهدافه إلى 40 هدفا", "exact"),
    ("ar", "وبلغ إجمالي الإنفاق يصل إلى 12 مليون دولار", "exact"),
    ("ar", "مدينة بتعداد سكان يصل إلى 250 ألف نسمة", "exact"),
]


@pytest.mark.parametrize(("lang", "text", "bound"), ENDPOINTS)
def test_hedge_endpoints(lang: str, text: str, bound: str) -> None:
    assert extract_quantities(text, lang)[0].bound == bound


@pytest.mark.parametrize(("lang", "text", "bound", "no_low", "no_high"), SIDES)
def test_hedge_sides(lang: str, text: str, bound: str, no_low: bool, no_high: bool) -> None:
    q = extract_quantities(text, lang)[0]
    assert (q.bound, q.low is None, q.high is None) == (bound, no_low, no_high)


def test_a_hedged_range_is_a_range() -> None:
    (q,) = extract_quantities("As much as 3 to 5 inches of snow may fall.", "en")
    assert (q.bound, q.low, q.high, q.unit) == ("range", 3, 5, "inches")


def test_a_bracketed_restatement_keeps_the_hedge() -> None:
    a, b = extract_quantities("Gusts as high as 80 km (50 miles) an hour were felt.", "en")
    assert (a.bound, b.bound, b.low, b.high) == ("at_most", "at_most", None, 50)
    x, y = extract_quantities("The road runs 80 km (50 miles) north.", "en")
    assert (x.bound, y.bound) == ("exact", "exact")


def _one(text: str, lang: str):
    return extract_quantities(text, lang)[0]


VALUES = [
    # the same figure bounded on the same side agrees, either way round
    ("just over 25 percent", "en", "más del 25 %", "es", "supports"),
    ("more than 25 percent", "en", "un peu plus de 25 %", "fr", "supports"),
    ("just under 300 homes", "en", "moins de 300 maisons", "fr", "supports"),
    ("just over 25 percent", "en", "un peu plus de 25 %", "fr", "supports"),
    ("as high as 4 metres", "en", "hasta 4 metros", "es", "supports"),
    ("just over 25 percent", "en", "26 %", "fr", "supports"),
    # and a changed figure still disagrees
    ("just over 20 percent", "en", "más del 25 %", "es", "contradicts"),
    ("just under 300 homes", "en", "plus de 300 maisons", "fr", "contradicts"),
    ("just under 25 percent", "en", "un peu plus de 25 %", "fr", "contradicts"),
    ("just over 25 percent", "en", "24 %", "fr", "contradicts"),
    ("just over 30 percent", "en", "más del 25 %", "es", "unknown"),
]


@pytest.mark.parametrize(("claim", "clang", "evidence", "elang", "outcome"), VALUES)
def test_side_values(claim: str, clang: str, evidence: str, elang: str, outcome: str) -> None:
    got, _rule, _ = compare_values(_one(claim, clang), _one(evidence, elang))
    assert got == outcome


NEGATED = [
    ("El acusado quedó libre con una fianza no garantizada de 900 dólares.", False),
    ("Una organización no gubernamental atendió a 40 familias.", False),
    ("Los vuelos no programados sumaron 12 el lunes.", False),
    ("La policía no ha detenido a 5 sospechosos.", True),
    ("La fianza no fue garantizada por 900 dólares.", True),
    ("Los rescatistas no encontraron a 12 mineros.", True),
]


@pytest.mark.parametrize(("text", "negated"), NEGATED)
def test_a_negated_modifier_is_no_denial(text: str, negated: bool) -> None:
    assert bool(negations(text)) is negated


# a negation right before a bound turns it around ("did not exceed 50" is at most
# 50); one further off denies the whole clause and leaves the bound as written
FLIPPED = [
    ("en", "Turnout did not exceed 50 percent.", "at_most", False),
    ("en", "The fine was not less than 300 dollars.", "at_least", False),
    ("fr", "Les loyers n'ont pas dépassé 900 euros.", "at_most", False),
    ("fr", "Le chômage n'a pas représenté moins de 8 % des actifs.", "at_least", False),
    ("es", "La inflación no superó el 4 %.", "at_most", False),
    ("ar", "الخسائر لم تتجاوز 20 مليون دولار", "at_most", False),
    ("ar", "سعر البرميل لم يتجاوز حاجز الـ 70 دولارا", "at_most", False),
    ("fr", "La loi n'impose pas de colis de moins de 5 kilos.", "at_most", True),
    ("en", "Turnout exceeded 50 percent.", "at_least", False),
    # the denial between the verb and the figure, or on an Arabic "exceeds"
    ("fr", "Le bilan ne dépasse pas 49 morts.", "at_most", False),
    ("ar", "عدد الضحايا لا يزيد عن 49 شخصا", "at_most", False),
    ("es", "No hubo más de 49 muertos.", "at_most", False),
]


@pytest.mark.parametrize(("lang", "text", "bound", "negated"), FLIPPED)
def test_a_denied_bound_is_the_other_bound(lang: str, text: str, bound: str, negated: bool) -> None:
    (ctx,) = figure_contexts(text, extract_quantities(text, lang))
    assert (ctx.quantity.bound, ctx.negated) == (bound, negated)


# a denied word of saying, showing or truth denies the whole clause it opens,
# however far the figure stands from the negation (negation.toml "saying")
DENIED_CLAUSES = [
    ("en", "The minister did not say in his long speech to parliament that the floods killed 300 people.", True),
    ("en", "There is no evidence in the documents released so far that the vaccine killed 300 people.", True),
    ("fr", "L'auteur n'a jamais écrit dans son livre que des épidémies tueraient 4 milliards de personnes.", True),
    ("es", "El informe no dice en sus conclusiones finales que hubieran muerto 300 personas en la región.", True),
    ("ar", "لم يذكر التقرير في أي من صفحاته أن الفيضانات الأخيرة أدت إلى وفاة 300 شخص", True),
    # no word of saying next to the cue, or no clause opened after it
    ("en", "Officials did not comment on the new figures, which showed that the floods killed 300 people.", False),
    ("en", "The minister did not say much in his long speech to parliament, as the floods killed 300 people.", False),
    ("fr", "Le rapport ne révèle pas seulement que des épidémies ont tué 4 milliards de personnes.", False),
    ("es", "El informe no fue publicado, pero dice en sus conclusiones finales que murieron 300 personas.", False),
]


@pytest.mark.parametrize(("lang", "text", "negated"), DENIED_CLAUSES)
def test_a_denied_saying_denies_its_clause(lang: str, text: str, negated: bool) -> None:
    ctxs = figure_contexts(text, extract_quantities(text, lang))
    assert ctxs[-1].negated is negated


@pytest.mark.parametrize(
    ("lang", "claim", "source"),
    [
        ("fr", "Le ministre a écrit dans son rapport que les inondations avaient fait 300 morts.",
         "Le ministre n'a jamais écrit dans son rapport annuel publié au printemps que les inondations avaient fait 300 morts."),
        ("en", "The minister said the floods killed 300 people.",
         "The minister did not say in his long speech to parliament that the floods killed 300 people."),
    ],
)
def test_a_figure_the_source_denies_writing_is_contradicted(lang: str, claim: str, source: str) -> None:
    got = verdict_from(claim, source, lang=lang)
    assert got.verdict == "contradicted", got.message
    assert "source denies it" in got.message


def test_a_denied_bound_agrees_with_the_figure() -> None:
    text = "Les loyers n'ont pas dépassé 900 euros."
    claim = figure_contexts(text, extract_quantities(text, "fr"))
    got, _rule, _ = compare_values(claim[0].quantity, _one("rents were 900 euros", "en"))
    assert got == "supports"
    got, _rule, _ = compare_values(claim[0].quantity, _one("rents were 950 euros", "en"))
    assert got == "contradicts"


NAMES = [
    ("The concert was organised by Global Citizen in the park.", {"global citizen"}),
    ("Volunteers of the Red Cross counted 40 tents.", {"red cross"}),
    # a run of one known word is no name, and a sentence opening does not start one
    ("He spoke to the Hospital on Monday.", set()),
    ("Global warming is rising.", set()),
    # a straight quote glued to the word before it closes a quotation
    ('They thanked the "brave" Red Cross volunteers.', {"red cross"}),
    ('He said "Red Cross" was late.', set()),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_names_of_common_words(text: str, names: set[str]) -> None:
    assert {n for n in proper_names(text) if " " in n} == names


DOCS = [
    ("drought", "es", "Según el servicio meteorológico, más del 25 % de la provincia sufre sequía."),
    (
        "bail",
        "es",
        "Joe Brandt permanece en el centro Kellerton y está retenido con una fianza no"
        " garantizada de 900 dólares, informó KXRT.",
    ),
    ("waves", "es", "El tifón levantó olas de hasta cuatro metros en la bahía de Manila."),
    ("surge", "fr", "La tempête Orla a provoqué à Gdansk une houle de six mètres de haut."),
]

CASES = [
    ("According to the weather service, just over 25 percent of the province is in drought.", "supported"),
    ("According to the weather service, just over 20 percent of the province is in drought.", "contradicted"),
    ("Joe Brandt is held at Kellerton on a $900 unsecured bond, KXRT reported.", "supported"),
    ("Joe Brandt is held at Kellerton on a $700 unsecured bond, KXRT reported.", "contradicted"),
    ("The typhoon whipped up waves as high as four meters (13 feet) in Manila Bay.", "supported"),
    # "18 feet" restates "six meters" (5.5 m, within a rounding): one quantity twice
    ("Storm Orla whipped up waves as high as six meters (18 feet) in Gdansk.", "supported"),
    # a bracket that does not restate the first figure is judged on its own
    ("Storm Orla whipped up waves of six meters (30 feet) in Gdansk.", "contradicted"),
]


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    docs = [Document(id=i, text=t, lang=lang) for i, lang, t in DOCS]
    return Verifier.from_documents(docs, Settings(), BuiltinEncoder())


@pytest.mark.parametrize(("claim", "verdict"), CASES)
def test_end_to_end(verifier: Verifier, claim: str, verdict: str) -> None:
    assert verifier.check(claim).verdict == verdict


# ------------------------------------------------- the claim's figure restated


def _years(value: float) -> Quantity:
    return Quantity(text=str(int(value)), start=0, end=2, value=value, unit="years", kind="duration")


def _got(
    sid: int,
    value: float,
    similarity: float,
    leading: bool = False,
    strong: bool = True,
    claim: float = 12.0,
    anchored: bool = False,
) -> Aligned:
    ev = _years(value)
    exact = value == claim
    comparison = Comparison(
        claim_quantity=_years(claim),
        evidence_quantity=ev,
        sentence_id=sid,
        outcome="supports" if exact else "contradicts",
        rule="exact_match" if exact else "value_differs",
    )
    score = 3.0 if exact else 3.8  # other news aligns better on its words
    return Aligned(
        sid,
        ev,
        score,
        "unstated",
        None,
        comparison,
        strong,
        leading,
        similarity,
        similarity >= 0.15,
        anchored,
    )


RESTATED = [
    # the claim's "12 years", word for word, in a sentence more like the claim than
    # those giving 100 and 32 years
    ([_got(1, 12, 0.39), _got(2, 100, 0.20), _got(3, 32, 0.18)], "supported"),
    # a disagreement about as like the claim still loses to the restatement
    ([_got(1, 12, 0.16), _got(2, 100, 0.18)], "supported"),
    # one clearly more like the claim does not
    ([_got(1, 12, 0.16), _got(2, 100, 0.30)], "contradicted"),
    # nor does the sentence most like the claim, even a weakly tied one
    ([_got(1, 12, 0.16), _got(2, 100, 0.12, leading=True, strong=False), _got(3, 32, 0.1)], "contradicted"),
    # within the restating sentence its better-aligned figure still answers the claim
    ([_got(1, 12, 0.30), _got(1, 8, 0.30), _got(2, 100, 0.2)], "contradicted"),
    # a restatement in a sentence no more like the claim than chance proves nothing
    ([_got(1, 12, 0.05), _got(2, 100, 0.06)], "contradicted"),
    # a restatement in a sentence sharing a name or another figure with the claim
    # outweighs the sentence most like the claim when that one shares neither
    ([_got(1, 12, 0.20, anchored=True), _got(2, 100, 0.30, leading=True)], "supported"),
    # not when the disagreeing sentence shares one too
    (
        [_got(1, 12, 0.20, anchored=True), _got(2, 100, 0.30, leading=True, anchored=True)],
        "contradicted",
    ),
    # an anchored disagreement less like the claim than the restatement still loses
    ([_got(1, 12, 0.30, anchored=True), _got(2, 100, 0.20, anchored=True)], "supported"),
]


@pytest.mark.parametrize(("aligned", "label"), RESTATED)
def test_an_exact_restatement_outweighs_less_related_disagreements(
    aligned: list[Aligned], label: str
) -> None:
    assert decide_figure(_years(12), None, aligned, []).label == label


def test_a_figure_stated_twice_is_confirmed_by_one_source_figure() -> None:
    text = "The pair won four points on Friday and four points on Saturday."
    claim = [ctx for ctx in figure_contexts(text, extract_quantities(text, "en"))]
    assert repeats([c.quantity for c in claim]) == {1: 0}
    ev_text = "La pareja ganó cuatro puntos."
    ev = figure_contexts(ev_text, extract_quantities(ev_text, "es"))
    sentence = Sentence(
        doc_id="d",
        index=0,
        text=ev_text,
        start=0,
        end=len(ev_text),
        lang="es",
        quantities=[e.quantity for e in ev],
    )
    tie = Relatedness(similarity=0.4, threshold=0.2, best=0.4)
    per = [align(c, set(), None, "en", 0, sentence, None, ev, set(), relatedness=tie)[0] for c in claim]
    assert [len(p) for p in one_to_one(per)] == [1, 0]
    assert [len(p) for p in one_to_one(per, (), {1: 0})] == [1, 1]
    # a sentence with a figure for each answers each on its own ("a 5-day week, paid for 5")
    two = "Trabajarán cuatro días y cobrarán cinco días."
    week = "They will work five days and be paid for five days."
    cw = figure_contexts(week, extract_quantities(week, "en"))
    ew = figure_contexts(two, extract_quantities(two, "es"))
    s2 = Sentence(
        doc_id="e", index=0, text=two, start=0, end=len(two), lang="es", quantities=[e.quantity for e in ew]
    )
    per = [align(c, set(), None, "en", 1, s2, None, ew, set(), relatedness=tie)[0] for c in cw]
    got = one_to_one(per, (), repeats([c.quantity for c in cw]))
    assert sorted(a.comparison.outcome for p in got for a in p) == ["contradicts", "supports"]


def test_a_large_figure_restated_with_its_bound_and_unit_may_confirm() -> None:
    a = extract_quantities("More than 730,000 people are affected.", "en")[0]
    b = extract_quantities("plus de 730 000 personnes sont concernées", "fr")[0]
    c = extract_quantities("730 000 habitants", "fr")[0]
    d = extract_quantities("plus de 730 000 dollars", "fr")[0]
    assert _same_large_figure(a, b)
    assert not _same_large_figure(a, c)  # not the same bound
    assert not _same_large_figure(a, d)  # not the same unit
    assert not _same_large_figure(*extract_quantities("2 years, 2 years", "en"))  # small


# "rencontre" / "encuentro" is a meeting or a match: it agrees with either, while a
# meeting is still no match
ENCOUNTERS = [
    ("trois rencontres entre les deux dirigeants", "fr", "meetings", True),
    ("trois rencontres entre les deux clubs", "fr", "matches", True),
    ("dos encuentros con el ministro", "es", "meetings", True),
    ("three meetings", "en", "matches", False),
]


@pytest.mark.parametrize(("text", "lang", "other", "compatible"), ENCOUNTERS)
def test_an_encounter_is_a_meeting_or_a_match(
    text: str, lang: str, other: str, compatible: bool
) -> None:
    unit = extract_quantities(text, lang)[0].unit
    assert units_compatible(unit, other) is compatible


# the claim's own figure of the same particular thing, reported for the opposite
# event, refutes it even when the two sentences share few words (headlines)
OPPOSED_SAME_THING = [
    ("ar", "القضاء يبرئ 12 امرأة أجنبية", "قال مسؤولون يوم الأحد إن محكمة عراقية أصدرت أحكاما بإعدام 12 امرأة بتهمة الانتماء لتنظيم متطرف وتمويله"),
    ("en", "Judges acquit 12 foreign women", "Officials said on Sunday that an Iraqi court had sentenced 12 women to death for joining an extremist group and funding it"),
    ("fr", "La justice irakienne acquitte 12 femmes étrangères accusées", "Selon des responsables, un tribunal a condamné à mort dimanche 12 femmes pour avoir rejoint un groupe extrémiste et l'avoir financé"),
    ("es", "La justicia iraquí absuelve a 12 mujeres extranjeras acusadas", "Según fuentes oficiales, un tribunal condenó a muerte el domingo a 12 mujeres por unirse a un grupo extremista y financiarlo"),
]


@pytest.mark.parametrize(("lang", "claim", "source"), OPPOSED_SAME_THING)
def test_the_same_thing_for_the_opposite_event(lang: str, claim: str, source: str) -> None:
    got = verdict_from(claim, source, lang=lang)
    assert got.verdict == "contradicted", got.message


# "four out of five deaths": the first figure is a part of the second, about the
# same thing (its event and, when it names none, its counted noun)
PART_OF = [
    ("en", "Three out of ten deaths were found unrelated to the drug.", "deaths"),
    ("fr", "Trois sur dix décès ont été jugés sans lien avec le médicament.", "deaths"),
    ("es", "Tres de cada diez muertes no tenían relación con el fármaco.", "deaths"),
    ("ar", "ثلاث من أصل عشر وفيات لا علاقة لها بالدواء", "deaths"),
]


@pytest.mark.parametrize(("lang", "text", "unit"), PART_OF)
def test_a_part_of_a_figure_is_about_what_it_counts(lang: str, text: str, unit: str) -> None:
    part, whole = figure_contexts(text, extract_quantities(text, lang))
    assert "die" in part.predicates and part.predicates == whole.predicates
    assert part.quantity.unit == whole.quantity.unit == unit


# A part is never set against a figure larger than its whole: "three out of ten
# deaths" is not refuted by the million people of the same sentence, and the
# sentence that gives the part decides.
PART_SOURCES = [
    "Le ministère a relevé 10 décès parmi plus d'un million de personnes vaccinées. Sur les dix décès, trois ont été jugés sans lien avec le vaccin.",
]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Trois sur dix décès ont été jugés sans lien avec le vaccin.", "supported"),
        ("Cinq sur dix décès ont été jugés sans lien avec le vaccin.", "contradicted"),
    ],
)
def test_a_part_is_set_against_parts(claim: str, verdict: str) -> None:
    got = verdict_from(claim, PART_SOURCES[0], lang="fr")
    assert got.verdict == verdict, got.message
    assert all(c.evidence_quantity is None or c.evidence_quantity.value <= 10 for c in got.comparisons)


# an event one side says did not happen ("saved from drowning": nobody drowned)
# sets that side against the other's report of it; a claim that tells of the same
# rescue is no report of the death
AVERTED_AGAINST = [
    ("en", "Four sailors drowned when the ferry sank.", "Four sailors were saved from drowning after the ferry sank.", "contradicted"),
    ("en", "Four sailors were saved from drowning when the ferry sank.", "Four sailors drowned after the ferry sank.", "contradicted"),
    ("fr", "Quatre marins se sont noyés lors du naufrage.", "Quatre marins ont été sauvés de la noyade après le naufrage.", "contradicted"),
    ("ar", "غرق أربعة بحارة في حادث العبارة", "نجاة أربعة بحارة من الغرق في حادث العبارة", "contradicted"),
    ("en", "Coastguards rescued four sailors at risk of drowning when the ferry sank.", "Four sailors were saved from drowning after the ferry sank.", "supported"),
]


@pytest.mark.parametrize(("lang", "claim", "source", "verdict"), AVERTED_AGAINST)
def test_an_averted_event_against_the_event(lang: str, claim: str, source: str, verdict: str) -> None:
    got = verdict_from(claim, source, lang=lang)
    assert got.verdict == verdict, got.message


# a source that states the claim's year and agrees outweighs a disagreement that
# states no year (it may be of another period)
DATED_SOURCES = [
    "In 1996 the western coast was hit by a tsunami that left nine dead.",
    "A tsunami killed 832 people on the western coast, officials said.",
]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("A tsunami killed nine people on the western coast in 1996.", "supported"),
        ("A tsunami killed 12 people on the western coast in 1996.", "contradicted"),
    ],
)
def test_a_source_of_the_claims_year_outweighs_an_undated_one(claim: str, verdict: str) -> None:
    got = verdict_from(claim, *DATED_SOURCES)
    assert got.verdict == verdict, got.message


# temperatures below zero compare as numbers (about -53 is -52.6); a figure written
# in Celsius is never read as Fahrenheit, a bare "degrees" may be
COLD = [
    ("Temperatures fell to about -53 °C in the north of the country.", "supported"),
    ("Temperatures fell to minus 52.6 degrees in the north of the country.", "supported"),
    ("Temperatures fell to 52.6 °C in the north of the country.", "contradicted"),
    ("Temperatures fell to about -60 °C in the north of the country.", "contradicted"),
]


@pytest.mark.parametrize(("claim", "verdict"), COLD)
def test_temperatures_below_zero(claim: str, verdict: str) -> None:
    got = verdict_from(claim, "Temperatures fell to -52.6 °C in the north of the country last winter.")
    assert got.verdict == verdict, got.message
