"""Scoring a verifier against labelled claims (``claims/*.jsonl``)."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._errors import InputError
from .records import Verdict

__all__ = ["LABELS", "f1", "load_claims", "score"]

LABELS = ("supported", "contradicted", "unknown")


def load_claims(path: Path) -> list[dict[str, Any]]:
    """Labelled claims from a JSONL file (``claim`` and ``label`` required)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if "claim" not in row or row.get("label") not in LABELS:
            raise InputError(f"{path}:{n}: needs 'claim' and 'label' (one of {', '.join(LABELS)})")
        row.setdefault("id", f"{path.stem}:{n}")
        rows.append(row)
    return rows


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 from true positives, false positives and false negatives (0 when tp is 0)."""
    if tp == 0:
        return 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


def score(
    rows: Sequence[dict[str, Any]], verdicts: Sequence[Verdict], seconds: float
) -> dict[str, Any]:
    """Accuracy, macro-F1, confusion matrix and breakdowns by language and category."""
    confusion = {g: dict.fromkeys(LABELS, 0) for g in LABELS}
    by: dict[str, dict[str, dict[str, int]]] = {"lang": {}, "category": {}}
    errors = []
    for row, v in zip(rows, verdicts, strict=True):
        gold, got = row["label"], v.verdict
        confusion[gold][got] += 1
        for key in ("lang", "category"):
            name = str(row.get(key, "-"))
            cell = by[key].setdefault(name, {"n": 0, "ok": 0})
            cell["n"] += 1
            cell["ok"] += gold == got
        if gold != got:
            errors.append(
                {
                    "id": str(row["id"]),
                    "gold": gold,
                    "got": got,
                    "claim": row["claim"],
                    "message": v.message,
                }
            )
    n = len(rows)
    correct = sum(confusion[label][label] for label in LABELS)
    f1s = {}
    for label in LABELS:
        tp = confusion[label][label]
        fp = sum(confusion[g][label] for g in LABELS) - tp
        fn = sum(confusion[label].values()) - tp
        f1s[label] = f1(tp, fp, fn)
    present = [label for label in LABELS if sum(confusion[label].values())]
    return {
        "n": n,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(f1s[label] for label in present) / len(present) if present else 0.0,
        "f1": f1s,
        "labels": list(LABELS),
        "confusion": confusion,
        "by_lang": {k: {"n": c["n"], "accuracy": c["ok"] / c["n"]} for k, c in by["lang"].items()},
        "by_category": {
            k: {"n": c["n"], "accuracy": c["ok"] / c["n"]} for k, c in by["category"].items()
        },
        "errors": errors,
        "seconds": seconds,
    }


def timed_check(verifier: Any, claims: Sequence[str]) -> tuple[list[Verdict], float]:
    start = time.perf_counter()
    verdicts = verifier.check_many(claims)
    return verdicts, time.perf_counter() - start


__all__ += ["timed_check"]
