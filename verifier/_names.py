"""Proper names across scripts: "Willoughby" in a claim, "ويلوبي" in a source.

A name is reduced to a *key*: its consonant skeleton over broad sound classes
(``data/names.toml``), the same for a Latin spelling and an Arabic
transcription ("Kavanaugh" and "كافانو" both give ``KFN``). Keys shorter than
``min_exact`` classes match nothing; keys of ``min_fuzzy`` classes or more
also match at one edit, found with deletion neighbourhoods so that a lookup is
a few set probes (:class:`NameBag`).

Which tokens count as names: in Latin script the capitalised words that
:func:`verifier._text.proper_names` gives, weekdays and months left out; a
capitalised word opening a sentence counts too unless it is a function or common
word (``[latin] common`` of ``names.toml``: without that list, "She", "There",
"According" opening sentences lowered the precision of the keys on NTREX-128);
in Arabic script, which has no
capitals, every token that is not a function word, a number word, a weekday or
month, or a word of the concept lexicon (:func:`arabic_name_tokens`). The
pipeline matches keys only across scripts; within one script names are
compared as written. ``scripts/eval_names.py`` measures recall and
false-match rates.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ._text import fold, tokens

__all__ = [
    "NameBag",
    "Scheme",
    "arabic_name_tokens",
    "arabic_name_words",
    "is_arabic",
    "latin_name_tokens",
    "name_bag",
    "name_keys",
    "name_probes",
    "scheme",
]

_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN_WORD = re.compile(r"[a-z]+")


def is_arabic(text: str) -> bool:
    """Whether ``text`` holds an Arabic letter."""
    return _ARABIC.search(text) is not None


@dataclass(frozen=True)
class _Script:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    letters: dict[str, str]

    @classmethod
    def from_table(cls, raw: dict[str, Any]) -> _Script:
        rewrites = tuple((re.compile(str(p)), str(r)) for p, r in raw.get("rewrites", []))
        letters = {str(k): str(v) for k, v in raw.get("letters", {}).items()}
        return cls(rewrites, letters)

    def skeleton(self, word: str) -> str:
        for pattern, repl in self.rewrites:
            word = pattern.sub(repl, word)
        out: list[str] = []
        for ch in word:
            cls = ch if "A" <= ch <= "Z" else self.letters.get(ch)
            if cls and (not out or out[-1] != cls):
                out.append(cls)
        return "".join(out)


@dataclass(frozen=True)
class Scheme:
    """The sound classes and matching thresholds (``data/names.toml``)."""

    latin: _Script
    arabic: _Script
    prefixes: tuple[str, ...]
    min_exact: int
    min_fuzzy: int
    _memo: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _entries: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_table(cls, raw: dict[str, Any]) -> Scheme:
        match = raw.get("match", {})
        return cls(
            latin=_Script.from_table(raw.get("latin", {})),
            arabic=_Script.from_table(raw.get("arabic", {})),
            prefixes=tuple(str(p) for p in raw.get("arabic", {}).get("prefixes", [])),
            min_exact=int(match.get("min_exact", 3)),
            min_fuzzy=int(match.get("min_fuzzy", 5)),
        )

    def keys(self, token: str) -> frozenset[str]:
        """Keys of one folded token: one for a Latin word, one per stem for Arabic.

        Memoised: news vocabulary repeats (bounded, cleared past 200,000 words).
        """
        got = self._memo.get(token)
        if got is None:
            if len(self._memo) > 200_000:
                self._memo.clear()
            got = self._memo[token] = self._keys(token)
        return got

    def _keys(self, token: str) -> frozenset[str]:
        if is_arabic(token):
            stems = {token}
            for prefix in self.prefixes:
                if token.startswith(prefix) and len(token) - len(prefix) >= 2:
                    stems.add(token[len(prefix) :])
            found = {self.arabic.skeleton(s) for s in stems}
        elif _LATIN_WORD.fullmatch(token):
            found = {self.latin.skeleton(token)}
        else:
            return frozenset()
        return frozenset(k for k in found if len(k) >= self.min_exact)

    def entries(self, key: str) -> tuple[str, ...]:
        """What a key puts into a :class:`NameBag`, and looks up in one: the
        same strings on both sides, so that the match is symmetric. Memoised as
        :meth:`keys` is (a sentence's bag is built again for each claim that pools it)."""
        got = self._entries.get(key)
        if got is None:
            if len(self._entries) > 200_000:
                self._entries.clear()
            out = ["=" + key]
            if len(key) >= self.min_fuzzy:
                out.append("~" + key)
                out += sorted("~" + d for d in _deletions(key))
            got = self._entries[key] = tuple(out)
        return got

    def probes(self, word: str) -> tuple[str, ...]:
        """Lookups to make in a :class:`NameBag` for a folded word (none without a key)."""
        return tuple(e for k in sorted(self.keys(word)) for e in self.entries(k))

    def bag(self, words: Iterable[str]) -> NameBag:
        """The :class:`NameBag` of folded ``words`` (those without a key left out)."""
        kept: list[str] = []
        index: dict[str, set[int]] = {}
        for word in sorted(set(words)):
            probes = self.probes(word)
            if not probes:
                continue
            for e in probes:
                index.setdefault(e, set()).add(len(kept))
            kept.append(word)
        return NameBag(tuple(kept), {e: frozenset(v) for e, v in index.items()})


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


@cache
def scheme() -> Scheme:
    """The scheme of ``data/names.toml``, loaded once."""
    text = resources.files("verifier").joinpath("data", "names.toml").read_text("utf-8")
    return Scheme.from_table(tomllib.loads(text))


def name_keys(word: str) -> frozenset[str]:
    """Keys of one word (folded first): equal or near keys mean the same name."""
    return scheme().keys(fold(word))


def name_probes(word: str) -> tuple[str, ...]:
    """Lookups to make in a :class:`NameBag` for ``word`` (empty when it has no key)."""
    return scheme().probes(fold(word))


@dataclass(frozen=True)
class NameBag:
    """The name keys of some words, ready for one-edit lookups.

    A key ``k`` of ``min_fuzzy`` classes or more is stored as ``=k``, ``~k`` and
    ``~d`` for every one-deletion ``d`` of ``k``; a probe does the same, so two
    long keys meet when they are equal, one is the other with a class inserted,
    or each is the other with one class changed. ``index`` maps each stored
    string to the positions in ``words`` of the words that gave it.
    """

    words: tuple[str, ...]
    index: dict[str, frozenset[int]]

    def has(self, probes: Iterable[str]) -> bool:
        """Whether any word of the bag matches ``probes`` (see :meth:`Scheme.probes`)."""
        return any(p in self.index for p in probes)

    def matched(self, probes: Iterable[str]) -> set[int]:
        """Positions in ``words`` of the words that ``probes`` match."""
        out: set[int] = set()
        for p in probes:
            out |= self.index.get(p, frozenset())
        return out

    def __bool__(self) -> bool:
        return bool(self.index)


def name_bag(words: Iterable[str]) -> NameBag:
    """The :class:`NameBag` of folded ``words``."""
    return scheme().bag(words)


@cache
def _not_names() -> frozenset[str]:
    """Folded words that are never names: function words (``stopwords.toml``,
    ``arabic_stopwords.toml``), number words, weekdays and months of every language,
    the Arabic counted nouns of ``units.toml``, and the common Arabic and Latin-script
    words of ``names.toml`` (``[arabic] common``, ``[latin] common``)."""
    from . import _lexicon

    words: set[str] = {w for values in _lexicon.stopword_lists() for w in values}
    words.update(_lexicon.number_words("und").all_words())
    words.update(_lexicon.weekdays("und"))
    words.update(p[0] for p in _lexicon.months("und") if len(p) == 1)
    # counted nouns of the unit table ("نسمة", "بوصات", "دقائق") and their duals;
    # the duals bare only (a token is looked up with its proclitics peeled, so
    # "وسيارتان" is caught by "سيارتان"): folding the 26,700 prefixed forms cost a
    # fifth of a second on every cold check
    words.update(p[0] for p in _lexicon._units().phrases["ar"] if len(p) == 1)
    words.update(d for d, dual in _lexicon.unit_duals("ar").items() if dual.size == 0)
    table = tomllib.loads(resources.files("verifier").joinpath("data", "names.toml").read_text("utf-8"))
    words.update(str(w) for w in table.get("arabic", {}).get("common", []))
    words.update(str(w) for w in table.get("latin", {}).get("common", []))
    return frozenset(fold(w) for w in words)


def latin_name_tokens(
    text: str, names: Iterable[str] | None = None, openings: bool = True
) -> frozenset[str]:
    """Folded proper names of ``text`` written in Latin script
    (:func:`verifier._text.proper_names`, or ``names`` when already known),
    weekdays and months left out. With ``openings``, a capitalised word opening a
    sentence counts too ("Palin said") unless it is a function word, a number
    word, or a word the concept lexicon or the glossary knows."""
    from ._text import proper_names

    skip = _not_names()
    found = proper_names(text, openings) if names is None else names
    return frozenset(n for n in found if n not in skip and not is_arabic(n))


def arabic_name_tokens(text: str) -> frozenset[str]:
    """Folded Arabic-script tokens of ``text`` that may be names: not function
    words, number words, weekdays or months, and not words of the concept lexicon."""
    if not is_arabic(text):
        return frozenset()
    return arabic_name_words(t for t, _, _ in tokens(text))


def arabic_name_words(words: Iterable[str]) -> frozenset[str]:
    """The folded ``words`` that :func:`arabic_name_tokens` keeps."""
    return frozenset(w for w in words if _may_be_arabic_name(w))


@lru_cache(maxsize=131_072)
def _may_be_arabic_name(word: str) -> bool:
    if len(word) < 3 or not "\u0600" <= word[0] <= "\u06ff":  # folded tokens: one script
        return False
    from .concepts import glossary, lexicon, word_forms

    skip = _not_names()
    known = lexicon().exact
    gloss = glossary()
    for form in word_forms(word):
        if form in skip or form in known:
            return False
        # general-news words of the glossary (not its names): written forms, and
        # prefixes of four letters or more (a shorter one, "برا*", starts names too)
        concepts = set(gloss.exact.get(form, ()))
        for length in range(len(form), 3, -1):
            concepts |= gloss.prefix.get(form[:length], set())
        if any(gloss.types[c] == "word" for c in concepts):
            return False
    return True
