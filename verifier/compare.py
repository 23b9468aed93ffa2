"""Compare stage: set each claim figure against the evidence figure that counts
the same thing, and decide supports / contradicts / unknown for that pair.

Alignment (which evidence figure is "the same thing"):

* kind: counts with counts, percents with percents, money with money (same currency);
* unit: the same concept ("people"), or one a kind of the other ("migrants" are
  "people"); a figure with no unit is weakly compatible with any;
* context: the events and topics named around each figure (concepts from
  :mod:`verifier.concepts`, assigned to the nearest figure, with "of whom"
  sub-figures inheriting their parent's context); a claim about rescues is not
  compared with a figure about returns;
* actor: a country or body the claim names must be named by the evidence's
  document;
* period: the year the claim states against the year of the evidence figure
  (its own scope, else its sentence's, else its document's).

Value rules (intervals): the claim says "the figure lies in C", the evidence
says "it lies in E". E inside C supports; E and C disjoint contradicts; any
other overlap is unknown (the evidence is not precise enough). An unhedged
round claim covers what rounds to it, keeping at least two significant digits
("42,000" covers 41,500–42,500; "50,000" covers 49,500–50,500); an "about"
claim covers ±5% of the evidence figure; "more than X" is [X, ∞).
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ._lexicon import unit_concepts, unit_conversion, units_compatible
from ._text import tokens
from .concepts import ConceptHit, find_concepts
from .records import Comparison, Document, Outcome, Quantity, Sentence, TimeScope

__all__ = [
    "APPROX_TOLERANCE",
    "Aligned",
    "FigureContext",
    "Relatedness",
    "claim_interval",
    "compare_values",
    "evidence_interval",
    "figure_contexts",
]

APPROX_TOLERANCE = 0.05
_BOUNDARY_WORDS = frozenset(
    {"and", "et", "y", "e", "while", "whereas", "but", "mais", "pero", "alors", "tandis", "ainsi"}
)
_PUNCT_BOUNDARY = re.compile(r"[,;:،؛()\[\]–—]")
_AFTER_SUBSET = re.compile(
    r"^\s*(?:of them|of those|d'entre eux|d'entre elles|de ellos|de ellas|منهم|منها)",
    re.IGNORECASE,
)
_CORE_WINDOW = 6  # words either side of a figure whose verb is "its" event
_CHECKABLE = frozenset({"count", "percent", "money", "measure", "duration"})
_KIND_GROUP = {
    "count": "count",
    "measure": "count",
    "duration": "duration",
    "percent": "percent",
    "money": "money",
}


@dataclass
class FigureContext:
    """A figure with the concepts that describe it in its sentence."""

    quantity: Quantity
    predicates: set[str] = field(default_factory=set)
    core: set[str] = field(default_factory=set)  # predicates within a few words of the figure
    topics: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    parent: int | None = None
    total: bool = False  # "in total", "au total": the figure is a whole, not a part
    span: tuple[int, int] = (0, 0)  # the stretch of text this figure owns


def _boundary(text: str, start: int, end: int, hits: Sequence[ConceptHit]) -> int:
    """Where, between two figures, the second figure's stretch of text begins."""
    gap = text[start:end]
    last = -1
    for m in _PUNCT_BOUNDARY.finditer(gap):
        last = m.end()
    for tok, s, _e in tokens(gap):
        if tok in _BOUNDARY_WORDS and s > last:
            last = s
    for hit in hits:
        # an Arabic verbal noun with the conjunction و ("وتفكيك") opens a new clause
        if hit.type == "predicate" and start <= hit.start < end and text[hit.start] == "و":
            last = max(last, hit.start - start)
    return start + last if last >= 0 else end


