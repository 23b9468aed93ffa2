"""How cost grows with index size: build, memory, warm check latency, FAISS vs alternatives.

Usage: python scripts/bench_scale.py DATA_DIR [--sizes 10000,100000,1000000] [--work /tmp/nvbench]
       [--claims 300] [--build-timeout 1800] [--search-queries 200] [--json OUT]

Synthetic corpora are made from real sentences: the 1,997 NTREX lines in 4
languages (7,988 lines). Document k pairs line k mod 7,988 with line
(31k + 7) mod 7,988, and every digit run in them is increased by
r = k // 7,988 (so repeated pairs carry other figures); documents are written
as JSONL until the target number of sentences is reached (the library's
sentence splitter decides the exact count, reported). Each size is built by
``build_index`` in a child process (peak RSS from ``getrusage``), then in
another child process the index is opened with ``Verifier.open`` (load time,
RSS delta) and ``--claims`` different claims are checked one at a time
(half as written, half with their first figure ×1.3): p50/p95/p99; then a third
as many sentences that state only dates (half with a year moved by two), which
take the date path: p50/p95 apart. The first
check (which builds lazy tables) is reported apart, and the first claim in each
other language is checked before the timed ones (its language's tables load
lazily too: up to 80 ms for Arabic); "warm" is every language warm.

Search comparison (``--search`` size, default the largest built): the index's
vectors, exact ``IndexFlatIP`` vs HNSW as in verifier/index.py (M=32,
efConstruction=200, efSearch ``hnsw_ef_search(n)``: 256 up to 256k vectors, about
1,000 at 1M), ``sentence_transformers.util.semantic_search``
over the same vectors as torch tensors, and BM25 (``bm25s``) over the texts:
queries/s one query at a time and recall@10 against exact search.

A size whose build runs past ``--build-timeout`` is reported as not reached.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from _evalcommon import ROOT, eval_settings, machine, peak_rss_mib, percentile, rss_mib

FILES = ("newstest2019-src.eng.txt", "newstest2019-ref.arb.txt", "newstest2019-ref.fra.txt", "newstest2019-ref.spa.txt")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# ---------------------------------------------------------------------------- corpus
def pool(data_dir: Path) -> list[str]:
    lines: list[str] = []
    for name in FILES:
        lines += [t.strip() for t in (data_dir / "ntrex128" / name).read_text("utf-8").splitlines() if t.strip()]
    return lines


def _vary(text: str, r: int) -> str:
    return text if r == 0 else _DIGITS.sub(lambda m: str(int(m.group()) + r), text)


def write_corpus(lines: list[str], target: int, path: Path) -> int:
    """JSONL of about ``target`` sentences (counted as lines, 2 per document)."""
    if path.exists():
        return sum(1 for _ in path.open(encoding="utf-8")) * 2
    n = len(lines)
    tmp = path.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as fh:
        for k in range(math.ceil(target / 2)):
            r = k // n
            text = _vary(lines[k % n], r) + "\n" + _vary(lines[(31 * k + 7) % n], r)
            fh.write(json.dumps({"id": f"s{k}", "text": text}, ensure_ascii=False) + "\n")
    tmp.rename(path)
    return math.ceil(target / 2) * 2


# ---------------------------------------------------------------------------- children
def child_build(corpus: Path, index_dir: Path) -> dict[str, Any]:
    from verifier.encode import BuiltinEncoder
    from verifier.index import build_index

    report = build_index([corpus], index_dir, BuiltinEncoder(), eval_settings(), rebuild=True)
    gen = index_dir / (index_dir / "CURRENT").read_text().strip()
    files = {f.name: f.stat().st_size for f in gen.iterdir()}
    return {
        "sentences": report.total_sentences,
        "documents": report.total_documents,
        "build_seconds": report.seconds,
        "encode_seconds": report.encode_seconds,
        "peak_rss_mib": peak_rss_mib(),
        "bytes": files,
    }


def _sample(index: Any, count: int, seed: int, alter: Callable[[Any], str | None]) -> list[str]:
    """``count`` different sentences of the index in a seeded order, those ``alter``
    takes (it returns the sentence's text changed, or None to skip it), every
    other one altered."""
    rng = random.Random(seed)
    ids = list(range(len(index.sentences)))
    rng.shuffle(ids)
    out: list[str] = []
    seen: set[str] = set()
    for sid in ids:
        s = index.sentences[sid]
        changed = alter(s)
        if changed is None or s.text in seen:
            continue
        seen.add(s.text)
        out.append(changed if len(out) % 2 else s.text)
        if len(out) >= count:
            break
    return out


def claims_from(index: Any, count: int, seed: int) -> list[str]:
    """Sentences with an exact checkable figure, every other one with its first
    figure's first digit run ×1.3 + 1."""
    from verifier.retrieve import CHECKABLE_KINDS

    def alter(s: Any) -> str | None:
        figs = [q for q in s.quantities if q.kind in CHECKABLE_KINDS and q.bound == "exact"]
        if not figs:
            return None
        m = _DIGITS.search(s.text[figs[0].start : figs[0].end])
        if not m:
            return str(s.text)
        a = figs[0].start + m.start()
        return str(s.text[:a] + str(round(int(m.group()) * 1.3) + 1) + s.text[a + len(m.group()) :])

    return _sample(index, count, seed, alter)


def date_claims_from(index: Any, count: int, seed: int) -> list[str]:
    """Sentences of the index that state only years or dates (checked by their
    dates), every other one with its first four-digit year moved by two."""
    from verifier.retrieve import CHECKABLE_KINDS

    def alter(s: Any) -> str | None:
        kinds = {q.kind for q in s.quantities}
        if not kinds & {"year", "date"} or kinds & CHECKABLE_KINDS:
            return None
        m = _YEAR.search(s.text)
        return str(s.text[: m.start()] + str(int(m.group()) + 2) + s.text[m.end() :]) if m else str(s.text)

    return _sample(index, count, seed, alter)


def child_latency(index_dir: Path, count: int) -> dict[str, Any]:
    from verifier.pipeline import Verifier

    before = rss_mib()
    t0 = time.perf_counter()
    verifier = Verifier.open(index_dir, eval_settings())
    load = time.perf_counter() - t0
    after = rss_mib()
    from verifier.lang import detect_lang

    claims = claims_from(verifier.index, count + 1, seed=7)
    t0 = time.perf_counter()
    verifier.check(claims[0])
    first = time.perf_counter() - t0
    warm = {detect_lang(claims[0])}
    for claim in claims[1:]:
        if detect_lang(claim) not in warm:
            warm.add(detect_lang(claim))
            verifier.check(claim)  # that language's lazy tables, untimed
    times = []
    verdicts: dict[str, int] = {}
    for claim in claims[1:]:
        t0 = time.perf_counter()
        v = verifier.check(claim)
        times.append((time.perf_counter() - t0) * 1000)
        verdicts[v.verdict] = verdicts.get(v.verdict, 0) + 1
    # claims that state only dates take their own path (compare.align_date)
    date_times = []
    date_verdicts: dict[str, int] = {}
    for claim in date_claims_from(verifier.index, max(1, count // 3), seed=11):
        t0 = time.perf_counter()
        v = verifier.check(claim)
        date_times.append((time.perf_counter() - t0) * 1000)
        date_verdicts[v.verdict] = date_verdicts.get(v.verdict, 0) + 1
    n = len(verifier.index.sentences)
    return {
        "date_claims": len(date_times),
        "date_p50_ms": percentile(date_times, 50) if date_times else None,
        "date_p95_ms": percentile(date_times, 95) if date_times else None,
        "date_verdicts": date_verdicts,
        "load_seconds": load,
        "rss_delta_mib": after - before,
        "rss_per_sentence_bytes": (after - before) * 2**20 / n,
        "first_check_ms": first * 1000,
        "p50_ms": percentile(times, 50),
        "p95_ms": percentile(times, 95),
        "p99_ms": percentile(times, 99),
        "claims": len(times),
        "verdicts": verdicts,
        "kind": verifier.index.manifest.kind,
    }


def _qps(fn: Any, queries: Any) -> tuple[float, list[list[int]]]:
    out = []
    t0 = time.perf_counter()
    for q in queries:
        out.append(fn(q))
    return len(queries) / (time.perf_counter() - t0), out


def _recall(got: list[list[int]], truth: list[list[int]], vectors: Any, queries: Any) -> float:
    """Recall@10 against exact search, tie-aware: a returned id counts when its exact
    score reaches the 10th exact score (the synthetic corpus repeats sentences, so
    many vectors tie and which tied ids come back is arbitrary)."""
    hits = 0
    total = 0
    for g, t, q in zip(got, truth, queries, strict=True):
        q = np.asarray(q, dtype=np.float32)
        kth = float(np.min(vectors[t[:10]] @ q))
        ids = [i for i in g[:10] if i >= 0]
        hits += int(np.sum(vectors[ids] @ q >= kth - 1e-5)) if ids else 0
        total += len(t[:10])
    return hits / total


def child_search(index_dir: Path, count: int) -> dict[str, Any]:
    import faiss

    from verifier.encode import BuiltinEncoder
    from verifier.index import _HNSW_EF_CONSTRUCTION, _HNSW_M, SentenceIndex, hnsw_ef_search

    index = SentenceIndex.open(index_dir)
    vectors = index.vectors()
    n, dim = vectors.shape
    claims = claims_from(index, count, seed=11)
    queries = BuiltinEncoder(dim).encode(claims)
    res: dict[str, Any] = {"n": n, "queries": len(claims)}

    flat = faiss.IndexFlatIP(dim)
    flat.add(vectors)
    qps, truth = _qps(lambda q: flat.search(q.reshape(1, -1), 10)[1][0].tolist(), queries)
    res["faiss_flat"] = {"qps": qps, "recall@10": 1.0}

    hnsw: Any
    if index.manifest.kind == "hnsw":
        hnsw, build = index.faiss_index, 0.0
    else:
        t0 = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(dim, _HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = _HNSW_EF_CONSTRUCTION
        hnsw.add(vectors)
        build = time.perf_counter() - t0
    searcher: Any = faiss.downcast_index(hnsw)
    searcher.hnsw.efSearch = hnsw_ef_search(searcher.ntotal)
    qps, got = _qps(lambda q: hnsw.search(q.reshape(1, -1), 10)[1][0].tolist(), queries)
    res["faiss_hnsw"] = {"qps": qps, "recall@10": _recall(got, truth, vectors, queries), "build_seconds": build}

    import torch
    from sentence_transformers import util

    corpus = torch.from_numpy(vectors)
    qt = torch.from_numpy(queries)

    def st(q: Any) -> list[int]:
        hits = util.semantic_search(q.reshape(1, -1), corpus, top_k=10)[0]
        return [int(h["corpus_id"]) for h in hits]

    qps, got = _qps(st, qt)
    res["st_semantic_search"] = {"qps": qps, "recall@10": _recall(got, truth, vectors, queries)}

    import bm25s

    texts = [s.text for s in index.sentences]
    t0 = time.perf_counter()
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, show_progress=False), show_progress=False)
    bm_build = time.perf_counter() - t0

    def bm(q: str) -> list[int]:
        docs, _ = retriever.retrieve(bm25s.tokenize([q], show_progress=False), k=10, show_progress=False)
        return [int(x) for x in docs[0]]

    qps, got = _qps(bm, claims)
    res["bm25s"] = {"qps": qps, "recall@10": _recall(got, truth, vectors, queries), "build_seconds": bm_build}
    return res


def _run_child(args: list[str], timeout: float) -> dict[str, Any] | None:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------- report
def _slope(a: float, b: float, na: int, nb: int) -> str:
    if a <= 0 or b <= 0:
        return "-"
    return f"{math.log(b / a) / math.log(nb / na):.2f}"


def print_report(results: dict[int, dict[str, Any]]) -> None:
    print("\n| sentences | build s | sentences/s | peak RSS MiB (build) | disk bytes/sentence | RSS delta bytes/sentence | load s | first check ms | warm p50 ms | p95 ms | p99 ms | FAISS |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in sorted(results):
        b, lat = results[size].get("build"), results[size].get("latency")
        if not b:
            print(f"| {size:,} (target) | not reached | | | | | | | | | | |")
            continue
        disk = sum(b["bytes"].values()) / b["sentences"]
        row = (
            f"| {b['sentences']:,} | {b['build_seconds']:.0f} | {b['sentences'] / b['build_seconds']:,.0f} | "
            f"{b['peak_rss_mib']:,.0f} | {disk:,.0f} |"
        )
        if lat:
            row += (
                f" {lat['rss_per_sentence_bytes']:,.0f} | {lat['load_seconds']:.1f} | {lat['first_check_ms']:.0f} | "
                f"{lat['p50_ms']:.1f} | {lat['p95_ms']:.1f} | {lat['p99_ms']:.1f} | {lat['kind']} |"
            )
        else:
            row += " | | | | | | |"
        print(row)
    for size in sorted(results):
        lat = results[size].get("latency") or {}
        if lat.get("date_claims"):
            print(
                f"\nclaims that state only dates, {size:,} target: {lat['date_claims']} checked, warm p50 "
                f"{lat['date_p50_ms']:.1f} ms, p95 {lat['date_p95_ms']:.1f} ms, verdicts {lat['date_verdicts']}"
            )
    done = [s for s in sorted(results) if results[s].get("build") and results[s].get("latency")]
    if len(done) >= 2:
        print("\nlog-log slopes (cost ∝ size^slope) between consecutive sizes:")
        print("| from → to | build s | peak RSS | load s | warm p50 |")
        print("|---|---:|---:|---:|---:|")
        for a, b in itertools.pairwise(done):
            ra, rb = results[a], results[b]
            na, nb = ra["build"]["sentences"], rb["build"]["sentences"]
            print(
                f"| {na:,} → {nb:,} | {_slope(ra['build']['build_seconds'], rb['build']['build_seconds'], na, nb)} | "
                f"{_slope(ra['build']['peak_rss_mib'], rb['build']['peak_rss_mib'], na, nb)} | "
                f"{_slope(ra['latency']['load_seconds'], rb['latency']['load_seconds'], na, nb)} | "
                f"{_slope(ra['latency']['p50_ms'], rb['latency']['p50_ms'], na, nb)} |"
            )
    for size in sorted(results):
        s = results[size].get("search")
        if not s:
            continue
        flat = s["faiss_flat"]["qps"]
        print(f"\nsearch over {s['n']:,} vectors, {s['queries']} queries one at a time (k=10):")
        print("| method | queries/s | ratio to FAISS flat | recall@10 vs exact | build s |")
        print("|---|---:|---:|---:|---:|")
        for name in ("faiss_flat", "faiss_hnsw", "st_semantic_search", "bm25s"):
            r = s[name]
            print(
                f"| {name} | {r['qps']:,.0f} | {r['qps'] / flat:.2f} | {r['recall@10']:.3f} | "
                f"{r.get('build_seconds', 0):.1f} |"
            )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].startswith("_"):
        children: dict[str, Callable[..., dict[str, Any]]] = {
            "_build": child_build,
            "_latency": child_latency,
            "_search": child_search,
        }
        fn = children[argv[0]]
        rest: list[Any] = [Path(argv[1])]
        rest += [Path(argv[2])] if argv[0] == "_build" else [int(argv[2])]
        print(json.dumps(fn(*rest)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/nvbench"))
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--build-timeout", type=float, default=1800)
    parser.add_argument("--search", type=int, default=None, help="size for the search comparison")
    parser.add_argument("--search-queries", type=int, default=200)
    parser.add_argument("--no-search", action="store_true", help="skip the search comparison")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw results here")
    parser.add_argument(
        "--from-json", type=Path, nargs="+", default=None,
        help="only print the report of saved --json results (merged by size, later files win)",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        merged: dict[int, dict[str, Any]] = {}
        for path in args.from_json:
            for size, res in json.loads(path.read_text()).items():
                merged.setdefault(int(size), {}).update({k: v for k, v in res.items() if v})
        print_report(merged)
        return 0
    print(f"machine: {machine()}")
    print(f"command: python scripts/bench_scale.py {' '.join(argv)}")
    args.work.mkdir(parents=True, exist_ok=True)
    lines = pool(args.data_dir)
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, Any]] = {}
    for size in sizes:
        corpus = args.work / f"corpus-{size}.jsonl"
        write_corpus(lines, size, corpus)
        index_dir = args.work / f"index-{size}"
        t0 = time.perf_counter()
        build = _run_child(["_build", str(corpus), str(index_dir)], args.build_timeout)
        print(f"size {size}: build {'done' if build else 'NOT reached'} in {time.perf_counter() - t0:.0f}s", flush=True)
        results[size] = {"build": build}
        if build:
            results[size]["latency"] = _run_child(["_latency", str(index_dir), str(args.claims)], 3600)
            print(f"size {size}: latency {results[size]['latency']}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))
    built = [s for s in sizes if results[s]["build"]]
    target = args.search or (built[-1] if built else None)
    if not args.no_search and target in results and results[target]["build"]:
        results[target]["search"] = _run_child(["_search", str(args.work / f"index-{target}"), str(args.search_queries)], 3600)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    print_report(results)
    os.sync()
    return 0


if __name__ == "__main__":
    sys.exit(main())
