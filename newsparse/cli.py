"""The command line: thin wrappers that read, call the library, and write.

Exit codes: 0 success; 1 a document could not be parsed (undecodable, binary);
2 usage errors and missing files.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from typing import Annotated

import typer

from newsparse import __version__
from newsparse.pipeline import parse
from newsparse.readers import InputError, read_source
from newsparse.schema import json_schema
from newsparse.writers import to_json

EXIT_OK = 0
EXIT_DOCUMENT_ERROR = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="newsparse",
    help=(
        "Turn raw text scrapes of news pages (browser copies, w3m/lynx dumps, html2text or pandoc "
        "Markdown, html-to-text, BeautifulSoup text, web-archive text) into structured JSON: title, "
        "timestamp, body, byline, legal notices, sidebar headlines.\n\n"
        "Examples:\n\n"
        "  newsparse extract page.txt | jq .title\n\n"
        "  cat page.txt | newsparse extract - --tz Europe/Moscow\n\n"
        "  newsparse batch scrapes/ -o out/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """newsparse: raw news scrapes in, structured JSON out."""


def fail(message: str, code: int) -> None:
    """One clear line on stderr, then exit with `code`."""
    typer.echo(f"newsparse: error: {message}", err=True)
    raise typer.Exit(code)


def parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        fail(f"--now must be an ISO 8601 date or time, got {value!r}", EXIT_USAGE)
    return None


def check_date_order(value: str | None) -> str | None:
    if value is None:
        return None
    order = value.upper()
    if order not in ("DMY", "MDY", "YMD"):
        fail(f"--date-order must be DMY, MDY or YMD, got {value!r}", EXIT_USAGE)
    return order


def check_tz(value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        fail(f"--tz must be an IANA zone name such as Europe/Moscow, got {value!r}", EXIT_USAGE)
    return value


def reference_time(path: str, now: datetime | None) -> datetime | None:
    """Relative dates resolve against --now, else the file's modification time."""
    if now is not None or path == "-":
        return now
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime)
    except OSError:
        return None


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Scrape files to parse; '-' reads standard input.")],
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One compact JSON object per line (default for several files).")
    ] = False,
    pretty: Annotated[
        bool | None,
        typer.Option(
            "--pretty/--compact", help="Indent the JSON (default: pretty on a terminal, compact in a pipe)."
        ),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(help="Reference time for relative dates such as '2 hours ago' (default: file mtime)."),
    ] = None,
    tz: Annotated[
        str | None, typer.Option(help="IANA time zone for times printed without one, e.g. Europe/Moscow.")
    ] = None,
    date_order: Annotated[
        str | None, typer.Option(help="Order of numeric dates such as 03/04/2021: DMY, MDY or YMD.")
    ] = None,
) -> None:
    """Parse scrapes and print JSON: one object for one file, JSON Lines for several.

    \b
    Examples:
      newsparse extract page.txt | jq .title
      newsparse extract page.txt | jq -r .body             # the article's text alone
      newsparse extract page.txt | jq '.byline.authors[].name'
      w3m -dump https://example.org/story | newsparse extract -
      newsparse extract a.txt b.txt > results.jsonl        # one line per file
      newsparse extract page.txt --tz Europe/Moscow --now 2019-11-18

    Fields: title; timestamp (.iso, and .text as printed); body; byline (.authors with name,
    role, affiliation); legal (copyright, licence and mandated notices, each with its .kind);
    sidebar (other stories: timestamp, headline, summary); segments (every input line's label:
    title, body, navigation, ...); language; kind; warnings. `newsparse schema` describes them all.

    Exit status: 0 all parsed; 1 some document could not be read as text; 2 usage error or missing file.
    """
    now_dt = parse_now(now)
    tz = check_tz(tz)
    order = check_date_order(date_order)
    missing = [f for f in files if f != "-" and not os.path.exists(f)]
    if missing:
        fail(f"{missing[0]}: no such file", EXIT_USAGE)
    lines_mode = jsonl or len(files) > 1
    indent = (sys.stdout.isatty() if pretty is None else pretty) and not lines_mode
    code = EXIT_OK
    for path in files:
        try:
            text = read_source(path)
        except InputError as exc:
            typer.echo(f"newsparse: error: {exc}", err=True)
            code = EXIT_DOCUMENT_ERROR
            continue
        except OSError as exc:
            typer.echo(f"newsparse: error: {path}: {exc.strerror or exc}", err=True)
            code = EXIT_USAGE
            continue
        article = parse(text, source=path, now=reference_time(path, now_dt), tz=tz, date_order=order)
        try:
            sys.stdout.write(to_json(article.to_dict(), pretty=indent) + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            # `newsparse extract *.txt | head`: the reader left; stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(code) from None
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the output schema (newsparse/1) as JSON Schema."""
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    """Console-script entry point: usage errors exit 2, never with a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("newsparse: interrupted", err=True)
        sys.exit(130)


# ----------------------------------------------------------------------------- batch (issue 5)
# Kept apart from `extract` above: orchestration lives in newsparse/batch.py, inputs in
# newsparse/sources.py, outputs in newsparse/sinks.py.

BATCH_HELP = """Parse many scrapes in parallel: folders, compressed files, JSON Lines collections, WARC/WET archives.

\b
Examples:
  newsparse batch scrapes/ -o out/                  # out/a/b.json for scrapes/a/b.txt(.gz)
  newsparse batch scrapes/ -o results.jsonl         # JSON Lines, in input order
  newsparse batch scrapes/ -o - | jq .title         # JSON Lines on standard output
  newsparse batch scrapes/ -o results.parquet       # one table (pip install 'newsparse[parquet]')
  newsparse batch pages.jsonl.zst --text-field body -o out/
  newsparse batch CC-MAIN-*.warc.wet.gz -o out/     # pip install 'newsparse[warc]'
  find scrapes -name '*.txt' | newsparse batch --from-list - -o out/
  newsparse batch scrapes/ -o out/ --resume         # after Ctrl-C: finish the job

Inputs: folders are searched recursively for files matching --glob (default *.txt; compressed
variants such as a.txt.gz, .bz2, .xz and .zst match too); files named explicitly are always
read. A .jsonl file holds one document per line: its text in --text-field, its --id-field
and url carried into the output. A .warc or .wet file gives one document per WET
conversion record or text/plain response record, with the record's URL as source and its
WARC-Date as the reference time; responses holding HTML are skipped and counted, because
newsparse parses text, not HTML (use WET files, or convert pages to text first).

Outputs: -o DIR writes DIR/<path>.json per document, mirroring the input folder, and
DIR/<path>.jsonl per collection; -o FILE.jsonl, -o FILE.parquet, or -o - (the default) write
one stream in input order. Files are written whole or not at all.

Errors: a document that cannot be read or parsed does not stop the batch; its record
{"source", "record", "error"} goes to DIR/_errors.jsonl, or to stderr for stream outputs.

Exit status: 0 all parsed; 1 some documents failed; 2 usage error (no inputs, bad option,
missing path or optional package); 130 interrupted (rerun with --resume to finish).
"""


@app.command(help=BATCH_HELP)
def batch(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files and folders to parse (folders recursively).", metavar="PATH..."),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT",
            help="A folder, a .jsonl or .parquet file, or '-' for standard output.",
        ),
    ] = "-",
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            "-g",
            metavar="GLOB",
            help="File names to take from folders (repeatable; default *.txt).",
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="GLOB", help="Files or folders to leave out (repeatable glob)."),
    ] = None,
    from_list: Annotated[
        str | None,
        typer.Option(
            "--from-list", metavar="FILE", help="Read more paths, one per line, from this file ('-': stdin)."
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-j", metavar="N", help="Worker processes (default: CPU count; 1 runs in-process)."
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="With -o DIR: skip documents whose output is newer than the input."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    timeout: Annotated[
        float,
        typer.Option(
            metavar="SECONDS",
            help="Seconds one document may take before it is given up as an error (0: no limit).",
        ),
    ] = 60.0,
    now: Annotated[
        str | None,
        typer.Option(
            metavar="TIME", help="Reference time for relative dates (default: file mtime, or the WARC-Date)."
        ),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option(
            metavar="ZONE", help="IANA time zone for times printed without one, e.g. Europe/Moscow."
        ),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option(metavar="ORDER", help="Order of numeric dates such as 03/04/2021: DMY, MDY or YMD."),
    ] = None,
    text_field: Annotated[
        str, typer.Option(metavar="FIELD", help="JSON Lines inputs: the field holding the text.")
    ] = "text",
    id_field: Annotated[
        str, typer.Option(metavar="FIELD", help="JSON Lines inputs: the field holding the id.")
    ] = "id",
) -> None:
    from newsparse.batch import BatchOptions, run
    from newsparse.sinks import output_kind
    from newsparse.sources import UsageError

    options = BatchOptions(
        inputs=list(paths or []),
        output=output,
        globs=list(glob or ["*.txt"]),
        excludes=list(exclude or []),
        from_list=from_list,
        workers=workers,
        resume=resume,
        progress=not quiet and sys.stderr.isatty(),
        now=parse_now(now),
        tz=check_tz(tz),
        date_order=check_date_order(date_order),
        text_field=text_field,
        id_field=id_field,
        timeout=timeout,
    )
    try:
        summary = run(options)
    except UsageError as exc:
        fail(str(exc), EXIT_USAGE)
        return
    except KeyboardInterrupt:
        tree = output_kind(output) == "tree"
        typer.echo(f"newsparse: interrupted{'; rerun with --resume to finish' if tree else ''}", err=True)
        raise typer.Exit(130) from None
    if not quiet:
        for line in summary.lines():
            typer.echo(line, err=True)
    raise typer.Exit(EXIT_DOCUMENT_ERROR if summary.errors else EXIT_OK)
