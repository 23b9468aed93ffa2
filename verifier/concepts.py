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

from ._text import Token, arabic_stems, fold, tokens

__all__ = ["ConceptHit", "Lexicon", "find_concepts", "lexicon"]

_MIN_PREFIX = 3


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
        for concept, entry in raw.items():
            self.types[concept] = str(entry.get("type", "topic"))
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
    text = resources.files("verifier").joinpath("data/concepts.toml").read_text("utf-8")
    return Lexicon(tomllib.loads(text))


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


def _phrase_matches(phrase: _Phrase, toks: list[Token], i: int) -> bool:
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


def find_concepts(text: str, toks: list[Token] | None = None) -> list[ConceptHit]:
    """Every concept named in ``text``, with the character span that names it.

    ``toks``: ``list(tokens(text))`` when the caller has it already.
    """
    lex = lexicon()
    if toks is None:
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


def concept_set(text: str) -> frozenset[str]:
    """The concepts named in ``text``, as a set (subset markers left out)."""
    return frozenset(h.concept for h in find_concepts(text) if h.type != "subset")


__all__ += ["concept_set", "fold"]
