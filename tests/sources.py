"""A check against a tiny in-memory corpus, shared by the test modules."""

from __future__ import annotations

from verifier.encode import BuiltinEncoder
from verifier.pipeline import Verifier
from verifier.records import Document, Verdict
from verifier.settings import Settings


def verdict_from(claim: str, *sources: str, lang: str = "en") -> Verdict:
    """The verdict on ``claim`` from an in-memory corpus of ``sources`` (one
    document each, ids ``s0``, ``s1``…), built-in encoder."""
    docs = [Document(id=f"s{i}", text=t, lang=lang) for i, t in enumerate(sources)]
    return Verifier.from_documents(docs, Settings(), BuiltinEncoder()).check(claim)
