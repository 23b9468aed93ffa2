"""Ingest stage: files -> cleaned :class:`Document` -> :class:`Sentence` list.

* :func:`read_text_file` turns bytes into text (UTF-8, UTF-8/16/32 with BOM,
  BOM-less UTF-16, Windows-1256 Arabic, Windows-1252/Latin-1 French) and refuses
  binary or empty files with :class:`~verifier._errors.InputError`.
* :func:`load_documents` walks files and folders (``.txt``, ``.md``, ``.html``,
  ``.htm``, ``.jsonl``), reads ``X.meta.json`` sidecars and never stops the batch
  on a bad file: it lists it in :attr:`IngestResult.failures`.
* :func:`clean_text` cuts a scraped page down to its article: duplicated
  paragraphs and sentences, tag lines, page furniture (``data/boilerplate.toml``)
  and headline tickers go; the title and the publication date are read out.
* :func:`split_sentences` gives sentence spans that never cut a number or a
  usual abbreviation; :func:`sentences_of` turns a document into sentences with
  their language, figures and time scope; :func:`document_period` tells which
  period the figures of an article refer to.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ._errors import InputError
from .lang import detect_lang
from .records import Document, Lang, Quantity, Sentence, TimeScope

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CleanResult",
    "IngestFailure",
    "IngestResult",
    "clean_text",
    "decode_bytes",
    "document_period",
    "expand_path",
    "is_furniture",
    "load_documents",
    "parse_date",
    "parse_period",
    "read_text_file",
    "sentences_of",
    "split_sentences",
    "unique_files",
]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".jsonl")
"""File types :func:`load_documents` reads; anything else in a folder is skipped."""

_LANGS: frozenset[str] = frozenset({"ar", "fr", "en", "es", "und"})
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# --------------------------------------------------------------------------- records


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IngestFailure(_Frozen):
    """A file (or a JSONL line, ``path:line``) that could not be loaded, and why."""

    path: str
    reason: str


class IngestResult(_Frozen):
    """What :func:`load_documents` read: the documents and the failures, in input order."""

    documents: list[Document] = []
    failures: list[IngestFailure] = []


class CleanResult(_Frozen):
    """A page cut down to its article.

    ``text`` is the article, one paragraph per block, blocks separated by a blank
    line; ``title`` and ``published`` are what the page stated (``None`` when not
    found); ``removed`` counts the lines dropped by reason (``ticker``,
    ``furniture``, ``tag``, ``date``, ``title``, ``lead``, ``tail``, ``duplicate``,
    ``duplicate_sentence``).
    """

    text: str
    title: str | None = None
    published: date | None = None
    removed: dict[str, int] = {}


# --------------------------------------------------------------------------- data table


@dataclass(frozen=True)
class _Boilerplate:
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    labels: frozenset[str]
    date_prefixes: tuple[str, ...]
    months: dict[str, int]
    abbreviations: frozenset[str]
    max_prefix_line: int


@cache
def _boilerplate() -> _Boilerplate:
    raw = tomllib.loads(
        resources.files("verifier").joinpath("data/boilerplate.toml").read_text("utf-8")
    )
    langs = [v for v in raw.values() if isinstance(v, dict) and "lines" in v]
    prefixes = {_norm(p) for lang in langs for p in lang.get("prefixes", [])}
    date_prefixes = {p for lang in langs for p in lang.get("date_prefixes", [])}
    return _Boilerplate(
        lines=frozenset(_norm(x) for lang in langs for x in lang.get("lines", [])),
        prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        labels=frozenset(_norm(x) for lang in langs for x in lang.get("labels", [])),
        date_prefixes=tuple(sorted(date_prefixes, key=len, reverse=True)),
        months={_norm(k).rstrip("."): int(v) for k, v in raw["months"].items()},
        abbreviations=frozenset(raw["abbreviations"]["words"]),
        max_prefix_line=int(raw.get("max_prefix_line", 220)),
    )


# --------------------------------------------------------------------------- reading bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# The legacy code pages the corpus languages come in; charset-normalizer is asked to
# choose among these only (left free it reads short French as Central European cp1250).
_LEGACY_CODECS = ["cp1252", "cp1256", "latin_1"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def read_text_file(path: Path | str) -> str:
    """Read ``path`` as text, detecting its encoding; newlines come back as ``\\n``.

    Raises :class:`InputError` when the file cannot be read, is empty, or is not
    text (NUL bytes, or mostly control characters once decoded).
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p} cannot be read: {exc.strerror or exc}") from exc
    return decode_bytes(data, name=str(p))


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode ``data`` as :func:`read_text_file` does; ``name`` is used in error messages."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name} is empty (only whitespace)")
    if _looks_binary(text):
        raise InputError(f"{name} is not a text file (mostly control characters)")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name} is not a text file (invalid {codec})") from exc
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError(f"{name} is not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data, name)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the NUL bytes of ASCII characters sit on one parity only."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    codec = None
    if odd >= 0.1 * half and even <= 0.01 * half:
        codec = "utf-16-le"
    elif even >= 0.1 * half and odd <= 0.01 * half:
        codec = "utf-16-be"
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else text


def _decode_legacy(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_CODECS).best()
    if best is None:
        raise InputError(f"{name} is not a text file (no text encoding fits its bytes)")
    return str(best)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > 0.02 * len(sample)


# --------------------------------------------------------------------------- normalising

_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " "})


