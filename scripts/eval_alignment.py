"""Cross-lingual sentence alignment of the built-in encoder on NTREX-128.

Usage: python scripts/eval_alignment.py DATA_DIR [--langs fr,es,ar] [--limit N]
       [--glossary-weight W] [--name-weight W]

For each English line, is its own translation the most similar line of the other
language's side (precision@1), and at which rank (mean reciprocal rank)? Measured
twice: with every feature of the encoder, and with figures ignored (value, unit
and year features dropped), which is what the words alone link. Also the 99th
percentile cosine of unrelated pairs (line i against line i + n/2 of the other side: another article),
which the encoder's ``related_threshold`` must stay above.

Reads the data at run time and copies nothing; used to choose the glossary
feature weight on aggregate figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from _evalcommon import ROOT, percentile

from verifier import encode as enc_mod
from verifier.encode import BuiltinEncoder
from verifier.quantities import extract_quantities
from verifier.records import Quantity

FILES = {
    "en": "newstest2019-src.eng.txt",
    "ar": "newstest2019-ref.arb.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
}


class _NoFigures(BuiltinEncoder):
    """The built-in encoder with its figure features dropped."""

    def features(self, text: str, quantities: Sequence[Quantity] | None = None) -> dict[str, float]:
        feats = super().features(text, quantities)
        return {k: v for k, v in feats.items() if not k.startswith(("n:", "u:", "y:"))}


def _scores(en: np.ndarray, other: np.ndarray) -> tuple[float, float, float]:
    sims = en @ other.T
    diag = np.diag(sims)
    ranks = (sims > diag[:, None]).sum(axis=1) + 1
    p1 = float((ranks == 1).mean())
    mrr = float((1.0 / ranks).mean())
    shift = len(other) // 2  # another article: adjacent lines share a subject
    unrelated = [float(sims[i, (i + shift) % len(other)]) for i in range(len(other))]
    return p1, mrr, percentile(unrelated, 99)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--langs", default="fr,es,ar")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--glossary-weight", type=float, default=None)
    ap.add_argument("--name-weight", type=float, default=None)
    args = ap.parse_args(argv)
    if args.glossary_weight is not None:
        enc_mod.GLOSSARY_WEIGHT = args.glossary_weight
    if args.name_weight is not None:
        enc_mod.NAME_WEIGHT = args.name_weight
    folder = args.data_dir / "ntrex128"
    lines = {
        lang: folder.joinpath(name).read_text("utf-8").splitlines()[: args.limit]
        for lang, name in FILES.items()
    }
    print(f"root {ROOT}; encoder {BuiltinEncoder().name}; lines {len(lines['en'])}")
    print(
        "| lang | P@1 all | MRR all | unrelated p99 all | P@1 no figures | MRR no figures | unrelated p99 no figures |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    started = time.perf_counter()
    qs = {lang: [extract_quantities(t, lang) for t in texts] for lang, texts in lines.items()}
    for lang in ["en", *args.langs.split(",")]:
        if lang == "en":
            continue
        row = [lang]
        for encoder in (BuiltinEncoder(), _NoFigures()):
            en = encoder.encode(lines["en"], qs["en"])
            other = encoder.encode(lines[lang], qs[lang])
            p1, mrr, p99 = _scores(en, other)
            row += [f"{p1:.3f}", f"{mrr:.3f}", f"{p99:.3f}"]
        print("| " + " | ".join(row) + " |")
    print(f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
