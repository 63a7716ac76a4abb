"""The shipped weights must match the features the code computes: a mismatch would silently
switch a trained model off (the classifier ignores weights trained for another feature set)."""

import pytest

from newsparse import select
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


def test_weights_file_is_small():
    from importlib import resources

    size = len(resources.files("newsparse.data").joinpath("weights.json").read_bytes())
    assert size < 5 * 1024 * 1024
