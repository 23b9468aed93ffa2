"""The verifier: ties the stages together for one claim or a batch.

    claim ─ quantities ─ encode ─ retrieve ─ compare ─ verdict ─▶ Verdict

:class:`Verifier` holds a loaded index and its encoder, so a batch (or a
server) pays for loading once.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np

from ._errors import EncoderMismatchError, InputError
from ._lexicon import unit_conversion
from ._names import (
    NameBag,
    arabic_name_tokens,
    arabic_name_words,
    is_arabic,
    latin_name_tokens,
    scheme,
)
from ._text import proper_names, tokens
from .compare import (
    Aligned,
    DateContext,
    FigureContext,
    Relatedness,
    actors_of,
    align,
    align_date,
    converted,
    date_contexts,
    figure_contexts,
    figure_year,
    one_to_one,
    pair_dates,
    repeats,
    restatements,
    shared_figures,
)
from .encode import BUILTIN, Encoder, load_encoder
from .index import SentenceIndex, build_index, mismatch_message
from .records import Document, Evidence, Highlight, Quantity, Sentence, Verdict
from .retrieve import CHECKABLE_KINDS, retrieve
from .settings import Settings
from .verdict import FigureVerdict, comparisons_of, decide_claim, decide_date, decide_figure

__all__ = ["MAX_FIGURES", "Verifier", "bundled_index_dir", "clean_claim"]

MAX_FIGURES = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean_claim(claim: object) -> str:
    """Validate a claim: text, not empty, control characters removed."""
    if isinstance(claim, bytes):
        try:
            claim = claim.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("the claim is not UTF-8 text") from exc
    if not isinstance(claim, str):
        raise InputError(f"a claim must be text, not {type(claim).__name__}")
    text = _CONTROL.sub(" ", claim).strip()
    if not text:
        raise InputError("the claim is empty; give a sentence with a figure to check")
    return text


def bundled_index_dir(settings: Settings, encoder_name: str) -> Path:
    """Where the index of the bundled corpus lives.

    Keyed by the corpus files, the encoder and the verifier's own code and
    tables, so a change to any of them builds a fresh index on next use.
    """
    digest = hashlib.sha256(encoder_name.encode())
    package = Path(__file__).resolve().parent
    for root in (settings.corpus_dir, package):
        if not root.is_dir():
            continue
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in {
                ".txt",
                ".md",
                ".json",
                ".html",
                ".jsonl",
                ".py",
                ".toml",
            }:
                digest.update(f.relative_to(root).as_posix().encode())
                digest.update(f.read_bytes())
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", encoder_name)
    return settings.cache_dir / "indexes" / f"bundled-{label}-{digest.hexdigest()[:16]}"


@dataclass(frozen=True, slots=True)
class ClaimNames:
    """The names of a claim, as written and as cross-script probes.

    ``written``: its proper names as folded words (:func:`proper_names`);
    ``latin``: those in Latin script with their probes, to find in Arabic text;
    ``arabic``: probes of its Arabic-script words that may be names (Arabic has
    no capitals), to find among the proper names of Latin-script text.
    """

    written: frozenset[str]
    latin: tuple[tuple[str, tuple[str, ...]], ...]
    arabic: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.written or self.latin or self.arabic)

    @classmethod
    def of(cls, claim: str) -> ClaimNames:
        s = scheme()
        written = proper_names(claim)
        latin = tuple(
            (n, p)
            for n in sorted(latin_name_tokens(claim, written))
            if " " not in n and (p := s.probes(n))
        )
        arabic: tuple[tuple[str, ...], ...] = ()
        if is_arabic(claim):
            arabic = tuple(sorted({p for w in arabic_name_tokens(claim) if (p := s.probes(w))}))
        return cls(written, latin, arabic)


_RESTATED_TOLERANCE = 0.1
_RESTATED_BACK = 0.05


def _same_reading(a: Quantity, b: Quantity, tolerance: float, both_ways: bool) -> bool:
    """``b``, in a unit that converts straight to ``a``'s (the bracketed imperial
    figure of "six meters (18 feet)", rounded loosely), is ``a`` within ``tolerance``
    (a translator's rounding); with ``both_ways``, either converted to the other's
    unit may be ("environ 209 km (130 miles)"). A metric figure in brackets after an
    imperial one ("45 miles (79 kilometers)") is checked on its own."""
    direct = unit_conversion(b.unit) if b.unit else None
    b2 = converted(b, a.unit) if both_ways or (direct and direct[0] == a.unit) else b
    if b2 is not b:
        return bool(a.value) and abs(b2.value - a.value) <= tolerance * abs(a.value)
    if not both_ways:
        return False
    a2 = converted(a, b.unit)
    return a2 is not a and bool(b.value) and abs(a2.value - b.value) <= tolerance * abs(b.value)


def _share_restated(verdicts: list[FigureVerdict], restated: set[int]) -> None:
    """A figure restated in brackets in another unit ("six meters (18 feet)") is one
    quantity written twice: when the two readings agree with each other (within a
    translator's rounding) and a source confirms one of them, the other is confirmed
    too, whatever the source's rounding makes of it. Either may be the one the source
    gives: a translation often puts its own unit first and the original in brackets
    ("environ 209 km (130 miles)" against "approximately 130 miles")."""
    for n in sorted(restated):
        # the reading in brackets is most often the converted one, rounded more
        # loosely ("six meters (18 feet)": 8.6 %); one before the brackets that only
        # the bracketed one confirms must match it more closely
        for src, dst, back in ((n - 1, n, False), (n, n - 1, True)):
            first, second = verdicts[src], verdicts[dst]
            if first.label != "supported" or second.label == "supported":
                continue
            a, b = first.quantity, second.quantity
            tolerance = _RESTATED_BACK if back else _RESTATED_TOLERANCE
            if not _same_reading(a, b, tolerance, both_ways=back):
                continue
            verdicts[dst] = replace(
                first,
                quantity=b,
                message=f"{b.text} restates {a.text}: {first.message}",
            )


class Verifier:
    """Checks claims against one index."""

    def __init__(self, index: SentenceIndex, encoder: Encoder, settings: Settings) -> None:
        self.index = index
        self.encoder = encoder
        self.settings = settings
        self._doc_actors: dict[str, set[str]] = {}

    @classmethod
    def open(
        cls,
        index_dir: Path | None = None,
        settings: Settings | None = None,
        model: str | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Verifier:
        """Open ``index_dir`` (or the bundled corpus's index, built on first use)."""
        settings = settings or Settings()
        index_dir = index_dir or settings.index_dir
        if index_dir is None:
            encoder = load_encoder(model or settings.encoder, settings)
            index_dir = bundled_index_dir(settings, encoder.name)
            if not SentenceIndex.exists(index_dir):
                if progress:
                    progress(f"indexing the bundled corpus {settings.corpus_dir} (first use)")
                build_index([settings.corpus_dir], index_dir, encoder, settings)
                for stale in index_dir.parent.glob(index_dir.name.rsplit("-", 1)[0] + "-*"):
                    if stale != index_dir:  # built by an older corpus or verifier
                        shutil.rmtree(stale, ignore_errors=True)
            return cls(SentenceIndex.open(index_dir, encoder.name), encoder, settings)
        if model is not None:
            encoder = load_encoder(model, settings)
            return cls(SentenceIndex.open(index_dir, encoder.name), encoder, settings)
        index = SentenceIndex.open(index_dir)
        spec = index.manifest.encoder
        if not spec.startswith(BUILTIN):
            spec = spec.removeprefix("st:")
        try:
            encoder = load_encoder(spec, settings)
        except EncoderMismatchError:  # built by an older built-in encoder
            raise EncoderMismatchError(mismatch_message(index_dir, spec)) from None
        return cls(index, encoder, settings)

    @classmethod
    def from_documents(
        cls,
        documents: Sequence[Document],
        settings: Settings | None = None,
        encoder: Encoder | None = None,
    ) -> Verifier:
        """A verifier over documents held in memory (nothing written to disk)."""
        settings = settings or Settings()
        encoder = encoder or load_encoder(settings.encoder, settings)
        return cls(SentenceIndex.in_memory(documents, encoder, settings), encoder, settings)

    # ------------------------------------------------------------------ checking
    def check(self, claim: str) -> Verdict:
        """Check one claim."""
        return self.check_many([claim])[0]

    def check_many(
        self, claims: Sequence[str], reference_dates: Sequence[date | None] | None = None
    ) -> list[Verdict]:
        """Check claims; their vectors are computed in one batch.

        ``reference_dates`` (one per claim, e.g. each article's publication date)
        resolve "this year" in that claim; default: the settings' date, else today.
        """
        from .lang import detect_lang
        from .quantities import extract_quantities

        texts = [clean_claim(c) for c in claims]
        default = self.settings.reference_date or date.today()
        refs = list(reference_dates) if reference_dates is not None else [None] * len(texts)
        if len(refs) != len(texts):
            raise InputError("reference_dates must give one date (or None) per claim")
        langs = [detect_lang(t) for t in texts]
        quantities = [
            extract_quantities(t, lang=lang, reference_date=ref or default)
            for t, lang, ref in zip(texts, langs, refs, strict=True)
        ]
        vectors = self.encoder.encode(texts, quantities)
        return [
            self._check_one(t, lang, qs, vectors[i])
            for i, (t, lang, qs) in enumerate(zip(texts, langs, quantities, strict=True))
        ]

    def _sentence_contexts(self, sid: int) -> list[FigureContext]:
        return self.index.memo(sid, "contexts", lambda s: figure_contexts(s.text, s.quantities))

    def _date_contexts(self, sid: int) -> list[DateContext]:
        return self.index.memo(sid, "date_contexts", lambda s: date_contexts(s.text, s.quantities))

    def _actors(self, doc_id: str) -> set[str]:
        actors = self._doc_actors.get(doc_id)
        if actors is None:
            doc = self.index.documents.get(doc_id)
            text = doc.text if doc else self.index.lede(doc_id)
            actors = actors_of(((doc.title or "") + "\n" if doc else "") + text)
            self._doc_actors[doc_id] = actors
        return actors

    def _words(self, sid: int) -> frozenset[str]:
        return self.index.memo(sid, "words", lambda s: frozenset(t for t, _, _ in tokens(s.text)))

    def _name_words(self, sid: int) -> frozenset[str]:
        """The sentence's words that may be a name: as :meth:`_words`, less those
        written in lower case in a sentence that uses capitals ("Habitat", a shop, is
        not "l'habitat"); every word of a text written all in lower case."""

        def words(s: Sentence) -> frozenset[str]:
            if not any(ch.isupper() for ch in s.text):
                return self._words(sid)
            return frozenset(t for t, a, _ in tokens(s.text) if not s.text[a].islower())

        return self.index.memo(sid, "name_words", words)

    def _says(self, sid: int, name: str) -> bool:
        """Whether the sentence has the words of a name of several words in a row."""
        joined = self.index.memo(
            sid, "joined", lambda s: " " + " ".join(t for t, _, _ in tokens(s.text)) + " "
        )
        return f" {name} " in joined

    def _arabic_names(self, sid: int) -> NameBag:
        """Name keys of the sentence's Arabic-script words (empty bag without any)."""
        return self.index.memo(
            sid,
            "arabic_names",
            lambda s: scheme().bag(
                arabic_name_words(self._words(sid)) if is_arabic(s.text) else ()
            ),
        )

    def _latin_names(self, sid: int) -> NameBag:
        """Name keys of the sentence's proper names written in Latin script."""
        return self.index.memo(
            sid, "latin_names", lambda s: scheme().bag(latin_name_tokens(s.text))
        )

    def _shared_names(self, sid: int, names: ClaimNames) -> int:
        """How many of the claim's names the sentence repeats: as written, or
        across scripts ("Willoughby" / "ويلوبي", either way round)."""
        if not names:
            return 0
        words = self._words(sid)
        named = self._name_words(sid)
        count = sum(1 for n in names.written if n in named or (" " in n and self._says(sid, n)))
        if names.latin:
            bag = self._arabic_names(sid)
            if bag:
                count += sum(1 for n, probes in names.latin if n not in words and bag.has(probes))
        if names.arabic:
            bag = self._latin_names(sid)
            if bag:
                found: set[int] = set()
                for probes in names.arabic:
                    found |= bag.matched(probes)
                count += len({i for i in found if bag.words[i] not in names.written})
        return count

    def _vector(self, sid: int) -> np.ndarray:
        return np.asarray(self.index.faiss_index.reconstruct(sid), dtype=np.float32)

    def _main_actors(self, doc_id: str) -> set[str]:
        key = "lede:" + doc_id
        actors = self._doc_actors.get(key)
        if actors is None:
            actors = actors_of(self.index.lede(doc_id))
            self._doc_actors[key] = actors
        return actors

    def _check_one(
        self, claim: str, lang: str, quantities: list[Quantity], vector: object
    ) -> Verdict:
        figures = [q for q in quantities if q.kind in CHECKABLE_KINDS][:MAX_FIGURES]
        claim_dates = [] if figures else date_contexts(claim, quantities, datelines=False)
        if claim_dates:
            return self._check_dates(claim, lang, quantities, claim_dates[:MAX_FIGURES], vector)
        if not figures:
            return Verdict(
                claim=claim,
                verdict="unknown",
                confidence=0.9,
                reason="no_quantity",
                message="the claim states no checkable figure (count, percent, amount, date)",
                claim_quantities=quantities,
            )
        claim_ctx = figure_contexts(claim, figures)
        claim_actors = actors_of(claim)
        names = ClaimNames.of(claim)
        candidates = retrieve(
            self.index,
            claim,
            figures,
            np.asarray(vector),
            self.settings.top_k * 3,
            names=(lambda sid: self._shared_names(sid, names)) if names else None,
        )
        claim_vec = np.asarray(vector, dtype=np.float32).reshape(-1)
        # per candidate, the same for every figure of the claim
        sims = {
            c.sentence_id: float(claim_vec @ self._vector(c.sentence_id)) for c in candidates
        }
        best = max(sims.values(), default=0.0)
        shared_names = {c.sentence_id: self._shared_names(c.sentence_id, names) for c in candidates}
        years = [figure_year(ctx, quantities) for ctx in claim_ctx]
        restated = restatements(claim, [ctx.quantity for ctx in claim_ctx])
        repeated = repeats([ctx.quantity for ctx in claim_ctx])
        aligned: list[list[Aligned]] = [[] for _ in claim_ctx]
        rejected: list[list[str]] = [[] for _ in claim_ctx]
        for cand in candidates:
            sentence = self.index.sentences[cand.sentence_id]
            doc = self.index.documents.get(sentence.doc_id)
            contexts = self._sentence_contexts(cand.sentence_id)
            actors = self._actors(sentence.doc_id)
            main_actors = self._main_actors(sentence.doc_id)
            per_figure: list[list[Aligned]] = []
            for i, ctx in enumerate(claim_ctx):
                others = [f for f in figures if f is not ctx.quantity]
                relatedness = Relatedness(
                    similarity=sims[cand.sentence_id],
                    names=shared_names[cand.sentence_id],
                    shared_figures=shared_figures(others, sentence.quantities),
                    threshold=self.encoder.related_threshold,
                    best=best,
                    comparable=self.encoder.cross_lingual or sentence.lang == lang,
                )
                got, why = align(
                    ctx,
                    claim_actors,
                    years[i],
                    lang,
                    cand.sentence_id,
                    sentence,
                    doc,
                    contexts,
                    actors,
                    main_actors,
                    relatedness,
                )
                per_figure.append(got)
                rejected[i].extend(why)
            # within one sentence, each evidence figure answers one claim figure
            for i, got in enumerate(one_to_one(per_figure, restated, repeated)):
                aligned[i].extend(got)
        verdicts = [
            decide_figure(ctx.quantity, years[i], aligned[i], rejected[i])
            for i, ctx in enumerate(claim_ctx)
        ]
        _share_restated(verdicts, restated)
        return self._verdict(claim, quantities, verdicts)

    def _check_dates(
        self,
        claim: str,
        lang: str,
        quantities: list[Quantity],
        claim_dates: list[DateContext],
        vector: object,
    ) -> Verdict:
        """A claim that states only dates: each is checked against the dates the
        sources give for the same event (:func:`verifier.compare.align_date`)."""
        names = ClaimNames.of(claim)
        candidates = retrieve(
            self.index,
            claim,
            [],
            np.asarray(vector),
            self.settings.top_k * 3,
            names=(lambda sid: self._shared_names(sid, names)) if names else None,
        )
        claim_vec = np.asarray(vector, dtype=np.float32).reshape(-1)
        sims = {c.sentence_id: float(claim_vec @ self._vector(c.sentence_id)) for c in candidates}
        best = max(sims.values(), default=0.0)
        aligned: list[list[Aligned]] = [[] for _ in claim_dates]
        for cand in candidates:
            sid = cand.sentence_id
            sentence = self.index.sentences[sid]
            evidence = self._date_contexts(sid)
            if not evidence:
                continue
            tie = Relatedness(
                similarity=sims[sid],
                names=self._shared_names(sid, names),
                threshold=self.encoder.related_threshold,
                best=best,
                comparable=self.encoder.cross_lingual or sentence.lang == lang,
            )
            per_date = [
                align_date(ctx, lang, sid, sentence, evidence, tie, len(claim_dates))
                for ctx in claim_dates
            ]
            for i, got in enumerate(pair_dates(per_date)):
                aligned[i].extend(got)
        verdicts = [decide_date(ctx.figure.quantity, aligned[i]) for i, ctx in enumerate(claim_dates)]
        return self._verdict(claim, quantities, verdicts)

    def _verdict(
        self, claim: str, quantities: list[Quantity], verdicts: Sequence[FigureVerdict]
    ) -> Verdict:
        """The claim's verdict from its figures' (or dates'), with the evidence cited."""
        label, confidence, reason, message = decide_claim(verdicts)
        return Verdict(
            claim=claim,
            verdict=label,
            confidence=confidence,
            reason=reason,
            message=message,
            claim_quantities=quantities,
            comparisons=comparisons_of(verdicts),
            evidence=self._evidence(verdicts),
            figures=[fv.record() for fv in verdicts],
        )

    def _evidence(self, verdicts: Sequence[FigureVerdict]) -> list[Evidence]:
        spans: dict[int, list[Highlight]] = {}
        order: list[int] = []
        scores: dict[int, float] = {}
        for fv in verdicts:
            for a in fv.chosen:
                if a.sentence_id not in spans:
                    spans[a.sentence_id] = []
                    order.append(a.sentence_id)
                    scores[a.sentence_id] = a.score
                h = Highlight(start=a.evidence.start, end=a.evidence.end, text=a.evidence.text)
                if h not in spans[a.sentence_id]:
                    spans[a.sentence_id].append(h)
        out = []
        for sid in order:
            s = self.index.sentences[sid]
            doc = self.index.documents.get(s.doc_id)
            out.append(
                Evidence(
                    sentence_id=sid,
                    doc_id=s.doc_id,
                    sentence=s.text,
                    lang=s.lang,
                    title=doc.title if doc else None,
                    source=doc.source if doc else None,
                    url=doc.url if doc else None,
                    path=doc.path if doc else None,
                    published=doc.published if doc else None,
                    score=round(scores[sid], 3),
                    highlights=sorted(spans[sid], key=lambda h: h.start),
                )
            )
        return out