def _keys_of(table: dict[int, Any]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(k)) for k in table) + "]")


_HAS_APOSTROPHE = _keys_of(_APOSTROPHES)
_HAS_ARABIC_DIGIT = _keys_of(_ARABIC_DIGITS)


def _apostrophes(text: str) -> str:
    """``text`` with its apostrophes unified (a search first: most text has none to change)."""
    return text.translate(_APOSTROPHES) if _HAS_APOSTROPHE.search(text) else text


def _western_digits(text: str) -> str:
    """``text`` with Arabic-Indic digits written as 0-9."""
    return text.translate(_ARABIC_DIGITS) if _HAS_ARABIC_DIGIT.search(text) else text
_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Case-folded key of a line: apostrophes unified, Arabic marks and edge punctuation gone."""
    text = _apostrophes(unicodedata.normalize("NFC", text))
    text = _AR_MARKS.sub("", text).casefold()
    text = _SPACES.sub(" ", text)
    return text.strip(" \t" + "".join(_EDGE_PUNCT))


_EDGE_PUNCT = frozenset("!\"#%&'()*+,-./:;<=>?@[\\]^_{|}~«»“”„…–—•·؟،؛!")
_KEY_DROP = re.compile(r"[^\w]+", re.UNICODE)


def _dedupe_key(text: str) -> str:
    """Key for duplicate detection: words only, case and punctuation ignored."""
    return _KEY_DROP.sub(" ", _norm(text)).strip()


_WORD_RUN = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD_RUN.findall(text)


# --------------------------------------------------------------------------- furniture


def is_furniture(line: str) -> bool:
    """True when ``line`` is page furniture or a tag/category label, not article text."""
    return _furniture_kind(line) is not None


def _furniture_kind(line: str, key: str | None = None) -> str | None:
    """``"furniture"``, ``"tag"`` or ``None`` for one line, by the boilerplate table.

    ``key``: ``_norm(line)`` when the caller has it already.
    """
    if key is None:
        key = _norm(line)
    if not key:
        return "furniture"
    table = _boilerplate()
    if key in table.lines:
        return "furniture"
    if key in table.labels:
        return "tag"
    head, sep, rest = key.partition(":")
    if (
        sep
        and head.strip() in table.labels
        and len(key) <= table.max_prefix_line
        and _looks_like_tags(rest)
    ):
        return "tag"
    if len(line) <= table.max_prefix_line and key.startswith(table.prefixes):
        for prefix in table.prefixes:
            if key.startswith(prefix) and not key[len(prefix) : len(prefix) + 1].isalpha():
                return "furniture"
    return None


_TAG_SEP = re.compile(r"[,;،|•·/]")


def _looks_like_tags(rest: str) -> bool:
    """After "Tags:"/"Maroc:", a list of short labels, not a headline ("Maroc : 7 morts
    dans un accident de train" is news): no figure, and no item longer than 4 words."""
    if any(ch.isdigit() for ch in rest):
        return False
    return all(len(_words(item)) <= 4 for item in _TAG_SEP.split(rest))


_TICKER_SEP = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]{3,}|\t+|\s*[|•·▪►◆■●]\s*")


def _is_ticker(line: str) -> bool:
    """A run of short headlines on one line, separated by space runs, tabs, pipes or bullets."""
    parts = [p.strip() for p in _TICKER_SEP.split(line) if p.strip()]
    if len(parts) < 4:
        return False
    lengths = sorted(len(p) for p in parts)
    if lengths[-1] > 300:  # a headline is never a whole paragraph
        return False
    with_letters = sum(1 for p in parts if len(_words(re.sub(r"\d", "", p))) >= 1)
    return lengths[len(lengths) // 2] <= 160 and with_letters >= 0.75 * len(parts)


# --------------------------------------------------------------------------- dates

_TIME = (
    r"(?:\s*(?:à|a|at|a las|،|,|-|–|\|)?\s*\d{1,2}\s*[:hH]\s*\d{2}"
    r"(?:\s*[:]\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC)(?:\s*[+-]\s*\d{1,2})?)?)?"
)
_WEEKDAY = r"(?:[^\W\d_]{3,10},?\s+)?"


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(re.escape(m) for m in sorted(_boilerplate().months, key=len, reverse=True))
    month = rf"(?P<month>{months})\.?"
    year = r"(?P<year>(?:19|20)\d{2})"
    return (
        re.compile(
            r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"
            r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_WEEKDAY}(?P<day>\d{{1,2}})\s*[-/.]\s*(?P<mnum>\d{{1,2}})\s*[-/.]\s*{year}",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:er|º|°)?\s+(?:de\s+)?{month},?\s+(?:de\s+)?{year}",
            re.IGNORECASE,
        ),
        re.compile(
            rf"{_WEEKDAY}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}",
            re.IGNORECASE,
        ),
    )


