"""Tiny logistic-regression scorer, pure Python, for the trained weights in data/weights.json.

The weights are trained by bench/train.py on the development corpus only; inference is a
dot product per block, so it costs next to nothing beside the regexes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, reduce
from importlib import resources
from operator import add, mul, sub, truediv


@dataclass(frozen=True, slots=True)
class LinearModel:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def logit(self, row: list[float]) -> float:
        if len(row) != len(self.weights):
            raise ValueError(f"row has {len(row)} features, the model {len(self.weights)}")
        # bias + (x - m) / s * w for each feature, added left to right as a plain loop would
        # (no folding of scale into weights, no compensated sum): bit-identical, but in C.
        return reduce(
            add, map(mul, map(truediv, map(sub, row, self.mean), self.scale), self.weights), self.bias
        )

    def probability(self, row: list[float]) -> float:
        return sigmoid(self.logit(row))


def sigmoid(z: float) -> float:
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def model_from_dict(data: dict) -> LinearModel:
    return LinearModel(
        names=tuple(data["names"]),
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
        weights=tuple(data["weights"]),
        bias=float(data["bias"]),
        threshold=float(data.get("threshold", 0.5)),
    )


def read_model_file(name: str) -> dict[str, dict]:
    """A trained-model file shipped in newsparse/data, by task name; empty when it is missing."""
    try:
        text = resources.files("newsparse.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    data: dict[str, dict] = json.loads(text)
    return data


@cache
def load_models() -> dict[str, LinearModel]:
    """All trained models shipped with the package, by task name ("body", "title", ...)."""
    return {name: model_from_dict(spec) for name, spec in read_model_file("weights.json").items()}
