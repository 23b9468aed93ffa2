"""The cross-lingual concept lexicon: the same event, topic or country in four languages."""

from __future__ import annotations

import pytest

from verifier.concepts import (
    asks,
    averted,
    concept_set,
    contrasts,
    find_concepts,
    lexicon,
    negations,
    opposites,
    with_implied,
)

# text, concept it must name
CASES = [
    # countries: hand-written with demonyms (concepts.toml) or generated from CLDR
    ("Gunmen attacked a camp in Yemen", "country_ye"),
    ("Des hommes armés ont attaqué un camp au Yémen", "country_ye"),
    ("Hombres armados atacaron un campamento en Yemen", "country_ye"),
    ("هاجم مسلحون مخيما في اليمن", "country_ye"),
    ("وقع الهجوم باليمن", "country_ye"),  # after a proclitic
    ("Talks in the United Arab Emirates", "country_ae"),
    ("محادثات في الإمارات العربية المتحدة", "country_ae"),
    # hand-written actors keep their demonyms
    ("American officials said", "usa"),
    ("Les autorités marocaines", "morocco"),
    ("وزير النفط السعودي", "country_sa"),
    ("Les autorités chinoises", "country_cn"),
    ("el Gobierno ruso", "country_ru"),
    ("قتل جنديان أتراك", "turkey"),
    ("A Lebanese official said", "country_lb"),
    ("المسؤولون الأميركيون", "usa"),
    ("la langue allemande", "germany"),
    ("اللغة الألمانية", "germany"),
    # topics
    ("Fuel taxes bring in billions", "taxation"),
    ("les recettes fiscales", "taxation"),
    ("أسعار النفط الخام", "fuel_energy"),
    ("el precio de la electricidad", "fuel_energy"),
    # events with an opposite
    ("Gold rose to its highest level in 12 weeks", "peak"),
    ("الذهب يرتفع لأعلى مستوى له", "grow"),
    ("L'euro au plus bas depuis six mois", "trough"),
    ("أفرجت السلطات عن 7 صحفيين", "release"),
    ("El tribunal absolvió a los acusados", "acquit"),
    # sending aid is giving it; cancelling it is the opposite event
    ("The agency sends 40 million dollars in aid", "grant"),
    ("L'Union envoie 40 millions d'euros d'aide", "grant"),
    ("España envía 40 millones de euros en ayuda", "grant"),
    ("الوكالة ترسل 40 مليون دولار مساعدات", "grant"),
    ("الحكومة تلغي 40 مليون دولار من المساعدات", "cancel"),
    # Arabic imperfect verbs (prefixes ي / ت / ن)
    ("الشرطة تعتقل ثلاثة رجال", "arrest"),
    ("المحكمة تعدم رجلين", "convict"),
    ("الأسعار تزداد كل شهر", "grow"),
    ("العملة تنهار أمام الدولار", "decline"),
    ("الشركة تبيع مليون سيارة سنويا", "sell"),
    ("المصنع ينتج ألف طن", "produce"),
    ("الجزيرة تستقبل آلاف الزوار", "host"),
    ("الحزب يفوز بعشرة مقاعد", "vote"),
    ("Shares posted gains for a third week", "gain"),
    ("تكبدت الشركة خسائر كبيرة", "loss"),
    ("Les prix sont restés stables", "stable"),
    ("أسعار الذهب تستقر", "stable"),
    ("La fermeture de douze écoles", "close"),
    ("أغلقت السلطات المعبر", "close"),
    ("El Gobierno canceló la ayuda", "cancel"),
    ("واشنطن تلغي المساعدات", "cancel"),
    ("workers in the public sector", "public_sector"),
    ("Asia tops the list of the most expensive cities", "peak"),
    ("Tres jugadores dieron positivo en el control", "test_positive"),
    ("Le laboratoire signale des faux négatifs", "test_negative"),
    ("آسيا في مؤخرة القائمة", "trough"),
    ("العاملون في القطاع الخاص", "private_sector"),
    # Arabic written with diacritics: a mark does not split the word
    ("قُتِلَ ثلاثة رجال في الحادث", "die"),
    ("وصل إلى المدينة آلاف السُّيّاحِ", "tourism"),
    # the accusative ending "ًا" is not part of the word
    ("استقبلت الجزيرة سياحًا من أوروبا", "tourism"),
    ("استقبلت الجزيرة سياحا من أوروبا", "tourism"),
    ("Two victims were named", "die"),
    ("Il a marqué deux buts en finale", "football"),
    ("برأت المحكمة الصحفي", "acquit"),
    ("لقي ثلاثة صيادين حتفهم", "die"),
    ("باعت الشركة مصنعها", "sell"),
    # a pronoun written onto the noun, the ta marbuta restored before it
    ("قال إن ضحاياه كانوا مدنيين", "die"),
    ("نقل إلى المستشفى بسبب إصابته", "injure"),
    ("عولج عشرة رجال من إصابات طفيفة", "injure"),
    # fining: the Arabic verbal noun and verb, French "sanctionné d'une amende"
    ("قررت المحكمة تغريم الشركة 5000 دينار", "fine"),
    ("غرمت البلدية السائق 200 دولار", "fine"),
    ("Le conducteur a été sanctionné de 200 euros", "fine"),
    # raising money
    ("The charity raised $40,000 for the shelter", "fundraise"),
    ("L'association a recueilli 40 000 euros", "fundraise"),
    ("La start-up a levé des fonds auprès de trois banques", "fundraise"),
    ("El club recaudó 40.000 euros", "fundraise"),
    ("أطلقت الجمعية حملة تبرعات للمستشفى", "fundraise"),
    # Arabic "إطلاق" builds only when a project, programme or campaign is launched
    ("أعلنت البلدية إطلاق مشروع لتشجير 40 حيا", "build"),
    ("إطلاق برنامج لتدريب 500 معلم", "build"),
    ("تم إطلاق سراح 12 معتقلا", "release"),
    # acronyms matched as written ("cased"): folded they are other words
    ("US. Secretary of State Mike Pompeo met 12 envoys", "usa"),
    ("The US economy added 200,000 jobs", "usa"),
    ("The UN sent 40 trucks of aid", "un"),
    ("EU ministers approved 3 billion euros", "eu"),
    ("a U.K. based partnership pledged 35 million pounds", "uk"),
    ("The U.A.E. pledged 20 million dollars", "country_ae"),
]


