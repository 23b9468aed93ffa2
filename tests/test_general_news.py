"""Alignment on general news, where the concept lexicon knows few of the words:
the sentence that restates the claim must decide, not a number that recurs
elsewhere. A tiny in-memory corpus, built-in encoder."""

from __future__ import annotations

import pytest

from tests.sources import verdict_from
from verifier.compare import Aligned
from verifier.encode import BuiltinEncoder
from verifier.pipeline import Verifier
from verifier.records import Comparison, Document, Quantity
from verifier.settings import Settings
from verifier.verdict import decide_figure

DOCS = [
    ("leak", "en", "The leak came sometime after the three senators had questioned Kavanaugh."),
    ("party", "en", "The two teenagers were seen together at a party that summer."),
    ("pig", "fr", "Dix ans plus tôt, un porc de 295 kg coinça un éleveur gallois sur son tracteur."),
    ("heat", "fr", "Le mercure pourrait atteindre les 26 degrés à New York mardi."),
    ("poll", "fr", "32 % étaient en faveur d'une telle campagne."),
    ("other-poll", "fr", "Un autre sondage estimait la participation à 57 %."),
    ("gold", "en", "Gold prices rose to their highest level in 12 weeks on Monday."),
    ("press", "ar", "أفرجت السلطات عن 7 صحفيين في العاصمة."),
    ("jobs", "fr", "Le chômage a reculé de 2 % en mars dans la région."),
    ("kidnap", "ar", "اختطف مسلحون 100 عائلة من مخيم شرقي سوريا."),
    ("floods", "es", "Las inundaciones causaron 12 muertos el fin de semana."),
    ("book", "fr", "Dans son livre, l'auteur écrit que 4 millions de personnes seront vaccinées d'ici 2030."),
    ("count", "en", "The police did not count 2.3 million people in the capital."),
    ("deficit", "fr", "Le déficit budgétaire a atteint 77 milliards de dollars en juillet."),
    ("settlement", "fr", "Kathryn Mayorga, 34 ans, cherche à annuler l'accord conclu avec Ronaldo."),
    ("rapper", "fr", "Âgé de 41 ans, un ami de Ronaldo a utilisé ce surnom pendant des années."),
    ("week", "es", "El sindicato propone trabajar cuatro días a la semana y cobrar cinco días."),
    ("volcano", "fr", "Le volcan se trouve à 72 km au sud-est de la capitale."),
    ("algae", "en", "The red algae bloom now spreads over approximately 130 miles of the gulf shore."),
    ("tally", "fr", "Il a perdu 19 de ses 29 matches et a remporté deux victoires samedi."),
    ("stab", "ar", "عُثر على امرأة تبلغ 44 عامًا مصابة بطعنات مع إلقاء القبض على رجل يبلغ 36 عامًا للاشتباه في قتلها."),
    ("mechanic", "ar", "وقال عامل ميكانيكي يبلغ من العمر 52 عامًا يسجل الاحتجاج على هاتفه إن السياسيين أشعلوا الصراع."),
    ("records", "ar", "سجلت الشرطة أسماء 29 شخصًا خلال الاحتجاج."),
    ("rumour", "fr", "Des publications affirment que le port a accueilli 640 navires en mai."),
    ("mine", "fr", "Les secours n'ont pas pu sauver 12 mineurs piégés dans la galerie."),
    ("market", "ar", "سجلت البورصة خسائر بلغت 4 في المائة خلال الأسبوع الماضي."),
    ("aid", "en", "The government cancelled 300 million dollars of aid to the northern province."),
    ("steady", "en", "Copper prices held steady at 9,100 dollars a tonne on Tuesday."),
    ("clinics", "es", "El ayuntamiento cerró 14 clínicas rurales el año pasado."),
    ("activists", "ar", "قالت منظمة حقوقية إن قوات الأمن تعتقل 9 بينهم 4 نساء في مدينة حلب."),
    ("bonds", "ar", "أصدرت السعودية صكوكا دولية بقيمة 3 مليارات دولار."),
    ("schools", "fr", "La région a confié 25 écoles au secteur privé."),
    ("euro", "fr", "L'euro a atteint son plus bas niveau depuis sept mois face au yen."),
    ("dollar", "en", "The dollar jumped from its lowest level in four years on Friday."),
    ("lab", "es", "Un laboratorio retiró 40.000 kits que daban falsos positivos de gripe."),
    ("show", "es", "El senador habló el domingo con el programa \"60 Minutes\" sobre la investigación."),
    ("question", "en", "Did the mayor really plant 7,300 trees in the old harbour district?"),
    ("factcheck", "ar", "تداولت صفحات خبرا مفاده أن الوزارة وظفت 900 طبيب، لكن الوزارة وظفت 450 طبيبا فقط."),
    ("laps", "ar", "توقف السائق متأخرًا ولم يتمكن من تحسين سرعته في الدورات العشر الأخيرة."),
    ("court", "ar", "يمثل القاصرون أمام القاضي خلال أسبوعين، وليس بعد 90 يومًا كما كان من قبل."),
    ("coast", "ar", "تمتد المحافظة على طول 300 كيلو من الساحل الشمالي."),
    ("sugar", "ar", "صادرت الجمارك 450 كيلو من السكر المهرب في الميناء."),
]


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    docs = [Document(id=i, text=t, lang=lang) for i, lang, t in DOCS]
    return Verifier.from_documents(docs, Settings(), BuiltinEncoder())