def parse_date(text: str) -> date | None:
    """Parse one date written alone (ISO, ``04 - 11 - 2021``, ``4 novembre 2021``,
    ``November 4, 2021``, ``4 de noviembre de 2021``, ``6 نونبر 2024``), optionally
    followed by a time; ``None`` when ``text`` is not just a date."""
    text = _SPACES.sub(" ", _apostrophes(_western_digits(text))).strip()
    text = text.strip(" ,.;:|-–—")
    for pattern in _date_patterns():
        m = re.fullmatch(pattern.pattern + _TIME, text, pattern.flags)
        if m:
            return _date_from_match(m)
    return None


def _date_from_match(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    if groups.get("month"):
        month = _boilerplate().months.get(_norm(groups["month"]).rstrip("."))
    else:
        month = int(groups["mnum"])
    day = int(groups["day"])
    if month is None:
        return None
    if month > 12 and day <= 12:
        day, month = month, day
    try:
        return date(int(groups["year"]), month, day)
    except ValueError:
        return None


@cache
def _date_line_prefix() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in _boilerplate().date_prefixes)
    connector = r"(?:le|on|el|del|في|يوم|بتاريخ)"
    return re.compile(
        rf"^(?:(?:{prefixes})(?:\s+[^.!?\n]{{0,40}}?\s{connector})?)?[\s:,|–—-]*",
        re.IGNORECASE,
    )


def _date_line(line: str) -> date | None:
    """The date of a publication-date line ("Publié dans H24 Info le 04 - 11 - 2021")."""
    if len(line) > 100 or not _YEARISH.search(_western_digits(line)):
        return None  # every date pattern has a year
    line = _apostrophes(line).strip()
    direct = parse_date(line)
    if direct is not None:
        return direct
    m = _date_line_prefix().match(line)
    if m is None or m.end() == 0:
        return None
    return parse_date(line[m.end() :])


# --------------------------------------------------------------------------- cleaning

_TERMINAL = re.compile(r"[.!?…؟][\"'»”’)\]]*$")


def _is_body(line: str) -> bool:
    """A paragraph of running text, not a headline."""
    return len(line) >= 200 or (len(line) >= 60 and _TERMINAL.search(line) is not None)


def _headline_like(line: str) -> bool:
    words = _words(line)
    return (
        2 <= len(words) <= 30
        and len(line) <= 200
        and not line.rstrip("\"'»”’) ").endswith((".", ",", ";", ":", "،"))
    )


@dataclass
class _Page:
    lines: list[str]
    removed: Counter[str] = field(default_factory=Counter)
    published: date | None = None
    date_at: int | None = None  # index in ``lines`` where the first date line was


def clean_text(raw: str, lang: str | None = None, *, title: str | None = None) -> CleanResult:
    """Cut a scraped page down to its article text.

    Drops headline tickers, page furniture and tag lines (``data/boilerplate.toml``,
    plus short lines that repeat), publication-date lines (the first date becomes
    ``published``), the title and the lines above it, trailing headline lists, and
    exact or near-exact duplicate paragraphs and sentences (the first is kept).
    ``title``: a title already known (HTML metadata, sidecar); lines equal to it
    are removed and no other line is taken as the title. ``lang`` is accepted for
    symmetry with the other stages; the tables of every language are applied.
    """
    del lang  # every language's table applies: pages mix languages in their furniture
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "").replace("\u200b", "")
    page = _Page(lines=[line.strip() for line in text.split("\n")])
    _drop_tickers_and_furniture(page)
    _drop_date_lines(page)
    _unwrap(page)
    found = _take_title(page, title)
    _drop_tail_headlines(page)
    _dedupe(page, found)
    body = "\n\n".join(line for line in page.lines if line)
    return CleanResult(text=body, title=found, published=page.published, removed=dict(page.removed))


def _drop(page: _Page, keep: list[bool], reason: str | list[str]) -> None:
    reasons = [reason] * len(keep) if isinstance(reason, str) else reason
    lines: list[str] = []
    for line, ok, why in zip(page.lines, keep, reasons, strict=True):
        if ok or not line:
            lines.append(line)
        else:
            page.removed[why] += 1
            lines.append("")
    page.lines = lines


def _drop_tickers_and_furniture(page: _Page) -> None:
    keys = [_norm(line) if line else "" for line in page.lines]
    short_counts = Counter(
        key
        for line, key in zip(page.lines, keys, strict=True)
        if line and len(_words(line)) <= 4 and not _TERMINAL.search(line)
    )
    keep: list[bool] = []
    reasons: list[str] = []
    for line, key in zip(page.lines, keys, strict=True):
        kind = None
        if line:
            if _is_ticker(line):
                kind = "ticker"
            else:
                kind = _furniture_kind(line, key)
                if kind is None and short_counts.get(key, 0) >= 2:
                    kind = "tag"
        keep.append(kind is None)
        reasons.append(kind or "")
    _drop(page, keep, reasons)


