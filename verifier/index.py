"""Index stage: sentences, their figures and their vectors, on disk.

Layout of an index folder::

    DIR/CURRENT                 name of the live generation (replaced atomically)
    DIR/gen-<ns>/manifest.json  encoder, sizes, FAISS kind
    DIR/gen-<ns>/vectors.faiss  FAISS index (flat inner product, or HNSW when large)
    DIR/gen-<ns>/documents.jsonl
    DIR/gen-<ns>/sentences.jsonl  one Sentence record per FAISS id, in order

A build writes a whole new generation beside the live one and only then
points ``CURRENT`` at it (``os.replace``), so a build that is killed halfway
leaves the previous index untouched. Adding documents re-uses the stored
vectors: only new sentences are encoded. While this process encodes, the
documents still to come are read by worker processes (:mod:`verifier._ingest_pool`);
the index does not depend on how many.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import numpy as np
from pydantic import BaseModel, ValidationError

from ._errors import EncoderMismatchError, IndexCorruptError, IndexNotFoundError
from .ingest import IngestFailure
from .records import Document, Quantity, Sentence

if TYPE_CHECKING:
    from .encode import Encoder
    from .settings import Settings

__all__ = ["FORMAT_VERSION", "IndexManifest", "IndexReport", "SentenceIndex", "build_index"]

FORMAT_VERSION = 1
T = TypeVar("T")
_CURRENT = "CURRENT"
_HNSW_M = 32
# HNSW over the builtin encoder's sparse hashed vectors needs a well-built graph
# and a wider search at 1M. On the same 980k vectors and claim queries, recall@10
# against exact search went 0.48 -> 0.61 (efSearch 256) and 0.61 -> 0.79 (1,024)
# from efConstruction 80 to 200; the library's 1M index scores 0.95 in
# scripts/bench_scale.py (BENCHMARKS.md; scripts/bench_hnsw_sweep.py sweeps efSearch).
_HNSW_EF_CONSTRUCTION = 200
_HNSW_EF_SEARCH_MIN = 256
_HNSW_EF_SEARCH_MAX = 2048
_HNSW_EF_SEARCH_PER = 1000  # one unit of efSearch per this many vectors


def hnsw_ef_search(ntotal: int) -> int:
    """efSearch for an HNSW index of ``ntotal`` vectors: 256 up to 256k, growing
    with the index (1M: about 1,000), at most 2,048."""
    return max(_HNSW_EF_SEARCH_MIN, min(_HNSW_EF_SEARCH_MAX, ntotal // _HNSW_EF_SEARCH_PER))
_FIGURE_BUCKETS_PER_DECADE = 40  # log-spaced value buckets: ~6% wide


class IndexManifest(BaseModel):
    format_version: int = FORMAT_VERSION
    encoder: str
    dim: int
    kind: Literal["flat", "hnsw"]
    documents: int
    sentences: int
    created: datetime
    generation: str


class IndexReport(BaseModel):
    """What a call to :func:`build_index` did."""

    index_dir: str
    added_documents: list[str]
    skipped_documents: list[str]
    failures: list[IngestFailure]
    added_sentences: int
    total_sentences: int
    total_documents: int
    seconds: float
    encode_seconds: float


def figure_bucket(value: float) -> int | None:
    """Log-spaced bucket of a value, for finding sentences with nearby figures."""
    if not math.isfinite(value) or value <= 0:
        return None
    return math.floor(math.log10(value) * _FIGURE_BUCKETS_PER_DECADE)


class SentenceIndex:
    """A loaded index: FAISS vectors plus the sentences and documents they stand for."""

    def __init__(
        self,
        path: Path,
        manifest: IndexManifest,
        documents: dict[str, Document],
        sentences: list[Sentence],
        faiss_index: Any,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self.documents = documents
        self.sentences = sentences
        self.faiss_index = faiss_index
        self._figures: dict[int, list[int]] | None = None
        self._ledes: dict[str, str] | None = None
        self._memo: dict[tuple[str, int], Any] = {}

    # ------------------------------------------------------------------ loading
    @staticmethod
    def exists(path: Path) -> bool:
        return (path / _CURRENT).is_file()

    @classmethod
    def open(cls, path: Path, encoder_name: str | None = None) -> SentenceIndex:
        """Load the live generation of the index at ``path``.

        Raises :class:`IndexNotFoundError`, :class:`IndexCorruptError`, or
        :class:`EncoderMismatchError` when ``encoder_name`` differs from the
        encoder that built the index.
        """
        pointer = path / _CURRENT
        if not pointer.is_file():
            raise IndexNotFoundError(
                f"no index at {path}; build one with `verifier index PATH... --index {path}`"
            )
        try:
            gen = path / pointer.read_text("utf-8").strip()
            manifest = IndexManifest.model_validate_json((gen / "manifest.json").read_bytes())
            if manifest.format_version != FORMAT_VERSION:
                raise IndexCorruptError(
                    f"index at {path} has format {manifest.format_version}, this verifier reads "
                    f"{FORMAT_VERSION}; rebuild it with `verifier index PATH... --index {path} --rebuild`"
                )
            if encoder_name is not None and encoder_name != manifest.encoder:
                raise EncoderMismatchError(mismatch_message(path, manifest.encoder, encoder_name))
            import faiss

            vectors = faiss.read_index(str(gen / "vectors.faiss"))
            documents = {}
            with (gen / "documents.jsonl").open("rb") as fh:
                for line in fh:
                    doc = Document.model_validate_json(line)
                    documents[doc.id] = doc
            with (gen / "sentences.jsonl").open("rb") as fh:
                sentences = [Sentence.model_validate_json(line) for line in fh]
        except (IndexNotFoundError, IndexCorruptError, EncoderMismatchError):
            raise
        except (OSError, ValueError, RuntimeError, ValidationError) as exc:
            raise IndexCorruptError(
                f"index at {path} cannot be read ({type(exc).__name__}: {str(exc)[:120]}); "
                f"rebuild it with `verifier index PATH... --index {path} --rebuild`"
            ) from exc
        if vectors.ntotal != len(sentences) or len(sentences) != manifest.sentences:
            raise IndexCorruptError(
                f"index at {path} is inconsistent ({vectors.ntotal} vectors, {len(sentences)} "
                f"sentences); rebuild it with `verifier index PATH... --index {path} --rebuild`"
            )
        if manifest.kind == "hnsw":
            faiss.downcast_index(vectors).hnsw.efSearch = hnsw_ef_search(vectors.ntotal)  # type: ignore[attr-defined]
        return cls(path, manifest, documents, sentences, vectors)

    # ------------------------------------------------------------------ queries
    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-``k`` inner-product neighbours: (scores, ids), ids -1 where fewer exist."""
        k = max(1, min(k, len(self.sentences)))
        scores, ids = self.faiss_index.search(np.ascontiguousarray(vectors, dtype=np.float32), k)
        return scores, ids

    def memo(self, sid: int, kind: str, compute: Callable[[Sentence], T]) -> T:
        """``compute(sentence)``, computed once per sentence and kind.

        Per-sentence analyses (concepts, figure contexts, word sets) are the
        same for every query; a warm verifier pays for them once. The memo is
        bounded: it is cleared when it holds more than 200,000 entries.
        """
        key = (kind, sid)
        if key in self._memo:
            return self._memo[key]  # type: ignore[no-any-return]
        if len(self._memo) > 200_000:
            self._memo.clear()
        value = compute(self.sentences[sid])
        self._memo[key] = value
        return value

    def figure_neighbours(self, value: float, limit: int = 200) -> list[int]:
        """Sentences holding a figure within about ±6% of ``value``."""
        if self._figures is None:
            table: dict[int, list[int]] = {}
            for sid, sentence in enumerate(self.sentences):
                for q in sentence.quantities:
                    if q.kind in ("year", "date", "ordinal"):
                        continue
                    bucket = figure_bucket(q.value)
                    if bucket is not None:
                        ids = table.setdefault(bucket, [])
                        if not ids or ids[-1] != sid:
                            ids.append(sid)
            self._figures = table
        bucket = figure_bucket(value)
        if bucket is None:
            return []
        out: list[int] = []
        for b in (bucket, bucket - 1, bucket + 1):
            out.extend(self._figures.get(b, ())[:limit])
        return out

    def lede(self, doc_id: str) -> str:
        """Title and first sentence of a document: where its main actor is named."""
        if self._ledes is None:
            ledes: dict[str, str] = {}
            for sentence in self.sentences:
                if sentence.doc_id not in ledes:
                    title = self.documents[sentence.doc_id].title or ""
                    ledes[sentence.doc_id] = f"{title}\n{sentence.text}"
            self._ledes = ledes
        return self._ledes.get(doc_id, "")

    @classmethod
    def in_memory(
        cls, documents: Sequence[Document], encoder: Encoder, settings: Settings
    ) -> SentenceIndex:
        """An index held in memory only (for evaluation over many small evidence sets)."""
        from .ingest import sentences_of

        sentences = [s for doc in documents for s in sentences_of(doc, settings.reference_date)]
        vectors = _encode(encoder, sentences, settings)
        faiss_index, kind = _make_faiss(vectors, encoder.dim, settings.exact_index_max)
        manifest = _manifest(encoder, kind, len(documents), len(sentences), "memory")
        return cls(Path(":memory:"), manifest, {d.id: d for d in documents}, sentences, faiss_index)

    def vectors(self) -> np.ndarray:
        n = self.faiss_index.ntotal
        if n == 0:
            return np.zeros((0, self.manifest.dim), dtype=np.float32)
        return np.asarray(self.faiss_index.reconstruct_n(0, n), dtype=np.float32)


