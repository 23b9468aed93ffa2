"""Audit: every checkable figure of a draft, a folder of drafts or a feed, with its verdict.

    files / stdin ─ ingest ─ detect_claims ─ Verifier.check_many (batched) ─ AuditReport

* :func:`detect_claims` splits an article into sentences and keeps the
  check-worthy ones: statements (not questions) that hold at least one figure of
  a checkable kind (count, percent, money, measure, duration, score). Years and dates
  alone are not claims.
* :func:`audit` reads the inputs (files, folders, ``-`` for stdin, or
  :class:`~verifier.records.Document` objects), detects the claims of every
  article and checks them with one :class:`~verifier.pipeline.Verifier`, in
  chunks of :data:`CHUNK` sentences so that encoding is batched. A problem file
  (unreadable, empty, binary, too large, undecodable) becomes an
  :class:`~verifier.ingest.IngestFailure`; the rest of the batch still runs.
* Each checked sentence keeps the full :class:`~verifier.records.Verdict` (the
  same record ``verifier check`` prints) and one :class:`AuditedFigure` per
  figure, with its span in the article and its own verdict.

The report is deterministic: articles in input order (folders walked in sorted
order), sentences and figures in text order, no timestamps.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from ._errors import InputError
from .ingest import (
    IngestFailure,
    clean_text,
    decode_bytes,
    expand_path,
    load_documents,
    sentences_of,
)
from .lang import detect_lang
from .records import (
    Comparison,
    Document,
    Evidence,
    Lang,
    Quantity,
    QuantityKind,
    Verdict,
    VerdictLabel,
)
from .retrieve import CHECKABLE_KINDS

if TYPE_CHECKING:
    from .pipeline import Verifier

__all__ = [
    "CHUNK",
    "MAX_FEED_BYTES",
    "MAX_PAGE_BYTES",
    "AuditCounts",
    "AuditReport",
    "AuditedArticle",
    "AuditedFigure",
    "AuditedSentence",
    "DetectedClaim",
    "FailOn",
    "Progress",
    "audit",
    "audit_documents",
    "detect_claims",
    "figure_verdicts",
    "read_inputs",
    "trips",
]

CHUNK = 256
"""Sentences sent to :meth:`Verifier.check_many` at once (one encoding batch)."""
MAX_PAGE_BYTES = 5_000_000
"""Largest ``.txt``/``.md``/``.html`` draft read; a bigger file is reported as a failure."""
MAX_FEED_BYTES = 200_000_000
"""Largest ``.jsonl`` feed read."""

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called after each chunk with the sentences checked so far."""
FailOn = Literal["contradicted", "unknown"]

_QUESTION_END = re.compile(r"[?؟¿][\"'»”’)\]]*\s*$")
_STDIN = "-"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- records


class DetectedClaim(_Record):
    """A check-worthy sentence of an article.

    ``start``/``end`` are offsets into the article text; ``quantities`` are the
    sentence's checkable figures, with offsets relative to ``text`` (as in
    :class:`~verifier.records.Sentence`). ``index`` numbers the article's
    sentences (all of them, not only the check-worthy ones).
    """

    index: int
    start: int
    end: int
    text: str
    lang: Lang
    quantities: list[Quantity]


class AuditedFigure(_Record):
    """One figure of a checked sentence and its own verdict.

    ``start``/``end`` are offsets into the article text. ``verdict`` is read from
    the sentence's comparisons for this figure: ``rule`` is the deciding rule (or
    the reason code when nothing was comparable), ``note`` says why in words;
    ``evidence`` are the cited source sentences that hold the compared figure.
    """

    text: str
    start: int
    end: int
    kind: QuantityKind
    value: float
    unit: str | None = None
    verdict: VerdictLabel
    rule: str = ""
    note: str = ""
    quantity: Quantity
    comparisons: list[Comparison] = []
    evidence: list[Evidence] = []


class AuditedSentence(_Record):
    """A checked sentence: where it is, its figures, and the verdict of the whole sentence."""

    index: int
    start: int
    end: int
    text: str
    lang: Lang
    figures: list[AuditedFigure]
    verdict: Verdict


class AuditedArticle(_Record):
    """One article of the audit, with its check-worthy sentences in text order."""

    id: str
    title: str | None = None
    path: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    lang: Lang = "und"
    text: str
    sentences: list[AuditedSentence] = []


class AuditCounts(_Record):
    """Totals of an audit. Verdict counts are per sentence (``claims``) and per figure."""

    articles: int = 0
    failed: int = 0
    claims: int = 0
    figures: int = 0
    claims_by_verdict: dict[str, int] = {}
    figures_by_verdict: dict[str, int] = {}


class AuditReport(_Record):
    """What :func:`audit` found: the articles, the inputs that failed, the totals."""

    articles: list[AuditedArticle] = []
    failures: list[IngestFailure] = []
    counts: AuditCounts = AuditCounts()


# --------------------------------------------------------------------------- detection


def _checkable(quantities: Iterable[Quantity]) -> list[Quantity]:
    return [q for q in quantities if q.kind in CHECKABLE_KINDS]


