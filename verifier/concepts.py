"""Cross-lingual concepts: which event, topic and actor a stretch of text names.

Two tables, matched the same way on folded tokens (see :mod:`verifier._text`),
so "déjoué", "foiled" and "أحبطت" all give ``foil``:

* ``data/concepts.toml`` (:func:`find_concepts`): predicates, topics, actors.
  The compare stage uses them to decide whether a claim figure and an evidence
  figure speak of the same thing.
* ``data/glossary.toml`` (:func:`find_glossary`): general-news words (type
  ``word``) and names of places, bodies and people (type ``name``) in the four
  languages. Only the built-in encoder reads it, as language-independent
  features, so that an English claim finds its French, Spanish or Arabic
  restatement. The compare stage reads it for one thing only
  (:func:`noun_concepts`): two counted nouns that name the same glossary concept
  ("400 females" / "400 hembras", "Seven Dwarfs" / "siete enanitos") count the
  same thing when the figures agree. It is an agreement signal: it never sets
  two figures against each other, so it never makes a contradiction.

Both tables load on first use, not at import.
"""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ._lexicon import dual_singulars
from ._text import Token, arabic_stems, fold, opens_sentence, title_case, tokens

__all__ = [
    "ConceptHit",
    "Lexicon",
    "find_all",
    "find_concepts",
    "find_glossary",
    "glossary",
    "lexicon",
    "noun_concepts",
    "word_forms",
]

_MIN_PREFIX = 3
# concepts.toml is written by hand; countries.toml is generated from CLDR
# (scripts/gen_countries.py) for the countries concepts.toml does not name.
_TABLES = ("concepts.toml", "countries.toml")
# one plain word (no space, apostrophe, hyphen or dot): folding it is all tokens() would do
_PLAIN_WORD = re.compile(r"[^\W_]+")
# the layout scripts/make_glossary.py writes: [id], type = "...", xx = ["...", ...]
_TABLE = re.compile(r"\[([a-z0-9_]+)\]")
_KEY_LIST = re.compile(r'([a-z]+) = (\[.*\]|"[^"\\]*")')


@dataclass(frozen=True, slots=True)
class ConceptHit:
    concept: str
    type: str  # predicate | topic | actor | subset | total; glossary: word | name
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
        self.implies: dict[str, str] = {}  # event -> a broader event it is a case of
        self.memo: dict[str, frozenset[str]] = {}  # token -> concepts named
        # words matched as written, capitals and all ("US", "UN", "EU"): folded they
        # are other words ("us", the French "un", "eu")
        self.cased: dict[str, set[str]] = {}
        for concept, entry in raw.items():
            self.types[concept] = str(entry.get("type", "topic"))
            # "opposite": one concept, or a list of them ("stable" is neither a rise nor a fall)
            others = entry.get("opposite", [])
            assert isinstance(others, str | list)
            for other in [others] if isinstance(others, str) else others:
                self.opposites.setdefault(concept, set()).add(str(other))
                self.opposites.setdefault(str(other), set()).add(concept)
            if "implies" in entry:
                self.implies[concept] = str(entry["implies"])
            cased = entry.get("cased", [])
            assert isinstance(cased, list)
            for word in cased:
                self.cased.setdefault(str(word), set()).add(concept)
            for lang in ("en", "fr", "es", "ar"):
                words = entry.get(lang, [])
                assert isinstance(words, list)
                for word in words:
                    self._add(concept, str(word))

    def word_concepts(self, token: str) -> frozenset[str]:
        """The concepts one folded token names (see :func:`_word_concepts`)."""
        return _word_concepts(self, token)

    def _add(self, concept: str, word: str) -> None:
        is_prefix = word.endswith("*")
        bare = word.rstrip("*")
        if bare.isascii() and bare.isalpha():
            parts = [bare.lower()]  # what fold() gives for a plain ASCII word
        elif _PLAIN_WORD.fullmatch(bare):
            parts = [fold(bare)]
        else:
            parts = [t for t, _, _ in tokens(bare)]
        if not parts:
            return
        if len(parts) == 1:
            table = self.prefix if is_prefix else self.exact
            table.setdefault(parts[0], set()).add(concept)
            return
        phrase = _Phrase(tuple(parts), is_prefix, concept)
        self.phrases.setdefault(parts[0], []).append(phrase)


