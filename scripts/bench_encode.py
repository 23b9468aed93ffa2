"""Encoder throughput, index-build throughput against it, and cold `verifier check` latency.

Usage: python scripts/bench_encode.py DATA_DIR [--n 4000] [--encoders builtin,all-MiniLM-L6-v2]
       [--cold-runs 5] [--skip-quantities] [--build-runs 3] [--sequential]

DATA_DIR holds ``ntrex128/``; its 1,997 lines × 4 languages are the sentences.

1. quantity extraction sentences/s: runs ``scripts/bench_quantities.py`` (not duplicated here);
2. raw encoder sentences/s per encoder on ``--n`` sentences (median of 3 passes):
   ``encode(texts)`` (the builtin encoder then extracts figures itself) and, for
   builtin, ``encode(texts, quantities)`` with figures given (what the index does);
3. index build: ``build_index`` on the same sentences written as a JSONL file
   (one document per line) into a temporary folder; throughput = sentences /
   ``IndexReport.seconds`` (median of ``--build-runs``) and its ratio to (2);
   ``encode_seconds`` is shown too. Once with the default ingest workers
   (``Settings.ingest_workers``), and with ``--sequential`` also with ingest in
   the indexing process (``ingest_workers=0``);
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


def _median_rate(n: int, fn: object, passes: int = 3) -> float:
    times = []
    for _ in range(passes):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return n / statistics.median(times)


def encoder_rates(name: str, texts: list[str]) -> dict[str, float]:
    enc = get_encoder(name)
    enc.encode(texts[:64])  # warm-up (model load, caches)
    out = {"encode(texts)": _median_rate(len(texts), lambda: enc.encode(texts))}
    if name == "builtin":
        qs = [extract_quantities(t) for t in texts]
        out["encode(texts, quantities)"] = _median_rate(len(texts), lambda: enc.encode(texts, qs))
    return out


def build_rate(
    name: str, texts: list[str], workers: int | None = None, runs: int = 1
) -> dict[str, float]:
    """Median build over ``runs`` (``workers``: ingest workers, ``None``: the default)."""
    enc = get_encoder(name)
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, t in enumerate(texts):
                fh.write(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n")
        settings = eval_settings(**({} if workers is None else {"ingest_workers": workers}))
        for _ in range(runs):
            reports.append(build_index([src], Path(tmp) / "idx", enc, settings, rebuild=True))
    report = sorted(reports, key=lambda r: r.seconds)[len(reports) // 2]
    return {
        "sentences": report.total_sentences,
        "seconds": report.seconds,
        "encode_seconds": report.encode_seconds,
        "sentences/s": report.total_sentences / report.seconds,
    }


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
    parser.add_argument("--build-runs", type=int, default=3, help="builds per row (median)")
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
    print(
        "| encoder | raw encode sentences/s | ingest | build_index sentences/s | build / raw "
        "| encode_seconds / seconds |"
    )
    print("|---|---:|---|---:|---:|---:|")
    for name in args.encoders.split(","):
        rates = encoder_rates(name, texts)
        raw = rates["encode(texts)"]
        extra = ""
        if "encode(texts, quantities)" in rates:
            extra = f" (with figures given: {rates['encode(texts, quantities)']:,.0f})"
        default = f"{workers} worker(s)" + (" (default)" if configured is None else "")
        configs: list[tuple[str, int | None]] = [(default, None)]
        if args.sequential:
            configs.append(("in-process", 0))
        for label, count in configs:
            build = build_rate(name, texts, count, args.build_runs)
            print(
                f"| {name} | {raw:,.0f}{extra} | {label} | {build['sentences/s']:,.0f} "
                f"({build['sentences']} sentences in {build['seconds']:.2f}s) | "
                f"{build['sentences/s'] / raw:.2f} | "
                f"{build['encode_seconds']:.2f}/{build['seconds']:.2f} |"
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
