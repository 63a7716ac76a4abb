"""The shipped weights must match the features the code computes: a mismatch would silently
switch a trained model off (the classifier ignores weights trained for another feature set)."""

import pytest

from newsparse import select
from newsparse.boosted import LEAF, load_boosters
from newsparse.features import BODY_FEATURES, CONTEXT_FEATURES
from newsparse.linear import load_models

EXPECTED = {
    "body": BODY_FEATURES,
    "body_context": CONTEXT_FEATURES,
    "body_context2": CONTEXT_FEATURES,
    "title": select.TITLE_FEATURES,
    "date": select.DATE_FEATURES,
    "author": select.AUTHOR_FEATURES,
}


@pytest.mark.parametrize("task", sorted(EXPECTED))
def test_weights_match_feature_names(task):
    model = load_models()[task]
    assert model.names == EXPECTED[task]
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(EXPECTED[task])


@pytest.mark.parametrize("task", ["title"])
def test_boosted_trees_match_feature_names(task):
    booster = load_boosters()[task]
    assert booster.names == EXPECTED[task]
    assert booster.trees and booster.top >= 1
    width = len(EXPECTED[task])
    for tree in booster.trees:
        splits = [j for j in tree.feature if j != LEAF]
        assert all(0 <= j < width for j in splits)
        # Every child index points inside the tree: a walk cannot run off its arrays.
        assert all(
            0 < tree.left[k] < len(tree.feature) and 0 < tree.right[k] < len(tree.feature)
            for k, j in enumerate(tree.feature)
            if j != LEAF
        )


def test_model_files_are_small():
    from importlib import resources

    data = resources.files("newsparse.data")
    size = sum(len(data.joinpath(name).read_bytes()) for name in ("weights.json", "boosted.json"))
    assert size < 5 * 1024 * 1024


@pytest.mark.parametrize("sample", ["01_seed_layout_en", "02_w3m_wrapped_en", "05_bs4_get_text_en"])
def test_pages_parse_without_trained_weights(sample, monkeypatch):
    # The heuristic fallback runs where no weights are shipped (or they were trained for other
    # features): it must still give a title and a body, and no trim may ask for model scores.
    from pathlib import Path

    import newsparse
    from newsparse import classify

    monkeypatch.setattr(classify, "load_models", dict)
    monkeypatch.setattr(select, "load_models", dict)
    monkeypatch.setattr(select, "load_boosters", dict)
    text = (Path(__file__).parent.parent / "samples" / f"{sample}.txt").read_text(encoding="utf-8")
    article = newsparse.parse(text)
    assert article.title
    assert article.body
