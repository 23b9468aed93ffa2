"""Benchmark the quantity extractor on real news sentences.

Usage: python scripts/bench_quantities.py FOLDER [--repeat N]

FOLDER holds line-aligned files such as newstest2019-src.eng.txt,
newstest2019-ref.arb.txt, newstest2019-ref.fra.txt, newstest2019-ref.spa.txt
(e.g. /work/shared/evaldata/ntrex128/). Every line of each language file is
one sentence; the extractor runs on each in a single process and the script
prints sentences per second per language and overall, and the figures found.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verifier.quantities import extract_quantities

# file-name suffix -> language code
SUFFIXES = {"eng": "en", "arb": "ar", "fra": "fr", "spa": "es"}


def _files(folder: Path) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    for path in sorted(folder.glob("*.txt")):
        suffix = path.stem.rsplit(".", 1)[-1]
        if suffix in SUFFIXES:
            found.append((SUFFIXES[suffix], path))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of line-aligned news files")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per language")
    parser.add_argument(
        "--detect", action="store_true", help="let the extractor detect the language"
    )
    args = parser.parse_args(argv)
    files = _files(args.folder)
    if not files:
        print(f"no *.eng/arb/fra/spa.txt files in {args.folder}", file=sys.stderr)
        return 1
    total_lines = 0
    total_time = 0.0
    for lang, path in files:
        lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        code = None if args.detect else lang
        kinds: Counter[str] = Counter()
        for line in lines:  # warm-up pass, also counts the figures
            kinds.update(q.kind for q in extract_quantities(line, code))
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            for line in lines:
                extract_quantities(line, code)
            best = min(best, time.perf_counter() - t0)
        total_lines += len(lines)
        total_time += best
        with_fig = sum(1 for line in lines if extract_quantities(line, code))
        print(
            f"{lang}: {len(lines)} sentences, {len(lines) / best:,.0f} sentences/s, "
            f"{sum(kinds.values())} figures in {with_fig} sentences "
            + ", ".join(f"{k}={v}" for k, v in kinds.most_common())
        )
    print(f"overall: {total_lines} sentences, {total_lines / total_time:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
