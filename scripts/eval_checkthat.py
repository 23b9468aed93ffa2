"""Real fact-check claims: CLEF CheckThat! 2025 task 3 (numerical claims), validation sets.

Usage: python scripts/eval_checkthat.py DATA_DIR [--encoders builtin] [--langs en,es,ar]
       [--limit N] [--seed 13]

DATA_DIR holds ``checkthat2025_numerical/``. Each claim is checked by an
in-memory verifier over its own evidence, one ``Document`` per evidence text:

* en (``en_val_claims_bm25_evidence.json``): the BM25 snippets in
  ``evidences[0].top_k_doc`` (0–3 per claim); gold True / False / Half True/False;
* es (``es_val_claims.json``): the fact-checker's article in ``doc``;
  gold True / False / Conflicting;
* ar (``ar_val_claims.json``): ``doc`` (else ``np3k_summary``); most claims
  have neither (reported); gold True / False only.

Mapping: supported -> True, contradicted -> False, unknown -> Conflicting
("Half True/False" for en). Arabic has no Conflicting class: unknown is then a
wrong answer and macro-F1 is over {True, False}. Scored as the task scores it:
macro-F1 over the dataset's labels. Reported beside the majority-class
baseline and the published anchors (QuanTemp best baseline 0.583 macro-F1 on
English; CheckThat 2025 task 3 participants 0.52–0.57).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _evalcommon import (
    Row,
    Section,
    available_encoders,
    check_against,
    example,
    figures_of,
    majority_baseline,
    metrics,
    print_section,
)

FILES = {
    "en": "en_val_claims_bm25_evidence.json",
    "es": "es_val_claims.json",
    "ar": "ar_val_claims.json",
}
LABELS = {
    "en": ["True", "False", "Half True/False"],
    "es": ["True", "False", "Conflicting"],
    "ar": ["True", "False"],
}
ANCHORS = "anchors: QuanTemp best baseline 0.583 (en); CheckThat 2025 task 3 participants 0.52-0.57"


@dataclass
class Claim:
    id: str
    text: str
    evidence: list[str]
    gold: str


def _evidence(lang: str, row: dict[str, Any]) -> list[str]:
    if lang == "en":
        ev = row.get("evidences") or []
        return [t for e in ev for t in e.get("top_k_doc", [])]
    text = row.get("doc") or ""
    if lang == "ar" and not text.strip():
        text = row.get("np3k_summary") or ""
    return [text] if text.strip() else []


def load(data_dir: Path, lang: str) -> list[Claim]:
    rows = json.loads((data_dir / "checkthat2025_numerical" / FILES[lang]).read_text("utf-8"))
    return [Claim(str(i), r["claim"], _evidence(lang, r), r["label"]) for i, r in enumerate(rows)]


def to_label(lang: str, verdict: str) -> str:
    if verdict == "supported":
        return "True"
    if verdict == "contradicted":
        return "False"
    return {"en": "Half True/False", "es": "Conflicting", "ar": "unknown"}[lang]


def evaluate(lang: str, claims: list[Claim], encoder: str, section: Section, sampled: str) -> None:
    labels = LABELS[lang]
    gold: list[str] = []
    pred: list[str] = []
    reasons: Counter[str] = Counter()
    t0 = time.perf_counter()
    for c in claims:
        v = check_against(encoder, c.evidence, c.text, lang)
        label = to_label(lang, v.verdict)
        gold.append(c.gold)
        pred.append(label)
        reasons[f"{v.verdict}/{v.reason or '-'}"] += 1
        if label != c.gold and v.verdict != "unknown":
            cited = v.evidence[0].sentence[:140] if v.evidence else ""
            example(
                section,
                f"CheckThat {lang} gold {c.gold} -> {v.verdict}",
                f"#{c.id}: {c.text[:130]!r} {figures_of(v.claim_quantities)}: {v.message[:140]!r}; cited {cited!r}",
            )
    seconds = time.perf_counter() - t0
    m = metrics(gold, pred, labels)
    base = majority_baseline(gold, labels)
    no_fig = reasons.get("unknown/no_quantity", 0) / max(1, len(claims))
    no_ev = sum(1 for c in claims if not c.evidence)
    section.rows += [
        Row("CheckThat25", f"{lang} verifier{sampled}", encoder, "macro-F1", m.macro_f1, m.n, "0.52-0.583"),
        Row("CheckThat25", f"{lang} verifier{sampled}", encoder, "accuracy", m.accuracy, m.n),
        Row("CheckThat25", f"{lang} majority class{sampled}", "-", "macro-F1", base.macro_f1, base.n),
        Row("CheckThat25", f"{lang} majority class{sampled}", "-", "accuracy", base.accuracy, base.n),
        Row("CheckThat25", f"{lang} claims with no figure and no date", encoder, "share", no_fig, m.n),
    ]
    with_ev = [i for i, c in enumerate(claims) if c.evidence]
    if 0 < len(with_ev) < len(claims):
        mev = metrics([gold[i] for i in with_ev], [pred[i] for i in with_ev], labels)
        section.rows.append(
            Row("CheckThat25", f"{lang} claims with evidence text{sampled}", encoder, "macro-F1", mev.macro_f1, mev.n)
        )
    decided = [(g, p) for g, p in zip(gold, pred, strict=True) if p in ("True", "False")]
    if decided:
        right = sum(g == p for g, p in decided) / len(decided)
        section.rows.append(
            Row("CheckThat25", f"{lang} precision when decided (True/False)", encoder, "accuracy", right, len(decided))
        )
    section.rows += [
        Row("CheckThat25", f"{lang} F1 {label}", encoder, "F1", f1, sum(g == label for g in gold))
        for label, f1 in m.per_class_f1.items()
    ]
    section.notes.append(
        f"{lang} {encoder}: {len(claims)} claims{sampled}, {no_ev} with no evidence text; gold "
        f"{dict(Counter(gold))}; verdicts {dict(reasons.most_common())}; {seconds:.0f}s"
    )
    section.notes.append(f"{lang} {encoder} confusion (gold -> predicted): {m.confusion}")


def run(
    data_dir: Path,
    encoders: list[str],
    langs: list[str],
    limit: int | None = None,
    seed: int = 13,
) -> Section:
    section = Section("CheckThat! 2025 task 3 numerical claims (validation sets)")
    section.notes.append(ANCHORS)
    ok, missing = available_encoders(encoders)
    section.notes += [f"encoder not available: {m}" for m in missing]
    for lang in langs:
        claims = load(data_dir, lang)
        sampled = ""
        if limit is not None and limit < len(claims):
            claims = random.Random(seed).sample(claims, limit)
            sampled = f" (sample {limit}, seed {seed})"
        for encoder in ok:
            evaluate(lang, claims, encoder, section, sampled)
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder holding checkthat2025_numerical/")
    parser.add_argument("--encoders", default="builtin")
    parser.add_argument("--langs", default="en,es,ar")
    parser.add_argument("--limit", type=int, default=None, help="random sample of N claims per language")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    print_section(run(args.data_dir, args.encoders.split(","), args.langs.split(","), args.limit, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