@pytest.mark.parametrize(("text", "concept"), CASES)
def test_concept_is_found(text: str, concept: str) -> None:
    assert concept in concept_set(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # French "but" (a goal) is English "but": only the plural names goals
        ("The plan was costly but the council approved it", "football"),
        ("Il est venu dans le but de négocier", "football"),
        # an Arabic prefix must not take in other words that start with its letters
        ("فاز برايتون في فبراير", "acquit"),  # Brighton, February: not "برأ"
        ("للقيام بالمهمة تحت قيادته", "die"),  # "to do", not "لقي حتفه"
        ("وصل الفريق بأعلى رصيد باعتباره الأفضل", "sell"),  # "with the highest", "as"
        ("عاد من رحلة طويلة", "return"),  # a trip
        ("وصل إلى محطة بادينغتون", "convict"),  # Paddington, not "أدين"
        ("ارتفعت تركيزات الغاز", "turkey"),  # concentrations, not Turkey
        # "reçu" (received), not "recueillir" (collect) or "recul" (a fall)
        ("Le club a recueilli 40 000 euros", "host"),
        ("Le recul des ventes se confirme", "host"),
        # "إطلاق سراح" is a release and "إطلاق النار" a shooting, no launch
        ("تم إطلاق سراح 12 معتقلا", "build"),
        ("أصيب ثلاثة أشخاص في إطلاق النار", "build"),
        # a saint's name is a church, a street or a town, not the territory St. Martin
        ("The choir of St. Martin's church sang for 300 guests", "country_mf"),
        ("La chorale de l'église Saint-Martin a chanté", "country_mf"),
        ("Vive en la calle San Martín desde hace 20 años", "country_mf"),
        ("غنت جوقة كنيسة سانت مارتن أمام 300 ضيف", "country_sx"),
        ("غنت جوقة كنيسة سان مارتن أمام 300 ضيف", "country_mf"),
    ],
)
def test_a_false_friend_names_no_topic(text: str, concept: str) -> None:
    assert concept not in concept_set(text)


