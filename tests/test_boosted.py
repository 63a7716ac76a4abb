"""Boosted trees: the walk, and how they refine a linear ranker's pick."""

from dataclasses import dataclass

import pytest

from newsparse import select
from newsparse.boosted import LEAF, BoostedTrees, Tree, trees_from_dict
from newsparse.linear import LinearModel

# row[0] <= 0.5 ? (row[1] <= 2 ? -1 : 3) : 10
STUMP = Tree(
    feature=(0, 1, LEAF, LEAF, LEAF),
    threshold=(0.5, 2.0, 0.0, 0.0, 0.0),
    left=(1, 2, 0, 0, 0),
    right=(4, 3, 0, 0, 0),
    value=(0.0, 0.0, -1.0, 3.0, 10.0),
)


@pytest.mark.parametrize(
    ("row", "expected"),
    [([0.0, 0.0], -1.0), ([0.5, 2.0], -1.0), ([0.0, 2.5], 3.0), ([0.6, 0.0], 10.0)],
)
def test_tree_walk_goes_left_on_equal(row, expected):
    assert STUMP.score(row) == expected


def test_boosted_score_sums_trees_at_the_rate():
    booster = BoostedTrees(names=("a", "b"), rate=0.5, trees=(STUMP, STUMP), top=3)
    assert booster.score([0.6, 0.0]) == 10.0
    with pytest.raises(ValueError):
        booster.score([1.0])


def test_trees_round_trip_from_json_shape():
    spec = {
        "names": ["a", "b"],
        "rate": 0.1,
        "top": 4,
        "trees": [
            {
                "feature": list(STUMP.feature),
                "threshold": list(STUMP.threshold),
                "left": list(STUMP.left),
                "right": list(STUMP.right),
                "value": list(STUMP.value),
            }
        ],
    }
    booster = trees_from_dict(spec)
    assert booster.trees == (STUMP,) and booster.top == 4 and booster.names == ("a", "b")


@dataclass
class _Cand:
    row: list[float]


NAMES = ("a", "b")
# The linear ranker prefers a larger row[1].
LINEAR = LinearModel(
    names=NAMES, mean=(0.0, 0.0), scale=(1.0, 1.0), weights=(0.0, 1.0), bias=0.0, threshold=0.0
)


def _best(monkeypatch, candidates, booster):
    monkeypatch.setattr(select, "load_models", lambda: {"title": LINEAR})
    monkeypatch.setattr(select, "load_boosters", lambda: {} if booster is None else {"title": booster})
    return select.best(candidates, "title", NAMES)[0]


def test_trees_overturn_a_close_linear_call(monkeypatch):
    cands = [_Cand([0.0, 2.0]), _Cand([1.0, 2.5])]
    assert _best(monkeypatch, cands, None) is cands[1]
    # Trees that favour row[0] <= 0.5 overturn the linear pick.
    flipped = Tree(STUMP.feature, STUMP.threshold, STUMP.left, STUMP.right, (0.0, 0.0, 5.0, 5.0, -5.0))
    booster = BoostedTrees(names=NAMES, rate=1.0, trees=(flipped,), top=2)
    assert _best(monkeypatch, cands, booster) is cands[0]


def test_trees_only_rescore_the_linear_top(monkeypatch):
    # The third candidate would win with the trees' bonus, but it is outside the linear top 2.
    cands = [_Cand([0.0, 3.0]), _Cand([0.0, 2.9]), _Cand([1.0, 0.0])]
    bonus = Tree(STUMP.feature, STUMP.threshold, STUMP.left, STUMP.right, (0.0, 0.0, 0.0, 0.0, 100.0))
    assert _best(monkeypatch, cands, BoostedTrees(NAMES, 1.0, (bonus,), top=2)) is cands[0]
    assert _best(monkeypatch, cands, BoostedTrees(NAMES, 1.0, (bonus,), top=3)) is cands[2]


def test_trees_for_other_features_are_ignored(monkeypatch):
    cands = [_Cand([0.0, 2.0]), _Cand([1.0, 2.5])]
    flipped = Tree(STUMP.feature, STUMP.threshold, STUMP.left, STUMP.right, (0.0, 0.0, 5.0, 5.0, -5.0))
    stale = BoostedTrees(names=("x", "y"), rate=1.0, trees=(flipped,), top=2)
    assert _best(monkeypatch, cands, stale) is cands[1]


@dataclass
class _Titled:
    row: list[float]
    text: str


def test_same_answer_keeps_the_linear_place(monkeypatch):
    # The trees pick the headline; of its two copies the linear ranker's favourite stands, since
    # the date and byline rankers measure distances from the place it would have chosen.
    cands = [_Titled([1.0, 0.0], "Headline"), _Titled([0.0, 1.0], "Kicker"), _Titled([0.0, 0.5], "Headline")]
    favours_first = Tree(STUMP.feature, STUMP.threshold, STUMP.left, STUMP.right, (0.0, 0.0, -5.0, -5.0, 5.0))
    booster = BoostedTrees(names=NAMES, rate=1.0, trees=(favours_first,), top=3)
    monkeypatch.setattr(select, "load_models", lambda: {"title": LINEAR})
    monkeypatch.setattr(select, "load_boosters", lambda: {"title": booster})
    assert select.best(cands, "title", NAMES)[0] is cands[0]
    assert select.best(cands, "title", NAMES, lambda c: c.text)[0] is cands[2]
