"""Command line: a thin layer over the library. ``verifier --help``."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional, cast

import typer

from ._errors import InputError, VerifierError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Numeric fact-checking: extract figures, index sources, check claims.",
)

IndexOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option(
        "--index", "-i", help="Index folder (default: the bundled corpus, built on first use)."
    ),
]
ModelOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--model", "-m", help="Encoder: 'builtin' or a sentence-transformers model name/path."
    ),
]


def _settings(**overrides: object) -> object:
    from .settings import Settings

    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]


@app.command()
def extract(
    text: Annotated[str, typer.Argument(help="Text to read figures from ('-' for stdin).")],
    lang: Annotated[
        str | None, typer.Option(help="ar, fr, en or es (default: detected).")
    ] = None,
    reference_date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--date", help="Reference date YYYY-MM-DD that resolves 'this year'."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """Print every figure in TEXT: value, kind, bound, unit, period."""
    from .quantities import extract_quantities
    from .report import print_quantities

    if text == "-":
        text = sys.stdin.read()
    ref = _parse_date(reference_date)
    quantities = extract_quantities(text, lang=lang, reference_date=ref)
    if as_json:
        print(json.dumps([q.model_dump(mode="json") for q in quantities], ensure_ascii=False))
    else:
        print_quantities(text, quantities)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--date {value!r} is not a date; write it as YYYY-MM-DD") from exc


@app.command()
def index(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .md .html .jsonl")],
    index_dir: Annotated[
        Path, typer.Option("--index", "-i", help="Index folder to create or extend.")
    ] = Path(".index"),
    model: ModelOpt = None,
    rebuild: Annotated[
        bool, typer.Option(help="Start a new index instead of adding to it.")
    ] = False,
) -> None:
    """Index source articles (adds to an existing index; documents already in it are skipped)."""
    from ._errors import EncoderMismatchError
    from .encode import load_encoder
    from .index import SentenceIndex, build_index, mismatch_message
    from .report import console
    from .settings import Settings

    settings = Settings()
    spec = model
    if spec is None and not rebuild and SentenceIndex.exists(index_dir):
        spec = SentenceIndex.open(index_dir).manifest.encoder
        try:
            encoder = load_encoder(spec, settings)
        except EncoderMismatchError:  # built by an older built-in encoder
            raise EncoderMismatchError(mismatch_message(index_dir, spec)) from None
    else:
        encoder = load_encoder(spec or settings.encoder, settings)
    out = console(stderr=True)
    with out.status("indexing…"):
        report = build_index(paths, index_dir, encoder, settings, rebuild=rebuild)
    for failure in report.failures:
        out.print(f"[yellow]skipped[/] {failure.path}: {failure.reason}")
    out.print(
        f"indexed {len(report.added_documents)} new document(s), {report.added_sentences} sentence(s) "
        f"in {report.seconds:.2f} s; index {index_dir} holds {report.total_documents} document(s), "
        f"{report.total_sentences} sentence(s); encoder {encoder.name}"
        + (f"; {len(report.skipped_documents)} already indexed" if report.skipped_documents else "")
        + (f"; {len(report.failures)} file(s) failed" if report.failures else "")
    )
    if not report.added_documents and not report.skipped_documents and report.failures:
        raise typer.Exit(1)


def _read_claims(file: Path) -> list[str]:
    try:
        lines = file.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read claims file {file}: {exc}") from exc
    claims = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{file}:{n}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or not isinstance(row.get("claim"), str):
                raise InputError(f"{file}:{n}: a JSON line needs a 'claim' field")
            claims.append(row["claim"])
        else:
            claims.append(line)
    return claims


@app.command()
def check(
    claims: Annotated[Optional[list[str]], typer.Argument(help="Claims to check.")] = None,  # noqa: UP045
    file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--file", "-f", help="Claims file: one per line, or JSONL with a 'claim' field."
        ),
    ] = None,
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per claim per line.")
    ] = False,
) -> None:
    """Check claims: supported, contradicted or unknown, with the evidence."""
    from .pipeline import Verifier
    from .report import console, print_verdicts, verdict_json

    todo = list(claims or [])
    if file is not None:
        todo.extend(_read_claims(file))
    if not todo:
        raise InputError("no claim given; pass CLAIM arguments or --file FILE")
    err = console(stderr=True)
    verifier = Verifier.open(index_dir, model=model, progress=lambda m: err.print(f"[dim]{m}[/]"))
    verdicts = verifier.check_many(todo)
    if as_json:
        for v in verdicts:
            print(verdict_json(v))
    else:
        print_verdicts(verdicts)


@app.command()
def info(
    index_dir: IndexOpt = None, as_json: Annotated[bool, typer.Option("--json")] = False
) -> None:
    """Show an index: size, languages, encoder."""
    from .index import describe
    from .pipeline import Verifier
    from .report import print_info

    verifier = Verifier.open(index_dir)
    data = describe(verifier.index)
    if as_json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print_info(data)


@app.command("eval")
def evaluate(
    file: Annotated[
        Path, typer.Argument(help="Labelled claims JSONL (claim, label, lang, category).")
    ],
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the verifier on labelled claims: accuracy, macro-F1, confusion, breakdowns."""
    from .evaluate import load_claims, score, timed_check
    from .pipeline import Verifier
    from .report import print_eval

    rows = load_claims(file)
    verifier = Verifier.open(index_dir, model=model)
    verdicts, seconds = timed_check(verifier, [r["claim"] for r in rows])
    result = score(rows, verdicts, seconds)
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print_eval(result)