def detect_claims(
    text: str, lang: str | None = None, reference_date: date | None = None
) -> list[DetectedClaim]:
    """The check-worthy sentences of ``text``, in text order.

    A sentence is check-worthy when it states (it is not a question) at least one
    figure of a checkable kind: count, percent, money, measure, duration or score. A
    year or a date alone is not a claim. ``lang`` is detected when ``None``;
    ``reference_date`` resolves "this year" in the figures' periods.
    """
    if not text.strip():
        return []
    doc_lang: Lang = detect_lang(text) if lang is None else _as_lang(lang)
    doc = Document(id="draft", text=text, lang=doc_lang)
    out: list[DetectedClaim] = []
    for s in sentences_of(doc, reference_date):
        figures = _checkable(s.quantities)
        if not figures or _QUESTION_END.search(s.text):
            continue
        out.append(
            DetectedClaim(
                index=s.index,
                start=s.start,
                end=s.end,
                text=s.text,
                lang=s.lang,
                quantities=figures,
            )
        )
    return out


def _as_lang(value: str) -> Lang:
    langs: dict[str, Lang] = {"ar": "ar", "fr": "fr", "en": "en", "es": "es"}
    return langs.get(value.strip().lower(), "und")


# --------------------------------------------------------------------------- per-figure verdicts

_PERIOD_NOTE = re.compile(r"^period (\d{4})$")


def figure_verdicts(verdict: Verdict, offset: int = 0) -> list[AuditedFigure]:
    """One :class:`AuditedFigure` per checkable figure of ``verdict.claim``.

    ``offset`` is where the claim text starts in the article (figure spans are
    shifted by it). The labels are the verdict stage's own per-figure verdicts
    (``Verdict.figures``).
    """
    out: list[AuditedFigure] = []
    for fig in verdict.figures:
        q = fig.quantity
        ids = set(fig.sentence_ids)
        out.append(
            AuditedFigure(
                text=q.text,
                start=offset + q.start,
                end=offset + q.end,
                kind=q.kind,
                value=q.value,
                unit=q.unit,
                verdict=fig.verdict,
                rule=fig.rule,
                note=fig.message,
                quantity=q,
                comparisons=[
                    c
                    for c in verdict.comparisons
                    if c.claim_quantity == q and (c.sentence_id is None or c.sentence_id in ids)
                ],
                evidence=[e for e in verdict.evidence if e.sentence_id in ids],
            )
        )
    return out


# --------------------------------------------------------------------------- inputs


def _too_large(file: Path) -> str | None:
    try:
        size = file.stat().st_size
    except OSError:
        return None  # load_documents says why it cannot be read
    limit = MAX_FEED_BYTES if file.suffix.lower() == ".jsonl" else MAX_PAGE_BYTES
    if size > limit:
        return f"{file} is too large to audit ({size:,} bytes; the limit is {limit:,})"
    return None


def _renamed(doc: Document, file: Path, file_id: str) -> Document:
    """Give ``doc`` the id :func:`load_documents` gives it when walking the folder."""
    stem = file.with_suffix("").name
    if file_id == stem:
        return doc
    if file.suffix.lower() != ".jsonl":
        return doc.model_copy(update={"id": file_id})
    line = (doc.path or "").rpartition(":")[2]
    if doc.id == f"{stem}:{line}":
        return doc.model_copy(update={"id": f"{file_id}:{line}"})
    return doc


def _stdin_document(data: bytes) -> Document:
    text = decode_bytes(data, name="stdin")
    cleaned = clean_text(text)
    if not cleaned.text.strip():
        raise InputError("stdin: no article text left after cleaning")
    return Document(
        id="stdin",
        text=cleaned.text,
        title=cleaned.title,
        path=_STDIN,
        published=cleaned.published,
        lang=detect_lang(cleaned.text),
    )


def read_inputs(
    paths: Iterable[Path | str],
    stdin: bytes | None = None,
) -> tuple[list[Document], list[IngestFailure]]:
    """Load the articles of ``paths`` (files, folders, ``-`` for ``stdin``), in input order.

    Like :func:`verifier.ingest.load_documents`, plus: a file larger than
    :data:`MAX_PAGE_BYTES` (:data:`MAX_FEED_BYTES` for ``.jsonl``) is a failure
    rather than read; ``-`` reads ``stdin`` (bytes; ``sys.stdin`` when ``None``)
    as one plain-text article. Duplicate ids and files named twice are reported
    or skipped as :func:`load_documents` does.
    """
    documents: list[Document] = []
    failures: list[IngestFailure] = []
    seen_files: set[Path] = set()
    seen_ids: set[str] = set()

    def add(doc: Document) -> None:
        if doc.id in seen_ids:
            reason = f"duplicate document id {doc.id!r}"
            failures.append(IngestFailure(path=doc.path or doc.id, reason=reason))
            return
        seen_ids.add(doc.id)
        documents.append(doc)

    for given in paths:
        if str(given) == _STDIN:
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            try:
                add(_stdin_document(data))
            except InputError as exc:
                failures.append(IngestFailure(path=_STDIN, reason=str(exc)))
            continue
        for item in expand_path(Path(given)):
            if isinstance(item, IngestFailure):
                failures.append(item)
                continue
            file, file_id = item
            key = file.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
            reason = _too_large(file)
            if reason is not None:
                failures.append(IngestFailure(path=str(file), reason=reason))
                continue
            loaded = load_documents([file])
            failures.extend(loaded.failures)
            for doc in loaded.documents:
                add(_renamed(doc, file, file_id))
    return documents, failures