CASES = [
    # a "two" elsewhere does not outvote the sentence that says "three"
    ("The leak came after the two senators had questioned Kavanaugh.", "contradicted", "leak"),
    ("The leak came after the three senators had questioned Kavanaugh.", "supported", "leak"),
    # 650 pounds is 295 kg: the converted figure anchors the sentence for "ten years"
    ("Ten years earlier, a 650 pound pig pinned a Welsh farmer to his tractor.", "supported", "pig"),
    ("Ten years earlier, a 900 pound pig pinned a Welsh farmer to his tractor.", "contradicted", "pig"),
    # US "degrees" are Fahrenheit: 80 °F is 26.7 °C
    ("New York City could reach 80 degrees on Tuesday.", "supported", "heat"),
    ("New York City could reach 95 degrees on Tuesday.", "contradicted", "heat"),
    # a percent elsewhere does not contradict the sentence that gives the same percent
    ("Thirty-two percent supported such a run.", "supported", "poll"),
    # the same figure for the opposite event contradicts
    ("Gold prices fell to their lowest level in 12 weeks on Monday.", "contradicted", "gold"),
    ("Gold prices rose to their highest level in 12 weeks on Monday.", "supported", "gold"),
    ("اعتقلت السلطات 7 صحفيين في العاصمة", "contradicted", "press"),
    ("أفرجت السلطات عن 7 صحفيين في العاصمة", "supported", "press"),
    ("Le chômage a augmenté de 2 % en mars dans la région.", "contradicted", "jobs"),
    # gains / losses; cancelled / granted; steady / rose; closed / opened; public / private
    ("سجلت البورصة مكاسب بلغت 4 في المائة خلال الأسبوع الماضي.", "contradicted", "market"),
    ("The stock exchange posted losses of 4 percent last week.", "supported", "market"),
    ("The government granted 300 million dollars of aid to the northern province.", "contradicted", "aid"),
    ("Copper prices rose to 9,100 dollars a tonne on Tuesday.", "contradicted", "steady"),
    ("Copper prices were stable at 9,100 dollars a tonne on Tuesday.", "supported", "steady"),
    ("The council opened 14 rural clinics last year.", "contradicted", "clinics"),
    ("La région a confié 25 écoles au secteur public.", "contradicted", "schools"),
    # a fall to the lowest level is a fall; a jump from the lowest level is no fall
    ("The euro fell to a seven-month low against the yen.", "supported", "euro"),
    ("The dollar fell to its lowest level in four years on Friday.", "contradicted", "dollar"),
    # a test result and its opposite
    ("A laboratory withdrew 40,000 kits that gave false negatives for flu.", "contradicted", "lab"),
    ("A laboratory withdrew 40,000 kits that gave false positives for flu.", "supported", "lab"),
    # an Arabic imperfect ("تعتقل") names the event as the perfect does; the claim's
    # 9 restated with no counted noun is that figure, for the opposite event
    ("قوات الأمن تفرج عن 9 مواطنين في مدينة حلب.", "contradicted", "activists"),
    # a source that names no country may still be about the claim's country
    ("Floods killed 12 people in Peru over the weekend.", "supported", "floods"),
    ("Floods killed 15 people in Peru over the weekend.", "contradicted", "floods"),
    # one side denies what the other asserts
    ("The author did not write that 4 million people will be vaccinated by 2030.", "contradicted", "book"),
    ("The author wrote that 4 million people will be vaccinated by 2030.", "supported", "book"),
    ("La police a dénombré 2,3 millions de personnes dans la capitale.", "contradicted", "count"),
    ("The police did not count 2.3 million people in the capital.", "supported", "count"),
    # the sentence restating the claim outweighs another that gives the same number
    ("Kathryn Mayorga, 41, is seeking to overturn the agreement with Ronaldo.", "contradicted", "settlement"),
    ("Kathryn Mayorga, 34, is seeking to overturn the agreement with Ronaldo.", "supported", "settlement"),
    # a bare amount against the same amount with its currency
    ("The budget deficit reached 77 billion in July.", "supported", "deficit"),
    ("The budget deficit reached 70 billion in July.", "contradicted", "deficit"),
    # the source's figures pair off with the claim's: its 44 is the claim's 44, not
    # a disagreement with the claim's 36, whichever event sits next to it
    ("A 44-year-old woman was found with stab wounds and a 36-year-old man was arrested on suspicion of murder.", "supported", "stab"),
    ("A 44-year-old woman was found with stab wounds and a 38-year-old man was arrested on suspicion of murder.", "contradicted", "stab"),
    # the sentence restating the claim is not outweighed by other news of the same event
    ("A 52-year-old mechanic recording the protest on his phone said politicians had stoked the conflict.", "supported", "mechanic"),
    ("A 57-year-old mechanic recording the protest on his phone said politicians had stoked the conflict.", "contradicted", "mechanic"),
    # a negation after the figure belongs to what follows it
    ("Floods killed 12 people over the weekend, not long after the storm.", "supported", "floods"),
    # one evidence figure answers one claim figure: its "five" cannot confirm both fives
    # "unable to" denies as "n'ont pas pu" does
    ("Rescuers were unable to save 12 miners trapped in the tunnel.", "supported", "mine"),
    # a count of a time unit is that duration (a title read as a count)
    ('The senator spoke to "60 Minutes" on Sunday about the investigation.', "supported", "show"),
    ("The union proposes a four-day week paid for five days.", "supported", "week"),
    ("The union proposes a five-day week paid for five days.", "contradicted", "week"),
    ("He has lost 19 of his 29 matches and won two victories on Saturday.", "supported", "tally"),
    ("He has lost 21 of his 29 matches and won two victories on Saturday.", "contradicted", "tally"),
    # a conversion in brackets is the same figure again, checked against the same one
    ("The volcano sits 45 miles (72 kilometers) southeast of the capital.", "supported", "volcano"),
    ("The volcano sits 45 miles (79 kilometers) southeast of the capital.", "contradicted", "volcano"),
    ("The volcano sits 50 miles (80 kilometers) southeast of the capital.", "contradicted", "volcano"),
    # ... whichever of the two the source gives (a translation puts its own unit first)
    ("Les algues rouges s'étendent sur environ 209 km (130 miles) du rivage du golfe.", "supported", "algae"),
    ("Les algues rouges s'étendent sur environ 260 km (130 miles) du rivage du golfe.", "contradicted", "algae"),
    # both sides deny ("was unable to" / "ولم يتمكن"): the laps are the laps
    ("The driver stopped late and was unable to improve his pace in the last ten laps.", "supported", "laps"),
    ("The driver stopped late and was unable to improve his pace in the last 12 laps.", "contradicted", "laps"),
    # "rather than" is no denial of the 90 days, but "وليس" may translate it
    ("Minors appear before the judge within two weeks rather than after 90 days as before.", "supported", "court"),
    ("Minors appear before the judge within two weeks rather than after 80 days as before.", "contradicted", "court"),
    # Arabic "كيلو" alone is kilometres or kilograms, whichever the claim says
    ("The province stretches along 300 km of northern coastline.", "supported", "coast"),
    ("The province stretches along 500 km of northern coastline.", "contradicted", "coast"),
    ("Customs seized 450 kg of smuggled sugar at the port.", "supported", "sugar"),
    ("Customs seized 650 kg of smuggled sugar at the port.", "contradicted", "sugar"),
]


