"""Each cached computation declares the settings fields it reads; a field left out must not change its result."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from rnn_core.gradients import FEEDBACK_FIELDS, GradientSettings, state_norms
from rnn_core.gradients_in_training import RATIOS_FIELDS, TRAINING_FIELDS
from rnn_core.settings import depends_on

OTHER_VALUES = {"activation": "relu", "gain": 1.3, "steps": 17, "units": 5, "input_kind": "constant",
                "init": "identity", "lag": 9, "seed": 4}  # fmt: skip


def test_depends_on_keeps_the_declared_fields_and_resets_the_rest():
    settings = GradientSettings(**OTHER_VALUES)
    key = depends_on(settings, FEEDBACK_FIELDS)
    for f in dataclasses.fields(GradientSettings):
        expected = getattr(settings if f.name in FEEDBACK_FIELDS else GradientSettings(), f.name)
        assert getattr(key, f.name) == expected, f.name
    with pytest.raises(ValueError, match="no field"):
        depends_on(settings, ("gain", "colour"))


@pytest.mark.parametrize("name", sorted(set(OTHER_VALUES) - set(FEEDBACK_FIELDS)))
def test_state_norms_ignore_every_field_it_does_not_declare(name):
    base = GradientSettings(steps=12, units=6)
    moved = dataclasses.replace(base, **{name: OTHER_VALUES[name]})
    pd.testing.assert_frame_equal(state_norms(base), state_norms(moved))


@pytest.mark.parametrize("name", FEEDBACK_FIELDS)
def test_state_norms_change_with_every_field_it_declares(name):
    base = GradientSettings(steps=12, units=6, gain=1.0)
    moved = dataclasses.replace(base, **{name: OTHER_VALUES[name]})
    assert not state_norms(base).equals(state_norms(moved)), name  # the declaration names no idle field


def test_the_training_and_ratio_declarations_name_real_fields():
    names = {f.name for f in dataclasses.fields(GradientSettings)}
    assert set(TRAINING_FIELDS) <= names and set(RATIOS_FIELDS) <= names
    assert "steps" not in TRAINING_FIELDS and "input_kind" not in TRAINING_FIELDS  # the heatmap trains on the lag task
