"""`newsparse batch`: many documents through `parse` in parallel, results written in input order.

The runner streams: jobs are generated lazily and at most a fixed window of chunks is in flight,
so memory does not grow with the number of documents. Worker processes only read and parse;
every output file is written by this process, through a sink, so an interruption can remove
whatever is half written.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

from newsparse.pipeline import parse
from newsparse.readers import InputError
from newsparse.sinks import OutputClosed, Render, Sink, error_record, open_sink, output_kind
from newsparse.sources import (
    InputFile,
    Job,
    UsageError,
    check_dependencies,
    discover,
    jobs_for,
    read_list,
    require,
)
from newsparse.writers import to_json

CHUNK = 4  # documents per task: amortises inter-process overhead, keeps progress smooth
WINDOW_PER_WORKER = 4  # chunks in flight per worker: enough to keep workers busy, bounded memory


@dataclass(slots=True)
class BatchOptions:
    inputs: list[str]
    output: str = "-"
    globs: list[str] = field(default_factory=lambda: ["*.txt"])
    excludes: list[str] = field(default_factory=list)
    from_list: str | None = None
    workers: int | None = None  # None: os.cpu_count()
    resume: bool = False
    progress: bool = False
    now: datetime | None = None
    tz: str | None = None
    date_order: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    timeout: float | None = 60.0  # seconds per document; None or 0: no limit


@dataclass(slots=True)
class Summary:
    documents: int = 0  # parsed or failed, not counting up-to-date ones skipped by --resume
    errors: int = 0
    up_to_date: int = 0
    skipped_records: Counter[str] = field(default_factory=Counter)  # WARC records left out, by type
    seconds: float = 0.0
    interrupted: bool = False
    output: str = ""

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        parts = [f"{self.documents} documents", f"{self.errors} errors"]
        if self.up_to_date:
            parts.append(f"{self.up_to_date} up to date")
        out = [
            f"newsparse: {', '.join(parts)} in {self.seconds:.1f} s ({self.rate:.1f} docs/s) -> {self.output}"
        ]
        if self.skipped_records:
            html = self.skipped_records.get("html", 0)
            other = sum(self.skipped_records.values()) - html
            if html:
                out.append(
                    f"newsparse: note: {html} WARC records with HTML skipped: newsparse parses text, "
                    "not HTML (use WET files, or convert the pages to text first)"
                )
            if other:
                kinds = ", ".join(sorted(k for k in self.skipped_records if k != "html"))
                out.append(f"newsparse: note: {other} WARC records skipped that are not text ({kinds})")
        return out


# ----------------------------------------------------------------------------- worker side

Outcome = tuple[str, Any]  # ("ok", payload) | ("error", message) | ("pass", None)


@dataclass(frozen=True, slots=True)
class _ParseOptions:
    tz: str | None
    date_order: str | None
    render: Render
    timeout: float | None = None


def _result(job: Job, opts: _ParseOptions) -> Outcome:
    """Read (for plain files), parse and render one document; failures become error outcomes."""
    if job.kind == "error":
        return ("error", job.error or "unreadable")
    if job.kind not in ("file", "text"):
        return ("pass", None)
    try:
        text = job.text if job.text is not None else _read(job)
    except InputError as exc:
        return ("error", str(exc))
    source = job.source or job.input
    try:
        with _deadline(opts.timeout):
            article = parse(text, source=source, now=job.now, tz=opts.tz, date_order=opts.date_order)
        data = article.to_dict()
    except _Timeout:
        return ("error", f"{source}: parse timed out after {opts.timeout:g} s")
    except Exception as exc:  # a parser bug must cost one document, not the batch
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f" at {Path(frame.filename).name}:{frame.lineno}"
        return ("error", f"{source}: parse failed: {type(exc).__name__}: {exc}{where}")
    if job.collection:
        # The record's id travels with it, right after `source`.
        data = {k: v for k, v in data.items() if k in ("schema", "source")} | job.extra | data
    if opts.render == "dict":
        return ("ok", data)
    return ("ok", to_json(data, pretty=opts.render == "tree" and not job.collection))


def _read(job: Job) -> str:
    from newsparse.sources import read_text_file

    assert job.path is not None
    return read_text_file(job.path, job.compression)


class _Timeout(BaseException):
    """BaseException, so that no broad `except Exception` inside the parser can swallow it."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