def figure_contexts(text: str, quantities: Sequence[Quantity]) -> list[FigureContext]:
    """Assign the concepts of ``text`` to its checkable figures (offsets into ``text``)."""
    figures = sorted((q for q in quantities if q.kind in _CHECKABLE), key=lambda q: q.start)
    if not figures:
        return []
    hits = find_concepts(text)
    # stretch of text owned by each figure: [lo, hi)
    cuts = [0]
    for a, b in itertools.pairwise(figures):
        cuts.append(_boundary(text, a.end, b.start, hits))
    cuts.append(len(text))
    contexts: list[FigureContext] = []
    all_tokens = list(tokens(text))
    starts = [s for _, s, _ in all_tokens]
    word_spans = [(t, s) for t, s, _ in all_tokens if len(t) > 3 and not t.isdigit()]
    for i, q in enumerate(figures):
        lo, hi = cuts[i], cuts[i + 1]
        ctx = FigureContext(q, span=(lo, hi))
        first = bisect_left(starts, q.start)
        last = bisect_left(starts, q.end)
        for hit in hits:
            if not lo <= hit.start < hi:
                continue
            if hit.type == "predicate":
                ctx.predicates.add(hit.concept)
                at = bisect_left(starts, hit.start)
                if first - _CORE_WINDOW <= at < last + _CORE_WINDOW:
                    ctx.core.add(hit.concept)
            elif hit.type == "topic":
                ctx.topics.add(hit.concept)
            elif hit.type == "actor":
                ctx.actors.add(hit.concept)
            elif hit.type == "subset" and hit.start < q.start and i > 0:
                ctx.parent = i - 1
            elif hit.type == "total":
                ctx.total = True
        if i > 0 and _AFTER_SUBSET.match(text[q.end : q.end + 20]):
            ctx.parent = i - 1
        ctx.words = {t[:5] for t, s in word_spans if lo <= s < hi}
        contexts.append(ctx)
    for ctx in contexts:
        if ctx.parent is not None:
            parent = contexts[ctx.parent]
            ctx.predicates |= parent.predicates
            ctx.core |= parent.core
            ctx.topics |= parent.topics
    return contexts


def figure_year(ctx: FigureContext, quantities: Sequence[Quantity]) -> int | None:
    """The year a claim figure is about: a year stated in its own stretch of the
    sentence (the nearest), else its scope, else the first year of the sentence."""
    lo, hi = ctx.span
    q = ctx.quantity
    years = [y for y in quantities if y.kind == "year"]
    own = [y for y in years if lo <= y.start < hi]
    if own:
        return int(min(own, key=lambda y: abs(y.start - q.start)).value)
    scoped = year_of(q.scope)
    if scoped is not None:
        return scoped
    return int(years[0].value) if years else None


def actors_of(text: str) -> set[str]:
    return {h.concept for h in find_concepts(text) if h.type == "actor"}


# ----------------------------------------------------------------------- values
def _precision(value: float) -> float:
    """Rounding step a claim figure is written to, keeping two significant digits.

    0 for figures that do not look rounded (fewer than two trailing zeros).
    """
    if not math.isfinite(value):
        return 0.0
    if value != int(value):
        text = repr(abs(value))
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
        return 10.0**-decimals
    n = int(abs(value))
    if n == 0:
        return 0.0
    digits = len(str(n))
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    if zeros < 2:
        return 0.0
    step_exp = min(zeros, digits - 2)
    return float(10**step_exp) if step_exp > 0 else 0.0


def _distinctive(value: float) -> bool:
    """A figure unlikely to recur by chance: three or more significant digits
    (26,750; 3.26 million; 14,260), where 150 or 48 are not."""
    if not math.isfinite(value) or value == 0:
        return False
    digits = f"{abs(value):.10g}".replace(".", "").lstrip("0")
    if "e" in digits:
        digits = digits.split("e")[0]
    return len(digits.rstrip("0")) >= 3


def claim_interval(q: Quantity) -> tuple[float, float]:
    """The interval a claim figure commits to (see module doc)."""
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    eps = 1e-9 * max(1.0, abs(q.value))
    if q.bound == "at_least":
        return lo - eps, math.inf
    if q.bound == "at_most":
        return -math.inf, hi + eps
    if q.bound == "range" and q.high is not None:
        return lo - eps, hi + eps
    if q.bound == "approx":
        # |v - e| <= 5% of e  <=>  e in [v / 1.05, v / 0.95]
        return q.value / (1 + APPROX_TOLERANCE), q.value / (1 - APPROX_TOLERANCE)
    half = _precision(q.value) / 2
    return q.value - half - eps, q.value + half + eps


def evidence_interval(q: Quantity) -> tuple[float, float]:
    """The interval an evidence figure commits to."""
    if q.bound == "at_least":
        return q.low if q.low is not None else q.value, math.inf
    if q.bound == "at_most":
        return -math.inf, q.high if q.high is not None else q.value
    if q.bound == "range" and q.high is not None:
        return q.low if q.low is not None else q.value, q.high
    if q.bound == "approx" and _precision(q.value) > 0:
        return q.value * (1 - APPROX_TOLERANCE), q.value * (1 + APPROX_TOLERANCE)
    return q.value, q.value


