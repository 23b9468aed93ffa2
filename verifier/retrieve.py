"""Retrieve stage: candidate evidence sentences for a claim.

Candidates are pooled from two channels and then scored on the same scale:

* dense: FAISS neighbours of the claim vector;
* figures: sentences holding a figure within about ±6% of one of the claim's
  figures (this is what carries cross-lingual matching when the encoder is not
  multilingual: "14,260" finds "14 ألفا و260").

Every pooled sentence is scored by its encoder similarity to the claim (computed
for figure-only candidates too), plus a figure term and a lexical term:

* figure: how much of the claim's figures the sentence holds, each figure
  weighted by how rare it is in the index (a "2" found in hundreds of
  sentences says little, a "14,260" says much) and by how close the values are;
* lexical: overlap of folded content words and concepts between the claim and
  the sentence, weighted by how much the two share a writing system: an
  English claim and an Arabic sentence share only names and digits, so word
  overlap there is weak evidence and must not reorder the dense list.

Fusing by score rather than by rank keeps the dense order where the other
channels carry no evidence, instead of letting any keyword hit outrank it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from ._text import tokens
from .compare import scale_slips
from .concepts import concept_set
from .index import SentenceIndex
from .records import Candidate, Quantity, Sentence

__all__ = ["CHECKABLE_KINDS", "retrieve"]

CHECKABLE_KINDS = frozenset({"count", "percent", "money", "measure", "duration", "score"})
_DENSE_POOL = 50
_FIGURE_POOL = 50
_FIGURE_TOLERANCE = 0.12  # relative distance at which a figure stops counting as near
_FIGURE_WEIGHT = 0.3
_LEXICAL_WEIGHT = 0.3
_CONCEPT_WEIGHT = 0.5
_NAME_WEIGHT = 0.1  # per proper name of the claim the sentence repeats (at most two)


def _content_words(text: str) -> set[str]:
    return {t[:5] for t, _, _ in tokens(text) if len(t) > 3 and not t.isdigit()}


def _script(word: str) -> str:
    """The writing system of a folded word: "arabic", "latin" or "other"."""
    for ch in word:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f":
            return "arabic"
        if (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f":
            return "latin"
    return "other"


def _scripts(words: set[str]) -> dict[str, float]:
    """Share of ``words`` in each writing system."""
    counts: dict[str, float] = {}
    for w in words:
        s = _script(w)
        counts[s] = counts.get(s, 0.0) + 1.0
    total = sum(counts.values()) or 1.0
    return {s: n / total for s, n in counts.items()}


def _shared_script(a: dict[str, float], b: dict[str, float]) -> float:
    """Overlap of two script profiles: 1 when both are in one script, 0 when disjoint."""
    return sum(min(v, b.get(s, 0.0)) for s, v in a.items())


def _lexical_features(sentence: Sentence) -> tuple[set[str], frozenset[str], dict[str, float]]:
    words = _content_words(sentence.text)
    return words, concept_set(sentence.text), _scripts(words)


_SLIP_WEIGHT = 0.5


def _figure_scores(index: SentenceIndex, quantities: Sequence[Quantity]) -> dict[int, float]:
    """Per sentence, the rarity-weighted share of the claim's figures it holds nearly."""
    n = len(index.sentences)
    per_figure: list[tuple[float, dict[int, float]]] = []
    for q in quantities:
        if q.kind not in CHECKABLE_KINDS:
            continue
        scale = max(abs(q.value), 1e-9)
        close: dict[int, float] = {}
        for sid in set(index.figure_neighbours(q.value)):
            dist = min(
                (abs(e.value - q.value) / scale for e in index.sentences[sid].quantities),
                default=math.inf,
            )
            if dist < _FIGURE_TOLERANCE:
                close[sid] = 1.0 - dist / _FIGURE_TOLERANCE
        # the same large figure on a scale a thousand or a million times off ("$350,000"
        # / "350 millions de dollars"): a misread scale, found at a lower weight
        # (exact figures only: a bound on a misread scale is no restatement to look for)
        for other in scale_slips(q) if q.bound == "exact" else ():
            for sid in set(index.figure_neighbours(other)):
                if sid not in close and any(
                    math.isclose(e.value, other, rel_tol=1e-9) for e in index.sentences[sid].quantities
                ):
                    close[sid] = _SLIP_WEIGHT
        if not close:
            continue
        # inverse document frequency, on [0, 1]: 1 for a figure only one sentence holds
        df = sum(close.values())
        idf = math.log(1.0 + n / df) / math.log(1.0 + n) if n > 1 else 1.0
        per_figure.append((idf, close))
    if not per_figure:
        return {}
    total = sum(w for w, _ in per_figure) + 1.0
    out: dict[int, float] = {}
    for w, close in per_figure:
        for sid, c in close.items():
            out[sid] = out.get(sid, 0.0) + w * c / total
    return out


def retrieve(
    index: SentenceIndex,
    claim: str,
    quantities: Sequence[Quantity],
    claim_vector: np.ndarray,
    k: int,
    names: Callable[[int], int] | None = None,
) -> list[Candidate]:
    """The ``k`` best candidate sentences for ``claim``, best first.

    ``names`` counts the claim's proper names a sentence repeats (across scripts
    too: "Brighton" / "برايتون"): a name in common lifts a pooled sentence whose
    words the lexical term cannot compare (a French claim, an Arabic sentence).
    """
    if not index.sentences:
        return []
    vector = np.asarray(claim_vector, dtype=np.float32).reshape(-1)
    dense: dict[int, float] = {}
    scores, ids = index.search(vector.reshape(1, -1), _DENSE_POOL)
    for sid, score in zip(ids[0].tolist(), scores[0].tolist(), strict=True):
        if sid >= 0:
            dense[sid] = float(score)
    figure = _figure_scores(index, quantities)
    pooled = set(dense)
    pooled.update(sorted(figure, key=lambda sid: (-figure[sid], sid))[:_FIGURE_POOL])

    claim_words = _content_words(claim)
    claim_concepts = concept_set(claim)
    claim_scripts = _scripts(claim_words)
    out: list[Candidate] = []
    for sid in pooled:
        similarity = dense.get(sid)
        if similarity is None:
            similarity = float(vector @ index.faiss_index.reconstruct(sid))
        words, concepts, scripts = index.memo(sid, "lexical_scripts", _lexical_features)
        lexical = _shared_script(claim_scripts, scripts) * len(claim_words & words) / (
            1 + len(claim_words)
        ) + _CONCEPT_WEIGHT * len(claim_concepts & concepts) / (1 + len(claim_concepts))
        out.append(
            Candidate(
                sentence_id=sid,
                score=similarity
                + _FIGURE_WEIGHT * figure.get(sid, 0.0)
                + _LEXICAL_WEIGHT * lexical,
                dense=dense.get(sid),
                figure=figure.get(sid),
                lexical=lexical,
            )
        )
    if names is not None:
        # names lift a sentence by two bonuses at most: only those that could then
        # reach the k best are looked at (a cross-script name bag costs a little)
        ranked = sorted((c.score for c in out), reverse=True)
        floor = ranked[k - 1] - 2 * _NAME_WEIGHT if len(ranked) > k else -math.inf
        out = [
            c.model_copy(update={"score": c.score + _NAME_WEIGHT * min(2, names(c.sentence_id))})
            if c.score >= floor
            else c
            for c in out
        ]
    out.sort(key=lambda c: (-c.score, c.sentence_id))
    return out[:k]
