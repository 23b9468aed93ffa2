"""Scores in the compare stage: side by side, never against a plain count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier.compare import _kind_compatible, compare_scores, compare_values
from verifier.quantities import extract_quantities
from verifier.records import Quantity


def score(*parts: float) -> Quantity:
    text = "-".join(f"{p:g}" for p in parts)
    return Quantity(
        text=text,
        start=0,
        end=len(text),
        value=parts[0],
        low=parts[0],
        high=parts[0],
        kind="score",
        parts=parts,
    )


def count(value: float) -> Quantity:
    return Quantity(text=f"{value:g}", start=0, end=1, value=value, low=value, high=value)


# (claim, evidence, outcome, rule)
CASES = [
    (score(2, 1), score(2, 1), "supports", "same_score"),
    (score(0, 1), score(1, 0), "supports", "same_score_reversed"),  # "lost 0-1" / "1-0 win"
    (score(3, 1), score(1, 3), "supports", "same_score_reversed"),  # "3-1" / "1 مقابل 3"
    (score(2, 0), score(1, 0), "contradicts", "score_differs"),
    (score(2, 2), score(2, 1), "contradicts", "score_differs"),
    (score(5, 0, 0), score(5, 0, 0), "supports", "same_score"),
    (score(5, 0, 0), score(0, 5, 0), "contradicts", "score_differs"),  # a record keeps its order
    (score(5, 0, 0), score(5, 0), "unknown", "score_shape_differs"),
]


@pytest.mark.parametrize(("claim", "evidence", "outcome", "rule"), CASES)
def test_compare_scores(claim: Quantity, evidence: Quantity, outcome: str, rule: str) -> None:
    got = compare_values(claim, evidence)
    assert got[:2] == (outcome, rule)


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (score(2, 1), score(1, 2), True),
        (score(2, 1), count(2), False),  # a score never aligns with a plain count
        (count(1), score(1, 0), False),
        (score(5, 0, 0), score(5, 0), False),
    ],
)
def test_scores_align_only_with_scores(a: Quantity, b: Quantity, ok: bool) -> None:
    assert _kind_compatible(a, b) is ok


# (lang, text, sides): the same scores written in each language's way
WRITTEN = [
    ("en", "the home side won 3 to 1", (3, 1)),
    ("fr", "la victoire 3 à 1 de Nantes", (3, 1)),
    ("es", "Nantes gana por 3 a 1", (3, 1)),
    ("ar", "فاز الفريق بنتيجة 3-1", (3, 1)),
]


@pytest.mark.parametrize(("lang", "text", "sides"), WRITTEN)
def test_written_scores_agree(lang: str, text: str, sides: tuple[int, int]) -> None:
    got = [q for q in extract_quantities(text, lang) if q.kind == "score"]
    assert len(got) == 1 and got[0].parts == sides
    assert compare_scores(score(*sides), got[0])[0] == "supports"


@settings(max_examples=200, deadline=None)
@given(
    a=st.integers(min_value=0, max_value=99),
    b=st.integers(min_value=0, max_value=99),
    lang=st.sampled_from(["en", "fr", "es", "ar"]),
    cue=st.sampled_from(["a", "b"]),
)
def test_any_score_after_a_cue_reads_back(a: int, b: int, lang: str, cue: str) -> None:
    words = {
        "en": ("won", "win"),
        "fr": ("victoire", "victoire"),
        "es": ("victoria", "victoria"),
        "ar": ("بنتيجة", "فوز"),
    }[lang]
    text = f"{words[0]} {a}-{b} ." if cue == "a" else f"a {a}-{b} {words[1]} ."
    got = extract_quantities(text, lang)
    assert [(q.kind, q.parts) for q in got] == [("score", (a, b))], (text, got)
    assert compare_scores(score(a, b), got[0])[0] == "supports"
    assert compare_scores(score(a + 1, b), got[0])[0] == "contradicts"
