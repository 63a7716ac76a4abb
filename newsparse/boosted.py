"""Boosted regression trees that refine a linear ranker's scores, pure Python.

A linear score cannot express "a short line ending in a full stop is a headline only when no
heading is marked": that takes an interaction of features. Small trees, fitted by bench/train.py
to the linear title ranker's remaining errors, add it. They live in data/boosted.json; without
that file every ranker is purely linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsparse.linear import read_model_file

# A leaf's feature index: the walk stops there and returns the node's value.
LEAF = -1


@dataclass(frozen=True, slots=True)
class Tree:
    """Nodes in flat arrays: node k splits on feature[k] (row[f] <= threshold[k] goes left)."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def score(self, row: list[float]) -> float:
        k = 0
        while (j := self.feature[k]) != LEAF:
            k = self.left[k] if row[j] <= self.threshold[k] else self.right[k]
        return self.value[k]


@dataclass(frozen=True, slots=True)
class BoostedTrees:
    names: tuple[str, ...]
    rate: float
    trees: tuple[Tree, ...]
    # Only the linear ranker's best few candidates are refined: the trees correct close calls,
    # and walking them for every candidate of a long page would cost more than the rest of it.
    top: int

    def score(self, row: list[float]) -> float:
        if len(row) != len(self.names):
            raise ValueError(f"row has {len(row)} features, the trees {len(self.names)}")
        return self.rate * sum(t.score(row) for t in self.trees)


def trees_from_dict(data: dict) -> BoostedTrees:
    return BoostedTrees(
        names=tuple(data["names"]),
        rate=float(data["rate"]),
        top=int(data["top"]),
        trees=tuple(
            Tree(
                feature=tuple(t["feature"]),
                threshold=tuple(t["threshold"]),
                left=tuple(t["left"]),
                right=tuple(t["right"]),
                value=tuple(t["value"]),
            )
            for t in data["trees"]
        ),
    )


@cache
def load_boosters() -> dict[str, BoostedTrees]:
    """The trees shipped with the package, by task name ("title"); empty without the file."""
    return {name: trees_from_dict(spec) for name, spec in read_model_file("boosted.json").items()}
