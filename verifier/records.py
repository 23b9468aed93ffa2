"""Typed records passed between the pipeline stages.

ingest -> :class:`Document` / :class:`Sentence`; quantities -> :class:`Quantity`;
retrieve -> :class:`Candidate`; compare -> :class:`Comparison`;
verdict -> :class:`Verdict`. Every record is a frozen pydantic model so it
serialises to JSON as is (``model_dump(mode="json")``).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "Bound",
    "Candidate",
    "Comparison",
    "Document",
    "Evidence",
    "FigureCheck",
    "Highlight",
    "Lang",
    "Outcome",
    "Period",
    "Quantity",
    "QuantityKind",
    "ReasonCode",
    "Sentence",
    "TimeScope",
    "Verdict",
    "VerdictLabel",
]

Lang = Literal["ar", "fr", "en", "es", "und"]
QuantityKind = Literal[
    "count", "percent", "money", "year", "date", "duration", "measure", "ordinal", "score"
]
Bound = Literal["exact", "approx", "at_least", "at_most", "range"]
# the period a rate counts per ("100 million barrels a day")
Period = Literal["hour", "day", "week", "month", "year"]
Outcome = Literal["supports", "contradicts", "unknown"]
VerdictLabel = Literal["supported", "contradicted", "unknown"]
ReasonCode = Literal[
    "no_quantity",
    "no_evidence",
    "different_period",
    "not_comparable",
    "insufficient_precision",
    "not_asserted",
    "conflicting_sources",
]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeScope(_Record):
    """The period a figure applies to, as stated in the text.

    ``start``/``end`` are inclusive dates when they can be resolved (a bare year
    gives 1 January to 31 December); ``year`` is set when the period lies in one
    calendar year. ``text`` is the surface form ("the first nine months of 2024").
    """

    text: str
    start: date | None = None
    end: date | None = None
    year: int | None = None


class Quantity(_Record):
    """One figure read from text.

    ``value`` is the number as written (for a range, its low end); ``low``/``high``
    is the interval the text commits to: equal to ``value`` when exact, open
    (``None``) on one side for "more than"/"less than", both set for a range.
    ``unit`` is a language-independent concept id when the lexicon knows the noun
    ("people", "migrants", "attempts", "networks", "percent", "MAD"…), else the
    head noun as written, lower-cased; ``None`` when nothing is counted.

    A ``score`` (a match result, a tally or a win-loss record: "a 2-1 win",
    "1 à 0", "2&1", "went 5-0-0", "voted 51-49") is one figure: ``parts`` holds
    its numbers in the order written ("2-1" -> (2, 1)), ``value`` (= ``low`` =
    ``high``) the first of them. ``parts`` is ``None`` for every other kind.

    ``per`` is the period a rate counts per ("100 million barrels a day", "3 000
    dirhams par mois", "يوميا"), ``None`` when the text names none.
    """

    text: str
    start: int
    end: int
    value: float
    kind: QuantityKind = "count"
    bound: Bound = "exact"
    low: float | None = None
    high: float | None = None
    hedge: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    currency: str | None = None
    scope: TimeScope | None = None
    ambiguous: bool = False
    lang: Lang = "und"
    parts: tuple[float, ...] | None = None
    per: Period | None = None

    @property
    def written(self) -> str:
        """The figure with its hedge as written ("nearly 14,260"; an approximate word
        that is its own hedge once: "une dizaine", "a couple of")."""
        if not self.hedge or self.hedge in self.text:
            return self.text
        return f"{self.hedge} {self.text}"


class Document(_Record):
    """A cleaned source article."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    published: date | None = None
    lang: Lang = "und"
    period: TimeScope | None = None


class Sentence(_Record):
    """A sentence of a document with its figures; offsets are into ``Document.text``."""

    doc_id: str
    index: int
    text: str
    start: int
    end: int
    lang: Lang = "und"
    quantities: list[Quantity] = []
    scope: TimeScope | None = None


class Candidate(_Record):
    """A sentence retrieved for a claim, with the scores of each retrieval channel."""

    sentence_id: int
    score: float
    dense: float | None = None
    figure: float | None = None
    lexical: float | None = None


class Highlight(_Record):
    start: int
    end: int
    text: str


class Evidence(_Record):
    """A cited source sentence, with where it comes from."""

    sentence_id: int
    doc_id: str
    sentence: str
    lang: Lang
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    published: date | None = None
    score: float = 0.0
    highlights: list[Highlight] = []


class Comparison(_Record):
    """One claim figure set against one evidence figure, and the rule that decided."""

    claim_quantity: Quantity
    evidence_quantity: Quantity | None = None
    sentence_id: int | None = None
    outcome: Outcome
    rule: str
    relative_difference: float | None = None
    note: str = ""


class FigureCheck(_Record):
    """The verdict on one figure of a claim (a claim may state several)."""

    quantity: Quantity
    verdict: VerdictLabel
    confidence: float
    reason: ReasonCode | None = None
    rule: str = ""
    message: str = ""
    year: int | None = None  # the period the claim gives this figure, if any
    sentence_ids: list[int] = []  # the evidence sentences cited for it


class Verdict(_Record):
    """The answer for one claim; ``figures`` holds one verdict per claim figure."""

    claim: str
    verdict: VerdictLabel
    confidence: float
    reason: ReasonCode | None = None
    message: str = ""
    claim_quantities: list[Quantity] = []
    comparisons: list[Comparison] = []
    evidence: list[Evidence] = []
    figures: list[FigureCheck] = []
