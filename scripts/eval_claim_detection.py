"""How well the audit's claim detection finds "verifiable factual claims" in tweets.

Usage: python scripts/eval_claim_detection.py DATA_DIR [--errors N]

DATA_DIR holds ``checkthat2022_claims/`` (or is that folder): CLEF CheckThat! 2022
task 1B, "contains a verifiable factual claim", Arabic and English, files
``CT22_<language>_1B_claim_<split>.tsv`` with columns ``tweet_text`` and
``class_label`` (1 = contains a verifiable claim).

Positive = gold label 1. Predicted positive = :func:`verifier.audit.detect_claims`
finds at least one check-worthy sentence (a statement with a count, percent,
money, measure or duration figure). The task's positives include every kind of
verifiable claim, most of them without a figure, so recall is bounded by the
share of positives that state a figure; the script prints that share and the
always-positive baseline beside precision, recall and F1.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from verifier.audit import detect_claims  # noqa: E402
from verifier.quantities import extract_quantities  # noqa: E402

LANGS = {"ar": "arabic", "en": "english"}


@dataclass
class Score:
    """Confusion counts of one language/split."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    any_figure_pos: int = 0  # gold positives with any figure at all (years, dates included)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def positive_rate(self) -> float:
        return (self.tp + self.fn) / self.n if self.n else 0.0


def read_rows(path: Path) -> list[tuple[str, bool]]:
    """``(tweet_text, is_claim)`` rows of one TSV file."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["tweet_text"], r["class_label"].strip() == "1") for r in reader]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print N misses of each kind")
    args = parser.parse_args()
    folder = args.data_dir
    if (folder / "checkthat2022_claims").is_dir():
        folder = folder / "checkthat2022_claims"
    files = sorted(folder.glob("CT22_*_1B_claim_*.tsv"))
    if not files:
        print(f"no CT22_*_1B_claim_*.tsv under {folder}", file=sys.stderr)
        return 2
    print("claim detection on CheckThat! 2022 task 1B (positive = contains a verifiable claim)")
    print(
        "predicted positive = at least one checkable figure (count/percent/money/measure/duration)"
    )
    print()
    header = (
        f"{'lang':<5}{'split':<10}{'n':>6}{'pos%':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'yes-F1':>8}{'pos w/ any fig':>16}"
    )
    print(header)
    started = time.perf_counter()
    for lang, name in LANGS.items():
        total = Score()
        misses: dict[str, list[str]] = {"fp": [], "fn": []}
        for path in [f for f in files if f"_{name}_" in f.name]:
            split = path.stem.split("_claim_")[-1]
            score = Score()
            for text, gold in read_rows(path):
                pred = bool(detect_claims(text, lang))
                if gold and any(True for _ in extract_quantities(text, lang)):
                    score.any_figure_pos += 1
                if pred and gold:
                    score.tp += 1
                elif pred:
                    score.fp += 1
                    misses["fp"].append(text)
                elif gold:
                    score.fn += 1
                    misses["fn"].append(text)
                else:
                    score.tn += 1
            _print(lang, split, score)
            for key in ("tp", "fp", "fn", "tn", "any_figure_pos"):
                setattr(total, key, getattr(total, key) + getattr(score, key))
        _print(lang, "all", total)
        for kind in ("fp", "fn"):
            for text in misses[kind][: args.errors]:
                print(f"    {kind}: {' '.join(text.split())[:160]}")
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


def _print(lang: str, split: str, s: Score) -> None:
    pos = s.tp + s.fn
    yes_p = s.positive_rate
    yes_f1 = 2 * yes_p / (yes_p + 1) if yes_p else 0.0
    share = f"{s.any_figure_pos}/{pos}"
    print(
        f"{lang:<5}{split:<10}{s.n:>6}{100 * s.positive_rate:>6.1f}%{s.precision:>7.3f}"
        f"{s.recall:>7.3f}{s.f1:>7.3f}{yes_f1:>8.3f}{share:>16}"
    )


if __name__ == "__main__":
    sys.exit(main())