@contextlib.contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """A document that sends the parser into a pathological loop must not hang the batch.
    SIGALRM interrupts Python code and regex matching alike; POSIX main threads only."""
    if not seconds or not hasattr(signal, "setitimer") or not _main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run_chunk(jobs: list[Job], opts: _ParseOptions) -> list[Outcome]:
    return [_result(job, opts) for job in jobs]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _noop() -> None:
    return None


# ----------------------------------------------------------------------------- parent side


class _Interrupts:
    """SIGINT raises KeyboardInterrupt, except inside `protect()` (an output being written or
    renamed), where it is deferred to the end of the block: files are never left half-renamed."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    def __enter__(self) -> _Interrupts:
        if sys.platform != "win32" and _main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    @contextlib.contextmanager
    def protect(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if not self.depth and self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def ignore(self) -> None:
        """Cleaning up after an interruption: a second Ctrl-C must not cut the cleanup short."""
        if self._previous is not None:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


class _Pool:
    """A process pool fed through a bounded window of chunks, yielding outcomes in input order.
    If a worker dies (out of memory, a crash in native code), the pool is rebuilt and the chunks
    it held are retried once; a chunk that fails twice becomes error records."""

    def __init__(self, workers: int, opts: _ParseOptions) -> None:
        self.workers = workers
        self.opts = opts
        self.executor: ProcessPoolExecutor | None = None
        if workers > 1:
            self._start()

    def _start(self) -> None:
        self.executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_worker_init)
        # Start the workers now, before any progress-bar thread exists in this process (fork).
        self.executor.submit(_noop).result()

    def _submit(self, chunk: list[Job]) -> Future[list[Outcome]]:
        assert self.executor is not None
        return self.executor.submit(_run_chunk, chunk, self.opts)

    def map(self, chunks: Iterable[list[Job]]) -> Iterator[tuple[list[Job], list[Outcome]]]:
        if self.executor is None:
            for chunk in chunks:
                yield chunk, _run_chunk(chunk, self.opts)
            return
        window = self.workers * WINDOW_PER_WORKER
        pending: deque[tuple[list[Job], Future[list[Outcome]], ProcessPoolExecutor]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._submit(chunk), self.executor))
            while len(pending) >= window:
                yield self._take(*pending.popleft())
        while pending:
            yield self._take(*pending.popleft())

    def _take(
        self, chunk: list[Job], future: Future[list[Outcome]], pool: ProcessPoolExecutor
    ) -> tuple[list[Job], list[Outcome]]:
        try:
            return chunk, future.result()
        except BrokenProcessPool:
            pass
        # Every chunk in flight fails with the pool, innocent or not: retry this one in a new
        # pool, then, if it kills that too, one document at a time to find the culprit.
        if pool is self.executor:
            self._restart()
        try:
            return chunk, self._submit(chunk).result()
        except BrokenProcessPool:
            self._restart()
        outcomes: list[Outcome] = []
        for job in chunk:
            try:
                outcomes.extend(self._submit([job]).result())
            except BrokenProcessPool:
                self._restart()
                outcomes.append(("error", f"{job.source or job.input}: the worker process died parsing it"))
        return chunk, outcomes

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
        self._start()

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True)
            self.executor = None

    def terminate(self) -> None:
        """Stop now: pending work is cancelled and running workers are killed."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        stop = getattr(executor, "terminate_workers", None)  # Python 3.14+
        if stop is not None:
            stop()
            return
        processes = list(getattr(executor, "_processes", {}).values())  # no public API before 3.14
        executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            p.terminate()
        for p in processes:
            p.join(timeout=5)


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    work = 0
    for job in jobs:
        chunk.append(job)
        work += job.kind in ("file", "text")
        if work >= size:
            yield chunk
            chunk, work = [], 0
    if chunk:
        yield chunk


def _up_to_date(f: InputFile, root: Path) -> bool:
    """--resume: the output exists and is not older than its input."""
    if f.clash:
        return False
    try:
        return (root / f.out).stat().st_mtime_ns >= f.path.stat().st_mtime_ns
    except OSError:
        return False