# a fact-check quoting the claim it checks: the quoted text is the claim, not a source
HEARSAY_CUES = [
    ("Viral posts repeat the false claim that 300 ships docked", True),
    ("Il est faux que le port ait reçu 300 navires", True),
    ("Circula por WhatsApp un mensaje que dice que 300 barcos atracaron", True),
    ("جاء في التعليق المرافق للصورة أن 300 سفينة رست في الميناء", True),
    ("نص الادعاء: رست 300 سفينة في الميناء", True),
    ("الخبر المتداولتداولت صفحات أن 300 سفينة رست", True),  # title glued to the text
    # reporting with doubt, in all four languages (a claim worded so is confirmed by it)
    ("وزعمت الشركة أن 300 سفينة رست في الميناء", True),
    ("The firm allegedly paid $300,000 to the agent", True),
    ("Le présumé passeur a transporté 30 migrants", True),
    ("El barco supuestamente transportaba 300 migrantes", True),
    ("Critics discussed the allegations against 3 officials", False),  # naming a claim
    ("The port authority said 300 ships docked", False),  # attribution is not hearsay
    ("قال الادعاء العام إن 5 متهمين مثلوا أمام المحكمة", False),  # the prosecution
    ("رجل يدعى أحمد عمره 30 عاما", False),  # "is called"
    ("ارتفع منسوب المياه 3 أمتار", False),  # the water level
    ("A satirical site wrote that 300 ships docked", True),
    ("The company claimed that 300 ships docked", True),
    ("Le maire prétend que 300 navires ont accosté", True),
    ("Le maire prétend qu'il a reçu 300 euros", True),
    ("رجل يدعى سمير عمره 30 عاما", False),  # "is called"
    ("The storm claimed 30 lives", False),  # "claimed" lives: caused deaths
]


# a yes/no question asserts nothing; a question about how many presupposes its figures
QUESTIONS = [
    ("Did the mayor plant 7,300 trees?", True),
    ("Is it true that 300 ships docked?\"", True),
    ("Est-ce que 300 navires ont accosté ?", True),
    ("¿Es cierto que atracaron 300 barcos?", True),
    ("هل رست 300 سفينة في الميناء؟", True),
    ("Why did 300 ships dock?", False),
    ("Did 300 ships dock. Yes.", False),
    ("The mayor planted 7,300 trees.", False),
]


@pytest.mark.parametrize(("text", "question"), QUESTIONS)
def test_yes_no_questions(text: str, question: bool) -> None:
    assert asks(text) is question


@pytest.mark.parametrize(("text", "hearsay"), HEARSAY_CUES)
def test_hearsay_cues(text: str, hearsay: bool) -> None:
    types = {h.type for h in find_concepts(text)}
    assert bool(types & {"hearsay", "hearsay_before"}) is hearsay


def test_a_first_name_is_not_a_country() -> None:
    assert not {h.concept for h in find_concepts("Jordan Spieth and Chad Campbell")} & {
        c for c, t in lexicon().types.items() if t == "actor"
    }


# words that look like an entry and are not it
NOT_CONCEPTS = [
    ("منتخب البرازيل", "acquit"),  # Brazil is not an acquittal ("برأ")
    ("La ferme familiale", "close"),  # a farm, not "fermé"
    ("دوري الأبطال", "cancel"),  # champions, not "إبطال"
    ("حررت فرق الإنقاذ امرأة احتجزت تحت الأنقاض", "arrest"),  # trapped, not detained
    ("Stocks were close to 500 points", "close"),
    ("La Sana Seguridad", "country_ye"),
    # an event word inside a name of capitalised words names no event
    ("Storms are expected from Baja California into Sonora", "decline"),
    ("The fire in Fall River destroyed 20 homes", "decline"),
    ("Le concert des Rising Stars a attiré 300 personnes", "grow"),
    # "electric" is no election, "winter" no win, a rancher ("ganadero") no winner
    ("They were executed in the electric chair", "vote"),
    ("Ils ont été exécutés sur la chaise électrique", "vote"),
    ("Fueron ejecutados en la silla eléctrica", "vote"),
    ("The winter storm closed 40 roads", "vote"),
    ("El ganadero perdió 40 vacas", "vote"),
    # the same letters in lower case are other words
    ("They gave us 300 dollars", "usa"),
    ("Un total de 300 personnes", "un"),
    ("Il a eu 300 réponses", "eu"),
]

