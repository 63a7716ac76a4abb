"""`newsparse batch`: every input kind, every output kind, order, errors, resume and reruns.

CLI tests run the installed command (`python -m newsparse`) in a subprocess, as a user would.
Texts are small articles written here; assertions are about batch behaviour (which documents,
in what order, where), not about parsing quality.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest

from newsparse import batch as batch_mod
from newsparse.batch import BatchOptions, run
from newsparse.sources import output_path

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
zstandard = pytest.importorskip("zstandard")
warcio = pytest.importorskip("warcio")


def article(n: int, paragraphs: int = 3) -> str:
    body = "\n\n".join(
        f"Paragraph {j} of story {n}. The council met on Tuesday to discuss the budget, and "
        "residents raised the opening hours of the library and the state of the park."
        for j in range(paragraphs)
    )
    return (
        "Example Gazette\nHome | World | Sport\n\n"
        f"Council debates budget, part {n}\n\nBy Jane Smith\n12 March 2024 10:30\n\n{body}\n\n"
        "© 2024 Example Gazette. All rights reserved.\n"
    )


def cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", "batch", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def scrapes(tmp_path: Path) -> Path:
    """in/a.txt, in/sub/b.txt.gz, in/sub/deeper/c.txt.bz2, in/d.txt.xz, in/e.txt.zst, in/notes.md"""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "sub" / "b.txt.gz").write_bytes(gzip.compress(article(2).encode()))
    (root / "sub" / "deeper" / "c.txt.bz2").write_bytes(bz2.compress(article(3).encode()))
    (root / "d.txt.xz").write_bytes(lzma.compress(article(4).encode()))
    (root / "e.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(article(5).encode()))
    (root / "notes.md").write_text("not a scrape\n", encoding="utf-8")
    return root


EXPECTED_TREE = ["a.json", "d.json", "e.json", "sub/b.json", "sub/deeper/c.json"]


# ----------------------------------------------------------------------------- inputs and the tree


def test_folder_to_tree_reads_every_compression(scrapes: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = cli("in", "-o", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(tree(out)) == EXPECTED_TREE
    doc = json.loads((out / "sub" / "b.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "newsparse/1"
    assert doc["source"] == "in/sub/b.txt.gz"
    assert "part 2" in (doc["title"] or "") + doc["body"]
    assert "5 documents, 0 errors" in r.stderr


def test_glob_exclude_and_explicit_files(scrapes: Path, tmp_path: Path) -> None:
    r = cli("in", "--exclude", "sub", "--exclude", "d.*", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert [d["source"] for d in lines(r.stdout)] == ["in/a.txt", "in/e.txt.zst"]
    # --glob picks other names from folders; a file named explicitly is always read.
    (scrapes / "notes.md").write_text(article(6), encoding="utf-8")
    r = cli("in", "--glob", "*.md", "in/a.txt", "-o", "-", cwd=tmp_path)
    assert [d["source"] for d in lines(r.stdout)] == ["in/notes.md", "in/a.txt"]


def test_from_list_on_stdin(scrapes: Path, tmp_path: Path) -> None:
    listing = "in/sub/b.txt.gz\n\nin/a.txt\n"
    r = cli("--from-list", "-", "-o", "out", cwd=tmp_path, stdin=listing)
    assert r.returncode == 0, r.stderr
    # Listed files keep their path below the current folder.
    assert sorted(tree(tmp_path / "out")) == ["in/a.json", "in/sub/b.json"]


def test_output_paths() -> None:
    assert output_path(PurePosixPath("a/b.txt.gz"), "text") == PurePosixPath("a/b.json")
    assert output_path(PurePosixPath("a/b.c.txt"), "text") == PurePosixPath("a/b.c.json")
    assert output_path(PurePosixPath("README"), "text") == PurePosixPath("README.json")
    assert output_path(PurePosixPath("x/crawl.warc.wet.gz"), "warc") == PurePosixPath("x/crawl.jsonl")
    assert output_path(PurePosixPath("pages.jsonl.zst"), "jsonl") == PurePosixPath("pages.jsonl")


def test_jsonl_collection(tmp_path: Path) -> None:
    records = [
        {"id": "r1", "url": "https://example.com/one", "body": article(1)},
        {"id": 2, "body": article(2)},
        {"id": "r3"},  # no text: an error record, the rest go on
    ]
    data = "".join(json.dumps(r) + "\n" for r in records) + "\n{broken\n"
    (tmp_path / "pages.jsonl.gz").write_bytes(gzip.compress(data.encode()))
    r = cli("pages.jsonl.gz", "--text-field", "body", "-o", "out", cwd=tmp_path)
    assert r.returncode == 1
    docs = lines((tmp_path / "out" / "pages.jsonl").read_text(encoding="utf-8"))
    assert [(d["source"], d["id"]) for d in docs] == [
        ("https://example.com/one", "r1"),
        ("pages.jsonl.gz#2", 2),
    ]
    assert list(docs[0])[:3] == ["schema", "source", "id"]
    errors = lines((tmp_path / "out" / "_errors.jsonl").read_text(encoding="utf-8"))
    assert [(e["source"], e["record"]) for e in errors] == [("pages.jsonl.gz", 3), ("pages.jsonl.gz", 5)]
    assert "no text in field 'body'" in errors[0]["error"]


def test_jsonl_lone_surrogate_does_not_break_the_outputs(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": article(1) + "Broken emoji: \ud83d end.\n"}, ensure_ascii=True)
    assert "\\ud83d" in line
    (tmp_path / "p.jsonl").write_text(line + "\n", encoding="ascii")
    for target in ("r.jsonl", "r.parquet"):
        r = cli("p.jsonl", "-o", target, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    (doc,) = lines((tmp_path / "r.jsonl").read_text(encoding="utf-8"))  # valid UTF-8
    assert doc["id"] == "x"
    assert pq.read_table(tmp_path / "r.parquet").num_rows == 1


def _warc(path: Path, records: list[tuple[str, str, str, str, bytes]], gz: bool) -> None:
    """records: (type, uri, date, content type, payload)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsparse tests"}))
        for kind, uri, date, ctype, payload in records:
            http = None
            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri,
                kind,
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=http,
                warc_content_type=ctype if kind != "response" else None,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(rec)