def compare_values(claim: Quantity, evidence: Quantity) -> tuple[Outcome, str, float | None]:
    """(outcome, rule, relative difference) for two figures already aligned."""
    c_lo, c_hi = claim_interval(claim)
    e_lo, e_hi = evidence_interval(evidence)
    rel = (claim.value - evidence.value) / abs(evidence.value) if evidence.value else None
    if claim.value == evidence.value and claim.bound == evidence.bound:
        return "supports", "exact_match", rel  # "about 16,700" vs "près de 16 700"
    if c_lo <= e_lo and e_hi <= c_hi:
        if claim.bound in ("at_least", "at_most", "range"):
            rule = "within_claim_bound"
        elif claim.bound == "approx":
            rule = "approx_within_5pct"
        elif claim.value == evidence.value:
            rule = "exact_match"
        else:
            rule = "rounds_to_claim"
        return "supports", rule, rel
    if e_hi < c_lo or c_hi < e_lo:
        if evidence.bound in ("at_least", "at_most"):
            rule = "outside_evidence_bound"
        elif claim.bound in ("at_least", "at_most", "range"):
            rule = "outside_claim_bound"
        elif claim.bound == "approx":
            rule = "approx_off_by_more_than_5pct"
        else:
            rule = "value_differs"
        return "contradicts", rule, rel
    return "unknown", "evidence_not_precise_enough", rel


# -------------------------------------------------------------------- alignment
@dataclass(frozen=True)
class Relatedness:
    """How clearly a whole evidence sentence is about what the claim is about.

    ``similarity`` is the encoder's cosine between claim and sentence;
    ``names`` the claim's proper nouns that the sentence repeats (names cross
    languages written in Latin script unchanged: "Skopje", "BBC"; across
    scripts they are matched by sound-class keys, :mod:`verifier._names`:
    "Willoughby" / "ويلوبي");
    ``shared_figures`` the claim's figures whose exact value the sentence also gives.
    """

    similarity: float = 0.0
    names: int = 0
    shared_figures: int = 0
    threshold: float = 1.0  # similarity above which the encoder says "same topic"

    @property
    def anchored(self) -> bool:
        """Tied by something the figure itself does not supply: a name or another figure."""
        return self.names > 0 or self.shared_figures > 0

    @property
    def related(self) -> bool:
        return self.anchored or self.similarity >= self.threshold


@dataclass
class Aligned:
    """One claim figure set against one evidence figure, with how well they align."""

    sentence_id: int
    evidence: Quantity
    score: float
    period: str  # same | different | unstated
    evidence_year: int | None
    comparison: Comparison
    strong: bool = True  # aligned well enough for a disagreement to count as a contradiction


def _kind_compatible(c: Quantity, e: Quantity) -> bool:
    groups = {_KIND_GROUP.get(c.kind), _KIND_GROUP.get(e.kind)}
    if groups == {"count", "duration"} and (c.unit is None or e.unit is None):
        return True  # "aged 39" / "39 ans": a bare number may be a duration written short
    if len(groups) != 1:
        return False
    return not (c.kind == "money" and c.currency and e.currency and c.currency != e.currency)


@cache
def _known_units() -> frozenset[str]:
    return frozenset(unit_concepts())


def converted(c: Quantity, target_unit: str | None) -> Quantity:
    """``c`` in ``target_unit`` when its unit converts to it (45 miles -> 72.4 km).

    A converted figure is compared as approximate: translators round conversions.
    """
    conv = unit_conversion(c.unit) if c.unit else None
    if conv is None or conv[0] != target_unit:
        return c
    _, f = conv
    bound = "approx" if c.bound == "exact" else c.bound
    return c.model_copy(
        update={
            "value": c.value * f,
            "low": c.low * f if c.low is not None else None,
            "high": c.high * f if c.high is not None else None,
            "unit": target_unit,
            "bound": bound,
        }
    )


def _unit_score(c: Quantity, e: Quantity) -> float | None:
    """How well two units agree; None when they are different things."""
    if c.kind == "percent":
        return 2.0
    if c.unit is None or e.unit is None:
        return 0.5
    if c.unit == e.unit:
        return 2.0
    concepts = _known_units()
    if c.unit in concepts and e.unit in concepts:
        return 1.5 if units_compatible(c.unit, e.unit) else None
    return 0.25  # a noun the lexicon does not know: let the context decide