def _drop_date_lines(page: _Page) -> None:
    keep: list[bool] = []
    for i, line in enumerate(page.lines):
        found = _date_line(line) if line else None
        if found is not None and page.published is None:
            page.published = found
            page.date_at = i
        keep.append(found is None)
    _drop(page, keep, "date")


def _take_title(page: _Page, hint: str | None) -> str | None:
    """Find the title, remove it and everything above it (ticker lines, kickers, labels)."""
    idx = [i for i, line in enumerate(page.lines) if line]
    first_body = next((i for i in idx if _is_body(page.lines[i])), len(page.lines))
    lead = [i for i in idx if i < first_body]
    at: int | None = None
    if hint:
        key = _dedupe_key(hint)
        matches = [i for i in idx if _similar(_dedupe_key(page.lines[i]), key)]
        at = next((i for i in matches if i < first_body), None)
        _drop(page, [i not in matches or i == at for i in range(len(page.lines))], "title")
    else:
        heads = [i for i in lead if _headline_like(page.lines[i])]
        before_date = [i for i in heads if page.date_at is not None and i < page.date_at]
        if before_date:
            at = before_date[-1]
        elif heads:
            at = heads[-1]
    if at is None or not any(i > at for i in idx):
        return hint.strip() if hint else None
    title = page.lines[at]
    keep = [i > at or not page.lines[i] for i in range(len(page.lines))]
    page.removed["title"] += 1
    page.removed["lead"] += sum(1 for i in lead if i < at)
    page.lines = [line if ok else "" for line, ok in zip(page.lines, keep, strict=True)]
    return hint.strip() if hint else title


def _drop_tail_headlines(page: _Page) -> None:
    """Three or more headline-like lines closing the page are a related-articles list."""
    idx = [i for i, line in enumerate(page.lines) if line]
    tail: list[int] = []
    for i in reversed(idx):
        if _is_body(page.lines[i]) or not _headline_like(page.lines[i]):
            break
        tail.append(i)
    if len(tail) >= 3 and len(tail) < len(idx):
        _drop(page, [i not in tail for i in range(len(page.lines))], "tail")


_CONTINUES = re.compile(r"^[a-zà-öø-ÿ(«\"“]")


def _unwrap(page: _Page) -> None:
    """Join hard-wrapped lines: a line that ends mid-sentence and a next one in lower case.

    The joined line takes the place of the first; the others become blank, so
    line indices (``page.date_at``) stay valid.
    """
    lines = list(page.lines)
    target: int | None = None
    for i, line in enumerate(lines):
        prev = lines[target] if target is not None else ""
        if (
            target is not None
            and line
            and prev
            and not _TERMINAL.search(prev)
            and (prev.endswith((",", "،", ";", "-")) or _CONTINUES.match(line))
            and len(prev) >= 30
        ):
            lines[target] = prev + " " + line
            lines[i] = ""
        else:
            target = i if line else None
    page.lines = lines


_DIGITS = re.compile(r"\d+")


def _similar(a: str, b: str) -> bool:
    """Exact or near-exact duplicate keys: a few letters differ, every figure is the same."""
    if a == b:
        return bool(a)
    if not a or not b or min(len(a), len(b)) < 40:
        return False
    if min(len(a), len(b)) / max(len(a), len(b)) < 0.9:
        return False
    if _DIGITS.findall(a) != _DIGITS.findall(b):  # other figures: another statement
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= 0.93
        and matcher.quick_ratio() >= 0.93
        and (matcher.ratio() >= 0.93)
    )


