"""Offline-first numeric fact-checking verifier for multilingual newsrooms.

    from verifier import Verifier
    verdict = Verifier.open().check("Morocco rescued 14,260 people")

Public names are imported on first use, so ``import verifier`` (and the CLI's
start-up) stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Verifier": "pipeline",
    "Settings": "settings",
    "extract_quantities": "quantities",
    "build_index": "index",
    "SentenceIndex": "index",
    "load_encoder": "encode",
    "BuiltinEncoder": "encode",
    "load_documents": "ingest",
    "audit": "audit",
    "VerifierError": "_errors",
    "InputError": "_errors",
    "IndexNotFoundError": "_errors",
    "IngestError": "_errors",
    "IndexCorruptError": "_errors",
    "EncoderMismatchError": "_errors",
    "ModelUnavailableError": "_errors",
    "Quantity": "records",
    "Verdict": "records",
    "Evidence": "records",
    "Comparison": "records",
    "FigureCheck": "records",
    "Document": "records",
    "Sentence": "records",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'verifier' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
