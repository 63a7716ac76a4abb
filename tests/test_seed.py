"""The real scrape the project was created from (../shared/seed), checked field by field.

Line numbers below are the seed file's own 1-based lines.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SEED_PATH

import newsparse

FIRST_BODY = "Rostov-on-Don has hosted a roundtable"
LAST_BODY_END = "There are no exact data on how many Russian citizens are among them."
TITLE = "Rostov-on-Don: slavery victims' reintegration problems addressed"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED_PATH.exists():
        pytest.skip(f"seed scrape not present at {SEED_PATH}")
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def out(seed_text: str) -> dict[str, Any]:
    return newsparse.parse(seed_text, source=str(SEED_PATH)).to_dict()


def _article_paragraphs(text: str) -> list[str]:
    """The article's paragraphs, read straight from the file: the non-blank lines 5..15."""
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith(FIRST_BODY))
    end = next(i for i, ln in enumerate(lines) if ln.endswith(LAST_BODY_END))
    return [ln.strip() for ln in lines[start : end + 1] if ln.strip()]


def _segment_at(out: dict[str, Any], line: int) -> str | None:
    for seg in out["segments"]:
        if seg["start_line"] <= line <= seg["end_line"]:
            return seg["label"]
    return None


def test_timestamp(out: dict[str, Any]) -> None:
    assert out["timestamp"] is not None
    assert out["timestamp"]["iso"] == "2008-10-29T13:08:00"
    assert out["timestamp"]["line"] == 1


def test_title(out: dict[str, Any]) -> None:
    assert out["title"] == TITLE


def test_kind_and_language(out: dict[str, Any]) -> None:
    assert out["kind"] == "article"
    assert out["language"] == "en"


def test_body_is_exactly_the_article_paragraphs(seed_text: str, out: dict[str, Any]) -> None:
    paragraphs = _article_paragraphs(seed_text)
    assert len(paragraphs) == 6  # counted in the file: lines 5, 7, 9, 11, 13, 15
    assert out["body"].startswith(FIRST_BODY)
    assert out["body"].endswith(LAST_BODY_END)
    assert out["body"].split("\n\n") == paragraphs
    assert out["body"] == "\n\n".join(paragraphs)


def test_byline(out: dict[str, Any]) -> None:
    byline = out["byline"]
    assert byline is not None
    assert byline["line"] == 17
    assert [(a["name"], a["role"]) for a in byline["authors"]] == [("Elena Olenina", "CK correspondent")]


@pytest.mark.parametrize(("line", "text"), [(19, "All news"), (36, "News archive")])
def test_navigation_segments(seed_text: str, out: dict[str, Any], line: int, text: str) -> None:
    assert seed_text.split("\n")[line - 1].strip() == text
    assert _segment_at(out, line) == "navigation"


def test_foreign_agent_notice(out: dict[str, Any]) -> None:
    agents = [n for n in out["legal"] if n["kind"] == "foreign_agent"]
    assert len(agents) == 1
    notice = agents[0]
    assert notice["line"] == 20
    assert notice["text"].startswith("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ)")
    assert notice["subject"] is not None and "МЕМО" in notice["subject"]
    assert _segment_at(out, 20) == "legal"


def test_no_other_legal_notices(out: dict[str, Any]) -> None:
    assert [n["kind"] for n in out["legal"]] == ["foreign_agent"]


def test_sidebar(out: dict[str, Any]) -> None:
    items = out["sidebar"]
    assert [it["timestamp"]["iso"] if it["timestamp"] else None for it in items] == [
        "2024-05-17T19:25:00",
        "2024-05-17T18:11:00",
        "2024-05-16T22:49:00",
        "2024-05-16T21:10:00",
        "2024-05-16T18:57:00",
    ]
    first = items[0]
    assert first["headline"] == "Rights defenders treat case of missing Movsar Umarov as typical for Chechnya"
    assert first["summary"] is not None
    assert first["summary"].startswith("The decision of the Grozny court")
    assert first["summary"].endswith("human rights defenders have pointed out.")
    for item in items[1:]:
        assert item["headline"] is None, f"sidebar item at line {item['line']} has a headline"
        assert item["summary"] is None, f"sidebar item at line {item['line']} has a summary"


def test_sidebar_lines_are_sidebar_segments(out: dict[str, Any]) -> None:
    for line in (22, 24, 26, 28, 30, 32, 34):
        assert _segment_at(out, line) == "sidebar", f"line {line}"


def test_body_lines_are_body_segments(out: dict[str, Any]) -> None:
    for line in (5, 7, 9, 11, 13, 15):
        assert _segment_at(out, line) == "body", f"line {line}"
    assert _segment_at(out, 1) == "timestamp"
    assert _segment_at(out, 3) == "title"
    assert _segment_at(out, 17) == "byline"