# --------------------------------------------------------------------------- audit


def audit(
    inputs: Iterable[Path | str | Document],
    verifier: Verifier,
    progress: Progress | None = None,
    *,
    chunk: int = CHUNK,
    stdin: bytes | None = None,
) -> AuditReport:
    """Audit every article of ``inputs`` (paths, ``-`` for stdin, or documents) with ``verifier``.

    Paths are read with :func:`read_inputs` (problem files become failures);
    :class:`~verifier.records.Document` objects are audited as they are.
    """
    items = list(inputs)
    documents: list[Document] = []
    failures: list[IngestFailure] = []
    paths: list[Path | str] = []

    def flush() -> None:
        if paths:
            docs, fails = read_inputs(paths, stdin=stdin)
            documents.extend(docs)
            failures.extend(fails)
            paths.clear()

    for item in items:
        if isinstance(item, Document):
            flush()
            documents.append(item)
        else:
            paths.append(item)
    flush()
    return audit_documents(documents, verifier, progress, failures=failures, chunk=chunk)


def audit_documents(
    documents: Sequence[Document],
    verifier: Verifier,
    progress: Progress | None = None,
    *,
    failures: Sequence[IngestFailure] = (),
    chunk: int = CHUNK,
) -> AuditReport:
    """Detect and check the claims of ``documents``; ``failures`` are carried into the report.

    The check-worthy sentences of all articles are gathered first; each distinct
    sentence text is checked once, :data:`CHUNK` sentences per
    :meth:`Verifier.check_many` call, so the encoder sees whole batches.
    ``progress(done, total)`` is called after each chunk.
    """
    if chunk < 1:
        raise InputError("chunk must be at least 1")
    detected = [detect_claims(d.text, d.lang, d.published) for d in documents]
    # each distinct sentence is checked once per publication date ("this year" depends on it)
    unique: dict[tuple[str, date | None], int] = {}
    for doc, claims in zip(documents, detected, strict=True):
        for c in claims:
            unique.setdefault((c.text, doc.published), len(unique))
    keys = list(unique)
    verdicts: list[Verdict] = []
    total = len(keys)
    if progress:
        progress(0, total)
    for lo in range(0, total, chunk):
        part = keys[lo : lo + chunk]
        verdicts.extend(verifier.check_many([t for t, _ in part], [d for _, d in part]))
        if progress:
            progress(min(lo + chunk, total), total)

    articles: list[AuditedArticle] = []
    for doc, claims in zip(documents, detected, strict=True):
        sentences = []
        for c in claims:
            verdict = verdicts[unique[(c.text, doc.published)]]
            shift = c.text.find(verdict.claim)
            sentences.append(
                AuditedSentence(
                    index=c.index,
                    start=c.start,
                    end=c.end,
                    text=c.text,
                    lang=c.lang,
                    figures=figure_verdicts(verdict, c.start + max(shift, 0)),
                    verdict=verdict,
                )
            )
        articles.append(
            AuditedArticle(
                id=doc.id,
                title=doc.title,
                path=doc.path,
                source=doc.source,
                url=doc.url,
                published=doc.published,
                lang=doc.lang,
                text=doc.text,
                sentences=sentences,
            )
        )
    return AuditReport(
        articles=articles, failures=list(failures), counts=_counts(articles, len(failures))
    )


_LABELS: tuple[VerdictLabel, ...] = ("supported", "contradicted", "unknown")


def _counts(articles: Sequence[AuditedArticle], failed: int) -> AuditCounts:
    claims = {label: 0 for label in _LABELS}
    figures = {label: 0 for label in _LABELS}
    for a in articles:
        for s in a.sentences:
            claims[s.verdict.verdict] += 1
            for f in s.figures:
                figures[f.verdict] += 1
    return AuditCounts(
        articles=len(articles),
        failed=failed,
        claims=sum(claims.values()),
        figures=sum(figures.values()),
        claims_by_verdict=claims,
        figures_by_verdict=figures,
    )


def trips(report: AuditReport, fail_on: FailOn | None) -> bool:
    """Whether ``--fail-on`` stops the story.

    ``contradicted``: some figure is contradicted. ``unknown``: some figure is not
    supported (contradicted or unknown).
    """
    if fail_on is None:
        return False
    by = report.counts.figures_by_verdict
    if fail_on == "contradicted":
        return by.get("contradicted", 0) > 0
    return by.get("contradicted", 0) + by.get("unknown", 0) > 0