def default_workers() -> int:
    """CPUs this process may use (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def validate(opts: BatchOptions) -> None:
    if opts.timeout is not None and opts.timeout < 0:
        raise UsageError(f"--timeout must be 0 (no limit) or more seconds, got {opts.timeout:g}")
    if opts.workers is not None and opts.workers < 1:
        raise UsageError(f"--workers must be 1 or more, got {opts.workers}")
    kind = output_kind(opts.output)
    if kind == "parquet":
        require("pyarrow", "parquet", "writing Parquet")
    if opts.resume and kind != "tree":
        raise UsageError("--resume needs -o DIR (one output file per document to compare with its input)")
    if not opts.globs:
        raise UsageError("--glob needs a pattern")


def run(opts: BatchOptions, *, stderr: Callable[[str], None] | None = None) -> Summary:
    """Run a batch. Raises UsageError before any output is written if the inputs or options are
    unusable, and KeyboardInterrupt (after cleaning up) if interrupted."""
    validate(opts)
    inputs = list(opts.inputs)
    if opts.from_list is not None:
        inputs += read_list(opts.from_list)
    if not inputs:
        raise UsageError("no inputs: give files or folders, or --from-list FILE")
    out_dir = [Path(opts.output)] if opts.output != "-" else []
    files = discover(inputs, globs=opts.globs, excludes=opts.excludes, skip_dirs=out_dir)
    if not files:
        raise UsageError(f"no inputs found matching {' '.join(opts.globs)} in {' '.join(inputs)}")
    check_dependencies(files)

    progress = _Progress(opts.progress)
    emit = stderr or progress.print
    summary = Summary()
    if opts.resume:  # validate() made sure the output is a folder
        todo = [f for f in files if not _up_to_date(f, Path(opts.output))]
        summary.up_to_date = len(files) - len(todo)
        files = todo
    # A total is cheap only when every input is one document; collections count as they go.
    total = len(files) if all(f.kind == "text" for f in files) else None

    def jobs() -> Iterator[Job]:
        for f in files:
            yield from jobs_for(f, now=opts.now, text_field=opts.text_field, id_field=opts.id_field)

    workers = opts.workers or default_workers()
    start = time.perf_counter()
    pool: _Pool | None = None
    sink: Sink | None = None
    with _Interrupts() as guard:
        try:
            # Opened inside the guard: a Parquet or JSON Lines sink has a temporary to clean up.
            sink = open_sink(opts.output, errors=emit)
            summary.output = sink.describe()
            pool = _Pool(workers, _ParseOptions(opts.tz, opts.date_order, sink.render, opts.timeout))
            progress.start(total)
            for chunk, outcomes in pool.map(_chunks(jobs(), CHUNK)):
                with guard.protect():
                    for job, outcome in zip(chunk, outcomes, strict=True):
                        _deliver(job, outcome, sink, summary)
                    progress.update(summary.documents, summary.errors)
            with guard.protect():
                sink.close()
                pool.close()
        except (KeyboardInterrupt, OutputClosed) as exc:
            guard.ignore()
            if pool is not None:
                pool.terminate()
            if sink is not None:
                sink.abort()
            summary.interrupted = isinstance(exc, KeyboardInterrupt)
            if summary.interrupted:
                raise
        except BaseException:
            guard.ignore()
            if pool is not None:
                pool.terminate()
            if sink is not None:
                sink.abort()
            raise
        finally:
            summary.seconds = time.perf_counter() - start
            progress.stop()
    return summary


def _deliver(job: Job, outcome: Outcome, sink: Sink, summary: Summary) -> None:
    if job.kind == "begin" and job.out is not None:
        sink.begin(job.out)
    elif job.kind == "end":
        sink.end()
    elif job.kind == "skip":
        summary.skipped_records[job.error or "other"] += 1
    elif outcome[0] == "error":
        summary.documents += 1
        summary.errors += 1
        sink.error(error_record(job, outcome[1]))
    elif outcome[0] == "ok":
        summary.documents += 1
        sink.write(job, outcome[1])


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None

    def start(self, total: int | None) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            Task,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Task) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.0f} docs/s" if speed else "- docs/s")

        self._bar = Progress(
            TextColumn("parsing"),
            BarColumn(),
            MofNCompleteColumn() if total is not None else TextColumn("{task.completed} docs"),
            Rate(),
            TextColumn("{task.fields[errors]} errors"),
            TimeRemainingColumn() if total is not None else TimeElapsedColumn(),
            console=Console(stderr=True),
            redirect_stdout=False,  # results may be going to stdout: never route them to the bar
            transient=True,
        )
        self._task = self._bar.add_task("parsing", total=total, errors=0)
        self._bar.start()

    def update(self, done: int, errors: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=done, errors=errors)

    def print(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