# a source about another country speaks of something else: unknown, not a confirmation
OTHER_ACTOR = [
    "Gunmen kidnapped 100 families from a camp in Yemen.",
    "اختطف مسلحون 100 عائلة من مخيم في اليمن.",
    # a demonym or a country's usual short name names it
    "أصدرت الكويت صكوكا دولية بقيمة 3 مليارات دولار.",
    "Kuwaiti banks issued 3 billion dollars in international bonds.",
]


@pytest.mark.parametrize("claim", OTHER_ACTOR)
def test_a_source_about_another_country_is_not_evidence(verifier: Verifier, claim: str) -> None:
    v = verifier.check(claim)
    assert (v.verdict, v.reason) == ("unknown", "not_comparable"), v.message


@pytest.mark.parametrize(("claim", "label", "cited"), CASES)
def test_the_restating_sentence_decides(verifier: Verifier, claim: str, label: str, cited: str) -> None:
    v = verifier.check(claim)
    assert v.verdict == label, v.message
    assert v.evidence and v.evidence[0].doc_id == cited


def test_opposite_event_names_both_events(verifier: Verifier) -> None:
    v = verifier.check("Gold prices fell to their lowest level in 12 weeks on Monday.")
    assert v.comparisons[0].rule == "opposite_event"
    assert "grow" in v.message and "decline" in v.message



