"""Language identification for the four languages of the corpus (ar, fr, en, es).

Arabic is recognised by its script; French, English and Spanish by counting
frequent function words from ``data/stopwords.toml``. Short or undecidable text
gives ``"und"``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from .records import Lang

__all__ = ["detect_lang"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(resources.files("verifier").joinpath("data/stopwords.toml").read_text("utf-8"))
    return {lang: frozenset(words) for lang, words in raw.items()}


def detect_lang(text: str) -> Lang:
    """Return ``"ar"``, ``"fr"``, ``"en"``, ``"es"`` or ``"und"`` for ``text``."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    if arabic == 0 and latin == 0:
        return "und"
    if arabic >= latin:
        return "ar"
    scores = {lang: 0 for lang in ("fr", "en", "es")}
    table = _stopwords()
    for word in _WORD.findall(text.lower()):
        for lang, words in table.items():
            if word in words:
                scores[lang] += 1
    # accents specific to one language break ties
    if "ñ" in text or "¿" in text or "¡" in text:
        scores["es"] += 2
    if re.search(r"[èêçœà]", text):
        scores["fr"] += 1
    best: Lang = max(("fr", "en", "es"), key=lambda k: scores[k])  # type: ignore[assignment]
    if scores[best] == 0:
        return "en" if latin >= 3 else "und"
    return best
