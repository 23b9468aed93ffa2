"""Ingest for the index build: files in, documents with their sentences out, in batches.

:func:`ingest_batches` reads, cleans and splits the documents under some paths
and extracts the figures of their sentences (what :func:`~verifier.ingest.load_documents`
then :func:`~verifier.ingest.sentences_of` do), handing them over a batch at a
time, so that the index build can encode one batch while the next is read.

Large inputs are read by worker processes (``Settings.ingest_workers``); small
ones (under :data:`PARALLEL_MIN_BYTES`, such as the bundled corpus) in the
calling process, which then pays no process start-up. Either way the batches
hold the same items in the same (input) order: each item is a function of its
own file or JSONL line only, and batches are handed over in the order they were
cut. A file that cannot be read is an :class:`~verifier.ingest.IngestFailure`
item, as with ``load_documents``; anything else that goes wrong (an ingest
worker dies, the ingest code raises) stops the build with an
:class:`~verifier._errors.IngestError` naming the file.

Documents and sentences come back serialised (the JSON lines of the index
files) beside what the encoder needs (sentence text and figures): passing
strings between processes is cheap, pydantic models are not.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ._errors import IngestError, InputError, VerifierError
from .ingest import (
    IngestFailure,
    _jsonl_document,
    _jsonl_lines,
    _load_file,
    _quantity_extractor,
    _sentences_of,
    read_text_file,
    unique_files,
)
from .records import Document, Quantity

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["PARALLEL_MIN_BYTES", "Ingested", "default_workers", "ingest_batches"]

PARALLEL_MIN_BYTES = 512 * 1024
"""Inputs smaller than this (bytes on disk) are read in-process: ingest reads about
1 MB/s per core, a forked worker starts in milliseconds. Where workers are spawned
(not Linux) they start in about half a second: eight times as much is needed there."""
_SPAWN_FACTOR = 8
_BATCH_BYTES = 32 * 1024  # a batch: about this much text…
_BATCH_ITEMS = 128  # …or this many documents, whichever comes first
_AUTO_WORKERS = 2
# fork starts a worker in milliseconds; elsewhere it is unsafe (macOS) or missing (Windows)
_START_METHOD = "fork" if sys.platform == "linux" else "spawn"


class Ingested(NamedTuple):
    """A document read for the index.

    ``sentences`` holds (text, figures, JSON line) per sentence; ``None`` when the
    document's id was in ``skip`` (already indexed: not split).
    """

    doc_id: str
    path: str
    document_json: str
    sentences: list[tuple[str, list[Quantity], str]] | None


class _Fail(NamedTuple):
    """A failure found while listing the inputs, passed through in its place."""

    failure: IngestFailure


class _Page(NamedTuple):
    path: str
    doc_id: str


class _Line(NamedTuple):
    where: str  # path:line
    default_id: str
    line: str


Item = Ingested | IngestFailure
_Task = _Fail | _Page | _Line


class _Context(NamedTuple):
    skip: Collection[str]
    reference_date: date | None
    parent: int  # pid of the indexing process


_WORKER_CONTEXT: _Context | None = None


def default_workers() -> int:
    """Two ingest workers when there are two CPUs or more, else none.

    Ingest costs about one and a half times what the built-in encoder does: with
    two workers the indexing process (encoding) is the slower side, and more
    workers would only wait for it. With fewer than two CPUs there is nothing
    to overlap with.
    """
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    return _AUTO_WORKERS if cpus >= 2 else 0


def ingest_batches(
    paths: Iterable[Path | str],
    reference_date: date | None,
    *,
    skip: Collection[str] = frozenset(),
    workers: int | None = None,
) -> Iterator[list[Item]]:
    """Batches of :class:`Ingested` documents and :class:`IngestFailure`\\ s, in input order.

    ``skip``: document ids whose sentences are not needed (already indexed).
    ``workers``: ingest processes (``None``: :func:`default_workers`; 0: none);
    inputs under :data:`PARALLEL_MIN_BYTES` are read in-process whatever it says.
    Raises :class:`IngestError` when a file cannot be ingested for another reason
    than being unreadable.
    """
    files, size = _list_files(paths)
    batches = _batches(_tasks(files))
    context = _Context(skip, reference_date, os.getpid())
    count = default_workers() if workers is None else workers
    threshold = PARALLEL_MIN_BYTES * (1 if _START_METHOD == "fork" else _SPAWN_FACTOR)
    if count <= 0 or size < threshold:
        for batch in batches:
            yield _ingest(batch, context)
        return
    yield from _parallel(batches, context, count)


# --------------------------------------------------------------------------- tasks


def _list_files(
    paths: Iterable[Path | str],
) -> tuple[list[tuple[Path, str, int] | IngestFailure], int]:
    """The files to read (each once, in order) with their ids and sizes, and the total size."""
    out: list[tuple[Path, str, int] | IngestFailure] = []
    total = 0
    for item in unique_files(paths):
        if isinstance(item, IngestFailure):
            out.append(item)
            continue
        file, doc_id = item
        try:
            size = file.stat().st_size
        except OSError:
            size = 0  # reading it will say why
        out.append((file, doc_id, size))
        total += size
    return out, total


def _tasks(files: list[tuple[Path, str, int] | IngestFailure]) -> Iterator[tuple[_Task, int]]:
    """Units of work with their size in characters; JSONL files are read here, line by line."""
    for item in files:
        if isinstance(item, IngestFailure):
            yield _Fail(item), 0
            continue
        file, doc_id, size = item
        if file.suffix.lower() != ".jsonl":
            yield _Page(str(file), doc_id), size
            continue
        try:
            text = read_text_file(file)
        except InputError as exc:
            yield _Fail(IngestFailure(path=str(file), reason=str(exc))), 0
            continue
        for lineno, line in _jsonl_lines(text):
            yield _Line(f"{file}:{lineno}", f"{doc_id}:{lineno}", line), len(line)


def _batches(tasks: Iterator[tuple[_Task, int]]) -> Iterator[list[_Task]]:
    """Tasks cut into batches; the first ones small, so that encoding starts early."""
    batch: list[_Task] = []
    size = 0
    scale = 1 / 8  # of the full batch, doubled each batch
    for task, cost in tasks:
        batch.append(task)
        size += cost
        if size >= _BATCH_BYTES * scale or len(batch) >= _BATCH_ITEMS * scale:
            yield batch
            batch, size = [], 0
            scale = min(1.0, scale * 2)
    if batch:
        yield batch


# --------------------------------------------------------------------------- work


def _ingest(tasks: list[_Task], context: _Context) -> list[Item]:
    """Read one batch: the same items whichever process runs it."""
    extract = _quantity_extractor()
    out: list[Item] = []
    for task in tasks:
        where = _where(task)
        try:
            for loaded in _load_task(task):
                if isinstance(loaded, IngestFailure):
                    out.append(loaded)
                    continue
                sentences = None
                if loaded.id not in context.skip:
                    sentences = [
                        (s.text, s.quantities, s.model_dump_json(exclude_defaults=True))
                        for s in _sentences_of(loaded, context.reference_date, extract, loaded=True)
                    ]
                out.append(
                    Ingested(loaded.id, loaded.path or where, loaded.model_dump_json(), sentences)
                )
        except VerifierError:
            raise
        except Exception as exc:
            raise IngestError(
                f"{where}: could not be ingested ({type(exc).__name__}: {str(exc)[:200]})"
            ) from exc
    return out


def _where(task: _Task) -> str:
    return task.failure.path if isinstance(task, _Fail) else task[0]


def _load_task(task: _Task) -> Iterator[Document | IngestFailure]:
    if isinstance(task, _Fail):
        yield task.failure
    elif isinstance(task, _Page):
        yield from _load_file(Path(task.path), task.doc_id)
    else:
        try:
            yield _jsonl_document(task.line, task.where, task.default_id)
        except InputError as exc:
            yield IngestFailure(path=task.where, reason=str(exc))


def _worker_init(context: _Context) -> None:
    import signal

    global _WORKER_CONTEXT
    _WORKER_CONTEXT = context
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the indexing process's to handle
    if sys.platform == "linux":
        # A forked worker holds a copy of the writing end of its own work queue, so it
        # would wait for work forever if the indexing process were killed: have the
        # kernel end it then.
        import ctypes

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != context.parent:  # died before the call above
            os._exit(1)


def _worker_ingest(tasks: list[_Task]) -> list[Item]:
    assert _WORKER_CONTEXT is not None
    return _ingest(tasks, _WORKER_CONTEXT)


def _parallel(
    batches: Iterator[list[_Task]], context: _Context, workers: int
) -> Iterator[list[Item]]:
    """Batches read by ``workers`` processes, handed over in order; a few run ahead."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context(_START_METHOD),
        initializer=_worker_init,
        initargs=(context,),
    )
    pending: deque[tuple[Future[list[Item]], list[_Task]]] = deque()
    ahead = 2 * workers + 1  # batches queued beyond the one awaited: bounds memory
    try:
        for batch in batches:
            started = bool(pending)
            if not started:  # the first submit starts (forks) the workers
                gc.freeze()  # so that they do not copy the caller's heap by collecting it
            try:
                pending.append((pool.submit(_worker_ingest, batch), batch))
            finally:
                if not started:
                    gc.unfreeze()
            if len(pending) > ahead:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[list[Item]], batch: list[_Task]) -> list[Item]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise IngestError(
            f"an ingest worker process stopped while reading {_where(batch[0])} (and "
            f"{len(batch) - 1} more item(s)): killed, out of memory, or it could not start. "
            "Set VERIFIER_INGEST_WORKERS=0 to read in the indexing process"
        ) from exc
