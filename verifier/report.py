"""Report stage: every way results are shown to people. The only module that uses rich.

Terminal tables (rich), JSON lines, and small helpers to highlight figures
inside sentences. Markdown and HTML reports for the audit build on the same
records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .records import Highlight, Quantity, Verdict

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from .audit import AuditReport, Progress
    from .settings import Settings

__all__ = [
    "VERDICT_STYLE",
    "console",
    "print_error",
    "print_eval",
    "print_info",
    "print_quantities",
    "print_verdicts",
    "verdict_json",
]

VERDICT_STYLE = {"supported": "bold green", "contradicted": "bold red", "unknown": "bold yellow"}


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def print_error(message: str) -> None:
    """One line on stderr, never wrapped (pipelines grep it)."""
    console(stderr=True).print(
        f"[bold red]error:[/] {message}", markup=True, highlight=False, soft_wrap=True
    )


def verdict_json(verdict: Verdict) -> str:
    """One claim's verdict as a single JSON line."""
    return json.dumps(verdict.model_dump(mode="json"), ensure_ascii=False)


def highlighted(text: str, spans: Sequence[Highlight | Quantity], style: str) -> Text:
    from rich.text import Text

    out = Text(text)
    for span in spans:
        out.stylize(style, span.start, span.end)
    return out


def print_quantities(text: str, quantities: Sequence[Quantity], out: Console | None = None) -> None:
    from rich.table import Table

    out = out or console()
    out.print(highlighted(text, quantities, "bold cyan underline"))
    table = Table(show_lines=False)
    for col in ("text", "value", "kind", "bound", "unit", "scope", "span"):
        table.add_column(col)
    for q in quantities:
        scope = q.scope.text if q.scope else ""
        if q.scope and q.scope.year:
            scope += f" ({q.scope.year})"
        unit = q.unit or ""
        if q.currency:
            unit = q.currency
        if q.per:
            unit = f"{unit} per {q.per}".strip()  # a rate: "barrels per day"
        value = f"{q.value:,.10g}"
        if q.parts is not None:
            value = "-".join(f"{p:.10g}" for p in q.parts)  # a score: "2-1", "5-0-0"
        table.add_row(
            q.written,
            value + ("?" if q.ambiguous else ""),
            q.kind,
            q.bound,
            unit,
            scope,
            f"{q.start}-{q.end}",
        )
    out.print(table)