# ... but a capitalised event word alone, or a headline in title case, still does
CAPITALISED_EVENTS = [
    ("La producción Baja un 3% en marzo", "decline"),
    ("Gold Prices Fall To Three-Month Low", "decline"),
    ("Sales fell 3% in Fall River last year", "decline"),
]


@pytest.mark.parametrize(("text", "concept"), CAPITALISED_EVENTS)
def test_capitalised_event_words_outside_names(text: str, concept: str) -> None:
    assert concept in concept_set(text)


@pytest.mark.parametrize(("text", "concept"), NOT_CONCEPTS)
def test_look_alike_is_not_the_concept(text: str, concept: str) -> None:
    assert concept not in concept_set(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("grow", "decline"),
        ("peak", "trough"),
        ("acquit", "convict"),
        ("arrest", "release"),
        ("gain", "loss"),
        ("stable", "grow"),
        ("stable", "decline"),
        ("build", "close"),
        ("grant", "cancel"),
        ("invest", "cancel"),
        ("export", "import"),
        ("public_sector", "private_sector"),
        ("test_positive", "test_negative"),
    ],
)
def test_opposites_are_symmetric(a: str, b: str) -> None:
    assert b in opposites(a) and a in opposites(b)


def test_a_case_of_an_event_implies_it() -> None:
    assert with_implied({"trough"}) == {"trough", "decline"}
    assert with_implied({"peak", "vote"}) == {"peak", "grow", "vote"}
    # bare "raise" is also a rise ("raised its rate"): never set against one
    assert with_implied({"fundraise"}) == {"fundraise", "grow"}
    assert "decline" not in concept_set("The dollar jumped from its lowest level")


def test_every_concept_has_four_languages() -> None:
    import tomllib
    from importlib import resources

    for name in ("concepts.toml", "countries.toml"):
        raw = tomllib.loads(resources.files("verifier").joinpath("data", name).read_text("utf-8"))
        for concept, entry in raw.items():
            if entry.get("type") in ("subset", "total"):
                continue
            assert all(entry.get(lang) for lang in ("en", "fr", "es", "ar")), (name, concept)


NEGATIONS = [
    ("He did not say 5", True),
    ("He didn't say 5", True),
    ("Klaus Schwab n'a pas écrit que 4 milliards", True),
    # "pas que" is "not only", except right after a verb of saying or showing
    ("Il n'y a pas que des jeunes parmi les 40 blessés", False),
    ("Les chiffres ne montrent pas que 40 écoles ont fermé", True),
    ("L'étude ne prouve pas que 7 % des patients sont guéris", True),
    ("La GRC no contó 2,3 millones", True),
    ("لم يتم إنقاذ 300 شخص", True),
    ("not only 5 but 6", False),
    ("He pleaded not guilty to 22 counts", False),
    ("Se declaró no culpable de 22 cargos", False),
    ("No declaró 22 cargos", True),
    ("لا يزال 300 شخص عالقين", False),
    ("Il y avait 300 personnes", False),
    # a conjunction written onto the cue
    ("ولم يتمكن من زيادة سرعته في الدورات الثمانية", True),
    ("فلا يوجد 300 شخص", True),
    ("ولا يزال 300 شخص عالقين", False),
    ("ولد 300 طفل", False),
    # "لا" before an adjective makes its opposite: boundless, unlimited, endless
    ("قاتل الجنود بشجاعة لا متناهية وأسروا 40 من المهاجمين", False),
    ("قدمت الحكومة دعما لا محدودا لـ 12 مستشفى", False),
    ("سلسلة لا نهائية من 9 حلقات", False),
    ("لا شك أن 200 عامل فقدوا وظائفهم", False),
    # a cue with "إلا" / "سوى" / "más que" after it is "only": nothing is denied
    ("لم يفز الفريق سوى بثلاث مباريات هذا الموسم", False),
    ("لا يعمل في المصنع إلا 40 عاملا", False),
    ("No quedan más que 12 plazas libres", False),
    # "إلا أن" (however) opens another clause: the cue before it still denies
    ("لم تصل المساعدات بعد، إلا أن 30 شاحنة تنتظر", True),
    ("لم يصب 40 شخصا في الحادث", True),
    ("لا يوجد 200 عامل في المصنع", True),
    # "لم ... سوى", "لا ... إلا" say "only"; "إلا أن" is "however"
    ("لم يتبق سوى ثلاثة أيام على الموعد", False),
    ("لا يعمل في القرية إلا 4 أطباء", False),
    ("ولم يحضر الاجتماع سوى 12 عضوا", False),
    ("لم يحضر أحد، إلا أن 12 عضوا أرسلوا رسائل", True),
    ("لم يحضر 12 عضوا الاجتماع الذي عقد في المدينة سوى مرة", True),
    ("75 per cent were unable to speak a foreign language", True),
    # "rather than" denies nothing by itself
    ("within a month rather than after 60 days", False),
]