def _manifest(
    encoder: Encoder, kind: Literal["flat", "hnsw"], documents: int, sentences: int, generation: str
) -> IndexManifest:
    return IndexManifest(
        encoder=encoder.name,
        dim=encoder.dim,
        kind=kind,
        documents=documents,
        sentences=sentences,
        created=datetime.now(UTC),
        generation=generation,
    )


def _encode(
    encoder: Encoder,
    sentences: Sequence[Sentence],
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
) -> np.ndarray:
    """Vectors of ``sentences``, encoded in batches (figures passed along, not re-extracted)."""
    chunks = []
    batch = max(1, settings.batch_size) * 16
    for i in range(0, len(sentences), batch):
        part = sentences[i : i + batch]
        chunks.append(encoder.encode([s.text for s in part], [s.quantities for s in part]))
        if progress:
            progress(min(i + batch, len(sentences)), len(sentences))
    if not chunks:
        return np.zeros((0, encoder.dim), np.float32)
    return np.concatenate(chunks)


def _make_faiss(
    vectors: np.ndarray, dim: int, exact_max: int
) -> tuple[Any, Literal["flat", "hnsw"]]:
    import faiss

    if len(vectors) <= exact_max:
        index: Any = faiss.IndexFlatIP(dim)
        kind: Literal["flat", "hnsw"] = "flat"
    else:
        index = faiss.IndexHNSWFlat(dim, _HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = _HNSW_EF_CONSTRUCTION
        kind = "hnsw"
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index, kind


def _write_generation(
    index_dir: Path,
    manifest: IndexManifest,
    document_lines: Iterable[str],
    sentence_lines: Iterable[str],
    faiss_index: Any,
) -> None:
    """Write a generation folder, then switch ``CURRENT`` to it atomically.

    ``document_lines`` / ``sentence_lines``: the records as JSON, one per line
    (``Document.model_dump_json()``, ``Sentence.model_dump_json(exclude_defaults=True)``).
    """
    import faiss

    index_dir.mkdir(parents=True, exist_ok=True)
    gen = index_dir / manifest.generation
    tmp = index_dir / (manifest.generation + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    with (tmp / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for line in document_lines:
            fh.write(line + "\n")
    with (tmp / "sentences.jsonl").open("w", encoding="utf-8") as fh:
        for line in sentence_lines:
            fh.write(line + "\n")
    faiss.write_index(faiss_index, str(tmp / "vectors.faiss"))
    (tmp / "manifest.json").write_text(manifest.model_dump_json(indent=2), "utf-8")
    for f in tmp.iterdir():
        with f.open("rb") as fh:
            os.fsync(fh.fileno())
    tmp.rename(gen)
    pointer_tmp = index_dir / (_CURRENT + ".tmp")
    pointer_tmp.write_text(manifest.generation + "\n", "utf-8")
    with pointer_tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    old = (
        (index_dir / _CURRENT).read_text("utf-8").strip()
        if SentenceIndex.exists(index_dir)
        else None
    )
    os.replace(pointer_tmp, index_dir / _CURRENT)
    # Only now is it safe to drop what is no longer live.
    for child in index_dir.iterdir():
        if (
            child.is_dir()
            and child.name.startswith("gen-")
            and child.name
            not in {
                manifest.generation,
                old,
            }
        ):
            shutil.rmtree(child, ignore_errors=True)
    if old and old != manifest.generation:
        shutil.rmtree(index_dir / old, ignore_errors=True)


def mismatch_message(path: Path, built: str, wanted: str | None = None) -> str:
    """Why the index at ``path`` (built by encoder ``built``) cannot be used with
    ``wanted`` (None: with any encoder this verifier provides), and what to run."""
    rebuild = f"rebuild it with `verifier index PATH... --index {path} --rebuild`"
    other_version = built.startswith("builtin-hash-v") and (
        wanted is None
        or (
            wanted.startswith("builtin-hash-v")
            and built.rsplit("-", 1)[-1] == wanted.rsplit("-", 1)[-1]
        )
    )
    if other_version:
        return (
            f"index at {path} was built with {built!r}, another version of the built-in "
            f"encoder than this verifier's; its vectors cannot be mixed with new ones: {rebuild}"
        )
    return (
        f"index at {path} was built with encoder {built!r}, not {wanted!r}; "
        f"query it with --model {built} or {rebuild}"
    )


class _Encoding:
    """Sentences queued for the encoder, encoded in fixed slices as they arrive.

    The slices are cut by position alone (every ``size`` sentences from the
    first), never by when the sentences were read, so the vectors of a build do
    not depend on how ingest was split between processes.
    """

    def __init__(
        self, encoder: Encoder, size: int, progress: Callable[[int, int], None] | None
    ) -> None:
        self.encoder = encoder
        self.size = size
        self.progress = progress
        self.texts: list[str] = []
        self.quantities: list[list[Quantity]] = []
        self.chunks: list[np.ndarray] = []
        self.done = 0  # sentences encoded
        self.seconds = 0.0

    def add(self, text: str, quantities: list[Quantity]) -> None:
        self.texts.append(text)
        self.quantities.append(quantities)

    def run(self, final: bool = False) -> None:
        """Encode every full slice queued (and, when ``final``, the rest)."""
        at = 0
        while len(self.texts) - at >= self.size or (final and at < len(self.texts)):
            end = min(at + self.size, len(self.texts))
            started = time.perf_counter()
            self.chunks.append(self.encoder.encode(self.texts[at:end], self.quantities[at:end]))
            self.seconds += time.perf_counter() - started
            self.done += end - at
            at = end
            if self.progress:
                self.progress(self.done, self.done + len(self.texts) - at)
        del self.texts[:at], self.quantities[:at]

    def vectors(self) -> np.ndarray:
        if not self.chunks:
            return np.zeros((0, self.encoder.dim), np.float32)
        return np.concatenate(self.chunks) if len(self.chunks) > 1 else self.chunks[0]


def _slice_size(encoder: Encoder, settings: Settings) -> int:
    """Sentences per encoder call in a build.

    The built-in encoder reads each sentence on its own: small slices keep it busy
    while the next batch is read, and leave little to encode once the last one is.
    A sentence-transformers model sorts the sentences of a call by length and pads
    each batch to its longest: large slices pad least.
    """
    from .encode import BuiltinEncoder

    batch = max(1, settings.batch_size)
    return batch if isinstance(encoder, BuiltinEncoder) else batch * 128


def build_index(
    paths: Sequence[Path | str],
    index_dir: Path,
    encoder: Encoder,
    settings: Settings,
    *,
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> IndexReport:
    """Index the documents under ``paths`` into ``index_dir`` (created or extended).

    Documents whose id is already in the index are skipped (use ``rebuild`` to
    start over). Unreadable files are reported in ``failures``; the rest is indexed.
    Documents are read (cleaned, split, figures extracted) in batches, by
    ``settings.ingest_workers`` processes when the input is large, while this
    process encodes the batches already read; the index is the same whatever the
    number of workers. ``progress(encoded, read)`` is called after each encoded
    slice with the sentences encoded and read so far.

    Raises :class:`~verifier._errors.IngestError` when a file cannot be ingested for
    another reason than being unreadable (the message names it).
    """
    from ._ingest_pool import ingest_batches

    started = time.perf_counter()
    old: SentenceIndex | None = None
    if not rebuild and SentenceIndex.exists(index_dir):
        old = SentenceIndex.open(index_dir, encoder.name)
    known: set[str] = set(old.documents) if old else set()
    document_lines = [doc.model_dump_json() for doc in old.documents.values()] if old else []
    sentence_lines = (
        [s.model_dump_json(exclude_defaults=True) for s in old.sentences] if old else []
    )
    old_vectors = old.vectors() if old else np.zeros((0, encoder.dim), dtype=np.float32)
    del old

    added: list[str] = []
    skipped: list[str] = []
    failures: list[IngestFailure] = []
    seen: set[str] = set()
    encoding = _Encoding(encoder, _slice_size(encoder, settings), progress)
    batches = ingest_batches(
        paths, settings.reference_date, skip=known, workers=settings.ingest_workers
    )
    for batch in batches:
        for item in batch:
            if isinstance(item, IngestFailure):
                failures.append(item)
                continue
            if item.doc_id in seen:
                reason = f"duplicate document id {item.doc_id!r}"
                failures.append(IngestFailure(path=item.path, reason=reason))
                continue
            seen.add(item.doc_id)
            if item.doc_id in known or item.sentences is None:
                skipped.append(item.doc_id)
                continue
            added.append(item.doc_id)
            document_lines.append(item.document_json)
            for text, quantities, line in item.sentences:
                encoding.add(text, quantities)
                sentence_lines.append(line)
        encoding.run()
    encoding.run(final=True)

    new_vectors = encoding.vectors()
    all_vectors = np.concatenate([old_vectors, new_vectors]) if len(old_vectors) else new_vectors
    faiss_index, kind = _make_faiss(all_vectors, encoder.dim, settings.exact_index_max)
    total_documents = len(document_lines)
    manifest = _manifest(
        encoder, kind, total_documents, len(sentence_lines), f"gen-{time.time_ns()}"
    )
    _write_generation(index_dir, manifest, document_lines, sentence_lines, faiss_index)
    return IndexReport(
        index_dir=str(index_dir),
        added_documents=added,
        skipped_documents=skipped,
        failures=failures,
        added_sentences=encoding.done,
        total_sentences=len(sentence_lines),
        total_documents=total_documents,
        seconds=time.perf_counter() - started,
        encode_seconds=encoding.seconds,
    )


def describe(index: SentenceIndex) -> dict[str, Any]:
    """A JSON-able summary of an index for ``verifier info``."""
    gen = index.path / index.manifest.generation
    size = sum(f.stat().st_size for f in gen.iterdir() if f.is_file()) if gen.is_dir() else 0
    langs: dict[str, int] = {}
    for s in index.sentences:
        langs[s.lang] = langs.get(s.lang, 0) + 1
    return {
        "path": str(index.path),
        "encoder": index.manifest.encoder,
        "dim": index.manifest.dim,
        "kind": index.manifest.kind,
        "documents": index.manifest.documents,
        "sentences": index.manifest.sentences,
        "figures": sum(len(s.quantities) for s in index.sentences),
        "languages": langs,
        "bytes_on_disk": size,
        "created": index.manifest.created.isoformat(),
        "generation": index.manifest.generation,
    }


__all__ += ["describe", "figure_bucket"]
