"""Batch outputs: a JSON file per document in a folder tree, one JSON Lines stream, or one
Parquet table. Every file appears whole or not at all: temporaries are renamed into place.

Sinks receive results in input order from the batch runner and never parse anything.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal

from newsparse.sources import ERRORS_NAME, Job, UsageError, require
from newsparse.writers import AtomicFile, to_json, write_atomic

# How workers hand over a result: pretty JSON text (tree files), compact JSON (lines), or the dict.
Render = Literal["tree", "compact", "dict"]


class OutputClosed(Exception):
    """The reader of standard output went away (`newsparse batch ... | head`)."""


def error_record(job: Job, message: str) -> dict[str, Any]:
    """What `_errors.jsonl` holds: the input file, where in it (line or WARC-Record-ID), why."""
    return {"source": job.input, "record": job.record, "error": message}


class Sink:
    render: Render = "compact"
    per_document = False  # one output file per document: what --resume can check

    def begin(self, out: PurePosixPath) -> None:
        """A collection starts (tree mode gives it its own JSON Lines file)."""

    def end(self) -> None:
        """The collection opened by `begin` is complete."""

    def write(self, job: Job, payload: Any) -> None:
        raise NotImplementedError

    def error(self, record: dict[str, Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Commit: every output is renamed into place."""

    def abort(self) -> None:
        """Interrupted: remove every temporary, commit nothing more."""

    def describe(self) -> str:
        raise NotImplementedError


class TreeSink(Sink):
    """`-o DIR`: DIR/a/b.json per document, DIR/crawl.jsonl per collection, DIR/_errors.jsonl."""

    render: Render = "tree"
    per_document = True

    def __init__(self, root: Path) -> None:
        if root.exists() and not root.is_dir():
            raise UsageError(f"-o {root}: exists and is not a folder")
        self.root = root
        self._collection: AtomicFile | None = None
        self._errors: AtomicFile | None = None

    def target(self, out: PurePosixPath) -> Path:
        return self.root / out

    def begin(self, out: PurePosixPath) -> None:
        self.end()
        self._collection = AtomicFile(self.target(out))

    def end(self) -> None:
        if self._collection is not None:
            self._collection.commit()
            self._collection = None

    def write(self, job: Job, payload: Any) -> None:
        if job.collection and self._collection is not None:
            self._collection.write(payload + "\n")
        elif job.out is not None:
            write_atomic(self.target(job.out), payload + "\n")

    def error(self, record: dict[str, Any]) -> None:
        if self._errors is None:
            self._errors = AtomicFile(self.root / ERRORS_NAME)
        self._errors.write(to_json(record, pretty=False) + "\n")

    def close(self) -> None:
        self.end()
        if self._errors is not None:
            self._errors.commit()
        else:
            # A clean run (a resumed one retries every failed document) leaves no stale error list.
            with contextlib.suppress(FileNotFoundError):
                (self.root / ERRORS_NAME).unlink()

    def abort(self) -> None:
        for f in (self._collection, self._errors):
            if f is not None:
                f.discard()
        self._collection = self._errors = None

    def describe(self) -> str:
        return f"{self.root}{'/' if not str(self.root).endswith('/') else ''}"


class JsonlSink(Sink):
    """`-o results.jsonl` (renamed into place at the end) or `-o -` (streamed to stdout).
    Error records go to stderr as JSON lines, apart from the results."""

    render: Render = "compact"

    def __init__(self, path: Path | None, errors: Callable[[str], None]) -> None:
        self.path = path
        self._errors = errors
        self._file: AtomicFile | None = AtomicFile(path) if path is not None else None
        self._stdout: IO[str] = sys.stdout

    def write(self, job: Job, payload: Any) -> None:
        if self._file is not None:
            self._file.write(payload + "\n")
            return
        try:
            self._stdout.write(payload + "\n")
            self._stdout.flush()
        except BrokenPipeError:
            # `newsparse batch ... | head`: the reader left. Point stdout at /dev/null so the
            # interpreter's final flush does not complain, then stop quietly.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), self._stdout.fileno())
            raise OutputClosed from None

    def error(self, record: dict[str, Any]) -> None:
        self._errors(to_json(record, pretty=False))

    def close(self) -> None:
        if self._file is not None:
            self._file.commit()
            self._file = None

    def abort(self) -> None:
        if self._file is not None:
            self._file.discard()
            self._file = None

    def describe(self) -> str:
        return str(self.path) if self.path is not None else "standard output"


