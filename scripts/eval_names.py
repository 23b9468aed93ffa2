"""Cross-script name keys on NTREX-128: how often a name finds its transcription.

Usage: python scripts/eval_names.py DATA_DIR [--variants base,merge-g,...] [--langs en,fr,es] [--by-length]

For each Latin-script side (en, fr, es) against the Arabic side (1,997 aligned
lines), with the key scheme of ``verifier/data/names.toml`` (``base``) and
variants of it:

* forward (Latin claim, Arabic evidence): the proper names of each Latin line
  (``latin_name_tokens``) are looked up among the name tokens of the Arabic lines
  (``arabic_name_tokens``). Name recall: a name matches a token of the aligned
  Arabic line. Name false rate: the share of the other 1,996 Arabic lines in which
  it matches a token (the expected rate for a random unaligned line). Line
  recall / false rate: the same for "any name of the line matches" -- what
  anchors a sentence in the pipeline. Many unaligned lines of the same story
  rightly name the same person ("Trump", "Kavanaugh"), so a "wrong" rate is
  given too: an unaligned line counts as wrongly matched only when the name is
  not in that line's own Latin side (for the reverse: when a matched evidence
  name is not in the claim line's Latin side).
* reverse (Arabic claim, Latin evidence): the name tokens of each Arabic line
  against the proper names of the Latin lines. Pairwise the relation is the
  same as forward (a match is symmetric); it differs when the evidence side is
  read differently (``opening``: a capitalised word opening the sentence counts).

Rates are aggregates over all lines; nothing is tuned to single rows.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
import tomllib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _evalcommon import ROOT

from verifier._names import Scheme, _Script, arabic_name_tokens, is_arabic, latin_name_tokens
from verifier._text import tokens

FILES = {
    "en": "newstest2019-src.eng.txt",
    "ar": "newstest2019-ref.arb.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
}
_CAP_OPENING = re.compile(r"^\W*([A-Z][^\W\d_]+)")


def base_table() -> dict[str, Any]:
    return tomllib.loads((ROOT / "verifier" / "data" / "names.toml").read_text("utf-8"))


def _merge_g(raw: dict[str, Any]) -> None:
    """G (g j, ج غ گ) merged into K (k q c, ك ق خ)."""
    for side in ("latin", "arabic"):
        raw[side]["rewrites"] = [[p, r.replace("G", "K")] for p, r in raw[side]["rewrites"]]
        raw[side]["letters"] = {k: v.replace("G", "K") for k, v in raw[side]["letters"].items()}


def _no_initial(raw: dict[str, Any]) -> None:
    for side in ("latin", "arabic"):
        raw[side]["rewrites"] = [r for r in raw[side]["rewrites"] if r[1] != "W"]


def _set(section: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(raw: dict[str, Any]) -> None:
        raw[section][key] = value

    return apply


VARIANTS: dict[str, Callable[[dict[str, Any]], None]] = {
    "base": lambda raw: None,
    "merge-g": _merge_g,
    "no-initial-w": _no_initial,
    "min-exact-2": _set("match", "min_exact", 2),
    "min-exact-4": _set("match", "min_exact", 4),
    "min-fuzzy-4": _set("match", "min_fuzzy", 4),
    "min-fuzzy-6": _set("match", "min_fuzzy", 6),
    "no-fuzzy": _set("match", "min_fuzzy", 99),
    "no-prefixes": _set("arabic", "prefixes", []),
    "few-prefixes": _set("arabic", "prefixes", ["وال", "ال", "و"]),
}
# options on what is read as a name, not on the key scheme
READINGS = ("ar-all-tokens", "opening", "anyascii")


class _Romanised(_Script):
    """Arabic keyed by a library transliteration (anyascii) and the Latin rules."""

    def __init__(self, latin: _Script) -> None:
        super().__init__(latin.rewrites, latin.letters)

    def skeleton(self, word: str) -> str:
        from anyascii import anyascii

        return super().skeleton(re.sub("[^a-z]", "", anyascii(word).lower()))


def make_scheme(variant: str) -> Scheme:
    raw = copy.deepcopy(base_table())
    if variant in VARIANTS:
        VARIANTS[variant](raw)
    s = Scheme.from_table(raw)
    if variant == "anyascii":
        s = Scheme(s.latin, _Romanised(s.latin), s.prefixes, s.min_exact, s.min_fuzzy)
    return s


@dataclass
class Rates:
    names: int = 0
    name_hits: int = 0
    name_false: float = 0.0
    name_wrong: float = 0.0
    lines: int = 0
    line_hits: int = 0
    line_false: float = 0.0
    line_wrong: float = 0.0

    def row(self) -> str:
        n, ln = max(1, self.names), max(1, self.lines)
        return (
            f"names {self.names:5d} recall {self.name_hits / n:.3f} "
            f"false {self.name_false / n:.4f} wrong {self.name_wrong / n:.4f} | "
            f"lines {self.lines:4d} recall {self.line_hits / ln:.3f} "
            f"false {self.line_false / ln:.4f} wrong {self.line_wrong / ln:.4f}"
        )


def _inverted(bags: Sequence[frozenset[str]]) -> dict[str, set[int]]:
    inv: dict[str, set[int]] = defaultdict(set)
    for j, bag in enumerate(bags):
        for e in bag:
            inv[e].add(j)
    return inv


def _matched(inv: dict[str, set[int]], probes: Sequence[str]) -> set[int]:
    out: set[int] = set()
    for p in probes:
        out |= inv.get(p, set())
    return out


def _arabic_words(text: str, all_tokens: bool) -> frozenset[str]:
    if all_tokens:
        return frozenset(t for t, _, _ in tokens(text) if is_arabic(t))
    return arabic_name_tokens(text)


def _latin_words(text: str, opening: bool) -> frozenset[str]:
    names = set(latin_name_tokens(text))
    if opening:
        m = _CAP_OPENING.match(text)
        if m:
            names |= {t for t, _, _ in tokens(m.group(1))}
    return frozenset(names)


def measure(
    s: Scheme, latin: list[str], arabic: list[str], all_tokens: bool, opening: bool
) -> tuple[Rates, Rates, dict[int, Rates], float]:
    n = len(latin)
    ar_words = [_arabic_words(t, all_tokens) for t in arabic]
    ar_bags = [frozenset(s.bag(w).index) for w in ar_words]
    lat_claim = [_latin_words(t, False) for t in latin]
    lat_evid = [_latin_words(t, opening) for t in latin]
    lat_words = [frozenset(t for t, _, _ in tokens(t)) for t in latin]
    # forward: Latin names against Arabic lines
    inv = _inverted(ar_bags)
    fwd, by_len = Rates(), defaultdict(Rates)
    for i, names in enumerate(lat_claim):
        union: set[int] = set()
        wrong_union: set[int] = set()
        keyed = False
        for name in names:
            keys = s.keys(name)
            if not keys:
                continue
            keyed = True
            got = _matched(inv, s.probes(name))
            wrong = {j for j in got if j != i and name not in lat_words[j]}
            union |= got
            wrong_union |= wrong
            hit, false = i in got, len(got - {i}) / (n - 1)
            for r in (fwd, by_len[min(len(k) for k in keys)]):
                r.names += 1
                r.name_hits += hit
                r.name_false += false
                r.name_wrong += len(wrong) / (n - 1)
        if keyed:
            fwd.lines += 1
            fwd.line_hits += i in union
            fwd.line_false += len(union - {i}) / (n - 1)
            fwd.line_wrong += len(wrong_union) / (n - 1)
    # reverse: Arabic name tokens against Latin evidence names
    by_name: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for j, names in enumerate(lat_evid):
        for name in names:
            for e in s.probes(name):
                by_name[e].add((j, name))
    rev = Rates()
    for i, words in enumerate(ar_words):
        if not any(s.keys(w) for w in lat_evid[i]):
            continue  # the aligned Latin line has no name to find
        pairs: set[tuple[int, str]] = set()
        for w in words:
            for p in s.probes(w):
                pairs |= by_name.get(p, set())
        union = {j for j, _ in pairs}
        rev.lines += 1
        rev.line_hits += i in union
        rev.line_false += len(union - {i}) / (n - 1)
        rev.line_wrong += len({j for j, m in pairs if j != i and m not in lat_words[i]}) / (n - 1)
    per_line = sum(len(w) for w in ar_words) / max(1, n)
    return fwd, rev, dict(by_len), per_line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--variants", default=",".join([*VARIANTS, *READINGS]))
    parser.add_argument("--langs", default="en,fr,es")
    parser.add_argument("--by-length", action="store_true", help="forward rates by key length")
    args = parser.parse_args(argv)
    folder = args.data_dir / "ntrex128"
    lines = {k: (folder / f).read_text("utf-8").splitlines() for k, f in FILES.items()}
    for variant in args.variants.split(","):
        if variant == "anyascii":
            try:
                import anyascii  # noqa: F401
            except ImportError:
                print(f"{variant:14s} skipped: anyascii is not installed")
                continue
        s = make_scheme(variant)
        for lang in args.langs.split(","):
            fwd, rev, by_len, per_line = measure(
                s,
                lines[lang],
                lines["ar"],
                all_tokens=variant == "ar-all-tokens",
                opening=variant == "opening",
            )
            print(f"{variant:14s} {lang}->ar  {fwd.row()}")
            print(
                f"{variant:14s} ar->{lang}  {'':58s}|{rev.row().split('|')[1]}  ({per_line:.1f} ar words/line)"
            )
            if args.by_length:
                for length in sorted(by_len):
                    print(
                        f"{'':14s}   key length {length:2d}: {by_len[length].row().split('|')[0]}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