def _parse(text: str) -> dict[str, dict[str, object]]:
    """The tables of a lexicon file. Files in the generated layout (one ``[id]``
    line, then ``key = value`` lines whose lists are JSON-compatible) are read
    line by line, several times faster than ``tomllib``; anything else (comments
    aside) falls back to ``tomllib``."""
    raw: dict[str, dict[str, object]] = {}
    entry: dict[str, object] | None = None
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        table = _TABLE.fullmatch(line)
        if table:
            if table.group(1) in raw:
                return tomllib.loads(text)
            entry = raw[table.group(1)] = {}
            continue
        pair = _KEY_LIST.fullmatch(line)
        if pair is None or entry is None or "\\" in line or pair.group(1) in entry:
            return tomllib.loads(text)
        try:
            entry[pair.group(1)] = json.loads(pair.group(2))
        except ValueError:
            return tomllib.loads(text)
    return raw


def _load(*names: str) -> Lexicon:
    raw: dict[str, dict[str, object]] = {}
    for name in names:
        raw.update(_parse(resources.files("verifier").joinpath("data", name).read_text("utf-8")))
    return Lexicon(raw)


@cache
def lexicon() -> Lexicon:
    """The concept lexicon, loaded once on first use."""
    return _load(*_TABLES)


@cache
def glossary() -> Lexicon:
    """The general-news glossary, loaded once on first use."""
    return _load("glossary.toml")


@lru_cache(maxsize=65_536)
def noun_concepts(noun: str) -> frozenset[str]:
    """The general-news concepts (glossary type "word") that a counted noun as
    written names: "females" and "hembras" both give ``woman``."""
    lex = glossary()
    out: set[str] = set()
    for tok, _, _ in tokens(noun):
        out |= {c for c in lex.word_concepts(tok) if lex.types.get(c) == "word"}
    return frozenset(out)


# pronouns written onto an Arabic noun or verb ("جده", "منازلهم", "سيارتها"), longest first
_AR_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")
# Folding writes the feminine ending "ة" as "ه", the pronoun "his"; a folded token
# whose word was written with "ة" carries this mark (never in a folded token) so
# that its forms do not peel the ending as a pronoun ("مائة" is no "ماي" + "ه").
_MARBUTA = "\u0629"
_AR_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]+$")


def _marked(text: str, tok: Token) -> str:
    """The folded token, marked when its word ends in "ة" as written in ``text``."""
    word, start, end = tok
    arabic = bool(word) and "\u0600" <= word[0] <= "\u06ff" and word.endswith("ه")
    if arabic and _AR_MARKS.sub("", text[start:end]).endswith(_MARBUTA):
        return word + _MARBUTA
    return word


@lru_cache(maxsize=262_144)
def _forms(token: str) -> tuple[str, ...]:
    """The token, and for Arabic the stems left after peeling proclitics, then,
    tried last, those stems without the seat alef of the indefinite accusative
    ("سياحا", written "سياحًا", is the word "سياح") or without a pronoun suffix
    ("ضحاياه" is "ضحايا"; "إصابته" is "إصابة"), and the singular of a dual in "ة"
    ("مباراتين" is "مباراة")."""
    if not (token and "\u0600" <= token[0] <= "\u06ff"):
        return (token,)
    marbuta = token.endswith(_MARBUTA)
    if marbuta:
        token = token[:-1]
    stems = arabic_stems(token)
    later = [s[:-1] for s in stems if s.endswith("ا") and len(s) >= 4]
    for s in stems:
        for suffix in _AR_ENCLITICS:
            if marbuta and suffix == "ه":
                break  # written "ة": the feminine ending, no pronoun ("طريقة" is no "طريق")
            base = s[: -len(suffix)]
            if s.endswith(suffix) and len(base) >= 3:
                later.append(base)
                if base.endswith("ت"):
                    later.append(base[:-1] + "ه")  # "سيارته" is "سيارة" + "ه"
                break
    if not marbuta:
        # the singular of a dual of a noun in "ة" ("مباراتين" is two "مباراة", "سيارتا
        # شرطة" two police cars), of three letters or more before its ending
        for s in stems:
            later += [w for w in dual_singulars(s, feminine_only=True) if len(w) >= 4]
    return tuple(dict.fromkeys((*stems, *later)))