class _SeenKeys:
    """Paragraph keys seen so far, indexed by their first and last 40 characters.

    A near-exact duplicate (a few letters edited) keeps its figures and its
    beginning or its end, so only the keys sharing those are compared character
    by character.
    """

    _EDGE = 40

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.by_edge: dict[str, list[str]] = {}

    def add(self, key: str) -> None:
        self.exact.add(key)
        for edge in self._edges(key):
            self.by_edge.setdefault(edge, []).append(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self.exact:
            return True
        candidates = {k for edge in self._edges(key) for k in self.by_edge.get(edge, [])}
        return any(_similar(key, other) for other in candidates)

    def _edges(self, key: str) -> tuple[str, str]:
        figures = " ".join(_DIGITS.findall(key))  # near duplicates state the same figures
        return f"^{figures}|{key[: self._EDGE]}", f"${figures}|{key[-self._EDGE :]}"


def _dedupe(page: _Page, title: str | None) -> None:
    """Drop repeated paragraphs, then repeated sentences (six words or more)."""
    seen = _SeenKeys()
    if title:
        seen.add(_dedupe_key(title))
    lines: list[str] = []
    keys: list[str] = []
    for line in page.lines:
        if not line:
            lines.append(line)
            keys.append("")
            continue
        key = _dedupe_key(line)
        if key in seen:
            page.removed["duplicate"] += 1
            lines.append("")
            keys.append("")
            continue
        seen.add(key)
        lines.append(line)
        keys.append(key)
    sentence_keys: set[str] = set()
    page.lines = [
        _dedupe_sentences(line, key, sentence_keys, page.removed)
        for line, key in zip(lines, keys, strict=True)
    ]


def _dedupe_sentences(line: str, line_key: str, seen: set[str], removed: Counter[str]) -> str:
    """``line`` without its sentences already seen; ``line_key`` is ``_dedupe_key(line)``."""
    if not line:
        return line
    kept: list[str] = []
    dropped = False
    for start, end in split_sentences(line):
        sentence = line[start:end]
        # a one-sentence line (the usual case) has the line's key
        key = line_key if start == 0 and end == len(line) else _dedupe_key(sentence)
        if len(key.split()) >= 6 and key in seen:
            removed["duplicate_sentence"] += 1
            dropped = True
            continue
        seen.add(key)
        kept.append(sentence)
    return " ".join(kept) if dropped else line


# --------------------------------------------------------------------------- sentences

_BOUNDARY = re.compile(r"[.!?…؟]+(?:[ \u00a0\u202f]*[»”])?[\"'»”’)\]]*(?=\s|$)")
_ACRONYM = re.compile(r"^(?:[^\W\d_]\.-?)+[^\W\d_]$")
_LIST_MARK = re.compile(r"^\(?\d{1,3}\)?$|^[IVXivx]{1,4}$")


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, stripped of surrounding whitespace.

    A sentence ends at a newline, or after ``. ! ? …`` or Arabic ``؟`` followed by
    a space (closing quotes and brackets stay with it). A period inside a number
    ("42.071", "n° 66.23") is never followed by a space, so it never ends one;
    nor does one after an abbreviation ("M.", "Dr.", "etc.", "U.S.", "av. J.-C."),
    after a month written short before a day ("Oct. 2"), after a list number, or
    before a lower-case word. The Arabic comma ``،`` is
    not an end. ``lang`` is accepted for symmetry; the rules are the same for all.
    """
    del lang
    return list(_iter_sentences(text))


def _iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of :func:`split_sentences`, lazily (a caller may need the first few only)."""
    pos = 0
    for line in text.split("\n"):
        for start, end in _line_sentences(line):
            yield pos + start, pos + end
        pos += len(line) + 1


def _line_sentences(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BOUNDARY.finditer(line):
        if _ends_sentence(line, start, m):
            span = _strip_span(line, start, m.end())
            if span:
                yield span
            start = m.end()
    span = _strip_span(line, start, len(line))
    if span:
        yield span


def _ends_sentence(line: str, start: int, m: re.Match[str]) -> bool:
    punct = m.group()
    before = line[start : m.start()].rstrip()
    if not before.strip():
        return False
    after = line[m.end() :].lstrip()
    if punct[0] in ".…" and after[:1].islower():
        return False
    if punct.startswith(".") and not punct.startswith("..."):
        token = before.split()[-1].lstrip("(«\"“'[") if before.split() else ""
        if token in _boilerplate().abbreviations or _ACRONYM.match(token):
            return bool(not after)
        if after[:1].isdigit() and _norm(token) in _boilerplate().months:
            return False  # a month written short before its day: "on Oct. 2, 1968"
        if len(token) == 1 and token.isupper():  # an initial: "J. Smith"
            return bool(not after)
        if _LIST_MARK.match(before.strip()):
            return False
    return True


def _strip_span(line: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------------- periods

_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d]|[.,]\d)")
_YEARISH = re.compile(r"(?:19|20)\d{2}")  # cheap test: no match, no year for the two below
_SUBJECT_YEAR = re.compile(
    r"(?:(?<![^\W\d_])(?:en|in|durant|pendant|during|for|pour|de l'année|l'année|année|"
    r"exercice|year|el año|del año|año|durante|en el)\s+"
    r"|(?:السنة المالية|للسنة المالية|سنة|لسنة|عام|لعام|العام|خلال|في|برسم)\s+)"
    r"((?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


def _year_scope(year: int, text: str) -> TimeScope:
    return TimeScope(text=text, start=date(year, 1, 1), end=date(year, 12, 31), year=year)


def parse_period(value: object) -> TimeScope | None:
    """A period from metadata: a year (``2024`` or ``"2024"``), a range
    ``"YYYY-MM-DD/YYYY-MM-DD"``, a :class:`TimeScope` or its dict; ``None`` for empty.

    Raises ``ValueError`` for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, TimeScope):
        return value
    if isinstance(value, dict):
        return TimeScope.model_validate(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return _year_scope(value, str(value))
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}", text):
            return _year_scope(int(text), text)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*/\s*(\d{4}-\d{2}-\d{2})", text)
        if m:
            start, end = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if end < start:
                raise ValueError(f"period {text!r} ends before it starts")
            year = start.year if start.year == end.year else None
            return TimeScope(text=text, start=start, end=end, year=year)
    raise ValueError(f"period {value!r} is neither a year nor 'YYYY-MM-DD/YYYY-MM-DD'")


def document_period(doc: Document) -> TimeScope | None:
    """The period the figures of ``doc`` refer to.

    ``doc.period`` when set (sidecar or JSONL); else the year stated in the title
    ("… en 2021", "… في 2024"); else a year given as the subject in the first three
    sentences ("السنة المالية 2024", "l'année 2021"); else the year of publication.
    """
    if doc.period is not None:
        return doc.period
    return _period_of(doc.text, doc.title, doc.published, islice(_iter_sentences(doc.text), 3))


def _period_of(
    text: str, title: str | None, published: date | None, first: Iterable[tuple[int, int]]
) -> TimeScope | None:
    """:func:`document_period` of a document with no stated period; ``first``: the spans of
    its first three sentences (at most)."""
    if title:
        scope = _title_year(title)
        if scope is not None:
            return scope
    for start, end in first:
        sentence = _western_digits(text[start:end])
        m = _SUBJECT_YEAR.search(sentence) if _YEARISH.search(sentence) else None
        if m:
            return _year_scope(int(m.group(1)), m.group(0))
    if published is not None:
        return _year_scope(published.year, str(published.year))
    return None


def _title_year(title: str) -> TimeScope | None:
    title = _western_digits(title)
    if not _YEARISH.search(title):
        return None
    stated = _SUBJECT_YEAR.search(title)
    if stated:
        return _year_scope(int(stated.group(1)), stated.group(0))
    years = {int(y) for y in _YEAR.findall(title)}
    if len(years) == 1:
        year = years.pop()
        return _year_scope(year, str(year))
    return None


# --------------------------------------------------------------------------- sentences_of


class _Extractor(Protocol):
    def __call__(
        self, text: str, lang: str | None = None, reference_date: date | None = None
    ) -> list[Quantity]: ...


def _quantity_extractor() -> _Extractor | None:
    """``verifier.quantities.extract_quantities``, or ``None`` while that module is absent."""
    name = f"{__package__}.quantities"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return cast(_Extractor, loaded.extract_quantities)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise
    return cast(_Extractor, module.extract_quantities)


_HAS_WORD = re.compile(r"[^\W_]")


def _stated_scope(quantities: list[Quantity]) -> TimeScope | None:
    """The first period a figure of the sentence states; a date's own scope (the day of
    a meeting, say) is not the period of the sentence's figures."""
    return next(
        (q.scope for q in quantities if q.scope is not None and q.kind not in ("date", "year")),
        None,
    )


def sentences_of(doc: Document, reference_date: date | None = None) -> list[Sentence]:
    """Split ``doc.text`` into :class:`Sentence` records with language, figures and scope.

    Sentence offsets are into ``doc.text``; the offsets of each sentence's quantities
    are relative to the sentence text. ``lang`` is detected per sentence (the
    document's when undecidable). ``scope`` is the first scope stated by one of
    the sentence's figures (dates and years excepted), else
    :func:`document_period`. Relative dates resolve against ``doc.published``,
    else ``reference_date``. Furniture-only sentences are skipped; ``index``
    counts the kept sentences.
    """
    return _sentences_of(doc, reference_date, _quantity_extractor())


def _sentences_of(
    doc: Document, reference_date: date | None, extract: _Extractor | None, *, loaded: bool = False
) -> list[Sentence]:
    """:func:`sentences_of`; ``loaded``: ``doc`` comes from the loaders here, which
    set its ``period`` to :func:`document_period` already (``None``: it has none)."""
    spans = split_sentences(doc.text)
    period = doc.period
    if period is None and not loaded:  # the document period, from the spans at hand
        period = _period_of(doc.text, doc.title, doc.published, spans[:3])
    ref = doc.published or reference_date
    out: list[Sentence] = []
    for start, end in spans:
        text = doc.text[start:end]
        if not _HAS_WORD.search(text) or is_furniture(text):
            continue
        lang = detect_lang(text)
        if lang == "und":
            lang = doc.lang
        quantities = extract(text, lang, reference_date=ref) if extract else []
        # every field is built here from valid values: no validation needed
        out.append(
            Sentence.model_construct(
                doc_id=doc.id,
                index=len(out),
                text=text,
                start=start,
                end=end,
                lang=lang,
                quantities=quantities,
                scope=_stated_scope(quantities) or period,
            )
        )
    return out


# --------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "select",
        "template",
        "figure",
        "head",
    }
)
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "pre",
        "main",
        "dd",
        "dt",
        "td",
        "th",
        "title",
    }
)
_SKIP_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|cookies?|consent|share|sharing|"
    r"social|comments?|related|breadcrumbs?|newsletter|advert|ads|promo|widget|ticker|tags)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_DATE_META = frozenset(
    {
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "og:published_time",
        "sailthru.date",
    }
)


