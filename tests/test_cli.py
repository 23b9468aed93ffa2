"""The command line: output formats, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def run(*args: str, cache: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VERIFIER_CACHE_DIR=str(cache), VERIFIER_CORPUS_DIR=str(CORPUS))
    env.pop("VERIFIER_INDEX_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "verifier.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


def test_check_prints_verdict_and_arabic_evidence(cache: Path) -> None:
    proc = run("check", "Morocco rescued 14,260 people", cache=cache)
    assert proc.returncode == 0, proc.stderr
    assert "SUPPORTED" in proc.stdout
    assert "14 ألفا و260" in proc.stdout


def test_check_json_lines_from_file(cache: Path, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        '{"claim": "Morocco rescued 14,260 people"}\n{"claim": "Morocco dismantled 14,260 networks"}\n',
        "utf-8",
    )
    proc = run("check", "--file", str(claims), "--json", cache=cache)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["verdict"] for r in rows] == ["supported", "contradicted"]
    for r in rows:
        assert {"claim", "verdict", "evidence", "comparisons", "reason"} <= set(r)


def test_extract_json(cache: Path) -> None:
    proc = run("extract", "plus de 42.000 tentatives en 2021", "--json", cache=cache)
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    figure = next(i for i in items if i["kind"] == "count")
    assert figure["value"] == 42000 and figure["bound"] == "at_least"
    for key in ("text", "start", "end", "value", "kind", "bound", "unit"):
        assert key in figure


def test_extract_shows_a_rate_and_a_denied_bound(cache: Path) -> None:
    text = "Demand is 100 million barrels a day; the toll did not exceed 49."
    proc = run("extract", text, "--json", cache=cache)
    assert proc.returncode == 0, proc.stderr
    demand, toll = json.loads(proc.stdout)
    assert (demand["per"], toll["bound"], toll["high"]) == ("day", "at_most", 49)
    table = run("extract", text, cache=cache).stdout
    assert "barrels per" in table and "at_most" in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "--index", "/nonexistent/idx", "x 5"), "verifier index"),
        (("check", ""), "empty"),
        (("check",), "no claim"),
        (("check", "--file", "/nonexistent/claims.txt"), "cannot read"),
        (("check", "--model", "no-such-model-xyz", "Morocco rescued 5 people"), "download-model"),
        (("extract", "5 people", "--date", "yesterday"), "YYYY-MM-DD"),
    ],
)
def test_user_mistakes_give_one_line_and_nonzero_exit(
    cache: Path, args: tuple[str, ...], message: str
) -> None:
    proc = run(*args, cache=cache)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_index_info_and_corrupt_index(cache: Path, tmp_path: Path) -> None:
    idx = tmp_path / "idx"
    bad = tmp_path / "empty.txt"
    bad.write_text("", "utf-8")
    proc = run("index", str(CORPUS), str(bad), "--index", str(idx), cache=cache)
    assert proc.returncode == 0, proc.stderr
    assert "empty.txt" in proc.stderr  # the failed file is listed, the rest indexed
    info = run("info", "--index", str(idx), "--json", cache=cache)
    data = json.loads(info.stdout)
    assert data["documents"] == 2 and data["encoder"].startswith("builtin")
    gen = idx / (idx / "CURRENT").read_text().strip()
    (gen / "sentences.jsonl").write_text("{broken", "utf-8")
    proc = run("check", "--index", str(idx), "Morocco rescued 14,260 people", cache=cache)
    assert proc.returncode == 1
    assert "rebuild" in proc.stderr and "Traceback" not in proc.stderr
