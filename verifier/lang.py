"""Language identification for the four languages of the corpus (ar, fr, en, es).

Arabic is recognised by its script; French, English and Spanish by counting
frequent function words from ``data/stopwords.toml``. Short or undecidable text
gives ``"und"``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources

from .records import Lang

__all__ = ["detect_lang"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ES_MARKS = re.compile(r"[ñ¿¡áíóú]|ción\b|ciones\b|\w(?:aron|ieron)\b")
_FR_MARKS = re.compile(r"[èêçœàùûîô]|\b(?:l|d|qu)['’]\w|\wé(?:e|s|es)?\b")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(
        resources.files("verifier").joinpath("data/stopwords.toml").read_text("utf-8")
    )
    shared = raw.pop("shared", {})
    out = {lang: frozenset(words) for lang, words in raw.items()}
    for lang in shared.get("langs", []):
        out[lang] |= frozenset(shared.get("words", []))
    return out


@cache
def _word_langs() -> dict[str, tuple[str, ...]]:
    """Each function word with the languages whose list holds it."""
    table: dict[str, tuple[str, ...]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            table[word] = (*table.get(word, ()), lang)
    return table


@lru_cache(maxsize=4)
def detect_lang(text: str) -> Lang:
    """Return ``"ar"``, ``"fr"``, ``"en"``, ``"es"`` or ``"und"`` for ``text``.

    The last few answers are kept: ingest asks for the language of a document,
    then for that of each of its sentences, and a one-sentence document is the
    same text.
    """
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic == 0 and latin == 0:
        return "und"
    if arabic >= latin:
        return "ar"
    scores = dict.fromkeys(("en", "fr", "es"), 0)
    table = _word_langs()
    for word in _WORD.findall(text.lower()):
        for lang in table.get(word, ()):
            scores[lang] += 1
    # accents specific to one language break ties
    scores["es"] += len(_ES_MARKS.findall(text))
    scores["fr"] += len(_FR_MARKS.findall(text))
    best: Lang = max(("en", "fr", "es"), key=lambda k: scores[k])  # type: ignore[assignment,unused-ignore]
    if scores[best] == 0:
        return "en" if latin >= 3 else "und"
    return best