def _aligned(
    sid: int, value: float, outcome: str, leading: bool, year: int | None = None
) -> Aligned:
    ev = Quantity(text=str(int(value)), start=0, end=2, value=value, unit="years", kind="duration")
    claim = Quantity(text="41", start=0, end=2, value=41.0, unit="years", kind="duration")
    comparison = Comparison(
        claim_quantity=claim, evidence_quantity=ev, sentence_id=sid, outcome=outcome, rule="r"
    )  # type: ignore[arg-type]
    period = "unstated" if year is None else "same"
    return Aligned(sid, ev, 3.0, period, year, comparison, True, leading)


# (claim's year, year of the sentence most like the claim, which disagrees, year of
# another sentence, which agrees) -> verdict. A year stands apart only when both
# sentences state one and the claim states none.
PERIODS = [
    (None, None, None, "contradicted"),
    (None, None, 1996, "contradicted"),  # the restating sentence may be of any year
    (None, 2017, None, "contradicted"),  # the agreeing sentence may be of any year
    (None, 2017, 1996, "supported"),  # a claim of no year may be about 1996
    (2017, 2017, None, "contradicted"),  # both are what the sources say of 2017
]


@pytest.mark.parametrize(("claim_year", "own_year", "other_year", "label"), PERIODS)
def test_an_agreement_of_another_period_is_outweighed_only_when_dated(
    claim_year: int | None, own_year: int | None, other_year: int | None, label: str
) -> None:
    claim = Quantity(text="41", start=0, end=2, value=41.0, unit="years", kind="duration")
    own = _aligned(1, 34.0, "contradicts", True, own_year)
    elsewhere = _aligned(2, 41.0, "supports", False, other_year)
    assert decide_figure(claim, claim_year, [elsewhere, own], []).label == label


def test_an_outweighed_agreement_is_shown() -> None:
    claim = Quantity(text="41", start=0, end=2, value=41.0, unit="years", kind="duration")
    own = _aligned(1, 34.0, "contradicts", leading=True)
    elsewhere = _aligned(2, 41.0, "supports", leading=False)
    got = decide_figure(claim, None, [elsewhere, own], [])
    assert got.label == "contradicted"
    assert "less like the claim gives 41" in got.message
    assert [a.sentence_id for a in got.chosen] == [1, 2]
    # the same two, but the agreeing sentence is the one most like the claim
    got = decide_figure(
        claim,
        None,
        [_aligned(2, 41.0, "supports", leading=True), _aligned(1, 34.0, "contradicts", False)],
        [],
    )
    assert got.label == "supported"


# a figure reported as what others claim ("posts claim", "الخبر المتداول") confirms nothing;
# the same sentence's own figure may still refute the claim
HEARSAY = [
    ("The port received 640 ships in May.", "unknown", "rumour"),
    ("The ministry hired 900 doctors.", "contradicted", "factcheck"),
    ("The ministry hired 450 doctors.", "supported", "factcheck"),
    # a claim that itself reports the rumour is what the source says
    ("Des publications affirment que le port a accueilli 640 navires.", "supported", "rumour"),
    ("Posts claim that the port received 640 ships in May.", "supported", "rumour"),
]


