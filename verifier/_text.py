"""Text normalisation shared by the encoder, the concept matcher and retrieval.

Arabic: diacritics and tatweel removed, alef/ya/ta marbuta variants unified,
proclitics (و ف ب ل ك ال) peeled off to give candidate stems. Latin scripts:
lower-cased, accents stripped, elisions (l', d', qu') split off.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = [
    "Token",
    "arabic_stems",
    "fold",
    "opens_sentence",
    "proper_names",
    "quotations",
    "scan_tokens",
    "title_case",
    "tokens",
]

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
# Arabic diacritics are combining marks, not word characters: a word written
# with them ("قُتل", "عامًا") is one word, not pieces split at each mark.
_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = re.compile(
    rf"[^\W_](?:[^\W_]|[{_MARK}])*(?:['’][^\W_](?:[^\W_]|[{_MARK}])*)?", re.UNICODE
)
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t)['’]", re.IGNORECASE)
_IS_ARABIC = re.compile(r"[\u0600-\u06ff]")
_AR_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")

Token = tuple[str, int, int]


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Case-fold and strip accents (Latin) or diacritics and letter variants (Arabic).

    Cached: news vocabulary repeats, and every stage folds the same words.
    """
    if _IS_ARABIC.search(text):
        text = _AR_DIACRITICS.sub("", text).translate(_AR_FOLD)
    text = text.replace("’", "'").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c) or _IS_ARABIC.match(c))


def tokens(text: str) -> Iterator[Token]:
    """Folded word tokens with their character offsets in ``text`` (digits included).

    Cached per text: a check reads each evidence sentence's words in several stages
    (concepts, glossary, actors, retrieval overlap)."""
    return iter(_tokens(text))


@lru_cache(maxsize=2_048)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(scan_tokens(text))


def scan_tokens(text: str) -> Iterator[Token]:
    """:func:`tokens` read afresh, not cached: for a pass that reads each of many
    texts once (the encoder building an index), where a cache only costs."""
    for m in _WORD.finditer(text):
        word = m.group()
        start = m.start()
        el = _ELISION.match(word)
        if el:
            start += el.end()
            word = word[el.end() :]
        end = m.end()
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
            end -= 2
        yield fold(word), start, end


def arabic_stems(token: str) -> list[str]:
    """The token and the stems left after peeling Arabic proclitics, longest first."""
    out = [token]
    for prefix in _AR_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            out.append(token[len(prefix) :])
    return out


def title_case(words: Iterable[str]) -> bool:
    """Are ``words`` written in title case (a headline): no word of four letters or
    more in lower case? Their capitals then mark no names."""
    return not any(len(w) > 3 and w[:1].islower() for w in words)


# Quotation marks, opening -> closing, in the styles of our four languages:
# “English”, «français» and «español», „Anführung“, and straight "quotes".
# Single quotes are left out: ’ is also the apostrophe ("l’Onu", "didn’t").
_QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"'}
_QUOTE_MARK = re.compile("[“”«»„\"]")


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans ``[start, end)`` of the direct quotations of ``text``, marks
    included, in order. A quotation still open at the end of the text runs to its
    end, and a closing mark with no opening one before it closes a quotation that
    began in an earlier sentence (the sentence splitter cuts long quotes): its
    span starts the text."""
    spans: list[tuple[int, int]] = []
    opening: tuple[int, str] | None = None  # where the open quotation began, and its closing mark
    for m in _QUOTE_MARK.finditer(text):
        mark, at = m.group(), m.start()
        if opening is not None:
            if mark == opening[1]:
                spans.append((opening[0], at + 1))
                opening = None
        elif mark in _QUOTES:
            opening = (at, _QUOTES[mark])
        elif not spans:
            spans.append((0, at + 1))
    if opening is not None:
        spans.append((opening[0], len(text)))
    return spans


def opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open a sentence or a quotation (where a capital
    marks no name)? A straight quote glued to the word before it closes a
    quotation ('the "inappropriate" Nord Stream'), it opens nothing."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0:
        return True
    last = text[k]
    if last == '"':
        return k == 0 or not text[k - 1].isalnum()
    return last in ".!?:«“"


def proper_names(text: str, openings: bool = False) -> frozenset[str]:
    """Folded proper names of ``text``: capitalised words not opening a sentence,
    and acronyms, that the concept lexicon does not know (those are compared as
    concepts). Names in Latin script cross languages unchanged ("Skopje", "BBC").

    With ``openings``, a capitalised word opening a sentence ("Palin said") is kept
    too; the caller then leaves out function and common words ("However", "The"),
    which the capital does not tell apart from names.

    Capitalised general-news words of the glossary ("Monday", "President",
    "Hospital", "January") are not names; the glossary's own names ("Brazil",
    "Trump", "NATO") still are. Two or more such words capitalised in a row,
    not opening a sentence, are one name, kept with a space between its words
    ("Global Citizen", "Red Cross"): a translation keeps the name as written
    ("el Global Citizen") where it translates the words."""
    from .concepts import glossary, lexicon

    lex = lexicon()
    gloss = glossary()
    out = set()
    run: list[str] = []  # capitalised known words in a row, none opening a sentence
    run_end = -1

    def close() -> None:
        if len(run) >= 2:
            out.add(" ".join(run))
        run.clear()

    for m in _WORD.finditer(text):
        word = m.group()
        if run and text[run_end : m.start()] != " ":
            close()
        if not word[0].isupper() or word[0].isdigit():
            close()
            continue
        acronym = word.isupper() and len(word) >= 2
        opening = opens_sentence(text, m.start())
        if not openings and opening and not acronym:
            continue
        folded = fold(word.split("'")[0].split("’")[0])
        if len(folded) < 3 and not acronym:
            close()
            continue
        if (
            folded in lex.exact
            or any(folded.startswith(p) for p in _prefixes(lex, folded))
            or any(gloss.types[c] == "word" for c in gloss.word_concepts(folded))
        ):
            if not opening and not acronym and folded == fold(word):
                run.append(folded)
                run_end = m.end()
            else:
                close()
            continue
        close()
        out.add(folded)
    close()
    return frozenset(out)


def _prefixes(lex: object, word: str) -> list[str]:
    table: dict[str, set[str]] = getattr(lex, "prefix", {})
    return [word[:n] for n in range(len(word), 2, -1) if word[:n] in table]
