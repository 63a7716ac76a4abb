"""Batch inputs: finding files in folders, reading compressed files, and splitting collections
(JSON Lines, WARC/WET) into documents.

Everything here is I/O; parsing happens elsewhere. A document is described by a `Job`, a small
picklable record that a worker process can act on: plain files are read by the worker itself
(so reading runs in parallel), collection records carry their text.
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import io
import json
import lzma
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal, cast

from newsparse.readers import InputError, decode_bytes

COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".wet")
ERRORS_NAME = "_errors.jsonl"

Kind = Literal["text", "jsonl", "warc"]


class UsageError(Exception):
    """Bad paths or options: the whole batch cannot start (exit status 2). One line, fit for stderr."""


class MissingDependency(UsageError):
    """An optional extra is needed for these inputs or outputs."""


def require(module: str, extra: str, purpose: str) -> None:
    """Fail early, with the pip command, when an optional extra is not installed."""
    import importlib

    try:
        importlib.import_module(module)
    except ImportError:
        raise MissingDependency(
            f"{purpose} needs the '{module}' package: pip install 'newsparse[{extra}]'"
        ) from None


# ----------------------------------------------------------------------------- discovery


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path  # as given or found, so `source` fields read the way the user wrote them
    rel: PurePosixPath  # position below the input root: mirrored under `-o DIR`
    kind: Kind
    compression: str | None  # one of COMPRESSION_SUFFIXES
    out: PurePosixPath  # output path relative to `-o DIR`
    clash: str | None = None  # another input already maps to `out`


def split_compression(name: str) -> tuple[str, str | None]:
    for suffix in COMPRESSION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, None


def kind_of(name: str) -> Kind:
    base = split_compression(name)[0].lower()
    if base.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if base.endswith(WARC_SUFFIXES):
        return "warc"
    return "text"


def output_path(rel: PurePosixPath, kind: Kind) -> PurePosixPath:
    """`a/b.txt` and `a/b.txt.gz` -> `a/b.json`; collections -> `a/crawl.jsonl`."""
    name = split_compression(rel.name)[0]
    if kind == "text":
        stem = PurePosixPath(name).stem if PurePosixPath(name).suffix else name
        return rel.with_name(f"{stem or name}.json")
    # Collections lose every format suffix: crawl.warc.wet.gz -> crawl.jsonl
    while True:
        lower = name.lower()
        suffix = next((s for s in JSONL_SUFFIXES + WARC_SUFFIXES if lower.endswith(s)), None)
        if suffix is None or len(name) == len(suffix):
            break
        name = name[: -len(suffix)]
    return rel.with_name(f"{name}.jsonl")


def _matches(name: str, rel: str, patterns: Iterable[str]) -> bool:
    """A pattern with a slash matches the path below the root, otherwise the file name. The name
    without its compression suffix counts too, so `*.txt` also takes `a.txt.gz`."""
    bare = split_compression(name)[0]
    for pattern in patterns:
        if "/" in pattern:
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(split_compression(rel)[0], pattern):
                return True
        elif fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(bare, pattern):
            return True
    return False


def _explicit_rel(path: Path) -> PurePosixPath:
    """Files named on the command line keep their path below the current folder (so
    `find scrapes -name '*.txt'` lists keep their tree), or just their name when outside it."""
    try:
        rel = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return PurePosixPath(path.name)
    return PurePosixPath(rel.as_posix())


def _walk(root: Path, globs: list[str], excludes: list[str], skip: set[Path]) -> Iterator[tuple[Path, str]]:
    """Files below `root` in sorted order (deterministic output order), pruning excluded folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        base = here.relative_to(root).as_posix()
        prefix = "" if base == "." else f"{base}/"
        dirnames[:] = sorted(
            d for d in dirnames if not _matches(d, prefix + d, excludes) and (here / d).resolve() not in skip
        )
        for name in sorted(filenames):
            rel = prefix + name
            # Hidden temporaries are our own half-written outputs (write_atomic): never inputs.
            if name.startswith(".") and name.endswith(".tmp"):
                continue
            if _matches(name, rel, globs) and not _matches(name, rel, excludes):
                yield here / name, rel


