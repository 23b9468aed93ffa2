"""Language data for the quantity extractor, loaded lazily from ``data/*.toml``.

Nothing is read at import time: every table is built on first use and cached
(``functools.cache``). Phrases are stored as tuples of normalised tokens (see
:func:`norm` and :func:`phrase_tokens`) so the extractor matches them token by
token, whatever the apostrophes, hyphens, case or Arabic letter variants.

The compare stage uses :func:`unit_ancestors` and :func:`units_compatible` to
decide whether two counted nouns speak of the same thing ("migrants" is a kind
of "people").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "LANGS",
    "TIMES",
    "TOKEN_RE",
    "AgeTens",
    "Currency",
    "Multiplicatives",
    "NumberWords",
    "Period",
    "Prefixed",
    "Rates",
    "ScoreWords",
    "TimeNoun",
    "TimeNouns",
    "UnitDual",
    "YearsReading",
    "abbreviations",
    "age_tens",
    "age_words",
    "articles",
    "below_zero",
    "boundary_words",
    "candidate_regex",
    "claim_labels",
    "clock_bare",
    "clock_words",
    "closed_class_words",
    "comparison_phrases",
    "contractions",
    "count_verbs",
    "currencies",
    "date_relations",
    "decade_words",
    "digit_scales",
    "fraction_regex",
    "function_words",
    "glued_units",
    "hedge_negations",
    "hedges",
    "irregular_plurals",
    "list_words",
    "money_only_scales",
    "months",
    "multiplicatives",
    "norm",
    "number_of",
    "number_openers",
    "number_starters",
    "number_words",
    "ordinal_suffixes",
    "partitives",
    "percent_phrases",
    "periods",
    "phrase_tokens",
    "post_hedges",
    "prefixed_numbers",
    "range_words",
    "rates",
    "reference_words",
    "relative_years",
    "score_words",
    "stopword_lists",
    "subset_phrases",
    "time_nouns",
    "unit_ancestors",
    "unit_base",
    "unit_concepts",
    "unit_conversion",
    "unit_duals",
    "unit_hyphened",
    "unit_kind",
    "unit_lookup",
    "unit_parts",
    "unit_pinned",
    "unit_readings",
    "unit_slashed",
    "units_compatible",
    "weekdays",
    "year_after",
    "year_cues",
    "year_determiners",
    "year_events",
    "year_nouns",
    "years_reading",
]

LANGS: tuple[str, ...] = ("ar", "fr", "en", "es")

# One token: a digit run with its separators, a word, or a symbol that matters.
# The Arabic comma groups thousands only before exactly three digits ("30،000").
# No nested quantifiers: every alternative is linear in the length it consumes.
TOKEN_RE = re.compile(
    r"(?P<n>\d+(?:[.,\u066b\u066c]\d+|(?<!\d{4})[ \u00a0\u202f\u2009]\d{3}(?!\d)|\u060c\d{3}(?!\d))*)"
    r"|(?P<w>[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])*)"
    r"|(?P<s>[%\u066a\u20ac$\u00a3\u00a5\u20b9\u20a6\u20b1+\u00b0])"
)

_AR_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_AR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "’": "'", "‘": "'"}
)
_ARABIC_CHAR = re.compile("[\u0600-\u06ff]")

Phrase = tuple[str, ...]


@lru_cache(maxsize=131_072)
def norm(word: str) -> str:
    """Normalise one token: lower case; Arabic without diacritics, letter variants unified."""
    word = word.lower()
    if _ARABIC_CHAR.search(word):
        word = _AR_DIACRITICS.sub("", word)
    return word.translate(_AR_FOLD)


def phrase_tokens(phrase: str) -> Phrase:
    """Split a lexicon phrase into normalised tokens, exactly as the extractor does."""
    return tuple(norm(m.group()) for m in TOKEN_RE.finditer(phrase))


@cache
def _load(name: str) -> dict[str, Any]:
    text = resources.files("verifier").joinpath(f"data/{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def closed_class_words() -> frozenset[str]:
    """Prepositions, articles, pronouns, auxiliaries and particles of every language
    (``[function_words]`` of phrases.toml, ``arabic_stopwords.toml``), as written:
    words that say nothing of what a sentence is about. Not ``stopwords.toml``,
    whose frequent words ("personnes", "maroc") tell languages apart."""
    words = {str(w) for values in _load("phrases")["function_words"].values() for w in values}
    words.update(str(w) for values in _load("arabic_stopwords").values() if isinstance(values, list) for w in values)
    return frozenset(words)


def stopword_lists() -> list[list[str]]:
    """The function-word lists of ``stopwords.toml`` and ``arabic_stopwords.toml``, one
    per language (the words two languages share, ``[shared]``, are language
    detection's only: :mod:`verifier.lang`)."""
    return [
        [str(w) for w in values]
        for name in ("stopwords", "arabic_stopwords")
        for values in _load(name).values()
        if isinstance(values, list)
    ]


def _langs(lang: str) -> tuple[str, ...]:
    return (lang,) if lang in LANGS else LANGS


# ------------------------------------------------------------------ numbers


@dataclass(frozen=True)
class NumberWords:
    """The number words of one language (or of all four for ``"und"``)."""

    small: dict[str, float]
    weak: frozenset[str]
    hundred: frozenset[str]
    scales: dict[str, float]
    plural: dict[str, float]
    dual: dict[str, float]
    multipliers: dict[str, float]
    fractions: dict[str, float]
    approx: dict[str, float]
    connectors: frozenset[str]
    ordinals: dict[str, float]
    # Arabic: particles and article written onto a number word (longest first), the
    # number words that take the article, and look-alikes that are not numbers.
    proclitics: tuple[str, ...] = ()
    article: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    not_numbers: frozenset[str] = frozenset()
    teen_only: frozenset[str] = frozenset()  # "اثنا", "اثني": a number only before عشر
    multiply_verbs: tuple[str, ...] = ()  # "تضاعفت ثلاث مرات": tripled, no count of times
    # shares of a whole: denominators after a numerator (alone / before a link word),
    # fraction words that are a share, the words linking them, the words that undo them
    parts: dict[str, float] = field(default_factory=dict)
    parts_of: dict[str, float] = field(default_factory=dict)
    teen_ordinals: dict[str, float] = field(default_factory=dict)
    decades: dict[str, float] = field(default_factory=dict)  # "الأربعينيات": the forties
    shares: frozenset[str] = frozenset()
    share_links: frozenset[str] = frozenset()
    share_before: frozenset[str] = frozenset()
    share_pronouns: frozenset[str] = frozenset()  # "نصفهم": a share with its whole written on
    not_shares: frozenset[str] = frozenset()
    # unit nouns a weak word before makes one of ("a decade", "un siècle")
    one_units: frozenset[str] = frozenset()

    def all_words(self) -> frozenset[str]:
        """Every word that can start or continue a number (weak words excluded)."""
        return frozenset(
            [
                *self.small,
                *self.hundred,
                *self.scales,
                *self.plural,
                *self.dual,
                *self.multipliers,
                *self.fractions,
                *self.approx,
                *self.ordinals,
            ]
        )


def _ndict(raw: dict[str, Any]) -> dict[str, float]:
    return {norm(k): float(v) for k, v in raw.items()}


@cache
def number_words(lang: str) -> NumberWords:
    """The number-word tables for ``lang`` (all languages merged for an unknown one)."""
    data = _load("numbers")
    parts: dict[str, dict[str, float]] = {}
    sets: dict[str, set[str]] = {"weak": set(), "hundred": set(), "connectors": set()}
    extra: dict[str, set[str]] = {
        key: set()
        for key in (
            "proclitics",
            "article",
            "definite",
            "not_numbers",
            "teen_only",
            "multiply_verbs",
            "shares",
            "share_links",
        )
    }
    extra["not_shares"] = set()
    extra["one_units"] = set()
    extra["share_before"] = set()
    extra["share_pronouns"] = set()
    for code in _langs(lang):
        table = data[code]
        for key in (
            "small",
            "scales",
            "plural",
            "dual",
            "multipliers",
            "fractions",
            "approx",
            "ordinals",
        ):
            parts.setdefault(key, {}).update(_ndict(table[key]))
        for key in ("parts", "parts_of", "teen_ordinals", "decades"):
            parts.setdefault(key, {}).update(_ndict(table.get(key, {})))
        for key in sets:
            sets[key].update(norm(w) for w in table[key])
        for key in extra:
            extra[key].update(norm(w) for w in table.get(key, []))
    article = frozenset(extra["article"])
    return NumberWords(
        small=parts["small"],
        weak=frozenset(sets["weak"]),
        hundred=frozenset(sets["hundred"]),
        scales=parts["scales"],
        plural=parts["plural"],
        dual=parts["dual"],
        multipliers=parts["multipliers"],
        fractions=parts["fractions"],
        approx=parts["approx"],
        connectors=frozenset(sets["connectors"]),
        ordinals=parts["ordinals"],
        proclitics=tuple(sorted(extra["proclitics"] | article, key=len, reverse=True)),
        article=article,
        definite=frozenset(extra["definite"]),
        not_numbers=frozenset(extra["not_numbers"]),
        teen_only=frozenset(extra["teen_only"]),
        multiply_verbs=tuple(sorted(extra["multiply_verbs"])),
        parts=parts["parts"],
        parts_of=parts["parts_of"],
        teen_ordinals=parts["teen_ordinals"],
        decades=parts["decades"],
        shares=frozenset(extra["shares"]),
        share_links=frozenset(extra["share_links"]),
        share_before=frozenset(extra["share_before"]),
        share_pronouns=frozenset(extra["share_pronouns"]),
        not_shares=frozenset(extra["not_shares"]),
        one_units=frozenset(extra["one_units"]),
    )


@dataclass(frozen=True)
class Prefixed:
    """An Arabic word read as a particle (or the article) + a known word."""

    stem: str
    size: int  # letters of the prefix
    definite: bool  # the prefix is the article alone ("الأربع", not "للأربع" or "والأربع")


@cache
def prefixed_numbers(lang: str) -> dict[str, Prefixed]:
    """Arabic number words with a particle or the article written onto them.

    "وثلاثة", "لثلاثة", "الثلاثة", "للخمسة" -> the number word and the prefix; with
    the article only the words of ``definite`` and the ordinals ("الرابعة").
    """
    nw = number_words(lang)
    ordinals = set(nw.ordinals)
    particles = [p for p in nw.proclitics if p not in nw.article]
    out: dict[str, Prefixed] = {}
    for word in nw.all_words():
        for prefix in nw.proclitics:
            article = prefix in nw.article
            if article and word not in nw.definite and word not in ordinals:
                continue
            form = prefix + word
            if form not in nw.not_numbers and form not in out:
                alone = article and not any(prefix.startswith(p) for p in particles)
                out[form] = Prefixed(word, len(prefix), alone)
    return out


@cache
def number_starters(lang: str) -> frozenset[str]:
    """Every word that can start or continue a number in ``lang`` (weak words excluded)."""
    return number_words(lang).all_words()


@cache
def number_openers(lang: str) -> frozenset[str]:
    """Every word that may open a number in ``lang``: number words, weak words ("a",
    "un") and, in Arabic, number words with a particle or the article written onto them."""
    nw = number_words(lang)
    out = nw.all_words() | nw.weak
    if "ar" in _langs(lang):
        out |= frozenset(prefixed_numbers(lang))
    return out


TIMES = "times"  # the unit concept of units.toml a multiplicative counts


@dataclass(frozen=True)
class Multiplicatives:
    """Words that say how many times a title was won ("le triple champion", "el
    tricampeón"): read as a count of that many :data:`TIMES` (numbers.toml)."""

    words: dict[str, float]  # "triple" -> 3, only before one of ``titles``
    titles: frozenset[Phrase]  # "champion", "world champion", "médaillés"
    fused: dict[str, float]  # a prefix written onto a one-word title: "bicampeón" -> 2


@cache
def multiplicatives(lang: str) -> Multiplicatives:
    """The multiplicative words, the titles they qualify and the prefixed titles of ``lang``."""
    data = _load("numbers")
    words: dict[str, float] = {}
    titles: set[Phrase] = set()
    fused: dict[str, float] = {}
    for code in _langs(lang):
        table = data[code]
        words.update(_ndict(table.get("multiplicatives", {})))
        mine = {phrase_tokens(w) for w in table.get("titles", [])}
        titles |= mine
        for prefix, value in _ndict(table.get("title_prefixes", {})).items():
            for title in mine:
                if len(title) == 1:
                    fused[prefix + title[0]] = value
    return Multiplicatives(words, frozenset(titles), fused)


@dataclass(frozen=True)
class PairWords:
    """Words that count the noun after them without being number words."""

    pairs: dict[str, float]  # "both", "ambos": two of the plural noun after them
    about: dict[Phrase, float]  # "couple of", "un par de": about two of the noun after
    starts: frozenset[str]  # the words these figures start with
    # a word each of them holds, for the pre-check: the pair words and the longest
    # word of each phrase ("par" of "un par de", not the frequent "un")
    words: frozenset[str]


@cache
def pair_words(lang: str) -> PairWords:
    """The ``pairs`` and ``about`` entries of ``numbers.toml`` for ``lang``."""
    data = _load("numbers")
    pairs: dict[str, float] = {}
    about: dict[Phrase, float] = {}
    for code in _langs(lang):
        pairs.update(_ndict(data[code].get("pairs", {})))
        about.update({phrase_tokens(k): float(v) for k, v in data[code].get("about", {}).items()})
    phrases = [p for p in about if p]
    return PairWords(
        pairs,
        about,
        frozenset(pairs) | {p[0] for p in phrases},
        frozenset(pairs) | {max(p, key=len) for p in phrases},
    )


@cache
def digit_scales() -> tuple[dict[str, float], dict[str, float]]:
    """Scale abbreviations after digits: (glued to the digits, after a space)."""
    raw = _load("numbers")["digit_scales"]
    return _ndict(raw["attached"]), _ndict(raw["spaced"])


@cache
def money_only_scales(lang: str) -> frozenset[str]:
    """Scale abbreviations that ``lang`` reads as scales only after a currency sign ("€3m")."""
    raw = _load("numbers")["digit_scales"].get("money_only", {})
    if lang not in LANGS:
        return frozenset()
    return frozenset(norm(w) for w in raw.get(lang, []))


def _trie_regex(words: set[str]) -> str:
    """A regex alternation factored as a trie (fast first-character dispatch)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


_AR_VARIANTS = {"ا": "[اأإآٱ]", "ي": "[يى]", "ه": "[هة]"}


def _trie_node(node: dict[str, Any]) -> str:
    alts: list[str] = []
    end = False
    for ch, child in sorted(node.items()):
        if ch == "":
            end = True
            continue
        alts.append(_AR_VARIANTS.get(ch, re.escape(ch)) + _trie_node(child))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


@cache
def candidate_regex(lang: str) -> re.Pattern[str]:
    """A cheap pre-check: a digit, or a word that can be (part of) a number in ``lang``."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for code in _langs(lang):
        nw = number_words(code)
        words |= nw.all_words() | set(nw.parts) | set(nw.parts_of) | nw.one_units | set(nw.decades)
        mult = multiplicatives(code)
        words |= set(mult.words) | set(mult.fused)
        words |= pair_words(code).words
        prefixes |= set(nw.proclitics)
    words |= {d.stem for d in unit_duals(lang).values()}
    words |= {t.stem for t in time_nouns(lang).words.values()}
    words |= score_words().level  # "بهدف لمثله": one each
    body = _trie_regex(words)
    head = "(?:" + _trie_regex(prefixes) + ")?" if prefixes else ""
    return re.compile(r"\d|(?<![^\W\d_])" + head + body + r"(?![^\W\d_])", re.IGNORECASE)


# ------------------------------------------------------------------ phrases


def _phrase_map(raw: dict[str, Any]) -> dict[Phrase, str]:
    return {phrase_tokens(k): str(v) for k, v in raw.items()}


@cache
def hedges(lang: str) -> dict[Phrase, str]:
    """Hedges written before a figure -> bound (approx / at_least / at_most).

    Each hedge that takes an article (``[hedge_articles]``) is also listed with it:
    "more than the", "plus des" (de + les), "más del" (de + el).
    """
    out: dict[Phrase, str] = {}
    raw = _load("phrases")
    for code in _langs(lang):
        own = _phrase_map(raw["hedges"][code])
        chosen = raw["hedge_articles"].get(code)
        keys = set(own) if chosen is None else {phrase_tokens(h) for h in chosen} & set(own)
        for key in keys:
            for longer in _with_article(key, code):
                out[longer] = own[key]
        out.update(own)
    return out


def _with_article(phrase: Phrase, lang: str) -> list[Phrase]:
    """``phrase`` followed by an article: "more than the", "plus des" (de + les)."""
    out = [(*phrase, art) for art in articles(lang)]
    for whole, (prep, _art) in contractions(lang).items():
        if phrase[-1:] == (prep,):
            out.append((*phrase[:-1], whole))
    return out


@cache
def articles(lang: str) -> frozenset[str]:
    """Articles that may stand between a hedge or a range word and its figure."""
    out: set[str] = set()
    for code in _langs(lang):
        out.update(norm(w) for w in _load("phrases")["articles"].get(code, {}).get("words", []))
    return frozenset(out)


@cache
def contractions(lang: str) -> dict[str, tuple[str, str]]:
    """Preposition + article in one word: "del" -> ("de", "el"), "des" -> ("de", "les")."""
    out: dict[str, tuple[str, str]] = {}
    for code in _langs(lang):
        raw = _load("phrases")["articles"].get(code, {}).get("contractions", {})
        for whole, parts in raw.items():
            toks = phrase_tokens(parts)
            if len(toks) == 2:
                out[norm(whole)] = (toks[0], toks[1])
    return out


@cache
def comparison_phrases() -> frozenset[Phrase]:
    """Words that set a figure against an earlier one ("contre", "up from", "مقابل")."""
    return frozenset(phrase_tokens(p) for p in _load("phrases")["comparison"]["before"])


@cache
def hedge_endpoints(lang: str) -> tuple[frozenset[Phrase], tuple[str, ...], frozenset[str], int]:
    """Hedges that, right after a verb of change, say where a figure got to rather
    than bound it ("se han duplicado hasta 1,05 millones": doubled to), the
    beginnings of those verbs, and the written forms of a hedge's first word that
    say so whatever comes before ("ارتفع العدد ليصل إلى": rose to reach;
    ``[hedge_endpoints]`` of phrases.toml), and how many words before the hedge
    such a word may stand ("window", 1 unless told: "مجموع مبارياته يصل إلى 18")."""
    hedges: set[Phrase] = set()
    verbs: list[str] = []
    forms: set[str] = set()
    window = 1
    for code in _langs(lang):
        raw = _load("phrases").get("hedge_endpoints", {}).get(code, {})
        hedges.update(phrase_tokens(h) for h in raw.get("hedges", []))
        verbs += [norm(v) for v in raw.get("after", [])]
        forms.update(norm(f) for f in raw.get("forms", []))
        window = max(window, int(raw.get("window", 1)))
    return frozenset(hedges), tuple(verbs), frozenset(forms), window


@cache
def post_hedges(lang: str) -> dict[Phrase, str]:
    """Hedges written after a figure ("على الأقل", "or more") -> bound."""
    out: dict[Phrase, str] = {}
    for code in _langs(lang):
        out.update(_phrase_map(_load("phrases")["post_hedges"][code]))
    return out


@cache
def fraction_regex(lang: str) -> re.Pattern[str]:
    """Any fraction word of ``lang`` inside a text, as letters (a cheap test before
    the token-by-token reading: "half", "demi", "medio", "نصف")."""
    words = sorted(number_words(lang).fractions, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class Rates:
    """How a figure is said to count per period (time.toml ``[rates]``): words
    after it and its noun, adjectives before it, and words that, after the first,
    make them a time instead ("a year ago")."""

    after: dict[Phrase, str]
    before: dict[str, str]
    not_after: frozenset[str]


@cache
def rates(lang: str) -> Rates:
    """The rate words of ``lang`` (all languages for "und")."""
    after: dict[Phrase, str] = {}
    before: dict[str, str] = {}
    not_after: set[str] = set()
    table = _load("time").get("rates", {})
    for code in _langs(lang):
        entry = table.get(code, {})
        after.update(_phrase_map(entry.get("after", {})))
        for word, period in entry.get("before", {}).items():
            before.update({t: str(period) for t in phrase_tokens(word)})
        not_after.update(t for w in entry.get("not_after", []) for t in phrase_tokens(w))
    return Rates(after, before, frozenset(not_after))


@cache
def hedge_negations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words that turn a bound hedge around: the negation cues of ``negation.toml``
    (with its proclitics: "ولم"), written just before the hedge ("not exceed 49",
    "no más de 49", "لم يتجاوز 49": at most 49; English contractions in "n't" are
    read by the caller, as :func:`verifier.concepts.negations` reads them), and the
    words of ``[hedge_negations]`` of phrases.toml written between the hedge and the
    figure ("ne dépasse pas 49")."""
    before: set[str] = set()
    after: set[str] = set()
    negation = _load("negation")
    table = _load("phrases").get("hedge_negations", {})
    for code in _langs(lang):
        entry = negation.get(code, {})
        cues = {norm(w) for w in entry.get("cues", [])}
        before |= cues | {norm(p) + c for p in entry.get("proclitics", []) for c in cues}
        after.update(norm(w) for w in table.get(code, {}).get("after", []))
    return frozenset(before), frozenset(after)


@cache
def percent_phrases(lang: str) -> frozenset[Phrase]:
    """Percent markers after a figure ("%", "pour cent", "في المائة")."""
    out: set[Phrase] = set()
    for code in _langs(lang):
        out.update(phrase_tokens(p) for p in _load("phrases")["percent"][code])
    return frozenset(out)


@dataclass(frozen=True)
class Currency:
    iso: str
    mult: float = 1.0
    before: bool = False


@cache
def currencies() -> dict[Phrase, Currency]:
    """Currency markers (all languages) -> ISO code, multiplier, may-precede flag."""
    out: dict[Phrase, Currency] = {}
    for key, spec in _load("phrases")["currency"].items():
        out[phrase_tokens(key)] = Currency(
            iso=str(spec["iso"]),
            mult=float(spec.get("mult", 1.0)),
            before=bool(spec.get("before", False)),
        )
    return out


@cache
def reference_words() -> frozenset[str]:
    """Words that turn the following figure into a reference number (n°, article, رقم)."""
    return frozenset(norm(w) for w in _load("phrases")["reference"]["words"])


@cache
def reference_after() -> frozenset[str]:
    """Words that turn the figure before them into a rank ("su 40 aniversario")."""
    return frozenset(norm(w) for w in _load("phrases")["reference"].get("after", []))


@cache
def count_verbs() -> frozenset[str]:
    """Plural verbs after a number that make it a count, not part of a name ("in Rabat
    3 were arrested"): ``[designation] verbs``."""
    return frozenset(norm(w) for w in _load("phrases")["designation"].get("verbs", []))


@cache
def scale_words() -> frozenset[str]:
    """Capitalised words whose number is a checkable step on a scale ("Category 4",
    "Level 3"), not part of a name ("Boeing 737"): ``[designation] scales``."""
    return frozenset(norm(w) for w in _load("phrases")["designation"]["scales"])


@cache
def boundary_words() -> frozenset[str]:
    """Words between two figures that start the second one's stretch of the sentence."""
    return frozenset(norm(w) for w in _load("phrases")["figure_boundary"]["words"])


@cache
def part_of_phrases() -> frozenset[Phrase]:
    """Words between two figures that make the first a part of the second ("sur", "out of")."""
    return frozenset(phrase_tokens(p) for p in _load("phrases")["part_of"]["between"])


@cache
def subset_phrases() -> tuple[frozenset[Phrase], frozenset[Phrase]]:
    """Subset markers (before the figure, after the figure): dont, من بينهم, of them."""
    raw = _load("phrases")["subset"]
    return (
        frozenset(phrase_tokens(p) for p in raw["before"]),
        frozenset(phrase_tokens(p) for p in raw["after"]),
    )


@cache
def partitives(lang: str) -> frozenset[Phrase]:
    """Words between a count and the group it is part of (``[partitive]``): "of the",
    "des", "de los", "من"."""
    raw = _load("phrases").get("partitive", {})
    return frozenset(phrase_tokens(p) for code in _langs(lang) for p in raw.get(code, []))


@dataclass(frozen=True)
class NumberOf:
    """How a figure's counted noun is named before it (``[number_of]`` of phrases.toml):
    the phrases written before the noun ("the number of", "le nombre de", "عدد"), the
    words of a toll, written before a noun of the unit table only ("le bilan des
    morts", "حصيلة القتلى"), the phrases that are the counted noun themselves ("death
    toll": deaths), and the words that, just before a phrase, make it mean "several"
    ("a number of")."""

    phrases: frozenset[Phrase]
    tolls: frozenset[Phrase]
    named: dict[Phrase, str]
    not_after: frozenset[str]
    toll_unit: str | None  # the concept a toll's noun must be a kind of ("people")


@cache
def number_of(lang: str) -> NumberOf:
    """The ``[number_of]`` table of phrases.toml for ``lang``."""
    raw = _load("phrases").get("number_of", {})
    phrases: set[Phrase] = set()
    tolls: set[Phrase] = set()
    named: dict[Phrase, str] = {}
    not_after: set[str] = set()
    for code in _langs(lang):
        spec = raw.get(code, {})
        phrases.update(t for t in (phrase_tokens(p) for p in spec.get("phrases", [])) if t)
        tolls.update(t for t in (phrase_tokens(p) for p in spec.get("tolls", [])) if t)
        named.update({phrase_tokens(k): str(v) for k, v in spec.get("named", {}).items()})
        not_after.update(norm(w) for w in spec.get("not_after", []))
    toll_unit = raw.get("toll_unit")
    return NumberOf(
        frozenset(phrases), frozenset(tolls), named, frozenset(not_after), toll_unit
    )


@cache
def range_words() -> tuple[dict[Phrase, frozenset[str]], frozenset[str]]:
    """(opener -> the connectors it pairs with, connectors that need no opener)."""
    raw = _load("phrases")["range"]
    pairs = {phrase_tokens(k): frozenset(norm(w) for w in v) for k, v in raw["pairs"].items()}
    return pairs, frozenset(norm(w) for w in raw["free"])


@dataclass(frozen=True)
class ScoreWords:
    """How scores are written (the ``score`` table of ``phrases.toml``)."""

    window: int  # words before a score searched for a cue
    connectors: frozenset[str]  # words or gap symbols joining the sides besides a dash
    plain: frozenset[str]  # connector words that need no cue for a score going down
    golf: frozenset[str]  # words joining a match-play result going down, with a cue
    close: frozenset[str]  # cue words just before a score going down ("por", "by")
    before: frozenset[str]  # cue words before a score ("won", "victoire", "بنتيجة")
    after: frozenset[str]  # cue words just after it ("win", "lead", "فوز")
    units: frozenset[str]  # concepts counted on both sides ("goals")
    wins: frozenset[str]  # nouns of the first side of a record in words ("18 wins and 7 losses")
    losses: frozenset[str]  # nouns of its second side
    level: frozenset[str] = frozenset()  # after a count of them: the same on the other side
    draws: frozenset[str] = frozenset()  # draw words before a count of them: each side's


@cache
def score_words() -> ScoreWords:
    """The score table of ``phrases.toml`` (all languages)."""
    raw = _load("phrases")["score"]
    return ScoreWords(
        window=int(raw["window"]),
        connectors=frozenset(norm(w) for w in raw["connectors"]),
        plain=frozenset(norm(w) for w in raw["plain"]),
        golf=frozenset(norm(w) for w in raw["golf"]),
        close=frozenset(norm(w) for w in raw["close"]),
        before=frozenset(norm(w) for w in raw["before"]),
        after=frozenset(norm(w) for w in raw["after"]),
        units=frozenset(str(u) for u in raw["units"]),
        level=frozenset(norm(w) for w in raw.get("level", [])),
        draws=frozenset(norm(w) for w in raw.get("draws", [])),
        wins=frozenset(norm(w) for w in raw["wins"]),
        losses=frozenset(norm(w) for w in raw["losses"]),
    )
_AR_CONJUNCTIONS = ("و", "ف")


@cache
def function_words(lang: str) -> frozenset[str]:
    """Words that follow a figure without being its noun (plus ``stopwords.toml``,
    less its nouns of the unit table: "people", "personas" are counted nouns).

    Arabic ones also with the conjunction written onto them ("ولا", "ولم", "فقد"):
    "44 ولم يتمكن" counts nothing."""
    out: set[str] = set()
    stop = _load("stopwords")
    for code in _langs(lang):
        words = [norm(w) for w in _load("phrases")["function_words"][code]]
        out.update(words)
        if code == "ar":
            out.update(c + w for w in words if len(w) >= 2 for c in _AR_CONJUNCTIONS)
        units = _units().phrases[code] if code in LANGS else {}
        out.update(w for w in (norm(w) for w in stop.get(code, [])) if (w,) not in units)
    return frozenset(out)


@cache
def prenominal(lang: str) -> frozenset[str]:
    """Adjectives written before the noun that the noun search goes past ("vraies")."""
    raw = _load("phrases")["prenominal"]
    return frozenset(norm(w) for code in _langs(lang) for w in raw.get(code, []))


@cache
def clock_words() -> tuple[frozenset[Phrase], frozenset[Phrase], frozenset[str], frozenset[str]]:
    """(after, before, at, hour): the words that make a number a time of day."""
    raw = _load("phrases")["clock"]
    after = frozenset(t for t in (phrase_tokens(w) for w in raw["after"]) if t)
    before = frozenset(t for t in (phrase_tokens(w) for w in raw["before"]) if t)
    return after, before, frozenset(norm(w) for w in raw["at"]), frozenset(norm(w) for w in raw["hour"])


@cache
def clock_lasting() -> frozenset[Phrase]:
    """Words that make "3 h 45" a duration, not a time of day ("a duré 3 h 45")."""
    return frozenset(t for t in (phrase_tokens(w) for w in _load("phrases")["clock"]["lasting"]) if t)


@cache
def clock_bare() -> frozenset[Phrase]:
    """Prepositions that make a time only of a bare hour ("vers 15", not "vers 24 centres")."""
    return frozenset(t for t in (phrase_tokens(w) for w in _load("phrases")["clock"]["bare"]) if t)


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations whose "." does not end a sentence ("No.", "art.")."""
    return frozenset(w.lower() for w in _load("phrases")["abbreviations"]["words"])


@cache
def year_cues() -> frozenset[str]:
    """Words just before a 4-digit number that make it a year."""
    return frozenset(norm(w) for w in _load("phrases")["year_cues"]["words"])


@cache
def year_after() -> frozenset[str]:
    """Era markers after a year ("1447 H", "1447 هـ")."""
    return frozenset(norm(w) for w in _load("phrases")["year_cues"]["after"])


@cache
def year_events() -> frozenset[Phrase]:
    """Plural event nouns named by a year ("the 1996 Games", "the 2018 midterms")."""
    return frozenset(phrase_tokens(w) for w in _load("phrases")["year_cues"].get("events", []))


@cache
def year_determiners() -> frozenset[str]:
    """Determiners that may stand before a year naming an event ("the", "its")."""
    return frozenset(norm(w) for w in _load("phrases")["year_cues"].get("determiners", []))


@cache
def irregular_plurals(lang: str) -> frozenset[str]:
    """Plurals that do not end in -s ("people", "children")."""
    out: set[str] = set()
    for code in _langs(lang):
        out.update(norm(w) for w in _load("phrases")["plurals"].get(code, []))
    return frozenset(out)


@dataclass(frozen=True)
class AgeWords:
    """How ages are written: "Jones, 52, joined", "aged 40"."""

    unit: str
    apposition: frozenset[str]
    adverbs: frozenset[str]
    before: frozenset[Phrase]
    ordinal: frozenset[str]  # languages where an ordinal after ``before`` is the age
    decades: frozenset[Phrase] = frozenset()
    tens: frozenset[str] = frozenset()  # languages where a definite tens word may be the age
    after: frozenset[Phrase] = frozenset()  # words after a figure that make it an age
    decades_after: frozenset[str] = frozenset()  # languages whose decade nouns need ``after``
    year_nouns: frozenset[str] = frozenset()  # nouns of years written after an age ("ans")
    of: frozenset[str] = frozenset()  # the word between a person and an age ("de")
    year_before: frozenset[Phrase] = frozenset()  # "at" an age with its year noun ("a sus")
    year_old: tuple[str, ...] = ()  # an age's year noun with hyphens ("-year-old")
    birthday: frozenset[str] = frozenset()  # words after an ordinal that make it an age


@cache
def age_words() -> AgeWords:
    """The age table of ``phrases.toml``."""
    raw = _load("phrases")["age"]
    return AgeWords(
        unit=str(raw["unit"]),
        apposition=frozenset(raw.get("apposition", [])),
        adverbs=frozenset(norm(w) for w in raw.get("adverbs", [])),
        before=frozenset(phrase_tokens(w) for w in raw.get("before", [])),
        ordinal=frozenset(raw.get("ordinal", [])),
        decades=frozenset(phrase_tokens(w) for w in raw.get("decades", [])),
        tens=frozenset(raw.get("tens", [])),
        after=frozenset(phrase_tokens(w) for w in raw.get("after", [])),
        decades_after=frozenset(raw.get("decades_after", [])),
        year_nouns=frozenset(norm(w) for w in raw.get("year_nouns", [])),
        of=frozenset(norm(w) for w in raw.get("of", [])),
        year_before=frozenset(phrase_tokens(w) for w in raw.get("year_before", [])),
        year_old=tuple(str(w).lower() for w in raw.get("year_old", [])),
        birthday=frozenset(norm(w) for w in raw.get("birthday", [])),
    )


@dataclass(frozen=True)
class YearsReading:
    """Words that make a figure of years someone's age or a span of time
    (``[years_reading]`` of ``phrases.toml``, with the age words of ``[age]``)."""

    age_before: frozenset[Phrase]
    age_after: frozenset[Phrase]
    span_before: frozenset[Phrase]
    span_after: frozenset[Phrase]
    articles: frozenset[str]  # words that may come between those words and the figure


@cache
def years_reading() -> YearsReading:
    """The age and span words of ``phrases.toml`` for figures of years."""
    raw = _load("phrases")["years_reading"]
    ages = age_words()
    time = time_nouns("ar")

    def phrases(key: str) -> frozenset[Phrase]:
        return frozenset(phrase_tokens(w) for w in raw.get(key, []))

    return YearsReading(
        age_before=phrases("age_before") | ages.before,
        age_after=phrases("age_after") | ages.after,
        span_before=phrases("span_before") | time.before,
        span_after=phrases("span_after") | time.after,
        articles=frozenset(norm(w) for w in raw.get("articles", [])),
    )


@dataclass(frozen=True)
class AgeTens:
    """An Arabic word that is someone's age only next to an age word (``AgeWords``)."""

    value: float
    size: int  # letters of the article written onto it
    decade: bool  # a decade noun ("الأربعينيات"): about that many years


@cache
def age_tens(lang: str) -> dict[str, AgeTens]:
    """The tens words with the article ("الأربعين": 40) of the languages of ``tens``,
    and the decade nouns, with or without it ("الأربعينيات", "أربعينيات", "forties":
    about 40)."""
    out: dict[str, AgeTens] = {}
    for code in _langs(lang):
        nw = number_words(code)
        particles = [p for p in nw.proclitics if p not in nw.article]
        alone = [a for a in nw.article if not any(a.startswith(p) for p in particles)]
        if code in age_words().tens:
            for word, value in nw.small.items():
                if 20 <= value < 100 and value % 10 == 0:
                    for a in alone:
                        out.setdefault(a + word, AgeTens(value, len(a), False))
        for word, value in nw.decades.items():
            out.setdefault(word, AgeTens(value, 0, True))
            for a in alone:
                out.setdefault(a + word, AgeTens(value, len(a), True))
    return out


@cache
def list_words() -> frozenset[str]:
    """Words joining the figures of a list ("and", "et", "و")."""
    return frozenset(norm(w) for w in _load("phrases")["list"]["words"])


@cache
def below_zero() -> tuple[frozenset[str], frozenset[str]]:
    """(words, units) that make a figure negative (``[below_zero]``): "minus 10 degrees"."""
    raw = _load("phrases")["below_zero"]
    return frozenset(norm(w) for w in raw["words"]), frozenset(raw["units"])


@cache
def claim_labels() -> frozenset[Phrase]:
    """Labels that, opening a sentence before a colon, give the claim a fact-check
    reviews ("Claim: …", "Affirmation : …", "الادعاء: …"; ``[claim_labels]``)."""
    return frozenset(phrase_tokens(w) for w in _load("phrases")["claim_labels"]["words"])


@cache
def glued_units() -> frozenset[str]:
    """Unit abbreviations that may be glued to digits ("50km", "6ft")."""
    return frozenset(norm(w) for w in _load("phrases")["glued_units"]["words"])


@cache
def arabic_particles() -> frozenset[str]:
    """Arabic particles, pronouns, relatives and auxiliaries (``arabic_stopwords.toml``,
    folded): words that are never the noun a figure counts ("30 فيما مضى")."""
    raw = _load("arabic_stopwords")
    return frozenset(norm(w) for key in ("ar", "particles") for w in raw.get(key, []))


@cache
def ordinal_nouns(lang: str) -> frozenset[str]:
    """Nouns of a place in a series whose digits after them are an ordinal ("القرن 19":
    the 19th century; ``[ordinal_nouns]`` of phrases.toml)."""
    table = _load("phrases").get("ordinal_nouns", {})
    return frozenset(norm(w) for code in _langs(lang) for w in table.get(code, []))


@cache
def ordinal_suffixes() -> frozenset[str]:
    """Suffixes glued to digits that make an ordinal ("6e", "1er", "3rd")."""
    return frozenset(norm(w) for w in _load("phrases")["ordinal_suffixes"]["words"])


# ------------------------------------------------------------------ time


@cache
def months(lang: str) -> dict[Phrase, int]:
    """Month names -> month number."""
    out: dict[Phrase, int] = {}
    for code in _langs(lang):
        for key, value in _load("time")["months"][code].items():
            out[phrase_tokens(key)] = int(value)
    return out


@cache
def weekdays(lang: str) -> frozenset[str]:
    """Weekday names (skipped before a date)."""
    out: set[str] = set()
    for code in _langs(lang):
        out.update(norm(w) for w in _load("time")["weekdays"][code])
    return frozenset(out)


@cache
def decade_words() -> tuple[str, ...]:
    """Words before a year that make it a decade ("la década de 1980"; time.toml)."""
    return tuple(_load("time")["decades"]["before"])


@cache
def date_relations() -> dict[str, str]:
    """Words before a date that tie it to its event ("since", "avant", "بحلول") ->
    the relation (since, until, before, after), every language, as written in
    time.toml (the reader tokenizes them as it tokenizes the text)."""
    return {w: relation for relation, words in _load("time")["date_relations"].items() for w in words}


@cache
def relative_years(lang: str) -> dict[Phrase, int]:
    """Phrases naming a year relative to the reference date ("last year" -> -1)."""
    out: dict[Phrase, int] = {}
    for code in _langs(lang):
        for key, value in _load("time")["relative_years"][code].items():
            out[phrase_tokens(key)] = int(value)
    return out


@cache
def year_nouns(lang: str) -> frozenset[Phrase]:
    """Nouns that may stand before a year inside a period ("l'année 2021")."""
    out: set[Phrase] = set()
    for code in _langs(lang):
        out.update(phrase_tokens(p) for p in _load("time")["year_nouns"][code])
    return frozenset(out)


_SLOTS = {"qqnqq": "{n}", "qqyqq": "{y}"}


@dataclass(frozen=True)
class Period:
    """One period template: tokens with ``{n}`` / ``{y}`` slots, and its type."""

    tokens: Phrase
    type: str


@cache
def periods(lang: str) -> dict[str, tuple[Period, ...]]:
    """Period templates indexed by their first token (longest first)."""
    index: dict[str, list[Period]] = {}
    for spec in _load("time")["periods"]:
        if spec["lang"] not in _langs(lang):
            continue
        for form in spec["forms"]:
            marked = form.replace("{n}", " qqnqq ").replace("{y}", " qqyqq ")
            toks = tuple(_SLOTS.get(t, t) for t in phrase_tokens(marked))
            index.setdefault(toks[0], []).append(Period(toks, str(spec["type"])))
    return {k: tuple(sorted(v, key=lambda p: -len(p.tokens))) for k, v in index.items()}


# ------------------------------------------------------------------ units


@dataclass(frozen=True)
class _Units:
    phrases: dict[str, dict[Phrase, str]]
    parents: dict[str, tuple[str, ...]]
    kinds: dict[str, str]
    max_len: int
    conversions: dict[str, tuple[str, float, float]]
    readings: dict[str, tuple[str, ...]]
    slashed: frozenset[Phrase]
    parts: dict[str, tuple[float, dict[str, frozenset[Phrase]]]]


@cache
def _units() -> _Units:
    data = _load("units")
    phrases: dict[str, dict[Phrase, str]] = {code: {} for code in LANGS}
    parents: dict[str, tuple[str, ...]] = {}
    kinds: dict[str, str] = {}
    conversions: dict[str, tuple[str, float, float]] = {}
    readings: dict[str, tuple[str, ...]] = {}
    slashed: set[Phrase] = set()
    parts: dict[str, tuple[float, dict[str, frozenset[Phrase]]]] = {}
    max_len = 1
    for concept, spec in data.items():
        if "same_as" in spec:
            target, factor, *offset = spec["same_as"]
            conversions[concept] = (str(target), float(factor), float(offset[0]) if offset else 0.0)
        if "may_be" in spec:
            readings[concept] = tuple(str(x) for x in spec["may_be"])
        if "parts" in spec:
            sub = spec["parts"]
            parts[concept] = (
                float(sub["per"]),
                {code: frozenset(phrase_tokens(w) for w in sub.get(code, [])) for code in LANGS},
            )
        if "parent" in spec:
            # one parent, or several for a word with two readings ("states": nations
            # or the states of a federation)
            given = spec["parent"]
            parents[concept] = (
                (str(given),) if isinstance(given, str) else tuple(str(x) for x in given)
            )
        kinds[concept] = str(spec.get("kind", "count"))
        for code in LANGS:
            for form in [*spec.get(code, []), *spec.get(f"{code}_dual", [])]:
                toks = phrase_tokens(form)
                if toks:
                    phrases[code].setdefault(toks, concept)
                    max_len = max(max_len, len(toks))
                    if "/" in form:
                        slashed.add(toks)
    return _Units(
        phrases, parents, kinds, max_len, conversions, readings, frozenset(slashed), parts
    )


def _unit_forms(lang: str, key: str) -> dict[Phrase, str]:
    """The ``<lang>_<key>`` forms of the unit table, as token phrases -> concept."""
    out: dict[Phrase, str] = {}
    for concept, spec in _load("units").items():
        for code in _langs(lang):
            for form in spec.get(f"{code}_{key}", []):
                toks = phrase_tokens(form)
                if toks:
                    out.setdefault(toks, concept)
    return out


@cache
def unit_hyphened(lang: str) -> dict[str, str]:
    """Words that name a unit only joined to the figure by a hyphen ("three-time")."""
    return {" ".join(toks): concept for toks, concept in _unit_forms(lang, "hyphen").items()}


@cache
def unit_before(lang: str) -> dict[Phrase, str]:
    """Phrases that name a unit written just before the figure ("magnitud 7,5")."""
    return _unit_forms(lang, "before")


@cache
def unit_absorbs(concept: str) -> frozenset[str]:
    """Units after the figure that a before-word of ``concept`` makes ``concept``."""
    return frozenset(str(x) for x in _load("units").get(concept, {}).get("absorbs", []))


def unit_concepts() -> tuple[str, ...]:
    """Every concept id of the unit table."""
    return tuple(_units().kinds)


@cache
def unit_base(concept: str) -> tuple[str, float, float]:
    """(last concept of its ``same_as`` chain, factor, offset): the figure in that
    concept is ``(value + offset) * factor`` (inches: metres, 0.0254, 0; a concept
    that converts to nothing is its own base: (concept, 1, 0))."""
    unit, factor, offset = concept, 1.0, 0.0
    seen = {concept}
    conversions = _units().conversions
    while unit in conversions:
        unit, f, o = conversions[unit]
        # ((v + offset) * factor + o) * f == (v + offset + o / factor) * factor * f
        offset, factor = offset + o / factor, factor * f
        if unit in seen:  # a loop in the table: stop where it closes
            break
        seen.add(unit)
    return unit, factor, offset


def unit_conversion(concept: str) -> tuple[str, float, float] | None:
    """(metric concept, factor, offset) for a unit measured in another system:
    miles -> kilometres is (kilometres, 1.609344, 0); the metric value is
    ``(value + offset) * factor`` (Fahrenheit: offset -32, factor 5/9)."""
    return _units().conversions.get(concept)


@cache
def unit_pinned() -> dict[str, frozenset[Phrase]]:
    """Per unit, the words that rule out its other readings (``pinned`` in
    units.toml: "°C", "celsius" are never Fahrenheit)."""
    return {
        concept: frozenset(phrase_tokens(str(w)) for w in spec["pinned"])
        for concept, spec in _load("units").items()
        if "pinned" in spec
    }


def unit_readings(concept: str) -> tuple[str, ...]:
    """Other units a bare unit word may stand for: "degrees" may be Fahrenheit."""
    return _units().readings.get(concept, ())


def unit_slashed() -> frozenset[Phrase]:
    """Unit phrases written with a slash ("km/h", "كم/ساعة"): they may span one."""
    return _units().slashed


@cache
def unit_parts(concept: str, lang: str) -> tuple[float, frozenset[Phrase]] | None:
    """(parts per unit, words of the part) for a unit followed by a smaller one ("6 ft 6 in")."""
    got = _units().parts.get(concept)
    if got is None:
        return None
    per, words = got
    merged: set[Phrase] = set()
    for code in _langs(lang):
        merged |= words.get(code, frozenset())
    return per, frozenset(merged)


def unit_kind(concept: str) -> str:
    """``"count"``, ``"measure"`` or ``"duration"`` for a concept id (``"count"`` if unknown)."""
    return _units().kinds.get(concept, "count")


_AR_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def _variants(word: str, lang: str) -> list[str]:
    out = [word]
    if lang in ("ar", "und") and _ARABIC_CHAR.search(word):
        out += [
            word[len(p) :] for p in _AR_PREFIXES if word.startswith(p) and len(word) > len(p) + 1
        ]
    elif len(word) > 3 and word.endswith("s"):
        out.append(word[:-1])
        if word.endswith("es"):
            out.append(word[:-2])
    return out


def unit_lookup(words: list[str], lang: str, as_written: bool = False) -> tuple[str, int] | None:
    """The concept named by the start of ``words`` (normalised tokens), and its length.

    The first word may carry an Arabic particle or article, or an -s plural ending,
    unless ``as_written``.
    """
    units = _units()
    tables = [units.phrases[c] for c in _langs(lang)]
    for size in range(min(units.max_len, len(words)), 0, -1):
        head = words[:size]
        for first in [head[0]] if as_written else _variants(head[0], lang):
            key = (first, *head[1:])
            for table in tables:
                concept = table.get(key)
                if concept is not None:
                    return concept, size
    return None


@dataclass(frozen=True)
class UnitDual:
    """An Arabic dual noun: two of ``concept`` ("عامين", "سيارتان", "المحاولتان")."""

    concept: str
    stem: str  # the dual without the particle or article written onto it
    size: int  # letters of that prefix


@cache
def unit_duals(lang: str) -> dict[str, UnitDual]:
    """Dual nouns of the unit table: words that are two of a unit on their own.

    Arabic duals come with the particles and article they may take; the other
    languages list theirs as ``<lang>_dual`` ("twice": two times).

    A dual is the listed ``ar_dual`` forms of a unit (masculine duals are listed one
    by one: "-ين" is also the sound plural, "مهاجرين" being migrants), and the
    feminine duals made from every one-word unit noun in ة ("سيارة" -> "سيارتان",
    "سيارتين", "سيارتا"; ``feminine_dual`` of ``numbers.toml``), each also with a
    possessive pronoun in place of its ن ("طفلاه", "سيارتاها"; ``dual_pronoun``).
    """
    data = _load("units")
    out: dict[str, UnitDual] = {}
    for code in _langs(lang):
        if code != "ar":
            for concept, spec in data.items():
                for form in spec.get(f"{code}_dual", []):
                    out.setdefault(norm(form), UnitDual(concept, norm(form), 0))
    if "ar" not in _langs(lang):
        return out
    endings = [norm(e) for e in _load("numbers")["ar"].get("feminine_dual", [])]
    units_forms = _units().phrases["ar"]
    taken = set(units_forms) | {(w,) for w in number_words("ar").all_words()}
    bare: dict[str, str] = {}
    for concept, spec in data.items():
        for form in spec.get("ar_dual", []):
            bare.setdefault(norm(form), concept)
    for toks, concept in units_forms.items():
        if len(toks) != 1 or len(toks[0]) < 3 or not toks[0].endswith("ه"):
            continue
        for ending in endings:
            dual = toks[0][:-1] + ending
            if (dual,) not in taken:
                bare.setdefault(dual, concept)
    pronoun = _load("numbers")["ar"].get("dual_pronoun", {})
    not_pronoun = {norm(w) for w in _load("numbers")["ar"].get("dual_pronoun_not", [])}
    for dual, concept in list(bare.items()):
        if dual in not_pronoun or unit_kind(concept) != "count":
            continue
        for ending, replacements in pronoun.items():
            if dual.endswith(norm(ending)):
                for r in replacements:
                    form = dual[: -len(norm(ending))] + norm(r)
                    if (form,) not in taken:
                        bare.setdefault(form, concept)
    prefixes = number_words("ar").proclitics
    for dual, concept in bare.items():
        out[dual] = UnitDual(concept, dual, 0)
    for dual, concept in bare.items():
        for prefix in prefixes:
            out.setdefault(prefix + dual, UnitDual(concept, dual, len(prefix)))
    return out


@cache
def _dual_endings() -> tuple[str, ...]:
    return tuple(norm(e) for e in _load("numbers")["ar"].get("dual_endings", []))


def dual_singulars(stem: str, feminine_only: bool = False) -> tuple[str, ...]:
    """The singulars an Arabic dual noun (without its article) may stand for, by the
    ``dual_endings`` of ``numbers.toml``: "جانبين", "جانبي" -> "جانب"; "مباراتين",
    "سيارتا" -> "مباراه", "سياره" (a noun in ة, folded to ه, writes it as ت before the
    ending). ``feminine_only``: only the singulars in ة."""
    out: list[str] = []
    for ending in _dual_endings():
        if stem.endswith(ending) and len(stem) - len(ending) >= 2:
            base = stem[: -len(ending)]
            if not feminine_only:
                out.append(base)
            if base.endswith("ت"):
                out.append(base[:-1] + "ه")
    return tuple(out)


@dataclass(frozen=True)
class TimeNoun:
    """An Arabic noun of a span that is also another word ("عقد": a decade, a contract)."""

    concept: str
    value: float  # the figure it is alone: 1, 2 for a dual; 0 for a plural
    stem: str  # the noun without the particle or article written onto it
    size: int  # letters of that prefix
    definite: bool  # the prefix holds the article


@dataclass(frozen=True)
class TimeNouns:
    """The ``ar_time`` nouns of the unit table and the phrases of time they need
    (``[time_nouns]`` of ``phrases.toml``)."""

    words: dict[str, TimeNoun]
    before: frozenset[Phrase]
    after: frozenset[Phrase]
    hedge_proclitics: tuple[str, ...] = ()  # written onto a hedge: "لأكثر من عقد"


@cache
def time_nouns(lang: str) -> TimeNouns:
    """Arabic nouns of a span that are a figure only in a phrase of time, with the
    particles and article they may take: "بعقد من الزمن", "العقدين الماضيين"."""
    raw = _load("phrases").get("time_nouns", {})
    if "ar" not in _langs(lang):
        return TimeNouns({}, frozenset(), frozenset())
    nw = number_words("ar")
    words: dict[str, TimeNoun] = {}
    for concept, spec in _load("units").items():
        for form, value in spec.get("ar_time", {}).items():
            stem = norm(form)
            words.setdefault(stem, TimeNoun(concept, float(value), stem, 0, False))
            for prefix in nw.proclitics:
                words.setdefault(
                    prefix + stem,
                    TimeNoun(concept, float(value), stem, len(prefix), prefix in nw.article),
                )
    return TimeNouns(
        words,
        frozenset(phrase_tokens(w) for w in raw.get("before", [])),
        frozenset(phrase_tokens(w) for w in raw.get("after", [])),
        tuple(norm(w) for w in raw.get("hedge_proclitics", [])),
    )


def unit_ancestors(unit: str) -> tuple[str, ...]:
    """The concept and its parents, nearest first: ``"migrants"`` -> ``("migrants", "people")``.

    A concept with several parents ("states": countries or regions) has all of them,
    and theirs, breadth first. A unit that is not a concept id (a head noun as
    written) is its own only ancestor.
    """
    parents = _units().parents
    chain = [unit]
    seen = {unit}
    n = 0
    while n < len(chain):
        for parent in parents.get(chain[n], ()):
            if parent not in seen:
                chain.append(parent)
                seen.add(parent)
        n += 1
    return tuple(chain)


def units_compatible(a: str | None, b: str | None) -> bool:
    """True when ``a`` and ``b`` are the same concept or one is an ancestor of the other.

    ``None`` (nothing counted) is compatible only with ``None``.
    """
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return a in unit_ancestors(b) or b in unit_ancestors(a)
