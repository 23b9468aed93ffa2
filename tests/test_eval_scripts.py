"""The evaluation scripts (scripts/eval_*.py): their metrics and label mappings,
and one whole report over a tiny data folder written here in each data set's own
format (no evaluation data is read or copied)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import _evalcommon as C  # type: ignore[import-not-found]
import eval_all  # type: ignore[import-not-found]
import eval_checkthat  # type: ignore[import-not-found]
import eval_pairs  # type: ignore[import-not-found]


def test_metrics_by_hand() -> None:
    gold = ["T", "T", "F", "F", "F", "H"]
    pred = ["T", "F", "F", "F", "T", "F"]
    m = C.metrics(gold, pred, ["T", "F", "H"])
    # T: tp 1, fp 1, fn 1 -> 0.5; F: tp 2, fp 2, fn 1 -> 4/7; H: never right -> 0
    assert m.per_class_f1 == pytest.approx({"T": 0.5, "F": 4 / 7, "H": 0.0})
    assert m.macro_f1 == pytest.approx((0.5 + 4 / 7) / 3)
    assert m.accuracy == pytest.approx(3 / 6)
    assert m.confusion == {"T": {"T": 1, "F": 1}, "F": {"F": 2, "T": 1}, "H": {"F": 1}}


def test_majority_baseline_answers_the_most_frequent_label() -> None:
    m = C.majority_baseline(["F", "F", "T"], ["T", "F"])
    assert m.accuracy == pytest.approx(2 / 3)
    assert m.per_class_f1["T"] == 0.0


# gold class, verdict, what the lenient mapping reads it as (eval_pairs' docstring)
LENIENT = [
    ("supported", "supported", "supported"),
    ("supported", "unknown", "not contradicted"),
    ("contradicted", "contradicted", "contradicted"),
    ("contradicted", "supported", "supported"),
    ("not contradicted", "supported", "not contradicted"),
    ("not contradicted", "unknown", "not contradicted"),
    ("not contradicted", "contradicted", "contradicted"),
]


@pytest.mark.parametrize(("gold", "verdict", "read"), LENIENT)
def test_lenient_mapping(gold: str, verdict: str, read: str) -> None:
    classes = {"supported", "contradicted", "not contradicted"}
    assert eval_pairs.lenient_pred(gold, verdict, classes) == read


@pytest.mark.parametrize(
    ("lang", "verdict", "label"),
    [
        ("en", "supported", "True"),
        ("en", "contradicted", "False"),
        ("en", "unknown", "Half True/False"),
        ("es", "unknown", "Conflicting"),
        ("ar", "unknown", "unknown"),  # no middle class: unknown is a wrong answer
    ],
)
def test_checkthat_label_mapping(lang: str, verdict: str, label: str) -> None:
    assert eval_checkthat.to_label(lang, verdict) == label


# ---------------------------------------------------------------------------- a tiny data folder
NTREX = {
    "eng": ["Morocco rescued 14,260 migrants at sea in 2024.", "The festival in Rabat opened in 2016.", "The weather was mild."],
    "fra": ["Le Maroc a secouru 14 260 migrants en mer en 2024.", "Le festival de Rabat a ouvert en 2016.", "Le temps était doux."],
    "spa": ["Marruecos rescató a 14.260 migrantes en el mar en 2024.", "El festival de Rabat abrió en 2016.", "El tiempo era templado."],
    "arb": ["أنقذ المغرب 14260 مهاجرا في البحر في 2024.", "افتتح مهرجان الرباط في 2016.", "كان الطقس معتدلا."],
}


def _data(root: Path) -> Path:
    nt = root / "ntrex128"
    nt.mkdir(parents=True)
    for code, lines in NTREX.items():
        kind = "src" if code == "eng" else "ref"
        (nt / f"newstest2019-{kind}.{code}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    ans = root / "ans" / "stance"
    ans.mkdir(parents=True)
    for split in ("train", "dev", "test"):
        with (ans / f"{split}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["s1", "s2", "stance"])
            w.writeheader()
            w.writerow({"s1": "أنقذ المغرب 300 مهاجر", "s2": "إنقاذ 300 مهاجر في المغرب", "stance": "agree"})
            w.writerow({"s1": "أنقذ المغرب 300 مهاجر", "s2": "إنقاذ 900 مهاجر في المغرب", "stance": "disagree"})
    dac = root / "daccord_fr"
    dac.mkdir()
    rows = [
        {"id": "a1", "premises": ["Le Maroc a secouru 300 migrants."], "hypothesis": "Le Maroc a secouru 900 migrants.", "label": "no"},
        {"id": "a2", "premises": ["Le Maroc a secouru 300 migrants."], "hypothesis": "300 migrants ont été secourus.", "label": "unknown"},
    ]
    (dac / "daccord_pairs.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    ct = root / "checkthat2025_numerical"
    ct.mkdir()
    en = [
        {"claim": "Morocco rescued 900 migrants in 2024.", "label": "False",
         "evidences": [{"top_k_doc": ["Morocco rescued 300 migrants at sea in 2024."]}]},
        {"claim": "Morocco rescued 300 migrants in 2024.", "label": "True",
         "evidences": [{"top_k_doc": ["Morocco rescued 300 migrants at sea in 2024."]}]},
        {"claim": "A photo shows the port.", "label": "Half True/False", "evidences": []},
    ]
    es = [{"claim": "Marruecos rescató a 900 migrantes.", "label": "False", "doc": "Marruecos rescató a 300 migrantes."}]
    ar = [{"claim": "أنقذ المغرب 900 مهاجر", "label": "False", "doc": "", "np3k_summary": "أنقذ المغرب 300 مهاجر"}]
    for name, data in (("en_val_claims_bm25_evidence.json", en), ("es_val_claims.json", es), ("ar_val_claims.json", ar)):
        (ct / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return root


def test_checkthat_evidence_per_language(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    en = eval_checkthat.load(data, "en")
    assert [c.evidence for c in en] == [["Morocco rescued 300 migrants at sea in 2024."]] * 2 + [[]]
    # Arabic: the article, else its summary
    assert eval_checkthat.load(data, "ar")[0].evidence == ["أنقذ المغرب 300 مهاجر"]


def test_one_report_over_every_data_set(tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    out = tmp_path / "EVALUATION.md"
    out.write_text("old report\n\n" + eval_all.ANALYSIS_MARKER + "\n\nkept by hand.\n", "utf-8")
    assert eval_all.main([str(data), "--out", str(out), "--encoders", "builtin"]) == 0
    report = out.read_text("utf-8")
    rows = {
        tuple(cell.strip() for cell in line.strip("|").split("|")[:4]): line.split("|")[5].strip()
        for line in report.splitlines()
        if line.startswith("| ") and not line.startswith("| data set")
    }
    # the English line with a figure, as written and altered, against each translation
    assert rows[("NTREX", "en->fr unaltered -> supported", "builtin", "accuracy")] == "1.000"
    assert rows[("NTREX", "en->ar altered -> contradicted", "builtin", "accuracy")] == "1.000"
    # the line that states only a date is a claim of its own slice
    assert rows[("NTREX", "en->es dates only, unaltered -> supported", "builtin", "accuracy")] == "1.000"
    assert ("NTREX", "en->es dates only, year moved -> contradicted", "builtin", "accuracy") in rows
    assert ("ANS", "lenient (mapping in script)", "builtin", "macro-F1") in rows
    assert ("DACCORD", "lenient (mapping in script)", "builtin", "macro-F1") in rows
    assert rows[("CheckThat25", "en precision when decided (True/False)", "builtin", "accuracy")] == "1.000"
    assert ("CheckThat25", "ar verifier", "builtin", "macro-F1") in rows
    assert f"* data: `{data}`" in report
    # the hand-written analysis survives, the old figures do not
    assert report.rstrip().endswith("kept by hand.")
    assert "old report" not in report


# ---------------------------------------------------------------------------- the scale benchmark's inputs
def test_synthetic_corpus_pairs_lines_and_moves_their_digits(tmp_path: Path) -> None:
    import bench_scale  # type: ignore[import-not-found]

    lines = ["A 14,260 B", "C 2021 D", "E"]
    path = tmp_path / "corpus.jsonl"
    assert bench_scale.write_corpus(lines, 8, path) == 8
    docs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    # document k: line k mod n and line (31k + 7) mod n, every digit run + k // n
    assert docs[0]["text"] == "A 14,260 B\nC 2021 D"
    assert docs[3]["text"] == "A 15,261 B\nC 2022 D"


def test_timing_claims_alternate_as_written_and_altered() -> None:
    import bench_scale

    from verifier.encode import BuiltinEncoder
    from verifier.pipeline import Verifier
    from verifier.records import Document
    from verifier.settings import Settings

    texts = ["Morocco rescued 300 migrants.", "The port opened in 2016.", "Rabat hosted 40 teams.",
             "The bridge was built in 1990.", "Nothing here."]
    index = Verifier.from_documents(
        [Document(id=str(i), text=t, lang="en") for i, t in enumerate(texts)], Settings(), BuiltinEncoder()
    ).index
    claims = bench_scale.claims_from(index, 2, seed=1)
    dates = bench_scale.date_claims_from(index, 2, seed=1)
    assert len(claims) == 2 and claims[0] in texts and claims[1] not in texts
    assert {c for c in claims if c in texts} <= {texts[0], texts[2]}
    assert len(dates) == 2 and dates[0] in texts[1::2] and dates[1] not in texts
    assert any(str(y + 2) in dates[1] for y in (2016, 1990))