def read_list(source: str, stdin: IO[str] | None = None) -> list[str]:
    """Paths one per line from a file or '-' (standard input); blank lines are ignored."""
    if source == "-":
        import sys

        text = (stdin or sys.stdin).read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--from-list {source}: {exc.strerror or exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def discover(
    paths: list[str], *, globs: list[str], excludes: list[str], skip_dirs: Iterable[Path] = ()
) -> list[InputFile]:
    """Every input file in order: arguments in the order given, folders walked in sorted order.

    Globs filter what folders hold; files named explicitly are always taken (unless excluded).
    """
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        raise UsageError(f"{missing[0]}: no such file or folder")
    skip = {Path(d).resolve() for d in skip_dirs}
    found: list[tuple[Path, PurePosixPath]] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found.extend((f, PurePosixPath(rel)) for f, rel in _walk(p, globs, excludes, skip))
        elif not _matches(p.name, p.as_posix(), excludes):
            found.append((p, _explicit_rel(p)))
    files: list[InputFile] = []
    # Two inputs writing one output (a/b.txt and a/b.txt.gz) would overwrite each other: the
    # later one is reported as an error instead.
    owners: dict[PurePosixPath, Path] = {PurePosixPath(ERRORS_NAME): Path(ERRORS_NAME)}
    for path, rel in found:
        kind = kind_of(path.name)
        out = output_path(rel, kind)
        owner = owners.setdefault(out, path)
        clash = None if owner is path else f"output {out} would overwrite the one from {owner}"
        files.append(InputFile(path, rel, kind, split_compression(path.name)[1], out, clash))
    return files


def check_dependencies(files: Iterable[InputFile]) -> None:
    """One clear usage error up front rather than one error record per document."""
    need_zstd = need_warc = False
    for f in files:
        need_zstd = need_zstd or f.compression == ".zst"
        need_warc = need_warc or f.kind == "warc"
    if need_zstd:
        require("zstandard", "zstd", "reading .zst files")
    if need_warc:
        require("warcio", "warc", "reading WARC/WET files")


# ----------------------------------------------------------------------------- reading


def open_binary(path: Path | str, compression: str | None = None) -> IO[bytes]:
    """A binary stream of the file's contents, decompressed by suffix."""
    if compression is None:
        compression = split_compression(Path(path).name)[1]
    if compression == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    if compression == ".bz2":
        return cast(IO[bytes], bz2.open(path, "rb"))
    if compression == ".xz":
        return cast(IO[bytes], lzma.open(path, "rb"))
    if compression == ".zst":
        require("zstandard", "zstd", "reading .zst files")
        import zstandard

        raw = open(path, "rb")  # noqa: SIM115 - handed to (and closed by) the reader below
        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


# What corrupt compressed data raises, by library.
_DECOMPRESS_ERRORS: tuple[type[BaseException], ...] = (EOFError, gzip.BadGzipFile, lzma.LZMAError, OSError)


def _decompress_errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:
        return _DECOMPRESS_ERRORS
    return (*_DECOMPRESS_ERRORS, zstandard.ZstdError)


def read_text_file(path: str, compression: str | None = None) -> str:
    """A whole document as text; every failure is an InputError with a one-line message."""
    try:
        with open_binary(path, compression) as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except _decompress_errors() as exc:
        raise InputError(f"{path}: cannot decompress: {exc}") from None
    return decode_bytes(data, path)


# ----------------------------------------------------------------------------- jobs

JobKind = Literal["file", "text", "error", "skip", "begin", "end"]


@dataclass(slots=True)
class Job:
    """One step of the batch, in output order.

    "file": a worker reads `path`; "text": `text` is the document; "error": a document that
    could not be read here (bad JSON line, corrupt archive); "skip": a record left out on purpose
    (HTML in a WARC); "begin"/"end": a collection's output opens/closes.
    """

    kind: JobKind
    input: str  # the input file, named in error records
    source: str | None = None  # the output's `source` when not the input file: a record's URL
    record: str | int | None = None  # where in a collection: line number or WARC-Record-ID
    path: str | None = None
    compression: str | None = None
    text: str | None = None
    now: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # keys added to the output (id)
    out: PurePosixPath | None = None  # output path relative to -o DIR
    collection: bool = False
    error: str | None = None


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def jobs_for(
    f: InputFile, *, now: datetime | None, text_field: str = "text", id_field: str = "id"
) -> Iterator[Job]:
    """The jobs of one input file. Relative dates resolve against `now` if given, else a WARC
    record's date, else the file's modification time (as `newsparse extract` does)."""
    src = str(f.path)
    if f.clash:
        yield Job("error", src, out=f.out, error=f.clash)
        return
    ref = now if now is not None else _mtime(f.path)
    if f.kind == "text":
        yield Job("file", src, path=src, compression=f.compression, now=ref, out=f.out)
        return
    yield Job("begin", src, out=f.out, collection=True)
    if f.kind == "jsonl":
        yield from _jsonl_jobs(f, ref, text_field, id_field)
    else:
        yield from _warc_jobs(f, now)
    yield Job("end", src, out=f.out, collection=True)


def _jsonl_jobs(f: InputFile, now: datetime | None, text_field: str, id_field: str) -> Iterator[Job]:
    src = str(f.path)

    def error(line: int | None, message: str) -> Job:
        return Job("error", src, record=line, out=f.out, collection=True, error=message)

    lineno = 0
    read_errors: tuple[type[BaseException], ...] = (*_decompress_errors(), UnicodeDecodeError)
    try:
        with open_binary(f.path, f.compression) as stream:
            for lineno, raw in enumerate(stream, 1):  # noqa: B007 - lineno is used after the loop
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except ValueError as exc:
                    yield error(lineno, f"{src}:{lineno}: not a JSON object ({exc})")
                    continue
                if not isinstance(obj, dict):
                    yield error(lineno, f"{src}:{lineno}: not a JSON object")
                    continue
                text = obj.get(text_field)
                if not isinstance(text, str):
                    yield error(lineno, f"{src}:{lineno}: no text in field {text_field!r}")
                    continue
                ident = _clean(obj.get(id_field))
                url = _clean(obj.get("url"))
                text = _clean(text)
                source = (
                    url if isinstance(url, str) and url else f"{src}#{ident if ident is not None else lineno}"
                )
                yield Job(
                    "text",
                    src,
                    source=source,
                    record=lineno,
                    text=text,
                    now=now,
                    extra={"id": ident},
                    out=f.out,
                    collection=True,
                )
    except read_errors as exc:
        yield error(lineno + 1, f"{src}: cannot read after line {lineno}: {exc}")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    """JSON escapes can spell lone surrogates ("\\ud800"), which no UTF-8 output (nor Arrow) can
    hold; they become U+FFFD here rather than failing the write later."""
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


_TEXT_TYPES = ("text/plain",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _warc_jobs(f: InputFile, now: datetime | None) -> Iterator[Job]:
    from warcio.archiveiterator import ArchiveIterator

    src = str(f.path)
    record_id: str | None = None
    try:
        # warcio reads gzip-per-record archives itself; other compressions are undone first.
        raw = open(f.path, "rb") if f.compression in (None, ".gz") else open_binary(f.path, f.compression)  # noqa: SIM115
        with raw:
            for rec in ArchiveIterator(raw, arc2warc=True):
                headers = rec.rec_headers
                record_id = headers.get_header("WARC-Record-ID")
                if rec.rec_type not in ("conversion", "response", "resource"):
                    continue
                uri = headers.get_header("WARC-Target-URI") or f"{src}#{record_id}"
                if rec.rec_type == "response":
                    http = rec.http_headers
                    ctype = (http.get_header("Content-Type") if http is not None else None) or ""
                else:
                    ctype = headers.get_header("Content-Type") or ""
                mime = ctype.split(";")[0].strip().lower()
                if rec.rec_type == "conversion" and not mime:
                    mime = "text/plain"  # WET conversions are text by definition
                if mime not in _TEXT_TYPES:
                    # newsparse parses text, not markup: HTML responses are counted and left out.
                    reason = "html" if mime in _HTML_TYPES else (mime or "no content type")
                    yield Job(
                        "skip", src, source=uri, record=record_id, out=f.out, collection=True, error=reason
                    )
                    continue
                data = rec.content_stream().read()
                ref = now if now is not None else _warc_date(headers.get_header("WARC-Date"))
                try:
                    text = _decode_payload(data, ctype, uri)
                except InputError as exc:
                    yield Job("error", src, record=record_id, out=f.out, collection=True, error=str(exc))
                    continue
                yield Job(
                    "text",
                    src,
                    source=uri,
                    record=record_id,
                    text=text,
                    now=ref,
                    extra={"id": record_id},
                    out=f.out,
                    collection=True,
                )
    except Exception as exc:  # warcio raises assorted errors on damaged archives
        where = f" after record {record_id}" if record_id else ""
        yield Job(
            "error",
            src,
            record=record_id,
            out=f.out,
            collection=True,
            error=f"{src}: cannot read the archive{where}: {exc}",
        )


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _decode_payload(data: bytes, ctype: str, name: str) -> str:
    """The declared charset first (WET conversions are UTF-8), then newsparse's detection."""
    for param in ctype.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            try:
                return data.decode(value.strip().strip("\"'"))
            except (LookupError, UnicodeDecodeError):
                break
    return decode_bytes(data, name)
