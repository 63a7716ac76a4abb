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
        "Turn raw text scrapes of news pages (browser copies, w3m/lynx dumps, html2text, "
        "BeautifulSoup text, web-archive text) into structured JSON: title, timestamp, body, "
        "byline, legal notices, sidebar headlines.\n\n"
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
