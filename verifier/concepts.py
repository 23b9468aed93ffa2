"""Cross-lingual concepts: which event, topic and actor a stretch of text names.

The lexicon is ``data/concepts.toml``. Matching works on folded tokens (see
:mod:`verifier._text`), so "déjoué", "foiled" and "أحبطت" all give ``foil``.
The compare stage uses concepts to decide whether a claim figure and an
evidence figure speak of the same thing; the built-in encoder adds them as
language-independent features.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ._text import arabic_stems, fold, tokens

__all__ = ["ConceptHit", "Lexicon", "find_concepts", "lexicon"]

_MIN_PREFIX = 3
# concepts.toml is written by hand; countries.toml is generated from CLDR
# (scripts/gen_countries.py) for the countries concepts.toml does not name.
_TABLES = ("concepts.toml", "countries.toml")


@dataclass(frozen=True, slots=True)
class ConceptHit:
    concept: str
    type: str  # predicate | topic | actor | subset
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]
    last_is_prefix: bool
    concept: str


class Lexicon:
    """The concept tables, indexed for fast lookup."""

    def __init__(self, raw: dict[str, dict[str, object]]) -> None:
        self.types: dict[str, str] = {}
        self.exact: dict[str, set[str]] = {}
        self.prefix: dict[str, set[str]] = {}
        self.phrases: dict[str, list[_Phrase]] = {}
        self.opposites: dict[str, set[str]] = {}
        for concept, entry in raw.items():
            self.types[concept] = str(entry.get("type", "topic"))
            if "opposite" in entry:
                other = str(entry["opposite"])
                self.opposites.setdefault(concept, set()).add(other)
                self.opposites.setdefault(other, set()).add(concept)
            for lang in ("en", "fr", "es", "ar"):
                words = entry.get(lang, [])
                assert isinstance(words, list)
                for word in words:
                    self._add(concept, str(word))

    def _add(self, concept: str, word: str) -> None:
        is_prefix = word.endswith("*")
        parts = [t for t, _, _ in tokens(word.rstrip("*"))]
        if not parts:
            return
        if len(parts) == 1:
            table = self.prefix if is_prefix else self.exact
            table.setdefault(parts[0], set()).add(concept)
            return
        phrase = _Phrase(tuple(parts), is_prefix, concept)
        self.phrases.setdefault(parts[0], []).append(phrase)


@cache
def lexicon() -> Lexicon:
    """The concept lexicon, loaded once on first use."""
    data = resources.files("verifier").joinpath("data")
    raw: dict[str, dict[str, object]] = {}
    for name in _TABLES:
        raw.update(tomllib.loads(data.joinpath(name).read_text("utf-8")))
    return Lexicon(raw)


def _forms(token: str) -> list[str]:
    return arabic_stems(token) if token and "\u0600" <= token[0] <= "\u06ff" else [token]


def _word_concepts(lex: Lexicon, token: str) -> set[str]:
    found: set[str] = set()
    for form in _forms(token):
        found |= lex.exact.get(form, set())
        for length in range(len(form), _MIN_PREFIX - 1, -1):
            hit = lex.prefix.get(form[:length])
            if hit:
                found |= hit
                break
        if found:
            break
    return found


def _phrase_matches(phrase: _Phrase, toks: list[tuple[str, int, int]], i: int) -> bool:
    if i + len(phrase.words) > len(toks):
        return False
    for k, word in enumerate(phrase.words):
        forms = _forms(toks[i + k][0])
        last = k == len(phrase.words) - 1
        if last and phrase.last_is_prefix:
            if not any(f.startswith(word) for f in forms):
                return False
        elif word not in forms:
            return False
    return True


def find_concepts(text: str) -> list[ConceptHit]:
    """Every concept named in ``text``, with the character span that names it."""
    lex = lexicon()
    toks = list(tokens(text))
    hits: list[ConceptHit] = []
    for i, (tok, start, end) in enumerate(toks):
        if tok.isdigit():
            continue
        for form in _forms(tok):
            for phrase in lex.phrases.get(form, ()):
                if _phrase_matches(phrase, toks, i):
                    last_end = toks[i + len(phrase.words) - 1][2]
                    hits.append(
                        ConceptHit(phrase.concept, lex.types[phrase.concept], start, last_end)
                    )
        for concept in _word_concepts(lex, tok):
            hits.append(ConceptHit(concept, lex.types[concept], start, end))
    return hits


@dataclass(frozen=True)
class _Negation:
    cues: frozenset[str]
    exceptions: tuple[tuple[str, ...], ...]


@cache
def _negation() -> _Negation:
    raw = tomllib.loads(
        resources.files("verifier").joinpath("data/negation.toml").read_text("utf-8")
    )
    cues: set[str] = set()
    exceptions: list[tuple[str, ...]] = []
    for table in raw.values():
        cues.update(t for w in table.get("cues", []) for t, _, _ in tokens(w))
        exceptions += [tuple(t for t, _, _ in tokens(w)) for w in table.get("except", [])]
    return _Negation(frozenset(cues), tuple(e for e in exceptions if e))


def negations(text: str) -> list[int]:
    """Character offsets of the negation cues of ``text`` ("not", "pas", "لم"…)."""
    neg = _negation()
    toks = [t for t, _, _ in tokens(text)]
    out = []
    for i, (tok, start, _end) in enumerate(tokens(text)):
        if tok not in neg.cues and not tok.endswith(("n't", "n’t")):
            continue
        if any(tuple(toks[i : i + len(e)]) == e for e in neg.exceptions):
            continue
        out.append(start)
    return out


def opposites(concept: str) -> frozenset[str]:
    """Events that cannot be true of the same figure as ``concept`` (rise / fall)."""
    return frozenset(lexicon().opposites.get(concept, ()))


def concept_set(text: str) -> frozenset[str]:
    """The concepts named in ``text``, as a set (subset markers left out)."""
    return frozenset(h.concept for h in find_concepts(text) if h.type != "subset")


__all__ += ["concept_set", "fold", "negations", "opposites"]
