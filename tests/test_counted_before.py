"""End to end: a claim whose figure's counted thing is named before it ("the number of
civilians killed is 14,200") is held against the source's figure for that thing, not
against a larger total of a wider kind in the same sentence. A tiny in-memory corpus,
built-in encoder; the sentences are written for this test."""

from __future__ import annotations

import pytest

from verifier.encode import BuiltinEncoder
from verifier.pipeline import Verifier
from verifier.records import Document
from verifier.settings import Settings

DOCS = [
    ("war", "en", "The war in the valley killed 14,200 people, among them 3,400 civilians, the monitoring group said."),
    ("guerre", "fr", "La guerre dans la vallée a fait 14.200 morts, dont 3.400 civils, selon l'observatoire."),
    ("harbour", "en", "The new harbour opened in May with 40 berths for fishing boats."),
    # the number named after the figure the verb puts it at
    ("conflit", "fr", "Pour la période 2015-2020 du conflit entre Arlonie et Bérésie, l'observatoire estime à 9.100 le nombre de morts, parmi lesquels 2.300 civils."),
]


@pytest.fixture(scope="module")
def verifier() -> Verifier:
    docs = [Document(id=i, text=t, lang=lang) for i, lang, t in DOCS]
    return Verifier.from_documents(docs, Settings(), BuiltinEncoder())


CASES = [
    # claim, verdict, the evidence figure it is held against
    ("The number of civilians killed in the war in the valley is 14,200.", "contradicted", 3400),
    ("The number of civilians killed in the war in the valley is 3,400.", "supported", 3400),
    ("Le nombre de civils tués dans la guerre est de 14.200.", "contradicted", 3400),
    ("El número de civiles muertos en la guerra del valle asciende a 14.200.", "contradicted", 3400),
    ("بلغ عدد المدنيين القتلى في حرب الوادي 14200", "contradicted", 3400),
    # "the number of" far before the figure, past two names joined by "et"
    ("Le nombre des civils décédés au cours du conflit entre l'Arlonie et la Bérésie est de 9.100.", "contradicted", 2300),
    ("Le nombre des civils décédés au cours du conflit entre l'Arlonie et la Bérésie est de 2.300.", "supported", 2300),
    # the total of the wider kind is still the figure of a claim about it
    ("The war in the valley killed 14,200 people.", "supported", 14200),
]


@pytest.mark.parametrize(("claim", "label", "against"), CASES)
def test_the_counted_thing_named_before_the_figure_decides(
    verifier: Verifier, claim: str, label: str, against: float
) -> None:
    v = verifier.check(claim)
    assert v.verdict == label, v.message
    outcome = "supports" if label == "supported" else "contradicts"
    cited = [c.evidence_quantity.value for c in v.comparisons if c.outcome == outcome]
    assert cited and cited[0] == against, v.message
