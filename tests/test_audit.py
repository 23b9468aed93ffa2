"""The audit: claim detection, per-figure verdicts on drafts, reports, ClaimReview, CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from verifier import audit as audit_mod
from verifier.audit import (
    AuditReport,
    audit,
    audit_documents,
    detect_claims,
    figure_verdicts,
    trips,
)
from verifier.pipeline import Verifier
from verifier.records import Comparison, Document, Quantity, TimeScope, Verdict
from verifier.report import (
    VERDICT_WORDS,
    audit_html,
    audit_json,
    audit_jsonl,
    audit_markdown,
    audit_text,
    claimreview,
)
from verifier.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "audit"


# --------------------------------------------------------------------------- detection

DETECTION_CASES = [
    ("Morocco rescued 14,260 people in 2024.", "en", [["14,260"]]),
    ("The report was sent to Parliament in 2024.", "en", []),  # a year alone
    ("On 4 November 2021 the minister spoke.", "en", []),  # a date alone
    ("He finished third in the race.", "en", []),  # an ordinal
    ("How many of the 500 migrants were rescued?", "en", []),  # a question
    ("هل تم إنقاذ 500 شخص؟", "ar", []),  # an Arabic question
    (
        "Unemployment rose to 13.5% in 2023, and 1.58 million people were jobless.",
        "en",
        [["13.5", "1.58 million"]],
    ),
    ("تم إنقاذ 14 ألفا و260 شخصا من الغرق.", "ar", [["14 ألفا و260"]]),
    ("Le budget atteint 3 milliards de dirhams.", "fr", [["3 milliards"]]),
    ("The bridge is 1.2 km long.", "en", [["1.2"]]),
    ("La sequía afectó a 2.000 familias.", "es", [["2.000"]]),
    ("First line without figure.\nSecond: 42 people died. Third is fine.", "en", [["42"]]),
    ("", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DETECTION_CASES)
def test_detect_claims(text: str, lang: str, expected: list[list[str]]) -> None:
    claims = detect_claims(text, lang)
    assert [[q.text for q in c.quantities] for c in claims] == expected
    for c in claims:
        assert text[c.start : c.end] == c.text
        for q in c.quantities:
            assert c.text[q.start : q.end] == q.text
            assert q.kind in {"count", "percent", "money", "measure", "duration"}


# --------------------------------------------------------------------------- per-figure verdicts


def _q(text: str, start: int, value: float, year: int | None = None) -> Quantity:
    scope = TimeScope(text=str(year), year=year) if year else None
    return Quantity(text=text, start=start, end=start + len(text), value=value, scope=scope)


def _cmp(q: Quantity, outcome: str, note: str = "", value: float | None = None) -> Comparison:
    ev = _q(str(value), 0, value) if value is not None else None
    return Comparison(
        claim_quantity=q,
        evidence_quantity=ev,
        sentence_id=1 if ev else None,
        outcome=outcome,  # type: ignore[arg-type]
        rule="r",
        note=note,
    )


_A = _q("350", 10, 350, 2024)
_B = _q("48,963", 30, 48963, 2024)
_C = _q("1200", 5, 1200, 2023)

FIGURE_CASES = [
    # (figures with their verdict stage labels, expected labels in the audit)
    ([(_A, "supported")], ["supported"]),
    ([(_A, "contradicted"), (_B, "supported")], ["contradicted", "supported"]),
    ([(_C, "unknown"), (_B, "supported")], ["unknown", "supported"]),
]


@pytest.mark.parametrize(("figures", "expected"), FIGURE_CASES)
def test_figure_verdicts_follow_the_verdict_stage(
    figures: list[tuple[Quantity, str]], expected: list[str]
) -> None:
    from verifier.records import FigureCheck

    verdict = Verdict(
        claim="x" * 60,
        verdict="unknown",
        confidence=0.8,
        claim_quantities=[q for q, _ in figures],
        comparisons=[_cmp(q, "unknown") for q, _ in figures],
        figures=[
            FigureCheck(quantity=q, verdict=label, confidence=0.8)  # type: ignore[arg-type]
            for q, label in figures
        ],
    )
    got = figure_verdicts(verdict, offset=100)
    assert [f.verdict for f in got] == expected
    assert [f.start for f in got] == [100 + q.start for q, _ in figures]
    assert all(len(f.comparisons) == 1 for f in got)


# --------------------------------------------------------------------------- audit of the fixtures


@pytest.fixture(scope="module")
def audit_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    cache = tmp_path_factory.mktemp("audit-cache")
    return Settings(
        cache_dir=cache,
        corpus_dir=CORPUS,
        index_dir=None,
        encoder="builtin",
        reference_date=date(2024, 11, 6),
    )


@pytest.fixture(scope="module")
def verifier(bundled_index: Path, audit_settings: Settings) -> Verifier:
    return Verifier.open(bundled_index, audit_settings)


@pytest.fixture(scope="module")
def report(verifier: Verifier) -> AuditReport:
    return audit([FIXTURES], verifier)


def _figure(report: AuditReport, article: str, text: str) -> Any:
    art = next(a for a in report.articles if a.id == article)
    return next(f for s in art.sentences for f in s.figures if f.text == text)


VERDICT_CASES = [
    ("draft_en", "14,260", "supported"),
    ("draft_en", "350", "contradicted"),
    ("draft_en", "48,963", "supported"),
    ("draft_en", "42,071", "supported"),
    ("draft_ar_cp1256", "14 ألفا و260", "supported"),
    ("draft_ar_cp1256", "300", "contradicted"),
    ("draft_fr_latin1", "42.071", "supported"),
    ("wire-001", "14,260", "supported"),
    ("wire-002", "4388", "supported"),
    ("page", "42,071", "supported"),
]


@pytest.mark.parametrize(("article", "figure", "expected"), VERDICT_CASES)
def test_verdicts_on_drafts_restating_the_corpus(
    report: AuditReport, article: str, figure: str, expected: str
) -> None:
    f = _figure(report, article, figure)
    assert f.verdict == expected
    assert f.evidence, "a decided figure cites its evidence"
    assert all(e.highlights for e in f.evidence)


def test_sentence_with_several_figures(report: AuditReport) -> None:
    art = next(a for a in report.articles if a.id == "draft_en")
    s = next(s for s in art.sentences if "350" in s.text)
    assert [(f.text, f.verdict) for f in s.figures] == [
        ("350", "contradicted"),
        ("48,963", "supported"),
    ]
    assert s.verdict.verdict == "contradicted"


def test_spans_point_into_the_article(report: AuditReport) -> None:
    for art in report.articles:
        for s in art.sentences:
            assert art.text[s.start : s.end] == s.text
            for f in s.figures:
                assert art.text[f.start : f.end] == f.text
                assert s.start <= f.start < f.end <= s.end


def test_non_claims_are_skipped(report: AuditReport) -> None:
    texts = [s.text for a in report.articles for s in a.sentences]
    assert not any("sent to Parliament" in t or t.startswith("Will the ministry") for t in texts)
    assert not any("copyright" in t.lower() or "999" in t for t in texts)  # page furniture


FAILURE_CASES = [
    ("binary.txt", "not a text file"),
    ("empty.txt", "empty"),
    ("feed.jsonl:3", "not valid JSON"),
]


@pytest.mark.parametrize(("name", "reason"), FAILURE_CASES)
def test_bad_inputs_are_reported_and_the_batch_runs(
    report: AuditReport, name: str, reason: str
) -> None:
    failure = next(f for f in report.failures if f.path.endswith(name))
    assert reason in failure.reason


def test_counts_and_encodings(report: AuditReport) -> None:
    c = report.counts
    assert c.articles == 6 and c.failed == 3
    assert c.claims == sum(len(a.sentences) for a in report.articles)
    assert c.figures == sum(c.figures_by_verdict.values())
    assert sum(c.claims_by_verdict.values()) == c.claims
    by_id = {a.id: a for a in report.articles}
    assert "أنقذت" in by_id["draft_ar_cp1256"].text and by_id["draft_ar_cp1256"].lang == "ar"
    assert "avorté" in by_id["draft_fr_latin1"].text and by_id["draft_fr_latin1"].lang == "fr"
    assert by_id["wire-001"].published == date(2024, 11, 7)
    assert [a.id for a in report.articles] == sorted(by_id, key=list(by_id).index)


def test_huge_file_is_a_failure(verifier: Verifier, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_mod, "MAX_PAGE_BYTES", 100)
    got = audit([FIXTURES / "draft_en.md", FIXTURES / "feed.jsonl"], verifier)
    assert [a.id for a in got.articles] == ["wire-001", "wire-002"]
    assert "too large" in got.failures[0].reason and got.failures[0].path.endswith("draft_en.md")


STDIN_CASES = [
    (b"Morocco rescued 14,260 people at sea in 2024.", "supported"),
    (
        "وأعلنت وزارة الداخلية تفكيك 300 شبكة إجرامية خلال سنة 2024.".encode("cp1256"),
        "contradicted",
    ),
]


@pytest.mark.parametrize(("data", "expected"), STDIN_CASES)
def test_stdin(verifier: Verifier, data: bytes, expected: str) -> None:
    got = audit(["-"], verifier, stdin=data)
    assert got.articles[0].path == "-"
    assert got.articles[0].sentences[0].verdict.verdict == expected


def test_stdin_empty_is_a_failure(verifier: Verifier) -> None:
    got = audit(["-"], verifier, stdin=b"  \n")
    assert got.articles == [] and got.failures[0].path == "-"


def test_claims_are_checked_in_batches(verifier: Verifier, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = verifier.check_many

    def counting(claims: list[str], reference_dates: list[date | None]) -> list[Verdict]:
        calls.append(len(claims))
        return real(claims, reference_dates)

    monkeypatch.setattr(verifier, "check_many", counting)
    seen: list[tuple[int, int]] = []
    whole = audit([FIXTURES], verifier, lambda d, t: seen.append((d, t)))
    assert len(calls) == 1  # every sentence of every article in one call
    calls.clear()
    chunked = audit([FIXTURES], verifier, chunk=3)
    assert max(calls) <= 3 and len(calls) == -(-sum(calls) // 3)
    assert chunked == whole
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == sum(calls)


def test_documents_in_memory(verifier: Verifier) -> None:
    doc = Document(id="d", lang="en", text="Morocco rescued 14,260 people <b>at sea</b> in 2024.")
    got = audit_documents([doc], verifier)
    assert got.articles[0].sentences[0].figures[0].verdict == "supported"
    html = audit_html(got)
    assert "&lt;b&gt;at sea&lt;/b&gt;" in html and "<b>at sea" not in html


@pytest.mark.parametrize(
    ("fail_on", "labels", "expected"),
    [
        (None, ["contradicted"], False),
        ("contradicted", ["supported", "unknown"], False),
        ("contradicted", ["contradicted"], True),
        ("unknown", ["supported"], False),
        ("unknown", ["unknown"], True),
        ("unknown", ["contradicted"], True),
    ],
)
def test_fail_on(fail_on: Any, labels: list[str], expected: bool) -> None:
    by = {k: labels.count(k) for k in ("supported", "contradicted", "unknown")}
    r = AuditReport(counts=audit_mod.AuditCounts(figures_by_verdict=by))
    assert trips(r, fail_on) is expected


# --------------------------------------------------------------------------- reports


def test_markdown_has_a_table(report: AuditReport) -> None:
    md = audit_markdown(report)
    assert "| verdict | claims | figures |" in md
    assert "| # | figure | verdict | claim | evidence | source |" in md
    assert "|---:|---|---|---|---|---|" in md
    assert "**350**" in md and "**contradicted**" in md
    assert "## Failed inputs" in md and "empty.txt" in md
    for line in md.splitlines():
        if line.startswith("| ") and "figure | verdict" not in line:
            assert line.count(" | ") >= 2


def test_html_is_self_contained_and_highlights_figures(report: AuditReport) -> None:
    html = audit_html(report)
    assert html.startswith("<!DOCTYPE html>")
    assert '<article class="doc" id="a1" lang="ar" dir="rtl">' in html
    assert 'dir="auto"' in html
    for label, figure in [
        ("supported", "14 ألفا و260"),
        ("contradicted", "300"),
        ("contradicted", "350"),
    ]:
        assert re.search(
            rf'<a class="fig v-{label}" href="#a\d+-f\d+"[^>]*>{re.escape(figure)}</a>', html
        )
    # every figure link opens an evidence block of the page
    for ref in re.findall(r'<a class="fig v-\w+" href="#([\w-]+)"', html):
        assert f'<details id="{ref}"' in html
    # the compared figure in the evidence sentence
    assert '<mark class="v-supported">14 ألفا و260</mark>' in html
    assert "<link" not in html and " src=" not in html and "@import" not in html
    outside = set(re.findall(r'href="(https?://[^"]+)"', html))
    assert outside <= {
        e.url
        for a in report.articles
        for s in a.sentences
        for f in s.figures
        for e in f.evidence
        if e.url
    }
    for label in ("supported", "contradicted", "unknown"):
        assert VERDICT_WORDS[label] in html  # the legend


def test_json_and_jsonl(report: AuditReport) -> None:
    data = json.loads(audit_json(report))
    assert AuditReport.model_validate(data) == report
    rows = [json.loads(line) for line in audit_jsonl(report).splitlines()]
    claims = [r for r in rows if r["type"] == "claim"]
    assert len(claims) == report.counts.claims
    for r in claims:
        assert {"claim", "verdict", "evidence", "comparisons", "reason", "confidence"} <= set(r)
        assert {"article_id", "path", "start", "end", "figures", "article_figures"} <= set(r)
        Verdict.model_validate({k: r[k] for k in Verdict.model_fields})
    assert [r["path"] for r in rows if r["type"] == "failure"] == [f.path for f in report.failures]
    assert rows[-1]["type"] == "summary" and rows[-1]["claims"] == report.counts.claims


def test_terminal_report(report: AuditReport) -> None:
    text = audit_text(report)
    assert "contradicted" in text and "CONTRADICTED" in text
    assert "empty.txt" in text and "3 input(s) failed" in text


def test_reports_are_deterministic(verifier: Verifier, report: AuditReport) -> None:
    again = audit([FIXTURES], verifier)
    for render in (audit_json, audit_jsonl, audit_markdown, audit_html, audit_text):
        assert render(again) == render(report)


# --------------------------------------------------------------------------- ClaimReview

_VERDICT_WORDS = re.compile(
    r"\b(supported|contradicted|unknown|unverified|true|false|vrai|faux)\b", re.I
)


@pytest.mark.parametrize("review_url", [None, "https://factcheck.example.org/reviews"])
def test_claimreview_shape(report: AuditReport, review_url: str | None) -> None:
    settings = Settings(publisher="Desk Test", review_url=review_url)
    drafts = claimreview(report, settings)
    assert len(drafts) == report.counts.claims
    for d in drafts:
        assert {
            "@context",
            "@type",
            "url",
            "claimReviewed",
            "itemReviewed",
            "author",
            "reviewRating",
        } <= set(d)
        assert d["@context"] == "https://schema.org" and d["@type"] == "ClaimReview"
        assert 0 < len(d["claimReviewed"]) < 75
        assert not _VERDICT_WORDS.search(d["claimReviewed"])
        rating = d["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"] in VERDICT_WORDS.values()
        item = d["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]
        assert all(a["@type"] == "CreativeWork" for a in item["appearance"])
        if "datePublished" in item:
            date.fromisoformat(item["datePublished"])
        assert d["author"] == {"@type": "Organization", "name": "Desk Test"}
        if review_url:
            assert d["url"].startswith(review_url + "#claim-")
        else:
            assert "REPLACE" in d["url"] and ".invalid/" in d["url"]
    json.dumps(drafts)  # serialisable as is
    wire = next(d for d in drafts if "14,260 people from drowning" in d["claimReviewed"])
    assert wire["itemReviewed"]["datePublished"] == "2024-11-07"
    assert wire["itemReviewed"]["appearance"][0]["url"] == "https://news.example.org/wire-001"
    assert wire["reviewRating"]["ratingValue"] == wire["reviewRating"]["bestRating"]
    contra = next(d for d in drafts if "350" in d["claimReviewed"])
    assert contra["reviewRating"]["ratingValue"] == contra["reviewRating"]["worstRating"]


# --------------------------------------------------------------------------- command line


def run(*args: str, cache: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(
        os.environ,
        VERIFIER_CACHE_DIR=str(cache),
        VERIFIER_CORPUS_DIR=str(CORPUS),
        VERIFIER_REFERENCE_DATE="2024-11-06",
    )
    env.pop("VERIFIER_INDEX_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "verifier.cli", "audit", *args],
        capture_output=True,
        env=env,
        input=stdin,
        timeout=300,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def cli_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-cache")


EXIT_CASES = [
    (["tests/fixtures/audit"], 0),
    (["tests/fixtures/audit/draft_en.md", "--fail-on", "contradicted"], 1),
    (["tests/fixtures/audit/feed.jsonl", "--fail-on", "contradicted"], 0),
    (["tests/fixtures/audit/feed.jsonl", "--fail-on", "unknown"], 0),
    (["tests/fixtures/audit/draft_en.md", "--format", "pdf"], 2),
    (["tests/fixtures/audit/draft_en.md", "--fail-on", "maybe"], 2),
    (["tests/fixtures/audit/empty.txt"], 2),
    ([], 2),
]


@pytest.mark.parametrize(("args", "code"), EXIT_CASES)
def test_cli_exit_codes(cli_cache: Path, args: list[str], code: int) -> None:
    proc = run(*args, cache=cli_cache)
    assert proc.returncode == code, proc.stderr.decode()
    if code == 2 and args:
        assert b"Traceback" not in proc.stderr
        assert len(proc.stderr.decode().strip().splitlines()) <= 3


def test_cli_fail_on_unknown(cli_cache: Path) -> None:
    proc = run(
        "-",
        "--fail-on",
        "unknown",
        cache=cli_cache,
        stdin=b"Tourism brought 104.7 billion dirhams in 2023.",
    )
    assert proc.returncode == 1, proc.stderr.decode()
    assert b"UNKNOWN" in proc.stdout


def test_cli_reports_are_byte_identical(cli_cache: Path, tmp_path: Path) -> None:
    outputs = []
    for n in (1, 2):
        html, cr = tmp_path / f"r{n}.html", tmp_path / f"cr{n}.json"
        proc = run(
            "tests/fixtures/audit", "--out", str(html), "--claimreview", str(cr), cache=cli_cache
        )
        assert proc.returncode == 0, proc.stderr.decode()
        assert b"3 input(s) failed" in proc.stderr
        outputs.append((html.read_bytes(), cr.read_bytes()))
    assert outputs[0] == outputs[1]
    assert b'dir="rtl"' in outputs[0][0]
    assert json.loads(outputs[0][1])[0]["@type"] == "ClaimReview"
    jsonl = [
        run("tests/fixtures/audit", "--format", "jsonl", cache=cli_cache).stdout for _ in (1, 2)
    ]
    assert jsonl[0] == jsonl[1]
    assert all(json.loads(line) for line in jsonl[0].decode().splitlines())