def word_forms(token: str) -> tuple[str, ...]:
    """The forms of a folded token that the tables are looked up with (see :func:`_forms`)."""
    return _forms(token)


def _word_concepts(lex: Lexicon, token: str) -> frozenset[str]:
    """Concepts a single token names: exact forms, else the longest prefix entry,
    trying the token and then its Arabic stems. Memoised per lexicon."""
    known = lex.memo.get(token)
    if known is not None:
        return known
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
    result = frozenset(found)
    if len(lex.memo) < 100_000:
        lex.memo[token] = result
    return result


def _phrase_matches(phrase: _Phrase, forms: list[tuple[str, ...]], i: int) -> bool:
    """Whether ``phrase`` starts at token ``i`` (its first word is known to match)."""
    words = phrase.words
    if i + len(words) > len(forms):
        return False
    last = len(words) - 1
    for k in range(1, len(words)):
        word = words[k]
        if k == last and phrase.last_is_prefix:
            if not any(f.startswith(word) for f in forms[i + k]):
                return False
        elif word not in forms[i + k]:
            return False
    return True


def _find(
    lex: Lexicon, toks: list[Token], forms: list[tuple[str, ...]], text: str = ""
) -> list[ConceptHit]:
    hits: list[ConceptHit] = []
    phrases = lex.phrases
    for i, (tok, start, end) in enumerate(toks):
        if tok.isdigit():
            continue
        for concept in lex.cased.get(text[start:end], ()) if lex.cased else ():
            hits.append(ConceptHit(concept, lex.types[concept], start, end))
        for form in forms[i]:
            for phrase in phrases.get(form, ()):
                if _phrase_matches(phrase, forms, i):
                    last_end = toks[i + len(phrase.words) - 1][2]
                    hits.append(
                        ConceptHit(phrase.concept, lex.types[phrase.concept], start, last_end)
                    )
        for concept in _word_concepts(lex, tok):
            hits.append(ConceptHit(concept, lex.types[concept], start, end))
    return hits


def _tokens_and_forms(
    text: str, toks: list[Token] | None = None
) -> tuple[list[Token], list[tuple[str, ...]]]:
    toks = list(tokens(text)) if toks is None else toks
    toks = [(_marked(text, t), t[1], t[2]) for t in toks]
    return toks, [_forms(tok) for tok, _, _ in toks]


