"""Arabic and French sentence pairs with figures: ANS stance and DACCORD.

Usage: python scripts/eval_pairs.py DATA_DIR [--encoders builtin,all-MiniLM-L6-v2] [--limit N]

* ANS (``ans/stance/{train,dev,test}.csv``: s1, s2, stance agree/disagree/other):
  all three splits (nothing here is trained), pairs with a checkable figure on
  both sides.
* DACCORD (``daccord_fr/daccord_pairs.jsonl``: premises, hypothesis, label
  no/unknown): pairs with a checkable figure in the premise and the hypothesis.

For each pair an in-memory verifier indexes the first side (s1 / premise) and
checks the second (s2 / hypothesis). Mapping of verdicts to gold labels:

* main ("lenient"): agree -> supported, disagree / no -> contradicted,
  other / unknown -> "not contradicted" (supported or unknown are both right).
  ANS is scored over {agree, disagree, other}; DACCORD over {contradiction,
  compatible}. A prediction is mapped to the gold class it satisfies.
* 3-way ("strict"): supported/contradicted/unknown against agree/disagree/other
  (DACCORD: no -> contradicted, unknown -> unknown).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from _evalcommon import (
    ENCODERS,
    Row,
    Section,
    available_encoders,
    check_against,
    example,
    figures_of,
    has_figure,
    metrics,
    print_section,
)

from verifier.quantities import extract_quantities

ANS_SPLITS = ("train", "dev", "test")


@dataclass
class Pair:
    dataset: str
    id: str
    first: str
    second: str
    gold: str  # agree/disagree/other (ANS) or no/unknown (DACCORD)
    lang: str


def ans_pairs(data_dir: Path) -> Iterator[Pair]:
    for split in ANS_SPLITS:
        with (data_dir / "ans" / "stance" / f"{split}.csv").open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh)):
                yield Pair("ANS", f"{split}:{n}", row["s1"], row["s2"], row["stance"], "ar")


def daccord_pairs(data_dir: Path) -> Iterator[Pair]:
    with (data_dir / "daccord_fr" / "daccord_pairs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            premise = " ".join(row["premises"])
            yield Pair("DACCORD", row["id"], premise, row["hypothesis"], row["label"], "fr")


LENIENT = {
    "ANS": {"agree": "supported", "disagree": "contradicted", "other": "not contradicted"},
    "DACCORD": {"no": "contradicted", "unknown": "not contradicted"},
}
STRICT = {"agree": "supported", "disagree": "contradicted", "other": "unknown", "no": "contradicted", "unknown": "unknown"}


def lenient_pred(gold_class: str, verdict: str, classes: set[str]) -> str:
    """The lenient class a verdict stands for, given the gold class (see module doc)."""
    if gold_class == "not contradicted" and verdict != "contradicted":
        return "not contradicted"
    if verdict == "contradicted":
        return "contradicted"
    return "supported" if verdict == "supported" and "supported" in classes else "not contradicted"


def select(pairs: Iterator[Pair], limit: int | None) -> tuple[list[Pair], dict[str, int]]:
    counts = {"pairs": 0, "figures on both sides": 0, "figure only in the checked side": 0}
    out: list[Pair] = []
    for p in pairs:
        counts["pairs"] += 1
        second = has_figure(p.second, p.lang)
        if second and has_figure(p.first, p.lang):
            counts["figures on both sides"] += 1
            if limit is None or len(out) < limit:
                out.append(p)
        elif second:
            counts["figure only in the checked side"] += 1
    return out, counts


def _values(text: str, lang: str) -> list[float]:
    from verifier.retrieve import CHECKABLE_KINDS

    return sorted(q.value for q in extract_quantities(text, lang) if q.kind in CHECKABLE_KINDS)


def same_figures_note(name: str, pairs: list[Pair]) -> str:
    """How many pairs per gold label state the same figures on both sides (then the
    stance, if any, is not about a figure and a numeric verifier cannot see it)."""
    total: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for p in pairs:
        total[p.gold] += 1
        same[p.gold] += _values(p.first, p.lang) == _values(p.second, p.lang)
    parts = ", ".join(f"{g}: {same[g]}/{total[g]}" for g in sorted(total))
    return f"{name}: pairs whose two sides state the same figures (by gold label): {parts}"


def evaluate(name: str, pairs: list[Pair], encoder: str, section: Section) -> None:
    classes = LENIENT[name]
    gold_l: list[str] = []
    pred_l: list[str] = []
    gold_s: list[str] = []
    pred_s: list[str] = []
    numeric: dict[str, list[bool]] = {"contradicted": [], "supported": []}
    for p in pairs:
        v = check_against(encoder, [p.first], p.second, p.lang)
        same = _values(p.first, p.lang) == _values(p.second, p.lang)
        if STRICT[p.gold] == "contradicted" and not same:
            numeric["contradicted"].append(v.verdict == "contradicted")
        if p.gold == "agree" and same:
            numeric["supported"].append(v.verdict == "supported")
        g = classes[p.gold]
        pl = lenient_pred(g, v.verdict, set(classes.values()))
        gold_l.append(g)
        pred_l.append(pl)
        gold_s.append(STRICT[p.gold])
        pred_s.append(v.verdict)
        if pl != g:
            first_q = extract_quantities(p.first, p.lang)
            example(
                section,
                f"{name} {encoder} gold {p.gold} -> {v.verdict}/{v.reason or '-'}",
                f"{p.id}: checked {p.second[:110]!r} {figures_of(v.claim_quantities)} against "
                f"{p.first[:110]!r} {figures_of(first_q)}: {v.message[:120]!r}",
            )
    labels_l = sorted(set(classes.values()))
    m = metrics(gold_l, pred_l, labels_l)
    s = metrics(gold_s, pred_s, ["supported", "contradicted", "unknown"])
    aim = ">=0.85" if encoder == "builtin" else ""
    section.rows += [
        Row(name, "lenient (mapping in script)", encoder, "accuracy", m.accuracy, m.n),
        Row(name, "lenient (mapping in script)", encoder, "macro-F1", m.macro_f1, m.n, aim),
        Row(name, "3-way strict", encoder, "accuracy", s.accuracy, s.n),
        Row(name, "3-way strict", encoder, "macro-F1", s.macro_f1, s.n),
    ]
    for want, hits in numeric.items():
        if hits:
            what = "contradiction, figures differ" if want == "contradicted" else "agree, same figures"
            section.rows.append(
                Row(name, f"numeric slice: {what}", encoder, f"recall {want}", sum(hits) / len(hits), len(hits))
            )
    section.rows += [
        Row(name, f"lenient F1 {label}", encoder, "F1", f1, sum(g == label for g in gold_l))
        for label, f1 in m.per_class_f1.items()
    ]
    section.notes.append(f"{name} {encoder} confusion (gold -> predicted, lenient): {m.confusion}")
    section.notes.append(f"{name} {encoder} confusion (gold -> verdict, 3-way): {s.confusion}")


def run(data_dir: Path, encoders: list[str], limit: int | None = None) -> Section:
    section = Section("ANS (ar) and DACCORD (fr) pairs with figures")
    ok, missing = available_encoders(encoders)
    section.notes += [f"encoder not available: {m}" for m in missing]
    for name, source in (("ANS", ans_pairs(data_dir)), ("DACCORD", daccord_pairs(data_dir))):
        pairs, counts = select(source, limit)
        section.notes.append(
            f"{name}: " + ", ".join(f"{k}={v}" for k, v in counts.items())
            + (f"; evaluated the first {len(pairs)}" if limit else "")
        )
        section.notes.append(same_figures_note(name, pairs))
        for encoder in ok:
            evaluate(name, pairs, encoder, section)
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder holding ans/ and daccord_fr/")
    parser.add_argument("--encoders", default=",".join(ENCODERS))
    parser.add_argument("--limit", type=int, default=None, help="first N pairs per data set")
    args = parser.parse_args(argv)
    print_section(run(args.data_dir, args.encoders.split(","), args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
