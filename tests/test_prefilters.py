"""Speed shortcuts must never change an answer: each prefilter or rewrite against the slow path it skips.

- legal: `could_be_notice` (trigger words) may only refuse texts that no detector accepts;
- bylines: `_names_credit` (role word or agency) may only refuse lines the unlabelled parser refuses;
- normalize: character-class substitutions equal the translate tables they replaced;
- linear: the C left fold equals the plain loop bit for bit;
- features: the letter count from word tokens equals counting letters in the text; the furniture and
  promo patterns without IGNORECASE, on lower-cased text, match as the case-blind ones.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_bylines import BIOS, NOT_BYLINES, SHAPES
from test_legal import CASES, NEGATIVES

from newsparse import bylines, legal, normalize
from newsparse.data import legal as legal_patterns
from newsparse.data import markup
from newsparse.lang import words
from newsparse.linear import LinearModel

LEGAL_SAMPLES = [c[0] for c in CASES] + list(NEGATIVES)
BYLINE_SAMPLES = (
    [s[0] for s in SHAPES] + list(NOT_BYLINES) + [b if isinstance(b, str) else b[0] for b in BIOS]
)
# Letters that IGNORECASE folds differently from str.lower(): the exact trigger must take over.
EXOTIC = ["İ", "ı", "ſ", "\u1c80", "\u1c84", "K"]

_text = st.text(
    alphabet=st.sampled_from(
        list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:|/*+-()[]©@&'\"_\n\t")
        + list("агентправАГЕНТПРАВ")
        + EXOTIC
    ),
    max_size=120,
)


def _unfiltered_legal(text: str) -> legal.LegalNotice | None:
    text = text.strip()
    if not text or len(text) > legal._MAX_CHARS:
        return None
    return legal._detect(text, 1, 2)


@pytest.mark.parametrize("text", LEGAL_SAMPLES)
def test_legal_prefilter_keeps_every_sample(text: str) -> None:
    assert legal.classify_legal(text, 1, end_line=2) == _unfiltered_legal(text)


@pytest.mark.parametrize("text", LEGAL_SAMPLES)
@pytest.mark.parametrize("exotic", EXOTIC)
def test_legal_trigger_with_exotic_letters(text: str, exotic: str) -> None:
    # The fast (lower-cased) trigger and the exact one agree, or the exact one is used.
    for variant in (text + " " + exotic, exotic + text, text.replace("i", exotic).replace("s", exotic)):
        exact = legal_patterns.NOTICE_TRIGGER.search(variant) is not None
        assert legal.could_be_notice(variant) == exact


@settings(max_examples=400, deadline=None)
@given(_text)
def test_legal_prefilter_never_refuses_a_notice(text: str) -> None:
    notice = _unfiltered_legal(text)
    if notice is not None:
        assert legal.could_be_notice(text.strip())
    assert legal.classify_legal(text, 1, end_line=2) == notice


@settings(max_examples=400, deadline=None)
@given(_text)
def test_legal_fast_trigger_equals_exact_trigger(text: str) -> None:
    assert legal.could_be_notice(text) == (legal_patterns.NOTICE_TRIGGER.search(text) is not None)


@pytest.mark.parametrize("text", BYLINE_SAMPLES)
def test_byline_prefilter_keeps_every_sample(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = (bylines.parse_byline(text, 1), bylines.byline_confidence(text))
    monkeypatch.setattr(bylines, "_names_credit", lambda s: True)
    assert fast == (bylines.parse_byline(text, 1), bylines.byline_confidence(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Jane", "Roe", "Mara", "Quillfeather", "Reuters", "AP", "dpa", "Staff", "Writer", "senior", "of"]
            + [
                "correspondent",
                "News",
                "CORRESPONDENT",
                "Rédacteur",
                "Корреспондент",
                "|",
                ",",
                "·",
                "—",
                "and",
            ]
        ),
        max_size=9,
    )
)
def test_byline_prefilter_never_refuses_a_byline(tokens: list[str]) -> None:
    text = " ".join(tokens)
    fast = bylines.parse_byline(text, 1)
    original = bylines._names_credit
    try:
        bylines._names_credit = lambda s: True  # type: ignore[assignment]
        slow = bylines.parse_byline(text, 1)
    finally:
        bylines._names_credit = original  # type: ignore[assignment]
    assert fast == slow


_DROP = dict.fromkeys(map(ord, markup.ZERO_WIDTH))
_SPACE = dict.fromkeys(map(ord, markup.SPACE_LIKE + markup.LINE_SEPARATORS), " ")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ab \n\r\x00\x7f") + list(markup.ZERO_WIDTH + markup.SPACE_LIKE + markup.LINE_SEPARATORS)
        )
    )
)
def test_normalize_equals_translate_tables(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROP).translate(_SPACE)
    expected = normalize._CONTROL.sub("", expected)
    assert normalize.normalize_text(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=4, max_size=4))
def test_logit_is_the_plain_loop(row: list[float]) -> None:
    model = LinearModel(
        names=("a", "b", "c", "d"),
        mean=(0.1, -2.5, 3.0, 1e-3),
        scale=(1.3, 0.7, 2.0, 1e-2),
        weights=(0.25, -1.5, 3.3, 1e-4),
        bias=-0.37,
    )
    total = model.bias
    for x, m, s, w in zip(row, model.mean, model.scale, model.weights, strict=True):
        total += (x - m) / s * w
    assert model.logit(row) == total or (model.logit(row) != model.logit(row) and total != total)
    with pytest.raises(ValueError):
        model.logit(row[:3])


def test_letter_count_from_words_covers_unicode() -> None:
    letter = re.compile(r"[^\W\d_]")
    text = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for start in range(0, len(text), 4096):
        chunk = text[start : start + 4096]
        assert sum(map(len, words(chunk))) == len(letter.findall(chunk))


def test_lower_cased_furniture_patterns_match_as_the_case_blind_ones() -> None:
    # The block features search lower-cased text with FURNITURE_LOWER / PROMO_LOWER (no IGNORECASE,
    # much faster): right only while the patterns hold no capital letter of their own.
    from pathlib import Path

    from newsparse.data import boilerplate
    from newsparse.data.scripts import CASE_FOLD_EXOTIC

    for pattern in (boilerplate.FURNITURE, boilerplate.PROMO):
        literal = re.sub(r"\\[A-Za-z]", "", pattern.pattern)  # escapes such as \b, \S
        assert not [c for c in literal if c.isupper()], pattern.pattern[:60]
    lines = {
        line
        for path in Path(__file__).resolve().parent.parent.joinpath("samples").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    } | {
        "FOLLOW US ON TELEGRAM",
        "Abonnieren Sie unseren Newsletter",
        "ПОДПИШИТЕСЬ на канал",
        "Leave a Reply",
    }
    lines = {line for line in lines if CASE_FOLD_EXOTIC.search(line) is None}  # those take the slow path
    for line in lines:
        for case_blind, lower in (
            (boilerplate.FURNITURE, boilerplate.FURNITURE_LOWER),
            (boilerplate.PROMO, boilerplate.PROMO_LOWER),
        ):
            assert bool(case_blind.search(line)) == bool(lower.search(line.lower())), line
