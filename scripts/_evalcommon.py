"""Shared helpers of the evaluation and benchmark scripts (``scripts/eval_*``, ``scripts/bench_*``).

Metrics (accuracy, per-class and macro F1), encoder loading by short name, the
machine/commit description written beside every figure, and small timing and
memory helpers. Nothing here reads data: each script takes the data folder as
an argument and never copies data into the repository.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from verifier.encode import BuiltinEncoder, Encoder, load_encoder  # noqa: E402
from verifier.evaluate import f1  # noqa: E402
from verifier.settings import Settings  # noqa: E402

__all__ = [
    "ENCODERS",
    "ROOT",
    "Metrics",
    "Row",
    "eval_settings",
    "example",
    "get_encoder",
    "git_commit",
    "machine",
    "metrics",
    "peak_rss_mib",
    "percentile",
    "rss_mib",
]

# short names accepted by --encoders, in report order
ENCODERS = ("builtin", "all-MiniLM-L6-v2")
# a fixed reference date, so that "this year" in the data resolves the same on every run
REFERENCE_DATE = date(2019, 6, 1)


def eval_settings(**overrides: Any) -> Settings:
    """Settings used by the evaluations: defaults plus a fixed reference date."""
    base: dict[str, Any] = {"reference_date": REFERENCE_DATE}
    base.update(overrides)
    return Settings(**base)


@cache
def get_encoder(name: str) -> Encoder:
    """The encoder named ``name`` ('builtin' or a sentence-transformers name), loaded once."""
    if name == "builtin":
        return BuiltinEncoder()
    return load_encoder(name, Settings())


def available_encoders(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split ``names`` into (loadable, unavailable-with-reason)."""
    ok: list[str] = []
    missing: list[str] = []
    for name in names:
        try:
            get_encoder(name)
        except Exception as exc:  # a model that is not on disk
            missing.append(f"{name}: {str(exc)[:120]}")
        else:
            ok.append(name)
    return ok, missing


# ---------------------------------------------------------------------------- metrics
@dataclass
class Metrics:
    n: int
    accuracy: float
    macro_f1: float
    per_class_f1: dict[str, float]
    confusion: dict[str, dict[str, int]]  # gold -> predicted -> count


def metrics(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> Metrics:
    """Accuracy and macro-F1 over ``labels`` (a label never predicted nor gold is still counted)."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    pairs = Counter(zip(gold, pred, strict=True))
    per_class = {}
    for label in labels:
        tp = pairs[(label, label)]
        fp = sum(c for (g, p), c in pairs.items() if p == label and g != label)
        fn = sum(c for (g, p), c in pairs.items() if g == label and p != label)
        per_class[label] = f1(tp, fp, fn)
    confusion: dict[str, dict[str, int]] = {}
    for (g, p), c in pairs.items():
        confusion.setdefault(g, {})[p] = c
    n = len(gold)
    correct = sum(c for (g, p), c in pairs.items() if g == p)
    return Metrics(
        n=n,
        accuracy=correct / n if n else 0.0,
        macro_f1=sum(per_class.values()) / len(labels) if labels else 0.0,
        per_class_f1=per_class,
        confusion=confusion,
    )


def majority_baseline(gold: Sequence[str], labels: Sequence[str]) -> Metrics:
    """Metrics of always answering the most frequent gold label."""
    top = Counter(gold).most_common(1)[0][0] if gold else labels[0]
    return metrics(gold, [top] * len(gold), labels)


# ---------------------------------------------------------------------------- reporting
@dataclass
class Row:
    """One line of the summary table of EVALUATION.md."""

    dataset: str
    slice: str
    encoder: str
    metric: str
    value: float
    n: int
    aim: str = ""
    note: str = ""


@dataclass
class Section:
    """What one evaluation returns: table rows plus free text (failure examples...)."""

    name: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)


def example(section: Section, pattern: str, text: str, keep: int = 3) -> None:
    """Count a failure pattern and keep up to ``keep`` examples of it."""
    section.counts[pattern] += 1
    bucket = section.examples.setdefault(pattern, [])
    if len(bucket) < keep:
        bucket.append(text)


def print_section(section: Section) -> None:
    print(f"== {section.name}")
    for r in section.rows:
        aim = f"  (aim {r.aim})" if r.aim else ""
        print(f"{r.dataset:12} {r.slice:34} {r.encoder:17} {r.metric:22} {r.value:7.3f}  n={r.n}{aim} {r.note}")
    for note in section.notes:
        print("  " + note)
    for pattern, texts in section.examples.items():
        print(f"  -- {pattern} ({section.counts[pattern]} cases, {len(texts)} shown)")
        for t in texts:
            print("     " + t)


# ---------------------------------------------------------------------------- machine
def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "verifier"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out + (" (+ uncommitted changes in verifier/)" if dirty else "")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; load average at start {load:.2f}"
    )


# ---------------------------------------------------------------------------- timing / memory
def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), linear interpolation."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    if q <= 0:
        return min(values)
    if q >= 100:
        return max(values)
    return cuts[int(q) - 1]


def rss_mib() -> float:
    """Current resident set size of this process, MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    import time

    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def check_against(encoder_name: str, evidence: Sequence[str], claim: str, lang: str = "und") -> Any:
    """The verdict on ``claim`` from an in-memory verifier over ``evidence`` (one document each)."""
    from verifier.pipeline import Verifier
    from verifier.records import Document

    docs = [
        Document(id=f"e{i}", text=text, lang=lang)
        for i, text in enumerate(evidence)
        if text and text.strip()
    ]
    verifier = Verifier.from_documents(docs, eval_settings(), get_encoder(encoder_name))
    return verifier.check(claim)


def figures_of(qs: Sequence[Any]) -> str:
    """Compact view of extracted figures: text|kind|unit|bound."""
    return "[" + "; ".join(f"{q.text}|{q.kind}|{q.unit}|{q.bound}" for q in qs) + "]"


def has_figure(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` holds a checkable figure (count, percent, money, measure, duration, score)."""
    from verifier.quantities import extract_quantities
    from verifier.retrieve import CHECKABLE_KINDS

    return any(q.kind in CHECKABLE_KINDS for q in extract_quantities(text, lang))
