"""The one exception hierarchy of the verifier.

Every error a user can cause (a missing index, a model that is not on disk, a
file that cannot be read) is a :class:`VerifierError`. Its message is one line
that says what went wrong and, where there is one, the command that fixes it.
The CLI prints that line and exits non-zero; it never shows a traceback for
these.

    VerifierError
    ├── InputError            bad claim / bad file / not text
    ├── IngestError           reading a file failed for another reason (worker crash, bug)
    ├── VerifierIndexError    an index on disk
    │   ├── IndexNotFoundError
    │   ├── IndexCorruptError
    │   └── EncoderMismatchError
    └── ModelUnavailableError
"""

from __future__ import annotations

__all__ = [
    "EncoderMismatchError",
    "IndexCorruptError",
    "IndexNotFoundError",
    "IngestError",
    "InputError",
    "ModelUnavailableError",
    "VerifierError",
    "VerifierIndexError",
]


class VerifierError(Exception):
    """Base class of every error the verifier raises on purpose."""

    exit_code: int = 1


class InputError(VerifierError):
    """The input is not usable: not text, unreadable file, bad claim file."""

    exit_code = 2


class IngestError(VerifierError):
    """Ingesting a file failed for a reason other than the file being unreadable:
    an ingest worker process died, or the ingest code raised on it. The message
    names the file."""


class VerifierIndexError(VerifierError):
    """Something is wrong with an index on disk."""


class IndexNotFoundError(VerifierIndexError):
    """No index at the given path."""


class IndexCorruptError(VerifierIndexError):
    """An index exists but cannot be read back."""


class EncoderMismatchError(VerifierIndexError):
    """The index was built by another encoder than the one asked for."""


class ModelUnavailableError(VerifierError):
    """A sentence-transformers model is not available locally."""
