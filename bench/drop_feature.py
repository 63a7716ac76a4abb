#!/usr/bin/env python3
"""Take one feature out of a trained ranker without retraining it.

    python bench/drop_feature.py title caps

The shipped model then scores every candidate as it did with the feature's value set to 0: the
linear weights lose the feature's column and its bias absorbs the term a 0 gave, and in the boosted
trees every split on it follows the branch a 0 takes. Remove the feature from the code's feature
list (newsparse/select.py) in the same change; tests/test_weights.py checks that both agree.
A later `python bench/train.py` trains without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "newsparse" / "data"
LEAF = -1


def drop_linear(spec: dict, name: str) -> dict:
    i = spec["names"].index(name)
    # The term (0 - mean) / scale * weight every row had once the feature reads 0: now in the bias.
    spec["bias"] += (0.0 - spec["mean"][i]) / spec["scale"][i] * spec["weights"][i]
    for key in ("names", "mean", "scale", "weights"):
        del spec[key][i]
    return spec


def drop_from_tree(tree: dict, i: int) -> dict:
    """The tree rebuilt from its root, each split on feature `i` replaced by the branch a 0 takes,
    the other features' indices past `i` moved down by one."""
    out: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}

    def resolve(k: int) -> int:
        while tree["feature"][k] == i:
            k = tree["left"][k] if tree["threshold"][k] >= 0.0 else tree["right"][k]  # 0 <= threshold: left
        return k

    def copy(k: int) -> int:
        k = resolve(k)
        at = len(out["feature"])
        j = tree["feature"][k]
        for key in out:
            out[key].append(tree[key][k])
        if j != LEAF:
            out["feature"][at] = j - 1 if j > i else j
            out["left"][at] = copy(tree["left"][k])
            out["right"][at] = copy(tree["right"][k])
        return at

    copy(0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("task", help="the ranker: title, date, author, ...")
    parser.add_argument("feature", help="the feature's name in the model files")
    args = parser.parse_args()
    weights = json.loads((DATA / "weights.json").read_text(encoding="utf-8"))
    if args.feature not in weights[args.task]["names"]:
        print(f"{args.task} has no feature {args.feature!r}", file=sys.stderr)
        return 2
    index = weights[args.task]["names"].index(args.feature)
    drop_linear(weights[args.task], args.feature)
    (DATA / "weights.json").write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    boosted_path = DATA / "boosted.json"
    if boosted_path.exists():
        boosted = json.loads(boosted_path.read_text(encoding="utf-8"))
        if args.task in boosted:
            spec = boosted[args.task]
            spec["trees"] = [drop_from_tree(t, index) for t in spec["trees"]]
            del spec["names"][index]
            boosted_path.write_text(json.dumps(boosted, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"dropped {args.feature} from {args.task}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