def print_verdicts(verdicts: Iterable[Verdict], out: Console | None = None) -> None:
    """A readable block per claim: verdict, reason, evidence with the compared figure lit."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    out = out or console()
    for v in verdicts:
        style = VERDICT_STYLE[v.verdict]
        head = Text()
        head.append(v.verdict.upper(), style=style)
        head.append(f"  (confidence {v.confidence:.2f})")
        if v.reason:
            head.append(f"  reason: {v.reason}", style="yellow")
        body = Table.grid(padding=(0, 1))
        body.add_column(style="dim", no_wrap=True)
        body.add_column()
        body.add_row("claim", highlighted(v.claim, [q for q in v.claim_quantities], "bold cyan"))
        body.add_row("why", v.message)
        for ev in v.evidence:
            where = " · ".join(
                x
                for x in (
                    ev.source,
                    ev.title,
                    str(ev.published) if ev.published else None,
                    ev.doc_id,
                )
                if x
            )
            body.add_row(
                "evidence",
                highlighted(ev.sentence, ev.highlights, style.replace("bold ", "bold reverse ")),
            )
            body.add_row("source", where)
        for c in v.comparisons:
            if c.evidence_quantity is None:
                continue
            rel = f"{c.relative_difference:+.1%}" if c.relative_difference is not None else ""
            body.add_row(
                "compared",
                f"{c.claim_quantity.text} vs {c.evidence_quantity.text} → {c.outcome} ({c.rule}) {rel}",
            )
        out.print(Panel(body, title=head, title_align="left", border_style=style.split()[-1]))


def print_info(info: Mapping[str, Any], out: Console | None = None) -> None:
    from rich.table import Table

    out = out or console()
    table = Table(show_header=False)
    table.add_column(style="bold")
    table.add_column()
    for key, value in info.items():
        table.add_row(key, str(value))
    out.print(table)


def print_eval(result: Mapping[str, Any], out: Console | None = None) -> None:
    from rich.table import Table

    out = out or console()
    out.print(
        f"[bold]{result['n']} claims[/]  accuracy [bold]{result['accuracy']:.3f}[/]  "
        f"macro-F1 [bold]{result['macro_f1']:.3f}[/]  ({result['seconds']:.2f} s)"
    )
    labels = result["labels"]
    cm = Table(title="confusion (rows gold, columns predicted)")
    cm.add_column("gold")
    for label in labels:
        cm.add_column(label)
    for gold in labels:
        cm.add_row(gold, *[str(result["confusion"][gold][p]) for p in labels])
    out.print(cm)
    for key in ("by_lang", "by_category"):
        t = Table(title=key.replace("_", " "))
        t.add_column(key.split("_")[1])
        t.add_column("n", justify="right")
        t.add_column("accuracy", justify="right")
        for name, row in sorted(result[key].items()):
            t.add_row(name, str(row["n"]), f"{row['accuracy']:.3f}")
        out.print(t)
    errors = result.get("errors", [])
    if errors:
        t = Table(title=f"misses ({len(errors)})")
        for col in ("id", "gold", "got", "claim", "why"):
            t.add_column(col)
        for e in errors:
            t.add_row(e["id"], e["gold"], e["got"], e["claim"], e["message"][:120])
        out.print(t)


# =========================================================================== audit reports
#
# Renderers of :class:`verifier.audit.AuditReport`: terminal summary (rich), JSON,
# JSON lines, Markdown, a self-contained HTML page, and schema.org ClaimReview
# drafts. All are deterministic: same report in, same bytes out (no timestamps).

__all__ += [
    "AUDIT_FORMATS",
    "VERDICT_WORDS",
    "audit_html",
    "audit_json",
    "audit_jsonl",
    "audit_markdown",
    "audit_progress",
    "audit_text",
    "claimreview",
    "print_audit",
]

AUDIT_FORMATS = ("table", "json", "jsonl", "markdown", "html")
_AUDIT_LABELS = ("supported", "contradicted", "unknown")
VERDICT_WORDS = {
    "supported": "Supported by the sources",
    "contradicted": "Contradicted by the sources",
    "unknown": "Unverified: no source confirms or refutes it",
}
"""The verdict in words, as shown to readers (ClaimReview ``alternateName``)."""
# ClaimReview rating scale: worst 1 (contradicted), 3 (cannot be confirmed), best 5 (supported).
_RATING = {"contradicted": 1, "unknown": 3, "supported": 5}
_PLACEHOLDER_URL = "https://REPLACE-WITH-REVIEW-URL.invalid/"
_CLAIM_MAX = 74  # claimReviewed stays under 75 characters


def _summary_line(report: AuditReport) -> str:
    c = report.counts
    claims = ", ".join(f"{c.claims_by_verdict.get(k, 0)} {k}" for k in _AUDIT_LABELS)
    line = f"{c.articles} article(s), {c.claims} claim(s) with {c.figures} figure(s): {claims}"
    if c.failed:
        line += f"; {c.failed} input(s) failed"
    return line


def print_audit(report: AuditReport, out: Console | None = None) -> None:
    """Terminal report: counts per verdict, failed inputs, then each claim with its figures."""
    from rich.table import Table
    from rich.text import Text

    out = out or console()
    counts = report.counts
    table = Table(title="audit", title_justify="left")
    table.add_column("verdict")
    table.add_column("claims", justify="right")
    table.add_column("figures", justify="right")
    for label in _AUDIT_LABELS:
        table.add_row(
            Text(label, style=VERDICT_STYLE[label]),
            str(counts.claims_by_verdict.get(label, 0)),
            str(counts.figures_by_verdict.get(label, 0)),
        )
    table.add_row("total", str(counts.claims), str(counts.figures), style="bold")
    out.print(table)
    out.print(_summary_line(report))
    for failure in report.failures:
        out.print(Text.assemble(("failed ", "bold yellow"), f"{failure.path}: {failure.reason}"))
    for article in report.articles:
        if not article.sentences:
            continue
        out.print()
        head = Text(article.title or article.id, style="bold")
        meta = " · ".join(x for x in (article.path, article.lang, _date(article.published)) if x)
        head.append(f"  {meta}", style="dim")
        out.print(head)
        for s in article.sentences:
            label = s.verdict.verdict
            line = Text()
            line.append(f"{label.upper():<13}", style=VERDICT_STYLE[label])
            line.append_text(
                highlighted_figures(
                    s.text, [(f.start - s.start, f.end - s.start, f.verdict) for f in s.figures]
                )
            )
            out.print(line)
            for f in s.figures:
                row = Text("    ")
                row.append(f.text, style=VERDICT_STYLE[f.verdict])
                row.append(f" → {f.verdict}", style=VERDICT_STYLE[f.verdict].replace("bold ", ""))
                if f.note:
                    row.append(f": {f.note}", style="dim")
                out.print(row)
                for ev in f.evidence[:1]:
                    where = " · ".join(
                        x for x in (ev.source, ev.title, _date(ev.published), ev.doc_id) if x
                    )
                    ev_line = Text("      ")
                    ev_line.append_text(highlighted(ev.sentence, ev.highlights, "bold reverse"))
                    out.print(ev_line)
                    out.print(Text(f"      {where}", style="dim"))


def highlighted_figures(text: str, spans: Sequence[tuple[int, int, str]]) -> Text:
    """``text`` with each ``(start, end, verdict)`` span in its verdict's colour."""
    from rich.text import Text

    out = Text(text)
    for start, end, label in spans:
        out.stylize(VERDICT_STYLE.get(label, "bold") + " underline", start, end)
    return out


