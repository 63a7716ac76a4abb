"""Golden tests: every sample scrape against the hand-written expectation beside it.

One test case per (sample, field), so a failure names exactly what is wrong, e.g.
``test_field[05_bs4_get_text_en-body]``. See conftest.py for the comparison rules.
"""

from __future__ import annotations

import difflib
import json
import textwrap

import pytest
from conftest import expected_for, mismatches, parsed_sample, sample_names

FIELDS = ("kind", "language", "title", "timestamp", "byline", "body", "legal", "sidebar")


def _cases() -> list[pytest.param]:
    cases = []
    for name in sample_names():
        expected = expected_for(name)
        unknown = set(expected) - set(FIELDS)
        assert not unknown, f"{name}.expected.json has keys the golden test does not compare: {unknown}"
        for field in FIELDS:
            if field in expected:
                cases.append(pytest.param(name, field, id=f"{name}-{field}"))
    return cases


def _body_diff(expected: str, actual: str) -> str:
    """A unified diff of two bodies, one paragraph per line, long paragraphs wrapped for reading."""

    def lines(body: str) -> list[str]:
        out: list[str] = []
        for i, para in enumerate(body.split("\n\n")):
            if i:
                out.append("")
            out.extend(textwrap.wrap(para, 100) or [para])
        return out

    diff = difflib.unified_diff(
        lines(expected), lines(actual), fromfile="expected body", tofile="actual body", lineterm="", n=1
    )
    return "\n".join(diff)


def test_every_sample_has_an_expectation() -> None:
    names = sample_names()
    assert len(names) >= 14
    for name in names:
        expected_for(name)  # raises when missing or invalid JSON


@pytest.mark.parametrize(("name", "field"), _cases())
def test_field(name: str, field: str) -> None:
    expected = expected_for(name)[field]
    actual = parsed_sample(name)[field]
    if field == "body":
        if actual != expected:
            n_exp = len(expected.split("\n\n")) if expected else 0
            n_act = len(actual.split("\n\n")) if actual else 0
            pytest.fail(
                f"{name}: body differs ({n_exp} paragraphs expected, {n_act} found)\n"
                + _body_diff(expected, actual),
                pytrace=False,
            )
        return
    problems = mismatches(expected, actual, f"{name}.{field}")
    if problems:
        pytest.fail(
            "\n".join(problems)
            + "\n\nactual "
            + field
            + " = "
            + json.dumps(actual, ensure_ascii=False, indent=1)[:3000],
            pytrace=False,
        )