@dataclass
class _HtmlPage:
    text: str
    title: str | None = None
    published: date | None = None
    lang: str | None = None


class _TagStripper(HTMLParser):
    """Plain text of a page without scripts, navigation, footers, sidebars and ads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.body: list[str] = []
        self.article: list[str] = []
        self.meta_title: str | None = None
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.published: date | None = None
        self.lang: str | None = None
        self._in_title = 0
        self._in_h1 = 0
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.lang = values["lang"][:2].lower()
        if tag in _VOID_TAGS:
            if tag == "meta":
                self._meta(values)
            elif tag == "br":
                self._emit("\n")
            return
        if tag == "time" and self.published is None:
            self.published = _iso_date(values.get("datetime", ""))
        marker = f"{values.get('class', '')} {values.get('id', '')} {values.get('role', '')}"
        skipping = tag in _SKIP_TAGS or bool(_SKIP_ATTR.search(marker))
        self.stack.append((tag, skipping))
        self._in_title += tag == "title"
        self._in_h1 += tag == "h1"
        self._in_article += tag == "article"
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in (t for t, _ in self.stack):
            return
        while self.stack:
            top, _ = self.stack.pop()
            self._in_title -= top == "title"
            self._in_h1 -= top == "h1"
            self._in_article -= top == "article"
            if top == tag:
                break
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._in_h1:
            self.h1_parts.append(data)
        if not any(skip for _, skip in self.stack):
            self._emit(_SPACES.sub(" ", data))

    def _emit(self, chunk: str) -> None:
        if any(skip for _, skip in self.stack) and chunk != "\n":
            return
        self.body.append(chunk)
        if self._in_article:
            self.article.append(chunk)

    def _meta(self, values: dict[str, str]) -> None:
        keys = ("property", "name", "itemprop")
        name = next((values[k] for k in keys if values.get(k)), "").lower()
        content = values.get("content", "").strip()
        if name in {"og:title", "twitter:title"} and content and not self.meta_title:
            self.meta_title = content
        elif name in _DATE_META and self.published is None:
            self.published = _iso_date(content)


def _iso_date(value: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return parse_date(value) if value else None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _lines(chunks: list[str]) -> str:
    lines = [line.strip() for line in "".join(chunks).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _strip_tags(html: str) -> _HtmlPage:
    parser = _TagStripper()
    parser.feed(html)
    parser.close()
    article = _lines(parser.article)
    body = article if len(article) >= 200 else _lines(parser.body)
    h1 = _SPACES.sub(" ", "".join(parser.h1_parts)).strip()
    page_title = _SPACES.sub(" ", "".join(parser.title_parts)).strip()
    title = parser.meta_title or h1 or page_title or None
    return _HtmlPage(text=body, title=title, published=parser.published, lang=parser.lang)


@cache
def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # trafilatura, or one of its dependencies, is missing
        log.warning("trafilatura unavailable (%s); HTML is read with the built-in tag strip", exc)
        return None
    return trafilatura


def _extract_html(html: str) -> _HtmlPage:
    """Main text of an HTML page (trafilatura, comments excluded), with title and date.

    Falls back to a plain tag strip (scripts, nav, header, footer, asides and
    share/cookie/related blocks removed) when trafilatura returns nothing or
    cannot be imported.
    """
    stripped = _strip_tags(html)
    module = _trafilatura()
    text: str | None = None
    if module is not None:
        try:
            text = module.extract(
                html, include_comments=False, include_tables=True, output_format="txt"
            )
        except Exception as exc:  # a parser crash must not stop the batch
            log.warning("trafilatura failed on a page (%s); using the tag strip", exc)
            text = None
    if text and text.strip():
        stripped.text = text.strip()
    return stripped


# --------------------------------------------------------------------------- markdown

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)


def _strip_markdown(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


# --------------------------------------------------------------------------- loading


class _Meta(BaseModel):
    """Optional metadata of a document (sidecar ``X.meta.json`` or JSONL fields)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    lang: Lang | None = None
    period: TimeScope | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: object) -> object:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: object) -> object:
        if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}[T ]", value):
            return value[:10]
        return value or None

    @field_validator("lang", mode="before")
    @classmethod
    def _lang(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: object) -> object:
        return parse_period(value)


