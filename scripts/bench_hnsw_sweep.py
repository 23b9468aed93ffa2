"""HNSW recall@10 against exact search for a range of efSearch values, on claim queries.

Usage: python scripts/bench_hnsw_sweep.py INDEX_DIR DATA_DIR [--efs 128,256,512,1024,2048] [--queries 200]

INDEX_DIR is an index built by the library (``verifier index``, or
``scripts/bench_scale.py``'s ``index-N``) whose FAISS index is HNSW. The queries
are NTREX English lines with a digit (DATA_DIR/ntrex128), encoded with the
builtin encoder with their figures, as a claim is; recall counts a returned
sentence as right when it scores at least the 10th exact score (the synthetic
corpora repeat sentences, so ids alone would undercount). This is how efSearch
and efConstruction in ``verifier/index.py`` were chosen (BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from bench_scale import _recall
from eval_ntrex import load_lines

from verifier.encode import BuiltinEncoder
from verifier.index import SentenceIndex
from verifier.quantities import extract_quantities


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--efs", default="128,256,512,1024,2048")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)

    import faiss

    index = SentenceIndex.open(args.index_dir)
    if index.manifest.kind != "hnsw":
        print(f"{args.index_dir} holds a {index.manifest.kind} index, not HNSW", file=sys.stderr)
        return 2
    vectors = index.vectors()
    lines = [t for t in load_lines(args.data_dir)["en"] if any(c.isdigit() for c in t)]
    lines = lines[: args.queries]
    queries = np.asarray(
        BuiltinEncoder(vectors.shape[1]).encode(lines, [extract_quantities(t, "en") for t in lines]),
        dtype=np.float32,
    )
    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    truth = [flat.search(q.reshape(1, -1), 10)[1][0].tolist() for q in queries]
    hnsw = faiss.downcast_index(index.faiss_index)
    print(f"{len(vectors):,} vectors, {len(queries)} claim queries")
    print("| efSearch | recall@10 | ms/query |\n|---:|---:|---:|")
    for ef in (int(x) for x in args.efs.split(",")):
        hnsw.hnsw.efSearch = ef
        t0 = time.perf_counter()
        got = [hnsw.search(q.reshape(1, -1), 10)[1][0].tolist() for q in queries]
        ms = (time.perf_counter() - t0) / len(queries) * 1000
        print(f"| {ef} | {_recall(got, truth, vectors, queries):.3f} | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
