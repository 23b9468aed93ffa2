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
    console(stderr=True).print(f"[bold red]error:[/] {message}", markup=True, highlight=False)


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
        hedge = f"{q.hedge} " if q.hedge else ""
        scope = q.scope.text if q.scope else ""
        if q.scope and q.scope.year:
            scope += f" ({q.scope.year})"
        unit = q.unit or ""
        if q.currency:
            unit = q.currency
        table.add_row(
            hedge + q.text,
            f"{q.value:,.10g}" + ("?" if q.ambiguous else ""),
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
