"""Verdict stage: from the aligned figure pairs of a claim to one answer.

Per claim figure:

1. keep the evidence figures of the claim's period (a claim with no period
   keeps all periods);
2. keep the best-aligned ones (alignment score within a margin of the best),
   per period, and the exact restatement in the sentence most like the claim
   even when another sentence's figure aligns better on its words;
3. if a strongly tied figure disagrees, only strongly tied figures count (a
   number that merely recurs elsewhere cannot outvote it), and an agreement
   from another sentence does not outweigh a disagreement in the sentence most
   like the claim (both are cited; a source of another stated year stands apart
   only when the claim states no year), nor one that shares only the number with
   the claim a disagreement about the claim's very counted thing;
4. the claim's figure restated exactly (value, bound and unit) in a sentence
   like the claim above chance outweighs disagreements from sentences no more
   like the claim (within a hair), unless the sentence most like the claim
   disagrees;
5. supported if one of them supports, else contradicted if one contradicts,
   else unknown (the evidence is not precise enough, or gives the figure only
   as a claim going round).

The figures of one evidence sentence reach this stage already paired one to one
with the claim's (:func:`verifier.compare.one_to_one`).

Over the figures of a claim: contradicted if any figure is contradicted,
supported if all are supported, else unknown with the first reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._lexicon import units_compatible
from .compare import Aligned
from .records import Comparison, FigureCheck, Quantity, ReasonCode, VerdictLabel

__all__ = ["FigureVerdict", "decide_claim", "decide_date", "decide_figure"]

_MARGIN = 0.75
_WIDE_MARGIN = 4.0
_LIKE_MARGIN = 0.03  # how much more like the claim a disagreement must be to outweigh a restatement
_BASE_CONFIDENCE = {
    "exact_match": 0.95,
    "rounds_to_claim": 0.85,
    "approx_within_5pct": 0.8,
    "within_claim_bound": 0.8,
    "value_differs": 0.9,
    "rate_differs": 0.85,
    "converted_rate": 0.8,
    "approx_off_by_more_than_5pct": 0.8,
    "outside_claim_bound": 0.85,
    "outside_evidence_bound": 0.8,
    "same_score": 0.95,
    "same_score_reversed": 0.85,
    "score_differs": 0.9,
}


@dataclass
class FigureVerdict:
    quantity: Quantity
    label: VerdictLabel
    confidence: float
    reason: ReasonCode | None
    message: str
    chosen: list[Aligned]  # cited: the deciding pair first, then other sources on the same thing
    year: int | None = None

    def record(self) -> FigureCheck:
        rule = self.chosen[0].comparison.rule if self.chosen else (self.reason or "")
        return FigureCheck(
            quantity=self.quantity,
            verdict=self.label,
            confidence=self.confidence,
            reason=self.reason,
            rule=rule,
            message=self.message,
            year=self.year,
            sentence_ids=list(dict.fromkeys(a.sentence_id for a in self.chosen)),
        )


def _cited(q: Quantity) -> str:
    """A source figure as listed against a claim: as written, with its unit of
    measure or time (the claim's may be another: "48 hours" against "five days")
    and its rate."""
    unit = f" {q.unit}" if q.unit and q.kind in ("measure", "duration") else ""
    per = f" per {q.per}" if q.per else ""
    return f"{q.text}{unit}{per}"


def _describe(q: Quantity) -> str:
    unit = f" {q.unit}" if q.unit else ""
    per = f" per {q.per}" if q.per else ""
    return f"{q.written}{unit}{per}"


def decide_figure(
    quantity: Quantity,
    claim_year: int | None,
    aligned: Sequence[Aligned],
    rejected: Sequence[str],
) -> FigureVerdict:
    """The verdict for one claim figure from every evidence figure aligned with it.

    Within one evidence sentence the figures have already been paired off one to
    one with the claim's (:func:`verifier.compare.one_to_one`)."""
    verdict = _decide_figure(quantity, claim_year, aligned, rejected)
    verdict.year = claim_year
    return verdict


def _decide_figure(
    quantity: Quantity,
    claim_year: int | None,
    aligned: Sequence[Aligned],
    rejected: Sequence[str],
) -> FigureVerdict:
    if not aligned:
        if any(r.startswith("actor:") for r in rejected):
            names = sorted(
                {a for r in rejected if r.startswith("actor:") for a in r[6:].split(",")}
            )
            msg = f"the sources on this do not name {', '.join(names)}"
            return FigureVerdict(quantity, "unknown", 0.6, "not_comparable", msg, [])
        if rejected:
            msg = f"no source gives a figure for the same thing as {_describe(quantity)}"
            return FigureVerdict(quantity, "unknown", 0.6, "not_comparable", msg, [])
        msg = f"no source gives a comparable figure for {_describe(quantity)}"
        return FigureVerdict(quantity, "unknown", 0.6, "no_evidence", msg, [])

    pool, corrected = _quotes_corrected(aligned)
    if claim_year is not None:
        same = [a for a in pool if a.period == "same"]
        if not same:
            years = sorted({a.evidence_year for a in pool if a.evidence_year})
            msg = f"the sources give this figure for {', '.join(map(str, years))}, not {claim_year}"
            return FigureVerdict(
                quantity, "unknown", 0.7, "different_period", msg, sorted(pool, key=_rank)[:2]
            )
        pool = same
        # a source that states the claim's year and agrees outweighs a disagreement
        # that states no year: that one may be of another period ("a tsunami killed 9
        # in 1996" is not refuted by a toll of 832 given for no year)
        if any(a.evidence_year == claim_year and a.comparison.outcome == "supports" for a in pool):
            pool = [
                a
                for a in pool
                if a.evidence_year == claim_year or a.comparison.outcome != "contradicts"
            ]
    # The best-aligned figures, per period: a claim that states no year may be
    # about any year the sources cover, and each year's figure is judged on its own.
    top: list[Aligned] = []
    for year in sorted({a.evidence_year or 0 for a in pool}):
        group = [a for a in pool if (a.evidence_year or 0) == year]
        top.extend(_best_aligned(group))
    # The sentence most like the claim stating the claim's very figure restates it,
    # even where a figure of another sentence, not like the claim, aligns better on
    # the words around it (the same event in other news). Within that sentence the
    # words around each figure still decide which of its figures is the claim's
    # ("8,890 returned, of whom 1,725 with the IOM").
    restated = [a for a in pool if _restates(a) and a not in top]
    restated_ids = {a.sentence_id for a in restated}
    if restated and not any(a.sentence_id in restated_ids or a.leading for a in top):
        top += restated
    # The claim's very figure, bound and unit, restated in a sentence at least about as
    # like the claim as any that disagrees, outweighs those disagreements: "12 years
    # left" restated word for word is not refuted by "100 years" in other news. The
    # sentence most like the claim disagreeing keeps the claim contradicted, and within
    # the restating sentence the words still decide which figure is the claim's.
    exact = [a for a in pool if _restates_exactly(quantity, a)]
    if exact:
        like = max(a.similarity for a in exact)
        against = [a for a in pool if a.comparison.outcome == "contradicts"]
        # A restatement in a sentence that also shares a name or another of the
        # claim's figures is not outweighed by a disagreement from a sentence that
        # shares neither, however like the claim the encoder finds it (a headline
        # with a word or two in common).
        own = {a.sentence_id for a in exact}
        outside = [a for a in against if a.strong and a.sentence_id not in own]
        if (
            any(a.anchored for a in exact)
            and outside
            and not any(
                a.anchored and (a.leading or a.similarity > like + _LIKE_MARGIN) for a in outside
            )
        ) or (
            any(a.strong for a in against)
            and not any(a.leading or a.sentence_id in own for a in against)
            and not any(a.strong and a.similarity > like + _LIKE_MARGIN for a in against)
        ):
            top = [a for a in top if a.comparison.outcome != "contradicts"]
            top += [a for a in exact if a not in top]
    top.sort(key=_rank)
    best = max(a.score for a in top)
    # A figure tied to the claim by more than its value (same counted thing, topic,
    # a related sentence) outranks one that merely repeats the claim's number
    # somewhere else: a weak agreement cannot outvote a strong disagreement.
    if any(a.strong and a.comparison.outcome == "contradicts" for a in top):
        top = [a for a in top if a.strong]
    supports = [a for a in top if a.comparison.outcome == "supports"]
    contradicts = [a for a in top if a.comparison.outcome == "contradicts" and a.strong]
    # The sentence that restates the claim outweighs another that happens to give
    # the same number: "41 years" agreeing somewhere else does not save a claim
    # whose own sentence says 34.
    # Judged per period: a 2021 source restating the claim says nothing of 2024. A
    # period stands apart only when both sentences state their year and the claim
    # states none: a claim of 2017 keeps only sources of 2017 or of no stated year,
    # and a sentence with no year of its own may be about any period.
    outweighed: list[Aligned] = []
    for year in {a.evidence_year or 0 for a in contradicts if a.leading}:

        def same_period(a: Aligned, year: int = year) -> bool:
            own = a.evidence_year or 0
            return claim_year is not None or own == year or 0 in (own, year)

        same_year = [a for a in supports if same_period(a)]
        if same_year and not any(a.leading for a in same_year):
            outweighed += same_year
            supports = [a for a in supports if not same_period(a)]
    # A disagreement about the claim's very counted thing ("22 charges" against "24
    # charges") outweighs agreements that share nothing with the claim but the
    # number and the encoder's closeness ("evacuated to 24 centres").
    if (
        supports
        and any("counted_thing" in a.ties for a in contradicts)
        and all(set(a.ties) <= {"leading"} and a.evidence.unit != quantity.unit for a in supports)
    ):
        outweighed += supports
        supports = []
    if not supports and not contradicts and all(a.comparison.outcome == "contradicts" for a in top):
        msg = f"no source gives a figure clearly about the same thing as {_describe(quantity)}"
        return FigureVerdict(quantity, "unknown", 0.55, "not_comparable", msg, [])
    others = [a for a in top if a.comparison.outcome == "unknown"]
    align_quality = min(1.0, best / 4.0)
    if supports:
        lead = supports[0]
        conf = _BASE_CONFIDENCE.get(lead.comparison.rule, 0.8) * (0.7 + 0.3 * align_quality)
        ev = lead.evidence
        msg = f"{_describe(quantity)} agrees with {_describe(ev)} ({lead.comparison.rule})"
        if contradicts:
            conf *= 0.8
            msg += "; other sources give " + ", ".join(
                _cited(a.evidence) + (f" for {a.evidence_year}" if a.evidence_year else "")
                for a in contradicts[:3]
            )
        return FigureVerdict(
            quantity, "supported", round(conf, 2), None, msg, supports[:1] + contradicts[:3]
        )
    if contradicts:
        lead = contradicts[0]
        conf = _BASE_CONFIDENCE.get(lead.comparison.rule, 0.8) * (0.7 + 0.3 * align_quality)
        right = ", ".join(
            _cited(a.evidence) + (f" ({a.evidence_year})" if a.evidence_year else "")
            for a in contradicts[:3]
        )
        msg = f"{_describe(quantity)} disagrees with the sources: {right}"
        if outweighed:
            msg += (
                f" (a sentence less like the claim gives {outweighed[0].evidence.text},"
                " the claimed figure)"
            )
        elif corrected:
            msg += f" (the source quotes {corrected[0].evidence.text} and gives its own figure)"
            outweighed = corrected
        if lead.comparison.rule in ("opposite_event", "negated"):
            msg += f" ({lead.comparison.note.split('; ')[-1]})"
        return FigureVerdict(
            quantity, "contradicted", round(conf, 2), None, msg, contradicts[:3] + outweighed[:1]
        )
    lead = others[0]
    msg = (
        f"{_describe(lead.evidence)} in the sources cannot confirm or refute {_describe(quantity)}"
    )
    reason: ReasonCode = "insufficient_precision"
    if lead.comparison.rule == "reported_claim":
        msg = f"the sources give {_describe(lead.evidence)} only as a claim going round, not as a fact"
        reason = "not_asserted"
    elif lead.comparison.rule == "asked":
        msg = f"the sources only ask whether {_describe(lead.evidence)} is true, they do not state it"
        reason = "not_asserted"
    return FigureVerdict(quantity, "unknown", 0.6, reason, msg, others[:2])


def decide_date(quantity: Quantity, aligned: Sequence[Aligned]) -> FigureVerdict:
    """The verdict for a date or year that a claim states as its fact (see
    :func:`verifier.compare.align_date`): among the evidence dates tied to the
    claim's event, the one from the sentence most like the claim, then the one
    whose event words match best, decides; a date of the other outcome from a
    sentence as like the claim is cited beside it. A quotation its own document
    corrects confirms nothing, as for figures."""
    pool, corrected = _quotes_corrected(aligned)
    if not pool:
        msg = f"no source dates the same event as {quantity.text}"
        return FigureVerdict(quantity, "unknown", 0.6, "no_evidence", msg, [])
    # among dates aligned as well, the one that agrees: "1950-53" against "(1950-1953)"
    decisive = sorted(
        (a for a in pool if a.strong and a.comparison.outcome != "unknown"),
        key=lambda a: (*_rank(a)[:2], a.comparison.outcome != "supports", a.sentence_id),
    )
    if not decisive:
        lead = sorted(pool, key=_rank)[0]
        rule = lead.comparison.rule
        reason: ReasonCode = "not_comparable"
        msg = (
            f"the sources give {lead.evidence.text} for this event as another bound"
            " (since, until, before or after), not as its date"
        )
        if rule == "evidence_not_precise_enough":
            reason = "insufficient_precision"
            msg = f"{lead.evidence.text} in the sources cannot confirm or refute {quantity.text}"
        elif rule in ("reported_claim", "asked"):
            reason = "not_asserted"
            msg = f"the sources give {lead.evidence.text} only as a claim going round, not as a fact"
        elif rule == "negated":
            msg = (
                f"one side denies the event the other dates {lead.evidence.text}; another date"
                " refutes no denial"
            )
        return FigureVerdict(quantity, "unknown", 0.6, reason, msg, [lead])
    lead = decisive[0]
    others = [
        a
        for a in decisive[1:]
        if a.comparison.outcome != lead.comparison.outcome and a.leading == lead.leading
    ]
    quality = 0.7 + 0.3 * min(1.0, lead.score / 4.0)
    if lead.comparison.outcome == "supports":
        msg = f"{quantity.text} agrees with {lead.evidence.text} ({lead.comparison.rule})"
        conf = 0.85 * quality * (0.8 if others else 1.0)
        if others:
            msg += "; other sources give " + ", ".join(a.evidence.text for a in others[:3])
        return FigureVerdict(quantity, "supported", round(conf, 2), None, msg, [lead, *others[:3]])
    right = ", ".join(
        list(dict.fromkeys(a.evidence.text for a in decisive if a.comparison.outcome == "contradicts"))[:3]
    )
    msg = f"{quantity.text} disagrees with the sources: {right}"
    if corrected:
        msg += f" (the source quotes {corrected[0].evidence.text} and gives its own date)"
    if lead.comparison.rule == "negated":
        msg += f" ({lead.comparison.note})"
    conf = 0.8 * quality * (0.8 if others else 1.0)
    return FigureVerdict(quantity, "contradicted", round(conf, 2), None, msg, [lead, *others[:3]])


def _quotes_corrected(aligned: Sequence[Aligned]) -> tuple[list[Aligned], list[Aligned]]:
    """``aligned`` less the quotations that their own document corrects, and those.

    A document that quotes the claim's figure and gives, in its own words, another
    figure for the same thing (the same kind of figure of the same counted thing or
    of one it is a kind of; of the same year, or of none stated) is correcting
    the quotation: a fact-check quoting the claim it checks ("«bajamos un 36 % los
    homicidios», dijo; cayeron un 29,8 %"). Its quotation confirms nothing; its own
    figure is the evidence. A quotation that no figure of its document disputes
    still confirms (news quoting an official)."""
    corrections = [
        a for a in aligned if a.strong and not a.quoted and a.comparison.outcome == "contradicts"
    ]

    def corrects(c: Aligned, a: Aligned) -> bool:
        years = (a.evidence_year, c.evidence_year)
        same = c.evidence.kind == a.evidence.kind and units_compatible(c.evidence.unit, a.evidence.unit)
        return c.doc_id == a.doc_id and same and (None in years or years[0] == years[1])

    kept: list[Aligned] = []
    gone: list[Aligned] = []
    for a in aligned:
        quote = a.quoted and a.comparison.outcome == "supports"
        (gone if quote and any(corrects(c, a) for c in corrections) else kept).append(a)
    return kept, gone


def _best_aligned(group: Sequence[Aligned]) -> list[Aligned]:
    """The figures within a margin of the best alignment; if none of them decides,
    the decisive ones a little further down (an imprecise "more than 42,000" must
    not hide a precise figure on the same thing)."""
    best = max(a.score for a in group)
    top = [a for a in group if a.score >= best - _MARGIN]
    if all(a.comparison.outcome == "unknown" for a in top):
        top += [
            a
            for a in group
            if a.comparison.outcome != "unknown" and best - _WIDE_MARGIN <= a.score < best - _MARGIN
        ]
    return top


def _exact(a: Aligned) -> bool:
    """``a`` gives the claim's figure itself (same value and bound)."""
    return a.comparison.outcome == "supports" and a.comparison.rule == "exact_match"


def _restates(a: Aligned) -> bool:
    """``a`` gives the claim's exact figure in the sentence most like the claim, or
    that figure hedged ("more than 10 years" for "ten years"): a source's hedge is
    no other figure."""
    return a.leading and (_exact(a) or a.comparison.rule == "source_hedges_same_figure")


def _restates_exactly(quantity: Quantity, a: Aligned) -> bool:
    """``a`` gives the claim's figure with its bound and its unit (not a bare number),
    in a sentence like the claim above chance."""
    e = a.evidence
    return (
        a.alike
        and _exact(a)
        and e.kind == quantity.kind
        and (quantity.kind in ("percent", "money") or (e.unit is not None and e.unit == quantity.unit))
    )


def _rank(a: Aligned) -> tuple[bool, float, int]:
    """Order of the figures cited: among those aligned about as well, the one from
    the sentence most like the claim (the one a reader holds it against) first."""
    return (not a.leading, -a.score, a.sentence_id)


def decide_claim(
    figures: Sequence[FigureVerdict],
) -> tuple[VerdictLabel, float, ReasonCode | None, str]:
    """Combine per-figure verdicts into the claim's verdict."""
    if not figures:
        return "unknown", 0.9, "no_quantity", "the claim states no checkable figure"
    contradicted = [f for f in figures if f.label == "contradicted"]
    if contradicted:
        worst = max(contradicted, key=lambda f: f.confidence)
        return "contradicted", worst.confidence, None, "; ".join(f.message for f in contradicted)
    unknown = [f for f in figures if f.label == "unknown"]
    if unknown:
        first = unknown[0]
        return "unknown", first.confidence, first.reason, "; ".join(f.message for f in unknown)
    conf = min(f.confidence for f in figures)
    return "supported", conf, None, "; ".join(f.message for f in figures)


def comparisons_of(figures: Sequence[FigureVerdict]) -> list[Comparison]:
    out: list[Comparison] = []
    for f in figures:
        if f.chosen:
            out.extend(a.comparison for a in f.chosen)
        else:
            out.append(
                Comparison(
                    claim_quantity=f.quantity,
                    outcome="unknown",
                    rule=f.reason or "unknown",
                    note=f.message,
                )
            )
    return out


__all__ += ["comparisons_of"]