__all__ += ["highlighted_figures"]


def audit_text(report: AuditReport, width: int = 120) -> str:
    """The terminal report as plain text (for ``--format table --out FILE``)."""
    import io

    from rich.console import Console

    out = Console(file=io.StringIO(), width=width, record=True, color_system=None, highlight=False)
    print_audit(report, out)
    return out.export_text()


class _LazyProgress:
    """A rich progress bar on stderr that appears only once a run has lasted ``after`` seconds."""

    def __init__(self, after: float) -> None:
        import time

        self._clock = time.monotonic
        self._started = self._clock()
        self._after = after
        self._bar: Any = None
        self._task: Any = None
        self._enabled = console(stderr=True).is_terminal

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled:
            return
        if self._bar is None:
            if self._clock() - self._started < self._after or done >= total:
                return
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self._bar = Progress(
                "checking claims",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("audit", total=total)
        self._bar.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class audit_progress:
    """Context manager giving a ``progress(done, total)`` callback for :func:`verifier.audit.audit`.

    The bar (rich, on stderr) shows only when stderr is a terminal and the run
    lasts more than ``after`` seconds.
    """

    def __init__(self, after: float = 2.0) -> None:
        self._progress = _LazyProgress(after)

    def __enter__(self) -> Progress:
        return self._progress

    def __exit__(self, *exc: object) -> None:
        self._progress.close()


def _date(value: object) -> str | None:
    return str(value) if value else None


def audit_json(report: AuditReport) -> str:
    """The whole report as one JSON document (articles, sentences, figures, verdicts, failures)."""
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def audit_jsonl(report: AuditReport) -> str:
    """One JSON line per checked sentence, then one per failed input, then a summary line.

    A claim line is the :class:`~verifier.records.Verdict` record ``verifier check
    --json`` prints, plus ``type: "claim"``, the article (``article_id``,
    ``path``), the sentence's span in the article (``start``, ``end``) and
    ``article_figures``: each figure's verdict with its span in the article.
    """
    lines = []
    for article in report.articles:
        for s in article.sentences:
            row: dict[str, Any] = {"type": "claim", "article_id": article.id, "path": article.path}
            row.update(start=s.start, end=s.end, lang=s.lang)
            row.update(s.verdict.model_dump(mode="json"))
            row["article_figures"] = [
                f.model_dump(mode="json", exclude={"quantity", "comparisons", "evidence"})
                | {"evidence_ids": [e.sentence_id for e in f.evidence]}
                for f in s.figures
            ]
            lines.append(json.dumps(row, ensure_ascii=False))
    for failure in report.failures:
        lines.append(
            json.dumps({"type": "failure"} | failure.model_dump(mode="json"), ensure_ascii=False)
        )
    lines.append(
        json.dumps({"type": "summary"} | report.counts.model_dump(mode="json"), ensure_ascii=False)
    )
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _md_highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(text) or start >= end:
            continue
        out += [_md_cell(text[pos:start]), " **", _md_cell(text[start:end]), "** "]
        pos = end
    out.append(_md_cell(text[pos:]))
    return " ".join("".join(out).split())


def audit_markdown(report: AuditReport) -> str:
    """The report as Markdown: a count table, failed inputs, then one table of figures per article."""
    c = report.counts
    lines = ["# Figure audit", "", _summary_line(report) + ".", ""]
    lines += ["| verdict | claims | figures |", "|---|---:|---:|"]
    for label in _AUDIT_LABELS:
        lines.append(
            f"| {label} | {c.claims_by_verdict.get(label, 0)} | {c.figures_by_verdict.get(label, 0)} |"
        )
    lines.append(f"| **total** | **{c.claims}** | **{c.figures}** |")
    if report.failures:
        lines += ["", "## Failed inputs", ""]
        lines += [f"- `{_md_cell(f.path)}`: {_md_cell(f.reason)}" for f in report.failures]
    for article in report.articles:
        lines += ["", f"## {_md_cell(article.title or article.id)}", ""]
        meta = [f"`{_md_cell(article.id)}`"]
        meta += [_md_cell(x) for x in (article.path, article.lang, _date(article.published)) if x]
        lines.append(" · ".join(meta))
        lines.append("")
        if not article.sentences:
            lines.append("No checkable figure.")
            continue
        lines += [
            "| # | figure | verdict | claim | evidence | source |",
            "|---:|---|---|---|---|---|",
        ]
        for n, s in enumerate(article.sentences, 1):
            claim = _md_highlight(s.text, [(f.start - s.start, f.end - s.start) for f in s.figures])
            for f in s.figures:
                ev = f.evidence[0] if f.evidence else None
                evidence = (
                    _md_highlight(ev.sentence, [(h.start, h.end) for h in ev.highlights])
                    if ev
                    else ""
                )
                source = ""
                if ev:
                    source = " · ".join(
                        _md_cell(x)
                        for x in (ev.source or ev.title, _date(ev.published), ev.doc_id)
                        if x
                    )
                verdict = f"**{f.verdict}**" + (f" ({_md_cell(f.rule)})" if f.rule else "")
                lines.append(
                    f"| {n} | {_md_cell(f.text)} | {verdict} | {claim} | {evidence} | {source} |"
                )
    return "\n".join(lines) + "\n"


_HTML_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;
max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-bottom:.2rem}
.meta{color:#59636e;font-size:.85rem;margin-top:0}
.counts td,.counts th{padding:.15rem .8rem;text-align:end}.counts th:first-child{text-align:start}
.legend span{margin-inline-end:1rem}
.fig{border-radius:.2rem;padding:0 .15rem;text-decoration:none;color:inherit;font-weight:600;
border-bottom:2px solid}
.v-supported{background:#d1f2d9;border-color:#1a7f37}
.v-contradicted{background:#ffd7d5;border-color:#cf222e}
.v-unknown{background:#fff1c2;border-color:#bf8700}
.claim{background:linear-gradient(transparent 88%,#d0d7de 88%)}
article.doc{border-top:1px solid #d0d7de;margin-top:2rem}
.text p{margin:.4rem 0}
details{margin:.3rem 0;padding:.2rem .6rem;border-inline-start:4px solid #d0d7de}
details.v-supported{border-color:#1a7f37;background:none}
details.v-contradicted{border-color:#cf222e;background:none}
details.v-unknown{border-color:#bf8700;background:none}
details:target{outline:2px solid #0969da}
summary{cursor:pointer}
blockquote{margin:.4rem 0;padding:.2rem .6rem;background:#f6f8fa}
blockquote mark{font-weight:600;border-bottom:2px solid}
.failures li{color:#9a6700}
.none{color:#59636e}
"""

_HTML_JS = """
function openTarget(id){var d=document.getElementById(id);if(d&&d.tagName==='DETAILS'){d.open=true;}}
document.addEventListener('click',function(e){var a=e.target.closest('a.fig');
if(a){openTarget(a.getAttribute('href').slice(1));}});
window.addEventListener('hashchange',function(){openTarget(location.hash.slice(1));});
if(location.hash){openTarget(location.hash.slice(1));}
"""


def _h(text: object) -> str:
    import html

    return html.escape(str(text), quote=True).replace("\n", " ")


def _html_dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "auto"


def _html_text(text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]]) -> str:
    """``text[start:end]`` escaped, with each ``(start, end, html_open)`` span wrapped."""
    import html

    out, pos = [], start
    for s, e, open_tag in sorted(marks):
        if s < pos or e > end or s >= e:
            continue
        close = "</" + open_tag[1 : open_tag.index(" ") if " " in open_tag else -1] + ">"
        out += [html.escape(text[pos:s]), open_tag, html.escape(text[s:e]), close]
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def _safe_url(url: str | None) -> str | None:
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def audit_html(report: AuditReport, title: str = "Figure audit") -> str:
    """A self-contained HTML report (one file, inline CSS and a few lines of JS, no network).

    Each article is shown whole with every checked figure highlighted in its
    verdict's colour (green supported, red contradicted, amber unknown); a click
    on a figure opens its evidence (source, date, sentence with the compared
    figure highlighted). Arabic articles are ``dir="rtl"``, other text
    ``dir="auto"``. Only evidence links point outside the page.
    """
    c = report.counts
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(title)}</title>",
        f"<style>{_HTML_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_h(title)}</h1>",
        f'<p class="summary">{_h(_summary_line(report))}.</p>',
        '<table class="counts"><tr><th>verdict</th><th>claims</th><th>figures</th></tr>',
    ]
    for label in _AUDIT_LABELS:
        parts.append(
            f'<tr><th><span class="fig v-{label}">{label}</span></th>'
            f"<td>{c.claims_by_verdict.get(label, 0)}</td><td>{c.figures_by_verdict.get(label, 0)}</td></tr>"
        )
    parts.append(f"<tr><th>total</th><td>{c.claims}</td><td>{c.figures}</td></tr></table>")
    parts.append(
        '<p class="legend">'
        + "".join(f'<span class="fig v-{k}">{_h(VERDICT_WORDS[k])}</span>' for k in _AUDIT_LABELS)
        + " — click a figure for its evidence.</p>"
    )
    parts.append("</header>")
    if report.failures:
        parts.append('<section class="failures"><h2>Failed inputs</h2><ul>')
        parts += [f"<li><code>{_h(f.path)}</code>: {_h(f.reason)}</li>" for f in report.failures]
        parts.append("</ul></section>")
    for n, article in enumerate(report.articles, 1):
        parts += _html_article(article, f"a{n}")
    parts += [f"<script>{_HTML_JS}</script>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _html_article(article: Any, key: str) -> list[str]:
    lang = article.lang if article.lang != "und" else ""
    lang_attr = f' lang="{_h(lang)}"' if lang else ""
    parts = [f'<article class="doc" id="{key}"{lang_attr} dir="{_html_dir(article.lang)}">']
    parts.append(f'<h2 dir="auto">{_h(article.title or article.id)}</h2>')
    meta = " · ".join(
        _h(x) for x in (article.id, article.path, article.lang, _date(article.published)) if x
    )
    parts.append(f'<p class="meta" dir="ltr">{meta}</p>')
    text = article.text
    # figure anchors, numbered in text order
    anchors: dict[tuple[int, int], str] = {}
    n = 0
    for s in article.sentences:
        for f in s.figures:
            n += 1
            anchors[(s.index, f.start)] = f"{key}-f{n}"
    parts.append('<div class="text">')
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        parts.append(f'<p dir="auto">{_html_line(text, lo, hi, article.sentences, anchors)}</p>')
    parts.append("</div>")
    if not article.sentences:
        parts.append('<p class="none" dir="ltr">No checkable figure in this article.</p>')
    else:
        parts.append('<section class="evidence" dir="ltr"><h3>Checked figures</h3>')
        for s in article.sentences:
            for f in s.figures:
                parts += _html_figure(f, s, anchors[(s.index, f.start)])
        parts.append("</section>")
    parts.append("</article>")
    return parts


def _html_line(
    text: str, lo: int, hi: int, sentences: Sequence[Any], anchors: dict[tuple[int, int], str]
) -> str:
    import html

    out, pos = [], lo
    for s in sentences:
        if s.start < pos or s.end > hi:
            continue
        out.append(html.escape(text[pos : s.start]))
        figures = []
        for f in s.figures:
            if text[f.start : f.end] != f.text:
                continue
            ref = anchors[(s.index, f.start)]
            tip = f"{f.verdict}: {f.note}" if f.note else f.verdict
            figures.append(
                (f.start, f.end, f'<a class="fig v-{f.verdict}" href="#{ref}" title="{_h(tip)}">')
            )
        inner = _html_text(text, s.start, s.end, figures)
        out.append(f'<span class="claim claim-{s.verdict.verdict}">{inner}</span>')
        pos = s.end
    out.append(html.escape(text[pos:hi]))
    return "".join(out)


def _html_figure(f: Any, s: Any, ref: str) -> list[str]:
    parts = [f'<details id="{ref}" class="v-{f.verdict}">']
    summary = (
        f'<summary><span class="fig v-{f.verdict}" dir="auto">{_h(f.text)}</span> '
        f"<strong>{_h(f.verdict)}</strong>"
        + (f" <small>({_h(f.rule)})</small>" if f.rule else "")
        + f' — <span dir="auto">{_h(_shorten(s.text, f.start - s.start, f.end - s.start, 90))}</span></summary>'
    )
    parts.append(summary)
    if f.note:
        parts.append(f'<p dir="auto">{_h(f.note)}</p>')
    if s.verdict.message and len(s.figures) > 1:
        parts.append(
            f'<p class="meta" dir="auto">sentence: {_h(s.verdict.verdict)} — {_h(s.verdict.message)}</p>'
        )
    if not f.evidence:
        parts.append('<p class="none">No source sentence cited.</p>')
    for ev in f.evidence:
        marks = [(h.start, h.end, f'<mark class="v-{f.verdict}">') for h in ev.highlights]
        quote = _html_text(ev.sentence, 0, len(ev.sentence), marks)
        ev_dir = _html_dir(ev.lang)
        parts.append(f'<blockquote lang="{_h(ev.lang)}" dir="{ev_dir}">{quote}</blockquote>')
        where = [x for x in (ev.source, ev.title, _date(ev.published), ev.doc_id) if x]
        line = " · ".join(f'<span dir="auto">{_h(x)}</span>' for x in where)
        url = _safe_url(ev.url)
        if url:
            line += f' · <a href="{_h(url)}" rel="noreferrer noopener">source</a>'
        parts.append(f'<p class="meta">{line}</p>')
    parts.append("</details>")
    return parts


def _shorten(text: str, start: int, end: int, limit: int) -> str:
    """A window of ``text`` of at most ``limit`` characters that keeps ``text[start:end]``.

    Keeps the beginning of the sentence when the span fits in it, else the end,
    else a window around the span; cuts at word boundaries and marks each cut
    with "…" (counted in the limit).
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    edge = " ,;:،"
    if end <= limit - 1:  # the head of the sentence holds the span
        cut = text.rfind(" ", end, limit)
        return text[: cut if cut > 0 else limit - 1].rstrip(edge) + "…"
    if len(text) - start <= limit - 1:  # the tail holds it
        cut = text.find(" ", len(text) - (limit - 1), start + 1)
        lo = cut + 1 if cut != -1 else len(text) - (limit - 1)
        return "…" + text[lo:].lstrip(edge)
    room = limit - 2
    if end - start >= room:
        return "…" + text[start : start + room] + "…"
    lo = max(0, start - (room - (end - start)) // 3)
    hi = min(len(text), lo + room)
    space = text.find(" ", lo, start)
    lo = space + 1 if space != -1 else lo
    space = text.rfind(" ", end, hi)
    hi = space if space != -1 else hi
    return "…" + text[lo:hi].strip(edge) + "…"


def claimreview(report: AuditReport, settings: Settings) -> list[dict[str, Any]]:
    """schema.org ClaimReview JSON-LD drafts, one per checked sentence, for editor sign-off.

    ``claimReviewed`` is the claim itself, cut to under 75 characters around its
    deciding figure (never the verdict); ``reviewRating`` gives the verdict in
    words (``alternateName``) on a 1–5 scale (1 contradicted, 3 cannot be
    confirmed, 5 supported); ``itemReviewed`` is the Claim with where it appears
    and when it was published (when known); ``author`` is ``settings.publisher``;
    ``url`` is under ``settings.review_url``, else a placeholder on the reserved
    ``.invalid`` domain that says REPLACE. No review date is set: the editor
    signs off and dates the review.
    """
    from urllib.parse import quote

    org = {"@type": "Organization", "name": settings.publisher}
    base = settings.review_url
    out: list[dict[str, Any]] = []
    for article in report.articles:
        for s in article.sentences:
            label = s.verdict.verdict
            focus = next(
                (f for f in s.figures if f.verdict == label), s.figures[0] if s.figures else None
            )
            lo, hi = (focus.start - s.start, focus.end - s.start) if focus else (0, 0)
            anchor = f"{quote(article.id, safe='')}-{s.index}"
            url = (
                (base.rstrip("/") + f"#claim-{anchor}")
                if base
                else f"{_PLACEHOLDER_URL}#claim-{anchor}"
            )
            appearance: dict[str, Any] = {"@type": "CreativeWork"}
            if _safe_url(article.url):
                appearance["url"] = article.url
            appearance["headline" if article.title else "name"] = (
                article.title or article.path or article.id
            )
            if article.source:
                appearance["publisher"] = {"@type": "Organization", "name": article.source}
            item: dict[str, Any] = {"@type": "Claim", "appearance": [appearance]}
            if article.published:
                item["datePublished"] = article.published.isoformat()
            if article.lang != "und":
                item["inLanguage"] = article.lang
            out.append(
                {
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "url": url,
                    "claimReviewed": _shorten(s.text, lo, hi, _CLAIM_MAX),
                    "itemReviewed": item,
                    "author": org,
                    "publisher": org,
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": _RATING[label],
                        "bestRating": 5,
                        "worstRating": 1,
                        "alternateName": VERDICT_WORDS[label],
                    },
                }
            )
    return out
