"""Property tests of verifier.quantities (hypothesis; num2words is test-only)."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words
from text_to_num import text2num

from verifier._lexicon import unit_duals
from verifier.quantities import extract_quantities

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Digits grouped the way each language's press writes them: (thousands, decimal).
SEPARATORS = {
    "fr": [(".", ","), (" ", ","), ("\u00a0", ","), ("\u202f", ","), ("\u2009", ",")],
    "es": [(".", ","), (" ", ","), ("\u00a0", ",")],
    "en": [(",", "."), ("\u00a0", ".")],
    "ar": [("\u066c", "\u066b")],
}
NOUNS = {"fr": "personnes", "es": "personas", "en": "people", "ar": "شخصا"}


def _group(n: int, sep: str) -> str:
    digits = str(n)
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def _words(n: int, lang: str) -> str:
    text = num2words(n, lang=lang)
    return text.replace(",", "") if lang == "en" else text


@SETTINGS
@given(n=st.integers(min_value=2, max_value=999_999_999), lang=st.sampled_from(["fr", "en", "es"]))
def test_spelled_out_numbers_round_trip(n: int, lang: str) -> None:
    words = _words(n, lang)
    text = f"{words} {NOUNS[lang]}"
    got = extract_quantities(text, lang)
    assert len(got) == 1, (text, got)
    assert got[0].value == n, (text, got[0])
    assert got[0].unit == "people"


@SETTINGS
@given(n=st.integers(min_value=2, max_value=999_999), lang=st.sampled_from(["fr", "en", "es"]))
def test_spelled_out_agrees_with_text2num(n: int, lang: str) -> None:
    words = _words(n, lang)
    try:
        reference = text2num(words, lang)
    except ValueError:
        assume(False)
        return
    got = extract_quantities(words, lang)
    assert [q.value for q in got] == [reference], words


@SETTINGS
@given(
    n=st.integers(min_value=1000, max_value=10**12),
    lang=st.sampled_from(["fr", "en", "es", "ar"]),
    data=st.data(),
)
def test_formatted_digits_round_trip(n: int, lang: str, data: st.DataObject) -> None:
    thousands, _ = data.draw(st.sampled_from(SEPARATORS[lang]))
    text = f"{_group(n, thousands)} {NOUNS[lang]}"
    got = extract_quantities(text, lang)
    assert [q.value for q in got] == [n], text
    assert got[0].unit == "people"


@SETTINGS
@given(
    whole=st.integers(min_value=1, max_value=999_999),
    frac=st.integers(min_value=1, max_value=99),
    lang=st.sampled_from(["fr", "en", "es", "ar"]),
    data=st.data(),
)
def test_decimals_round_trip(whole: int, frac: int, lang: str, data: st.DataObject) -> None:
    thousands, decimal = data.draw(st.sampled_from(SEPARATORS[lang]))
    text = f"{_group(whole, thousands)}{decimal}{frac:02d} %"
    got = extract_quantities(text, lang)
    assert len(got) == 1, text
    assert math.isclose(got[0].value, whole + frac / 100), text
    assert got[0].kind == "percent"


def _check_spans(text: str, lang: str | None) -> None:
    got = extract_quantities(text, lang)
    last_end = -1
    for q in got:
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quantities overlap"
        assert q.start < q.end
        last_end = q.end


@SETTINGS
@given(text=st.text(max_size=300), lang=st.sampled_from([None, "ar", "fr", "en", "es", "und"]))
def test_arbitrary_text_never_raises(text: str, lang: str | None) -> None:
    _check_spans(text, lang)


NEWSY = st.lists(
    st.sampled_from(
        [
            "42.071",
            "1,2",
            "million",
            "ألفا",
            "و963",
            "و",
            "48",
            "مليون",
            "ونصف",
            "de",
            "à",
            "entre",
            "et",
            "plus",
            "près",
            "%",
            "٪",
            "€",
            "$",
            "DH",
            "2021",
            "-",
            "–",
            "n°",
            "66.23",
            "ما",
            "بين",
            "أكثر",
            "من",
            "dont",
            "of",
            "them",
            "twenty",
            "one",
            "a",
            "dozen",
            "half",
            "deux",
            "cents",
            "mille",
            "mil",
            "millones",
            "y",
            "veinte",
            "04",
            "/",
            "11",
            ".",
            ",",
            "\u00a0",
            "\u202f",
            "٣٬٥٠٠",
            "١٢٫٥",
            "+212",
            "0522",
            "mars",
            "ماي",
            "2024",
            "السنة",
            "العام",
            "الجاري",
            "the",
            "first",
            "nine",
            "months",
            "l'année",
            "depuis",
            "le",
            "début",
            "migrants",
            "مهاجرا",
            "شخصا",
            "\u200f",
            "\n",
            "?",
            "Covid",
            "H24",
            "k",
            "bn",
            "m",
            "1er",
            "6e",
            "th",
            "عامين",
            "سيارتا",
            "اثنين",
            "الأيام",
            "الأربع",
            "الثالثة",
            "عشرة",
            "ثلثي",
            "النصف",
            "ساعة",
            "أرباع",
            "two-thirds",
            "quarters",
            "tiers",
            "la",
            "mitad",
        ]
    ),
    max_size=40,
)


@SETTINGS
@given(
    parts=NEWSY,
    sep=st.sampled_from([" ", "", "  "]),
    lang=st.sampled_from([None, "ar", "fr", "en", "es"]),
)
def test_newsy_text_spans_and_no_overlap(parts: list[str], sep: str, lang: str | None) -> None:
    _check_spans(sep.join(parts), lang)


@SETTINGS
@given(
    feet=st.integers(min_value=1, max_value=9),
    inches=st.integers(min_value=0, max_value=11),
    form=st.sampled_from(["{f}-foot-{i}", "{f} ft {i} in", "{f} feet {i} inches", "{f}-foot-{i}-inch"]),
)
def test_feet_and_inches_are_one_length(feet: int, inches: int, form: str) -> None:
    text = "The " + form.format(f=feet, i=inches) + " forward played."
    got = extract_quantities(text, "en")
    assert len(got) == 1, (text, got)
    assert math.isclose(got[0].value, feet + inches / 12), (text, got[0])
    assert got[0].unit == "feet" and got[0].kind == "measure"


@SETTINGS
@given(
    age=st.integers(min_value=1, max_value=110),
    name=st.sampled_from(["Jones", "the Scot", "man", "Ronaldo", "Rose Leslie, also"]),
    after=st.sampled_from([", joined the board.", "."]),
)
def test_age_apposition(age: int, name: str, after: str) -> None:
    text = f"Police said {name}, {age}{after}".replace(", also,", ", also")
    got = extract_quantities(text, "en")
    assert [(q.value, q.kind, q.unit) for q in got] == [(age, "duration", "years")], text


@SETTINGS
@given(a=st.integers(min_value=1, max_value=99), b=st.integers(min_value=1, max_value=99))
def test_bare_number_lists_are_not_ages(a: int, b: int) -> None:
    got = extract_quantities(f"The results were {a}, {b}, and more.", "en")
    assert all(q.kind == "count" and q.unit is None for q in got), got


@SETTINGS
@given(
    form=st.sampled_from(sorted(unit_duals("ar"))),
    frame=st.sampled_from(["قال المسؤول إن {} في المدينة", "{}", "منذ {}، قال"]),
)
def test_arabic_duals_are_two_of_their_unit(form: str, frame: str) -> None:
    text = frame.format(form)
    got = extract_quantities(text, "ar")
    assert [(q.value, q.unit) for q in got] == [(2, unit_duals("ar")[form].concept)], text


AR_CARDINALS = {
    3: ("ثلاث", "ثلاثة"),
    4: ("أربع", "أربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة"),
    7: ("سبع", "سبعة"),
    8: ("ثماني", "ثمانية"),
    9: ("تسع", "تسعة"),
    10: ("عشر", "عشرة"),
}
AR_ORDINALS = {
    3: ("الثالث", "الثالثة"),
    4: ("الرابع", "الرابعة"),
    5: ("الخامس", "الخامسة"),
    6: ("السادس", "السادسة"),
    7: ("السابع", "السابعة"),
    8: ("الثامن", "الثامنة"),
    9: ("التاسع", "التاسعة"),
    10: ("العاشر", "العاشرة"),
}


@SETTINGS
@given(
    n=st.integers(min_value=3, max_value=10),
    form=st.integers(min_value=0, max_value=1),
    noun=st.sampled_from([("الأيام", "days"), ("السنوات", "years"), ("الضحايا", "victims")]),
    after=st.sampled_from(["", " الأخيرة", " الماضية في", "، وقال"]),
)
def test_arabic_definite_cardinal_counts_the_noun_before(
    n: int, form: int, noun: tuple[str, str], after: str
) -> None:
    text = f"خلال {noun[0]} ال{AR_CARDINALS[n][form]}{after}"
    got = extract_quantities(text, "ar")
    assert [(q.value, q.unit) for q in got] == [(n, noun[1])], text


@SETTINGS
@given(
    n=st.integers(min_value=3, max_value=10),
    form=st.integers(min_value=0, max_value=1),
    noun=st.sampled_from(["المرة", "الحفرة", "الدورة", "المركز", "الفصل"]),
)
def test_arabic_ordinals_stay_ordinals(n: int, form: int, noun: str) -> None:
    text = f"في {noun} {AR_ORDINALS[n][form]} من البطولة"
    got = extract_quantities(text, "ar")
    assert [(q.value, q.kind) for q in got] == [(n, "ordinal")], text


SHARES = {
    "en": ({1: "one", 2: "two", 3: "three"}, {3: "thirds", 4: "quarters"}, "of the voters"),
    "fr": ({1: "un", 2: "deux", 3: "trois"}, {3: "tiers", 4: "quarts"}, "des électeurs"),
    "es": ({1: "un", 2: "dos", 3: "tres"}, {3: "tercios", 4: "cuartos"}, "de los votantes"),
    "ar": ({3: "ثلاثة"}, {4: "أرباع"}, "الناخبين"),
}


@SETTINGS
@given(lang=st.sampled_from(sorted(SHARES)), data=st.data())
def test_shares_of_a_whole_are_percents(lang: str, data: st.DataObject) -> None:
    numerators, denominators, rest = SHARES[lang]
    d = data.draw(st.sampled_from(sorted(denominators)))
    n = data.draw(st.sampled_from([k for k in sorted(numerators) if k < d]))
    text = f"{numerators[n]} {denominators[d]} {rest}"
    got = extract_quantities(text, lang)
    assert [(q.value, q.kind, q.bound) for q in got] == [
        (round(100 * n / d, 2), "percent", "approx")
    ], text
