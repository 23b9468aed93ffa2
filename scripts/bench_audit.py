"""Audit throughput: claims per second over ~1,000 real-text articles in one run.

Usage: python scripts/bench_audit.py DATA_DIR [--articles 1000] [--lines 8] [--index DIR]
       [--model builtin] [--chunk 256]

DATA_DIR holds ``ntrex128/`` (or is that folder): NTREX-128 newstest2019, 1,997
English source lines and their Arabic, French and Spanish translations. Each
language's lines are grouped, in order, into articles of ``--lines`` lines (the
data has no document boundaries), languages interleaved, until ``--articles``
articles; they are written as one ``.jsonl`` feed in a temporary folder and
audited in one run with one :class:`~verifier.pipeline.Verifier` (the bundled
corpus unless ``--index``), as ``verifier audit feed.jsonl`` does.

Prints the machine, the articles, check-worthy sentences (claims) and figures,
the seconds of each phase (open, read + clean, detect + check) and claims/s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from verifier.audit import CHUNK, audit_documents, read_inputs  # noqa: E402
from verifier.pipeline import Verifier  # noqa: E402
from verifier.settings import Settings  # noqa: E402

FILES = {
    "en": "newstest2019-src.eng.txt",
    "ar": "newstest2019-ref.arb.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
}


def build_articles(folder: Path, articles: int, lines: int) -> list[dict[str, str]]:
    """Articles of ``lines`` consecutive lines per language, languages interleaved."""
    per_lang: dict[str, list[list[str]]] = {}
    for lang, name in FILES.items():
        text = (folder / name).read_text("utf-8").splitlines()
        text = [t.strip() for t in text if t.strip()]
        per_lang[lang] = [text[i : i + lines] for i in range(0, len(text), lines)]
    out: list[dict[str, str]] = []
    n = 0
    while len(out) < articles:
        added = False
        for lang, groups in per_lang.items():
            if n < len(groups) and len(out) < articles:
                body = "\n".join(groups[n])
                out.append({"id": f"ntrex-{lang}-{n:04d}", "lang": lang, "text": body})
                added = True
        if not added:
            break
        n += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=8, help="lines per article")
    parser.add_argument("--index", type=Path, default=None, help="index (default: bundled corpus)")
    parser.add_argument("--model", default=None, help="encoder (default: the index's)")
    parser.add_argument("--chunk", type=int, default=CHUNK, help="sentences per check_many call")
    args = parser.parse_args()
    folder = args.data_dir / "ntrex128" if (args.data_dir / "ntrex128").is_dir() else args.data_dir
    missing = [n for n in FILES.values() if not (folder / n).is_file()]
    if missing:
        print(f"missing under {folder}: {', '.join(missing)}", file=sys.stderr)
        return 2

    rows = build_articles(folder, args.articles, args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        settings = Settings(
            cache_dir=Path(os.environ.get("VERIFIER_CACHE_DIR", Path(tmp) / "cache"))
        )

        t0 = time.perf_counter()
        verifier = Verifier.open(args.index, settings, model=args.model)
        t1 = time.perf_counter()
        documents, failures = read_inputs([feed])
        t2 = time.perf_counter()
        report = audit_documents(documents, verifier, failures=failures, chunk=args.chunk)
        t3 = time.perf_counter()

    c = report.counts
    audit_s = t3 - t1
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"encoder: {verifier.encoder.name}; index: {len(verifier.index.sentences)} sentences")
    print(f"articles: {c.articles} ({args.lines} NTREX lines each; {c.failed} failed)")
    langs: dict[str, int] = {}
    for a in report.articles:
        langs[a.lang] = langs.get(a.lang, 0) + len(a.sentences)
    print(
        f"claims (check-worthy sentences): {c.claims}  by language: {dict(sorted(langs.items()))}"
    )
    print(f"figures: {c.figures}  by verdict: {c.figures_by_verdict}")
    print(f"open verifier: {t1 - t0:.2f} s (once)")
    print(
        f"read + clean: {t2 - t1:.2f} s; detect + check: {t3 - t2:.2f} s; audit total: {audit_s:.2f} s"
    )
    print(f"throughput: {c.claims / audit_s:.1f} claims/s, {c.articles / audit_s:.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
