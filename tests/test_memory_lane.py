"""rnn_core.memory_lane: the measured norms against full Jacobians and against the theory of the cell state."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rnn_core import memory_lane
from rnn_core.backend import tensorflow


def _reference_input_jacobians(layer, inputs) -> np.ndarray:
    """∂h_t/∂x_1 for every t with tape.jacobian, the slow and obvious way: (T, units, features)."""
    tf = tensorflow()
    batch = tf.constant(inputs[np.newaxis].astype("float32"))
    with tf.GradientTape() as tape:
        tape.watch(batch)
        states = layer(batch)[0]  # (T, units)
    return tape.jacobian(states, batch).numpy()[:, :, 0, 0, :]


# SimpleRNN has no gate bias to start, so one start covers it; LSTM is checked with both.
@pytest.mark.parametrize(
    ("cell", "forget_start"), [("simplernn", "keras"), ("lstm", "keras"), ("lstm", "chrono"), ("gru", "chrono")]
)
def test_chained_input_reach_equals_the_full_jacobian(cell, forget_start):
    inputs = memory_lane.lane_inputs(6, seed=3)
    layer = memory_lane.lane_layer(cell, 3, 6, seed=3, forget_start=forget_start)
    expected = np.linalg.norm(_reference_input_jacobians(layer, inputs), ord=2, axis=(1, 2))
    measured = memory_lane.input_reach(layer, inputs)
    assert measured.shape == (6,)
    assert np.allclose(measured, expected, rtol=1e-4, atol=1e-9)


def _reference_cell_state_jacobians(layer, inputs) -> np.ndarray:
    """∂c_t/∂c_1 (h_1 held fixed) with tape.jacobian over the cell stepped by hand: (T, units, units)."""
    tf = tensorflow()
    units = layer.cell.units
    zeros = tf.zeros((1, units))
    with tf.GradientTape(persistent=True) as tape:
        hidden, (_, first) = layer.cell(tf.constant(inputs[:1].astype("float32")), [zeros, zeros])
        first = tf.identity(first)
        tape.watch(first)
        cell_states, cell_state = [first], first
        for x_t in inputs[1:].astype("float32"):
            hidden, (_, cell_state) = layer.cell(tf.constant(x_t[np.newaxis]), [hidden, cell_state])
            cell_states.append(cell_state)
    return np.array([tape.jacobian(c, first).numpy()[0, :, 0, :] for c in cell_states])


def test_chained_cell_state_reach_equals_the_full_jacobian():
    inputs = memory_lane.lane_inputs(6, seed=2)
    layer = memory_lane.lane_layer("lstm", 3, 6, seed=2)
    expected = np.linalg.norm(_reference_cell_state_jacobians(layer, inputs), ord=2, axis=(1, 2))
    assert np.allclose(memory_lane.cell_state_reach(layer, inputs), expected, rtol=1e-4, atol=1e-9)


def _zero_recurrent_lstm(units: int, length: int, forget_start: str):
    layer = memory_lane.lane_layer("lstm", units, length, seed=1, forget_start=forget_start)
    layer.cell.recurrent_kernel.assign(np.zeros(layer.cell.recurrent_kernel.shape, dtype="float32"))
    return layer


@pytest.mark.parametrize("forget_start", memory_lane.FORGET_STARTS)
def test_forget_product_is_the_cell_state_jacobian_when_gates_ignore_h(forget_start):
    """With a zero recurrent kernel no gate sees h, so ∂c_t/∂c_1 = diag(f_2 ⊙ … ⊙ f_t) exactly."""
    length = 30
    layer = _zero_recurrent_lstm(4, length, forget_start)
    inputs = memory_lane.lane_inputs(length, seed=1)
    product = memory_lane.forget_product(layer, inputs)
    measured = memory_lane.cell_state_reach(layer, inputs)
    assert product[0] == 1.0 and measured[0] == pytest.approx(1.0)
    assert np.all(np.diff(product) < 0)  # every f < 1: the product only shrinks
    assert np.allclose(measured, product, rtol=1e-4)


def test_forget_product_and_cell_state_jacobian_part_when_gates_read_h():
    """The theory's condition matters: with Keras's recurrent kernel the paths through h change ‖∂c_t/∂c_1‖."""
    length = 30
    layer = memory_lane.lane_layer("lstm", 4, length, seed=1)
    inputs = memory_lane.lane_inputs(length, seed=1)
    product = memory_lane.forget_product(layer, inputs)
    measured = memory_lane.cell_state_reach(layer, inputs)
    assert not np.allclose(measured, product, rtol=1e-2)


def test_chrono_start_keeps_more_of_the_cell_state_than_keras_default():
    length = 60
    inputs = memory_lane.lane_inputs(length, seed=0)
    products = {
        start: memory_lane.forget_product(memory_lane.lane_layer("lstm", 3, length, forget_start=start), inputs)[-1]
        for start in memory_lane.FORGET_STARTS
    }
    # Keras's b_f = 1 gives f ≈ σ(1) ≈ 0.73 per step: about 0.73^59 ≈ 1e-8 if nothing else moved f.
    assert products["keras"] < 1e-4 < products["chrono"]


def test_memory_lane_frame_and_its_summary_agree():
    lane = memory_lane.memory_lane(3, 20, seed=0, forget_start="chrono")
    assert set(lane.columns) == {"step", "cell", "measure", "value"}
    assert len(lane) == 20 * (3 + 2)
    summary = memory_lane.lane_summary(lane)
    last = lane[(lane["step"] == 20) & (lane["measure"] == "input_reach")].set_index("cell")["value"]
    assert summary["best"] == last.idxmax()
    assert summary["reach"] == pytest.approx(last.to_dict())


@pytest.mark.parametrize(
    ("reach", "verdict"),
    [
        ({"simplernn": 1e-9, "lstm": 1e-3, "gru": 1e-4}, "lstm_keeps"),
        ({"simplernn": 1e-3, "lstm": 2e-3, "gru": 1e-4}, "about_same"),
        ({"simplernn": 2.4e-5, "lstm": 1.4e-11, "gru": 1e-4}, "simplernn_keeps"),
        ({"simplernn": 0.0, "lstm": 0.0, "gru": 1e-4}, "about_same"),
        ({"simplernn": 1e-12, "lstm": 1e-7, "gru": 1e-9}, "all_gone"),
    ],
)
def test_summary_verdicts_follow_their_definitions(reach, verdict):
    rows = [{"step": 20, "cell": cell, "measure": "input_reach", "value": value} for cell, value in reach.items()]
    rows.append({"step": 20, "cell": "lstm", "measure": "forget_product", "value": 0.5})
    summary = memory_lane.lane_summary(pd.DataFrame(rows))
    assert summary["verdict"] == verdict
    larger, smaller = sorted([reach["lstm"], reach["simplernn"]], reverse=True)
    if smaller > 0:
        assert summary["factor"] == pytest.approx(larger / smaller)


@pytest.mark.parametrize("length", [19, 101])
def test_lengths_outside_the_lane_are_refused(length):
    with pytest.raises(ValueError, match="length"):
        memory_lane.memory_lane(3, length)
