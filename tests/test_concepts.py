"""The cross-lingual concept lexicon: the same event, topic or country in four languages."""

from __future__ import annotations

import pytest

from verifier.concepts import (
    concept_set,
    contrasts,
    find_concepts,
    lexicon,
    negations,
    opposites,
)

# text, concept it must name
CASES = [
    # countries generated from CLDR (countries.toml)
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
    # events with an opposite
    ("Gold rose to its highest level in 12 weeks", "peak"),
    ("الذهب يرتفع لأعلى مستوى له", "grow"),
    ("L'euro au plus bas depuis six mois", "trough"),
    ("أفرجت السلطات عن 7 صحفيين", "release"),
    ("El tribunal absolvió a los acusados", "acquit"),
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
    ],
)
def test_a_false_friend_names_no_topic(text: str, concept: str) -> None:
    assert concept not in concept_set(text)


def test_a_first_name_is_not_a_country() -> None:
    assert not {h.concept for h in find_concepts("Jordan Spieth and Chad Campbell")} & {
        c for c in lexicon().types if c.startswith("country_")
    }


@pytest.mark.parametrize(
    ("a", "b"), [("grow", "decline"), ("peak", "trough"), ("acquit", "convict"), ("arrest", "release")]
)
def test_opposites_are_symmetric(a: str, b: str) -> None:
    assert b in opposites(a) and a in opposites(b)


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