_CAPITALISED = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of two or more capitalised words in a row past the start of a
    sentence: names ("Baja California", "Fall River", "Rising Damp"). A word of
    the lexicon inside one names no event: the Spanish "baja" (falls) in "Baja
    California" is a place. A sentence written in title case (a headline) marks
    no names by its capitals."""
    words = list(_CAPITALISED.finditer(text))
    if title_case(m.group() for m in words):
        return []
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    for m in words:
        named = m.group()[0].isupper() and not opens_sentence(text, m.start())
        if named and (count == 0 or text[end : m.start()] == " "):
            if count == 0:
                start = m.start()
            end = m.end()
            count += 1
            continue
        if count >= 2:
            runs.append((start, end))
        count = 0
        if named:
            start, end, count = m.start(), m.end(), 1
    if count >= 2:
        runs.append((start, end))
    return runs


def _outside_names(text: str, hits: list[ConceptHit]) -> list[ConceptHit]:
    """``hits`` less the events named by a word inside a name (see :func:`_name_runs`)."""
    if not any(h.type == "predicate" for h in hits):
        return hits
    runs = _name_runs(text)
    if not runs:
        return hits
    return [
        h
        for h in hits
        if h.type != "predicate" or not any(a <= h.start and h.end <= b for a, b in runs)
    ]


def find_concepts(text: str) -> list[ConceptHit]:
    """Every concept of ``concepts.toml`` named in ``text``, with the span that names it.

    An event word inside a name ("Baja California") names no event."""
    return _outside_names(text, _find(lexicon(), *_tokens_and_forms(text), text))


def find_glossary(text: str) -> list[ConceptHit]:
    """Every glossary concept (general-news word or name) named in ``text``."""
    return _find(glossary(), *_tokens_and_forms(text))


def find_all(
    text: str, toks: list[Token] | None = None
) -> tuple[list[ConceptHit], list[ConceptHit]]:
    """:func:`find_concepts` and :func:`find_glossary` of ``text``, tokenised once
    (``toks``: ``list(tokens(text))`` when the caller has it already)."""
    toks, forms = _tokens_and_forms(text, toks)
    return _outside_names(text, _find(lexicon(), toks, forms, text)), _find(glossary(), toks, forms)


@dataclass(frozen=True)
class _Negation:
    cues: frozenset[str]
    exceptions: tuple[tuple[str, ...], ...]
    proclitics: tuple[str, ...] = ()
    contrast: frozenset[str] = frozenset()
    # cue -> endings of the word after it that make it a negated modifier of a noun
    # ("una fianza no garantizada", "organización no gubernamental"), not a denial
    modifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # exception -> beginnings of verbs of saying or showing (of its language) that,
    # right before the cue, void it: what follows is a denied clause ("ne révèlent
    # pas que 3 %", not "not only")
    reporting: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # openers of a yes/no question ("did", "est-ce que", "هل"), as token tuples
    questions: tuple[tuple[str, ...], ...] = ()
    # words after a cue that end what it denies ("not 3 but 4", "لم ... بل")
    exceptive: frozenset[str] = frozenset()
    # restrictive words that, a few words after a cue, make it "only" ("لم يسبق ...
    # سوى مرتين": only twice; "no quedan más que 3"): the cue denies nothing
    only: tuple[tuple[str, ...], ...] = ()
    only_not_before: frozenset[str] = frozenset()  # "إلا أن" is "however"
    # words that, after an event of ``averting``, open the event it kept from
    # happening ("rescued 300 from drowning"), as token tuples, longest first
    averted: tuple[tuple[str, ...], ...] = ()
    averting: frozenset[str] = frozenset()  # concepts that avert ("rescue")
    averting_words: tuple[str, ...] = ()  # beginnings of other verbs that do ("pulled")
    # beginnings of words of saying, showing or truth ("said", "écrit", "cierto",
    # "يذكر"): a cue next to one denies the clause a complementizer then opens
    saying: tuple[str, ...] = ()
    # cues that, right before a number, abbreviate "number" ("No.1", "No 10 Downing Street")
    number_signs: frozenset[str] = frozenset()

    def restricts(self, toks: list[str], i: int) -> bool:
        """The cue at ``toks[i]`` is the negative half of an "only" ("لا ... إلا")."""
        for k in range(i + 1, min(len(toks), i + 1 + _ONLY_REACH)):
            for phrase in self.only:
                if tuple(toks[k : k + len(phrase)]) == phrase:
                    nxt = toks[k + len(phrase)] if k + len(phrase) < len(toks) else ""
                    return nxt not in self.only_not_before
        return False

    def excepted(self, toks: list[str], i: int) -> bool:
        """The cue at ``toks[i]`` starts an exception ("not only", "pas que")."""
        before = toks[i - 1] if i > 0 else ""
        return any(
            tuple(toks[i : i + len(e)]) == e
            and not (before and self.reporting.get(e) and before.startswith(self.reporting[e]))
            for e in self.exceptions
        )

    def modifies(self, cue: str, following: str | None) -> bool:
        """``cue`` negates only the participle or adjective after it."""
        ends = self.modifiers.get(cue)
        return bool(ends and following and following.endswith(ends) and following not in self.cues)

    def bare(self, tok: str) -> str:
        """``tok`` without a conjunction written onto it when the rest is a cue
        ("ولم" -> "لم", "فلا" -> "لا"); else ``tok``."""
        for p in self.proclitics:
            if tok.startswith(p) and tok[len(p) :] in self.cues:
                return tok[len(p) :]
        return tok


# Words between a cue and the restrictive word of one "only" construction.
_ONLY_REACH = 6


@cache
def _negation() -> _Negation:
    raw = tomllib.loads(
        resources.files("verifier").joinpath("data/negation.toml").read_text("utf-8")
    )
    cues: set[str] = set()
    exceptions: list[tuple[str, ...]] = []
    proclitics: set[str] = set()
    contrast: set[str] = set()
    modifiers: dict[str, tuple[str, ...]] = {}
    reporting: dict[tuple[str, ...], tuple[str, ...]] = {}
    saying: set[str] = set()
    questions: set[tuple[str, ...]] = set()
    exceptive: set[str] = set()
    only: set[tuple[str, ...]] = set()
    only_not_before: set[str] = set()
    averted: set[tuple[str, ...]] = set()
    averting_words: set[str] = set()
    number_signs: set[str] = set()
    for table in raw.values():
        if not isinstance(table, dict):
            continue
        averted.update(tuple(t for t, _, _ in tokens(w)) for w in table.get("averted", []))
        averting_words.update(fold(w) for w in table.get("averting_verbs", []))
        exceptive.update(t for w in table.get("exceptive", []) for t, _, _ in tokens(w))
        only.update(tuple(t for t, _, _ in tokens(w)) for w in table.get("only", []))
        only_not_before.update(t for w in table.get("only_not_before", []) for t, _, _ in tokens(w))
        questions.update(tuple(t for t, _, _ in tokens(w)) for w in table.get("questions", []))
        verbs = tuple(fold(w) for w in table.get("saying", []))
        saying.update(verbs)
        for w in table.get("except", []) if verbs else []:
            exception = tuple(t for t, _, _ in tokens(w))
            if exception and _complementizer(exception[-1]):  # "pas que", not "pas seulement"
                reporting[exception] = verbs
        mod = table.get("modifier", {})
        for cue in mod.get("cues", []):
            modifiers[cue] = tuple(mod.get("endings", []))
        contrast.update(t for w in table.get("contrast", []) for t, _, _ in tokens(w))
        cues.update(t for w in table.get("cues", []) for t, _, _ in tokens(w))
        exceptions += [tuple(t for t, _, _ in tokens(w)) for w in table.get("except", [])]
        proclitics.update(t for w in table.get("proclitics", []) for t, _, _ in tokens(w))
        number_signs.update(fold(w) for w in table.get("number_signs", []))
    return _Negation(
        frozenset(cues),
        tuple(e for e in exceptions if e),
        tuple(sorted(proclitics)),
        frozenset(contrast),
        modifiers,
        reporting,
        tuple(sorted(q for q in questions if q)),
        frozenset(exceptive),
        tuple(sorted(p for p in only if p)),
        frozenset(only_not_before),
        tuple(sorted((a for a in averted if a), key=len, reverse=True)),
        frozenset(raw.get("averting", [])),
        tuple(sorted(averting_words)),
        tuple(sorted(saying)),
        frozenset(number_signs),
    )


def _complementizer(word: str) -> bool:
    """``word`` (folded) opens a reported clause ("that", "que", "أن")."""
    return "complementizer" in lexicon().word_concepts(word)


def _cue_indices(neg: _Negation, toks: list[str]) -> list[int]:
    """Indices of the tokens of ``toks`` (cues bared) that deny something."""
    out = []
    for i, tok in enumerate(toks):
        if tok not in neg.cues and not tok.endswith(("n't", "n’t")):
            continue
        if neg.excepted(toks, i) or neg.restricts(toks, i):
            continue
        if neg.modifies(tok, toks[i + 1] if i + 1 < len(toks) else None):
            continue
        if tok in neg.number_signs and i + 1 < len(toks) and toks[i + 1].isdigit():
            continue
        out.append(i)
    return out


def negations(text: str) -> list[int]:
    """Character offsets of the negation cues of ``text`` ("not", "pas", "لم"…)."""
    neg = _negation()
    found = list(tokens(text))
    return [found[i][1] for i in _cue_indices(neg, [neg.bare(t) for t, _, _ in found])]


_SAYING_REACH = 3  # words between a cue and the word of saying it goes with
_CLAUSE_REACH = 8  # words from that word to the complementizer opening the clause


def denied_clauses(text: str) -> dict[int, int]:
    """Negation cues of ``text`` that deny a whole reported clause: cue offset ->
    offset of the complementizer opening the clause ("n'a pas écrit dans son livre
    que …", "did not say that …", "no es cierto que …", "لم يذكر التقرير أن …";
    negation.toml ``saying``)."""
    neg = _negation()
    if not neg.saying:
        return {}
    found = list(tokens(text))
    toks = [neg.bare(t) for t, _, _ in found]
    out: dict[int, int] = {}
    for i in _cue_indices(neg, toks):
        says = [
            k
            for k in range(max(0, i - _SAYING_REACH), min(len(toks), i + _SAYING_REACH + 1))
            if k != i and toks[k].startswith(neg.saying)
        ]
        if not says:
            continue
        start = max(i, min(says)) + 1
        for k in range(start, min(len(toks), max(says) + _CLAUSE_REACH + 1)):
            if _complementizer(toks[k]):
                out[found[i][1]] = found[k][1]
                break
    return out


_AVERT_REACH = 8  # words from the averting event to the "from" that opens the averted one


def averted(text: str, hits: list[ConceptHit]) -> list[ConceptHit]:
    """``hits`` less the events that, by the words of ``text``, did not happen: an
    event right after "from" that follows an event of averting ("rescued 300 people
    from drowning", "sauvés de la noyade", "rescatados de morir ahogados", "إنقاذ 300
    شخص من الغرق": nobody drowned). negation.toml ``averting`` and ``averted``."""
    neg = _negation()
    found = list(tokens(text))
    saves = [(h.start, h.end) for h in hits if h.concept in neg.averting]
    if neg.averting_words:
        saves += [(a, b) for t, a, b in found if t.startswith(neg.averting_words)]
    if not saves or not neg.averted:
        return hits
    starts = [s for _, s, _ in found]
    words = [t for t, _, _ in found]
    out = []
    gone: dict[str, int] = {}  # averted concept -> the token after its last word
    for h in sorted(hits, key=lambda h: h.start):
        at = bisect_left(starts, h.start)
        if h.type == "predicate" and h.concept not in neg.averting and at < len(starts):
            if gone.get(h.concept) == at:  # "de morir ahogados": the same event, said twice
                gone[h.concept] = bisect_left(starts, h.end)
                continue
            opener = next(
                (a for a in neg.averted if at >= len(a) and tuple(words[at - len(a) : at]) == a),
                None,
            )
            if opener is not None:
                first = at - len(opener)
                if any(
                    end <= starts[first] and first - bisect_left(starts, start) <= _AVERT_REACH
                    for start, end in saves
                ):
                    gone[h.concept] = bisect_left(starts, h.end)
                    continue
        out.append(h)
    return out


def averting_events() -> frozenset[str]:
    """The events that keep another from happening ("rescue", "survive")."""
    return _negation().averting


def exceptives(text: str) -> list[int]:
    """Character offsets of the words of ``text`` that end what a negation before
    them denies ("سوى", "إلا": "لم يسبق ... سوى مرتين" is only twice; "but", "sino")."""
    words = _negation().exceptive
    return [start for tok, start, _ in tokens(text) if tok in words]


_QUESTION_END = re.compile(r"[?\u061f][\s\"'\u201d\u2019\u00bb)]*$")


def asks(text: str) -> bool:
    """Whether ``text`` is a yes/no question ("Did X donate $400,000?", "هل توفي
    300 شخص؟"): it asks whether its figures are true and asserts none of them."""
    if not _QUESTION_END.search(text):
        return False
    opening = [t for t, _, _ in itertools.islice(tokens(text), 5)]
    return any(tuple(opening[: len(q)]) == q for q in _negation().questions)


def contrasts(text: str) -> bool:
    """Whether ``text`` sets a figure against another with a word that translations
    often render as a negation ("rather than after 60 days" / "وليس بعد 60 يومًا")."""
    words = _negation().contrast
    return any(t in words for t, _, _ in tokens(text))


def opposites(concept: str) -> frozenset[str]:
    """Events that cannot be true of the same figure as ``concept`` (rise / fall)."""
    return frozenset(lexicon().opposites.get(concept, ()))


def with_implied(concepts: set[str] | frozenset[str]) -> set[str]:
    """``concepts`` and the broader events they are cases of (a fall to the lowest
    level is a fall: ``implies`` in concepts.toml)."""
    implies = lexicon().implies
    return set(concepts) | {implies[c] for c in concepts if c in implies}


# entries that mark sentence structure, not what a sentence is about
STRUCTURAL = frozenset({"subset", "complementizer"})


def concept_set(text: str) -> frozenset[str]:
    """The concepts named in ``text``, as a set (structure markers left out)."""
    return frozenset(h.concept for h in find_concepts(text) if h.type not in STRUCTURAL)


__all__ += [
    "STRUCTURAL",
    "asks",
    "averted",
    "averting_events",
    "concept_set",
    "contrasts",
    "denied_clauses",
    "exceptives",
    "fold",
    "negations",
    "opposites",
    "with_implied",
]
