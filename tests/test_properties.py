"""Property tests: invariants that hold for any input, from random text to mixed sample lines.

What "non-blank line" means here
--------------------------------
Input lines are the text after replacing "\\r\\n" and "\\r" with "\\n", split on "\\n" (a final
empty line after a trailing newline is not a line). A line is *non-blank* iff the parser's own
line peeler leaves visible text on it: ``peel_line(...).text`` is non-empty, with the page's
Markdown mode decided as the parser decides it (``normalize.peel_lines``). So whitespace,
zero-width characters, a bare bullet ("* "), an empty link "[](url)" or a Markdown rule "---"
on a Markdown page all count as blank, consistently with how the parser sees the page.

Invariants checked on every input:
- ``parse`` never raises;
- segments are sorted, non-overlapping and inside 1..number of input lines;
- every non-blank line lies in exactly one segment, and no segment covers only blank lines;
- every word (``\\w+`` token) of the body occurs in the (normalised) input text, or in one of
  its lines once converter markup is peeled off (so joining lines never invents words);
- ``to_dict()`` has every schema key and survives ``json.dumps`` (no NaN, no stray objects).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SCHEMA_KEYS, SEED_PATH, sample_names, sample_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.normalize import normalize_text, peel_lines

WORD = re.compile(r"\w+")
# A line break between two characters terminals print two columns wide: where a dump wrapped
# Chinese or Japanese text mid-word, and the body joins the two halves without a space.
CJK_WRAP = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff00-\uff60])[ \t]*\n[ \t]*(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff00-\uff60])"
)
LABELS = {"timestamp", "title", "body", "byline", "legal", "sidebar", "navigation", "caption", "other"}


def input_lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def nonblank_lines(text: str) -> tuple[set[int], set[int]]:
    """Lines not blank once normalised, and those of them that hold text once markup is peeled off
    (the rest are markup alone: a Markdown rule, a pandoc fence, an icon's empty link)."""
    peeled, _markdown = peel_lines(normalize_text(text))
    return {ln.number for ln in peeled if ln.raw.strip()}, {ln.number for ln in peeled if ln.text}


def check_invariants(text: str) -> dict:
    article = newsparse.parse(text)
    out = article.to_dict()

    # The output is complete and JSON-serialisable.
    assert list(out) == list(SCHEMA_KEYS)
    encoded = json.dumps(out, ensure_ascii=False, allow_nan=False)
    assert json.loads(encoded) == out
    assert out["kind"] in ("article", "listing", "empty")
    assert isinstance(out["body"], str)
    assert isinstance(out["warnings"], list) and all(isinstance(w, str) for w in out["warnings"])

    # Segments: sorted, non-overlapping, within the input's lines.
    n = len(input_lines(text))
    segments = out["segments"]
    prev_end = 0
    for seg in segments:
        assert seg["label"] in LABELS, seg
        assert 1 <= seg["start_line"] <= seg["end_line"] <= n, (seg, n)
        assert seg["start_line"] > prev_end, f"segments overlap or are unsorted: {segments}"
        assert 0.0 <= seg["confidence"] <= 1.0, seg
        prev_end = seg["end_line"]

    # Coverage: every non-blank line in exactly one segment (sorted + disjoint gives "at most one"),
    # markup alone on its line too, unless there is no text at all (an empty page has no segments).
    nonblank, with_text = nonblank_lines(text)
    wanted = nonblank if with_text else set()
    covered = {i for seg in segments for i in range(seg["start_line"], seg["end_line"] + 1)}
    missing = sorted(wanted - covered)
    assert not missing, f"non-blank lines in no segment: {missing[:10]}"
    for seg in segments:
        span = set(range(seg["start_line"], seg["end_line"] + 1))
        assert span & wanted, f"segment covers only blank lines: {seg}"

    # The body only holds words that are in the input (or in its lines once converter markup is
    # peeled off: lynx writes "Council[12]members" for a link that starts mid-word).
    normalised = normalize_text(text)
    peeled, _markdown = peel_lines(normalised)
    visible = "\n".join([normalised, CJK_WRAP.sub("", normalised), *(ln.text for ln in peeled)])
    strange = [w for w in WORD.findall(out["body"]) if w not in visible]
    assert not strange, f"body words not in the input: {strange[:10]}"

    # Empty input is reported as such.
    if not with_text:
        assert out["kind"] == "empty" and out["body"] == ""
    return out


# ------------------------------------------------------------------ strategies

_ALL_SAMPLE_LINES: list[str] = sorted(
    {ln for name in sample_names() for ln in input_lines(sample_text(name))}
    | (set(input_lines(SEED_PATH.read_text(encoding="utf-8"))) if SEED_PATH.exists() else set())
)

MARKUP_LINES = [
    "",
    " ",
    "* ",
    "  * ",
    "- ",
    "•",
    "  • ",
    "□ ",
    "---",
    "* * *",
    "___",
    "#",
    "# ",
    "[](https://example.org/)",
    "![](/img/x.png)",
    "[1]: https://example.org/",
    "[12]",
    "References",
    "   1. https://example.org/",
    # pandoc's fences, attributes and passed-through HTML; html-to-text's bracketed addresses.
    ":::",
    "::: {#main .content}",
    "{#id .class}",
    "[x]{.byline}",
    '<div class="nav">',
    "</span>",
    "<!-- -->",
    "[/news/]",
    "News [https://example.org/news/]",
    "\u200b",
    "\u00a0\u00a0",
    "\ufeff",
    "**",
    "____",
    "> ",
    "18+",
    "©",
    "© 2024",
    "By",
    "By ",
    "Author:",
    # Linked authors on lines of their own, joined by a connector alone on its line.
    "Jane Roe",
    "and",
    "und",
    "&",
    "29 October 2008, 13:08",
    "May 17, 2024 19:25",
    "31.12.2023",
    "2024-02-30",
    "15 ноября 2024, 10:42",
    "Aktualisiert am 3. März 2024, 14:05 Uhr",
    "le 12 février 2023 à 09h15",
    "12 de febrero de 2023",
    "All news",
    "News archive",
    # C html2text: star-framed headings (also wrapped) and backspace overstrike.
    "****** Harbour hall opens ******",
    "****** Harbour hall opens in spring after",
    "the council vote ******",
    "** x **",
    "_\bL_\bi_\bn_\bk",
    "B\bBo\bol\bld\bd",
    "a\b",
    "\b_\b",
    # Chinese, Japanese, Korean and Arabic fields, and CJK text a dump cut mid-word.
    "2019年11月18日 15時30分",
    "記者 山田太郎",
    "関連記事",
    "・駅前再開発、来年度に着工へ（2019年10月2日）",
    "3小时前",
    "김민지 기자",
    "시작은 엘제이의",
    "일방적인 사진 공개로부터",
    "市議会は18日、駅前に新しい図書館を建設する計画を賛",
    "成多数で可決した。",
    "بقلم: سارة علي",
    "الاثنين ١٣ مارس ٢٠٢٣ - ٠٩:٠٥",
]

_line = st.one_of(
    st.sampled_from(_ALL_SAMPLE_LINES) if _ALL_SAMPLE_LINES else st.just(""),
    st.sampled_from(MARKUP_LINES),
    st.text(max_size=60),
    st.text(alphabet="ab .,:*#-[]()•©\u200b\u00a0\t\b_", max_size=30),
)
_newline = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\n\n"])


@st.composite
def mixed_pages(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line, max_size=70))
    out = ""
    for ln in lines:
        out += ln + draw(_newline)
    if draw(st.booleans()) and out:
        out = out.rstrip("\n")
    return out


