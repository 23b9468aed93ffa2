"""Log-log plot of how the verifier's costs grow with the index size.

Usage: python scripts/plot_scale.py RESULTS_JSON [--out BENCHMARKS_scale.png]

RESULTS_JSON is what ``scripts/bench_scale.py --json`` writes (one entry per
size, with its ``build`` and ``latency`` records). Plots, against the number of
indexed sentences on log-log axes: build time, peak RSS while building, load
time, and warm check latency (p50 and p99), each with its fitted slope (cost ∝
size^slope) in the legend. Needs matplotlib: ``pip install -e .[plot]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_SERIES: tuple[tuple[str, str, Callable[[dict[str, Any]], float]], ...] = (
    # (label, unit, getter)
    ("build", "s", lambda r: r["build"]["build_seconds"]),
    ("peak RSS while building", "GiB", lambda r: r["build"]["peak_rss_mib"] / 1024),
    ("index load", "s", lambda r: r["latency"]["load_seconds"]),
    ("warm check p50", "ms", lambda r: r["latency"]["p50_ms"]),
    ("warm check p99", "ms", lambda r: r["latency"]["p99_ms"]),
)


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / den if den else 0.0


def plot(results: dict[str, Any], out: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.exit("plot_scale.py needs matplotlib: pip install -e .[plot]")
    rows = sorted(
        (r for r in results.values() if "build" in r and "latency" in r),
        key=lambda r: r["build"]["sentences"],
    )
    if len(rows) < 2:
        sys.exit(f"{len(rows)} size(s) with build and latency results: need at least 2")
    xs = [float(r["build"]["sentences"]) for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5))
    for label, unit, get in _SERIES:
        ys = [float(get(r)) for r in rows]
        ax = right if unit == "ms" else left
        ax.plot(xs, ys, marker="o", label=f"{label} ({unit}), slope {slope(xs, ys):.2f}")
    for ax, title in ((left, "index: build, memory, load"), (right, "warm `verifier check`")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("indexed sentences")
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("Cost against index size (builtin encoder, 2 cores)")
    fig.tight_layout()
    fig.savefig(out, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--out", type=Path, default=Path("BENCHMARKS_scale.png"))
    args = parser.parse_args(argv)
    plot(json.loads(args.results.read_text("utf-8")), args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
