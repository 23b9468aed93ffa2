"""Direct quotations: found in a text (verifier/_text.py), marked on the figures
inside them (compare.py), and corrected by their own document (verdict.py).

A document that quotes the claim's figure and gives another for the same thing
in its own words (of the same kind of thing, and of the same year or of none
stated) is correcting the quotation (a fact-check quoting the claim it checks):
the quotation confirms nothing. A quotation no figure of its document
disputes still confirms (news quoting an official), and a claim that reports
the statement ("the governor said “…”") is confirmed by the quotation itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sources import verdict_from
from verifier._text import quotations
from verifier.compare import figure_contexts
from verifier.quantities import extract_quantities

# (text, the quoted stretches)
QUOTATIONS = [
    ("He said “we rescued 300 people” on Monday.", ["“we rescued 300 people”"]),
    ("« Nous avons 300 places », a-t-il dit.", ["« Nous avons 300 places »"]),
    ('She wrote "300" and "400".', ['"300"', '"400"']),
    ("„Wir haben 300“, sagte er.", ["„Wir haben 300“"]),
    # a quotation the sentence splitter cut: still open at the end, closed at the start
    ("Il a déclaré : « Nous avons secouru 300 personnes.", ["« Nous avons secouru 300 personnes."]),
    ("300 people were rescued,” he said.", ["300 people were rescued,”"]),
    # an apostrophe is no quotation mark
    ("L’Onu didn’t count 300 people.", []),
    ("No quotation here, 300 people.", []),
]


@pytest.mark.parametrize(("text", "quoted"), QUOTATIONS)
def test_quotations_are_found(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quotations(text)] == quoted


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 3“”«»„\"’", max_size=30))
def test_quotations_are_ordered_spans_within_the_text(text: str) -> None:
    spans = quotations(text)
    ends = [0]
    for a, b in spans:
        assert ends[-1] <= a < b <= len(text)
        ends.append(b)


# (lang, text, figure, quoted, attributed): a figure inside a quotation; the text
# says who spoke when it has words of its own outside the quotation
QUOTED_FIGURES = [
    ("en", "“We rescued 300 people,” the minister said.", "300", True, True),
    ("es", "“Bajamos un 20% los homicidios”, dijo.", "20", True, False),
    ("es", "“Bajamos un 20% los homicidios”", "20", True, False),
    ("en", "The minister said 300 people were rescued.", "300", False, False),
    ("ar", "قال الوزير: «أنقذنا 300 مهاجر»", "300", True, True),
]


@pytest.mark.parametrize(("lang", "text", "figure", "quoted", "attributed"), QUOTED_FIGURES)
def test_a_figure_inside_a_quotation_is_marked(
    lang: str, text: str, figure: str, quoted: bool, attributed: bool
) -> None:
    (ctx,) = [c for c in figure_contexts(text, extract_quantities(text, lang)) if c.quantity.text == figure]
    assert (ctx.quoted, ctx.attributed) == (quoted, attributed)


_GOVERNOR = (
    "“We cut homicides by 36% in four years,” the governor said. Official figures show "
    "that homicides fell by 29.8% over those four years."
)

# (lang, source, claim, verdict, the figure the verdict cites first)
CORRECTED = [
    # the source quotes the claim's figure and corrects it
    ("en", _GOVERNOR, "Homicides fell by 36% in four years.", "contradicted", "29.8"),
    # a claim that is itself the quotation makes the statement: corrected too
    ("en", _GOVERNOR, "“We cut homicides by 36% in four years.”", "contradicted", "29.8"),
    # a claim that reports the statement is what the source says: it was said
    ("en", _GOVERNOR, "The governor said “we cut homicides by 36% in four years”.", "supported", "36"),
    (
        "fr",
        "« Le port a accueilli 640 navires en mai », a affirmé son directeur. Selon les "
        "chiffres officiels, le port a accueilli 410 navires en mai.",
        "Le port a accueilli 640 navires en mai.",
        "contradicted",
        "410",
    ),
    (
        "es",
        "«Bajamos un 20% los homicidios en dos años», señaló la gobernadora. Según los datos "
        "oficiales, los homicidios bajaron un 27% en esos dos años.",
        "Los homicidios bajaron un 20% en dos años.",
        "contradicted",
        "27",
    ),
    (
        "ar",
        "قال الوزير: «أنقذنا 5000 مهاجر في البحر هذا العام». لكن الأرقام الرسمية تفيد بإنقاذ "
        "3200 مهاجر في البحر هذا العام.",
        "أنقذ المغرب 5000 مهاجر في البحر هذا العام",
        "contradicted",
        "3200",
    ),
    # a quotation its document does not dispute confirms (news quoting an official)
    (
        "en",
        "“We rescued 14,260 people at sea this year,” the minister said.",
        "The navy rescued 14,260 people at sea this year.",
        "supported",
        "14,260",
    ),
    # nor does a figure of something else ("33 of the last 34 months" is no count of jobs)
    (
        "es",
        "«La industria perdió más de 100 mil empleos», publicó un diario. Según el Indec, el "
        "empleo industrial cayó en 33 de los últimos 34 meses.",
        "La industria perdió más de 100 mil empleos",
        "supported",
        "100 mil",
    ),
    # a figure of another year corrects nothing
    (
        "en",
        "“We rescued 14,260 people at sea in 2024,” the minister said. In 2023 the navy "
        "rescued 9,000 people at sea.",
        "The navy rescued 14,260 people at sea in 2024.",
        "supported",
        "14,260",
    ),
]


@pytest.mark.parametrize(("lang", "source", "claim", "label", "cited"), CORRECTED)
def test_a_quotation_its_document_corrects_confirms_nothing(
    lang: str, source: str, claim: str, label: str, cited: str
) -> None:
    v = verdict_from(claim, source, lang=lang)
    assert v.verdict == label, v.message
    first = v.comparisons[0].evidence_quantity
    assert first is not None and first.text == cited
    if label == "contradicted":
        assert "the source quotes" in v.message
