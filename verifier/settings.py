"""One settings object for the whole verifier.

Every field can be set by an environment variable ``VERIFIER_<FIELD>``
(e.g. ``VERIFIER_INDEX_DIR=/data/idx``) or by a ``.env`` file in the working
directory. The CLI options override them for one call.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "default_cache_dir", "default_corpus_dir"]


def default_corpus_dir() -> Path:
    """The bundled demo corpus: ``corpus/`` beside the ``verifier`` package."""
    return Path(__file__).resolve().parent.parent / "corpus"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "numeric-verifier"


class Settings(BaseSettings):
    """Settings of the verifier; environment variables are ``VERIFIER_`` + field name."""

    model_config = SettingsConfigDict(
        env_prefix="VERIFIER_", env_file=".env", extra="ignore", frozen=True
    )

    encoder: str = Field(
        "builtin",
        description=(
            "Encoder for new indexes: 'builtin' (no download, deterministic) or a "
            "sentence-transformers model name or local path. VERIFIER_ENCODER."
        ),
    )
    index_dir: Path | None = Field(
        None,
        description="Index used by check/audit when --index is not given. VERIFIER_INDEX_DIR.",
    )
    corpus_dir: Path = Field(
        default_factory=default_corpus_dir,
        description="Bundled corpus indexed on first use when no index is given. VERIFIER_CORPUS_DIR.",
    )
    cache_dir: Path = Field(
        default_factory=default_cache_dir,
        description="Where the bundled corpus index and downloaded models live. VERIFIER_CACHE_DIR.",
    )
    reference_date: date | None = Field(
        None,
        description=(
            "Date that resolves 'this year' in claims (default: today). VERIFIER_REFERENCE_DATE."
        ),
    )
    top_k: int = Field(8, ge=1, le=100, description="Evidence sentences examined per claim.")
    exact_index_max: int = Field(
        50_000,
        ge=0,
        description=(
            "Largest index kept as exact (flat) FAISS search; above it HNSW is used. "
            "VERIFIER_EXACT_INDEX_MAX."
        ),
    )
    device: str = Field("cpu", description="Torch device for sentence-transformers models.")
    batch_size: int = Field(64, ge=1, description="Encoding batch size.")
    ingest_workers: int | None = Field(
        None,
        ge=0,
        description=(
            "Worker processes that read, clean and split documents while `verifier index` "
            "encodes: 0 reads in the indexing process; unset: 2 (0 with a single CPU). "
            "Small inputs are always read in-process. VERIFIER_INGEST_WORKERS."
        ),
    )
    publisher: str = Field(
        "Newsroom fact desk", description="Publisher named in ClaimReview drafts."
    )
    review_url: str | None = Field(
        None, description="Base URL of published reviews, for ClaimReview drafts."
    )
