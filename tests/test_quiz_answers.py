"""Quizzes are right for every setting they appear with: answers computed from the run, checked against
a reference written out here, and explanations that name what actually happened; clipping claims
checked against Keras's own optimizer."""

from __future__ import annotations

import dataclasses
import itertools

import numpy as np
import pytest

from rnn_core.backend import keras
from rnn_core.gradients import GradientSettings, recurrence_weights, regime, relu_growth
from ui.catalog import CATALOG
from ui.views.gradients import PRESETS, overflow_explanation

FLOAT32_MAX = float(np.finfo(np.float32).max)


def reference_relu_norms(settings: GradientSettings) -> list[float]:
    """‖h_t‖ for h_t = relu(x_t·w + h_{t−1}·W_h), written out in plain float32 NumPy, step by step."""
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    x = {"zeros": 0.0, "constant": 1.0}[settings.input_kind]
    h = weights.initial_state.astype(np.float32)
    norms = [float(np.linalg.norm(h.astype(np.float64)))]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(settings.steps):
            h = np.maximum(np.float32(x) * weights.input_kernel[0] + h @ weights.recurrent_kernel, np.float32(0))
            norms.append(float(np.linalg.norm(h.astype(np.float64))))
    return norms


def overflow_setting(**fields) -> GradientSettings:
    """The quiz's own setting (the ReLU overflow preset) with a student's units, input and seed."""
    return dataclasses.replace(GradientSettings(), **{**PRESETS["overflow"], **fields})


CASES = [
    overflow_setting(units=units, input_kind=kind, seed=seed)
    for units, kind, seed in itertools.product((1, 2, 20), ("zeros", "constant"), range(6))
]


@pytest.mark.parametrize("settings", CASES, ids=lambda s: f"u{s.units}-{s.input_kind}-seed{s.seed}")
def test_overflow_quiz_answer_and_explanation_follow_the_run(settings):
    growth = relu_growth(settings)
    norms = reference_relu_norms(settings)
    finite = [n for n in norms if np.isfinite(n)]
    expected = "overflow" if len(finite) < len(norms) else "grows" if max(finite) > 1e3 else "bounded"
    assert growth.outcome == expected
    key, values = overflow_explanation(growth)
    switched_off = norms[-1] == 0
    why = {"overflow": "overflow", "grows": "grows"}.get(expected, "off" if switched_off else "bounded")
    assert key == f"gradients.quiz.overflow.why.{why}"
    if why == "overflow":
        assert values["step"] == next(i for i, n in enumerate(norms) if not np.isfinite(n))
    if why == "off":  # every unit at exactly 0 from that step on: then 2·0 = 0 forever
        assert all(n == 0 for n in norms[values["step"] :]) and norms[values["step"] - 1] > 0
    CATALOG[key]["en"].format(**values)  # the explanation's placeholders are all filled


def test_a_single_unit_that_starts_negative_switches_off_and_stays_bounded():
    # With zero input and W_h = 2·I, a negative h_0 is cut to 0 at step 1 and stays 0: the answer is "bounded".
    seed = next(s for s in range(50) if recurrence_weights(1, 2.0, "identity", s).initial_state[0] < 0)
    settings = overflow_setting(units=1, input_kind="zeros", seed=seed)
    growth = relu_growth(settings)
    assert (growth.outcome, growth.all_off_from, overflow_explanation(growth)[0]) == (
        "bounded",
        1,
        "gradients.quiz.overflow.why.off",
    )


def test_a_single_positive_unit_doubles_until_float32_overflows_at_step_128():
    seed = next(s for s in range(50) if recurrence_weights(1, 2.0, "identity", s).initial_state[0] > 0)
    settings = overflow_setting(units=1, input_kind="zeros", seed=seed)
    growth = relu_growth(settings)
    # |h_0| = 1, so h_t = 2^t: the first power of two float32 cannot hold is 2^128.
    assert 2.0**127 < FLOAT32_MAX < 2.0**128
    assert (growth.outcome, growth.first_infinite) == ("overflow", 128)


@pytest.mark.parametrize("gain", np.round(np.arange(0.5, 2.0001, 0.05), 2))
def test_sigmoid_regime_quiz_answer_holds_across_the_gain_slider(gain):
    # The explanation says g/4 < 1 on this page; the answer must then be "vanishing" at every gain offered.
    highest = next(f for f in dataclasses.fields(GradientSettings) if f.name == "gain").metadata["high"]
    assert highest < 4, "the regime quiz explanation says the bound guarantees vanishing on this page"
    assert gain / 4 < 1 and regime(float(gain), "sigmoid") == "vanishing"


def test_neutral_regime_is_reached_at_gain_one_for_tanh_and_relu_only():
    assert regime(1.0, "tanh") == regime(1.0, "relu") == "neutral"
    assert regime(4.0, "sigmoid") == "neutral"  # the sigmoid guarantee ends at σ_max(W_h) = 4, as the quiz says


def _clipped(optimizer, gradients):
    return [np.asarray(g) for g in optimizer._clip_gradients([keras().ops.convert_to_tensor(g) for g in gradients])]


def test_keras_clipnorm_is_per_weight_and_only_global_clipnorm_keeps_the_update_direction():
    k = keras()
    gradients = [np.array([3.0, 4.0], dtype=np.float32), np.array([0.3, 0.4], dtype=np.float32)]
    whole = np.concatenate(gradients)
    per_weight = np.concatenate(_clipped(k.optimizers.SGD(0.1, clipnorm=1.0), gradients))
    global_ = np.concatenate(_clipped(k.optimizers.SGD(0.1, global_clipnorm=1.0), gradients))

    def cosine(a, b):
        return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))

    assert cosine(per_weight, whole) < 0.999  # each weight scaled on its own: the whole update turns
    assert cosine(global_, whole) == pytest.approx(1.0, abs=1e-6)  # one factor for all: the direction stays
    assert np.linalg.norm(global_) == pytest.approx(1.0, rel=1e-5)


def test_keras_clipvalue_cuts_each_component_and_turns_the_step():
    # The catalog's example: (10, 0.01) becomes (0.1, 0.01).
    clipped = _clipped(keras().optimizers.SGD(0.1, clipvalue=0.1), [np.array([10.0, 0.01], dtype=np.float32)])[0]
    np.testing.assert_allclose(clipped, [0.1, 0.01], rtol=1e-6)
    assert "(10, 0.01)" in CATALOG["gradients.clipping.notice"]["en"]