class _JsonlRecord(_Meta):
    text: str = Field(min_length=1)


def _validation_message(exc: ValidationError) -> str:
    parts = [
        f"{'.'.join(str(x) for x in err['loc']) or 'record'}: {err['msg']}" for err in exc.errors()
    ]
    return "; ".join(parts)


def _sidecar(file: Path) -> _Meta:
    """The ``X.meta.json`` beside ``X.ext``, or empty metadata when there is none."""
    path = file.with_suffix(".meta.json")
    if not path.is_file():
        return _Meta()
    try:
        data = json.loads(read_text_file(path))
    except json.JSONDecodeError as exc:
        reason = f"sidecar {path} is not valid JSON: {exc.msg} (line {exc.lineno})"
        raise InputError(reason) from exc
    if not isinstance(data, dict):
        raise InputError(f"sidecar {path} must hold a JSON object")
    try:
        return _Meta.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"sidecar {path}: {_validation_message(exc)}") from exc


def _make_document(
    doc_id: str, cleaned: CleanResult, meta: _Meta, path: str, lang_hint: str | None = None
) -> Document:
    if not cleaned.text.strip():
        raise InputError(f"{path}: no article text left after cleaning")
    lang: Lang = meta.lang or detect_lang(cleaned.text)
    if lang == "und" and lang_hint in _LANGS:
        lang = cast(Lang, lang_hint)
    title = meta.title or cleaned.title
    published = meta.published or cleaned.published
    period = meta.period or _period_of(
        cleaned.text, title, published, islice(_iter_sentences(cleaned.text), 3)
    )
    # every value is already valid (validated metadata, cleaned text, a known language)
    return Document.model_construct(
        id=doc_id,
        text=cleaned.text,
        title=title,
        source=meta.source,
        url=meta.url,
        path=path,
        published=published,
        lang=lang,
        period=period,
    )


