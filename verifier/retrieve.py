"""Retrieve stage: candidate evidence sentences for a claim.

Three channels are fused by reciprocal-rank fusion:

* dense: FAISS neighbours of the claim vector;
* figures: sentences holding a figure within about ±6% of one of the claim's
  figures (this is what carries cross-lingual matching when the encoder is not
  multilingual: "14,260" finds "14 ألفا و260");
* lexical: overlap of folded content words and concepts between the claim and
  the sentence, used to re-rank the pooled candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._text import tokens
from .concepts import concept_set
from .index import SentenceIndex
from .records import Candidate, Quantity, Sentence

__all__ = ["CHECKABLE_KINDS", "retrieve"]

CHECKABLE_KINDS = frozenset({"count", "percent", "money", "measure", "duration", "score"})
_RRF_K = 60.0
_DENSE_POOL = 50


def _content_words(text: str) -> set[str]:
    return {t[:5] for t, _, _ in tokens(text) if len(t) > 3 and not t.isdigit()}


def _lexical_features(sentence: Sentence) -> tuple[set[str], frozenset[str]]:
    return _content_words(sentence.text), concept_set(sentence.text)


def retrieve(
    index: SentenceIndex,
    claim: str,
    quantities: Sequence[Quantity],
    claim_vector: np.ndarray,
    k: int,
) -> list[Candidate]:
    """The ``k`` best candidate sentences for ``claim``, best first."""
    if not index.sentences:
        return []
    fused: dict[int, float] = {}
    dense: dict[int, float] = {}
    figure: dict[int, float] = {}

    scores, ids = index.search(claim_vector.reshape(1, -1), _DENSE_POOL)
    for rank, (sid, score) in enumerate(zip(ids[0].tolist(), scores[0].tolist(), strict=True)):
        if sid < 0:
            continue
        dense[sid] = float(score)
        fused[sid] = fused.get(sid, 0.0) + 1.0 / (_RRF_K + rank)

    for q in quantities:
        if q.kind not in CHECKABLE_KINDS:
            continue
        near = index.figure_neighbours(q.value)
        ranked = sorted(
            set(near),
            key=lambda sid: min(
                abs(e.value - q.value) / max(abs(q.value), 1e-9)
                for e in index.sentences[sid].quantities
            ),
        )
        for rank, sid in enumerate(ranked[:_DENSE_POOL]):
            figure[sid] = max(figure.get(sid, 0.0), 1.0 / (1 + rank))
            fused[sid] = fused.get(sid, 0.0) + 1.0 / (_RRF_K + rank)

    claim_words = _content_words(claim)
    claim_concepts = concept_set(claim)
    pooled = sorted(fused, key=lambda sid: fused[sid], reverse=True)[: max(k * 4, 32)]
    out: list[Candidate] = []
    for sid in pooled:
        words, concepts = index.memo(sid, "lexical", _lexical_features)
        lexical = len(claim_words & words) / (1 + len(claim_words)) + 0.5 * len(
            claim_concepts & concepts
        ) / (1 + len(claim_concepts))
        out.append(
            Candidate(
                sentence_id=sid,
                score=fused[sid] * 30 + lexical,
                dense=dense.get(sid),
                figure=figure.get(sid),
                lexical=lexical,
            )
        )
    out.sort(key=lambda c: c.score, reverse=True)
    return out[:k]
