"""rnn_core.gradients against its references: the Keras layer, the analytic Jacobian, the Pascanu bound."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from rnn_core.activations import activation_derivative
from rnn_core.gradients import (
    GradientSettings,
    backprop_through_time,
    gradients_through_time,
    input_sequence,
    keras_simple_rnn,
    measure_gradients,
    nan_cause,
    pascanu_bound,
    recurrence_weights,
    regime,
    relu_growth,
    relu_outcome,
    run_recurrence,
    state_norms,
)
from rnn_core.models import ACTIVATIONS
from rnn_core.settings import parse_settings


@pytest.mark.parametrize("init", ["orthogonal", "identity"])
@pytest.mark.parametrize("gain", [0.5, 1.0, 2.0])
def test_recurrent_kernel_has_every_singular_value_equal_to_the_gain(gain, init):
    weights = recurrence_weights(12, gain, init, seed=3)
    singular_values = np.linalg.svd(weights.recurrent_kernel.astype(np.float64), compute_uv=False)
    np.testing.assert_allclose(singular_values, gain, rtol=1e-5)
    assert np.linalg.norm(weights.initial_state) == pytest.approx(1.0, rel=1e-6)


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("input_kind", ["zeros", "constant", "random"])
def test_numpy_recurrence_matches_the_keras_simple_rnn_layer(activation, input_kind):
    weights = recurrence_weights(8, 1.3, "orthogonal", seed=1)
    inputs = input_sequence(input_kind, 15, seed=1)
    layer = keras_simple_rnn(weights, activation)
    keras_states = np.asarray(layer(inputs[None, :, None], initial_state=[weights.initial_state[None, :]]))[0]
    np.testing.assert_allclose(run_recurrence(weights, inputs, activation)[1:], keras_states, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_measured_jacobian_norm_matches_the_product_of_step_jacobians(activation):
    # Reference: ∂h_T/∂h_t = J_T ⋯ J_(t+1) with J_k = diag(f'(a_k)) W_hᵀ, built in NumPy from the same states.
    weights = recurrence_weights(5, 1.2, "orthogonal", seed=2)
    inputs = input_sequence("random", 7, seed=2)
    states = run_recurrence(weights, inputs, activation).astype(np.float64)
    w_h = weights.recurrent_kernel.astype(np.float64)
    product, expected = np.eye(5), [1.0]
    for k in range(len(inputs), 0, -1):
        pre_activation = inputs[k - 1] * weights.input_kernel[0] + states[k - 1] @ w_h + weights.bias
        product = product @ (np.diag(activation_derivative(activation, pre_activation)) @ w_h.T)
        expected.append(np.linalg.norm(product, 2))
    measured, _ = measure_gradients(keras_simple_rnn(weights, activation), inputs, weights.initial_state)
    np.testing.assert_allclose(measured[::-1], expected, rtol=1e-4, atol=1e-12)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_input_gradient_matches_backprop_through_the_whole_keras_layer(activation):
    from rnn_core.backend import tensorflow

    tf = tensorflow()
    weights = recurrence_weights(6, 0.9, "orthogonal", seed=4)
    inputs = input_sequence("random", 9, seed=4)
    layer = keras_simple_rnn(weights, activation)
    sequence = tf.constant(inputs[None, :, None])
    with tf.GradientTape() as tape:
        tape.watch(sequence)
        read_out = tf.reduce_mean(layer(sequence, initial_state=[weights.initial_state[None, :]])[0, -1])
    expected = np.abs(tape.gradient(read_out, sequence).numpy()[0, :, 0])
    _, measured = measure_gradients(layer, inputs, weights.initial_state)
    np.testing.assert_allclose(measured, expected, rtol=1e-4, atol=1e-10)


def keras_jacobians(weights, inputs, activation) -> np.ndarray:
    """∂h_T/∂h_t for t = 0..T by tape.jacobian through the whole Keras layer, run from h_t over x_(t+1)..x_T."""
    from rnn_core.backend import tensorflow

    tf = tensorflow()
    layer = keras_simple_rnn(weights, activation)
    states = np.asarray(layer(inputs[None, :, None], initial_state=[weights.initial_state[None, :]]))[0]
    states = np.concatenate([weights.initial_state[None, :], states])
    jacobians = []
    for t in range(len(inputs)):
        start = tf.constant(states[t][None, :])
        with tf.GradientTape() as tape:
            tape.watch(start)
            last_state = layer(inputs[None, t:, None], initial_state=[start])[0, -1]
        jacobians.append(tape.jacobian(last_state, start).numpy()[:, 0, :])
    return np.stack([*jacobians, np.eye(len(weights.bias))])


@pytest.mark.parametrize(
    ("activation", "gain", "init", "input_kind"),
    [
        ("tanh", 1.0, "orthogonal", "random"),
        ("sigmoid", 2.0, "orthogonal", "constant"),
        ("relu", 1.5, "identity", "constant"),
        ("relu", 0.9, "orthogonal", "random"),
    ],
)
def test_closed_form_backprop_equals_tape_jacobian_through_the_keras_layer(activation, gain, init, input_kind):
    weights = recurrence_weights(6, gain, init, seed=5)
    inputs = input_sequence(input_kind, 10, seed=5)
    jacobians, input_gradient = backprop_through_time(weights, inputs, activation)
    expected = keras_jacobians(weights, inputs, activation)
    scale = np.abs(expected).max(axis=(1, 2), keepdims=True)  # each Jacobian to 1e-5 of its own size
    relative_error = (np.abs(jacobians - expected) / scale).max()
    assert relative_error < 1e-5, relative_error
    measured_norms, measured_inputs = measure_gradients(
        keras_simple_rnn(weights, activation), inputs, weights.initial_state
    )
    frame = gradients_through_time(
        GradientSettings(activation=activation, gain=gain, steps=10, units=6, init=init, input_kind=input_kind, seed=5)
    )
    ours = frame[frame["activation"] == activation]
    np.testing.assert_allclose(ours["state_gradient"], measured_norms, rtol=1e-5)
    np.testing.assert_allclose(np.abs(input_gradient), measured_inputs, rtol=1e-5, atol=1e-12)
    np.testing.assert_allclose(ours["input_gradient"].iloc[1:], measured_inputs, rtol=1e-5, atol=1e-12)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_the_default_view_equals_the_gradient_tape_through_the_keras_cell(activation):
    # The page's own 50 steps and 20 units: the closed form against tf.GradientTape step by step.
    settings = GradientSettings()
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    inputs = input_sequence(settings.input_kind, settings.steps, settings.seed)
    tape_norms, tape_inputs = measure_gradients(keras_simple_rnn(weights, activation), inputs, weights.initial_state)
    frame = gradients_through_time(settings)
    ours = frame[frame["activation"] == activation]
    np.testing.assert_allclose(ours["state_gradient"], tape_norms, rtol=1e-5)
    input_error = np.abs(ours["input_gradient"].iloc[1:].to_numpy() - tape_inputs).max()
    assert input_error < 1e-5 * tape_inputs.max(), input_error


def test_measured_gradients_never_exceed_the_pascanu_bound():
    checked = 0
    for gain, steps, init in itertools.product([0.5, 1.0, 1.5, 2.0], [6, 40], ["orthogonal", "identity"]):
        settings = GradientSettings(gain=gain, steps=steps, units=10, init=init, input_kind="random")
        frame = gradients_through_time(settings)
        finite = frame[np.isfinite(frame["state_gradient"])]
        excess = finite["state_gradient"] - finite["bound"] * (1 + 1e-4)
        assert (excess <= 1e-30).all(), finite[excess > 1e-30]
        checked += len(finite)
    assert checked > 3 * 2 * 4 * 2 * 6  # most measured points were finite and compared


@pytest.mark.parametrize("gain", [0.5, 1.0, 1.5, 2.0])
def test_sigmoid_gradient_vanishes_faster_than_tanh_at_the_same_gain(gain):
    frame = gradients_through_time(GradientSettings(gain=gain, steps=12, units=10)).set_index(
        ["activation", "distance"]
    )
    for distance in (4, 8, 12):
        assert frame.loc[("sigmoid", distance), "state_gradient"] < frame.loc[("tanh", distance), "state_gradient"]


def test_bound_and_regime_follow_the_formula():
    distance = np.arange(6)
    np.testing.assert_allclose(pascanu_bound(1.6, "sigmoid", distance), 0.4**distance)
    np.testing.assert_allclose(pascanu_bound(1.6, "tanh", distance), 1.6**distance)
    assert regime(0.9, "tanh") == "vanishing"
    assert regime(1.0, "relu") == "neutral"
    assert regime(1.2, "tanh") == "exploding_possible"
    assert all(regime(gain, "sigmoid") == "vanishing" for gain in (0.5, 1.0, 2.0))


def test_relu_overflows_to_inf_while_tanh_and_sigmoid_stay_bounded():
    settings = GradientSettings(gain=2.0, steps=200, units=16, init="identity", input_kind="constant")
    norms = state_norms(settings)
    relu = norms[norms["activation"] == "relu"]["state_norm"]
    assert not np.isfinite(relu).all()  # overflow is a value in the result, not an exception
    bounded = norms[norms["activation"] != "relu"]["state_norm"]
    assert np.isfinite(bounded).all() and (bounded <= np.sqrt(settings.units) + 1e-6).all()
    assert relu_outcome(settings) == "overflow"
    assert relu_outcome(GradientSettings(gain=0.5, steps=200, units=16)) == "bounded"


@pytest.mark.parametrize(
    ("settings", "course"),
    [
        (GradientSettings(gain=2.0, steps=200, init="identity", input_kind="constant"), "nan"),  # the overflow preset
        (GradientSettings(gain=2.0, steps=200, units=1, init="identity", input_kind="constant"), "infinite"),
        (GradientSettings(gain=2.0, steps=200, input_kind="constant"), "grows"),
        (GradientSettings(gain=1.0, steps=50, init="identity", input_kind="zeros"), "steady"),
        (GradientSettings(gain=1.0, steps=50), "varies"),  # the default: random input pushes it to 0.1 and 2.5
        (GradientSettings(gain=0.5, steps=10, input_kind="zeros"), "shrinks"),
        (GradientSettings(gain=0.5, steps=200, init="identity", input_kind="zeros"), "off"),
    ],
)
def test_relu_course_is_read_from_the_charted_norms(settings, course):
    # Reference: the ReLU series that chart 1 draws (state_norms), step by step.
    norms = state_norms(settings)
    relu = norms[norms["activation"] == "relu"].set_index("step")["state_norm"]
    growth = relu_growth(settings)
    assert growth.course == course
    np.testing.assert_equal(growth.final, relu[settings.steps])
    assert growth.start == pytest.approx(relu[0])
    if course == "nan":  # inf first, then NaN from the very next step on
        assert np.isinf(relu[growth.first_infinite]) and np.isfinite(relu[: growth.first_infinite - 1]).all()
        assert growth.first_nan == growth.first_infinite + 1 and relu[growth.first_nan :].isna().all()
        assert growth.nan_cause == "inf_times_zero"  # W_h = g·I: ∞ meets its zero entries
    if course == "infinite":
        assert np.isinf(relu[growth.first_infinite :]).all() and growth.first_nan is None
    if course == "off":
        assert (relu[growth.all_off_from :] == 0).all() and relu[growth.all_off_from - 1] > 0
    if course == "grows":
        assert relu[settings.steps] >= 2 * relu[0]
    if course == "shrinks":
        assert 0 < relu[settings.steps] <= relu[0] / 2
    if course == "steady":
        assert (relu[0] / 2 < relu).all() and (relu < 2 * relu[0]).all()
    if course == "varies":
        assert relu[0] / 2 < relu[settings.steps] < 2 * relu[0]
        assert (relu <= relu[0] / 2).any() or (relu >= 2 * relu[0]).any()
        assert (growth.lowest, growth.peak) == (relu.min(), relu.max())


def test_nan_cause_names_the_operation_that_made_the_nan():
    infinite = np.array([np.inf, np.inf], dtype=np.float32)
    with np.errstate(invalid="ignore"):
        assert np.isnan(infinite @ np.eye(2, dtype=np.float32)).all()
        assert np.isnan(infinite @ np.array([[1.0, -1.0], [1.0, 1.0]], dtype=np.float32))[1]
    assert nan_cause(infinite, np.eye(2)) == "inf_times_zero"
    assert nan_cause(infinite, np.array([[1.0, -1.0], [1.0, 1.0]])) == "inf_minus_inf"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ({"gain": "0"}, "gain"),
        ({"gain": "-1"}, "gain"),
        ({"gain": "1e9"}, "gain"),
        ({"steps": "0"}, "steps"),
        ({"steps": "1000000"}, "steps"),
        ({"units": "0"}, "units"),
        ({"input": "noise"}, "input"),
    ],
)
def test_bad_settings_fall_back_to_the_defaults(raw, name):
    settings, problems = parse_settings(GradientSettings, raw)
    assert settings == GradientSettings()
    assert [p.name for p in problems] == [name]