@st.composite
def shuffled_sample(draw: st.DrawFn) -> str:
    """A real sample with some lines dropped, duplicated or replaced."""
    lines = input_lines(sample_text(draw(st.sampled_from(sample_names()))))
    edits = draw(st.lists(st.tuples(st.integers(0, max(0, len(lines) - 1)), _line), max_size=8))
    for index, replacement in edits:
        if lines:
            lines[index] = replacement
    if draw(st.booleans()):
        lines = lines[: draw(st.integers(0, len(lines)))]
    return "\n".join(lines)


_SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)


# ------------------------------------------------------------------ tests


@settings(_SETTINGS, max_examples=300)
@given(st.text(max_size=1500))
@example("")
@example("\n\n\n")
@example("\r")
@example("\r\n\r\n")
@example("\x00\x01\x02")
@example("\u2028\u2029\x85")
@example("a\rb\r\nc\nd")
@example("* \n---\n[](url)\n")
def test_arbitrary_text(text: str) -> None:
    check_invariants(text)


@settings(_SETTINGS, max_examples=300)
@given(mixed_pages())
def test_mixed_sample_lines(text: str) -> None:
    check_invariants(text)


@settings(_SETTINGS, max_examples=100)
@given(shuffled_sample())
def test_edited_samples(text: str) -> None:
    check_invariants(text)


@pytest.mark.parametrize("name", sample_names())
def test_samples_satisfy_invariants(name: str) -> None:
    check_invariants(sample_text(name))


def test_seed_satisfies_invariants() -> None:
    if not SEED_PATH.exists():
        pytest.skip("seed scrape not present")
    check_invariants(SEED_PATH.read_text(encoding="utf-8"))


def test_empty_input() -> None:
    out = check_invariants("")
    assert out["kind"] == "empty"
    assert out["title"] is None and out["timestamp"] is None and out["byline"] is None
    assert out["segments"] == [] and out["warnings"]
