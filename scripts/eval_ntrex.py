"""Cross-lingual figures on NTREX-128: English claims against their own translation.

Usage: python scripts/eval_ntrex.py DATA_DIR [--encoders builtin,all-MiniLM-L6-v2]
       [--langs ar,fr,es] [--source en] [--limit N] [--seed 13]

DATA_DIR holds ``ntrex128/`` (1,997 lines aligned en/ar/fr/es). For each target
language the whole side is indexed in memory, one ``Document`` per line
(id = line number). Claims are the English lines that hold a checkable figure
(count, percent, money, measure, duration, score). Lines whose only figures are
years or dates are claims of their own, reported apart ("dates only"): as
written they must be supported, with the year of one date moved by one to
three years (:func:`perturb_year`) contradicted. Lines with only ordinals are
skipped and counted.

``--source`` takes the claims from another side instead (``--source ar --langs
en,fr,es``: Arabic claims against Latin-script evidence); altered figures are
then written the way that side writes numbers ("7,5" and "350 000" in French,
"30.000" in Spanish, "ملايين"/"مليار" for Arabic scales: ``_STYLES``).

* unaltered: the English line as written must be **supported**;
* altered (one figure changed by :func:`perturb`, deterministic with ``--seed``)
  must be **contradicted**. Three kinds: ``off`` (×1.1–1.5 or −20%),
  ``transpose`` (two adjacent digits swapped), ``scale`` (thousand↔million,
  million↔billion). A score ("a 1-0 win") is altered on its first side by ``off``
  and ``transpose`` ("1-0" -> "2-0", "31-27" -> "13-27"), never by ``scale``.
  Only exact figures are altered: "more than 135" → "more than
  162" is not refutable by "more than 135", so hedged/bounded figures are left
  alone (claims with no exact figure get no altered variant; counted).

"strict" accuracy also requires the verdict to cite the aligned line. Retrieval
recall@1/@5 of the aligned line is measured with the library's ``retrieve``
(fused, as ``check`` uses it) and with the dense FAISS channel alone.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from _evalcommon import (
    ENCODERS,
    Row,
    Section,
    available_encoders,
    eval_settings,
    example,
    get_encoder,
    print_section,
)

from verifier import _lexicon as lx
from verifier.pipeline import Verifier
from verifier.quantities import extract_quantities
from verifier.records import Document, Quantity, Verdict
from verifier.retrieve import CHECKABLE_KINDS, retrieve

FILES = {
    "en": "newstest2019-src.eng.txt",
    "ar": "newstest2019-ref.arb.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
}
KINDS = ("off", "transpose", "scale")
DATE_KINDS = ("year", "date")
DATE_CLAIMS = ("date", "date_year")  # a line stating only dates, as written and with a year moved
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d|['’]?s\b)")  # a year, not a decade
# digits with separators: "1,234.5", "7,5", "42.071", "350 000" (a space or a
# no-break space only before a group of three digits)
_MANTISSA = re.compile(r"\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")


@dataclass(frozen=True)
class _Style:
    """How one language writes a number: the separators and the scale words an
    altered claim is written with (each side's translators' usage in NTREX)."""

    thousands: str
    decimal: str
    swaps: tuple[tuple[re.Pattern[str], str], ...]  # scale word -> another scale
    millions: str  # "{x} {millions}": a thousand read as a million


_STYLES = {
    "en": _Style(
        ",",
        ".",
        (
            (re.compile(r"\bthousand\b", re.I), "million"),
            (re.compile(r"\bmillion\b", re.I), "billion"),
            (re.compile(r"\bbillion\b", re.I), "million"),
            (re.compile(r"(?<=\d)bn\b", re.I), "m"),
            (re.compile(r"(?<=\d)m\b"), "bn"),
            (re.compile(r"(?<=\d)k\b", re.I), "m"),
        ),
        "million",
    ),
    "fr": _Style(
        "\u00a0",
        ",",
        (
            (re.compile(r"\bmille\b", re.I), "millions"),
            (re.compile(r"\bmillions?\b", re.I), "milliards"),
            (re.compile(r"\bmilliards?\b", re.I), "millions"),
        ),
        "millions",
    ),
    "es": _Style(
        ".",
        ",",
        (
            (re.compile(r"\bmil millones\b", re.I), "millones"),
            (re.compile(r"\bmill(?:ones|ón)\b", re.I), "mil millones"),
        ),
        "millones",
    ),
    "ar": _Style(
        ",",
        ".",
        (
            (re.compile(r"(?<!\w)(?:ألف|آلاف)(?!\w)"), "مليون"),
            (re.compile(r"(?<!\w)(?:مليون|ملايين)(?!\w)"), "مليار"),
            (re.compile(r"(?<!\w)(?:مليار|مليارات)(?!\w)"), "مليون"),
        ),
        "مليون",
    ),
}
_FACTORS = (1.1, 1.2, 1.3, 1.4, 1.5, 0.8)


@dataclass
class Claim:
    line: int
    text: str
    kind: str  # "unaltered", one of KINDS, or one of DATE_CLAIMS
    changed: str = ""  # "old -> new" for altered claims


# ---------------------------------------------------------------------------- perturbation
_SEPARATOR = re.compile(r"[.,\u00a0\u202f ]")


def _split(text: str, style: _Style) -> tuple[str, str]:
    """A mantissa's whole digits and decimal digits as ``style`` reads it: its last
    separator is the decimal sign when it is the style's, or when fewer or more than
    three digits follow it ("7,5" in French, "3.47" in English; not "42.071" in
    Spanish nor "350 000")."""
    seps = _SEPARATOR.findall(text)
    groups = _SEPARATOR.split(text)
    if seps and (seps[-1] == style.decimal or len(groups[-1]) != 3):
        return "".join(groups[:-1]), groups[-1]
    return "".join(groups), ""


def _parse(text: str, style: _Style) -> float:
    whole, decimals = _split(text, style)
    return float(f"{whole}.{decimals}" if decimals else whole)


def _decimals(text: str, style: _Style) -> int:
    return len(_split(text, style)[1])


def _render(value: float, template: str, style: _Style) -> str:
    """``value`` written like ``template`` (grouped thousands, number of decimals) in
    ``style``."""
    decimals = _decimals(template, style)
    whole = template[: len(template) - decimals - (1 if decimals else 0)]
    grouped = bool(_SEPARATOR.search(whole)) or value >= 10_000
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    # from the English layout ("1,234.5") to the style's
    return text.replace(",", "\x00").replace(".", style.decimal).replace("\x00", style.thousands)


def _plain_words(text: str, lang: str) -> bool:
    """Is ``text`` only number words, which a figure may replace ("two", "وثلاثة")?
    Not a word that carries its noun ("twice", "both", "عامين": two years)."""
    nw = lx.number_words(lang)
    words = nw.all_words() | nw.weak | nw.connectors
    prefixed = lx.prefixed_numbers(lang)
    return all(w in words or w in prefixed for w in map(lx.norm, re.split(r"[\s-]+", text)) if w)


def _mantissa(q: Quantity) -> re.Match[str] | None:
    return _MANTISSA.search(q.text)


def _off(q: Quantity, rng: random.Random, style: _Style) -> str | None:
    factor = rng.choice(_FACTORS)
    m = _mantissa(q)
    if m is None:  # a number word: "two" -> "3"
        new = max(round(q.value * factor), int(q.value) + 1) if factor > 1 else round(q.value * factor)
        return None if new == q.value or new <= 0 else str(new)
    old = m.group()
    base = _parse(old, style)
    new_text = _render(base * factor, old, style)
    if _parse(new_text, style) == base:
        new_text = _render(base + (1 if factor > 1 else -1) * 10 ** -_decimals(old, style), old, style)
    if _parse(new_text, style) <= 0:
        return None
    return q.text[: m.start()] + new_text + q.text[m.end() :]


def _transpose(q: Quantity, rng: random.Random, style: _Style) -> str | None:
    del style
    m = _mantissa(q)
    if m is None:
        return None
    old = m.group()
    pos = [i for i, ch in enumerate(old) if ch.isdigit()]
    options = []
    for a, b in itertools.pairwise(pos):
        if old[a] == old[b] or (a == pos[0] and old[b] == "0"):
            continue
        chars = list(old)
        chars[a], chars[b] = chars[b], chars[a]
        options.append("".join(chars))
    if not options:
        return None
    return q.text[: m.start()] + rng.choice(options) + q.text[m.end() :]


def _scale(q: Quantity, rng: random.Random, style: _Style) -> str | None:
    del rng
    if q.kind in ("percent", "score"):
        return None
    for pattern, repl in style.swaps:
        if pattern.search(q.text):
            return pattern.sub(repl, q.text, count=1)
    m = _mantissa(q)
    if m is None:
        return None
    old = m.group()
    base = _parse(old, style)
    # "3,000" -> "3 million" (a thousand read as a million); "135" -> "135,000"
    if base >= 1000:
        new = f"{_render(base / 1000, f'{base / 1000:g}', style)} {style.millions}"
    else:
        new = _render(base * 1000, old, style)
    return q.text[: m.start()] + new + q.text[m.end() :]


_PERTURB = {"off": _off, "transpose": _transpose, "scale": _scale}


def perturb(
    text: str, figures: list[Quantity], kind: str, rng: random.Random, lang: str = "en"
) -> tuple[str, str] | None:
    """``text`` with one exact figure changed by ``kind``: (new text, "old -> new"), or
    None. The new figure is written the way ``lang`` writes numbers."""
    style = _STYLES[lang]
    targets = [
        q
        for q in figures
        if q.bound == "exact" and not q.hedge and (_mantissa(q) or _plain_words(q.text, lang))
    ]
    rng.shuffle(targets)
    for q in targets:
        new = _PERTURB[kind](q, rng, style)
        if new and new != q.text:
            return text[: q.start] + new + text[q.end :], f"{q.text} -> {new}"
    return None


def perturb_year(text: str, dates: list[Quantity], rng: random.Random) -> tuple[str, str] | None:
    """``text`` with the year of one of its dates moved by one to three years
    ("in 2017" -> "in 2019", "March 4, 2021" -> "March 4, 2020"): (new text, "old ->
    new"), or None when no date writes its year in digits."""
    def year_in(q: Quantity) -> re.Match[str] | None:
        # read with what follows the date, so that "1930" of "the 1930s" is no year
        m = _YEAR.search(text[q.start : q.end + 3])
        return m if m is not None and m.end() <= q.end - q.start else None

    targets = [q for q in dates if year_in(q)]
    if not targets:
        return None
    q = rng.choice(targets)
    m = year_in(q)
    assert m is not None
    year = str(int(m.group()) + rng.choice((-3, -2, -1, 1, 2, 3)))
    new = q.text[: m.start()] + year + q.text[m.end() :]
    return text[: q.start] + new + text[q.end :], f"{q.text} -> {new}"


# ---------------------------------------------------------------------------- data
def load_lines(data_dir: Path) -> dict[str, list[str]]:
    folder = data_dir / "ntrex128"
    lines = {lang: (folder / name).read_text("utf-8").splitlines() for lang, name in FILES.items()}
    sizes = {len(v) for v in lines.values()}
    if len(sizes) != 1:
        raise SystemExit(f"ntrex128 files are not line-aligned: {sizes}")
    return lines


def build_claims(
    source: list[str], limit: int | None, seed: int, source_lang: str = "en"
) -> tuple[list[Claim], Counter[str]]:
    """Unaltered and altered claims from the source lines with a checkable figure."""
    counts: Counter[str] = Counter()
    claims: list[Claim] = []
    for i, line in enumerate(source):
        qs = extract_quantities(line, source_lang)
        figures = [q for q in qs if q.kind in CHECKABLE_KINDS]
        if not qs:
            counts["no figure"] += 1
            continue
        if not figures:
            dates = [q for q in qs if q.kind in DATE_KINDS]
            if not dates:
                counts["only ordinals (skipped)"] += 1
                continue
            # a line that states only when things happened: its dates are the claim
            counts["date claims"] += 1
            claims.append(Claim(i, line, "date"))
            got = perturb_year(line, dates, random.Random(f"{seed}:{i}:date_year"))
            if got is None:
                counts["no date_year variant"] += 1
            else:
                claims.append(Claim(i, got[0], "date_year", got[1]))
            continue
        counts["claims"] += 1
        if limit is not None and counts["claims"] > limit:
            break
        claims.append(Claim(i, line, "unaltered"))
        for kind in KINDS:
            rng = random.Random(f"{seed}:{i}:{kind}")
            got = perturb(line, figures, kind, rng, source_lang)
            if got is None:
                counts[f"no {kind} variant"] += 1
                continue
            claims.append(Claim(i, got[0], kind, got[1]))
    if limit is not None:
        counts["claims"] = min(counts["claims"], limit)
    return claims, counts


# ---------------------------------------------------------------------------- evaluation
def _cites(verdict: Verdict, line: int) -> bool:
    return any(e.doc_id == str(line) for e in verdict.evidence)


def _recall(verifier: Verifier, claims: list[Claim], source_lang: str = "en") -> dict[str, float]:
    """Recall@1/@5 of the aligned line, fused retrieval and dense only."""
    encoder = verifier.encoder
    index = verifier.index
    texts = [c.text for c in claims]
    qss = [extract_quantities(t, source_lang) for t in texts]
    vectors = encoder.encode(texts, qss)
    hits: Counter[str] = Counter()
    for c, qs, vec in zip(claims, qss, vectors, strict=True):
        figures = [q for q in qs if q.kind in CHECKABLE_KINDS]
        cands = retrieve(index, c.text, figures, np.asarray(vec), verifier.settings.top_k * 3)
        fused = [index.sentences[x.sentence_id].doc_id for x in cands]
        _, ids = index.search(np.asarray(vec).reshape(1, -1), 5)
        dense = [index.sentences[i].doc_id for i in ids[0].tolist() if i >= 0]
        want = str(c.line)
        hits["fused@1"] += want in fused[:1]
        hits["fused@5"] += want in fused[:5]
        hits["dense@1"] += want in dense[:1]
        hits["dense@5"] += want in dense[:5]
    return {k: v / max(1, len(claims)) for k, v in hits.items()}


def figures_of(qs: list[Quantity]) -> str:
    """Compact view of extracted figures: text|kind|unit|bound."""
    return "[" + "; ".join(f"{q.text}|{q.kind}|{q.unit}|{q.bound}" for q in qs) + "]"


def _describe(c: Claim, v: Verdict, aligned: str, lang: str) -> str:
    cited = ",".join(sorted({e.doc_id for e in v.evidence})) or "-"
    change = f" [{c.changed}]" if c.changed else ""
    return (
        f"line {c.line}{change}: {c.text[:120]!r} {figures_of(v.claim_quantities)} -> "
        f"{v.verdict}/{v.reason or ''} cited={cited}; {v.message[:140]!r}; aligned: {aligned[:120]!r} "
        f"{figures_of(extract_quantities(aligned, lang))}"
    )


def evaluate_pair(
    lang: str,
    encoder_name: str,
    lines: dict[str, list[str]],
    claims: list[Claim],
    section: Section,
    source_lang: str = "en",
) -> None:
    settings = eval_settings()
    encoder = get_encoder(encoder_name)
    docs = [Document(id=str(i), text=t, lang=lang) for i, t in enumerate(lines[lang]) if t.strip()]
    t0 = time.perf_counter()
    verifier = Verifier.from_documents(docs, settings, encoder)
    t_index = time.perf_counter() - t0
    t0 = time.perf_counter()
    verdicts = verifier.check_many([c.text for c in claims])
    t_check = time.perf_counter() - t0
    pair = f"{source_lang}->{lang}"
    by_kind: dict[str, list[tuple[bool, bool]]] = {}
    for c, v in zip(claims, verdicts, strict=True):
        want = "supported" if c.kind in ("unaltered", "date") else "contradicted"
        ok = v.verdict == want
        by_kind.setdefault(c.kind, []).append((ok, ok and _cites(v, c.line)))
        if not ok:
            pattern = f"{pair} {encoder_name} {c.kind}: {v.verdict}/{v.reason or '-'}"
            example(section, pattern, _describe(c, v, lines[lang][c.line], lang), keep=3)
    altered = [x for k in KINDS for x in by_kind.get(k, [])]
    groups = [("unaltered -> supported", by_kind.get("unaltered", []), ">=0.95")]
    groups.append(("altered -> contradicted", altered, ">=0.90"))
    groups += [(f"  {k} -> contradicted", by_kind.get(k, []), "") for k in KINDS]
    groups.append(("dates only, unaltered -> supported", by_kind.get("date", []), ""))
    groups.append(("dates only, year moved -> contradicted", by_kind.get("date_year", []), ""))
    for name, items, aim in groups:
        if not items:
            continue
        acc = sum(ok for ok, _ in items) / len(items)
        strict = sum(s for _, s in items) / len(items)
        # the aims are for English claims with the builtin encoder
        aim_here = aim if encoder_name == "builtin" and source_lang == "en" else ""
        section.rows.append(Row("NTREX", f"{pair} {name}", encoder_name, "accuracy", acc, len(items), aim_here))
        section.rows.append(Row("NTREX", f"{pair} {name}", encoder_name, "strict (cites line)", strict, len(items)))
    originals = [c for c in claims if c.kind == "unaltered"]
    for key, value in _recall(verifier, originals, source_lang).items():
        section.rows.append(Row("NTREX", f"{pair} retrieval", encoder_name, f"recall {key}", value, len(originals)))
    section.notes.append(
        f"{pair} {encoder_name}: indexed {len(verifier.index.sentences)} sentences in {t_index:.1f}s; "
        f"{len(claims)} checks in {t_check:.1f}s ({1000 * t_check / max(1, len(claims)):.1f} ms/claim)"
    )


def run(
    data_dir: Path,
    encoders: list[str],
    langs: list[str],
    limit: int | None = None,
    seed: int = 13,
    source_lang: str = "en",
) -> Section:
    section = Section(
        "NTREX-128 cross-lingual figures"
        if source_lang == "en"
        else f"NTREX-128 the other way: {source_lang} claims"
    )
    lines = load_lines(data_dir)
    claims, counts = build_claims(lines[source_lang], limit, seed, source_lang)
    section.notes.append(
        f"{len(lines[source_lang])} {source_lang} lines: "
        + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        + f"; {len(claims)} checks per language (seed {seed}"
        + (f", first {limit} claims only" if limit else "")
        + ")"
    )
    ok, missing = available_encoders(encoders)
    section.notes += [f"encoder not available: {m}" for m in missing]
    for encoder_name in ok:
        for lang in langs:
            evaluate_pair(lang, encoder_name, lines, claims, section, source_lang)
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder holding ntrex128/")
    parser.add_argument("--encoders", default=",".join(ENCODERS))
    parser.add_argument("--langs", default="ar,fr,es")
    parser.add_argument("--limit", type=int, default=None, help="first N claims only")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--source", default="en", choices=sorted(FILES), help="language of the claims")
    args = parser.parse_args(argv)
    section = run(
        args.data_dir, args.encoders.split(","), args.langs.split(","), args.limit, args.seed, args.source
    )
    print_section(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
