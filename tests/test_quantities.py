"""Table-driven tests of verifier.quantities (the case table is tests/quantity_cases.py)."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest

from tests.quantity_cases import CASES, REF_AR, REF_FR, Case
from verifier._errors import InputError
from verifier._lexicon import unit_ancestors, unit_concepts, units_compatible
from verifier.quantities import extract_quantities
from verifier.records import Quantity


def _check(q: Quantity, exp_value: float, key: str, want: object) -> None:
    if key == "year":
        assert (q.scope.year if q.scope else None) == want, (key, q)
    elif key == "scope_start":
        assert q.scope is not None and q.scope.start == want, (key, q)
    elif key == "scope_end":
        assert q.scope is not None and q.scope.end == want, (key, q)
    elif key == "scope_text":
        assert q.scope is not None and q.scope.text == want, (key, q)
    elif key in ("low", "high"):
        got = getattr(q, key)
        assert (got is None and want is None) or (
            got is not None and want is not None and math.isclose(got, float(want))  # type: ignore[arg-type]
        ), (key, q)
    else:
        assert getattr(q, key) == want, (key, q)


@pytest.mark.parametrize("case", CASES, ids=[x.id for x in CASES])
def test_case(case: Case) -> None:
    got = extract_quantities(case.text, case.lang, case.ref)
    summary = [(q.text, q.value, q.kind, q.bound, q.unit) for q in got]
    assert len(got) == len(case.expected), summary
    for q, exp in zip(got, case.expected, strict=True):
        assert math.isclose(q.value, exp.value, rel_tol=1e-9), summary
        assert q.kind == exp.kind, summary
        assert q.bound == exp.bound, summary
        assert q.unit == exp.unit, summary
        for key, want in exp.extra.items():
            _check(q, exp.value, key, want)
        assert case.text[q.start : q.end] == q.text


def test_case_count() -> None:
    assert len(CASES) >= 250


SEEDS = Path("/work/shared/seeds")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
def test_seed_articles_whole() -> None:
    ar = (SEEDS / "000_369ed30d5337ed35.txt").read_text(encoding="utf-8")
    got = [(q.value, q.unit) for q in extract_quantities(ar, None, REF_AR) if q.kind == "count"]
    assert got[:5] == [
        (48963, "attempts"),
        (210, "networks"),
        (14260, "people"),
        (4388, "migrants"),
        (1664, "migrants"),
    ]
    fr = (SEEDS / "003_2f11ab33eca3ee8e.txt").read_text(encoding="utf-8")
    counts = {(q.value, q.unit) for q in extract_quantities(fr, None, REF_FR) if q.kind == "count"}
    for want in [
        (42000, "attempts"),
        (42071, "attempts"),
        (156, "networks"),
        (8890, "migrants"),
        (1725, "migrants"),
        (300, "migrants"),
        (54000, "tickets"),
        (400000, "people"),
    ]:
        assert want in counts
    assert all(q.value != 66.23 and q.value != 24 for q in extract_quantities(fr))


def test_lang_detected() -> None:
    q = extract_quantities("Le Maroc a déjoué 42.071 tentatives.")[0]
    assert q.lang == "fr" and q.value == 42071 and not q.ambiguous
    q = extract_quantities("The police said 1,234 people were there.")[0]
    assert q.lang == "en" and q.value == 1234


@pytest.mark.parametrize("bad", [b"42", 42, None, ["42"]])
def test_non_str_raises(bad: object) -> None:
    with pytest.raises(InputError):
        extract_quantities(bad)  # type: ignore[arg-type]


def test_long_digit_run_is_not_a_number() -> None:
    assert extract_quantities("9" * 10_000, "en") == []
    got = extract_quantities("x " + "1" * 10_000 + " and 12 people", "en")
    assert [(q.value, q.unit) for q in got] == [(12, "people")]


def _linear(make: object, sizes: tuple[int, int] = (100_000, 1_000_000)) -> None:
    times = []
    for n in sizes:
        text = make(n)  # type: ignore[operator]
        t0 = time.perf_counter()
        extract_quantities(text, "fr")
        times.append(time.perf_counter() - t0)
    assert times[1] < 30 * max(times[0], 1e-3)


def test_five_megabytes_in_time() -> None:
    text = (
        "Le Maroc a déjoué plus de 42.071 tentatives en 2021, dont 1.725 vers leurs pays. " * 62_000
    )[:5_000_000]
    t0 = time.perf_counter()
    got = extract_quantities(text, "fr")
    assert time.perf_counter() - t0 < 60
    assert len(got) > 10_000


@pytest.mark.parametrize(
    "unit",
    [
        "1" * 7 + "a",
        "1.",
        "1,",
        "a1",
        "1 ",
        "٫١",
        "-1",
        "1-",
        "@1",
        "x" * 5,
        "ما بين ",
        "entre 1 et ",
    ],
)
def test_pathological_no_blowup(unit: str) -> None:
    _linear(lambda n: unit * (n // len(unit)))


def test_no_sentence_boundaries() -> None:
    text = "و" + "1 " * 200_000
    t0 = time.perf_counter()
    extract_quantities(text, "ar")
    assert time.perf_counter() - t0 < 30


def test_units_helpers() -> None:
    assert unit_ancestors("migrants") == ("migrants", "people")
    assert unit_ancestors("cars") == ("cars", "vehicles")
    assert unit_ancestors("tentatives") == ("tentatives",)
    assert units_compatible("migrants", "people")
    assert units_compatible("people", "migrants")
    assert units_compatible("attempts", "attempts")
    assert not units_compatible("attempts", "networks")
    assert not units_compatible("migrants", "children")
    assert not units_compatible(None, "people")
    # "states" are nations or the states of a federation: either, but the two are not one
    assert unit_ancestors("states") == ("states", "countries", "regions")
    assert units_compatible("states", "countries") and units_compatible("regions", "states")
    assert not units_compatible("countries", "regions")
    # an arrest counts a suspect; "دورة" is a session or a lap
    assert units_compatible("arrests", "suspects") and units_compatible("arrests", "people")
    assert units_compatible("rounds", "laps") and units_compatible("rounds", "meetings")
    assert not units_compatible("laps", "meetings")
    assert units_compatible("viewers", "spectators")  # "espectadores" for viewers
    # Arabic "كيلو" is kilograms or kilometres; Spanish "vueltas" laps or turns
    assert units_compatible("kilo", "kilograms") and units_compatible("kilo", "kilometres")
    assert not units_compatible("kilograms", "kilometres")
    assert units_compatible("laps_or_turns", "laps") and units_compatible("laps_or_turns", "turns")
    assert not units_compatible("laps", "turns")
    assert units_compatible(None, None)
    assert len(unit_concepts()) >= 80


def test_offsets_with_bidi_and_control_chars() -> None:
    text = "\u200fأكثر من \u202a48 ألفا و963\u202c محاولة\x00\x07 و 12 %"
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "lang", "written"),
    [
        ("près de 300 personnes", "fr", "près de 300"),
        ("une dizaine de personnes", "fr", "une dizaine"),
        ("a couple of days later", "en", "a couple of"),
    ],
)
def test_a_figure_is_written_with_its_hedge_once(text: str, lang: str, written: str) -> None:
    (q,) = extract_quantities(text, lang)
    assert q.written == written
