"""Fit boosted regression trees on top of a linear ranker (used by bench/train.py).

The loss is the ranker's own: a softmax over each document's candidates (the gold one should
win), starting from the linear model's scores, so the trees learn only what the linear model
gets wrong. Each round fits one tree to the Newton step of that loss, splitting on quantile
bins of the features. Deterministic: no sampling, ties broken by the lowest feature and bin.
"""

from __future__ import annotations

import numpy as np

LEAF = -1


def quantile_edges(x: np.ndarray, bins: int) -> list[np.ndarray]:
    """Per feature, the candidate split thresholds: its distinct inner quantiles."""
    levels = np.linspace(0.0, 1.0, bins + 1)[1:-1]
    return [np.unique(np.quantile(x[:, j], levels)) for j in range(x.shape[1])]


class _Builder:
    def __init__(self, codes: np.ndarray, edges: list[np.ndarray], l2: float, min_hessian: float) -> None:
        self.codes, self.edges, self.l2, self.min_hessian = codes, edges, l2, min_hessian

    def grow(self, grad: np.ndarray, hess: np.ndarray, depth: int) -> dict[str, list]:
        tree: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
        self._node(tree, np.arange(len(grad)), grad, hess, depth)
        return tree

    def _node(
        self, tree: dict[str, list], idx: np.ndarray, grad: np.ndarray, hess: np.ndarray, depth: int
    ) -> int:
        k = len(tree["feature"])
        for key in tree:
            tree[key].append(0)
        g, h = float(grad[idx].sum()), float(hess[idx].sum())
        split = self._best_split(idx, grad, hess, g, h) if depth > 0 else None
        if split is None:
            tree["feature"][k], tree["value"][k] = LEAF, -g / (h + self.l2)
            return k
        j, b = split
        goes_left = self.codes[idx, j] <= b
        tree["feature"][k], tree["threshold"][k] = j, float(self.edges[j][b])
        tree["left"][k] = self._node(tree, idx[goes_left], grad, hess, depth - 1)
        tree["right"][k] = self._node(tree, idx[~goes_left], grad, hess, depth - 1)
        return k

    def _best_split(
        self, idx: np.ndarray, grad: np.ndarray, hess: np.ndarray, g: float, h: float
    ) -> tuple[int, int] | None:
        parent = g * g / (h + self.l2)
        best_gain, best = 1e-12, None
        codes, gi, hi = self.codes[idx], grad[idx], hess[idx]
        for j, edges in enumerate(self.edges):
            if len(edges) == 0:
                continue
            n = len(edges) + 1
            gl = np.cumsum(np.bincount(codes[:, j], weights=gi, minlength=n))[:-1]
            hl = np.cumsum(np.bincount(codes[:, j], weights=hi, minlength=n))[:-1]
            gr, hr = g - gl, h - hl
            gain = gl * gl / (hl + self.l2) + gr * gr / (hr + self.l2) - parent
            gain[(hl < self.min_hessian) | (hr < self.min_hessian)] = -1.0
            b = int(np.argmax(gain))
            if gain[b] > best_gain:
                best_gain, best = float(gain[b]), (j, b)
        return best


def tree_scores(tree: dict[str, list], x: np.ndarray) -> np.ndarray:
    out = np.zeros(len(x))
    stack = [(0, np.arange(len(x)))]
    while stack:
        k, idx = stack.pop()
        j = tree["feature"][k]
        if j == LEAF:
            out[idx] = tree["value"][k]
            continue
        left = x[idx, j] <= tree["threshold"][k]
        stack.append((tree["left"][k], idx[left]))
        stack.append((tree["right"][k], idx[~left]))
    return out


def fit_boosted(
    groups: list[tuple[np.ndarray, np.ndarray]],
    base: list[np.ndarray],
    *,
    rounds: int = 100,
    depth: int = 3,
    rate: float = 0.1,
    l2: float = 1.0,
    min_hessian: float = 1.0,
    bins: int = 32,
) -> list[dict[str, list]]:
    """Trees for documents' (candidate rows, gold flags), boosting from the base scores.
    Documents without a gold candidate teach nothing and are left out."""
    kept = [(g, b) for g, b in zip(groups, base, strict=True) if len(g[0]) and g[1].any()]
    x = np.vstack([g[0] for g, _ in kept])
    gold = np.concatenate([g[1] for g, _ in kept]).astype(float)
    sizes = [len(g[0]) for g, _ in kept]
    starts = np.cumsum([0, *sizes])[:-1]
    doc = np.repeat(np.arange(len(kept)), sizes)
    score = np.concatenate([b for _, b in kept]).astype(float)
    target = gold / np.add.reduceat(gold, starts)[doc]
    edges = quantile_edges(x, bins)
    codes = np.stack([np.searchsorted(e, x[:, j], side="left") for j, e in enumerate(edges)], axis=1)
    builder = _Builder(codes, edges, l2, min_hessian)
    trees = []
    for _ in range(rounds):
        top = np.maximum.reduceat(score, starts)[doc]
        e = np.exp(score - top)
        p = e / np.add.reduceat(e, starts)[doc]
        tree = builder.grow(p - target, np.maximum(p * (1.0 - p), 1e-6), depth)
        score += rate * tree_scores(tree, x)
        trees.append(tree)
    return trees


def export(trees: list[dict[str, list]], names: tuple[str, ...], rate: float, top: int) -> dict:
    return {
        "names": list(names),
        "rate": rate,
        "top": top,
        "trees": [
            {
                "feature": t["feature"],
                # Exact: a row equal to a threshold must go left at run time as in training.
                "threshold": t["threshold"],
                "left": t["left"],
                "right": t["right"],
                "value": [round(v, 6) for v in t["value"]],
            }
            for t in trees
        ],
    }
