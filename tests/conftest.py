"""Shared helpers for the test suite: where the samples live, and how golden expectations compare.

Golden expectations (samples/<name>.expected.json) describe what a correct parser outputs for
samples/<name>.txt. They hold a subset of the schema's top-level keys; only those keys are
compared. Comparison rules (see `mismatches`):

- dicts: only the keys present in the expectation are compared (recursively);
- lists: same length, then element by element with the same rules;
- ``{"$contains": "text"}`` in place of a string: the actual value must be a string containing
  "text" (used where the exact extent of a name is a matter of taste, such as quote marks
  around an organisation in a legal notice);
- everything else: equality.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.model import Block
from newsparse.select import Layout

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"
SEED_PATH = REPO_ROOT.parent / "shared" / "seed" / "000_926a5b51e717656b.txt"

# The schema's top-level keys, in order (newsparse/1).
SCHEMA_KEYS = (
    "schema",
    "source",
    "language",
    "kind",
    "title",
    "timestamp",
    "byline",
    "body",
    "legal",
    "sidebar",
    "segments",
    "warnings",
)


def sample_names() -> list[str]:
    """Names (file stem without .txt) of every sample that has an expectation file."""
    return sorted(p.name[: -len(".txt")] for p in SAMPLES_DIR.glob("*.txt"))


def sample_text(name: str) -> str:
    return (SAMPLES_DIR / f"{name}.txt").read_text(encoding="utf-8")


def expected_for(name: str) -> dict[str, Any]:
    path = SAMPLES_DIR / f"{name}.expected.json"
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def parsed_sample(name: str) -> dict[str, Any]:
    """The parser's output for a sample, parsed once per test session."""
    return newsparse.parse(sample_text(name), source=f"samples/{name}.txt").to_dict()


def mismatches(expected: Any, actual: Any, path: str) -> list[str]:
    """Every place where `actual` does not satisfy `expected`, as readable one-line messages."""
    if isinstance(expected, dict) and set(expected) == {"$contains"}:
        needle = expected["$contains"]
        if not isinstance(actual, str) or needle not in actual:
            return [f"{path}: expected a string containing {needle!r}, got {actual!r}"]
        return []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object {expected!r}, got {actual!r}"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}: missing from the output")
            else:
                out.extend(mismatches(value, actual[key], f"{path}.{key}"))
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{path}: expected a list of {len(expected)}, got {actual!r}"]
        out = []
        if len(expected) != len(actual):
            out.append(f"{path}: expected {len(expected)} items, got {len(actual)}")
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            out.extend(mismatches(e, a, f"{path}[{i}]"))
        return out
    if expected != actual:
        return [f"{path}: expected {expected!r}, got {actual!r}"]
    return []


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR


def plain_layout(blocks: list[Block], body: list[int], n_words: list[int]) -> Layout:
    """A Layout with nothing found but the body: for tests of where the rankers look."""
    return Layout(
        blocks=blocks,
        body=body,
        body_probability=[0.5] * len(blocks),
        sidebar=set(),
        legal=set(),
        bylines=set(),
        dates=set(),
        link_ratio=[0.0] * len(blocks),
        n_words=n_words,
        stop_density=[0.3] * len(blocks),
        furniture=set(),
    )