def year_of(scope: TimeScope | None) -> int | None:
    if scope is None:
        return None
    if scope.year is not None:
        return scope.year
    if scope.start and scope.end and scope.start.year == scope.end.year:
        return scope.start.year
    return None


def evidence_year(q: Quantity, sentence: Sentence, doc: Document | None) -> int | None:
    return year_of(q.scope) or year_of(sentence.scope) or (year_of(doc.period) if doc else None)


def align(
    claim_ctx: FigureContext,
    claim_actors: set[str],
    claim_year: int | None,
    claim_lang: str,
    sentence_id: int,
    sentence: Sentence,
    doc: Document | None,
    evidence_ctx: Sequence[FigureContext],
    evidence_actors: set[str],
    main_actors: set[str] = frozenset(),  # type: ignore[assignment]
    relatedness: Relatedness | None = None,
) -> tuple[list[Aligned], list[str]]:
    """Every evidence figure of ``sentence`` that counts the same thing as the claim figure.

    ``evidence_actors`` are the actors named anywhere in the evidence document,
    ``main_actors`` those of its title and lede: a claim actor that the document
    names next to one figure only (a partner such as the IOM) tells its figures apart.
    ``relatedness`` says how clearly the whole sentence is about the claim's
    subject; it lets figures align when the concept lexicon knows none of the
    words around them (general news), and a name or another shared figure
    overrides an event mismatch that only the lexicon sees.
    Returns the aligned figures and the reasons others were set aside.
    """
    tie = relatedness or Relatedness()
    cq = claim_ctx.quantity
    out: list[Aligned] = []
    rejected: list[str] = []
    missing = claim_actors - evidence_actors
    if missing:
        rejected.append("actor:" + ",".join(sorted(missing)))
        return out, rejected
    # A sentence that states the claim's own value under another reading (no unit,
    # another kind) is not evidence against the claim: its disagreements do not count.
    restates = any(
        e.quantity.value == cq.value
        and (not _kind_compatible(cq, e.quantity) or e.quantity.unit not in _known_units())
        for e in evidence_ctx
    )
    for ectx in evidence_ctx:
        eq = ectx.quantity
        if not _kind_compatible(cq, eq):
            continue
        cq2 = converted(cq, eq.unit)
        eq2 = converted(eq, cq.unit) if cq2 is cq else eq
        unit = _unit_score(cq2, eq2)
        if unit is None:
            rejected.append("unit")
            continue
        pred = claim_ctx.predicates & ectx.predicates
        if not tie.anchored and (
            (claim_ctx.predicates and ectx.predicates and not pred)
            or (claim_ctx.core and ectx.core and not claim_ctx.core & ectx.core)
        ):
            rejected.append("event")
            continue
        topic = claim_ctx.topics & ectx.topics
        lexical = len(claim_ctx.words & ectx.words) if claim_lang == sentence.lang else 0
        same_unit = unit >= 2.0 and (cq.kind != "count" or cq.unit in _known_units())
        # A value that agrees is itself a sign the figures speak of the same thing;
        # a value that disagrees only counts when something more than the event ties them.
        strong = not restates and bool(
            same_unit or topic or (claim_actors & evidence_actors) or lexical >= 2 or tie.related
        )
        context = 1.5 * len(pred) + 1.0 * len(topic)
        context += 1.0 * len((claim_ctx.actors & ectx.actors) - main_actors)
        if claim_ctx.total and ectx.parent is not None:
            context -= 2.0  # the claim gives a total, this figure is a part of one
        context += min(1.5, 0.3 * lexical)
        if (context < 1.0 or unit + context < 2.0) and not tie.related:
            if not (_distinctive(cq.value) and cq2.value == eq2.value):
                rejected.append("context")
                continue
            # the same distinctive figure (26,750; 3.47) restated: may support, never refute
            strong = False
        context += min(2.0, tie.names) + tie.shared_figures + 4.0 * max(0.0, tie.similarity)
        year = evidence_year(eq, sentence, doc)
        if claim_year is None:
            period = "unstated"
        elif year is None or year == claim_year:
            period = "same"
        else:
            period = "different"
        outcome, rule, rel = compare_values(cq2, eq2)
        comparison = Comparison(
            claim_quantity=cq,
            evidence_quantity=eq,
            sentence_id=sentence_id,
            outcome=outcome,
            rule=rule,
            relative_difference=rel,
            note=f"period {year}" if year else "",
        )
        out.append(Aligned(sentence_id, eq, unit + context, period, year, comparison, strong))
    return out, rejected