@pytest.mark.parametrize(("text", "negated"), NEGATIONS)
def test_negation_cues(text: str, negated: bool) -> None:
    assert bool(negations(text)) is negated


@pytest.mark.parametrize(
    ("text", "contrast"),
    [
        ("within a month rather than after 60 days", True),
        ("en moins d'un mois au lieu de 60 jours", True),
        ("بدلا من 60 يوما", True),
        ("within a month after 60 days", False),
    ],
)
def test_contrast_words(text: str, contrast: bool) -> None:
    assert contrasts(text) is contrast


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("قُتِلَ رجلٌ", ["قتل", "رجل"]),
        ("يبلغ 20 عامًا", ["يبلغ", "20", "عاما"]),
        ("ابتداءً من اليوم", ["ابتداء", "من", "اليوم"]),
    ],
)
def test_arabic_tokens_keep_their_marks_together(text: str, words: list[str]) -> None:
    from verifier._text import tokens

    assert [t for t, _, _ in tokens(text)] == words


def test_a_preposition_is_not_a_cleric() -> None:
    from verifier.concepts import find_glossary

    # "أمام" (in front of) and "إمام" (imam) fold alike: only the plural names clerics
    assert "pope_clergy" not in {h.concept for h in find_glossary("وقف أمام المحكمة")}
    assert "pope_clergy" in {h.concept for h in find_glossary("اجتمع الأئمة في المسجد")}


# text, the events it names, those that happened (an event after "rescued ... from"
# was averted: nobody drowned)
AVERTED = [
    ("The navy saved 300 people from drowning.", {"rescue", "die"}, {"rescue"}),
    ("La marine a secouru 300 personnes de la noyade.", {"rescue", "die"}, {"rescue"}),
    ("La Armada rescató a 300 personas de morir ahogadas.", {"rescue", "die"}, {"rescue"}),
    ("أنقذت البحرية 300 شخص من الغرق.", {"rescue", "die"}, {"rescue"}),
    ("Fishermen pulled 30 migrants from drowning.", {"die"}, set()),
    ("انتشل الصيادون 30 مهاجرا من الغرق.", {"die"}, set()),
    # what did happen stays
    ("300 people died from drowning.", {"die"}, {"die"}),
    ("Rescuers pulled 30 people from the rubble after 12 died.", {"rescue", "die"}, {"rescue", "die"}),
    ("Los socorristas rescataron a 30 personas; 12 murieron ahogadas.", {"rescue", "die"}, {"rescue", "die"}),
    ("تم إنقاذ 30 شخصا وغرق 12 آخرون.", {"rescue", "die"}, {"rescue", "die"}),
]


@pytest.mark.parametrize(("text", "named", "happened"), AVERTED)
def test_an_averted_event_did_not_happen(text: str, named: set[str], happened: set[str]) -> None:
    hits = [h for h in find_concepts(text) if h.type == "predicate"]
    assert {h.concept for h in hits} == named
    assert {h.concept for h in averted(text, hits)} == happened