def _load_page(file: Path, doc_id: str) -> Document:
    """One ``.txt``/``.md``/``.html`` file (with its sidecar) as a document."""
    meta = _sidecar(file)
    raw = read_text_file(file)
    suffix = file.suffix.lower()
    if suffix in {".html", ".htm"}:
        page = _extract_html(raw)
        cleaned = clean_text(page.text, meta.lang, title=meta.title or page.title)
        if cleaned.published is None and page.published is not None:
            cleaned = cleaned.model_copy(update={"published": page.published})
        return _make_document(doc_id, cleaned, meta, str(file), page.lang)
    if suffix == ".md":
        raw = _strip_markdown(raw)
    cleaned = clean_text(raw, meta.lang, title=meta.title)
    return _make_document(doc_id, cleaned, meta, str(file))


def _load_jsonl(file: Path, file_id: str) -> Iterator[Document | IngestFailure]:
    """One document per line of a ``.jsonl`` file; a bad line is a failure ``path:line``."""
    try:
        text = read_text_file(file)
    except InputError as exc:
        yield IngestFailure(path=str(file), reason=str(exc))
        return
    for lineno, line in _jsonl_lines(text):
        where = f"{file}:{lineno}"
        try:
            yield _jsonl_document(line, where, f"{file_id}:{lineno}")
        except InputError as exc:
            yield IngestFailure(path=where, reason=str(exc))


def _jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSONL file with their line numbers (from 1)."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield lineno, line


def _jsonl_document(line: str, where: str, default_id: str) -> Document:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise InputError("a line must hold a JSON object")
    try:
        record = _JsonlRecord.model_validate(data)
    except ValidationError as exc:
        raise InputError(_validation_message(exc)) from exc
    cleaned = clean_text(record.text, record.lang, title=record.title)
    return _make_document(record.id or default_id, cleaned, record, where)


def expand_path(root: Path) -> Iterator[tuple[Path, str] | IngestFailure]:
    """The files under ``root`` with their document ids, or a failure for ``root``.

    Folders are walked recursively in sorted order; hidden files, README and
    LICENSE files, and unsupported types are skipped.
    """
    if root.is_dir():
        files = [
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUPPORTED_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
            and not p.name.upper().startswith(("README", "LICENSE"))
        ]
        for p in sorted(files, key=lambda f: f.relative_to(root).as_posix()):
            yield p, p.relative_to(root).with_suffix("").as_posix()
    elif root.is_file():
        if root.suffix.lower() in SUPPORTED_SUFFIXES:
            yield root, root.with_suffix("").name
        else:
            supported = ", ".join(SUPPORTED_SUFFIXES)
            reason = f"unsupported file type {root.suffix or '(none)'!r} (supported: {supported})"
            yield IngestFailure(path=str(root), reason=reason)
    else:
        yield IngestFailure(path=str(root), reason="no such file or folder")


def _load_file(file: Path, doc_id: str) -> Iterator[Document | IngestFailure]:
    if file.suffix.lower() == ".jsonl":
        yield from _load_jsonl(file, doc_id)
        return
    try:
        yield _load_page(file, doc_id)
    except InputError as exc:
        yield IngestFailure(path=str(file), reason=str(exc))


def unique_files(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str] | IngestFailure]:
    """The files under ``paths`` (see :func:`expand_path`), each file once even when
    two paths reach it, with its document id; failures for paths that cannot be read."""
    seen: set[Path] = set()
    for given in paths:
        for item in expand_path(Path(given)):
            if not isinstance(item, IngestFailure):
                resolved = item[0].resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
            yield item


def load_documents(paths: Iterable[Path | str]) -> IngestResult:
    """Load every supported file under ``paths`` (files or folders, walked recursively
    in sorted order) into cleaned documents.

    Document ids are the path relative to the folder given, without extension (a
    file named directly: its name without extension); JSONL lines use their ``id``
    field, else ``<file id>:<line>``. Unreadable, empty, binary or unsupported files
    named explicitly, bad JSONL lines, bad sidecars and duplicate ids are listed in
    ``failures``; the rest of the batch still loads. README/LICENSE files and hidden
    files inside a folder are skipped.
    """
    documents: list[Document] = []
    failures: list[IngestFailure] = []
    seen_ids: set[str] = set()
    for item in unique_files(paths):
        if isinstance(item, IngestFailure):
            failures.append(item)
            continue
        file, doc_id = item
        for loaded in _load_file(file, doc_id):
            if isinstance(loaded, IngestFailure):
                failures.append(loaded)
            elif loaded.id in seen_ids:
                reason = f"duplicate document id {loaded.id!r}"
                failures.append(IngestFailure(path=loaded.path or str(file), reason=reason))
            else:
                seen_ids.add(loaded.id)
                documents.append(loaded)
    return IngestResult(documents=documents, failures=failures)
