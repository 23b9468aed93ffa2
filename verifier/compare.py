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

A figure that disagrees refutes only from a sentence about the claim's subject:
one the encoder finds like the claim above chance, one sharing a name or another
of the claim's figures, one restating the claim's digits on another scale, one
with words in common (glossary words across languages), or one naming both the
claim's event and its topic and not wholly unlike it (half the encoder's
threshold). A single lexicon word in common ("rescues", "killed") turns up in
any news: an avalanche's death toll is not refuted by a migration report's
rescue count, nor a crowd "trying to get into" a stadium by attempts to cross a
border. An event after "rescued … from" did not happen ("saved 300 from
drowning": :func:`verifier.concepts.averted`), and a claim that it did is
contradicted by that sentence for the same figure.

Value rules (intervals): the claim says "the figure lies in C", the evidence
says "it lies in E". E inside C supports; E and C disjoint contradicts; any
other overlap is unknown (the evidence is not precise enough). An unhedged
round claim covers what rounds to it, keeping at least two significant digits
("42,000" covers 41,500–42,500; "50,000" covers 49,500–50,500); an "about"
claim covers ±5% of the evidence figure; "more than X" is [X, ∞); "just over X"
("un peu plus de", "poco más de") is the "about" interval cut at X, and agrees
with the same X bounded on the same side ("más del 40 %").

Across units (:func:`_compare_units`): converted units are compared as
approximate (650 pounds / "295 kg"); a bare unit word with another reading
agrees if either does ("80 degrees" in US news is 26.7 °C); the same number
under a unit within 15% of the other (30 yards / "30 mètres") is a translation
that kept the figure; a round figure converted and rounded to one significant
digit agrees (200 miles / "300 km"); converted ranges match end by end. The same
figure bounded from opposite sides contradicts ("above 80" / "sous la barre des
80"); a claim giving the very figure a source hedges or bounds agrees ("384
dead" / "at least 384 dead", "10 inches" / "up to 10 inches").

One to one (:func:`one_to_one`): within one evidence sentence each evidence
figure answers one claim figure, agreements first; a conversion in brackets in
the claim (:func:`restatements`) is the same figure again and is exempt.

Scores (kind "score": "a 2-1 win", "1 à 0", "2&1", a record "5-0-0") align only
with scores of as many sides, never with a plain count, and are compared side by
side (:func:`compare_scores`): the same sides support, other sides contradict. Two
sides written the other way round agree ("lost 0-1" / "a 1-0 defeat"): English puts
the winner's score first whichever side the sentence is about ("Rangers lost 2-1"),
other languages and translations often put the home side first or mirror the
order ("2&1" / "1 مقابل 2"), so the order of two sides does not say who won, and
that is left to the events named around the figure ("won" / "lost"). A record of
three or more sides (wins-losses-halves) has a fixed order and is compared in order.

Meaning around the figure: the same figure reported for the opposite event
("rose" / "fell", "acquitted" / "executed": ``opposite`` in concepts.toml)
contradicts, and so does a figure one side denies and the other asserts
(negation cues in data/negation.toml, just before the figure). Both apply only
to a sentence tied to the claim (the claim's closest sentence, shared words or
a shared event), never to unrelated news that happens to share a number. A
figure its source reports only as a claim going round ("hearsay" concepts:
rumours, "posts claim", "الخبر المتداول") may refute a claim but never confirm
it; a "correction" word ("but", "mais", "لكن") ends the report.

Dates (:func:`align_date`): a claim that states no figure but says when something
happened is checked by its dates, each against the source dates of the same
event (see the notes above ``_DATE_KINDS``).
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache

from ._lexicon import (
    boundary_words,
    claim_labels,
    closed_class_words,
    currencies,
    date_relations,
    decade_words,
    part_of_phrases,
    phrase_tokens,
    unit_ancestors,
    unit_base,
    unit_concepts,
    unit_conversion,
    unit_kind,
    unit_pinned,
    unit_readings,
    units_compatible,
    year_nouns,
    years_reading,
)
from ._text import Token, quotations, tokens
from .concepts import (
    ConceptHit,
    asks,
    averted,
    averting_events,
    contrasts,
    denied_clauses,
    exceptives,
    find_concepts,
    find_glossary,
    negations,
    noun_concepts,
    opposites,
    with_implied,
)
from .records import Bound, Comparison, Document, Outcome, Quantity, Sentence, TimeScope

__all__ = [
    "APPROX_TOLERANCE",
    "Aligned",
    "DateContext",
    "FigureContext",
    "Relatedness",
    "align_date",
    "claim_interval",
    "compare_dates",
    "compare_scores",
    "compare_values",
    "date_contexts",
    "date_parts",
    "evidence_interval",
    "figure_contexts",
    "one_to_one",
    "pair_dates",
    "repeats",
    "restatements",
    "scale_slips",
    "shared_figures",
    "years_of",
]

APPROX_TOLERANCE = 0.05
_LEAD_MARGIN = 0.03
# Share of the encoder's "same topic" threshold below which its best candidate is no
# better than chance: for the builtin encoder 0.15, the 99th percentile of unrelated
# NTREX pairs (0.14-0.15, see BuiltinEncoder.related_threshold).
_TOP_FLOOR = 0.75
_GENERIC_UNITS = frozenset({"people"})
_PUNCT_BOUNDARY = re.compile(r"[,;:،؛()\[\]–—]")
_AFTER_SUBSET = re.compile(
    r"^\s*(?:of them|of those|d'entre eux|d'entre elles|de ellos|de ellas|منهم|منها)",
    re.IGNORECASE,
)
_CORE_WINDOW = 6  # words either side of a figure whose verb is "its" event
_EVENT_FLOOR = 0.5  # share of the threshold a sentence naming the claim's event and topic must reach
_NEGATION_WINDOW = 8  # words before a figure within which a negation denies it
_SPEAKER_WORDS = 2  # words outside a quotation that say who said it ("the minister said")
_CLAUSE_WINDOW = 30  # the same, for a negation that denies a reported clause
_FLIP_GAP = 3  # a negation this close before a bound turns it around (two words between)
_CHECKABLE = frozenset({"count", "percent", "money", "measure", "duration", "score"})
_SCORE_TIES = frozenset({"anchored", "leading", "words", "actor"})
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
    # events its sentence says did not happen ("saved 300 from drowning": die)
    averted: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    glossary: set[str] = field(default_factory=set)  # glossary concepts of its stretch
    parent: int | None = None
    total: bool = False  # "in total", "au total": the figure is a whole, not a part
    negated: bool = False  # a negation near it denies it ("did not", "n'a pas", "لم")
    negation_in_sentence: bool = False  # any negation anywhere in its sentence
    hearsay: bool = False  # its sentence reports what others claim ("posts claim", "الخبر المتداول")
    # it stands inside a direct quotation ("«bajamos un 36 %», dijo"); ``attributed``:
    # its text also says, outside the quotation, who said it (a claim that reports a
    # statement, not one that makes it)
    quoted: bool = False
    attributed: bool = False
    asked: bool = False  # its sentence is a yes/no question ("Did X donate $400,000?")
    span: tuple[int, int] = (0, 0)  # the stretch of text this figure owns
    whole: float | None = None  # the whole it is a part of ("four out of five": 5)
    years: str | None = None  # a figure of years: "age" (someone's) or "span" (of time)


def _boundary(text: str, start: int, end: int, hits: Sequence[ConceptHit]) -> int:
    """Where, between two figures, the second figure's stretch of text begins."""
    gap = text[start:end]
    last = -1
    for m in _PUNCT_BOUNDARY.finditer(gap):
        last = m.end()
    for tok, s, _e in tokens(gap):
        if tok in boundary_words() and s > last:
            last = s
    for hit in hits:
        # an Arabic verbal noun with the conjunction و ("وتفكيك") opens a new clause
        if hit.type == "predicate" and start <= hit.start < end and text[hit.start] == "و":
            last = max(last, hit.start - start)
    return start + last if last >= 0 else end


def _hedge_start(q: Quantity, starts: Sequence[int]) -> int:
    """Where a figure's wording begins: its hedge's words, when written before it."""
    begin = q.end - len(q.text)
    if not q.hedge:
        return begin
    first = bisect_left(starts, begin)
    words = len(list(tokens(q.hedge)))
    return min(begin, starts[max(0, first - words)]) if first - words >= 0 else begin


_CLAUSE_REACH = 24  # characters from a hearsay cue to the "that" it opens


def _opens_clause(cue: ConceptHit, complementizers: Sequence[int]) -> bool:
    """The cue is followed, within a few words, by a word opening a reported
    clause ("claimed that", "زعم ترامب بأن")."""
    return any(cue.start < c <= cue.end + _CLAUSE_REACH for c in complementizers)


_AR_CONJUNCTIONS = ("و", "ف")


def _phrase_at(words: Sequence[str], end: int, phrases: Collection[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` ending right before
    ``words[end]`` (an Arabic word may carry a conjunction: "وبعد مرور"), else 0."""
    for size in (3, 2, 1):
        if end - size < 0:
            continue
        got = words[end - size : end]
        if tuple(got) in phrases:
            return size
        if got[0][:1] in _AR_CONJUNCTIONS and (got[0][1:], *got[1:]) in phrases:
            return size
    return 0


def _phrase_from(words: Sequence[str], start: int, phrases: Collection[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` starting at ``words[start]``, else 0."""
    for size in (3, 2, 1):
        if start + size <= len(words) and tuple(words[start : start + size]) in phrases:
            return size
    return 0


def years_of(text: str, q: Quantity) -> str | None:
    """A figure of years read as someone's "age" ("a 20-year-old", "يبلغ 20 عامًا",
    "âgé de 30 ans", "il n'avait que 20 ans") or as a "span" of time ("for two years",
    "soixante ans plus tard", "بعد مرور 60 عامًا"); None when the words around it do
    not say (``[years_reading]`` of ``phrases.toml``). The words closest to the figure
    decide, and the longer phrase there ("il y a 3 ans" is a span, "il a 3 ans" an age)."""
    if q.kind != "duration" or q.unit != "years":
        return None
    if q.unit_text is None:
        return "age"  # the extractor's ages: "Jones, 52,", "the 24-year-old"
    before = list(phrase_tokens(text[max(0, q.start - 80) : q.start])[-8:])
    after = phrase_tokens(text[q.end : q.end + 60])[:5]
    table = years_reading()
    hedge = phrase_tokens(q.hedge or "")
    if hedge and tuple(before[-len(hedge) :]) == hedge:
        before = before[: -len(hedge)]  # "depuis plus de 10 ans"
    for end in (len(before), len(before) - 1):
        age = _phrase_at(before, end, table.age_before)
        span = _phrase_at(before, end, table.span_before)
        if age or span:
            return "age" if age >= span else "span"
        if not before or before[-1] not in table.articles:
            break  # only an article may come between: "pendant les 2 prochaines années"
    for skip in range(2):  # past the noun of years
        age = _phrase_from(after, skip, table.age_after)
        span = _phrase_from(after, skip, table.span_after)
        if age or span:
            return "age" if age >= span else "span"
    return None


def _ages_apart(c: FigureContext, e: FigureContext) -> bool:
    """One figure of years is someone's age, the other a span of time."""
    return {c.years, e.years} == {"age", "span"}


# a claim's label and colon, after the date a search snippet opens with ("2023-01-19  Claim: …")
_LABEL = re.compile(r"(?:[^\n:]{1,20}?(?:\s{2,}|\s[-–—|]\s))?\W*([^:]{1,40}?)\s*:")


def _labelled_claim(text: str) -> bool:
    """``text`` opens with the label of a claim under review and a colon ("Claim:
    Arizona has 9,871,525 registered voters", "الادعاء: …": ``[claim_labels]``),
    after a dateline if any ("2023-01-19  claim: a genuine photograph…")."""
    m = _LABEL.match(text)
    return m is not None and phrase_tokens(m.group(1)) in claim_labels()


def _names_speaker(toks: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> bool:
    """A text of tokens ``toks`` holds a quotation and words outside it, enough to
    say who spoke ("“We rescued 300,” the minister said", "Says X “stripped” care
    from 45,000"), not a quotation alone or with a bare "dijo"."""
    if not quotes:
        return False
    outside = (
        t for t, at, _ in toks if not t.isdigit() and not any(a <= at < b for a, b in quotes)
    )
    return sum(1 for _ in itertools.islice(outside, _SPEAKER_WORDS)) >= _SPEAKER_WORDS


def figure_contexts(
    text: str, quantities: Sequence[Quantity], kinds: Collection[str] = _CHECKABLE
) -> list[FigureContext]:
    """Assign the concepts of ``text`` to its figures of ``kinds`` (offsets into
    ``text``): the checkable figures, or the dates of a claim that states only a
    date (:func:`date_contexts`)."""
    figures = sorted((q for q in quantities if q.kind in kinds), key=lambda q: q.start)
    if not figures:
        return []
    found = find_concepts(text)
    hits = averted(text, found)
    kept = {id(h) for h in hits}
    gone = [h for h in found if h.type == "predicate" and id(h) not in kept]
    complementizers = [h.start for h in hits if h.type == "complementizer"]
    cues = [h for h in hits if h.type == "hearsay"]
    # a cue reports a figure after it; one after the figure reports it too, unless
    # it opens a clause of its own ("…by three women, Trump claimed that …") or is
    # an adverb or adjective, which only says something of what follows it
    # ("Saipov, 30, allegedly used…")
    cues_before = [h.start for h in hits if h.type in ("hearsay", "hearsay_before")]
    cues_after = [h.start for h in cues if not _opens_clause(h, complementizers)]
    corrections = [h.start for h in hits if h.type == "correction"]
    # negation cues, except those inside a figure's own wording ("no more than 500")
    # (the hedge words written before it included: "not less than 300")
    all_tokens = list(tokens(text))
    starts = [s for _, s, _ in all_tokens]
    hedges = [(_hedge_start(q, starts), q.end) for q in quantities]
    negs = [n for n in negations(text) if not any(a <= n < b for a, b in hedges)]
    excepts = exceptives(text) if negs else []
    clauses = denied_clauses(text) if negs else {}
    # "rather than", "instead of" count as a negation somewhere in the sentence (they
    # deny nothing themselves, but a translation may write them as one)
    polar = bool(negs) or contrasts(text)
    # stretch of text owned by each figure: [lo, hi)
    cuts = [0]
    for a, b in itertools.pairwise(figures):
        cuts.append(_boundary(text, a.end, b.start, hits))
    cuts.append(len(text))
    contexts: list[FigureContext] = []
    consumed: set[int] = set()  # negations that only turn a bound around
    asked = asks(text)
    quotes = quotations(text)
    labelled = _labelled_claim(text)
    speaker = _names_speaker(all_tokens, quotes)
    # content words only: "dans", "depuis", "pour" in common tie nothing
    function = _function_words()
    word_spans = [
        (t, s) for t, s, _ in all_tokens if len(t) > 3 and not t.isdigit() and t not in function
    ]
    gloss = [h for h in find_glossary(text) if h.type == "word"]
    for i, q in enumerate(figures):
        lo, hi = cuts[i], cuts[i + 1]
        ctx = FigureContext(q, span=(lo, hi), negation_in_sentence=polar, asked=asked)
        ctx.years = years_of(text, q)
        ctx.quoted = any(a <= q.start < b for a, b in quotes)
        ctx.attributed = ctx.quoted and speaker
        # reported as a claim: a hearsay cue before it with no "but" in between, or
        # one after it in its own stretch ("300 rescued, posts claim")
        ctx.hearsay = (
            labelled
            or any(h < q.start and not any(h < c < q.start for c in corrections) for h in cues_before)
            or any(q.start <= h < hi for h in cues_after)
        )
        first = bisect_left(starts, q.start)
        last = bisect_left(starts, q.end)
        # a negation denies the figure when it comes before it in its own clause
        # ("did not rescue 300"), or before it in the clause a denied verb of saying
        # opens, however long ("n'a pas écrit dans son livre que des épidémies
        # élimineraient 4 milliards"); one after it usually belongs to what follows
        # ("15 years, not long after…")
        denying = [
            n
            for n in negs
            if lo <= n < q.start
            and (
                first - bisect_left(starts, n) <= _NEGATION_WINDOW
                or (clauses.get(n, q.start) < q.start and first - bisect_left(starts, n) <= _CLAUSE_WINDOW)
            )
            and not any(n < e < q.start for e in excepts)  # "لم ... سوى مرتين": only twice
        ]
        ctx.negated = bool(denying)
        # a denial right before the bound's own words, at most two words apart
        reach = len(list(tokens(q.hedge or ""))) + _FLIP_GAP
        flipping = [n for n in denying if first - bisect_left(starts, n) <= reach]
        side = _side(q)
        if flipping and side is not None:
            consumed.update(denying)
            # a denied bound is the other bound: "n'a pas dépassé 49" is at most 49,
            # "not less than 2 %" at least 2 %, "لم يتجاوز حاجز 49" at most 49
            flipped: Bound = "at_most" if side == "over" else "at_least"
            ctx.quantity = q.model_copy(
                update={
                    "bound": flipped,
                    "low": None if flipped == "at_most" else q.value,
                    "high": q.value if flipped == "at_most" else None,
                }
            )
            ctx.negated = False
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
        ctx.averted = {h.concept for h in gone if lo <= h.start < hi}
        ctx.words = {t[:5] for t, s in word_spans if lo <= s < hi}
        ctx.glossary = {h.concept for h in gloss if lo <= h.start < hi}
        contexts.append(ctx)
    for part, whole in itertools.pairwise(contexts):
        # "quatre sur cinq décès": the first figure is about what the second counts
        pq, wq = part.quantity, whole.quantity
        if phrase_tokens(text[pq.end : wq.start]) in part_of_phrases():
            part.whole = wq.value
            part.predicates |= whole.predicates
            part.core |= whole.core
            part.topics |= whole.topics
            if pq.unit is None and pq.kind == wq.kind == "count":
                part.quantity = pq.model_copy(update={"unit": wq.unit, "unit_text": wq.unit_text})
    if consumed and not set(negs) - consumed and not contrasts(text):
        for ctx in contexts:
            ctx.negation_in_sentence = False
    for ctx in contexts:
        if ctx.parent is not None:
            parent = contexts[ctx.parent]
            ctx.predicates |= parent.predicates
            ctx.averted |= parent.averted
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
    """The countries and bodies ``text`` names. A demonym that qualifies a currency
    word right next to it names the currency, not the country: "455 000 dollars
    américains", "دولار أمريكي", "dólares estadounidenses", "Canadian dollars"."""
    hits = [h for h in find_concepts(text) if h.type == "actor"]
    if not hits:
        return set()
    money = _currency_words()
    toks = list(tokens(text))
    out: set[str] = set()
    for h in hits:
        k = bisect_left([t[1] for t in toks], h.start)
        before = toks[k - 1] if k > 0 else None
        after = next((t for t in toks[k:] if t[1] >= h.end), None)
        if (before and before[0] in money and not text[before[2] : h.start].strip()) or (
            after and after[0] in money and not text[h.end : after[1]].strip()
        ):
            continue
        out.add(h.concept)
    return out


@cache
def _function_words() -> frozenset[str]:
    """The function words of every language, folded as :func:`tokens` folds."""
    return frozenset(t for w in closed_class_words() for t, _, _ in tokens(w))


@cache
def _currency_words() -> frozenset[str]:
    """The one-word currency names of the currency table ("dollars", "دولار")."""
    return frozenset(p[0] for p in currencies() if len(p) == 1 and p[0].isalpha())


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


def _significant_digits(value: float) -> int:
    """Significant digits as written: 26,750 -> 4; 300 -> 1; 3.47 -> 3."""
    digits = f"{abs(value):.10g}".split("e")[0].replace(".", "").lstrip("0")
    return len(digits.rstrip("0"))


_DECIMALS = re.compile(r"\d[.,]\d{1,2}(?!\d)")


def _source_rounds(c: Quantity, e: Quantity) -> bool:
    """The source writes the claim's figure with fewer decimals, to three significant
    digits at least ("1.342 billion" / "1.34 billion", "3.456" / "3.46"; not "14,263"
    / "14,260" or "26,750" / "27,000", which may be other figures)."""
    if not _DECIMALS.search(e.text):
        return False
    claim, evidence = c.value, e.value
    digits = _significant_digits(evidence)
    if digits < 3 or _significant_digits(claim) <= digits or claim == 0 or evidence == 0:
        return False
    exp = math.floor(math.log10(abs(claim)))
    step = 10.0 ** (exp - digits + 1)
    return math.isclose(round(claim / step) * step, evidence, rel_tol=1e-9)


def _distinctive(value: float) -> bool:
    """A figure unlikely to recur by chance: three or more significant digits
    (26,750; 3.26 million; 14,260), where 150 or 48 are not."""
    if not math.isfinite(value) or value == 0:
        return False
    return _significant_digits(value) >= 3


def _same_large_figure(c: Quantity, e: Quantity) -> bool:
    """The same large figure of two significant digits, bound and unit
    ("more than 820,000 people" / "plus de 820 000 personnes", "$350,000" /
    "350 000 dollars"): rarer by chance than a small or a round one. An unhedged
    claim may give the figure a source bounds ("£120 million" / "up to £120m")."""
    return (
        c.value == e.value
        and abs(c.value) >= 10_000
        and _significant_digits(c.value) >= 2
        and (c.bound == e.bound or (c.bound == "exact" and e.bound in ("at_least", "at_most")))
        and c.kind == e.kind
        and c.unit is not None
        and c.unit == e.unit
        and c.currency == e.currency
    )


def scale_slips(q: Quantity) -> tuple[float, ...]:
    """The values a misread scale would give ``q``, a thousand or a million times
    larger or smaller, kept at 1,000 or more: for a count, an amount or a measure of
    two or more significant digits and at least 1,000 ("$350,000" / "350 million
    dollars", "2.4 million people" / "2.4 billion people")."""
    if q.kind not in ("count", "money", "measure") or abs(q.value) < 1000:
        return ()
    if _significant_digits(q.value) < 2:
        return ()
    return tuple(v for f in (1e3, 1e6) for v in (q.value * f, q.value / f) if abs(v) >= 1000)


def _scale_slip(c: Quantity, e: Quantity) -> bool:
    """``e`` is ``c`` on a misread scale (:func:`scale_slips`), the same kind, unit,
    currency and bound: the signature of a scale read a thousand times off."""
    if c.kind != e.kind or c.unit is None or c.unit != e.unit:
        return False
    if c.currency != e.currency or c.bound != e.bound:
        return False
    return any(math.isclose(e.value, v, rel_tol=1e-9) for v in scale_slips(c))


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
        # |v - e| <= 5% of e  <=>  e in [v / 1.05, v / 0.95]; "just over 40" stays
        # at or above 40, "just under" at or below
        lo, hi = sorted((q.value / (1 + APPROX_TOLERANCE), q.value / (1 - APPROX_TOLERANCE)))
        if q.high is None:
            lo = q.value - eps
        elif q.low is None:
            hi = q.value + eps
        return lo, hi
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
    # (a temperature below zero is the one negative figure: |e| sets the tolerance)
    margin = abs(q.value) * APPROX_TOLERANCE
    if q.bound == "approx" and q.high is None:
        return q.value, q.value + margin  # "un peu plus de 40 %"
    if q.bound == "approx" and q.low is None:
        return q.value - margin, q.value
    if q.bound == "approx" and _precision(q.value) > 0:
        return q.value - margin, q.value + margin
    return q.value, q.value


def _sides(q: Quantity) -> tuple[float, ...]:
    return q.parts if q.parts is not None else (q.value,)


def _side(q: Quantity) -> str | None:
    """The side of its figure a value lies on: "more than 40" and "just over 40" above
    it, "up to 40" and "just under 40" below it; None for an exact or plain
    approximate figure or a range."""
    if q.bound == "at_least" or (q.bound == "approx" and q.high is None):
        return "over"
    if q.bound == "at_most" or (q.bound == "approx" and q.low is None):
        return "under"
    return None


def _same_side(a: Quantity, b: Quantity) -> bool:
    """One of two figures is "just over" / "just under" it, the other bounded on that same side."""
    sa, sb = _side(a), _side(b)
    return sa is not None and sa == sb and "approx" in (a.bound, b.bound)


def compare_scores(claim: Quantity, evidence: Quantity) -> tuple[Outcome, str, float | None]:
    """(outcome, rule, None) for two scores: the same sides support, in the other order
    too when there are two of them (see module doc); other sides contradict; scores of
    a different number of sides (a result and a record) say nothing of each other."""
    c, e = _sides(claim), _sides(evidence)
    if len(c) != len(e):
        return "unknown", "score_shape_differs", None
    if c == e:
        return "supports", "same_score", None
    if len(c) == 2 and c == e[::-1]:
        return "supports", "same_score_reversed", None
    return "contradicts", "score_differs", None


def compare_values(claim: Quantity, evidence: Quantity) -> tuple[Outcome, str, float | None]:
    """(outcome, rule, relative difference) for two figures already aligned."""
    if claim.kind == "score" or evidence.kind == "score":
        return compare_scores(claim, evidence)
    c_lo, c_hi = claim_interval(claim)
    e_lo, e_hi = evidence_interval(evidence)
    rel = (claim.value - evidence.value) / abs(evidence.value) if evidence.value else None
    if (
        claim.value == evidence.value
        and claim.bound == evidence.bound
        and _side(claim) == _side(evidence)
    ):
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
    if claim.bound == evidence.bound == "exact" and _source_rounds(claim, evidence):
        return "supports", "source_rounds_claim", rel  # "1,342 milliard" / "1,34 milliard"
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
    if claim.value == evidence.value and claim.bound == "exact" and evidence.bound != "range":
        # "379,800" / "environ 379 800"; "10 inches of rain" / "up to 10 inches", "384
        # died" / "at least 384 died": a claim giving the very figure the source
        # hedges or bounds restates it without the hedge (as translations often do)
        return "supports", "source_hedges_same_figure", rel
    if claim.value == evidence.value and _same_side(claim, evidence):
        # "just over 40 %" / "más del 40 %": the same figure bounded on the same side
        return "supports", "same_side_bound", rel
    if claim.value == evidence.value and {_side(claim), _side(evidence)} == {"over", "under"}:
        # "oil rose above $80" / "le baril reste sous la barre des 80 dollars": the
        # two bounds only meet at the figure itself, which neither side states
        return "contradicts", "opposite_bounds", rel
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
    best: float = 0.0  # the highest similarity among the claim's candidate sentences
    # whether the similarity means anything for this pair (an English-only model
    # across languages: it does not)
    comparable: bool = True

    @property
    def anchored(self) -> bool:
        """Tied by something the figure itself does not supply: a name or another figure."""
        return self.names > 0 or self.shared_figures > 0

    @property
    def related(self) -> bool:
        return self.anchored or self.similarity >= self.threshold

    @property
    def alike(self) -> bool:
        """Like the claim above chance: at least ``_TOP_FLOOR`` of the threshold."""
        return self.similarity >= _TOP_FLOOR * self.threshold

    @property
    def top(self) -> bool:
        """The candidate most like the claim (within a hair), if at all like it."""
        return self.alike and self.similarity >= self.best - _LEAD_MARGIN

    @property
    def leading(self) -> bool:
        """The sentence most like the claim (or within a hair of it), and like it
        enough: the one a reader would hold the claim against. Unrelated news
        routinely clears the absolute threshold; being the best candidate is what
        singles out a restatement of the claim."""
        return self.similarity >= self.threshold and self.similarity >= self.best - _LEAD_MARGIN


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
    leading: bool = False  # from the sentence most like the claim (see Relatedness.leading)
    similarity: float = 0.0  # the encoder's similarity of its sentence to the claim
    alike: bool = False  # that similarity is above chance (see Relatedness.alike)
    anchored: bool = False  # its sentence shares a name or another figure with the claim
    ties: tuple[str, ...] = ()  # what ties the two figures beyond their kind (see align)
    # the source gives the figure only inside a quotation, and the claim states it
    # rather than reporting that statement (see verdict.py, quotations corrected)
    quoted: bool = False
    doc_id: str = ""


def _other_reading(c: Quantity, e: Quantity) -> bool:
    """``e`` gives the claim's value, but not as the same kind of figure or as a
    count of something the lexicon does not know ("14,260" with no unit)."""
    if e.value != c.value or "score" in (c.kind, e.kind):
        return False  # a count equal to a score's first side is no other reading of it
    if not _kind_compatible(c, e):
        return True
    if e.kind in ("percent", "money") or e.unit == c.unit:
        return False
    return e.unit not in _known_units()


def _pinned(q: Quantity) -> bool:
    """``q``'s unit is written with a word that rules out its other readings ("°C")."""
    return q.unit is not None and phrase_tokens(q.unit_text or "") in unit_pinned().get(
        q.unit, frozenset()
    )


def _bare_against_measure(c: Quantity, e: Quantity) -> bool:
    """One side a measure in its unit, the other a count of nothing stated ("à
    environ 1,5 km" / "has climbed to 832"): the bare number may be that measure
    with its unit left out, which an agreement shows; a different value is no sign
    of it and refutes nothing."""
    return {c.kind, e.kind} == {"measure", "count"} and any(
        q.kind == "count" and q.unit is None for q in (c, e)
    )


def _kind_compatible(c: Quantity, e: Quantity) -> bool:
    if c.kind == "score" or e.kind == "score":
        # a score only with a score of as many sides ("2-1" / "2 à 1"; not "5-0-0")
        return c.kind == e.kind and len(_sides(c)) == len(_sides(e))
    groups = {_KIND_GROUP.get(c.kind), _KIND_GROUP.get(e.kind)}
    if groups == {"count", "duration"} and (c.unit is None or e.unit is None or c.unit == e.unit):
        # "aged 39" / "39 ans": a bare number may be a duration written short; a count
        # of a time unit is that duration ("60 Minutes", a title, read as a count)
        return True
    if groups == {"count", "money"} and any(q.kind == "count" and q.unit is None for q in (c, e)):
        return True  # "the deficit reached 77 billion" / "77 billion dollars"
    if len(groups) != 1:
        return False
    return not (c.kind == "money" and c.currency and e.currency and c.currency != e.currency)


@cache
def _known_units() -> frozenset[str]:
    return frozenset(unit_concepts())


# the largest ratio between two units a figure is converted across (metres and
# kilometres, hours and days, days and years; not centimetres and miles)
_CONVERSION_SPAN = 1000.0


def converted(c: Quantity, target_unit: str | None, as_unit: str | None = None) -> Quantity:
    """``c`` in ``target_unit`` when both units convert to the same one (45 miles ->
    72.4 km; 6 feet -> 183 cm; 48 hours -> 2 days: :func:`unit_base`), at most
    ``_CONVERSION_SPAN`` apart.

    ``as_unit`` reads ``c`` in another unit first (bare "degrees" as Fahrenheit).
    A converted figure is compared as approximate: translators round conversions.
    """
    unit = as_unit or c.unit
    if not unit or not target_unit or unit == target_unit:
        return c
    base, f, offset = unit_base(unit)
    target, tf, toffset = unit_base(target_unit)
    if base != target or unit_kind(unit) != unit_kind(target_unit):
        return c
    if max(f, tf) / min(f, tf) > _CONVERSION_SPAN:
        return c  # centimetres of rain and miles of road are not one measure

    def conv_value(v: float | None) -> float | None:
        return (v + offset) * f / tf - toffset if v is not None else None

    bound = "approx" if c.bound == "exact" else c.bound
    return c.model_copy(
        update={
            "value": (c.value + offset) * f / tf - toffset,
            "low": conv_value(c.low),
            "high": conv_value(c.high),
            "unit": target_unit,
            "bound": bound,
        }
    )


_NEAR_FACTOR = (0.85, 1.18)


def _half_step(x: float) -> float:
    """Half the last written digit of ``x``: a translator's rounding (2 for 2.54 is within it)."""
    text = f"{abs(x):.6f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".") else 0
    return 0.5 * 10.0**-decimals


def _ranges_match(c: Quantity, e: Quantity) -> bool:
    """A converted range against a range: each end within 5% or the evidence's rounding
    ("1 to 4 inches" is 2.5-10.2 cm; "entre 2 et 10 cm")."""
    if c.bound != "range" or e.bound != "range" or None in (c.low, c.high, e.low, e.high):
        return False
    pairs = ((c.low, e.low), (c.high, e.high))
    return all(
        abs(a - b) <= APPROX_TOLERANCE * abs(a) + _half_step(b)
        for a, b in pairs
        if a is not None and b is not None
    )


_ROUNDED_MAX = 0.12


def _rounded_conversion(a: Quantity, b: Quantity) -> bool:
    """``b`` is ``a`` converted to ``b``'s unit and rounded to its one significant
    digit, as translators do ("within 200 miles" / "dans un périmètre de 300 km":
    322 km written 300). Only a figure written with one significant digit may be
    such a rounding, of a round figure (at most two significant digits: a translator
    writes 318 km for 198 miles), and never by more than 12%."""
    plain = ("exact", "approx")
    # "up to 13 feet" / "hasta 4 metros"
    same_bound = a.bound == b.bound and a.bound in ("at_least", "at_most")
    if not (same_bound or (a.bound in plain and b.bound in plain)) or b.value <= 0:
        return False
    if _significant_digits(a.value) > 2:
        return False
    a2 = converted(a, b.unit)
    if a2 is a:
        return False
    place = 10.0 ** math.floor(math.log10(b.value))
    if abs(b.value / place - round(b.value / place)) > 1e-9:
        return False  # more than one significant digit: 320 km is no loose rounding
    return abs(a2.value - b.value) <= min(0.5 * place, _ROUNDED_MAX * b.value)


def _converted_evidence(e: Quantity, target_unit: str | None, as_unit: str | None = None) -> Quantity:
    """An evidence figure in the claim's unit, keeping its own bound."""
    e2 = converted(e, target_unit, as_unit)
    return e2 if e2 is e else e2.model_copy(update={"bound": e.bound})


def _loosened(c: Quantity) -> Quantity:
    """A claim figure as compared across units, which translators round: an exact
    figure is approximate, and a bound gives way by the same tolerance ("jusqu'à 25
    cm" for "up to 10 inches", 25.4 cm; "plus de 1,3 cm" for "more than half an
    inch", 1.27 cm)."""
    if c.bound == "exact":
        return c.model_copy(update={"bound": "approx"})
    if c.bound == "at_most" and c.high is not None:
        return c.model_copy(update={"high": c.high * (1 + APPROX_TOLERANCE)})
    if c.bound == "at_least" and c.low is not None:
        return c.model_copy(update={"low": c.low * (1 - APPROX_TOLERANCE)})
    return c


# days in each period a rate may count per
_PERIOD_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


def _per_period(e: Quantity, period: str) -> Quantity:
    """The rate ``e`` restated per ``period``: 100 million barrels a day is about 3
    billion a month (the claim is compared as approximate: months and years vary)."""
    assert e.per is not None
    f = _PERIOD_DAYS[period] / _PERIOD_DAYS[e.per]

    def scaled(v: float | None) -> float | None:
        return v * f if v is not None else None

    return e.model_copy(
        update={
            "value": e.value * f,
            "low": scaled(e.low),
            "high": scaled(e.high),
            "per": period,
        }
    )


def _compare_units(c: Quantity, e: Quantity) -> tuple[Outcome, str, float | None]:
    """Compare two aligned figures, trying what their units allow.

    Rates per different periods are compared per the claim's ("$350 a day" and
    "about 10,650 dollars a month" agree; "100 million barrels a day" and "100
    million barrels a month" do not). A rate against a figure that names no period
    is compared as written: translations and headlines drop "a day".

    Units that convert are converted (miles to km). A bare unit word with another
    possible reading ("degrees" in US news is Fahrenheit) agrees if either reading
    does. The same number under a unit within 15% of the other (30 yards and
    "30 mètres") is a translation that kept the figure, not a different figure.
    """
    if c.per and e.per and c.per != e.per:
        outcome, rule, rel = _compare_units(_loosened(c), _per_period(e, c.per))
        if outcome != "unknown":
            rule = "converted_rate" if outcome == "supports" else "rate_differs"
        return outcome, rule, rel
    # Across units the claim is compared as approximate (translators round
    # conversions), whichever side is converted; the evidence stays what it says.
    loose = c.model_copy(update={"bound": "approx"}) if c.bound == "exact" else c
    c2, e2 = converted(c, e.unit), e
    if c2 is c:
        e2 = _converted_evidence(e, c.unit)
        c2 = c if e2 is e else _loosened(c)
    else:
        c2 = _loosened(c2)
    outcome, rule, rel = compare_values(c2, e2)
    if outcome == "supports":
        return outcome, rule, rel
    if (c2 is not c or e2 is not e) and _ranges_match(c2, e2):
        return "supports", "converted_range", rel
    if c.unit is not None and c.unit == e.unit:
        for alt in unit_readings(c.unit):
            pairs = []
            c3 = converted(c, c.unit, alt)
            if c3 is not c and not _pinned(c):
                pairs.append((c3, e))  # the claim's figure read in the other unit
            e3 = _converted_evidence(e, e.unit, alt)
            if e3 is not e and not _pinned(e):
                pairs.append((loose, e3))  # the evidence's figure read in the other unit
            for pair in pairs:
                got = compare_values(*pair)
                if got[0] == "supports":
                    return got[0], f"read_as_{alt}", got[2]
    conv = unit_conversion(c.unit) if c.unit else None
    conv = conv or (unit_conversion(e.unit) if e.unit else None)
    if (
        (c2 is not c or e2 is not e)
        and c.value == e.value
        and conv is not None
        and conv[2] == 0.0
        and _NEAR_FACTOR[0] <= conv[1] <= _NEAR_FACTOR[1]
    ):
        return "supports", "same_figure_near_unit", 0.0
    if _rounded_conversion(c, e) or _rounded_conversion(e, c):
        return "supports", "rounded_conversion", rel
    if (c2 is not c or e2 is not e) and c.bound == "exact" and e.bound in ("at_least", "at_most"):
        # the very figure the source bounds, in another unit: "10 inches of rain" /
        # "jusqu'à 25 cm" (see compare_values)
        plain = e2.model_copy(update={"bound": "exact", "low": None, "high": None})
        got = compare_values(c2, plain)
        if got[0] == "supports":
            return "supports", "source_hedges_same_figure", got[2]
    return outcome, rule, rel


def shared_figures(claim_figures: Sequence[Quantity], evidence: Sequence[Quantity]) -> int:
    """How many of ``claim_figures`` the evidence also gives: the same number, or
    the same measure in another unit (650 pounds and "295 kg")."""
    values = {e.value for e in evidence}
    n = 0
    for c in claim_figures:
        if c.value in values or (c.unit and unit_conversion(c.unit) and any(
            _kind_compatible(c, e) and _compare_units(c, e)[0] == "supports"
            for e in evidence
            if e.unit and e.unit != c.unit
        )):
            n += 1
    return n


def _opposed(claim: set[str], evidence: set[str]) -> tuple[str, str] | None:
    """(claim event, evidence event) when the evidence names the opposite of an
    event the claim names, and not the event itself ("fell" against "rose";
    "acquitted" against "executed")."""
    for concept in sorted(claim - evidence):
        for other in sorted(opposites(concept)):
            if other in evidence and other not in claim:
                return concept, other
    return None


def _averted_against(claim: FigureContext, evidence: FigureContext) -> tuple[str, str] | None:
    """(claim event, evidence event) when one side says the event the other reports
    did not happen: "4 sailors drowned" against "4 sailors were saved from
    drowning" (the source reports a rescue, the claim a death), and the other way."""
    for c, e, flip in ((claim, evidence, False), (evidence, claim, True)):
        if c.predicates & e.predicates & averting_events():
            continue  # both tell of the rescue ("rescued 300 at risk of drowning")
        for event in sorted((c.predicates & e.averted) - e.predicates):
            # name the averting event ("rescue"), else the other side's own event
            instead = (
                sorted(e.predicates & averting_events())
                or sorted(e.predicates - c.predicates)
                or ["no " + event]
            )
            return (instead[0], event) if flip else (event, instead[0])
    return None


def _events_differ(claim: FigureContext, evidence: FigureContext) -> bool:
    """Each side names an event next to its figure and neither side's event is
    named anywhere in the other's sentence ("rescued" against "intercepted").
    "The death toll has climbed to 832" / "le bilan fait état de 832 morts": the
    claim's figure sits next to "climbed", but its sentence is about deaths too."""
    if not (claim.core and evidence.core):
        return False
    # a case of an event is that event ("falls to its lowest level" / "falls")
    claim_core, evidence_core = with_implied(claim.core), with_implied(evidence.core)
    if claim_core & evidence_core:
        return False
    return not (
        claim_core & with_implied(evidence.predicates)
        or evidence_core & with_implied(claim.predicates)
    )


def _polarity_conflict(claim: FigureContext, evidence: FigureContext) -> bool:
    """One side denies the figure right next to it and the other side's sentence
    has no negation anywhere (translations move negations around: "unable to" /
    "ne maîtrisaient pas"; only a clear asymmetry counts)."""
    return (claim.negated and not evidence.negation_in_sentence) or (
        evidence.negated and not claim.negation_in_sentence
    )


def _specific_unit(c: Quantity, e: Quantity) -> bool:
    """Both figures count the same particular thing ("networks", "migrants"), not
    just the same kind of quantity (people, percent, money, a length or a time)."""
    return (
        c.kind == "count"
        and c.unit is not None
        and c.unit in _known_units()
        and c.unit not in _GENERIC_UNITS
        and e.unit is not None
        and (c.unit == e.unit or units_compatible(c.unit, e.unit))
    )


def _same_noun(c: Quantity, e: Quantity) -> bool:
    """Two counts of the same number whose nouns, as written, the general-news
    glossary files under one concept ("400 females" / "400 hembras", "the Seven
    Dwarfs" / "los siete enanitos"). It speaks only where the unit table is silent,
    on a noun it does not know; and it is an agreement signal only: two different
    numbers are never set against each other on its strength."""
    if c.kind != "count" or e.kind != "count" or c.value != e.value:
        return False
    if c.unit is None or e.unit is None or c.unit == e.unit:
        return False
    known = _known_units()
    if c.unit in known and e.unit in known:
        return False  # the unit table knows both nouns: its word stands
    c_noun, e_noun = c.unit_text or c.unit, e.unit_text or e.unit
    return bool(noun_concepts(c_noun) & noun_concepts(e_noun))


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
    # A country or body the claim names must be the one the evidence is about: a
    # source about other actors speaks of something else. A source that names no
    # actor at all may still be about the claim's (it only leaves it unsaid).
    missing = claim_actors - evidence_actors
    if missing and evidence_actors - claim_actors:
        rejected.append("actor:" + ",".join(sorted(missing)))
        return out, rejected
    # A sentence that states the claim's own value under another reading (no unit,
    # another kind) is not evidence against the claim: its disagreements do not count.
    restates = any(_other_reading(cq, e.quantity) for e in evidence_ctx)
    for ectx in evidence_ctx:
        eq = ectx.quantity
        if not _kind_compatible(cq, eq):
            continue
        cq2 = converted(cq, eq.unit)
        eq2 = converted(eq, cq.unit) if cq2 is cq else eq
        if claim_ctx.whole is not None and eq2.value > claim_ctx.whole:
            # a part of five is no figure above five ("quatre sur cinq" / "un million")
            rejected.append("part")
            continue
        unit = _unit_score(cq2, eq2)
        # the same number of the same thing in other words ("females" / "hembras"):
        # the glossary ties the nouns where the unit table does not know them
        same_noun = _same_noun(cq2, eq2) and tie.alike
        if same_noun:
            unit = max(unit or 0.0, 1.5)
        if unit is None or _ages_apart(claim_ctx, ectx):
            rejected.append("unit")
            continue
        pred = claim_ctx.predicates & ectx.predicates
        # words in common; across languages, general-news words of the glossary (a
        # tie and context; the words of the same language alone also let an opposite
        # event or a denial count)
        same_words = len(claim_ctx.words & ectx.words) if claim_lang == sentence.lang else 0
        lexical = same_words if claim_lang == sentence.lang else len(claim_ctx.glossary & ectx.glossary)
        # the opposite event counts only in a sentence about the claim's subject, or
        # for the claim's own figure of the same particular thing ("16 women acquitted"
        # / "16 women sentenced to death")
        opposed = (
            _opposed(claim_ctx.predicates, ectx.predicates)
            # the event the other side averts, for the same people ("4 drowned" / "4
            # saved from drowning"); another figure counts others
            or (_averted_against(claim_ctx, ectx) if cq2.value == eq2.value else None)
            if tie.leading or same_words >= 2 or (_specific_unit(cq2, eq2) and cq2.value == eq2.value)
            else None
        )
        if not (tie.anchored or opposed or same_noun) and _events_differ(claim_ctx, ectx):
            rejected.append("event")
            continue
        topic = claim_ctx.topics & ectx.topics
        slip = _scale_slip(cq2, eq2)
        # A value that agrees is itself a sign the figures speak of the same thing;
        # a value that disagrees only counts when something more than the kind of
        # figure ties them: the same event, topic or specific counted thing, words in
        # common, a name or figure in common, or the sentence being the claim's closest.
        ties = tuple(
            name
            for name, on in (
                ("event", bool(pred)),
                ("topic", bool(topic)),
                ("counted_thing", _specific_unit(cq2, eq2) or same_noun),
                ("actor", bool((claim_ctx.actors & ectx.actors) - main_actors)),
                ("words", lexical >= 2),
                ("anchored", tie.anchored),
                ("leading", tie.leading),
                ("scale_slip", slip),
            )
            if on
        )
        tied = bool(ties)
        if cq.kind == "score":
            # every match report names a win and a sport: a score disagrees only with
            # the score of the same match (a name in common, the closest sentence)
            tied = bool(set(ties) & _SCORE_TIES)
        context = 1.5 * len(pred) + 1.0 * len(topic) + (1.5 if opposed else 0.0)
        context += 1.0 if same_noun else 0.0
        context += 1.0 * len((claim_ctx.actors & ectx.actors) - main_actors)
        if claim_ctx.total and ectx.parent is not None:
            context -= 2.0  # the claim gives a total, this figure is a part of one
        context += min(1.5, 0.3 * lexical)
        strong = True
        # Little context from the lexicon: the figure is compared only in a sentence
        # related to the claim, or the candidate most like it (a translation whose
        # figure was changed falls under the encoder's threshold and stays the
        # sentence to hold the claim against), or where it restates the claim's value.
        if (context < 1.0 or unit + context < 2.0) and not (tie.related or tie.top):
            restated = cq2.value == eq2.value and (
                _distinctive(cq.value) or _same_large_figure(cq, eq)
            )
            if slip:
                pass  # the claim's figure on another scale: a misread scale refutes
            elif not restated:
                rejected.append("context")
                continue
            else:
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
        outcome, rule, rel = _compare_units(cq, eq)
        denial = ""
        if outcome == "supports" and ectx.asked and not claim_ctx.asked:
            # the source asks whether the figure is true ("Did X donate $400,000?");
            # a claim that asks the same question is what the source says
            outcome, rule = "unknown", "asked"
        elif outcome == "supports" and ectx.hearsay and not claim_ctx.hearsay:
            # the source reports the figure as a claim going round, not as a fact
            # (a claim that itself reports the rumour is confirmed by it)
            outcome, rule = "unknown", "reported_claim"
        elif opposed:
            # the source reports this figure for the opposite event (a rise, not a fall)
            outcome, rule = "contradicts", "opposite_event"
        elif _polarity_conflict(claim_ctx, ectx) and (tie.leading or same_words >= 2 or pred):
            # one side denies what the other asserts: the same figure is a contradiction;
            # another figure is no evidence ("did not rescue 15,000" vs "rescued 14,260")
            if outcome == "supports":
                outcome, rule = "contradicts", "negated"
            else:
                outcome, rule = "unknown", "negated"
            denial = "the claim denies it, the source states it"
            if ectx.negated:
                denial = "the source denies it, the claim states it"
        # a sentence that restates the claim's value elsewhere may still confirm it;
        # nouns tied by the glossary only ever confirm. The claim's value restated
        # for the opposite event, or denied, is that restatement itself ("9 detained,
        # 4 of them women" against "9 citizens released"; "4 billion people will
        # perish" against "did not write that 4 billion 'useless eaters' would"): it
        # refutes.
        refutes = (
            outcome == "contradicts"
            and rule in ("opposite_event", "negated")
            and _other_reading(cq, eq)
        )
        # A disagreement refutes only from a sentence about the claim's subject (see
        # the module's notes): a lexicon word or two in common turn up in any news.
        # The opposite event and a denial have gates of their own (above).
        if outcome == "supports" and rule == "within_claim_bound" and not tied:
            # any figure past a one-sided bound meets it ("more than 135 species" /
            # "14,260 people"): meeting the bound, unlike stating the value, is no
            # sign that the figures speak of the same thing
            rejected.append("context")
            continue
        about = tie.alike or tie.anchored or slip or lexical >= 2
        # (where the encoder cannot compare the two languages, its similarity says
        # nothing, and event and topic in common decide alone)
        like_enough = tie.similarity >= _EVENT_FLOOR * tie.threshold or not tie.comparable
        about = about or bool(pred and topic and like_enough)
        about = about or rule in ("opposite_event", "negated")
        strong = strong and tied and (
            outcome == "supports"
            or (about and (refutes or not (restates or same_noun)) and not _bare_against_measure(cq, eq))
        )
        comparison = Comparison(
            claim_quantity=cq,
            evidence_quantity=eq,
            sentence_id=sentence_id,
            outcome=outcome,
            rule=rule,
            relative_difference=rel,
            note="; ".join(
                n
                for n in (
                    f"period {year}" if year else "",
                    f"the source reports {opposed[1]}, the claim {opposed[0]}" if opposed else "",
                    denial if rule == "negated" else "",
                )
                if n
            ),
        )
        out.append(
            Aligned(
                sentence_id,
                eq,
                unit + context,
                period,
                year,
                comparison,
                strong,
                tie.leading,
                tie.similarity,
                tie.alike,
                tie.anchored,
                ties,
                ectx.quoted and not claim_ctx.attributed,
                sentence.doc_id,
            )
        )
    # Within one sentence a figure of the claim's very counted thing is the claim's
    # figure, not another of a wider kind: "3,400 civilians" beside "14,200 people",
    # for a claim about civilians.
    if cq.kind == "count" and cq.unit in _known_units() and any(a.evidence.unit == cq.unit for a in out):
        wider = set(unit_ancestors(cq.unit)) - {cq.unit}
        if any(a.evidence.unit in wider for a in out):
            out = [a for a in out if a.evidence.unit not in wider]
            rejected.append("unit")
    return out, rejected


# ------------------------------------------------------------- one to one
# Weights of a pair in the one-to-one matching, compared in this order: an
# agreement, then being matched at all, then the alignment score.
_AGREE_WEIGHT = 1000.0
_MATCH_WEIGHT = 100.0
_EXACT_MATCHING_MAX = 10  # evidence figures in a sentence up to which the matching is exact


def restatements(text: str, figures: Sequence[Quantity]) -> set[int]:
    """Indices of figures that restate the figure before them in another unit, in
    brackets: "45 miles (72 kilometers)", "£1bn ($1.3bn)". They are one quantity
    written twice, and may be set against the same evidence figure."""
    out: set[int] = set()
    for n in range(1, len(figures)):
        a, b = figures[n - 1], figures[n]
        unit_text, bracket, lead = text[a.end : b.start].rpartition("(")
        if not bracket or len(unit_text) > 25 or len(lead.strip()) > 3:
            continue
        if a.kind != b.kind or a.unit == b.unit:
            continue
        if a.kind == "money" or converted(a, b.unit) is not a or converted(b, a.unit) is not b:
            out.add(n)
    return out


def repeats(figures: Sequence[Quantity]) -> dict[int, int]:
    """Figures that repeat an earlier figure exactly (value, kind, bound, unit): index
    -> the earlier one's. "Four points in a row … four points from four matches" may
    state one figure twice (see :func:`one_to_one`)."""
    out: dict[int, int] = {}
    for n, b in enumerate(figures):
        for m, a in enumerate(figures[:n]):
            if (a.value, a.kind, a.bound, a.unit, a.high) == (b.value, b.kind, b.bound, b.unit, b.high):
                out[n] = m
                break
    return out


def one_to_one(
    per_figure: Sequence[Sequence[Aligned]],
    free: Collection[int] = (),
    repeated: dict[int, int] | None = None,
) -> list[list[Aligned]]:
    """Within one evidence sentence, give each evidence figure to one claim figure.

    ``per_figure[i]`` holds the evidence figures of the sentence aligned with the
    claim's i-th figure. A sentence that states two figures is read as stating two
    things: "a four-day week, paid for five" cannot confirm both figures of "a
    five-day week, paid for five days" with its one "five". The matching keeps as
    many agreements as it can (a claim read the way its source reads), then as
    many figures as it can, then the best-aligned pairs; figures of the claim left
    without a partner get nothing from this sentence. Exact up to
    ``_EXACT_MATCHING_MAX`` evidence figures, greedy above. The figures in ``free``
    (restatements, see :func:`restatements`) keep every pair and take no part.
    Of a claim figure and its repeat (``repeated``, see :func:`repeats`), one left
    without a partner shares the other's agreement: a sentence
    that states the figure once confirms a claim that states it twice, while a
    sentence with a figure for each still answers each on its own.
    """
    active = [i for i, got in enumerate(per_figure) if got and i not in free]
    if len(active) < 2:
        return [list(got) for got in per_figure]
    keys = sorted({(a.evidence.start, a.evidence.end) for i in active for a in per_figure[i]})
    slot = {k: n for n, k in enumerate(keys)}

    def weight(a: Aligned) -> float:
        agree = _AGREE_WEIGHT if a.comparison.outcome == "supports" else 0.0
        return agree + _MATCH_WEIGHT + a.score

    options = [
        sorted(per_figure[i], key=lambda a: (-weight(a), a.evidence.start)) for i in active
    ]
    chosen: dict[int, Aligned] = {}
    if len(keys) <= _EXACT_MATCHING_MAX:

        @cache
        def best(n: int, used: int) -> tuple[float, tuple[int, ...]]:
            """Best total weight for active figures n.. with evidence slots ``used`` taken,
            and each figure's option index (-1: unmatched)."""
            if n == len(options):
                return 0.0, ()
            top, picks = best(n + 1, used)
            out = (top, (-1, *picks))
            for k, a in enumerate(options[n]):
                bit = 1 << slot[(a.evidence.start, a.evidence.end)]
                if used & bit:
                    continue
                rest, picks = best(n + 1, used | bit)
                if rest + weight(a) > out[0]:
                    out = (rest + weight(a), (k, *picks))
            return out

        for n, k in enumerate(best(0, 0)[1]):
            if k >= 0:
                chosen[active[n]] = options[n][k]
    else:
        taken: set[tuple[int, int]] = set()
        pairs = sorted(
            ((weight(a), n, a) for n, opts in enumerate(options) for a in opts),
            key=lambda t: (-t[0], t[1], t[2].evidence.start),
        )
        for _, n, a in pairs:
            key = (a.evidence.start, a.evidence.end)
            if active[n] in chosen or key in taken:
                continue
            chosen[active[n]] = a
            taken.add(key)
    for pair in (repeated or {}).items():
        for i, j in (pair, pair[::-1]):
            if i in active and i not in chosen and j in chosen:
                twin = chosen[j]
                if twin.comparison.outcome == "supports":
                    same = [a for a in per_figure[i] if a.evidence is twin.evidence]
                    if same and same[0].comparison.outcome == "supports":
                        chosen[i] = same[0]
    return [
        list(got) if i in free or i not in active else ([chosen[i]] if i in chosen else [])
        for i, got in enumerate(per_figure)
    ]


# ------------------------------------------------------------------------ dates
# A claim that states no count, amount or share may still state when something
# happened ("Bob Barker died in July 2017", "وُلد في 26 مايو 1975"). Its dates
# are checked against the dates the sources give for the same event: a date
# aligns only with one whose nearby words name the same event (the same word in
# the same language, the same event concept or glossary word across languages),
# in a sentence about the claim's subject (a name in common, the sentence most
# like the claim, or two words in common). "Died in 2023" does not refute
# "hosted the show from 1972"; any date of other news refutes nothing.
_DATE_KINDS = frozenset({"year", "date"})
_RELATION_REACH = 4  # function words and year nouns a relation word may stand before ("depuis l'année")
_DATELINE_WORDS = 3  # words a dateline may hold before its year ("28 giu 2023")
_DATELINE_END = re.compile(r"\s{2,}|\s+[-–—|]\s")  # what sets a dateline off from its text
_DECADE_END = re.compile(r"['’]?s\b")
_DIGITS = re.compile(r"\d+")  # any script's digits ("٢٠٢٣")
_DATE_WORD_MIN = 3  # letters a word near a date needs to tie it ("ولد", "born")


@dataclass
class DateContext:
    """A date or year with what ties it to its event.

    ``near`` holds the content words within a few words of it (folded, cut to
    five letters, as :attr:`FigureContext.words`), ``near_glossary`` the glossary
    concepts there, ``relation`` the word before it that ties it to the event
    ("since", "until", "before", "after"; time.toml ``[date_relations]``) or
    ``None`` for the event's own date."""

    figure: FigureContext
    near: frozenset[str] = frozenset()
    near_glossary: frozenset[str] = frozenset()
    relation: str | None = None


def date_parts(q: Quantity) -> tuple[int, int, int]:
    """(year, month, day) of a date or year; 0 where the text states none. A day
    and month written without a year ("on August 5") take the reference date's
    year when read; that year is not the text's and counts as unstated."""
    if q.kind == "year":
        return int(q.value), 0, 0
    v = int(q.value)
    year, month, day = v // 10000, v // 100 % 100, v % 100
    written = [int(d) for d in _DIGITS.findall(q.text)]
    if year and not any(d == year or (d == year % 100 and d != day) for d in written):
        year = 0
    return year, month, day


def compare_dates(claim: Quantity, evidence: Quantity) -> tuple[Outcome, str]:
    """Compare two dates over what both state: a year, month or day that both give
    and that differ contradicts ("July 2017" / "August 26, 2023"); the evidence
    giving all the claim gives, the same, supports (a claim of "2022" / "March
    2022"); a claim more precise than the evidence is unknown ("26 May 1975" /
    "1975")."""
    pairs = list(zip(date_parts(claim), date_parts(evidence), strict=True))
    if any(c and e and c != e for c, e in pairs):
        return "contradicts", "date_differs"
    if any(c and not e for c, e in pairs):
        return "unknown", "evidence_not_precise_enough"
    return "supports", "same_date"


@cache
def _year_words() -> frozenset[str]:
    """The one-word year nouns of every language ("year", "année", "عام")."""
    return frozenset(t for p in year_nouns("und") if len(p) == 1 for t, _, _ in tokens(p[0]))


@cache
def _date_relations() -> dict[tuple[str, ...], str]:
    """The relation words of time.toml as :func:`tokens` reads them ("d'ici" -> ("ici",))."""
    return {tuple(t for t, _, _ in tokens(w)): rel for w, rel in date_relations().items()}


def _relation(toks: Sequence[Token], first: int) -> str | None:
    """The relation word before the token ``first`` (a date's first token), over
    function words and year nouns only: "depuis l'année 1994", "منذ عام 1994" ->
    since; "by Biden in 2022" -> none (a content word stands between)."""
    relations = _date_relations()
    function = _function_words() | _year_words()
    j = first - 1
    for _ in range(_RELATION_REACH):
        if j < 0:
            break
        for n in (3, 2, 1):
            relation = relations.get(tuple(t[0] for t in toks[max(0, j - n + 1) : j + 1]))
            if relation is not None:
                return relation
        if toks[j][0] not in function:
            break
        j -= 1
    return None


def _dateline(text: str, q: Quantity) -> bool:
    """``q`` is the date a text opens with, set off from it ("18 ott 2023  woman cuts
    her birthday cake…", "2023-10-06 — Satellite imagery shows…"), after a day or a
    month name at most, in any language: when it was published, not when its
    event happened. A colon does not set one off: "2005: strong quakes hit
    Sumatra" dates its event."""
    head = text[: q.start].split()
    return len(head) < _DATELINE_WORDS and sum(map(len, head)) < 4 * _DATELINE_WORDS and bool(
        _DATELINE_END.match(text, q.end)
    )


@cache
def _decade_words() -> tuple[tuple[str, ...], ...]:
    """The words of time.toml ``[decades]`` as :func:`tokens` reads them."""
    return tuple(tuple(t for t, _, _ in tokens(w)) for w in decade_words())


def _decade(text: str, q: Quantity, before: Sequence[str]) -> bool:
    """``q`` is a decade ("the 1930s", "the 2000's", "la década de 1980"), not a
    year; ``before`` holds the words of ``text`` before it."""
    if q.kind != "year":
        return False
    if _DECADE_END.match(text, q.end) is not None:
        return True
    return any(tuple(before[-len(w) :]) == w for w in _decade_words() if w)


def date_contexts(
    text: str, quantities: Sequence[Quantity], datelines: bool = True
) -> list[DateContext]:
    """The dates and years of ``text`` with their events (see :class:`DateContext`);
    decades are left out, and so are datelines unless ``datelines`` is false (a
    claim's opening date is its own)."""
    toks = list(tokens(text))
    starts = [s for _, s, _ in toks]
    words = [t for t, _, _ in toks]
    # a dateline or a decade owns no stretch of the sentence: the words after it
    # belong to the dates of the text itself
    kept = [
        q
        for q in quantities
        if q.kind in _DATE_KINDS
        and not (
            _decade(text, q, words[: bisect_left(starts, q.start)])
            or (datelines and _dateline(text, q))
        )
    ]
    figures = figure_contexts(text, kept, _DATE_KINDS)
    if not figures:
        return []
    function = _function_words()
    gloss = [h for h in find_glossary(text) if h.type == "word"]
    out: list[DateContext] = []
    for ctx in figures:
        q = ctx.quantity
        lo, hi = ctx.span
        first = bisect_left(starts, q.start)
        last = bisect_left(starts, q.end)
        window = range(max(0, first - _CORE_WINDOW), min(len(toks), last + _CORE_WINDOW))
        near = frozenset(
            toks[k][0][:5]
            for k in window
            if not first <= k < last
            and lo <= toks[k][1] < hi
            and len(toks[k][0]) >= _DATE_WORD_MIN
            and not toks[k][0].isdigit()
            and toks[k][0] not in function
        )
        a = toks[window.start][1] if window else q.start
        b = toks[window.stop - 1][2] if window else q.end
        near_gloss = frozenset(h.concept for h in gloss if a <= h.start < b and lo <= h.start < hi)
        out.append(DateContext(ctx, near, near_gloss, _relation(toks, first)))
    return out


def align_date(
    claim: DateContext,
    claim_lang: str,
    sentence_id: int,
    sentence: Sentence,
    evidence: Sequence[DateContext],
    tie: Relatedness,
    claim_dates: int = 1,
) -> list[Aligned]:
    """The evidence dates of one sentence set against one claim date (see the notes
    above ``_DATE_KINDS``). A date restated in full (day, month and year) needs only
    the sentence to be about the claim's subject; any other needs its event named
    next to it as well, or the sentence must restate the claim: state as many dates
    as the claim (``claim_dates``) and share a name with it, being like the claim
    above chance, or a name or country, being the sentence most like it ("the
    1950-53 Korea War" / "la guerre de Corée (1950-1953)")."""
    cq = claim.figure.quantity
    same_lang = claim_lang == sentence.lang
    out: list[Aligned] = []
    for e in evidence:
        eq = e.figure.quantity
        outcome, rule = compare_dates(cq, eq)
        near_words = len(claim.near & e.near) if same_lang else 0
        events = claim.figure.core & e.figure.core
        near = bool(events or near_words or claim.near_glossary & e.near_glossary)
        if same_lang:
            words = len(claim.figure.words & e.figure.words)
        else:
            words = len(claim.figure.glossary & e.figure.glossary)
        about = tie.anchored or tie.leading or words >= 2
        full = outcome == "supports" and all(date_parts(cq))
        # the dates of a sentence that restates the claim are those of its events,
        # whatever words surround them (a translation: "In 2016, a pig attacked…" /
        # "En 2016 dans une ferme…"): as many dates, and a name in common in a
        # sentence like the claim above chance, or a name or country in the closest
        named = tie.anchored or bool(claim.figure.actors & e.figure.actors)
        restates = (tie.leading and named) or (tie.alike and tie.names > 0)
        sole = len(evidence) == claim_dates and restates
        near = near or sole
        if not (about and (near or full)):
            continue
        if outcome == "contradicts" and None not in (claim.relation, e.relation) and claim.relation != e.relation:
            # "since 1993" / "in 1995": another fact about the same event
            outcome, rule = "unknown", "other_relation"
        if outcome == "supports" and e.figure.asked and not claim.figure.asked:
            outcome, rule = "unknown", "asked"
        elif outcome == "supports" and e.figure.hearsay and not claim.figure.hearsay:
            outcome, rule = "unknown", "reported_claim"
        elif (claim.figure.negated or e.figure.negated) and (
            claim.figure.negation_in_sentence != e.figure.negation_in_sentence
        ):
            # "did not die in 2017" / "died in 2017"; another date denies nothing. A
            # translation may place its negation elsewhere in the sentence ("has not
            # held one since 10 September" / "depuis le 10 septembre, n'a tenu aucune")
            outcome, rule = ("contradicts", "negated") if outcome == "supports" else ("unknown", "negated")
        note = f"dated by {e.relation}" if e.relation else ""
        if rule == "negated":
            note = "the source denies it, the claim states it"
            if claim.figure.negated:
                note = "the claim denies it, the source states it"
        score = 1.5 * len(events) + 0.5 * near_words + min(2.0, tie.names) + 4.0 * max(0.0, tie.similarity)
        ties = (("event", near), ("anchored", tie.anchored), ("leading", tie.leading))
        out.append(
            Aligned(
                sentence_id=sentence_id,
                evidence=eq,
                score=score,
                period="unstated",  # a date is its own period
                evidence_year=None,
                comparison=Comparison(
                    claim_quantity=cq,
                    evidence_quantity=eq,
                    sentence_id=sentence_id,
                    outcome=outcome,
                    rule=rule,
                    note=note,
                ),
                strong=near or full,  # a full date restated decides without its event words
                leading=tie.leading,
                similarity=tie.similarity,
                alike=tie.alike,
                anchored=tie.anchored,
                ties=tuple(name for name, on in ties if on),
                quoted=e.figure.quoted and not claim.figure.attributed,
                doc_id=sentence.doc_id,
            )
        )
    return out


def pair_dates(per_date: Sequence[list[Aligned]]) -> list[list[Aligned]]:
    """The dates of one evidence sentence set against each claim date, agreements
    first (as :func:`one_to_one` pairs figures): a claim date that a date of the
    sentence confirms is not refuted by the sentence's other dates, and a date of
    the sentence that confirms one claim date refutes no other ("2016: a quake
    hit Aceh, a reminder of the 2004 tsunami" against the same two years). The
    claim's date denied by the sentence still refutes it."""
    agreeing = [{id(a.evidence) for a in got if a.comparison.outcome == "supports"} for got in per_date]
    used = set().union(*agreeing) if agreeing else set()

    def kept(a: Aligned, i: int) -> bool:
        if a.comparison.rule != "date_differs":
            return True  # the same date denied, another bound: not another date
        return not agreeing[i] and id(a.evidence) not in used

    return [[a for a in got if kept(a, i)] for i, got in enumerate(per_date)]