_AUDIT_SUFFIX_FORMAT = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".txt": "table",
}


@app.command()
def audit(
    paths: Annotated[
        list[str], typer.Argument(help="Drafts: files, folders ('.txt .md .html .jsonl') or '-' for stdin.")
    ],
    index_dir: IndexOpt = None,
    model: ModelOpt = None,
    fmt: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            help="table, json, jsonl, markdown or html (default: from --out's extension, else table).",
        ),
    ] = None,
    out_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--out", "-o", help="Write the report to FILE instead of stdout."),
    ] = None,
    fail_on: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--fail-on",
            help="Exit 1 when a figure is 'contradicted', or (with 'unknown') when any figure is not supported.",
        ),
    ] = None,
    claimreview_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--claimreview", help="Also write schema.org ClaimReview JSON-LD drafts to FILE."),
    ] = None,
) -> None:
    """Audit drafts: every checkable figure with its verdict and evidence."""
    from .audit import FailOn, trips
    from .audit import audit as run_audit
    from .pipeline import Verifier
    from .report import (
        AUDIT_FORMATS,
        audit_html,
        audit_json,
        audit_jsonl,
        audit_markdown,
        audit_progress,
        audit_text,
        claimreview,
        console,
        print_audit,
    )

    if fmt is None:
        fmt = _AUDIT_SUFFIX_FORMAT.get(out_file.suffix.lower(), "table") if out_file else "table"
    if fmt not in AUDIT_FORMATS:
        raise InputError(f"--format {fmt!r} is not one of {', '.join(AUDIT_FORMATS)}")
    if fail_on not in (None, "contradicted", "unknown"):
        raise InputError(f"--fail-on {fail_on!r} must be 'contradicted' or 'unknown'")
    if paths.count("-") > 1:
        raise InputError("'-' (stdin) can be given once")
    err = console(stderr=True)
    verifier = Verifier.open(index_dir, model=model, progress=lambda m: err.print(f"[dim]{m}[/]"))
    with audit_progress() as progress:
        report = run_audit(paths, verifier, progress)
    renderers = {"json": audit_json, "jsonl": audit_jsonl, "markdown": audit_markdown, "html": audit_html}
    if fmt == "table" and out_file is None:
        print_audit(report)
    else:
        text = audit_text(report) if fmt == "table" else renderers[fmt](report)
        _write_report(out_file, text)
    if claimreview_file is not None:
        drafts = claimreview(report, verifier.settings)
        _write_report(claimreview_file, json.dumps(drafts, ensure_ascii=False, indent=2) + "\n")
    if out_file is not None or fmt != "table":
        for failure in report.failures:
            err.print(
                f"[yellow]failed[/] {failure.path}: {failure.reason}", highlight=False, soft_wrap=True
            )
        c = report.counts
        err.print(
            f"audited {c.articles} article(s): {c.claims} claim(s), {c.figures} figure(s) "
            f"({c.figures_by_verdict.get('contradicted', 0)} contradicted); {c.failed} input(s) failed",
            highlight=False,
            soft_wrap=True,
        )
    if not report.articles and report.failures:
        raise InputError(f"none of the {len(report.failures)} input(s) could be read")
    if trips(report, cast("FailOn | None", fail_on)):
        raise typer.Exit(1)


def _write_report(path: Path | None, text: str) -> None:
    """Write ``text`` to ``path`` (atomically, UTF-8) or to stdout."""
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, "utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc


@app.command("download-model")
def download_model_cmd(
    name: Annotated[
        str, typer.Argument(help="sentence-transformers model name.")
    ] = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
) -> None:
    """Download a sentence-transformers model into the local cache (the only command that uses the network)."""
    from .encode import download_model
    from .settings import Settings

    path = download_model(name, Settings())
    print(f"model saved to {path}; use it with --model {name} (or VERIFIER_ENCODER={name})")


def main() -> None:
    """Entry point of the ``verifier`` command."""
    try:
        app()
    except VerifierError as exc:
        from .report import print_error

        print_error(str(exc))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