class ParquetSink(Sink):
    """`-o results.parquet`: one table, nested fields as Arrow structs and lists, written in row
    groups as results arrive so memory stays bounded."""

    render: Render = "dict"
    ROW_GROUP = 1000

    def __init__(self, path: Path, errors: Callable[[str], None]) -> None:
        require("pyarrow", "parquet", "writing Parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.path = path
        self._errors = errors
        self._pa = pa
        self.schema = arrow_schema()
        self._file: AtomicFile | None = AtomicFile(path)
        self._writer = pq.ParquetWriter(self._file.file, self.schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []

    def write(self, job: Job, payload: Any) -> None:
        self._rows.append(conform(payload, self.schema))
        if len(self._rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def error(self, record: dict[str, Any]) -> None:
        self._errors(to_json(record, pretty=False))

    def close(self) -> None:
        if self._file is not None:
            self._flush()
            self._writer.close()
            self._file.commit()
            self._file = None

    def abort(self) -> None:
        if self._file is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._file.discard()
            self._file = None

    def describe(self) -> str:
        return str(self.path)


def output_kind(output: str) -> Literal["stdout", "jsonl", "parquet", "tree"]:
    """`-` -> stdout, `*.jsonl` / `*.ndjson` -> a JSON Lines file, `*.parquet` -> Parquet,
    an existing folder or anything else -> a folder."""
    if output == "-":
        return "stdout"
    path = Path(output)
    lower = path.name.lower()
    if path.is_dir() or output.endswith(("/", "\\")):
        return "tree"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith((".json", ".gz", ".csv", ".txt")):
        raise UsageError(f"-o {output}: give a folder, a .jsonl or .parquet file, or '-' for standard output")
    return "tree"


def open_sink(output: str, *, errors: Callable[[str], None]) -> Sink:
    kind = output_kind(output)
    if kind == "stdout":
        return JsonlSink(None, errors)
    if kind == "jsonl":
        return JsonlSink(Path(output), errors)
    if kind == "parquet":
        return ParquetSink(Path(output), errors)
    return TreeSink(Path(output))


# ----------------------------------------------------------------------------- Parquet schema


def arrow_schema() -> Any:
    """The Arrow schema, derived from the JSON Schema of `newsparse schema` so the two cannot
    drift apart; `id` (JSON Lines and WARC records) is added after `source`."""
    import pyarrow as pa

    from newsparse.schema import json_schema

    props = json_schema()["properties"]
    fields = []
    for name, node in props.items():
        fields.append(pa.field(name, _arrow_type(node)))
        if name == "source":
            fields.append(pa.field("id", pa.string()))
    return pa.schema(fields)


def _arrow_type(node: dict[str, Any]) -> Any:
    import pyarrow as pa

    options = node.get("anyOf") or node.get("oneOf")
    if options:
        kept = [o for o in options if o.get("type") != "null"]
        return _arrow_type(kept[0]) if len(kept) == 1 else pa.string()
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "object" and "properties" in node:
        return pa.struct([pa.field(k, _arrow_type(v)) for k, v in node["properties"].items()])
    if kind == "array":
        return pa.list_(_arrow_type(node.get("items", {})))
    scalar = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    if kind in scalar:
        return scalar[kind]
    return pa.string()  # strings, enums, consts; anything unforeseen is kept as JSON text


def conform(value: Any, schema: Any) -> Any:
    """Shape a result dict to the Arrow schema: values with no column type of their own (an id
    that is a number, an unforeseen object) become JSON text rather than failing the write."""
    import pyarrow as pa

    def fit(v: Any, t: Any) -> Any:
        if v is None:
            return None
        if pa.types.is_struct(t):
            return {f.name: fit(v.get(f.name), f.type) for f in t} if isinstance(v, dict) else None
        if pa.types.is_list(t):
            return [fit(x, t.value_type) for x in v] if isinstance(v, list) else None
        if pa.types.is_string(t) and not isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        return v

    return {f.name: fit(value.get(f.name), f.type) for f in schema}
