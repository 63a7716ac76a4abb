"""The command line, run for real: `python -m newsparse` and the installed `newsparse` script.

Every test runs in a subprocess, so exit codes, stdout/stderr separation, encodings and
broken pipes are exercised exactly as a user meets them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES_DIR, SCHEMA_KEYS, expected_for, sample_names

import newsparse

TIMEOUT = 60
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
MOJIBAKE = re.compile("[\ufffdÐÑÃâ€]")


def _console_script() -> str | None:
    beside = Path(sys.executable).with_name("newsparse")
    if beside.exists():
        return str(beside)
    return shutil.which("newsparse")


RUNNERS = {"module": [sys.executable, "-m", "newsparse"]}
if _console_script():
    RUNNERS["script"] = [_console_script()]


def _runner(base: list[str]):
    """Run newsparse with arguments; returns the CompletedProcess (bytes in, text out)."""

    def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1"}
        proc = subprocess.run([*base, *args], input=stdin, capture_output=True, timeout=TIMEOUT, env=env)
        return subprocess.CompletedProcess(
            proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
        )

    return run


@pytest.fixture
def cli():
    """`python -m newsparse` (most tests; each start of the CLI costs about half a second)."""
    return _runner(RUNNERS["module"])


@pytest.fixture(params=sorted(RUNNERS), ids=sorted(RUNNERS))
def any_cli(request: pytest.FixtureRequest):
    """Both entry points: `python -m newsparse` and the installed console script."""
    return _runner(RUNNERS[request.param])


def _one_line_error(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert lines[0].startswith("newsparse: error:"), lines[0]


SAMPLE = SAMPLES_DIR / "01_seed_layout_en.txt"


def test_extract_one_file_gives_one_object(any_cli) -> None:
    r = any_cli("extract", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert isinstance(obj, dict)
    assert list(obj) == list(SCHEMA_KEYS)
    assert obj["schema"] == "newsparse/1"
    assert obj["source"] == str(SAMPLE)
    assert r.stderr == ""


def test_extract_in_a_pipe_is_compact_by_default(cli) -> None:
    r = cli("extract", str(SAMPLE))
    assert r.returncode == 0
    assert r.stdout.count("\n") == 1 and r.stdout.endswith("\n")


def test_several_files_give_json_lines(cli) -> None:
    names = sample_names()[:3]
    paths = [str(SAMPLES_DIR / f"{n}.txt") for n in names]
    r = cli("extract", *paths)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(ln) for ln in lines]
    assert [o["source"] for o in objs] == paths


def test_jsonl_option_with_one_file(cli) -> None:
    r = cli("extract", "--jsonl", str(SAMPLE))
    assert r.returncode == 0
    assert r.stdout.count("\n") == 1
    assert json.loads(r.stdout)["source"] == str(SAMPLE)


def test_jsonl_wins_over_pretty(cli) -> None:
    r = cli("extract", "--jsonl", "--pretty", str(SAMPLE), str(SAMPLE))
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == 2


def test_stdin(any_cli) -> None:
    r = any_cli("extract", "-", stdin=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["source"] == "-"
    assert obj["title"] == json.loads(any_cli("extract", str(SAMPLE)).stdout)["title"]


def test_pretty_and_compact(cli) -> None:
    pretty = cli("extract", "--pretty", str(SAMPLE))
    compact = cli("extract", "--compact", str(SAMPLE))
    assert pretty.returncode == compact.returncode == 0
    assert pretty.stdout.startswith('{\n  "schema"')
    assert pretty.stdout.count("\n") > 20
    assert compact.stdout.count("\n") == 1
    assert json.loads(pretty.stdout) == json.loads(compact.stdout)


def test_output_keeps_non_ascii(cli) -> None:
    r = cli("extract", str(SAMPLES_DIR / "07_russian_ru.txt"))
    assert r.returncode == 0
    assert CYRILLIC.search(r.stdout)  # ensure_ascii=False: no \\u0412 escapes only
    assert "\\u04" not in r.stdout


def test_version(any_cli) -> None:
    r = any_cli("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"newsparse {newsparse.__version__}"


def test_schema_command(any_cli) -> None:
    r = any_cli("schema")
    assert r.returncode == 0, r.stderr
    schema = json.loads(r.stdout)
    assert "$schema" in schema
    assert set(SCHEMA_KEYS) - {"kind"} <= set(schema["properties"])


def test_missing_file(any_cli, tmp_path: Path) -> None:
    r = any_cli("extract", str(tmp_path / "no-such-page.txt"))
    assert r.returncode == 2
    assert r.stdout == ""
    _one_line_error(r.stderr)
    assert "no-such-page.txt" in r.stderr


def test_binary_file(any_cli, tmp_path: Path) -> None:
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR" + bytes(range(256)))
    r = any_cli("extract", str(png))
    assert r.returncode == 1
    assert r.stdout == ""
    _one_line_error(r.stderr)


def test_binary_without_signature(cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"some text\x00\x00\x00more\x00" * 20)
    r = cli("extract", str(junk))
    assert r.returncode == 1
    _one_line_error(r.stderr)


def test_empty_file(cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = cli("extract", str(empty))
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert list(obj) == list(SCHEMA_KEYS)
    assert obj["kind"] == "empty"
    assert obj["title"] is None and obj["timestamp"] is None and obj["byline"] is None
    assert obj["body"] == "" and obj["legal"] == [] and obj["sidebar"] == [] and obj["segments"] == []
    assert obj["warnings"], "an empty input should say so in warnings"


def test_cp1251_russian_file(cli, tmp_path: Path) -> None:
    text = (SAMPLES_DIR / "07_russian_ru.txt").read_text(encoding="utf-8")
    page = tmp_path / "cp1251.txt"
    page.write_bytes(text.encode("cp1251"))
    r = cli("extract", str(page))
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["title"] is not None and CYRILLIC.search(obj["title"]), obj["title"]
    assert obj["title"] == expected_for("07_russian_ru")["title"]
    assert not MOJIBAKE.search(obj["body"] + (obj["title"] or ""))
    assert "Верхнекамске" in obj["body"]
    assert obj["language"] == "ru"


def test_utf8_bom_and_crlf(cli, tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    page = tmp_path / "bom.txt"
    page.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    r = cli("extract", str(page))
    assert r.returncode == 0
    plain = json.loads(cli("extract", str(SAMPLE)).stdout)
    obj = json.loads(r.stdout)
    for key in ("title", "timestamp", "byline", "body", "legal", "sidebar", "segments"):
        assert obj[key] == plain[key], key


def test_unknown_option(any_cli) -> None:
    r = any_cli("extract", "--no-such-option", str(SAMPLE))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stdout == ""


def test_unknown_command(cli) -> None:
    r = cli("no-such-command")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "args", [("--tz", "Mars/Olympus"), ("--date-order", "XYZ"), ("--now", "yesterday-ish")]
)
def test_bad_option_values(cli, args: tuple[str, str]) -> None:
    r = cli("extract", *args, str(SAMPLE))
    assert r.returncode == 2
    _one_line_error(r.stderr)


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    """`newsparse extract many files | head -c 10` must not print a traceback."""
    paths = [str(SAMPLES_DIR / f"{n}.txt") for n in sample_names()] * 12  # well over a pipe buffer
    for name, base in sorted(RUNNERS.items()):
        cmd = " ".join(map(_quote, [*base, "extract", *paths])) + " | head -c 10"
        proc = subprocess.run(
            ["bash", "-c", "set -o pipefail; " + cmd],
            capture_output=True,
            timeout=TIMEOUT * 2,
        )
        assert len(proc.stdout) == 10, name
        stderr = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in stderr, f"{name}: {stderr}"
        assert "BrokenPipeError" not in stderr, f"{name}: {stderr}"
        assert "Exception ignored" not in stderr, f"{name}: {stderr}"


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def test_help_mentions_examples(any_cli) -> None:
    r = any_cli("--help")
    assert r.returncode == 0
    assert "example" in r.stdout.lower()
    assert "extract" in r.stdout


def test_extract_help(cli) -> None:
    r = cli("extract", "--help")
    assert r.returncode == 0
    for option in ("--jsonl", "--pretty", "--compact"):
        assert option in r.stdout
    # It teaches: examples to copy, and the fields a user will ask jq for.
    assert "jq -r .body" in r.stdout and "newsparse extract -" in r.stdout
    for name in ("title", "timestamp", "byline", "legal", "sidebar", "segments"):
        assert name in r.stdout


def test_written_files_get_the_usual_permissions(tmp_path):
    """Results are written through a temporary file, but end up readable like any other file."""
    import os

    from newsparse.writers import write_atomic

    target = tmp_path / "out.json"
    write_atomic(target, "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~mask)
