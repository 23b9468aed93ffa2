"""Encoder throughput, index-build throughput against it, and cold `verifier check` latency.

Usage: python scripts/bench_encode.py DATA_DIR [--n 4000] [--encoders builtin,all-MiniLM-L6-v2]
       [--cold-runs 5] [--skip-quantities] [--rounds 3] [--sequential]

DATA_DIR holds ``ntrex128/``; its 1,997 lines × 4 languages are the sentences.

1. quantity extraction sentences/s: runs ``scripts/bench_quantities.py`` (not duplicated here);
2. raw encoder sentences/s per encoder on ``--n`` sentences: ``encode(texts)``
   (the builtin encoder then extracts figures itself) and, for builtin,
   ``encode(texts, quantities)`` with figures given;
3. index build: ``build_index`` on the same sentences written as a JSONL file
   (one document per line); throughput = sentences / ``IndexReport.seconds``.
   With the default ingest workers (``Settings.ingest_workers``), and with
   ``--sequential`` also with ingest in the indexing process (``ingest_workers=0``).
   ``--rounds`` rounds of (one raw pass, one build per setting), in one process
   after a warm-up (a small encode and a small build): each build is compared with the raw pass just before it
   (median of these ratios), so a machine that slows down or speeds up between
   measurements does not tilt the ratio. ``encode_seconds / seconds`` is the share
   of the build spent in the encoder;
4. cold check: ``python -m verifier.cli check CLAIM`` on the bundled corpus, whole
   process timed ``--cold-runs`` times after one untimed run that builds the index
   of the bundled corpus if needed; median.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _evalcommon import ROOT, eval_settings, get_encoder, machine

from verifier._ingest_pool import default_workers
from verifier.index import build_index
from verifier.quantities import extract_quantities

FILES = ("newstest2019-src.eng.txt", "newstest2019-ref.arb.txt", "newstest2019-ref.fra.txt", "newstest2019-ref.spa.txt")
COLD_CLAIM = "Morocco rescued 14,260 people"


def sentences(data_dir: Path, n: int) -> list[str]:
    lines: list[str] = []
    for name in FILES:
        lines += [t for t in (data_dir / "ntrex128" / name).read_text("utf-8").splitlines() if t.strip()]
    # interleave languages so any prefix is a mix
    per = len(lines) // len(FILES)
    mixed = [lines[i + k * per] for i in range(per) for k in range(len(FILES))]
    return mixed[:n]


def _rate(n: int, fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return n / (time.perf_counter() - t0)


def _jsonl(texts: list[str], folder: Path) -> Path:
    """The sentences as a JSONL file, one document per line."""
    src = folder / "docs.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n")
    return src


def rounds(
    name: str, texts: list[str], configs: list[int | None], count: int
) -> dict[str, list[float]]:
    """``count`` rounds of: one raw encoder pass, then one build per ingest config.

    Each build is paired with the raw pass of its round (same machine state);
    the caller reports medians and the median of the pairwise ratios.
    """
    enc = get_encoder(name)
    enc.encode(texts[:64])  # warm-up (model load, caches), and a small build below (faiss)
    qs = [extract_quantities(t) for t in texts] if name == "builtin" else None
    out: dict[str, list[float]] = {"raw": [], "raw+figures": []}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm"
        warm.mkdir()
        build_index([_jsonl(texts[:64], warm)], warm / "idx", enc, eval_settings())  # imports
        src = _jsonl(texts, Path(tmp))
        for _ in range(count):
            out["raw"].append(_rate(len(texts), lambda: enc.encode(texts)))
            if qs is not None:
                out["raw+figures"].append(_rate(len(texts), lambda: enc.encode(texts, qs)))
            for workers in configs:
                over = {} if workers is None else {"ingest_workers": workers}
                report = build_index(
                    [src], Path(tmp) / "idx", enc, eval_settings(**over), rebuild=True
                )
                rate = report.total_sentences / report.seconds
                out.setdefault(f"build {workers}", []).append(rate)
                out.setdefault(f"ratio {workers}", []).append(rate / out["raw"][-1])
                out.setdefault(f"encode share {workers}", []).append(
                    report.encode_seconds / report.seconds
                )
                out.setdefault(f"seconds {workers}", []).append(report.seconds)
                out["sentences"] = [report.total_sentences]
    return out


def cold_check(runs: int) -> tuple[float, list[float], float]:
    cmd = [sys.executable, "-m", "verifier.cli", "check", COLD_CLAIM]
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
    first = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            print(f"cold check failed: {proc.stderr[-300:]}", file=sys.stderr)
    return first, times, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--n", type=int, default=4000, help="sentences for encoder/build throughput")
    parser.add_argument("--encoders", default="builtin,all-MiniLM-L6-v2")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--skip-quantities", action="store_true")
    parser.add_argument("--rounds", type=int, default=3, help="raw pass + builds, repeated")
    parser.add_argument(
        "--sequential", action="store_true", help="also build with ingest in-process"
    )
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    print(f"command: python scripts/bench_encode.py {' '.join(argv if argv is not None else sys.argv[1:])}")
    if not args.skip_quantities:
        print("\n## quantity extraction (scripts/bench_quantities.py)")
        subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_quantities.py"), str(args.data_dir / "ntrex128")], check=False)
    texts = sentences(args.data_dir, args.n)
    print(f"\n## encoders and index build on {len(texts)} NTREX sentences (4 languages)")
    configured = eval_settings().ingest_workers  # VERIFIER_INGEST_WORKERS, if set
    workers = default_workers() if configured is None else configured
    configs: list[int | None] = [None, 0] if args.sequential else [None]
    labels = {None: f"{workers} worker(s)" + (" (default)" if configured is None else "")}
    labels[0] = "in-process"
    med = statistics.median
    print(f"{args.rounds} round(s) of: raw encoder pass, then a build per ingest setting; medians")
    print(
        "| encoder | raw encode sentences/s | ingest | build_index sentences/s | build / raw "
        "(median of pairs) | encode_seconds / seconds |"
    )
    print("|---|---:|---|---:|---:|---:|")
    for name in args.encoders.split(","):
        res = rounds(name, texts, configs, args.rounds)
        raw = med(res["raw"])
        extra = f" (with figures given: {med(res['raw+figures']):,.0f})" if res["raw+figures"] else ""
        for workers in configs:
            build = med(res[f"build {workers}"])
            print(
                f"| {name} | {raw:,.0f}{extra} | {labels[workers]} | {build:,.0f} "
                f"({res['sentences'][0]:.0f} sentences in {med(res[f'seconds {workers}']):.2f}s) | "
                f"{med(res[f'ratio {workers}']):.2f} | {med(res[f'encode share {workers}']):.2f} |"
            )
    first, times, median = cold_check(args.cold_runs)
    print(f"\n## cold check: `python -m verifier.cli check {COLD_CLAIM!r}` (bundled corpus)")
    print(
        f"first run (may index the bundled corpus): {first:.2f}s; next {len(times)} runs: "
        + ", ".join(f"{t:.2f}" for t in times)
        + f" s; median {median:.2f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
