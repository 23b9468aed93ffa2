"""Read the figures of a text: counts, percents, money, years, dates, durations…

:func:`extract_quantities` is a data-driven scanner. The text is cut into
sentences; a sentence with no digit and no number word is skipped by one regex
search. Otherwise it is tokenised once (digit runs with their separators, words,
a few symbols) and read left to right:

1. dates ("04 - 11 - 2021", "mercredi 3 novembre", "mars 2023") and period
   expressions ("les neuf premiers mois de 2024", "الأشهر التسعة الأولى من العام
   الجاري", "depuis le début de l'année") are found first;
2. number spans are read: digits, number words, scale words and Arabic "و"
   compounds ("48 ألفا و963", "quarante-deux mille", "2,5 مليار", "€3m"); Arabic
   number words may carry a particle or the article ("لثلاثة", "الأيام الأربع": a
   cardinal with the article counts the definite noun before it), and an Arabic dual
   noun is two of its unit ("منذ عامين", "سيارتا شرطة"), an Arabic noun of a span
   that is also another word a span only in a phrase of time ("بعقد من الزمن",
   "العقدين الماضيين"), an Arabic tens word with the article an age next to an age
   word ("بسن الأربعين") and a decade noun about that age ("في الأربعينيات من عمره",
   "in his forties"); a share of a whole is an
   approximate percent ("two-thirds", "la moitié des", "ثلثي") or that part of a unit
   of time or measure ("half an hour", "نصف ساعة");
3. each figure gets its hedge (just before, an article allowed: "more than the",
   "más del"), its percent / currency / counted noun (just after; a currency
   symbol may come before; a unit glued to the figure wins: "a four-day week",
   "135 km/h", "6-foot-6" = 6.5 feet), its kind, and the time scope of its
   sentence; "between 10 and 20" becomes one range;
4. then the sentence is read as a whole: ages ("Jones, 52, joined", "aged 40")
   are durations in years; the bare figures of a list take the unit of its last
   one ("33, 34 et 39 ans"); a figure introduced by "dont" / "من بينهم" /
   "including" or set against another ("contre 1,7 million", "up from") with no
   noun of its own takes the noun of the earlier one.

Every table (number words, hedges, units, months, periods…) is data in
``verifier/data/*.toml``, loaded by :mod:`verifier._lexicon`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

from . import _lexicon as lx
from ._errors import InputError
from .lang import detect_lang
from .records import Bound, Quantity, QuantityKind, TimeScope

__all__ = ["extract_quantities"]

_SENTENCE_END = re.compile(r"[!?\u061f\n\u2026]+|\.(?!\d)")
# Characters allowed between two tokens of one phrase; anything else is a barrier.
_SOFT_GAP = re.compile(
    "[^\\s'\u2019\u2018`\u02bc\\-\u2010\u2011\u2013\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_RANGE_DASH = frozenset({"-", "\u2013", "\u2010", "\u2011", "\u2014"})
_DIGIT_SEPARATORS = re.compile("([.,\u066b\u066c\u060c\u00a0\u202f\u2009 ])")
# separators that only ever group thousands (spaces, the Arabic thousands sign and comma)
_SPACE_SEPARATORS = frozenset({"\u00a0", "\u202f", "\u2009", " ", "\u066c", "\u060c"})
_MAX_DIGITS = 15
# "1-of-4", "3-of-5": "one of four", "three of five" written with hyphens
_HYPHEN_OF_BEFORE = re.compile(r"\d[-\u2010\u2011]of[-\u2010\u2011]$", re.IGNORECASE)
_HYPHEN_OF_AFTER = re.compile(r"[-\u2010\u2011]of[-\u2010\u2011]\d", re.IGNORECASE)
_AR_PREFIX_LETTERS = frozenset("وبلفك")
_SCOPED_KINDS = frozenset({"count", "percent", "money", "measure"})
_LANG_CODES = frozenset({"ar", "fr", "en", "es", "und"})
_UNIT_SKIP = frozenset({"de", "d", "of", "من", "del"})
_COMMAS = (",", "\u060c")  # "," and the Arabic comma
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0660-\u0669\u0670-\u06d3\u064b-\u065f\u0640]{2,}")


@dataclass(slots=True)
class _Tok:
    kind: str  # "n" digits, "w" word, "s" symbol
    text: str
    norm: str
    start: int
    end: int
    barrier: bool  # punctuation between the previous token and this one


def _bound_side(entry: str) -> tuple[Bound, str | None]:
    """A hedge table entry as (bound, side): "approx_over" ("just over", "un peu plus
    de") is an approximate figure at or just above the one written."""
    bound, _, side = entry.partition("_") if entry.startswith("approx_") else (entry, "", "")
    return bound, side or None  # type: ignore[return-value]


@dataclass(slots=True)
class _Fig:
    i: int  # first token of the number
    j: int  # token after the number
    start: int
    end: int
    value: float
    digits: bool = False  # the number starts with a digit token
    scale: float = 1.0
    ambiguous: bool = False
    approx_word: bool = False
    of_ok: bool = False  # may be followed by "de"/"of"/"من" before its noun (3 millions de)
    kind: QuantityKind = "count"
    bound: Bound = "exact"
    side: str | None = None  # "over" / "under": an approximate figure on one side ("just over")
    high: float | None = None
    hedge: str | None = None
    unit: str | None = None
    unit_text: str | None = None
    currency: str | None = None
    scope: TimeScope | None = None
    lead: int = -1  # first token of the figure with a leading symbol ("$", "٪")
    next: int = -1  # first token after everything the figure consumed
    subset: bool = False
    year_scope: bool = False
    date_scope: TimeScope | None = None
    definite: bool = False  # an Arabic number word with the article ("الأربع")
    parts: tuple[float, ...] | None = None  # the sides of a score, as written
    per: str | None = None  # the period of a rate ("a day")


def _score_side(t: _Tok) -> bool:
    """A token that may be one side of a score or record: 1-2 digits, no leading zero."""
    return t.kind == "n" and t.text.isdigit() and (len(t.text) == 1 or (len(t.text) == 2 and t.text[0] != "0"))


@dataclass(slots=True)
class _Scope:
    start: int
    end: int
    scope: TimeScope


@dataclass(slots=True)
class _NumState:
    total: float = 0.0
    cur: float = 0.0
    low: float = 0.0  # smallest scale applied so far
    high: float = 0.0  # largest scale applied so far
    last: str = "start"


@dataclass(slots=True)
class _Sentence:
    text: str
    start: int
    end: int
    lang: str
    ref: dt.date | None
    toks: list[_Tok] = field(default_factory=list)
    claimed: list[bool] = field(default_factory=list)
    year_tokens: set[int] = field(default_factory=set)
    scopes: list[_Scope] = field(default_factory=list)
    figs: list[_Fig] = field(default_factory=list)
    fractions_at: list[int] | None = None  # see _fractions_at

    # ------------------------------------------------------------ driver

    def run(self) -> list[Quantity]:
        self._tokenize()
        self._time_pass()
        self._number_pass()
        self._merge_ranges()
        self._ages()
        self._time_plurals()
        self.figs = [f for f in self.figs if not self._bare_decade(f) and not self._multiplied(f)]
        self._counted_before()
        self._lists()
        self._inherit_units()
        self._rates()
        self._below_zero()
        self._assign_scopes()
        return [self._quantity(f) for f in self.figs]

    def _below_zero(self) -> None:
        """A temperature below zero (``[below_zero]``): a minus sign glued to its
        digits ("-52.6 °C", "−7°") or a word before it ("minus 10 degrees", "moins
        10 degrés", "ناقص 10 درجات")."""
        words, units = lx.below_zero()
        text, toks = self.text, self.toks
        for fig in self.figs:
            if fig.unit not in units or fig.bound == "range" or fig.value <= 0:
                continue
            at = fig.start
            if at > 0 and text[at - 1] in "-\u2212" and (at < 2 or not text[at - 2].isalnum()):
                fig.start = at - 1
            elif fig.i > 0 and not toks[fig.i].barrier and toks[fig.i - 1].norm in words:
                fig.start = toks[fig.i - 1].start
            else:
                continue
            fig.value = -fig.value

    def _tokenize(self) -> None:
        text = self.text
        prev = self.start
        toks = self.toks
        for m in lx.TOKEN_RE.finditer(text, self.start, self.end):
            st, en = m.span()
            gap = text[prev:st]
            barrier = bool(gap) and _SOFT_GAP.search(gap) is not None
            kind = m.lastgroup or "w"
            word = m.group()
            toks.append(_Tok(kind, word, lx.norm(word) if kind == "w" else word, st, en, barrier))
            prev = en
        self.claimed = [False] * len(toks)

    def _gap(self, k: int) -> str:
        """The text between token ``k - 1`` and token ``k``."""
        return self.text[self.toks[k - 1].end : self.toks[k].start]

    def _joined(self, a: int, b: int) -> bool:
        """Tokens ``a``..``b`` (inclusive) have no barrier between them."""
        return all(not self.toks[k].barrier for k in range(a + 1, b + 1))

    def _match_forward(self, k: int, table: Collection[tuple[str, ...]], size: int) -> int:
        """Length of the longest phrase of ``table`` starting at token ``k`` (0 if none)."""
        toks = self.toks
        firsts, _, longest = _ends(table)
        if k >= len(toks) or toks[k].norm not in firsts:
            return 0
        reach = 1
        limit = min(size, longest, len(toks) - k)
        while reach < limit and not toks[k + reach].barrier:
            reach += 1
        for length in range(reach, 0, -1):
            key = tuple(t.norm for t in toks[k : k + length])
            if key in table:
                return length
        return 0

    def _match_backward(
        self, k: int, table: Collection[tuple[str, ...]], size: int
    ) -> tuple[int, tuple[str, ...]]:
        """Longest phrase of ``table`` ending just before token ``k`` with no barrier up to ``k``."""
        toks = self.toks
        if k >= len(toks) or k == 0 or toks[k].barrier:
            return 0, ()
        _, lasts, longest = _ends(table)
        last = toks[k - 1].norm
        if last not in lasts and not (len(last) > 2 and last[1:] in lasts):
            return 0, ()
        reach = 1
        limit = min(size, longest, k)
        while reach < limit and not toks[k - reach].barrier:
            reach += 1
        for length in range(reach, 0, -1):
            key = tuple(t.norm for t in toks[k - length : k])
            if key in table:
                return length, key
            first = key[0]
            if len(first) > 2 and first[0] in _AR_PREFIX_LETTERS:
                key2 = (first[1:], *key[1:])
                if key2 in table:
                    return length, key2
        return 0, ()

    # ------------------------------------------------------------ time

    def _time_pass(self) -> None:
        toks = self.toks
        periods = lx.periods(self.lang)
        rel = lx.relative_years(self.lang)
        k = 0
        while k < len(toks):
            t = toks[k]
            if self.claimed[k]:
                k += 1
                continue
            if t.kind == "n" and self._date_at(k):
                k += 1
                while k < len(toks) and self.claimed[k]:
                    k += 1
                continue
            if t.kind == "w":
                end = self._period_at(k, periods.get(t.norm, ()))
                if end == 0:
                    end = self._relative_at(k, rel)
                if end:
                    k = end
                    continue
            k += 1

    def _year_value(self, k: int) -> int | None:
        t = self.toks[k]
        if t.kind == "n" and len(t.text) == 4 and t.text.isdigit():
            y = int(t.text)
            if 1800 <= y <= 2100:
                return y
        return None

    def _slot_year(self, k: int, allow_bare: bool) -> tuple[int, int | None, bool] | None:
        """Read a year at token ``k``: (end, year, resolved?) or None."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier:
            return None
        size = self._match_forward(k, lx.relative_years(self.lang), 4)
        if size:
            off = lx.relative_years(self.lang)[tuple(t.norm for t in toks[k : k + size])]
            year = self.ref.year + off if self.ref else None
            return k + size, year, year is not None
        size = self._match_forward(k, lx.year_nouns(self.lang), 3)
        end = k + size
        if end < len(toks) and not toks[end].barrier and (y := self._year_value(end)) is not None:
            self.year_tokens.add(end)
            return end + 1, y, True
        if size and allow_bare:
            year = self.ref.year if self.ref else None
            return end, year, year is not None
        return None

    def _slot_months(self, k: int) -> int | None:
        t = self.toks[k]
        if t.kind == "n":
            value = int(t.text) if t.text.isdigit() else 0
        else:
            word = t.norm[2:] if t.norm.startswith("ال") else t.norm
            value = int(lx.number_words(self.lang).small.get(word, 0))
        return value if 1 <= value <= 12 else None

    def _period_at(self, k: int, templates: tuple[lx.Period, ...]) -> int:
        toks = self.toks
        for tpl in templates:
            pos = k
            months = 12
            year: int | None = None
            resolved = False
            ok = True
            for idx, part in enumerate(tpl.tokens):
                if pos >= len(toks) or (idx and toks[pos].barrier):
                    ok = False
                    break
                if part == "{n}":
                    got = self._slot_months(pos)
                    if got is None:
                        ok = False
                        break
                    months = got
                    pos += 1
                elif part == "{y}":
                    slot = self._slot_year(pos, allow_bare=tpl.type != "year")
                    if slot is None:
                        ok = False
                        break
                    pos, year, resolved = slot
                elif toks[pos].norm == part:
                    pos += 1
                else:
                    ok = False
                    break
            if not ok:
                continue
            for c in range(k, pos):
                if c not in self.year_tokens:
                    self.claimed[c] = True
            surface = self.text[toks[k].start : toks[pos - 1].end]
            self.scopes.append(
                _Scope(
                    toks[k].start,
                    toks[pos - 1].end,
                    _period_scope(surface, tpl.type, months, year if resolved else None, self.ref),
                )
            )
            return pos
        return 0

    def _relative_at(self, k: int, rel: dict[tuple[str, ...], int]) -> int:
        size = self._match_forward(k, rel, 4)
        if not size:
            return 0
        toks = self.toks
        off = rel[tuple(t.norm for t in toks[k : k + size])]
        year = self.ref.year + off if self.ref else None
        surface = self.text[toks[k].start : toks[k + size - 1].end]
        self.scopes.append(
            _Scope(
                toks[k].start,
                toks[k + size - 1].end,
                _period_scope(surface, "year", 12, year, self.ref),
            )
        )
        for c in range(k, k + size):
            self.claimed[c] = True
        return k + size

    def _month_at(self, k: int) -> tuple[int, int] | None:
        """(month, length) of a month name starting at token ``k``."""
        table = lx.months(self.lang)
        size = self._match_forward(k, table, 2)
        if not size:
            return None
        return table[tuple(t.norm for t in self.toks[k : k + size])], size

    def _same_month_after(self, last: int, month: int) -> int:
        """``last``, or the last token of the same month named again after a slash,
        as Arabic news writes its two calendars' names ("15 سبتمبر/أيلول 2021", "6
        يناير/كانون الثاني")."""
        nxt = last + 1
        if nxt < len(self.toks) and self._gap(nxt).strip() == "/":
            again = self._month_at(nxt)
            if again is not None and again[0] == month:
                return last + again[1]
        return last

    def _month_before(self, k: int) -> tuple[int, int] | None:
        """(month, first token) of a month name ending just before token ``k``."""
        table = lx.months(self.lang)
        size, key = self._match_backward(k, table, 2)
        if not size:
            return None
        return table[key], k - size

    def _date_at(self, k: int) -> bool:
        return self._numeric_date(k) or self._day_month(k) or self._month_first(k)

    def _add_date(self, a: int, b: int, y: int | None, m: int, d: int | None) -> bool:
        """Record a date over tokens ``a``..``b``; a month + year also gives a scope."""
        if not 1 <= m <= 12:
            return False
        year = y if y is not None else (self.ref.year if self.ref else None)
        if d is not None and year is not None:
            try:
                day = dt.date(year, m, d)
            except ValueError:
                return False
        elif d is not None and not 1 <= d <= 31:
            return False
        toks = self.toks
        surface = self.text[toks[a].start : toks[b].end]
        value = float((year or 0) * 10000 + m * 100 + (d or 0))
        if d is None and year is not None:
            scope = TimeScope(
                text=surface,
                start=dt.date(year, m, 1),
                end=dt.date(year, m, calendar.monthrange(year, m)[1]),
                year=year,
            )
            self.scopes.append(_Scope(toks[a].start, toks[b].end, scope))
        elif d is not None and year is not None:
            scope = TimeScope(text=surface, start=day, end=day, year=year)
        else:
            scope = TimeScope(text=surface)
        fig = _Fig(a, b + 1, toks[a].start, toks[b].end, value, kind="date")
        fig.date_scope = scope
        fig.next = b + 1
        self.figs.append(fig)
        for c in range(a, b + 1):
            self.claimed[c] = True
        return True

    def _numeric_date(self, k: int) -> bool:
        toks = self.toks
        t = toks[k]
        parts = t.text.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
                return self._add_date(k, k, int(parts[2]), int(parts[1]), int(parts[0]))
            return False
        if k + 2 >= len(toks) or not t.text.isdigit():
            return False
        a, b = toks[k + 1], toks[k + 2]
        if a.kind != "n" or b.kind != "n" or not a.text.isdigit() or not b.text.isdigit():
            return False
        g1, g2 = self._gap(k + 1).strip(), self._gap(k + 2).strip()
        if g1 != g2 or g1 not in ("-", "/", "."):
            return False
        if len(t.text) <= 2 and len(a.text) <= 2 and len(b.text) == 4:
            return self._add_date(k, k + 2, int(b.text), int(a.text), int(t.text))
        if len(t.text) == 4 and len(a.text) <= 2 and len(b.text) <= 2:
            return self._add_date(k, k + 2, int(t.text), int(a.text), int(b.text))
        return False

    def _day_month(self, k: int) -> bool:
        toks = self.toks
        t = toks[k]
        if not t.text.isdigit() or len(t.text) > 2 or not 1 <= int(t.text) <= 31:
            return False
        prev = toks[k - 1] if k > 0 else None
        if (
            prev is not None
            and prev.text.isdigit()
            and self._gap(k) in ("-", "\u2013")
            and int(prev.text) > int(t.text)
        ):
            return False  # "el triunfo 4-1 de febrero": a score, not the 1st of February
        pos = k + 1
        if (
            pos < len(toks)
            and toks[pos].start == t.end
            and toks[pos].norm in ("er", "st", "nd", "rd", "th", "º")
        ):
            pos += 1
        if pos < len(toks) and not toks[pos].barrier and toks[pos].norm == "de":
            pos += 1
        if pos >= len(toks) or toks[pos].barrier:
            return False
        month = self._month_at(pos)
        if month is None:
            return False
        last = self._same_month_after(pos + month[1] - 1, month[0])
        year: int | None = None
        nxt = last + 1
        if nxt < len(toks) and toks[nxt].norm in ("de", "del") and not toks[nxt].barrier:
            nxt += 1
        dot = (
            nxt == last + 1
            and nxt < len(toks)
            and len(toks[last].norm) <= 4
            and self._gap(nxt).strip() == "."
        )  # "le 3 sept. 2020"
        if (
            nxt < len(toks)
            and (dot or not toks[nxt].barrier)
            and (y := self._year_value(nxt)) is not None
        ):
            year, last = y, nxt
        first = k
        if k > 0 and not t.barrier and toks[k - 1].norm in lx.weekdays(self.lang):
            first = k - 1
        return self._add_date(first, last, year, month[0], int(t.text))

    def _month_first(self, k: int) -> bool:
        toks = self.toks
        t = toks[k]
        before = k - 1 if k > 0 and toks[k - 1].norm in ("de", "del") and not t.barrier else k
        month = self._month_before(before)
        if month is None and k > 0 and self._gap(k).strip() == "." and len(toks[k - 1].norm) <= 4:
            # "on Dec. 26", "Oct. 2, 1968": an abbreviated month and its dot
            got = lx.months(self.lang).get((toks[k - 1].norm,))
            month = (got, k - 1) if got is not None else None
        if month is None:
            return False
        if (y := self._year_value(k)) is not None:
            return self._add_date(month[1], k, y, month[0], None)
        if before != k or self.lang not in ("en", "und"):
            return False
        if not t.text.isdigit() or len(t.text) > 2 or not 1 <= int(t.text) <= 31:
            return False
        last = k
        year: int | None = None
        if (
            k + 1 < len(toks)
            and self._gap(k + 1).strip() in ("", ",")
            and (y := self._year_value(k + 1)) is not None
        ):
            year, last = y, k + 1
        return self._add_date(month[1], last, year, month[0], int(t.text))

    # ------------------------------------------------------------ numbers

    def _number_pass(self) -> None:
        toks = self.toks
        openers = lx.number_openers(self.lang)
        duals = lx.unit_duals(self.lang)
        pair_starts = lx.pair_words(self.lang).starts
        halves = bool(self._fractions_at())  # "a year and a half" may be read
        k = 0
        while k < len(toks):
            t = toks[k]
            if self.claimed[k] or t.kind == "s":
                k += 1
                continue
            if t.kind == "w" and t.norm in pair_starts and (end := self._pair(k)):
                k = end  # "both teams", "a couple of days", "un par de días"
                continue
            if t.kind == "w" and t.norm not in openers:
                dual = duals.get(t.norm) if duals else None
                # an Arabic dual noun, a multiplicative before a title ("le triple champion"),
                # an Arabic tens word or decade noun giving an age ("بسن الأربعين")
                if dual is not None:
                    k = self._dual(k, dual)
                else:
                    k = (
                        self._multiplicative(k)
                        or self._age_tens(k)
                        or self._definite_tens(k)
                        or self._time_noun(k)
                        or (halves and self._unit_and_a_half(k))
                        or self._level_one(k)
                        or k + 1
                    )
                continue
            if t.kind == "n" and (end := self._record(k) or self._colon_score(k)):
                k = end  # "went 5-0-0", "a 13-21-3 record", "le match nul 2:2"
                continue
            if k in self.year_tokens:
                year = _Fig(k, k + 1, t.start, t.end, float(t.text), digits=True, kind="year")
                year.next = k + 1
                self.figs.append(year)
                k += 1
                continue
            fig = self._number(k)
            if fig is None:
                k += 1
                continue
            if fig.digits and self._rejected(fig):
                k = self._skip_chain(fig.j)
                continue
            if not fig.digits and (
                self._in_name(fig)
                or (
                    fig.kind != "ordinal"
                    and self._reference_before(fig.i)
                    and not self._unit_after(fig)
                )
                # (Arabic writes a clock time in words as an ordinal: "الثالثة صباحا";
                # "ثلاثة صباحا" is three of something in the morning)
                or (fig.kind != "ordinal" and self.lang != "ar" and self._time_of_day(fig))
            ):
                # a name ("World War Two"), a label written in words ("on hour six",
                # "chapter three") or a clock time ("six in the morning", "a las
                # seis de la tarde"): not a figure
                k = fig.j
                continue
            self._classify(fig)
            self.figs.append(fig)
            k = max(fig.next, k + 1)
        self.figs.sort(key=lambda f: f.start)

    def _dual(self, k: int, got: lx.UnitDual) -> int:
        """An Arabic dual noun is two of its unit: "منذ عامين", "سيارتا شرطة", "المحاولتان".

        Returns the token to read next.
        """
        toks = self.toks
        t = toks[k]
        j = k + 1
        end = t.end
        if j < len(toks) and not toks[j].barrier and not self.claimed[j]:
            cat, v, size, _ = self._split_prefix(toks[j].norm)
            if cat == "small" and v == 2 and not size:
                j, end = j + 1, toks[j].end  # "عامين اثنين": the number said again
        start = t.start + _letters_offset(t.text, got.size)
        fig = _Fig(k, j, start, end, 2.0)
        kind = lx.unit_kind(got.concept)
        if kind in ("measure", "duration"):
            fig.kind = kind  # type: ignore[assignment]
        fig.unit, fig.unit_text = got.concept, self.text[start : t.end]
        if kind in ("measure", "duration"):
            j = self._and_a_half(fig, j)  # "عامين ونصف"
        fig.lead, fig.next = k, j
        self._post_hedge(fig, j)
        self._hedge(fig)
        self._subset(fig)
        self.figs.append(fig)
        return max(fig.next, j)

    def _age_tens(self, k: int) -> int:
        """An Arabic tens word with the article said of someone's age is that age: "بسن
        الأربعين", "بلغ الخمسين من عمره" (40, 50 years); a decade noun is about that
        many years: "في الأربعينيات من عمره", "in his forties" (as "in his 40s").

        Returns the token to read next, 0 when token ``k`` is no such figure.
        """
        got = lx.age_tens(self.lang).get(self.toks[k].norm)
        if got is None:
            return 0
        toks = self.toks
        ages = lx.age_words()
        after = (
            k + 1 < len(toks)
            and not toks[k + 1].barrier
            and self._match_forward(k + 1, ages.after, 3) > 0
        )
        if got.decade:
            needs = self.lang in ages.decades_after or (self.lang == "und" and bool(ages.decades_after))
            ok = (after or not needs) and self._match_backward(k, ages.decades, 3)[0] > 0
        else:
            ok = after or self._match_backward(k, ages.before, 3)[0] > 0
        if not ok:
            return 0
        t = toks[k]
        start = t.start + _letters_offset(t.text, got.size)
        fig = _Fig(k, k + 1, start, t.end, got.value, kind="duration")
        fig.bound = "approx" if got.decade else "exact"
        fig.unit = lx.age_words().unit
        fig.lead, fig.next = k, k + 1
        if not got.decade:
            self._hedge(fig)  # "في نحو الخمسين من عمره"
        self.figs.append(fig)
        return k + 1

    def _definite_tens(self, k: int) -> int:
        """An Arabic tens word with the article between a definite noun of time and an
        adjective of time agreeing with it counts that noun: "السنوات العشرين الماضية"
        (the past twenty years), "الأيام الثلاثين المقبلة" (elsewhere the tens with the
        article are ordinals: "القرن العشرين").

        Returns the token to read next, 0 when token ``k`` is no such figure.
        """
        got = lx.age_tens(self.lang).get(self.toks[k].norm)
        toks = self.toks
        if got is None or got.decade or k == 0 or toks[k].barrier or not self._time_after(k + 1):
            return 0
        prev = toks[k - 1]
        article = lx.number_words(self.lang).article
        if self.claimed[k - 1] or prev.kind != "w" or not _has_prefix(prev.norm, article):
            return 0
        found = lx.unit_lookup([prev.norm], self.lang)
        if found is None or lx.unit_kind(found[0]) != "duration":
            return 0  # "الدورة العشرين المقبلة": the next, twentieth session
        t = toks[k]
        start = t.start + _letters_offset(t.text, got.size)
        fig = _Fig(k, k + 1, start, t.end, got.value, kind="duration")
        fig.unit, fig.unit_text = found[0], prev.text
        fig.lead, fig.next = k, k + 1
        fig.definite = True
        self.figs.append(fig)
        return k + 1

    def _time_noun(self, k: int) -> int:
        """An Arabic noun of a span that is also another word ("عقد": a decade, a
        contract, the holding of a meeting) in a phrase of time: "بعقد من الزمن" (a
        decade), "منذ عقدين", "العقدين الماضيين" (two decades), "منذ أكثر من قرن،".

        Returns the token to read next, 0 when token ``k`` is no such figure.
        """
        tn = lx.time_nouns(self.lang)
        got = tn.words.get(self.toks[k].norm)
        if got is None or not got.value or (got.definite and got.value == 1):
            return 0
        toks = self.toks
        t = toks[k]
        after = self._time_after(k + 1)
        start = t.start + _letters_offset(t.text, got.size)
        fig = _Fig(k, k + 1, start, t.end, got.value, kind=self._span_kind(got.concept))
        fig.unit, fig.unit_text = got.concept, self.text[start : t.end]
        fig.lead = k
        fig.next = self._and_a_half(fig, k + 1)  # "عقد ونصف"
        self._hedge(fig)
        if not after:
            ends = k + 1 >= len(toks) or toks[k + 1].barrier
            if got.definite or not self._time_before(fig) or (got.value == 1 and not ends):
                return 0
        self.figs.append(fig)
        return fig.next

    @staticmethod
    def _span_kind(concept: str) -> QuantityKind:
        return "duration" if lx.unit_kind(concept) == "duration" else "count"

    def _time_after(self, k: int) -> bool:
        """Does a word of time that makes an Arabic noun of ``time_nouns`` a span start
        at token ``k`` ("من الزمن", "الماضيين")?"""
        toks = self.toks
        return (
            k < len(toks)
            and not toks[k].barrier
            and self._match_forward(k, lx.time_nouns(self.lang).after, 3) > 0
        )

    def _time_before(self, fig: _Fig) -> bool:
        """Is ``fig`` (its hedge aside) right after a word of time of ``time_nouns``
        ("منذ", "خلال", "على مدى"), or is its hedge written with a particle of time
        ("لأكثر من عقد")?"""
        lead = fig.lead
        tn = lx.time_nouns(self.lang)
        if fig.hedge:
            lead -= self._match_backward(lead, lx.hedges(self.lang), 5)[0]
            first = self.toks[lead].norm
            if lead < fig.lead and any(
                first.startswith(p) and (first[len(p) :],) in _hedge_starts(self.lang)
                for p in tn.hedge_proclitics
            ):
                return True
        return lead > 0 and self._match_backward(lead, tn.before, 3)[0] > 0

    def _time_plurals(self) -> None:
        """A number before an Arabic plural of ``time_nouns`` in a phrase of time counts
        spans, not the other thing the plural names: "منذ ثلاثة عقود", "ثلاثة قرون من
        الزمن", "العقود الثلاثة الماضية" (decades, not contracts)."""
        words = lx.time_nouns(self.lang).words
        if not words:
            return
        toks = self.toks
        for fig in self.figs:
            if fig.kind != "count" or fig.unit is None or fig.currency is not None:
                continue
            span = [m for m in (fig.i - 1, *range(fig.j, max(fig.j, fig.next))) if 0 <= m < len(toks)]
            nouns = [(m, words[toks[m].norm]) for m in span if toks[m].norm in words]
            # the plural that gave the figure its noun ("عقود": agreements)
            nouns = [
                (m, got)
                for m, got in nouns
                if not got.value and (lx.unit_lookup([toks[m].norm], self.lang) or ("",))[0] == fig.unit
            ]
            if not nouns:
                continue
            m, got = nouns[0]
            if not (self._time_after(max(m, fig.next - 1) + 1) or self._time_before(fig)):
                continue
            fig.kind, fig.unit, fig.unit_text = self._span_kind(got.concept), got.concept, toks[m].text

    def _multiplicative(self, k: int) -> int:
        """A multiplicative word before a title is how many times it was won: "le triple
        champion du monde", "los dobles campeones", "double Olympic champion", or one
        word "el tricampeón" (a count of 3 ``times``, as "three-time" or "ثلاث مرات").

        Returns the token to read next, 0 when token ``k`` is no such figure.
        """
        toks = self.toks
        t = toks[k]
        mult = lx.multiplicatives(self.lang)
        value = mult.fused.get(t.norm)
        if value is None:
            value = mult.words.get(t.norm)
            if (
                value is None
                or k + 1 >= len(toks)
                or toks[k + 1].barrier
                or self.claimed[k + 1]
                or not self._match_forward(k + 1, mult.titles, 4)
            ):
                return 0
        fig = _Fig(k, k + 1, t.start, t.end, value)
        fig.unit, fig.unit_text = lx.TIMES, t.text
        fig.lead, fig.next = k, k + 1
        self.figs.append(fig)
        return k + 1

    def _pair(self, k: int) -> int:
        """Two of the plural noun after "both" ("both teams", "both of those counts",
        "ambos equipos", "كلا الجانبين"), not the first half of "both X and Y"; about
        two of the noun after "a couple of", "un par de".

        Returns the token to read next, 0 when token ``k`` is no such figure.
        """
        toks = self.toks
        words = lx.pair_words(self.lang)
        t = toks[k]
        size = self._match_forward(k, words.about, 3)
        value = words.about[tuple(x.norm for x in toks[k : k + size])] if size else words.pairs.get(t.norm)
        m = k + max(size, 1)
        if value is None or m >= len(toks) or toks[m].barrier or self.claimed[m]:
            return 0
        if not size and toks[m].norm in _UNIT_SKIP:
            m += 1  # "both of those counts"
            if m < len(toks) and not toks[m].barrier and toks[m].norm in lx.function_words(self.lang):
                m += 1
        if m >= len(toks) or toks[m].barrier or toks[m].kind != "w" or self.claimed[m]:
            return 0
        if toks[m].norm in lx.unit_duals(self.lang):
            return 0  # "كلتا المحاولتين": the dual noun is the figure
        start = t.start
        if size and k > 0 and toks[k - 1].norm in lx.number_words(self.lang).weak:
            start = toks[k - 1].start  # "a couple of"
        fig = _Fig(k, m, start, toks[k + max(size, 1) - 1].end, value)
        fig.lead, fig.next = k, m
        if self.lang == "ar":
            # the noun after "كلا" is always its dual, with the article or in construct:
            # its unit is its singular's ("كلا جانبي المحيط": both sides of the ocean;
            # "كلتا الكنيستين")
            noun = toks[m].norm
            singular = lx.dual_singulars(noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun)
            found = next((f for w in singular if (f := lx.unit_lookup([w], "ar"))), None)
            fig.unit = found[0] if found is not None else toks[m].text
            fig.unit_text, fig.next = toks[m].text, m + 1
        else:
            self._noun(fig, m)
        if fig.unit is None:
            return 0
        nxt = fig.next
        if fig.unit not in lx.unit_concepts():
            # (the Arabic noun after "كلا" is always its dual)
            if self.lang != "ar" and not self._plural(fig.unit):
                return 0  # "they both said": no counted noun
            # the word after that noun ("both Democrats and ...")
            nxt = next((n + 1 for n in range(m, min(m + 3, len(toks))) if toks[n].text == fig.unit_text), m)
        if (
            not size
            and nxt < len(toks)
            and not toks[nxt].barrier
            and toks[nxt].norm in lx.number_words(self.lang).connectors
        ):
            return 0  # "both Democrats and Republicans"
        if size:
            fig.bound, fig.hedge = "approx", self.text[start : fig.end]
        fig.j = k + max(size, 1)
        self.figs.append(fig)
        return max(fig.next, fig.j)

    def _cat(self, word: str) -> tuple[str, float]:
        nw = lx.number_words(self.lang)
        for name, table in (
            ("small", nw.small),
            ("scale", nw.scales),
            ("plural", nw.plural),
            ("dual", nw.dual),
            ("mult", nw.multipliers),
            ("frac", nw.fractions),
            ("approx", nw.approx),
            ("ord", nw.ordinals),
        ):
            v = table.get(word)
            if v is not None:
                return name, v
        if word in nw.hundred:
            return "hundred", 100.0
        if word in nw.weak:
            return "weak", 1.0
        if word in nw.connectors:
            return "conn", 0.0
        return "", 0.0

    def _split_prefix(self, word: str) -> tuple[str, float, int, bool]:
        """Category and value of ``word``, or of it without the Arabic particle or
        article written onto it ("وثلاثة", "لثلاثة", "الثلاثة"): then also the letters
        of that prefix and whether it is the article."""
        cat, v = self._cat(word)
        if cat or self.lang not in ("ar", "und"):
            return cat, v, 0, False
        got = lx.prefixed_numbers(self.lang).get(word)
        if got is None:
            return "", 0.0, 0, False
        cat, v = self._cat(got.stem)
        return cat, v, got.size, got.definite

    def _digits(self, k: int) -> tuple[float, bool] | None:
        """Value and ambiguity of the digit token ``k`` (None: not a plain number)."""
        toks = self.toks
        t = toks[k]
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        nw = lx.number_words(self.lang)
        scale_next = nxt in nw.scales or nxt in nw.plural
        return _read_digits(t.text, self.lang, scale_next)

    def _number(self, i: int) -> _Fig | None:
        toks = self.toks
        t = toks[i]
        st = _NumState()
        start = t.start
        fig_digits = t.kind == "n"
        amb = False
        definite = False
        if fig_digits:
            read = self._digits(i)
            if read is None:
                return None
            st.cur, amb = read
            st.last = "num"
            glued = self._digit_scale(i)
            if glued is not None:
                return _Fig(
                    i,
                    i + 2,
                    start,
                    toks[i + 1].end,
                    st.cur * glued,
                    digits=True,
                    scale=glued,
                    ambiguous=amb,
                )
        else:
            cat, v, size, definite = self._split_prefix(t.norm)
            if t.norm[size:] in lx.number_words(self.lang).teen_only and not self._ten_at(i + 1):
                return None  # "أثنى على": praised; "اثنا" is 2 only in "اثنا عشر"
            start += _letters_offset(t.text, size)
            one_word = self._first_word(i, cat, v, st)
            if one_word is not None:
                if one_word.i == i:
                    one_word.start = start
                return one_word
            if st.last == "start":
                return None
        end_k = i + 1
        k = i + 1
        while k < len(toks):
            tok = toks[k]
            if tok.barrier and not (
                st.last == "scale" and self.lang in ("en", "und") and self._gap(k).strip() == ","
            ):
                break
            if tok.kind == "s":
                break
            if tok.kind == "n":
                if st.last != "conn" or not st.low or (fig_digits and st.low == 0):
                    break
                read = self._digits(k)
                if read is None or read[0] >= st.low:
                    break
                st.cur = read[0]
                st.last = "num"
                k += 1
                end_k = k
                continue
            if (
                st.last in ("small", "num")
                and tok.norm in lx.prenominal(self.lang)
                and k + 1 < len(toks)
                and not toks[k + 1].barrier
                and self._cat(toks[k + 1].norm)[0] in ("scale", "plural")
            ):
                k += 1  # an adjective before the scale: "six autres millions de personnes"
                continue
            cat, v, size, _ = self._split_prefix(tok.norm)
            if cat == "weak" and tok.norm in ("a", "an"):
                if st.last == "conn" and self._frac_at(k + 1):
                    k += 1  # "two and a half"
                    continue
                break
            if size:
                # only "و" joins a number: "خمسة وعشرون", not "ثلاثة لخمسة" or "والعشرين"
                if st.last == "conn" or tok.norm[:size] not in lx.number_words(self.lang).connectors:
                    break
                st.last = "conn"
            if cat == "conn":
                if st.last == "conn":
                    break
                st.last = "conn"
                k += 1
                continue
            if fig_digits and st.last == "scale" and cat in ("small", "weak", "hundred"):
                break  # "1.7 million four years ago": digits and a scale end the number
            den = self._part_at(k) if st.last == "small" and not st.total else 0.0
            if den and st.cur < den and not fig_digits:
                # "two-thirds", "deux tiers", "ثلاثة أرباع", "three quarters of"
                share = self._share(i, k + 1, st.cur / den, "")
                if share is not None:
                    share.start = start
                    return share
            step = self._step(st, cat, v)
            if step == "stop":
                break
            k += 1
            end_k = k
            if step == "end":
                break
        if st.last == "frac" and st.low and end_k < len(toks) and not toks[end_k].barrier:
            # the scale said again after its fraction: "مليار ونصف المليار" (1.5 billion)
            nw = lx.number_words(self.lang)
            word = toks[end_k].norm
            said = [word] + [word[len(a) :] for a in nw.article if word.startswith(a)]
            if any(nw.scales.get(w) == st.low for w in said):
                end_k += 1
        value = st.total + st.cur
        if value <= 0 and not (fig_digits and st.total == 0):
            return None
        last = toks[end_k - 1]
        approx_word = st.last == "approx"
        of_ok = st.last in ("approx", "mult", "scale")
        scale = st.high if st.high else 1.0
        fig = _Fig(
            i,
            end_k,
            start,
            last.end,
            value,
            digits=fig_digits,
            scale=scale,
            ambiguous=amb,
            approx_word=approx_word,
            of_ok=of_ok,
        )
        if st.last == "ord":
            fig.kind = "ordinal"
        elif not fig_digits and definite:
            fig.definite = True
        elif fig_digits and self._article_before(i):
            fig.definite = True  # "اللاعبين الـ 12": digits with the article
        return fig

    def _ten_at(self, k: int) -> bool:
        """Is token ``k`` the word ten, with no barrier before it ("عشر", "عشرة")?"""
        if k >= len(self.toks) or self.toks[k].barrier:
            return False
        cat, v, _, _ = self._split_prefix(self.toks[k].norm)
        return cat == "small" and v == 10.0

    def _article_before(self, i: int) -> bool:
        """Is the digit token ``i`` written after the Arabic article on its own ("الـ 12",
        "الـ12"), which makes the figure definite like a number word with it?"""
        if self.lang not in ("ar", "und") or i == 0 or self.toks[i].barrier:
            return False
        return self.toks[i - 1].norm in lx.number_words("ar").article

    def _first_word(self, i: int, cat: str, v: float, st: _NumState) -> _Fig | None:
        """Start a number at the word token ``i``; a complete figure for one-word forms."""
        toks = self.toks
        t = toks[i]
        nxt_cat, nxt_v, nxt_word = "", 0.0, ""
        if i + 1 < len(toks) and not toks[i + 1].barrier:
            nxt_word = toks[i + 1].norm
            nxt_cat, nxt_v, _, _ = self._split_prefix(nxt_word)
        if cat == "small":
            teen, size = self._teen_ordinal(i) if v == 10 else (0.0, 0)
            if teen:
                # "الثانية عشرة": 12th; the ordinal before is no number word alone
                prev = toks[i - 1]
                start = prev.start + _letters_offset(prev.text, size)
                return _Fig(i - 1, i + 1, start, t.end, teen + 10, kind="ordinal")
            st.cur, st.last = v, "small"
        elif cat == "weak":
            if (
                nxt_cat in ("hundred", "scale", "mult", "approx")
                or (self.lang in ("ar", "und") and nxt_cat == "small" and nxt_v in (10.0, 20.0))
                or self._part_at(i + 1)
                or (nxt_cat == "conn" and self._and_a_frac(i + 2))
                or nxt_word in lx.number_words(self.lang).one_units  # "a decade", "un siècle"
                or self._unit_then_half(i + 1)  # "a year and a half", "un an et demi"
                # "one percent", "un pour cent", "uno por ciento" (not "a per cent")
                or (
                    t.norm not in ("a", "an")
                    and i + 1 < len(toks)
                    and not toks[i + 1].barrier
                    and self._match_forward(i + 1, lx.percent_phrases(self.lang), 3) > 0
                )
            ):
                st.cur, st.last = 1.0, "small"
        elif cat == "hundred":
            st.cur, st.last = 100.0, "hundred"
        elif cat == "scale" and self._construct_dual(i):
            st.total, st.low, st.high, st.last = 2 * v, v, v, "scale"  # "مليارا دولار"
        elif cat == "scale":
            st.total, st.low, st.high, st.last = v, v, v, "scale"
        elif cat == "dual":
            st.total, st.low, st.high, st.last = 2 * v, v, v, "scale"
        elif cat == "ord":
            tens = self._ordinal_tens(i + 1) if self.lang in ("ar", "und") and v < 10 else 0.0
            if tens:
                # "الثالثة عشرة", "الحادي عشر", "الرابعة والثلاثين": one ordinal (13th, 11th, 34th)
                return _Fig(i, i + 2, t.start, toks[i + 1].end, v + tens, kind="ordinal")
            return _Fig(i, i + 1, t.start, t.end, v, kind="ordinal")
        elif cat == "frac":
            k = i + 1
            if (
                k < len(toks)
                and not toks[k].barrier
                and toks[k].norm in lx.number_words(self.lang).weak
            ):
                k += 1
            if k < len(toks) and not toks[k].barrier:
                scat, sv, _, _ = self._split_prefix(toks[k].norm)
                if scat == "scale":
                    return _Fig(i, k + 1, t.start, toks[k].end, v * sv, scale=sv)
            nw = lx.number_words(self.lang)
            size = self._split_prefix(t.norm)[2]
            if t.norm[size:] in nw.shares and t.norm[:1] not in nw.connectors:
                # "la moitié des", "نصف الناخبين", "ثلثي أغلبية"; not "عام ونصف"
                return self._share(i, i + 1, v, "link" if nw.share_links else "construct")
            if t.norm[size:] == t.norm and t.norm not in nw.parts_of:
                # a fraction word that is no share on its own is that part of the unit
                # after it: "media hora", "une demi-heure" (not "medio ambiente"); a
                # part word needs its link ("a quarter of an hour", "un quart d'heure";
                # "the quarter-hour mark" is a moment)
                return self._part_of_unit(i, i + 1, v)
        return None

    def _construct_dual(self, i: int) -> bool:
        """An Arabic scale word ending in alif that opens a figure and stands right
        before the unit it counts is the dual in construct, two of the scale:
        "مليارا دولار" (two billion dollars), "ألفا شخص" (two thousand people). After a
        number it is the singular ("14 ألفا"), and so it is written with tanween
        ("مليارًا") or before any other word ("أنفق مليارا على")."""
        toks = self.toks
        t = toks[i]
        if self.lang not in ("ar", "und") or not t.norm.endswith("ا") or "\u064b" in t.text:
            return False
        if i > 0 and not t.barrier and toks[i - 1].kind != "w":
            return False  # a figure in digits before it
        k = i + 1
        if k >= len(toks) or toks[k].barrier or toks[k].kind != "w":
            return False
        if self._match_forward(k, lx.currencies(), 2):
            return True
        return lx.unit_lookup([toks[k].norm], self.lang, as_written=True) is not None

    def _frac_at(self, k: int) -> float:
        """The value of a fraction word at token ``k`` ("half", "demi", "نصف"), else 0."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier or toks[k].kind != "w":
            return 0.0
        return lx.number_words(self.lang).fractions.get(toks[k].norm, 0.0)

    def _and_a_frac(self, k: int) -> bool:
        """Is a fraction at token ``k``, after "a" maybe ("one and a half million")?"""
        toks = self.toks
        if k < len(toks) and not toks[k].barrier and toks[k].norm in ("a", "an"):
            k += 1
        return bool(self._frac_at(k))

    def _unit_then_half(self, k: int) -> int:
        """Tokens of a unit of time or measure at token ``k`` that "and a half" follows
        ("year and a half", "an et demi", "hora y media", "سنة ونصف"), else 0."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier or toks[k].kind != "w":
            return 0
        # cheap first: a fraction word within the next few ("and a half", "ونصف")
        if not any(k < m <= k + 4 for m in self._fractions_at()):
            return 0
        found = lx.unit_lookup([t.norm for t in toks[k : k + 3]], self.lang)
        if found is None or lx.unit_kind(found[0]) not in ("measure", "duration"):
            return 0
        probe = _Fig(k, k + 1, toks[k].start, toks[k].end, 1.0)
        end = k + found[1]
        return found[1] if self._and_a_half(probe, end) != end else 0

    def _fractions_at(self) -> list[int]:
        """Tokens that are a fraction word, alone or after a connector ("half", "ونصف")."""
        if self.fractions_at is None and not lx.fraction_regex(self.lang).search(
            self.text, self.start, self.end
        ):
            self.fractions_at = []
        if self.fractions_at is None:
            fractions = lx.number_words(self.lang).fractions
            self.fractions_at = [
                m
                for m, t in enumerate(self.toks)
                if t.kind == "w" and (t.norm in fractions or t.norm[1:] in fractions)
            ]
        return self.fractions_at

    def _unit_and_a_half(self, k: int) -> int:
        """A unit of time or measure alone, then "and a half", where no article comes
        before it: one and a half of it ("año y medio", "سنة ونصف", "ساعة ونصف").
        Returns the token to read next, 0 when there is none."""
        size = self._unit_then_half(k)
        toks = self.toks
        weak = lx.number_words(self.lang).weak
        if not size or (k > 0 and not toks[k].barrier and toks[k - 1].norm in weak):
            return 0
        words = [t.norm for t in toks[k : k + size]]
        concept, _ = lx.unit_lookup(words, self.lang) or ("", 0)
        # a proclitic written onto an Arabic noun is no part of the figure ("بسنة ونصف")
        cut = next(
            (n for n in range(4) if lx.unit_lookup([words[0][n:], *words[1:]], self.lang, True)),
            0,
        )
        start = toks[k].start + _letters_offset(toks[k].text, cut)
        fig = _Fig(k, k + size, start, toks[k + size - 1].end, 1.0)
        fig.kind = self._span_kind(concept) if lx.unit_kind(concept) == "duration" else "measure"
        fig.unit, fig.unit_text = concept, self.text[start : toks[k + size - 1].end]
        fig.lead = k
        fig.next = self._and_a_half(fig, k + size)
        self._hedge(fig)
        self.figs.append(fig)
        return fig.next

    def _and_a_half(self, fig: _Fig, k: int) -> int:
        """A fraction after the unit adds to a whole figure: "three years and a half",
        "deux ans et demi", "ثلاث سنوات ونصف". Returns the token after all that was read."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier or fig.scale != 1 or fig.value != int(fig.value):
            return k
        nw = lx.number_words(self.lang)
        word = toks[k].norm
        end = k
        v = 0.0
        if word[:1] in nw.connectors and word[1:] in nw.fractions:
            v = nw.fractions[word[1:]]  # "ونصف"
        elif word in nw.connectors:
            end = k + 1
            if end < len(toks) and not toks[end].barrier and toks[end].norm in ("a", "an"):
                end += 1
            v = self._frac_at(end)
        if not v:
            return k
        fig.value += v
        fig.end = toks[end].end
        return end + 1

    def _share_construct(self, i: int, nxt: _Tok | None) -> bool:
        """An Arabic share word is a share before the noun it takes ("نصف الناخبين",
        "ثلثي أغلبية"), or with the article where nothing qualifies it ("أكثر من النصف");
        not before a word that makes it a verb ("نصف ذلك": we describe that) or, with
        the article, before an adjective ("النصف العلوي", "النصف الأول")."""
        nw = lx.number_words(self.lang)
        article = nw.article
        cat_size = self._split_prefix(self.toks[i].norm)
        definite = cat_size[3]
        if self.toks[i].norm[cat_size[2] :] in nw.share_pronouns:
            return True  # "ويعترف نصفهم": half of them
        if nxt is None:
            return definite
        if nxt.norm in lx.function_words(self.lang):
            return definite
        return not (definite and _has_prefix(nxt.norm, article))

    def _part_at(self, k: int) -> float:
        """The denominator named at token ``k`` after a numerator ("thirds", "tiers",
        "أرباع"; "quarters" only before a link word: "three quarters of"), else 0."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier:
            return 0.0
        nw = lx.number_words(self.lang)
        word = toks[k].norm
        if word in nw.parts:
            return nw.parts[word]
        den = nw.parts_of.get(word, 0.0)
        linked = k + 1 < len(toks) and not toks[k + 1].barrier
        return den if linked and toks[k + 1].norm in nw.share_links else 0.0

    def _part_of_unit(self, i: int, j: int, share: float) -> _Fig | None:
        """``share`` of the unit of time or measure after token ``j`` (a link word,
        "a" or an article between allowed): "half an hour", "media hora", "une
        demi-heure", "medio siglo"; else None."""
        toks = self.toks
        nw = lx.number_words(self.lang)
        pos = j
        while (
            pos < len(toks)
            and pos < j + 2
            and not toks[pos].barrier
            and toks[pos].norm in nw.share_links | nw.weak | lx.articles(self.lang)
        ):
            pos += 1
        if pos < len(toks) and not toks[pos].barrier and toks[pos].kind == "w":
            found = lx.unit_lookup([w.norm for w in toks[pos : pos + 3]], self.lang)
            if found is not None and lx.unit_kind(found[0]) in ("measure", "duration"):
                b = pos + found[1] - 1
                fig = _Fig(i, b + 1, toks[i].start, toks[b].end, share)
                self._set_unit(fig, found[0], pos, b)
                return fig
        return None

    def _share(self, i: int, j: int, share: float, needs: str) -> _Fig | None:
        """A share of a whole over tokens ``i``..``j - 1``, or None.

        A percent, approximate ("two-thirds" = 66.67 %, "ثلثي", "la moitié des"), or
        that part of a unit of time or measure after it ("half an hour" = 0.5 hours,
        "نصف ساعة", "un quart d'heure"). ``needs``: "link", a link word after it ("half
        of", "la mitad de"); "construct", the Arabic construct (:meth:`_share_construct`).
        A word of ``not_shares`` next to it makes it a part of something else ("the
        first half of", "نصف النهائي").
        """
        toks = self.toks
        nw = lx.number_words(self.lang)
        t = toks[i]
        nxt = toks[j] if j < len(toks) and not toks[j].barrier and toks[j].kind == "w" else None
        prev = toks[i - 1].norm if i > 0 and not t.barrier else ""
        if (nxt is not None and nxt.norm in nw.not_shares) or prev in nw.not_shares:
            return None
        if needs == "link" and nw.share_before and prev not in nw.share_before:
            return None  # "la mitad", not "a mitad de mandato"
        part = self._part_of_unit(i, j, share)
        if part is not None:
            return part
        linked = nxt is not None and nxt.norm in nw.share_links
        if needs == "link" and not linked and not nw.share_before:
            return None  # "half of", "half the"; "la moitié" needs no link ("dont plus de la moitié à")
        if needs == "construct" and not self._share_construct(i, nxt):
            return None
        fig = _Fig(i, j, t.start, toks[j - 1].end, round(share * 100, 2), approx_word=True)
        fig.kind, fig.unit = "percent", "percent"
        return fig

    def _teen_ordinal(self, k: int) -> tuple[float, int]:
        """The units of an Arabic ordinal before the ten at token ``k`` ("الثانية عشرة"),
        and the letters of the particle or article written onto it."""
        toks = self.toks
        if k == 0 or toks[k].barrier or self.claimed[k - 1] or self.lang not in ("ar", "und"):
            return 0.0, 0
        start = toks[k - 1].start
        if any(f.start < toks[k].end and f.end > start for f in self.figs):
            return 0.0, 0  # read with another figure
        nw = lx.number_words(self.lang)
        word = toks[k - 1].norm
        for prefix in ("", *nw.proclitics):
            if word.startswith(prefix) and word[len(prefix) :] in nw.teen_ordinals:
                return nw.teen_ordinals[word[len(prefix) :]], len(prefix)
        return 0.0, 0

    def _ordinal_tens(self, k: int) -> float:
        """The tens that end an Arabic ordinal at token ``k``: "عشر" (10), "والثلاثين" (30)."""
        toks = self.toks
        if k >= len(toks) or toks[k].barrier or toks[k].kind != "w":
            return 0.0
        word = toks[k].norm
        nw = lx.number_words(self.lang)
        tens = nw.small.get(word, 0.0)
        if tens == 10:
            return tens
        for prefix in nw.proclitics:
            if word.startswith(prefix) and prefix[:1] in nw.connectors:
                tens = nw.small.get(word[len(prefix) :], 0.0)
                return tens if 20 <= tens <= 90 and tens % 10 == 0 else 0.0
        return 0.0

    def _step(self, st: _NumState, cat: str, v: float) -> str:
        """Feed one number word to the state: "ok", "end" (last word) or "stop" (not part of it)."""
        if cat == "weak" and _weak_is_one(st):
            cat, v = "small", 1.0
        if cat == "small":
            if st.last == "num":
                return "stop"
            if self.lang in ("fr", "und") and st.cur % 100 == 4 and v == 20 and st.last == "small":
                st.cur += 76
                st.last = "small"
                return "ok"
            if not _can_add(st.cur, v, self.lang, st.low):
                return "stop"
            st.cur += v
            st.last = "small"
            return "ok"
        if cat == "hundred":
            if st.last == "small" and 1 <= st.cur <= 9:
                st.cur *= 100
            elif st.cur == 0 and st.last in ("conn", "scale"):
                st.cur = 100
            else:
                return "stop"
            st.last = "hundred"
            return "ok"
        if cat in ("scale", "plural"):
            return self._apply_scale(st, cat, v)
        if cat == "mult" and st.cur > 0 and st.last in ("small", "num"):
            st.cur *= v
            st.last = "mult"
            return "end"
        if cat == "frac" and st.last == "conn" and st.low:
            st.total += v * st.low
            st.last = "frac"
            return "end"
        if cat == "frac" and st.last == "conn" and st.cur > 0 and not st.total:
            st.cur += v  # "two and a half", "ثلاثة ونصف"; a scale may follow
            st.last = "frac"
            return "ok"
        if cat == "approx" and st.cur > 0 and st.total == 0 and st.last in ("small", "num"):
            st.cur *= v
            st.last = "approx"
            return "end"
        return "stop"

    @staticmethod
    def _apply_scale(st: _NumState, cat: str, v: float) -> str:
        if st.last == "conn":
            return "stop"
        base = st.total + st.cur
        if v > st.high:
            if base <= 0 or (cat == "plural" and base == 1):
                return "stop"
            st.total = base * v
        elif v < st.low and st.cur > 0:
            if cat == "plural" and st.cur == 1:
                return "stop"
            st.total += st.cur * v
        elif v < st.low and cat == "scale" and st.last == "scale":
            st.total += v  # "deux millions mille": a bare "mille" is one thousand
        else:
            return "stop"
        st.cur = 0.0
        st.low = min(st.low, v) if st.low else v
        st.high = max(st.high, v)
        st.last = "scale"
        return "ok"

    def _digit_scale(self, i: int) -> float | None:
        """Scale of an abbreviation after the digits at ``i`` ("42k", "3.5bn", "2 Mds")."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i + 1].kind != "w" or toks[i + 1].barrier:
            return None
        attached, spaced = lx.digit_scales()
        word = toks[i + 1].norm
        if toks[i + 1].start == toks[i].end:
            scale = attached.get(word)
        else:
            scale = spaced.get(word) if self._gap(i + 1).isspace() else None
        if scale is None:
            return None
        if word in lx.money_only_scales(self.lang) and not self._money_around(i):
            return None  # "1,98 m" is metres in French; "€3m" and "3M€" are three million
        after = toks[i + 1].end
        if after < len(self.text) and (self.text[after].isalnum() or self.text[after] == "_"):
            return None
        return scale

    def _money_around(self, i: int) -> bool:
        """Is the figure at token ``i`` (and its scale at ``i + 1``) written as money?

        "€3m" (a currency sign before) or "3M€", "3 M$", "2 M de dollars" (a currency after).
        """
        toks = self.toks
        if i > 0 and not toks[i].barrier:
            cur = lx.currencies().get((toks[i - 1].norm,))
            if cur is not None and cur.before:
                return True
        k = i + 2
        if k < len(toks) and not toks[k].barrier and toks[k].norm in _UNIT_SKIP:
            k += 1
        return k < len(toks) and not toks[k].barrier and self._match_forward(k, lx.currencies(), 2) > 0

    # ------------------------------------------------------------ rejection

    def _rejected(self, fig: _Fig) -> bool:
        """A digit figure that is really an identifier, a reference, a phone number or a time."""
        text, toks, i = self.text, self.toks, fig.i
        t = toks[i]
        s = t.start
        if s > 0:
            c = text[s - 1]
            if c.isalnum() or c == "_":
                prev = toks[i - 1] if i > 0 else None
                if not (
                    prev
                    and prev.end == s
                    and (
                        (
                            prev.text in _AR_PREFIX_LETTERS
                            and (prev.start == 0 or not text[prev.start - 1].isalnum())
                        )
                        # a currency written onto it: "KSh15 billion"
                        or self._currency_before(i)
                        # an Arabic particle, article or preposition written onto it, or a
                        # space left out after one: "بـ50 مليار", "الـ80 دولارا", "من1000"
                        or (self.lang in ("ar", "und") and self._glued_particle(prev))
                        # a space left out after an Arabic word before a percentage:
                        # "يعتقد38%" (a name with digits, "كوفيد19", takes no % sign)
                        or (
                            self.lang in ("ar", "und")
                            and _ARABIC_WORD.fullmatch(prev.text) is not None
                            and text[t.end : t.end + 1] in ("%", "\u066a")
                        )
                    )
                ):
                    return True
            if c in "-\u2010\u2011" and s > 1 and text[s - 2].isalpha() and not _HYPHEN_OF_BEFORE.search(text, max(0, s - 5), s):
                return True
            if c in "/@#_\\:+" or (c == "." and s > 1 and text[s - 2].isalnum()):
                return True
        if t.text == "1" and _HYPHEN_OF_AFTER.match(text, t.end):
            return True  # "1-of-4 players" is "one of four players": the four count
        if _glued_identifier(text, t.end, toks, i, self.lang):
            return True
        if t.text[0] in "0٠۰" and len(t.text) > 1 and t.text[1].isdigit():
            return True
        if (self._reference_before(i) and not self._unit_after(fig)) or self._dash_chain(i) or self._time_of_day(fig):
            return True
        if fig.j < len(toks) and not toks[fig.j].barrier and toks[fig.j].norm in lx.reference_after():
            return True  # "su 40 aniversario": the 40th
        if self._model_number(fig):
            return True
        return _in_url(text, s, t.end)

    def _model_number(self, fig: _Fig) -> bool:
        """A short integer written right after a proper name inside a sentence is part
        of the name (a model, a series, an edition), not a count of what follows: "the
        Boeing 737 crashed", "le missile Satan 2", "Nord Stream 2", "Apollo 11", "la
        Ligue 1", "France 2". Not
        when a unit follows ("in Morocco 14,260 people were rescued", written without
        a comma) or a plural verb ("in Rabat 3 were arrested"), nor after a scale word ("Category 4", "Phase 2": its number is
        checkable; ``[designation]`` in phrases.toml), nor before another number (a
        score: "beat Woods 2&1"), nor in a sentence written in title case."""
        toks, i = self.toks, fig.i
        if self.lang not in ("en", "fr", "es") or i < 2 or fig.j != i + 1:
            return False
        prev, t = toks[i - 1], toks[i]
        if prev.kind != "w" or prev.barrier or t.barrier or prev.end == t.start:
            return False
        if not (t.text.isdigit() and len(t.text) <= 4) or fig.scale != 1.0:
            return False
        if not self._capitalised(i - 1) or prev.text.isupper() or self._unit_after(fig):
            return False
        if prev.norm in lx.scale_words():
            return False
        nxt = toks[fig.j] if fig.j < len(toks) and not toks[fig.j].barrier else None
        if nxt is not None and nxt.norm in lx.count_verbs():
            return False  # "in Rabat 3 were arrested": the subject of a clause
        if any(w.kind == "n" for w in toks[fig.j : fig.j + 2]) or any(
            toks[k].kind == "n" and all(self._capitalised(m) for m in range(k + 1, i))
            for k in range(max(0, i - 4), i - 1)
        ):
            # a score: "beat Woods 2&1", "battu Woods 2 et 1", "Ayr 38 - Melrose 17"
            # (not "the $11 billion Nord Stream 2 pipeline")
            return False
        if self._title_case():
            return False  # a headline: "Floods Kill 5 In Morocco"
        from ._text import fold, opens_sentence, proper_names

        word = fold(prev.text)
        # a name of several words counts by each of them: "Nord Stream 2"
        if any(word in name.split() for name in proper_names(self.text)):
            return True
        # one or two digits after any capitalised word inside the sentence ("la Ligue
        # 1", "sur France 2"; not "Mondial 2026"), not a month or a weekday; a unit
        # after them keeps them a figure (checked above: "en Espagne 3 morts")
        if len(t.text) > 2 or opens_sentence(self.text, prev.start):
            return False
        return (prev.norm,) not in lx.months(self.lang) and prev.norm not in lx.weekdays(self.lang)

    def _capitalised(self, k: int) -> bool:
        t = self.toks[k]
        return t.kind == "w" and t.text[:1].isupper()

    def _in_name(self, fig: _Fig) -> bool:
        """A capitalised number word inside a run of capitalised words, past the start
        of the sentence, is part of a name, not a figure: "the Four Corners region",
        "World War Two", "the Seven Dwarfs", "la Seconde Guerre mondiale". A sentence
        written in title case (a headline) names nothing this way."""
        toks, i = self.toks, fig.i
        if self.lang not in ("en", "fr", "es") or i == 0 or toks[i].barrier:
            return False
        if not self._capitalised(i) or toks[i - 1].kind != "w" or toks[i].text.isupper():
            return False
        before = self._capitalised(i - 1)
        after = fig.j < len(toks) and not toks[fig.j].barrier and self._capitalised(fig.j)
        if not (before or after):
            return False
        return not self._title_case()

    def _title_case(self) -> bool:
        """The sentence is written in title case (a headline): its capitals mark no names."""
        from ._text import title_case

        return title_case(t.text for t in self.toks if t.kind == "w")

    def _currency_before(self, i: int) -> bool:
        """Is the word before the digit token ``i`` a currency written before figures
        ("KSh", "Rs"), glued to it or with an abbreviation's dot ("Rs. 350")?"""
        if i == 0:
            return False
        cur = lx.currencies().get((self.toks[i - 1].norm,))
        return cur is not None and cur.before and self.toks[i - 1].kind == "w"

    def _glued_particle(self, tok: _Tok) -> bool:
        """Is ``tok`` an Arabic particle, article or preposition ("بـ", "الـ", "من"),
        not a word that names the figure ("كوفيد19", "فرانس24")?"""
        word = tok.norm
        nw = lx.number_words(self.lang)
        return word in nw.proclitics or word in lx.function_words(self.lang)

    def _time_of_day(self, fig: _Fig) -> bool:
        """"at 3 p.m.", "à 15 h", "الساعة 3 مساء": a clock time, not a figure."""
        after, before, at, hour = lx.clock_words()
        toks = self.toks
        if _AM_PM.match(self.text, toks[fig.j - 1].end):
            return True
        if fig.j < len(toks) and self._match_forward(fig.j, after, 4):
            return True
        if fig.i > 0 and self._match_backward(fig.i, before, 3)[0]:
            return True
        if self._clock_hm(fig.i, fig.j):
            return True
        if fig.i > 0 and self._match_backward(fig.i, lx.clock_bare(), 3)[0] and self._bare_hour(fig):
            return True
        return (
            fig.i > 0
            and fig.j < len(toks)
            and toks[fig.i - 1].norm in at
            and toks[fig.j].norm in hour
            and not toks[fig.j].barrier
        )

    def _clock_hm(self, i: int, j: int) -> bool:
        """An hour and its minutes written with an hour word between them ("19 h 00",
        "à 11 h 15", "entre 12 h 00 et 13 h 00"): both numbers are a clock time. ``i``
        is the first token of the figure, ``j`` the one after it."""
        toks = self.toks
        hour = lx.clock_words()[3]

        def minutes(k: int) -> bool:
            t = toks[k] if k < len(toks) else None
            return t is not None and t.kind == "n" and len(t.text) == 2 and int(t.text) < 60

        def hours(k: int) -> bool:
            t = toks[k] if 0 <= k < len(toks) else None
            return t is not None and t.kind == "n" and t.text.isdigit() and int(t.text) <= 24

        def lasting(k: int) -> bool:  # "a duré 3 h 45": a duration
            return k > 0 and self._match_backward(k, lx.clock_lasting(), 3)[0] > 0

        # the hour: "19" in "19 h 00"
        if j == i + 1 and hours(i) and j + 1 < len(toks) and toks[j].norm in hour and minutes(j + 1):
            return not toks[j].barrier and not toks[j + 1].barrier and not lasting(i)
        # the minutes: "15" in "11 h 15"
        return (
            j == i + 1
            and i >= 2
            and minutes(i)
            and toks[i - 1].norm in hour
            and hours(i - 2)
            and not toks[i].barrier
            and not toks[i - 1].barrier
            and not lasting(i - 2)
        )

    def _bare_hour(self, fig: _Fig) -> bool:
        """An hour (0-24, in digits or one word) with no noun of its own, or with an
        hour word: "vers 15, il", "a las ocho y media", "a las 10 horas"; not "vers 24
        centres", "a las ocho víctimas"."""
        toks = self.toks
        t = toks[fig.i]
        if not (0 <= fig.value <= 24 and (4 * fig.value).is_integer()):
            return False  # an hour, or an hour and a quarter or a half ("ocho y media")
        if fig.digits and (fig.j != fig.i + 1 or not t.text.isdigit()):
            return False
        nxt = toks[fig.j] if fig.j < len(toks) else None
        return (
            nxt is None
            or nxt.barrier
            or nxt.kind != "w"
            or nxt.norm in lx.clock_words()[3]
            or nxt.norm in lx.function_words(self.lang)
        )

    def _dash_chain(self, i: int) -> bool:
        """Three or more digit groups joined by dashes: a phone number or a code."""
        toks = self.toks
        k = i
        while k + 1 < len(toks) and toks[k + 1].kind == "n" and self._gap(k + 1) in ("-", "/"):
            k += 1
        return k - i >= 2

    def _reference_before(self, i: int) -> bool:
        toks = self.toks
        if i == 0:
            return False
        k = i - 1
        if toks[k].text == "°" and k > 0:
            k -= 1
        gap = self.text[toks[k].end : toks[i].start].strip()
        if gap not in ("", ".", ":", "°", ".°", "-"):
            return False
        return toks[k].norm in lx.reference_words()

    def _unit_after(self, fig: _Fig) -> bool:
        """A unit right after the figure makes it a quantity even after a reference
        word: "broke the law 105 times", "a highway 880 km long"."""
        toks, j = self.toks, fig.j
        if j >= len(toks) or toks[j].barrier or toks[j].kind != "w":
            return False
        words = [t.norm for t in toks[j : j + 3]]
        if self._weekday_after(words):
            return False  # "الدقيقة 89 يوم السبت": a weekday, not 89 days
        return lx.unit_lookup(words, self.lang) is not None

    def _skip_chain(self, k: int) -> int:
        """Skip digit tokens glued to a rejected one ("978-3-16", "5 22 12 34 56")."""
        toks = self.toks
        while k < len(toks) and toks[k].kind == "n":
            gap = self._gap(k)
            if len(gap) > 3 or gap.strip(" -./()") != "":
                break
            k += 1
        return k

    # ------------------------------------------------------------ context

    def _classify(self, fig: _Fig) -> None:
        toks = self.toks
        fig.lead = fig.i
        fig.next = fig.j
        if fig.kind == "ordinal":
            return
        if (
            fig.digits
            and fig.j < len(toks)
            and toks[fig.j].start == toks[fig.j - 1].end
            and toks[fig.j].norm in lx.ordinal_suffixes()
            and fig.j == fig.i + 1
        ):
            fig.kind = "ordinal"
            fig.end = toks[fig.j].end
            fig.next = fig.j + 1
            return
        if self._after_ordinal_noun(fig):
            fig.kind = "ordinal"  # "القرن 19": the 19th century
            return
        if self._year_tail(fig):
            return
        self._before_symbols(fig)
        if self._is_year(fig):
            fig.kind = "year"
            fig.year_scope = True
            if (
                fig.j < len(toks)
                and not toks[fig.j].barrier
                and toks[fig.j].norm in lx.year_after()
            ):
                fig.next = fig.j + 1
                fig.year_scope = False
            return
        if fig.kind == "count":
            self._after(fig)
        self._hedge(fig)
        self._subset(fig)

    def _year_tail(self, fig: _Fig) -> bool:
        """ "the 1950-53 Korean War", "the 2017-18 season": the second year, written short."""
        toks = self.toks
        t = toks[fig.i]
        prev = self.figs[-1] if self.figs else None
        if (
            prev is None
            or prev.kind != "year"
            or prev.j != fig.i
            or not fig.digits
            or fig.j != fig.i + 1
            or len(t.text) != 2
            or not t.text.isdigit()
            or self._gap(fig.i) not in _RANGE_DASH
        ):
            return False
        year = int(prev.value) // 100 * 100 + int(t.text)
        if year <= prev.value:
            return False
        fig.kind, fig.value = "year", float(year)
        return True

    def _before_symbols(self, fig: _Fig) -> None:
        """A currency or "٪" written before the figure ("$4.5 billion", "€3m", "٪15")."""
        toks = self.toks
        i = fig.i
        if i == 0 or (toks[i].barrier and not (self._gap(i).strip() == "." and self._currency_before(i))):
            return
        prev = toks[i - 1]
        if prev.text == "\u066a" and prev.end == toks[i].start:
            fig.kind, fig.unit, fig.unit_text, fig.lead = "percent", "percent", prev.text, i - 1
            return
        for size in (2, 1):
            a = i - size
            if a < 0 or not self._joined(a, i - 1):
                continue
            cur = lx.currencies().get(tuple(t.norm for t in toks[a:i]))
            if cur is not None and cur.before:
                fig.kind, fig.currency, fig.unit = "money", cur.iso, cur.iso
                fig.unit_text = self.text[toks[a].start : toks[i - 1].end]
                fig.value *= cur.mult
                fig.lead = a
                return

    def _is_year(self, fig: _Fig) -> bool:
        toks = self.toks
        t = toks[fig.i]
        if (
            not fig.digits
            or fig.j != fig.i + 1
            or fig.kind != "count"
            or not t.text.isdigit()
            or len(t.text) != 4
        ):
            return False
        value = int(t.text)
        nxt = toks[fig.j] if fig.j < len(toks) and not toks[fig.j].barrier else None
        if nxt is not None and nxt.norm in lx.year_after() and 500 <= value <= 2100:
            return True
        # a proclitic may be written onto the cue ("وحتى 1953", "ومنذ 1990")
        cue = fig.i > 0 and not t.barrier and self._cue_word(toks[fig.i - 1].norm, lx.year_cues())
        if cue and 1300 <= value <= 2100:
            return True
        if not 1800 <= value <= 2100:
            return False
        if self._match_backward(fig.i, lx.hedges(self.lang), 5)[0]:
            return False
        if nxt is None:
            return True
        k = fig.j
        if self._match_forward(k, lx.percent_phrases(self.lang), 3) or self._match_forward(
            k, lx.currencies(), 2
        ):
            return False
        words, _ = self._noun_words(k)
        found = lx.unit_lookup(words[:4], self.lang)
        if found is None:
            return True
        if self.lang not in ("en", "und") or lx.unit_kind(found[0]) != "count":
            return False
        # English: a counted noun in the singular names a year ("the 1997 match",
        # "since the 2016 vote"); in the plural it is counted ("2000 people"), unless
        # it names an event ("the 1996 Games", "the London 2012 Olympics").
        event = fig.i > 0 and not t.barrier and toks[fig.i - 1].norm in lx.year_determiners()
        if (event or toks[k].text[:1].isupper()) and self._match_forward(k, lx.year_events(), 3):
            return True
        return not self._plural(words[found[1] - 1])

    def _after(self, fig: _Fig) -> None:
        """Percent, currency or counted noun written after the figure."""
        toks = self.toks
        k = fig.j
        if k >= len(toks) or toks[k].barrier:
            if not self._unit_before(fig) and fig.definite:
                self._noun_before(fig)
            self._post_hedge(fig, k)
            return
        if self._degree_sign(fig, k):
            return
        size = self._match_forward(k, lx.percent_phrases(self.lang), 3)
        if size:
            fig.kind, fig.unit = "percent", "percent"
            fig.unit_text = self.text[toks[k].start : toks[k + size - 1].end]
            fig.next = k + size
            self._post_hedge(fig, k + size)
            return
        skip = k + 1 if toks[k].norm in _UNIT_SKIP and (fig.scale > 1 or fig.of_ok) else k
        if skip < len(toks) and not toks[skip].barrier:
            size = self._match_forward(skip, lx.currencies(), 2)
            if size:
                cur = lx.currencies()[tuple(t.norm for t in toks[skip : skip + size])]
                fig.kind, fig.currency, fig.unit = "money", cur.iso, cur.iso
                fig.unit_text = self.text[toks[skip].start : toks[skip + size - 1].end]
                fig.value *= cur.mult
                fig.scale *= cur.mult
                fig.next = skip + size
                self._post_hedge(fig, skip + size)
                return
        if self._unit_before(fig):
            self._post_hedge(fig, fig.j)
            return
        if fig.definite and self._noun_before(fig):
            self._post_hedge(fig, fig.j)
            return
        if skip == k and self._partitive(fig, k):
            return
        self._noun(fig, skip)

    def _degree_sign(self, fig: _Fig, k: int) -> bool:
        """A degree sign after the figure, with the scale's letter glued to it or not:
        "60°C", "45 °C", "80°F", "30°" (degrees, the units.toml entries "°c" / "°f")."""
        toks = self.toks
        if toks[k].text != "°":
            return False
        letter, last = "c", k
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and not nxt.barrier and nxt.norm in ("c", "f") and not self._gap(k + 1):
            letter, last = nxt.norm, k + 1
        found = lx.unit_lookup(["°", letter], self.lang)
        if found is None:
            return False
        self._set_unit(fig, found[0], k, last)
        fig.next = last + 1
        self._post_hedge(fig, last + 1)
        return True

    def _partitive(self, fig: _Fig, k: int) -> bool:
        """A plain count of part of a group, the group's noun after "of the", "des",
        "de los", "من" (``[partitive]``; a noun of the unit table, of a count):
        "eight of the inmates", "ثمانية من السجناء"."""
        toks = self.toks
        if fig.kind != "count" or fig.scale != 1 or fig.of_ok or fig.value != int(fig.value):
            return False
        size = self._match_forward(k, lx.partitives(self.lang), 4)
        at = k + size
        if not size or at >= len(toks) or toks[at].barrier or toks[at].kind != "w":
            return False
        words = [t.norm for t in toks[at : at + 3]]
        found = lx.unit_lookup(words, self.lang)
        if found is None or lx.unit_kind(found[0]) != "count":
            return False
        last = words[found[1] - 1]
        # the group is plural ("of the migrant boats" counts boats), Arabic definite
        if self.lang == "ar":
            group = _has_prefix(words[0], lx.number_words("ar").article)
        elif self.lang == "en":
            group = self._plural(last)
        else:
            group = last.endswith(("s", "x"))
        if not group:
            return False
        self._set_unit(fig, found[0], at, at + found[1] - 1)
        fig.next = at + found[1]
        self._post_hedge(fig, fig.next)
        return True

    def _unit_before(self, fig: _Fig) -> bool:
        """A unit named just before the figure ("magnitude 7.1", "magnitude de 6,8"),
        the figure's own noun then; not when a known unit follows it, unless the table
        lets the word before make that unit its own ("بقوة 7.1 درجات")."""
        table = lx.unit_before(self.lang)
        if not table or fig.i == 0:
            return False
        size, key = self._match_backward(fig.i, table, 3)
        if not size:
            return False
        toks = self.toks
        concept = table[key]
        k = fig.j
        if k < len(toks) and not toks[k].barrier and toks[k].kind == "w":
            words = [t.norm for t in toks[k : k + 6]]
            found = lx.unit_lookup(words, self.lang)
            if found is not None and found[0] in lx.unit_absorbs(concept):
                self._set_unit(fig, concept, k, k + found[1] - 1)  # "بقوة 7.5 درجات"
                fig.next = k + found[1]
                return True
            if found is not None:
                return False  # "une magnitude de 3 degrés"
        self._set_unit(fig, concept, fig.i - size, fig.i - size)
        return True

    def _noun_before(self, fig: _Fig) -> bool:
        """The counted noun of an Arabic cardinal with the article, written before it.

        The number agrees with the definite noun it follows ("الأيام الأربع الأخيرة",
        "القادة التسعة", "أعضاء مجلس الشيوخ الثلاثة"); an indefinite noun after it is
        its noun instead ("الثمانية أعوام"), never a definite word (an adjective:
        "مجموعة السبع القوية"). A unit the lexicon knows wins among the few words
        before; else the head of the definite words just before. False when the noun
        is to be looked for after the number.
        """
        toks = self.toks
        fn = lx.function_words(self.lang)
        article = lx.number_words(self.lang).article
        k = fig.j
        before: list[int] = []
        b = fig.i - 1
        if fig.digits and self._article_before(fig.i):
            b -= 1  # the article written before the digits ("الـ 12") is not the noun
        while b >= 0 and len(before) < 3 and not toks[b + 1].barrier:
            t = toks[b]
            if t.kind != "w" or self.claimed[b] or t.norm in fn:
                break
            if t.norm in lx.number_openers(self.lang):
                break
            before.append(b)
            b -= 1
        if k < len(toks) and not toks[k].barrier and toks[k].kind == "w" and not self.claimed[k]:
            nxt = toks[k].norm
            indefinite = nxt not in fn and not _has_prefix(nxt, article)
            if indefinite and (
                not before
                or not _has_prefix(toks[before[0]].norm, article)
                or lx.unit_lookup([nxt], self.lang, as_written=True) is not None
            ):
                return False
        if not before:
            return True
        for b in before:
            found = lx.unit_lookup([toks[b].norm], self.lang)
            if found is not None:
                self._set_unit(fig, found[0], b, b)
                return True
        head = -1
        for b in before:
            if not _has_prefix(toks[b].norm, article):
                break
            head = b
        if head < 0:
            return True  # "مجموعة السبع": no definite noun before, none after
        t = toks[head]
        size = next(len(p) for p in sorted(article, key=len, reverse=True) if t.norm.startswith(p))
        fig.unit = t.text[_letters_offset(t.text, size) :].lower()
        fig.unit_text = t.text
        return True

    def _set_unit(self, fig: _Fig, concept: str, a: int, b: int) -> None:
        """Give ``fig`` the unit ``concept`` written over tokens ``a``..``b``."""
        toks = self.toks
        fig.unit, fig.unit_text = concept, self.text[toks[a].start : toks[b].end]
        kind = lx.unit_kind(concept)
        if kind in ("measure", "duration"):
            fig.kind = kind  # type: ignore[assignment]

    def _noun(self, fig: _Fig, k: int) -> None:
        toks = self.toks
        words, slash = self._noun_words(k)
        if self._weekday_after(words):
            words = []  # "راديو 4 يوم الأحد": "يوم الأحد" is Sunday, not a count of days
        if not words:
            self._post_hedge(fig, k)
            return
        hyphened = lx.unit_hyphened(self.lang).get(words[0]) if k == fig.j else None
        if hyphened is not None and self._gap(k) in _HYPHENS:
            self._set_unit(fig, hyphened, k, k)  # "a three-time champion"
            fig.next = k + 1
            self._post_hedge(fig, k + 1)
            return
        # Only a unit written with a slash may go past one ("km/h", "كم/ساعة").
        limit = slash if slash >= 0 else len(words)
        # English puts modifiers before the head noun ("180 migrant-smuggling networks"):
        # there the last known noun of the run wins, up to the first plural (the head:
        # "142 million followers hours after"), and a measure glued to the figure is a
        # compound modifier ("a four-day week", "a 20-degree difference"); elsewhere the
        # first known noun wins.
        head_last = self.lang in ("en", "und")
        fn = lx.function_words(self.lang)
        # French and Spanish adjectives before the noun: "quatre vraies mères"
        adjectives = 0 if head_last else self._prenominal(words[:limit], fn)
        offsets: tuple[int, ...] = (0, 1, 2) if head_last or adjectives > 1 else (0, 1)
        # a word joined to the figure by a hyphen makes a compound modifier with it:
        # the figure counts that word, not the noun it describes ("two-stroke
        # engines", "four-door cars", "a 300-bed hospital")
        joined = k == fig.j and self._gap(k) in _HYPHENS
        if joined and head_last:
            offsets = (0,)
        # past a designation ("three Class A misdemeanours", "two Grade II buildings")
        skip = self._designation(k, limit) if head_last else 0
        best: tuple[int, str, int] | None = None
        for off in (skip + o for o in offsets):
            if off >= limit or (off > skip and words[off - 1] in fn):
                break
            if self._weekday_after(words[off:]):
                break  # "أربعة أجزاء يوم الثلاثاء": on Tuesday, no four days
            found = lx.unit_lookup(words[off:limit], self.lang)
            if off == 0 and limit < len(words):
                longer = lx.unit_lookup(words, self.lang)
                if (
                    longer is not None
                    and longer[1] > limit
                    and tuple(words[: longer[1]]) in lx.unit_slashed()
                ):
                    found = longer
            if found is not None:
                measure = lx.unit_kind(found[0]) != "count"
                if off and head_last and measure and any(map(self._plural, words[skip:off])):
                    # "142 million followers hours after", "two ferries last week": the
                    # head came first
                    break
                best = (off, *found)
                if not head_last or (off == 0 and measure):
                    break
        if best is not None:
            off, concept, size = best
            a, b = k + off, k + off + size - 1
            fig.unit, fig.unit_text = concept, self.text[toks[a].start : toks[b].end]
            kind = lx.unit_kind(concept)
            if kind in ("measure", "duration"):
                fig.kind = kind  # type: ignore[assignment]
            fig.next = self._unit_parts(fig, concept, b)
            if kind in ("measure", "duration"):
                fig.next = self._and_a_half(fig, fig.next)
            self._post_hedge(fig, fig.next)
            return
        at = adjectives
        if head_last and not joined:
            # no known noun: the first plural of the run is the head ("four green shirts")
            for idx in range(skip, min(skip + 3, limit)):
                if words[idx] in fn:
                    break
                if self._plural(words[idx]):
                    at = idx
                    break
        head = words[at]
        nw = lx.number_words(self.lang)
        starters = lx.number_starters(self.lang)
        if (
            head not in fn
            and head not in starters
            and head not in nw.weak
            and len(head) > 1
            and head not in lx.arabic_particles()  # "5 فيما مضى", "19 عما هو"
            # an Arabic counted noun is indefinite: a word with the article after the
            # figure is no noun of it ("الدائرة 17 الجديدة", "في المباريات 15 الأخيرة")
            and not (self.lang in ("ar", "und") and head.startswith("ال") and len(head) > 4)
            # a hedge after the bare figure is no noun of it: "قتل 30 تقريبا"
            and not self._match_forward(k + at, lx.post_hedges(self.lang), 3)
            # nor the next figure's "number of": "2.2 مليار وعدد الإناث 5.6 مليار"
            and not self._number_of_at(k + at)
        ):
            fig.unit, fig.unit_text = toks[k + at].text.lower(), toks[k + at].text
        self._post_hedge(fig, k + at + (1 if fig.unit else 0))

    _NUMBER_OF_REACH = 14  # words between the counted noun and the figure, at most

    def _joins_names(self, k: int) -> bool:
        """The "and" at token ``k`` joins two names inside a noun phrase ("entre la
        Russie et l'Ukraine", "Russia and Ukraine"): a capitalised word on each side,
        an article allowed before the second."""
        toks = self.toks
        if toks[k].norm not in lx.list_words() or k == 0 or k + 1 >= len(toks):
            return False
        after = k + 1
        if toks[after].norm in lx.articles(self.lang) and after + 1 < len(toks):
            after += 1
        return self._capitalised(k - 1) and self._capitalised(after)

    def _counted_before(self) -> None:
        """A count with no noun of its own counts the noun named before it after "the
        number of" in its clause (phrases.toml ``[number_of]``): "the number of
        civilians killed in the war is 14,200", "le nombre de morts s'élève à 300",
        "بلغ عدد القتلى 300"; or after a toll, when its noun counts people ("le bilan
        des morts", "حصيلة القتلى"), or a phrase that is the noun ("the death toll").
        Not past punctuation, a word that starts another stretch of the sentence
        ("while", "mais"), another figure (a year or a date is its time, not a figure
        in the way) or ``_NUMBER_OF_REACH`` words, and not for "a number of" (several)
        or an average."""
        table = lx.number_of(self.lang)
        bare = [
            f
            for f in self.figs
            if f.kind == "count" and f.unit is None and not f.currency and not f.subset
            # a fraction of one is an average, no count ("the number of children per
            # woman fell to 1.8")
            and (f.value == int(f.value) or f.scale > 1)
        ]
        if not bare or not (table.phrases or table.tolls or table.named):
            return
        toks = self.toks
        others: set[int] = set()
        for f in self.figs:
            if f.kind not in ("year", "date"):
                others.update(range(f.lead, max(f.next, f.j)))
        times = {k for f in self.figs if f.kind in ("year", "date") for k in range(f.i, f.j)}
        stops = lx.boundary_words()
        for fig in bare:
            after = self._number_of_after(fig)
            if after is not None:  # "l'Onu estime à 14.200 le nombre de morts"
                fig.unit, fig.unit_text = after
                continue
            k = fig.lead
            while k > 0 and fig.lead - k <= self._NUMBER_OF_REACH and not toks[k].barrier:
                k -= 1  # token k: the first word of the counted noun?
                t = toks[k]
                if k in others or (t.kind == "n" and k not in times):
                    break
                if t.norm in stops and not self._joins_names(k):
                    break
                size, key = self._match_backward(k + 1, table.named, 3)
                if size:  # "the death toll ... rose to 832"
                    fig.unit = table.named[key]
                    fig.unit_text = self.text[toks[k + 1 - size].start : t.end]
                    break
                toll = False
                size, _ = self._match_backward(k, table.phrases, 4)
                if not size:
                    size, _ = self._match_backward(k, table.tolls, 4)
                    toll = size > 0
                if not size:
                    continue
                at = k - size
                if at > 0 and not toks[at].barrier and toks[at - 1].norm in table.not_after:
                    break  # "a number of" is several
                got = self._counted_noun(k, fig.lead, toll)
                if toll and got is not None and table.toll_unit not in lx.unit_ancestors(got[0]):
                    got = None  # a toll counts people: "el saldo de la cuenta" is a balance
                if got is not None:
                    fig.unit, fig.unit_text = got
                break

    def _number_of_after(self, fig: _Fig) -> tuple[str, str] | None:
        """The noun of a "number of" phrase right after the figure, an article
        before it: "estime à 14.200 le nombre de morts", "cifra en 300 el número de
        heridos" (the figure a verb puts the number at)."""
        toks = self.toks
        k = max(fig.next, fig.j)
        if k >= len(toks) or toks[k].barrier or toks[k].norm not in lx.articles(self.lang):
            return None
        k += 1
        size = self._match_forward(k, lx.number_of(self.lang).phrases, 4) if k < len(toks) else 0
        if not size or toks[k].barrier:
            return None
        return self._counted_noun(k + size, len(toks))

    def _number_of_at(self, k: int) -> bool:
        """Does a "number of" phrase (``[number_of]``) start at token ``k``, an
        Arabic proclitic allowed on its first word ("وعدد")?"""
        phrases = lx.number_of(self.lang).phrases
        if self._match_forward(k, phrases, 4):
            return True
        word = self.toks[k].norm
        return len(word) > 3 and word[0] in _AR_PREFIX_LETTERS and (word[1:],) in phrases

    def _counted_noun(self, k: int, end: int, known: bool = False) -> tuple[str, str] | None:
        """(unit, text) of the noun written from token ``k`` (before token ``end``)
        after "the number of": a count of the unit table, else (unless ``known``) the
        head noun as written when it looks plural (Arabic: definite, without its
        article)."""
        toks = self.toks
        fn = lx.function_words(self.lang)
        words, _ = self._noun_words(k)
        words = words[: end - k]
        if words and words[0] in lx.articles(self.lang):
            words, k = words[1:], k + 1  # "el número de los muertos"
        if not words or words[0] in fn:
            return None
        if self.lang in ("en", "und"):
            # modifiers before the head: "the number of Syrian refugees"
            for at in range(min(3, len(words))):
                if words[at] in fn:
                    return None
                found = lx.unit_lookup(words[at:], self.lang)
                if found is not None or self._plural(words[at]):
                    break
            else:
                return None
        elif self.lang == "ar":
            at, found = 0, lx.unit_lookup(words, self.lang)
        else:
            at = self._prenominal(words, fn)
            found = lx.unit_lookup(words[at:], self.lang)
        t = toks[k + at]
        if found is not None:
            if lx.unit_kind(found[0]) != "count":
                return None
            return found[0], self.text[t.start : toks[k + at + found[1] - 1].end]
        head = words[at]
        if known:
            return None
        if head in lx.number_starters(self.lang) or len(head) < 3:
            return None
        if self.lang == "ar":
            article = lx.number_words(self.lang).article
            if not _has_prefix(head, article) or head in lx.arabic_particles():
                return None
            size = next(len(p) for p in sorted(article, key=len, reverse=True) if head.startswith(p))
            return t.text[_letters_offset(t.text, size) :].lower(), t.text
        plural = self._plural(head) if self.lang in ("en", "und") else head.endswith(("s", "x"))
        return (t.text.lower(), t.text) if plural else None

    def _designation(self, k: int, limit: int) -> int:
        """2 when the words from token ``k`` start with a capitalised scale word and its
        mark, a capital letter or a Roman numeral ("Class A", "Category B", "Grade
        II"): they say which kind of the noun after them is counted, not what; else 0."""
        toks = self.toks
        if limit < 3 or k + 2 >= len(toks):
            return 0
        word, mark = toks[k], toks[k + 1]
        if word.norm not in lx.scale_words() or not word.text[:1].isupper():
            return 0
        text = mark.text
        if not text.isupper() or not (len(text) == 1 or set(text) <= set("IVX")):
            return 0
        return 2

    def _weekday_after(self, words: list[str]) -> bool:
        """Do the words after a figure name a weekday with the word for day before it
        ("يوم الأحد": Sunday), which is no counted noun of the figure?"""
        days = lx.weekdays(self.lang)
        return len(words) > 1 and words[0] in days and words[1] in days and words[1] != words[0]

    def _prenominal(self, words: list[str], fn: frozenset[str]) -> int:
        """How many of the first ``words`` (at most 2) are adjectives written before
        the noun, each followed by another word that is no function word."""
        table = lx.prenominal(self.lang)
        n = 0
        while n < 2 and n + 1 < len(words) and words[n] in table and words[n + 1] not in fn:
            n += 1
        return n

    def _noun_words(self, k: int) -> tuple[list[str], int]:
        """The words after a figure that may name what it counts, and where a "/" joins them.

        The run stops at punctuation (a "/" between two words excepted, once), at a
        spaced dash, and at a time phrase already read ("1,127 defections last year").
        """
        toks = self.toks
        words: list[str] = []
        slash = -1
        pos = k
        starters = lx.number_starters(self.lang)
        while pos < len(toks) and len(words) < 6 and toks[pos].kind == "w":
            if self.claimed[pos] or toks[pos].norm in starters:
                break
            if toks[pos].barrier:
                if pos == k or slash >= 0 or self._gap(pos) != "/":
                    break
                slash = len(words)
            elif pos > k and self._spaced_dash(pos):
                break
            words.append(toks[pos].norm)
            pos += 1
        return words, slash

    def _spaced_dash(self, k: int) -> bool:
        """Is token ``k`` set off by a dash with spaces ("five months - doesn't matter")?"""
        gap = self._gap(k)
        return gap.strip() in _RANGE_DASH and gap != gap.strip()

    def _plural(self, word: str) -> bool:
        """Does an English noun look plural ("cars", "followers", "people")?"""
        if word in lx.irregular_plurals(self.lang):
            return True
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))

    def _unit_parts(self, fig: _Fig, concept: str, b: int) -> int:
        """ "6-foot-6", "6 ft 6 in": add a following figure in the smaller unit.

        ``b`` is the last token of the unit; returns the token after all that was read.
        """
        got = lx.unit_parts(concept, self.lang)
        toks = self.toks
        n = b + 1
        if (
            got is None
            or n >= len(toks)
            or toks[n].kind != "n"
            or toks[n].barrier
            or not toks[n].text.isdigit()
        ):
            return n
        per, names = got
        value = int(toks[n].text)
        if value >= per:
            return n
        size = 0
        if n + 1 < len(toks) and not toks[n + 1].barrier:
            size = self._match_forward(n + 1, names, 2)
        if size and self.claimed[n + 1]:
            size = 0
        if not size and self._gap(n) not in _RANGE_DASH:
            return n
        end = n + 1 + size
        fig.value += value / per
        fig.end = toks[n].end
        return end

    def _post_hedge(self, fig: _Fig, k: int) -> None:
        if k >= len(self.toks) or self.toks[k].barrier:
            return
        table = lx.post_hedges(self.lang)
        size = self._match_forward(k, table, 3)
        if size:
            key = tuple(t.norm for t in self.toks[k : k + size])
            fig.bound = table[key]  # type: ignore[assignment]
            fig.hedge = self.text[self.toks[k].start : self.toks[k + size - 1].end]
            fig.next = max(fig.next, k + size)

    _RATE_KINDS = frozenset({"count", "money", "measure", "percent"})
    _RATE_REACH = 5  # words before a figure an adjective of rate may stand

    def _rates(self) -> None:
        """The period each figure counts per: the words right after it and its noun
        ("100 million barrels a day", "2.000 euros al mes", "برميل يوميا"), else an
        adjective a few words before it in its clause ("daily demand nears 100
        million barrels", "الطلب اليومي ... مائة مليون برميل"); time.toml ``[rates]``."""
        table = lx.rates(self.lang)
        toks = self.toks
        taken = {k for f in self.figs for k in range(f.i, f.j)}
        for fig in self.figs:
            if fig.kind not in self._RATE_KINDS:
                continue
            k = max(fig.next, fig.j)
            if fig.unit_text and k < len(toks):
                # a noun the unit table does not know ("barrels") ends where its text does
                at = self.text.find(fig.unit_text, toks[k].start, toks[k].start + 60)
                if at - toks[k].start > 4:  # not the noun right after it ("de barils")
                    at = -1
                while at >= 0 and k < len(toks) and toks[k].start < at + len(fig.unit_text):
                    k += 1
            size = self._match_forward(k, table.after, 3) if k < len(toks) else 0
            if size:
                after = k + size
                if after >= len(toks) or toks[after].barrier or (
                    toks[after].norm not in table.not_after and toks[after].kind == "w"
                ):
                    fig.per = table.after[tuple(t.norm for t in toks[k : k + size])]
                    continue
            k = fig.lead
            while k > 0 and fig.lead - k < self._RATE_REACH and not toks[k].barrier:
                k -= 1
                if k in taken:
                    break
                period = table.before.get(toks[k].norm)
                if period is not None:
                    fig.per = period
                    break

    def _multiplied(self, fig: _Fig) -> bool:
        """Is ``fig`` "N times" within 3 words after a verb of multiplying
        ("تضاعفت ثلاث مرات": tripled; numbers.toml ``multiply_verbs``)?"""
        verbs = lx.number_words(self.lang).multiply_verbs
        if not verbs or fig.unit != "times" or fig.i == 0:
            return False
        return self._endpoint_word(fig.i, verbs, 3)

    def _endpoint_word(self, at: int, starts: tuple[str, ...], window: int) -> bool:
        """A word beginning with one of ``starts`` (a proclitic allowed) among the
        ``window`` words before token ``at``, with no barrier between."""
        toks = self.toks
        k = at
        while k > 0 and at - k < window and not toks[k].barrier:
            word = toks[k - 1].norm
            if word.startswith(starts) or (
                len(word) > 3 and word[0] in _AR_PREFIX_LETTERS and word[1:].startswith(starts)
            ):
                return True
            k -= 1
        return False

    def _after_ordinal_noun(self, fig: _Fig) -> bool:
        """Plain digits (no year: under 1000) right after a noun of a place in a series
        ("القرن 19", "بالمركز 3"; ``[ordinal_nouns]``) are its ordinal."""
        nouns = lx.ordinal_nouns(self.lang)
        toks = self.toks
        if not nouns or not fig.digits or fig.i == 0 or toks[fig.i].barrier or fig.j != fig.i + 1:
            return False
        if fig.value != int(fig.value) or not 0 < fig.value < 1000 or fig.scale != 1.0:
            return False
        prev = toks[fig.i - 1]
        word = prev.norm
        return prev.kind == "w" and (
            word in nouns or (len(word) > 3 and word[0] in _AR_PREFIX_LETTERS and word[1:] in nouns)
        )

    def _hedge(self, fig: _Fig) -> None:
        if fig.approx_word:
            fig.bound, fig.hedge = "approx", self.text[fig.start : fig.end]
        if fig.kind in ("year", "date", "ordinal"):
            return
        table = lx.hedges(self.lang)
        toks = self.toks
        before, after = lx.hedge_negations(self.lang)
        end = fig.lead  # the token after the hedge
        size, key = self._match_backward(end, table, 5)
        if not size and after and end > 1 and toks[end - 1].norm in after:
            end -= 1  # "ne dépasse pas 49"
            size, key = self._match_backward(end, table, 5)
        if size:
            ends, verbs, forms, window = lx.hedge_endpoints(self.lang)
            at = end - size
            endpoint = any(key[: len(e)] == e for e in ends)
            if endpoint and (
                toks[at].norm in forms  # "ليصل إلى": (rose) to reach, not up to
                or (verbs and self._endpoint_word(at, verbs, window))
            ):
                return  # "se han duplicado hasta 1,05 millones": doubled to, not up to
            fig.bound, fig.side = _bound_side(table[key])
            cue = 0 if end < fig.lead else self._negation_before(at, before)
            if (cue or end < fig.lead) and fig.bound in ("at_least", "at_most"):
                # a denied bound is the other bound: "did not exceed 49" is at most 49
                fig.bound = "at_most" if fig.bound == "at_least" else "at_least"
                at -= cue
            fig.hedge = self.text[toks[at].start : toks[fig.lead - 1].end]

    def _negation_before(self, k: int, cues: frozenset[str]) -> int:
        """Tokens of a negation cue ending right before token ``k`` ("not", "لم";
        an English contraction "didn't" is two tokens, "didn" and "t"), else 0."""
        toks = self.toks
        if k == 0 or toks[k].barrier:
            return 0
        prev = toks[k - 1]
        if prev.norm in cues:
            return 1
        contraction = prev.norm == "t" and k >= 2 and toks[k - 2].norm.endswith("n")
        if contraction and self._gap(k - 1) in ("'", "\u2019"):
            return 2  # "didn't", "won't", "hasn’t"
        return 0

    def _subset(self, fig: _Fig) -> None:
        before, after = lx.subset_phrases()
        toks = self.toks
        lead = fig.lead
        hedge_len = 0
        if fig.hedge and not fig.approx_word:
            hedge_len = self._match_backward(lead, lx.hedges(self.lang), 5)[0]
        if (
            self._match_backward(lead - hedge_len, before, 3)[0] if lead - hedge_len > 0 else False
        ) or (fig.unit is None and fig.j < len(toks) and self._match_forward(fig.j, after, 3)):
            fig.subset = True

    # ------------------------------------------------------------ after pass

    def _merge_ranges(self) -> None:
        figs = self.figs
        if not figs:
            return
        pairs, free = lx.range_words()
        out: list[_Fig] = []
        skip = False
        for idx, a in enumerate(figs):
            if skip:
                skip = False
                continue
            b = figs[idx + 1] if idx + 1 < len(figs) else None
            score = (self._score(a, b, pairs) or self._word_record(a, b)) if b is not None else None
            if score is not None:
                out.append(score)
                skip = True
            elif b is not None and self._is_range(a, b, pairs, free):
                out.append(self._range(a, b))
                skip = True
            elif b is not None and self._bare_pair(a, b):
                skip = True
            else:
                out.append(self._score_one(a) or self._score_level(a) or a)
        self.figs = out

    def _is_range(
        self, a: _Fig, b: _Fig, pairs: dict[tuple[str, ...], frozenset[str]], free: frozenset[str]
    ) -> bool:
        bad = ("year", "date", "ordinal")
        if (
            a.kind in bad
            or b.kind in bad
            # "as much as 2 to 4 inches", "up to 5-7 days": the hedge bounds the range
            or a.bound not in ("exact", "approx", "at_most")
            or b.hedge
            or b.lead < 0
        ):
            return False
        if a.kind != "count" and a.kind != b.kind:
            return False
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            return False
        toks = self.toks
        between = b.lead - a.next
        arts = lx.articles(self.lang)
        if between == 2 and toks[b.lead - 1].norm in arts and not toks[b.lead].barrier:
            between = 1  # "entre el 30 y el 43 %"
        if between == 0:
            if a.next == 0 or toks[b.lead].barrier or self._gap(b.lead).strip() not in _RANGE_DASH:
                return False
        elif between == 1:
            conn = toks[a.next]
            if conn.barrier or toks[a.next + 1].barrier:
                return False
            word = self._uncontracted(a.next)
            if word not in free:
                key = self._range_opener(a.lead, pairs)
                if key is None or word not in pairs[key]:
                    return False
        else:
            return False
        low = a.value * (b.scale if a.scale == 1 and b.scale > 1 and a.value < 1000 else 1)
        return b.value > low

    def _uncontracted(self, k: int) -> str:
        """Token ``k`` without the article it may carry: Spanish "al" -> "a", "del" -> "de"."""
        got = lx.contractions(self.lang).get(self.toks[k].norm)
        return got[0] if got else self.toks[k].norm

    def _range_opener(
        self, lead: int, pairs: dict[tuple[str, ...], frozenset[str]]
    ) -> tuple[str, ...] | None:
        """The range opener before token ``lead`` ("between", "entre el", "del"), if any."""
        toks = self.toks
        if lead > 1 and toks[lead - 1].norm in lx.articles(self.lang) and not toks[lead].barrier:
            lead -= 1  # "entre el 30"
        if lead <= 0:
            return None
        size, key = self._match_backward(lead, pairs, 2)
        if size:
            return key
        word = self._uncontracted(lead - 1)
        if word != toks[lead - 1].norm and not toks[lead].barrier and (word,) in pairs:
            return (word,)  # "del cinco al diez"
        return None

    def _bare_pair(self, a: _Fig, b: _Fig) -> bool:
        """Two digit figures joined by a bare dash, going down, that no rule reads (dropped)."""
        return (
            a.digits
            and b.digits
            and a.next == a.j == b.i
            and b.j == b.i + 1
            and a.kind == b.kind == "count"
            and a.unit is None
            and self._gap(b.i).strip() in _RANGE_DASH
            and b.value <= a.value
        )

    # ------------------------------------------------------------ scores

    def _score_cue(self, a: int, b: int, down: bool = False) -> bool:
        """A score cue ("won", "victoire", "بنتيجة") before the figure spanning tokens
        ``a``..``b - 1`` (within the table's window), or one of its after-words just after
        it; for a score going down (``down``) also a close cue just before ("por", "by")."""
        sw = lx.score_words()
        toks = self.toks
        if b < len(toks) and not toks[b].barrier and toks[b].norm in sw.after:
            return True
        if down and a > 0 and not toks[a].barrier and toks[a - 1].norm in sw.close:
            return True
        for k in range(max(0, a - sw.window), a):
            if toks[k].kind == "w" and self._cue_word(toks[k].norm, sw.before):
                return True
        return False

    def _cue_word(self, word: str, table: frozenset[str]) -> bool:
        """``word`` is in ``table``, maybe with an Arabic particle or the article on it."""
        if word in table:
            return True
        if self.lang not in ("ar", "und"):
            return False
        return any(
            word.startswith(p) and word[len(p) :] in table
            for p in lx.number_words(self.lang).proclitics
        )

    def _side_noun_ok(self, fig: _Fig, lead: int) -> bool:
        """The second side of a score counts nothing the unit table knows: it is
        followed by nothing, a score word ("a 1-0 win"), a name ("Ayr 38 - 17 Melrose",
        "آير 38 - 17 ميلروز") or another word ("l'ont emporté 5-2 face aux"); a known
        noun only right after a cue ("بنتيجة 2-0 يوم السبت": on Saturday, not 0 days)."""
        if fig.unit is None or fig.unit not in lx.unit_concepts():
            return True
        toks = self.toks
        sw = lx.score_words()
        if fig.j < len(toks) and toks[fig.j].norm in sw.after:
            return True
        return lead > 0 and not toks[lead].barrier and self._cue_word(toks[lead - 1].norm, sw.before)

    def _score(
        self, a: _Fig, b: _Fig, pairs: dict[tuple[str, ...], frozenset[str]]
    ) -> _Fig | None:
        """Two figures that are the two sides of a score, as one figure of kind "score".

        Joined by a dash ("a 2-1 win", "Livingston 1 - 0 Rangers"), a symbol of the
        table ("2&1", going down: golf match play) or a connector word next to a cue
        ("won 3 to 1", "la victoire 2 à 1", "por 4 a 3", "هزيمة … 2 مقابل 1"). A cue
        makes a score of a pair going up too, unless a range opener stands before it
        ("between 10-15"); with no cue a dash pair is a score only going down (or
        level) with both sides below 100, or between two names ("Stars 3-5 Giants").
        """
        sw = lx.score_words()
        toks = self.toks
        if a.kind != "count" or b.kind not in ("count", "duration", "measure"):
            return None
        if a.bound != "exact" or b.bound != "exact" or a.hedge or b.hedge or a.subset:
            return None
        if a.scale != 1 or b.scale != 1 or any(v != int(v) or not 0 <= v < 1000 for v in (a.value, b.value)):
            return None
        if b.kind == "count" and self._interleaved(a, b):
            return self._score_fig(a, b)  # "Ayr 38 - Melrose 17"
        goals = a.unit is not None and a.unit in sw.units and b.unit in (a.unit, None)
        if (a.unit is not None and not goals) or a.next <= 0 or b.lead < a.next:
            return None
        between = b.lead - a.next
        gap = self._gap(b.lead).strip() if between == 0 else ""
        down = b.value <= a.value
        digits = a.digits and b.digits and b.j == b.i + 1
        bare_dash = between == 0 and gap in _RANGE_DASH and digits and a.next == a.j
        if bare_dash and b.kind == "count" and down and a.value < 100 and b.value < 100:
            # going down, a dash pair is no range: "is 18-7 with", "لواشنطن 18-7 بمتوسط مرات"
            return self._score_fig(a, b)
        if not goals and (a.next != a.j or not self._side_noun_ok(b, a.lead)):
            return None
        if between == 0 and gap in _RANGE_DASH and digits and not goals:
            opener = self._range_opener(a.lead, pairs) is not None
            if self._score_cue(a.lead, b.j, down) and (down or not opener):
                return self._score_fig(a, b)
            if self._named_sides(a, b):
                return self._score_fig(a, b)
            return None
        if between == 0 and gap in sw.connectors and digits and down and not goals:
            return self._score_fig(a, b)  # golf match play: "2&1", "beat them 4&3"
        if between != 1 or toks[a.next].barrier or toks[b.lead].barrier:
            return None
        word = toks[a.next].norm
        small = a.value < 20 and b.value < 20
        opener = self._range_opener(a.lead, pairs) is not None
        if word in sw.golf and not goals:
            # "derrotado por 5 y 4", "beat them 4 and 3"
            cue = self._score_cue(a.lead, b.j, down)
            return self._score_fig(a, b) if down and small and cue else None
        if word not in sw.connectors:
            return None
        if goals:
            # "بثلاثة أهداف مقابل هدفين", "two goals to one"; not "300 هدف مقابل 200"
            return self._score_fig(a, b) if small else None
        if self._score_cue(a.lead, b.j, down) and (down or not opener):
            return self._score_fig(a, b)  # "la victoire 2 à 1", "won 3 to 1"
        if word in sw.plain and down and small and not opener and b.unit is None:
            return self._score_fig(a, b)  # "a été écarté 5 à 4 par le joueur"
        return None

    def _word_record(self, a: _Fig, b: _Fig) -> _Fig | None:
        """A win-loss record spelled with nouns, wins first, joined by a list word:
        "18 wins and 7 losses", "18 victorias y 7 derrotas" (the score 18-7)."""
        sw = lx.score_words()
        toks = self.toks
        if a.kind != "count" or b.kind != "count" or a.hedge or b.hedge or a.subset:
            return None
        if a.bound != "exact" or b.bound != "exact" or a.scale != 1 or b.scale != 1:
            return None
        if any(v != int(v) or not 0 <= v < 1000 for v in (a.value, b.value)):
            return None
        if b.lead != b.i or b.i != a.j + 2 or b.j >= len(toks):
            return None
        won, mid, lost = toks[a.j], toks[a.j + 1], toks[b.j]
        if won.norm not in sw.wins or lost.norm not in sw.losses or mid.norm not in lx.list_words():
            return None
        if any(t.barrier for t in (won, mid, toks[b.i], lost)):
            return None
        fig = self._score_fig(a, b)
        fig.end, fig.j, fig.next = lost.end, b.j + 1, max(fig.next, b.j + 1)
        return fig

    def _interleaved(self, a: _Fig, b: _Fig) -> bool:
        """Each side after its name: "Ayr 38 - Melrose 17", "Livingston 1 - Rangers 0"."""
        toks = self.toks
        if not (a.digits and b.digits and a.j == a.i + 1 and b.j == b.i + 1):
            return False
        if a.lead == 0 or toks[a.lead].barrier or a.j >= b.i or b.i - a.j > 3:
            return False
        if self._gap(a.j).strip() not in _RANGE_DASH or toks[b.i].barrier:
            return False
        names = [toks[a.lead - 1], *toks[a.j : b.i]]
        if any(t.kind != "w" or not t.text[:1].isupper() for t in names):
            return False
        if any(toks[m].barrier for m in range(a.j + 1, b.i)):
            return False
        return b.j >= len(toks) or toks[b.j].barrier

    def _named_sides(self, a: _Fig, b: _Fig) -> bool:
        """A name on each side: "Dundee Stars 3-5 Belfast Giants"."""
        toks = self.toks
        if a.lead == 0 or toks[a.lead].barrier or b.unit is None:
            return False
        prev = toks[a.lead - 1]
        return (
            prev.kind == "w"
            and prev.text[:1].isupper()
            and (b.unit_text or "")[:1].isupper()
            and prev.norm not in lx.function_words(self.lang)
        )

    def _score_one(self, a: _Fig) -> _Fig | None:
        """A count of a score unit, a connector and that unit alone: one on that side
        ("بهدفين مقابل هدف": two goals to one)."""
        sw = lx.score_words()
        toks = self.toks
        k = a.next
        if (
            a.kind != "count"
            or a.unit not in sw.units
            or a.bound != "exact"
            or a.value != int(a.value)
            or a.value >= 20
            or k <= 0
            or k + 1 >= len(toks)
            or toks[k].barrier
            or toks[k + 1].barrier
            or toks[k].norm not in sw.connectors
            or toks[k + 1].kind != "w"
            or self.claimed[k + 1]
        ):
            return None
        found = lx.unit_lookup([toks[k + 1].norm], self.lang)
        if found is None or found[0] != a.unit:
            return None
        one = _Fig(k + 1, k + 2, toks[k + 1].start, toks[k + 1].end, 1.0)
        one.lead, one.next, one.unit = k + 1, k + 2, a.unit
        return self._score_fig(a, one)

    def _score_level(self, a: _Fig) -> _Fig | None:
        """A count of a score unit said once for both sides, a draw: "بهدفين لمثلهما"
        (2-2: to their like), or right after a draw word ("التعادل بهدفين", "تعادل
        الفريقان بهدفين")."""
        sw = lx.score_words()
        toks = self.toks
        if (
            a.kind != "count"
            or a.unit not in sw.units
            or a.bound != "exact"
            or a.hedge
            or a.value != int(a.value)
            or a.value >= 20
            or a.next <= 0
        ):
            return None
        k = a.next
        b = _Fig(a.i, a.j, a.start, a.end, a.value)
        b.next = a.next
        if k < len(toks) and not toks[k].barrier and toks[k].norm in sw.level:
            b.j, b.end, b.next = k + 1, toks[k].end, k + 1
        elif not any(
            self._joined(m, a.lead) and self._cue_word(toks[m].norm, sw.draws)
            for m in range(max(0, a.lead - 2), a.lead)
        ):
            return None  # a draw word just before, or with its subject between
        return self._score_fig(a, b)

    def _level_one(self, k: int) -> int:
        """A score unit with no number, then a word of ``level``: one each, a draw
        ("بهدف لمثله": 1-1). Returns the token to read next, 0 when none."""
        sw = lx.score_words()
        toks = self.toks
        if not sw.level or k + 1 >= len(toks) or toks[k + 1].barrier or toks[k + 1].norm not in sw.level:
            return 0
        found = lx.unit_lookup([toks[k].norm], self.lang)
        if found is None or found[0] not in sw.units:
            return 0
        t = toks[k]
        size = next(
            (
                len(p)
                for p in lx.number_words(self.lang).proclitics
                if t.norm.startswith(p) and lx.unit_lookup([t.norm[len(p) :]], self.lang, True)
            ),
            0,
        )
        start = t.start + _letters_offset(t.text, size)
        one = _Fig(k, k + 1, start, t.end, 1.0)
        one.lead, one.next, one.unit, one.unit_text = k, k + 1, found[0], self.text[start : t.end]
        other = _Fig(k, k + 2, t.start, toks[k + 1].end, 1.0)
        other.next = k + 2
        self.figs.append(self._score_fig(one, other))
        return k + 2

    def _score_fig(self, a: _Fig, b: _Fig) -> _Fig:
        fig = _Fig(a.i, b.j, a.start, b.end, a.value, digits=a.digits, kind="score")
        fig.parts = (a.value, b.value)
        if a.unit in lx.score_words().units:  # goals on both sides; a name is no unit
            fig.unit, fig.unit_text = a.unit, a.unit_text
        fig.lead, fig.next = a.lead, max(b.next, b.j)
        fig.ambiguous = a.ambiguous or b.ambiguous
        return fig

    def _record(self, k: int) -> int:
        """A win-loss record of three 1-2 digit numbers joined by dashes ("went 5-0-0",
        "a record of 13-21-3"): added as a score; returns the token after it, else 0.

        Next to a score cue, or when its middle number is no month (a date written
        short: "12-05-21"); never a longer chain ("859-292-3680", "06-12-34-56-78").
        """
        toks = self.toks
        if k + 2 >= len(toks) or any(self.claimed[k : k + 3]):
            return 0
        group = toks[k : k + 3]
        if not all(_score_side(t) for t in group):
            return 0
        if any(self._gap(m) not in ("-", "\u2013") for m in (k + 1, k + 2)):
            return 0
        s, end = group[0].start, group[2].end
        if not self._standalone(s, end, "-\u2010\u2011\u2013/.:+", "-\u2013/."):
            return 0
        if not self._score_cue(k, k + 3) and 1 <= int(group[1].text) <= 12:
            return 0
        parts = tuple(float(t.text) for t in group)
        fig = _Fig(k, k + 3, s, end, parts[0], digits=True, kind="score")
        fig.parts, fig.lead, fig.next = parts, k, k + 3
        self.figs.append(fig)
        return k + 3

    def _standalone(self, start: int, end: int, before: str, after: str) -> bool:
        """The characters ``start:end`` are not part of a longer chain: no letter, digit
        or one of ``before`` right before them, no letter or digit right after them,
        and none of ``after`` followed by a digit ("859-292-3680", "14:30:00")."""
        text = self.text
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in before):
            return False
        return not (
            end < len(text)
            and (
                text[end].isalnum()
                or (text[end] in after and end + 1 < len(text) and text[end + 1].isdigit())
            )
        )

    def _colon_score(self, k: int) -> int:
        """Two 1-2 digit numbers joined by a colon next to a score cue ("le match nul
        2:2 contre", "victoire 3:1"): added as a score; returns the token after it, else 0.

        Never a clock time ("à 14:30", "20:45": no cue, an hour word or "at" before, a
        second side written with a leading zero), a scale ("1:50 000") or a longer chain
        ("14:30:00", "3:16-18").
        """
        toks = self.toks
        if k + 1 >= len(toks) or self.claimed[k] or self.claimed[k + 1]:
            return 0
        group = toks[k : k + 2]
        if not all(_score_side(t) for t in group):
            return 0
        if self._gap(k + 1) != ":":
            return 0
        s, end = group[0].start, group[1].end
        if not self._standalone(s, end, "-\u2010\u2011\u2013/.:,+", "-\u2013/.:,h"):
            return 0
        if k + 2 < len(toks) and toks[k + 2].kind == "n" and not toks[k + 2].barrier:
            return 0  # "1:50 000"
        _, before, at, hour = lx.clock_words()
        if k > 0 and not toks[k].barrier and toks[k - 1].norm in at:
            return 0  # "à 2:30", "at 3:15"
        if k > 0 and self._match_backward(k, before, 3)[0]:
            return 0
        if k + 2 < len(toks) and not toks[k + 2].barrier and toks[k + 2].norm in hour:
            return 0
        if not self._colon_cue(k):
            return 0
        parts = (float(group[0].text), float(group[1].text))
        fig = _Fig(k, k + 2, s, end, parts[0], digits=True, kind="score")
        fig.parts, fig.lead, fig.next = parts, k, k + 2
        self.figs.append(fig)
        return k + 2

    def _colon_cue(self, k: int) -> bool:
        """A score cue right by a colon pair at ``k``: one of the table's after-words just
        after it (a one-digit second side), or a before-word as the closest word before it in its clause, function
        words aside ("le match nul 2:2", "won 2:1"; not "fixée 20:45", "Jean 3:16")."""
        sw = lx.score_words()
        toks = self.toks
        after = k + 2 < len(toks) and not toks[k + 2].barrier and toks[k + 2].norm in sw.after
        if after and len(toks[k + 1].text) == 1:
            return True  # a clock's minutes take two digits: "le match de 20:45 contre Lyon"
        fn = lx.function_words(self.lang)
        m = k - 1
        while m >= 0 and not toks[m + 1].barrier and toks[m].kind == "w":
            if self._cue_word(toks[m].norm, sw.before):
                return True
            if toks[m].norm not in fn:
                return False
            m -= 1
        return False

    def _range(self, a: _Fig, b: _Fig) -> _Fig:
        if a.scale == 1 and b.scale > 1 and a.value < 1000:
            a.value *= b.scale
        fig = b
        fig.high = b.value
        fig.value = a.value
        fig.i, fig.start, fig.lead = a.i, a.start, a.lead
        fig.bound = "range"
        fig.hedge = a.hedge
        fig.subset = a.subset
        fig.ambiguous = a.ambiguous or b.ambiguous
        if a.currency and not fig.currency:
            fig.kind, fig.currency, fig.unit, fig.unit_text = (
                a.kind,
                a.currency,
                a.unit,
                a.unit_text,
            )
        return fig

    def _ages(self) -> None:
        """ "Jones, 52, joined", "died aged 40", "aged 33, 34 and 39": ages, in years."""
        figs = self.figs
        ages = lx.age_words()
        idx = 0
        while idx < len(figs):
            fig = figs[idx]
            idx += 1
            if self._age_ordinal(fig, ages) or self._birthday_ordinal(fig, ages):
                fig.kind, fig.unit, fig.unit_text = "duration", ages.unit, None
                continue
            if self._decade_age(fig, ages):
                fig.kind, fig.unit, fig.unit_text, fig.bound = "duration", ages.unit, None, "approx"
                continue
            if self._year_noun_age(fig, ages):
                fig.unit_text = None  # an age, as "Vann, 72," (the encoder's age concept)
                continue
            if not self._bare(fig, ranges=True) or not (
                self._age_before(fig, ages) or self._apposition(fig, ages)
            ):
                continue
            fig.kind, fig.unit, fig.unit_text = "duration", ages.unit, None
            while idx < len(figs) and self._listed(figs[idx - 1], figs[idx]):
                if not self._bare(figs[idx], ranges=True):
                    break
                figs[idx].kind, figs[idx].unit, figs[idx].unit_text = "duration", ages.unit, None
                idx += 1

    def _year_noun_age(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        """An age written with its noun of years ("ans", "años", ``AgeWords.year_nouns``):
        set off by commas after a word ("Michael Vann, 72 ans, a déclaré"), after "de"
        that follows a person ("une femme de 34 ans"), or after a word of "at" an age
        ("a sus 24 años"); and English "the 24-year-old"."""
        toks = self.toks
        if fig.kind != "duration" or fig.unit != ages.unit or fig.bound != "exact" or fig.hedge:
            return False
        if fig.lead != fig.i or fig.next != fig.j + 1 or not 1 <= fig.value <= 130:
            return False
        if self.text[toks[fig.i].end : toks[fig.j].end + 5].lower().startswith(ages.year_old):
            return True
        if fig.i < 1:
            return False
        noun = toks[fig.j]
        if noun.norm not in ages.year_nouns or noun.barrier:
            return False
        if self._match_backward(fig.i, ages.year_before, 2)[0] > 0:
            return True
        prev = toks[fig.i - 1]
        if self._gap(fig.i).strip() in _COMMAS:
            # apposition: a word before the comma, a comma or the end after the noun
            if prev.kind != "w" or prev.norm in lx.function_words(self.lang):
                return False
            if prev.norm in lx.number_starters(self.lang) or self.claimed[fig.i - 1]:
                return False
            if fig.next < len(toks):
                return self._gap(fig.next).strip() in _COMMAS
            return not self.text[noun.end : self.end].strip(" .;)»\"\u201d")
        if fig.i < 2 or prev.norm not in ages.of or toks[fig.i].barrier or prev.barrier:
            return False
        got = lx.unit_lookup([toks[fig.i - 2].norm], self.lang)
        return got is not None and "people" in lx.unit_ancestors(got[0])

    def _age_ordinal(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        """An ordinal right after an age word is the age: "في سن الثالثة عشرة" (13)."""
        return (
            fig.kind == "ordinal"
            and self.lang in ages.ordinal
            and fig.bound == "exact"
            and fig.lead > 0
            and self._match_backward(fig.lead, ages.before, 3)[0] > 0
        )

    def _birthday_ordinal(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        """An ordinal right before a word of birthday is the age: "on his 21st
        birthday", "son 21e anniversaire" (21)."""
        toks = self.toks
        k = max(fig.j, fig.next)
        return (
            fig.kind == "ordinal"
            and fig.bound == "exact"
            and k < len(toks)
            and not toks[k].barrier
            and toks[k].norm in ages.birthday
        )

    def _decade_span(self, fig: _Fig) -> bool:
        """A two-digit multiple of ten with "s" written onto it: "40s", "80's"."""
        toks = self.toks
        t = toks[fig.i]
        if not fig.digits or fig.j != fig.i + 1:
            return False
        if len(t.text) != 2 or not t.text.isdigit() or t.text[1] != "0" or t.text[0] == "0":
            return False
        nxt = toks[fig.j] if fig.j < len(toks) else None
        if nxt is None or nxt.norm != "s":
            return False
        return nxt.start == t.end or (nxt.start == t.end + 1 and self.text[t.end] in "'\u2019")

    def _bare_decade(self, fig: _Fig) -> bool:
        """ "temperatures in the 80s", "music of the 60s": a span of values or of years,
        not a figure of 80 (an age decade was read before: "in his 40s")."""
        return fig.kind == "count" and fig.unit is None and self._decade_span(fig)

    def _decade_age(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        """ "in his 40s", "in their 20s": someone's age, about that many years ("in her
        late 30s" is no age of 30)."""
        toks = self.toks
        if fig.kind != "count" or fig.unit is not None or not self._decade_span(fig):
            return False
        lead = fig.i
        return lead > 0 and not toks[lead].barrier and self._match_backward(lead, ages.decades, 3)[0] > 0

    def _age_before(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        lead = fig.lead
        if fig.hedge and not fig.approx_word:
            lead -= self._match_backward(lead, lx.hedges(self.lang), 5)[0]
        return lead > 0 and self._match_backward(lead, ages.before, 3)[0] > 0

    def _apposition(self, fig: _Fig, ages: lx.AgeWords) -> bool:
        """A 1-3 digit figure set off by commas right after a noun or a name: "man, 32,"."""
        if self.lang not in ages.apposition or fig.bound != "exact" or fig.hedge:
            return False
        toks = self.toks
        t = toks[fig.i]
        if not fig.digits or fig.j != fig.i + 1 or not t.text.isdigit() or len(t.text) > 3:
            return False
        if fig.value < 1 or fig.lead != fig.i or fig.next != fig.j:
            return False
        p = fig.i - 1
        if p > 0 and toks[p].norm in ages.adverbs and not toks[p + 1].barrier:
            p -= 1  # "Rose Leslie, also 31, admitted"
        if p < 0 or self._gap(p + 1).strip() not in _COMMAS:
            return False
        prev = toks[p]
        nw = lx.number_words(self.lang)
        if (
            prev.kind != "w"
            or self.claimed[p]
            or prev.norm in lx.number_starters(self.lang)
            or prev.norm in nw.weak
            or prev.norm in lx.function_words(self.lang)
            or (prev.norm,) in lx.currencies()
        ):
            return False
        if fig.j < len(toks):
            return self._gap(fig.j).strip() in _COMMAS and toks[fig.j].kind != "n"
        return not self.text[t.end : self.end].strip()

    @staticmethod
    def _bare(fig: _Fig, ranges: bool = False, scaled: bool = False) -> bool:
        """A plain figure with nothing counted: "33" in "33, 34 et 39 ans"."""
        return (
            fig.kind == "count"
            and fig.unit is None
            and fig.currency is None
            and (scaled or fig.scale == 1)
            and not fig.subset
            and fig.next == fig.j
            and (fig.bound == "exact" or (ranges and fig.bound in ("range", "approx")))
        )

    def _listed(self, a: _Fig, b: _Fig) -> bool:
        """Do figures ``a`` and ``b`` follow each other in a list ("33, 34 et 39")?"""
        toks = self.toks
        between = b.lead - a.next
        if a.next <= 0 or between < 0 or between > 1 or b.hedge:
            return False
        if between == 0:
            return self._gap(b.lead).strip() in _COMMAS
        conj = toks[a.next]
        return (
            conj.norm in lx.list_words()
            and self._gap(a.next).strip() in ("", *_COMMAS)
            and not toks[b.lead].barrier
        )

    def _lists(self) -> None:
        """The bare figures of a list take the unit of its last one: "two, three or four days"."""
        figs = self.figs
        i = 0
        while i < len(figs):
            j = i
            while j + 1 < len(figs) and self._listed(figs[j], figs[j + 1]):
                j += 1
            last = figs[j]
            if (
                j > i
                and last.unit is not None
                and (last.kind != "count" or last.unit in lx.unit_concepts())
                and last.kind in _SCOPED_KINDS | {"duration"}
                and last.scale == 1
                and not last.subset
                and all(self._bare(f) for f in figs[i:j])
            ):
                for f in figs[i:j]:
                    f.kind, f.unit, f.currency = last.kind, last.unit, last.currency
            i = j + 1

    def _inherit_units(self) -> None:
        last: _Fig | None = None
        named: list[_Fig] = []  # earlier figures that say what they count
        for fig in self.figs:
            if named and self._bare(fig, scaled=True) and self._compared(fig):
                self._take_unit(fig, named)
            if fig.unit is not None and fig.kind in _SCOPED_KINDS | {"duration"}:
                named.append(fig)
            if fig.kind != "count":
                continue
            known = fig.unit is not None and fig.unit in lx.unit_concepts()
            if fig.subset and last is not None and not known:
                # "من بينهم 1664 بتعاون…", "dont 1.725 vers…": the part counts what the whole counts
                fig.unit, fig.unit_text = last.unit, None
            elif fig.unit is not None:
                last = fig

    def _compared(self, fig: _Fig) -> bool:
        """Is ``fig`` set against an earlier figure ("contre 1,7 million", "up from 1.7 million")?"""
        toks = self.toks
        lead = fig.lead
        if fig.hedge and not fig.approx_word:
            lead -= self._match_backward(lead, lx.hedges(self.lang), 5)[0]
        if lead > 1 and toks[lead - 1].norm in lx.articles(self.lang) and not toks[lead].barrier:
            lead -= 1  # "en comparación con los 1,7 millones"
        return lead > 0 and self._match_backward(lead, lx.comparison_phrases(), 4)[0] > 0

    @staticmethod
    def _take_unit(fig: _Fig, named: list[_Fig]) -> None:
        """Give ``fig`` the unit of the nearest earlier figure, when that is unambiguous."""
        ref = named[-1]
        if (fig.scale > 1) != (ref.scale > 1) or ref.subset:
            return  # "3 millions de personnes, contre 2": two what?
        if ref.kind == "money" and any(
            f.kind == "money" and f.currency != ref.currency for f in named
        ):
            return  # "3,1 milliards d'euros (3,6 milliards de dollars), contre 2,2 milliards"
        fig.kind, fig.unit, fig.currency = ref.kind, ref.unit, ref.currency

    def _assign_scopes(self) -> None:
        scopes = list(self.scopes)
        for fig in self.figs:
            if fig.kind == "year" and fig.year_scope:
                y = int(fig.value)
                scopes.append(
                    _Scope(
                        fig.start,
                        fig.end,
                        TimeScope(
                            text=self.text[fig.start : fig.end],
                            start=dt.date(y, 1, 1),
                            end=dt.date(y, 12, 31),
                            year=y,
                        ),
                    )
                )
        if not scopes:
            return
        for fig in self.figs:
            if fig.kind not in _SCOPED_KINDS:
                continue
            best = min(
                scopes, key=lambda s: (_distance(s, fig.start, fig.end), s.start > fig.start)
            )
            fig.scope = best.scope

    # ------------------------------------------------------------ output

    def _quantity(self, fig: _Fig) -> Quantity:
        value = fig.value
        low: float | None = value
        high: float | None = value
        if fig.bound == "at_least" or (fig.bound == "approx" and fig.side == "over"):
            high = None
        elif fig.bound == "at_most" or (fig.bound == "approx" and fig.side == "under"):
            low = None
        elif fig.bound == "range":
            high = fig.high
        scope = fig.date_scope if fig.kind == "date" else fig.scope
        return Quantity(
            text=self.text[fig.start : fig.end],
            start=fig.start,
            end=fig.end,
            value=value,
            kind=fig.kind,
            bound=fig.bound,
            low=low,
            high=high,
            hedge=fig.hedge,
            unit=fig.unit,
            unit_text=fig.unit_text,
            currency=fig.currency,
            scope=scope,
            ambiguous=fig.ambiguous,
            lang=self.lang,
            parts=fig.parts,
            per=fig.per,
        )


# ---------------------------------------------------------------- helpers


_ENDS: dict[int, tuple[frozenset[str], frozenset[str], int]] = {}


_AM_PM = re.compile(r"\s?[ap]\.\s?m\.?|\s?[ap]m\b", re.IGNORECASE)


@cache
def _hedge_starts(lang: str) -> frozenset[tuple[str]]:
    """The first words of the hedges written before a figure, as one-word phrases."""
    return frozenset((key[0],) for key in lx.hedges(lang) if key)


def _ends(table: Collection[tuple[str, ...]]) -> tuple[frozenset[str], frozenset[str], int]:
    """First tokens, last tokens and longest length of a (cached, never freed) phrase table."""
    got = _ENDS.get(id(table))
    if got is None:
        got = (
            frozenset(p[0] for p in table if p),
            frozenset(p[-1] for p in table if p),
            max((len(p) for p in table), default=0),
        )
        _ENDS[id(table)] = got
    return got


_AR_MARKS = frozenset("\u0640\u0670" + "".join(chr(c) for c in range(0x064B, 0x0660)))


def _letters_offset(text: str, letters: int) -> int:
    """Offset in ``text`` just after its first ``letters`` letters and their diacritics."""
    if not letters:
        return 0
    pos = seen = 0
    while pos < len(text) and seen < letters:
        if text[pos] not in _AR_MARKS:
            seen += 1
        pos += 1
    while pos < len(text) and text[pos] in _AR_MARKS:
        pos += 1
    return pos


def _has_prefix(word: str, prefixes: Collection[str]) -> bool:
    """Does ``word`` start with one of ``prefixes`` and go on for two letters or more?"""
    return any(word.startswith(p) and len(word) > len(p) + 1 for p in prefixes)


def _distance(scope: _Scope, start: int, end: int) -> int:
    if scope.end <= start:
        return start - scope.end
    if scope.start >= end:
        return scope.start - end
    return 0


def _weak_is_one(st: _NumState) -> bool:
    """Inside a compound, "un"/"one" is 1: "vingt et un", "twenty-one", "cent un", "mille une"."""
    if st.last == "conn":
        return True
    if st.last == "small":
        return st.cur % 10 == 0 and (st.cur % 100 >= 20 or st.cur % 100 == 0)
    return st.last in ("hundred", "scale")


def _can_add(cur: float, v: float, lang: str, low: float) -> bool:
    """May the small number ``v`` be added to ``cur`` ("vingt" + "deux", "خمسة" + "عشرون")?"""
    if cur == 0:
        return low == 0 or v < low
    rest = cur % 1000
    if v >= 100:
        return rest == 0
    if v >= 10:
        if rest % 100 == 0:
            return True
        if lang in ("fr", "und") and rest % 100 in (60, 80) and v < 20:
            return True
        return lang in ("ar", "und") and 1 <= rest % 100 <= 9 and v % 10 == 0
    return rest % 10 == 0


def _read_digits(s: str, lang: str, scale_next: bool) -> tuple[float, bool] | None:
    """Read a digit run with separators; None when it is not one plain number."""
    parts = _DIGIT_SEPARATORS.split(s)
    groups, seps = parts[0::2], parts[1::2]
    if sum(len(g) for g in groups) > _MAX_DIGITS:
        return None
    if not seps:
        return float(int(s)), False
    thousands: list[str] = []
    decimal = ""
    kinds = set(seps)
    if len(kinds) == 2:
        last = seps[-1]
        if seps.count(last) != 1 or last in _SPACE_SEPARATORS:
            return None
        thousands, decimal = groups[:-1], groups[-1]
        if not _valid_groups(thousands):
            return None
        return _number("".join(thousands), decimal), False
    if len(kinds) > 2:
        return None
    sep = seps[0]
    if sep in _SPACE_SEPARATORS:
        return (_number("".join(groups), ""), False) if _valid_groups(groups) else None
    if sep == "\u066b":
        return (_number(groups[0], groups[1]), False) if len(groups) == 2 else None
    if len(seps) > 1:
        if _valid_groups(groups) or (sep == "," and lang in ("en", "und") and _indian_groups(groups)):
            return _number("".join(groups), ""), False
        return None
    head, tail = groups
    if len(tail) != 3 or head in ("0", "٠", "۰") or len(head) > 3:
        return _number(head, tail), False
    return _three_digit_group(head, tail, sep, lang, scale_next)


def _three_digit_group(
    head: str, tail: str, sep: str, lang: str, scale_next: bool
) -> tuple[float, bool]:
    """ "42.071" / "1,234": one separator before exactly three digits, read by language."""
    if lang in ("fr", "es"):
        return (_number(head + tail, ""), False) if sep == "." else (_number(head, tail), True)
    if lang == "en":
        return (_number(head + tail, ""), False) if sep == "," else (_number(head, tail), True)
    if scale_next:
        return _number(head, tail), True
    return _number(head + tail, ""), True


def _valid_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _indian_groups(groups: list[str]) -> bool:
    """Indian digit grouping: the last three digits, then pairs ("1,38,000" = 138,000;
    "4,90,000"; "1,20,00,000" = 12 million)."""
    return (
        1 <= len(groups[0]) <= 2
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[1:-1])
    )


def _number(integer: str, fraction: str) -> float:
    if fraction:
        return float(f"{int(integer)}.{int(fraction):0{len(fraction)}d}")
    return float(int(integer))


def _glued_identifier(text: str, end: int, toks: list[_Tok], i: int, lang: str) -> bool:
    """Is the digit token ``i`` followed by something that makes it an identifier?"""
    if end >= len(text):
        return False
    d = text[end]
    if d.isalpha():
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.start != end:
            return True
        if nxt.end < len(text) and text[nxt.end].isdigit():
            return True  # 14h30, 3x4
        if lang in ("ar", "und") and _ARABIC_WORD.fullmatch(nxt.text):
            return False  # a space left out before an Arabic word: "16في المائة", "18ولاية"
        word = nxt.norm
        return not (
            word in lx.glued_units()
            or word in lx.ordinal_suffixes()
            or word in lx.digit_scales()[0]
            or word in lx.year_after()
            or word in lx.number_words(lang).scales
            or word in lx.number_words(lang).plural
        )
    if d.isdigit() or d in "@_":
        return True
    nxt_char = text[end + 1] if end + 1 < len(text) else ""
    if d in "/:" and nxt_char.isalnum():
        return True
    return d == "." and nxt_char.isalpha()


def _in_url(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 80) : start]
    word = left.split()[-1] if left and not left[-1].isspace() and left.split() else ""
    right = text[end : end + 80]
    rword = right.split()[0] if right and not right[0].isspace() and right.split() else ""
    chunk = word + rword
    return "://" in chunk or "www." in chunk or "@" in chunk


def _period_scope(
    surface: str, kind: str, months: int, year: int | None, ref: dt.date | None
) -> TimeScope:
    if year is None:
        return TimeScope(text=surface)
    first, last = 1, 12
    if kind == "first_months":
        last = months
    elif kind == "half1":
        last = 6
    elif kind == "half2":
        first = 7
    elif kind == "q1":
        last = 3
    start = dt.date(year, first, 1)
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    if kind == "since_start" and ref is not None and ref.year == year:
        end = ref
    return TimeScope(text=surface, start=start, end=end, year=year)


def _abbreviation_before(text: str, dot: int) -> bool:
    """Is the "." at ``dot`` the end of an abbreviation ("No.", "art.", "M.")?"""
    k = dot
    while k > 0 and k > dot - 6 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    if not word or (k > 0 and text[k - 1].isalpha()):
        return False
    return len(word) == 1 or word.lower() in lx.abbreviations()


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    prev = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and _abbreviation_before(text, m.start()):
            continue
        if m.start() > prev:
            spans.append((prev, m.start()))
        prev = m.end()
    if prev < len(text):
        spans.append((prev, len(text)))
    return spans


def extract_quantities(
    text: str, lang: str | None = None, reference_date: dt.date | None = None
) -> list[Quantity]:
    """Return the figures of ``text`` as :class:`~verifier.records.Quantity` records.

    ``lang`` is ``"ar"``, ``"fr"``, ``"en"``, ``"es"`` or ``"und"``; when ``None`` it is
    detected with :func:`verifier.lang.detect_lang`. It decides how "42.071" or
    "1,234" are read (thousands or decimals) and which words are number words.
    ``reference_date`` (usually the publication date) resolves relative periods
    such as "this year", "العام الجاري" or "depuis le début de l'année"; without
    it they are kept as text with no dates.

    Each quantity carries its surface ``text`` and character offsets
    (``text[q.start:q.end] == q.text``), ``value``, ``kind`` (count, percent,
    money, year, date, duration, measure, ordinal), ``bound`` with ``low``/``high``
    and the ``hedge`` that set it, the counted ``unit`` (a concept id from
    ``data/units.toml`` or the head noun as written, lower-cased), ``currency``,
    the time ``scope`` of its sentence, and ``ambiguous`` when a separator could
    be read two ways. A date's value is ``year * 10000 + month * 100 + day``
    (0 for an unknown part). Quantities are in text order and never overlap.

    Raises :class:`~verifier._errors.InputError` when ``text`` is not a ``str``;
    any string is accepted and read in time linear in its length.
    """
    if not isinstance(text, str):
        raise InputError(f"extract_quantities expects text (str), got {type(text).__name__}")
    if not text:
        return []
    code: str = lang.lower() if isinstance(lang, str) else detect_lang(text)
    if code not in _LANG_CODES:
        code = "und"
    candidate = lx.candidate_regex(code)
    if candidate.search(text) is None:
        return []
    out: list[Quantity] = []
    for start, end in _sentences(text):
        if candidate.search(text, start, end) is None:
            continue
        out.extend(_Sentence(text, start, end, code, reference_date).run())
    return _bracket_bounds(text, out)


def _bracket_bounds(text: str, figures: list[Quantity]) -> list[Quantity]:
    """A figure restated in brackets in another unit keeps the hedge of the figure it
    restates: "as high as six meters (18 feet)" is up to 18 feet too."""
    out = list(figures)
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        unit_text, bracket, lead = text[a.end : b.start].rpartition("(")
        if not bracket or len(unit_text) > 25 or "(" in unit_text or ")" in unit_text:
            continue
        if len(lead.strip()) > 1 or a.bound in ("exact", "range"):
            continue
        if b.bound != "exact" or b.hedge or a.kind != b.kind or a.unit == b.unit:
            continue
        low = None if a.low is None else b.value
        high = None if a.high is None else b.value
        out[n] = b.model_copy(update={"bound": a.bound, "hedge": a.hedge, "low": low, "high": high})
    return out
