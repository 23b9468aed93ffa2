"""The NTREX evaluation's altered claims write the new figure the way the claim's
language writes numbers (scripts/eval_ntrex.py): a French "7,5" is 7.5, a Spanish
"30.000" is 30,000, and an altered figure must read back as the intended value."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import eval_ntrex as E  # type: ignore[import-not-found]

from verifier.quantities import extract_quantities

PARSE = [
    ("en", "1,234.5", 1234.5),
    ("en", "350,000", 350000.0),
    ("en", "3.47", 3.47),
    ("fr", "7,5", 7.5),
    ("fr", "350\u00a0000", 350000.0),
    ("fr", "42.071", 42071.0),
    ("es", "30.000", 30000.0),
    ("es", "2,5", 2.5),
    ("ar", "350,000", 350000.0),
    ("ar", "2.5", 2.5),
]


@pytest.mark.parametrize(("lang", "text", "value"), PARSE)
def test_mantissa_is_read_in_the_language_style(lang: str, text: str, value: float) -> None:
    assert E._parse(text, E._STYLES[lang]) == value


# (lang, sentence, kind, the value the altered figure must have)
ALTERED = [
    ("fr", "Sa caution a été fixée à 350\u00a0000 dollars.", "scale", 350e6),
    ("fr", "Le taux a atteint 7,5 % en mai.", "transpose", 5.7),
    ("es", "Murieron 30.000 personas.", "scale", 30e6),
    ("es", "Huyeron 2,5 millones de personas.", "scale", 2.5e9),
    ("ar", "فر 2.5 مليون شخص من المدينة.", "scale", 2.5e9),
    ("en", "His bond was set at $350,000.", "scale", 350e6),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), ALTERED)
def test_altered_figure_reads_back_as_intended(lang: str, text: str, kind: str, value: float) -> None:
    figures = [q for q in extract_quantities(text, lang) if q.kind != "year"]
    got = E.perturb(text, figures, kind, random.Random(1), lang)
    assert got is not None
    (new,) = [q for q in extract_quantities(got[0], lang) if q.kind != "year"]
    assert new.value == pytest.approx(value)


# a figure in words is altered only when it is plain number words: "twice", "both"
# and an Arabic dual carry their noun, and "3" in their place would drop it
PLAIN = [
    ("en", "two", True),
    ("en", "twenty-one", True),
    ("fr", "vingt et un", True),
    ("ar", "وثلاثة", True),
    ("en", "twice", False),
    ("en", "Both", False),
    ("en", "a couple of", False),
    ("ar", "عامين", False),
]


@pytest.mark.parametrize(("lang", "text", "plain"), PLAIN)
def test_only_plain_number_words_are_altered(lang: str, text: str, plain: bool) -> None:
    assert E._plain_words(text, lang) is plain


# (sentence, the year the moved date may no longer have): a date's year moves by one
# to three years and reads back as a date of another year; a decade is left alone
MOVED_YEARS = [
    ("In 2016, a pig attacked a woman at their farm in Massachusetts.", 2016),
    ("Trump's rally is scheduled for Saturday, September 29, 2018.", 2018),
    ("North Korea seeks a formal end to the 1950-53 Korea War.", None),
]


@pytest.mark.parametrize(("text", "old"), MOVED_YEARS)
def test_a_moved_year_reads_back_as_another_year(text: str, old: int | None) -> None:
    dates = [q for q in extract_quantities(text, "en") if q.kind in E.DATE_KINDS]
    got = E.perturb_year(text, dates, random.Random(7))
    assert got is not None
    years = {int(q.value) // 10000 or int(q.value) for q in extract_quantities(got[0], "en") if q.kind in E.DATE_KINDS}
    before = {int(q.value) // 10000 or int(q.value) for q in dates}
    assert years != before
    if old is not None:
        assert old not in years
        assert all(1 <= abs(y - old) <= 3 for y in years)


def test_a_decade_gets_no_moved_year() -> None:
    text = "The congregation moved out in the 1930s."
    dates = [q for q in extract_quantities(text, "en") if q.kind in E.DATE_KINDS]
    assert E.perturb_year(text, dates, random.Random(7)) is None