def test_wet_conversion_records(tmp_path: Path) -> None:
    _warc(
        tmp_path / "crawl.warc.wet.gz",
        [
            (
                "conversion",
                "https://example.com/a",
                "2024-04-12T10:13:54Z",
                "text/plain",
                article(1).encode(),
            ),
            (
                "conversion",
                "https://example.com/b",
                "2024-04-13T08:00:00Z",
                "text/plain",
                article(2).encode(),
            ),
        ],
        gz=True,
    )
    r = cli("crawl.warc.wet.gz", "-o", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    docs = lines((tmp_path / "out" / "crawl.jsonl").read_text(encoding="utf-8"))
    assert [d["source"] for d in docs] == ["https://example.com/a", "https://example.com/b"]
    assert all(d["id"].startswith("<urn:uuid:") for d in docs)


def test_warc_response_records_text_kept_html_skipped(tmp_path: Path) -> None:
    _warc(
        tmp_path / "crawl.warc",
        [
            (
                "response",
                "https://example.com/t",
                "2024-04-12T10:13:54Z",
                "text/plain; charset=utf-8",
                article(1).encode(),
            ),
            (
                "response",
                "https://example.com/h",
                "2024-04-12T10:14:00Z",
                "text/html",
                b"<html><p>x</p></html>",
            ),
            (
                "request",
                "https://example.com/t",
                "2024-04-12T10:13:54Z",
                "application/http",
                b"GET / HTTP/1.1\r\n\r\n",
            ),
        ],
        gz=False,
    )
    r = cli("crawl.warc", "-o", "-", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert [d["source"] for d in lines(r.stdout)] == ["https://example.com/t"]
    assert "1 WARC records with HTML skipped" in r.stderr


def test_warc_date_is_the_reference_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The record's WARC-Date reaches `parse` as `now` (checked in-process, whatever the
    timestamp parser makes of it)."""
    from newsparse import sources

    _warc(
        tmp_path / "c.wet",
        [("conversion", "https://example.com/a", "2024-04-12T10:13:54Z", "text/plain", b"x")],
        gz=False,
    )
    f = sources.discover([str(tmp_path / "c.wet")], globs=["*.txt"], excludes=[])[0]
    jobs = [j for j in sources.jobs_for(f, now=None) if j.kind == "text"]
    assert jobs[0].now is not None and jobs[0].now.isoformat() == "2024-04-12T10:13:54+00:00"


# ----------------------------------------------------------------------------- outputs


def test_stdout_and_jsonl_file_keep_input_order_under_parallelism(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    # Mixed sizes so workers finish out of order.
    for i in range(40):
        (src / f"doc{i:03d}.txt").write_text(article(i, paragraphs=1 + (i * 7) % 15), encoding="utf-8")
    expected = [f"many/doc{i:03d}.txt" for i in range(40)]
    one = cli("many", "--workers", "1", "-o", "-", cwd=tmp_path)
    two = cli("many", "--workers", "2", "-o", "-", cwd=tmp_path)
    assert [d["source"] for d in lines(two.stdout)] == expected
    assert one.stdout == two.stdout
    r = cli("many", "--workers", "2", "-o", "results.jsonl", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "results.jsonl").read_text(encoding="utf-8") == one.stdout


def test_parquet_output_keeps_nested_fields(scrapes: Path, tmp_path: Path) -> None:
    r = cli("in", "-o", "results.parquet", "--workers", "2", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    table = pq.read_table(tmp_path / "results.parquet")
    assert table.num_rows == 5
    schema = table.schema
    assert pa.types.is_struct(schema.field("timestamp").type)
    assert pa.types.is_struct(schema.field("byline").type)
    for name in ("legal", "sidebar", "segments", "warnings"):
        assert pa.types.is_list(schema.field(name).type), name
    rows = table.to_pylist()
    assert [row["source"] for row in rows] == [
        "in/a.txt",
        "in/d.txt.xz",
        "in/e.txt.zst",
        "in/sub/b.txt.gz",
        "in/sub/deeper/c.txt.bz2",
    ]
    # Nested values survive the round trip, equal to the JSON output.
    as_json = lines(cli("in", "-o", "-", cwd=tmp_path).stdout)
    for row, doc in zip(rows, as_json, strict=True):
        assert row["segments"] == doc["segments"]
        assert row["timestamp"] == doc["timestamp"]


def test_rerun_gives_byte_identical_outputs(scrapes: Path, tmp_path: Path) -> None:
    first: dict[str, dict[str, bytes]] = {}
    for attempt in range(2):
        for target in ("out", "r.jsonl", "r.parquet"):
            assert cli("in", "-o", target, "-q", cwd=tmp_path).returncode == 0
        snapshot = tree(tmp_path / "out")
        snapshot["r.jsonl"] = (tmp_path / "r.jsonl").read_bytes()
        snapshot["r.parquet"] = (tmp_path / "r.parquet").read_bytes()
        if attempt == 0:
            first = {"all": snapshot}
            time.sleep(0.05)
        else:
            assert snapshot == first["all"]


# ----------------------------------------------------------------------------- errors and exit codes


def test_binary_file_among_good_ones(scrapes: Path, tmp_path: Path) -> None:
    (scrapes / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (scrapes / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    r = cli("in", "-o", "out", "--workers", "2", cwd=tmp_path)
    assert r.returncode == 1
    assert sorted(tree(tmp_path / "out")) == sorted([*EXPECTED_TREE, "_errors.jsonl"])
    errors = lines((tmp_path / "out" / "_errors.jsonl").read_text(encoding="utf-8"))
    assert [e["source"] for e in errors] == ["in/broken.txt.gz", "in/image.txt"]
    assert all(set(e) == {"source", "record", "error"} for e in errors)
    assert "binary" in errors[1]["error"] and "decompress" in errors[0]["error"]
    # Stream output: the same records go to stderr, results to stdout.
    r = cli("in", "-o", "-", cwd=tmp_path)
    assert r.returncode == 1
    assert len(lines(r.stdout)) == 5
    assert [json.loads(x)["source"] for x in r.stderr.splitlines() if x.startswith("{")] == [
        "in/broken.txt.gz",
        "in/image.txt",
    ]
    # Once fixed, a clean run removes the stale error list.
    (scrapes / "image.txt").unlink()
    (scrapes / "broken.txt.gz").unlink()
    assert cli("in", "-o", "out", cwd=tmp_path).returncode == 0
    assert not (tmp_path / "out" / "_errors.jsonl").exists()


def test_two_inputs_for_one_output_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "in" / "b.txt.gz").write_bytes(gzip.compress(article(2).encode()))
    r = cli("in", "-o", "out", cwd=tmp_path)
    assert r.returncode == 1
    assert json.loads((tmp_path / "out" / "b.json").read_text())["source"] == "in/b.txt"
    (error,) = lines((tmp_path / "out" / "_errors.jsonl").read_text())
    assert error["source"] == "in/b.txt.gz" and "overwrite" in error["error"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing", "-o", "out"], "no such file"),
        (["in", "--glob", "*.nothing", "-o", "out"], "no inputs found"),
        ([], "no inputs"),
        (["in", "--workers", "0"], "--workers"),
        (["in", "--timeout", "-1"], "--timeout"),
        (["in", "--tz", "Mars/Olympus"], "--tz"),
        (["in", "--date-order", "XYZ"], "--date-order"),
        (["in", "--now", "yesterday"], "--now"),
        (["in", "-o", "r.jsonl", "--resume"], "--resume"),
        (["in", "-o", "r.json"], "give a folder"),
    ],
)
def test_usage_errors_exit_2(scrapes: Path, tmp_path: Path, args: list[str], message: str) -> None:
    r = cli(*args, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("module", "target", "extra"),
    [("warcio", "crawl.wet", "warc"), ("zstandard", "in/e.txt.zst", "zstd"), ("pyarrow", "in", "parquet")],
)
def test_missing_optional_dependency_is_one_line(
    scrapes: Path, tmp_path: Path, module: str, target: str, extra: str
) -> None:
    (tmp_path / "crawl.wet").write_bytes(b"")
    out = "r.parquet" if extra == "parquet" else "out"
    code = (
        f"import sys; sys.modules[{module!r}] = None; sys.argv = ['newsparse', 'batch', {target!r}, '-o', {out!r}]; "
        "from newsparse.cli import main; main()"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip() == r.stderr.strip().splitlines()[0]
    assert f"newsparse[{extra}]" in r.stderr


def test_worker_that_dies_costs_only_its_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed mid-document (out of memory, a native crash) breaks the process pool;
    the batch rebuilds it and only the culprit becomes an error record."""
    if sys.platform == "win32" or __import__("multiprocessing").get_start_method() != "fork":
        pytest.skip("needs fork so the patched worker function reaches the workers")
    real = batch_mod._result

    def fragile(job, opts):  # type: ignore[no-untyped-def]
        if job.path and job.path.endswith("doc005.txt"):
            os._exit(1)
        return real(job, opts)

    monkeypatch.setattr(batch_mod, "_result", fragile)
    for i in range(12):
        (tmp_path / f"doc{i:03d}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out"
    errors: list[str] = []
    summary = run(BatchOptions(inputs=[str(tmp_path)], output=str(out), workers=2), stderr=errors.append)
    assert summary.documents == 12 and summary.errors == 1
    (error,) = lines((out / "_errors.jsonl").read_text())
    assert error["source"].endswith("doc005.txt") and "died" in error["error"]
    assert len(list(out.glob("doc*.json"))) == 11


def test_document_that_hangs_the_parser_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(signal, "setitimer"):
        pytest.skip("needs SIGALRM")
    real = batch_mod.parse

    def slow(text: str, **kwargs):  # type: ignore[no-untyped-def]
        if "HANG" in text:
            time.sleep(30)
        return real(text, **kwargs)

    monkeypatch.setattr(batch_mod, "parse", slow)
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(2) + "HANG\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(article(3), encoding="utf-8")
    errors: list[str] = []
    start = time.monotonic()
    summary = run(
        BatchOptions(inputs=[str(tmp_path)], output="-", workers=1, timeout=0.3),
        stderr=errors.append,
    )
    assert time.monotonic() - start < 20
    assert (summary.documents, summary.errors) == (3, 1)
    (error,) = [json.loads(e) for e in errors]
    assert error["source"].endswith("b.txt") and "timed out" in error["error"]


def test_output_folder_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "stale.txt").write_text(article(2), encoding="utf-8")
    r = cli(".", "-o", "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(tree(tmp_path / "out")) == ["a.json", "stale.txt"]


# ----------------------------------------------------------------------------- interrupt and resume


def _processes_in(folder: Path) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if Path(os.readlink(entry / "cwd")) == folder.resolve():
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def test_sigint_then_resume(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    total = 300
    for i in range(total):
        (src / f"doc{i:04d}.txt").write_text(article(i, paragraphs=8), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "batch", "many", "-o", "out", "--workers", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.01)
    if Path("/proc").is_dir():
        assert len(_processes_in(tmp_path)) == 3  # the run and its two workers
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    written = sorted(out.glob("*.json"))
    assert 20 <= len(written) < total, "the run should stop part-way"
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".")]
    assert leftovers == []
    for p in written:
        json.loads(p.read_text(encoding="utf-8"))  # every output is whole
    # No worker outlives the interrupted run (workers share the run's working folder).
    if Path("/proc").is_dir():
        time.sleep(0.2)
        assert _processes_in(tmp_path) == []

    r = cli("many", "-o", "out", "--resume", "--workers", "2", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(list(out.glob("*.json"))) == total
    assert f"{total - len(written)} documents, 0 errors, {len(written)} up to date" in r.stderr