@pytest.mark.parametrize(("claim", "label", "cited"), HEARSAY)
def test_a_reported_claim_is_no_confirmation(
    verifier: Verifier, claim: str, label: str, cited: str
) -> None:
    v = verifier.check(claim)
    assert v.verdict == label, v.message
    assert v.evidence and v.evidence[0].doc_id == cited
    if label == "unknown":
        assert "only as a claim going round" in v.message
        assert v.reason == "not_asserted"


@pytest.mark.parametrize(
    ("lang", "source", "claim"),
    [
        ("en", "Claim: the port received 640 ships in May. Rating: false.", "The port received 640 ships in May."),
        ("fr", "Affirmation : le port a accueilli 640 navires en mai.", "Le port a accueilli 640 navires en mai."),
        ("ar", "الادعاء: استقبل الميناء 640 سفينة في مايو.", "استقبل الميناء 640 سفينة في مايو"),
    ],
)
def test_a_claim_a_fact_check_labels_is_no_confirmation(lang: str, source: str, claim: str) -> None:
    v = verdict_from(claim, source, lang=lang)
    assert (v.verdict, v.reason) == ("unknown", "not_asserted"), v.message


def test_a_question_is_no_confirmation(verifier: Verifier) -> None:
    """A source that asks whether a figure is true ("Did the mayor plant 7,300
    trees?") states nothing: the claim stays unknown, with the question cited."""
    v = verifier.check("The mayor planted 7,300 trees in the old harbour district.")
    assert v.verdict == "unknown", v.message
    assert "only ask whether" in v.message
    assert v.reason == "not_asserted"
    # a claim asking the same question is what the source says
    assert verifier.check("Did the mayor plant 7,300 trees in the harbour district?").verdict == (
        "supported"
    )


# The sentence most like the claim giving the claim's figure hedged ("more than ten
# years" for "ten years") restates it as its exact figure does, even where a figure
# of another sentence aligns better on its words (here scored higher).
@pytest.mark.parametrize(
    ("rule", "label"),
    [
        ("source_hedges_same_figure", "supported"),
        ("exact_match", "supported"),
        ("within_claim_bound", "contradicted"),  # another figure within a bound: no restatement
    ],
)
def test_the_closest_sentence_hedging_the_claims_figure_restates_it(rule: str, label: str) -> None:
    claim = Quantity(text="10", start=0, end=2, value=10.0, unit="years", kind="duration")
    ev = Quantity(text="10", start=0, end=2, value=10.0, unit="years", kind="duration")
    comparison = Comparison(
        claim_quantity=claim, evidence_quantity=ev, sentence_id=1, outcome="supports", rule=rule
    )  # type: ignore[arg-type]
    own = Aligned(1, ev, 3.0, "unstated", None, comparison, True, True)
    other = _aligned(2, 15.0, "contradicts", leading=False)
    other.score = 5.0
    assert decide_figure(claim, None, [own, other], []).label == label


def _counted(sid: int, value: float, unit: str, outcome: str, ties: tuple[str, ...]) -> Aligned:
    claim = Quantity(text="24", start=0, end=2, value=24.0, unit="charges")
    ev = Quantity(text=str(int(value)), start=0, end=2, value=value, unit=unit)
    comparison = Comparison(
        claim_quantity=claim, evidence_quantity=ev, sentence_id=sid, outcome=outcome, rule="r"
    )  # type: ignore[arg-type]
    return Aligned(sid, ev, 3.0, "unstated", None, comparison, True, "leading" in ties, ties=ties)


# A disagreement about the claim's very counted thing ("22 charges") outweighs an
# agreement that shares only the number and the encoder's closeness with the claim
# ("24 centres" in the sentence the encoder finds closest); an agreement tied by
# anything more, or counting the claim's own thing, still stands.
COUNTED_THING = [
    ("centres", ("leading",), "contradicted"),
    ("centres", ("leading", "event"), "supported"),
    ("charges", ("leading",), "supported"),
    ("centres", ("words",), "supported"),
]


@pytest.mark.parametrize(("unit", "ties", "label"), COUNTED_THING)
def test_a_disagreement_on_the_counted_thing_outweighs_a_bare_number(
    unit: str, ties: tuple[str, ...], label: str
) -> None:
    claim = Quantity(text="24", start=0, end=2, value=24.0, unit="charges")
    against = _counted(1, 22.0, "charges", "contradicts", ("counted_thing",))
    agreeing = _counted(2, 24.0, unit, "supports", ties)
    assert decide_figure(claim, None, [agreeing, against], []).label == label
