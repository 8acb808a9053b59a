"""rnn_core.gates: the NumPy LSTM and GRU must reproduce the Keras layers they were read from, gate by gate."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core import gates, parameters
from rnn_core.activations import activation_value
from rnn_core.models import ACTIVATIONS

TOLERANCE = 1e-5
# (seed, sequence length, units): one unit, the page's default, longer chains and the widest layer.
CASES = [(0, 3, 3), (1, 1, 1), (7, 12, 8), (42, 25, 5)]
VARIANTS = [("lstm", True), ("gru", True), ("gru", False)]


def _sequence(seed: int, length: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-2.0, 2.0, size=length)


def _keras_cell_step(layer, x_t, states):
    """One step of the Keras layer's own cell, as float64 arrays."""
    batch = [np.asarray(s, dtype="float32")[np.newaxis] for s in states]
    _, new_states = layer.cell(np.array([[x_t]], dtype="float32"), batch if len(batch) > 1 else batch[0])
    return [
        np.asarray(s, dtype=np.float64)[0]
        for s in (new_states if isinstance(new_states, list | tuple) else [new_states])
    ]


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize(("cell", "reset_after"), VARIANTS)
@pytest.mark.parametrize(("seed", "length", "units"), CASES)
def test_numpy_states_match_keras_outputs_and_returned_states(cell, reset_after, activation, seed, length, units):
    layer = gates.build_gated_layer(cell, activation, units, seed=seed, reset_after=reset_after)
    sequence = _sequence(seed, length)
    values = gates.forward(gates.gate_weights(layer), activation, sequence)
    keras = gates.keras_outputs(layer, sequence)  # return_sequences=True, return_state=True
    assert values["h"].shape == keras["all_h"].shape == (length, units)
    assert np.max(np.abs(values["h"] - keras["all_h"])) < TOLERANCE
    assert np.max(np.abs(values["h"][-1] - keras["final_h"])) < TOLERANCE
    if cell == "lstm":
        assert np.max(np.abs(values["c"][-1] - keras["final_c"])) < TOLERANCE
    assert gates.step_through(layer, activation, sequence).max_difference < TOLERANCE


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("seed", [0, 3])
def test_every_lstm_gate_matches_keras_own_cell(activation, seed):
    """Keras's cell reveals each gate: with c_(t-1) = 0 it returns i⊙c̃, one more c_(t-1) adds f, and h = o⊙g(c)."""
    layer = gates.build_gated_layer("lstm", activation, 4, seed=seed)
    sequence = _sequence(seed, 6)
    values = gates.forward(gates.gate_weights(layer), activation, sequence)
    for t, x_t in enumerate(sequence):
        h_prev, c_prev = values["h_prev"][t], values["c_prev"][t]
        _, c_from_zero = _keras_cell_step(layer, x_t, [h_prev, np.zeros(4)])
        _, c_from_one = _keras_cell_step(layer, x_t, [h_prev, np.ones(4)])
        h, c = _keras_cell_step(layer, x_t, [h_prev, c_prev])
        assert np.max(np.abs(values["i"][t] * values["candidate"][t] - c_from_zero)) < TOLERANCE
        assert np.max(np.abs(values["f"][t] - (c_from_one - c_from_zero))) < TOLERANCE
        assert np.max(np.abs(values["c"][t] - c)) < TOLERANCE
        assert np.max(np.abs(values["o"][t] * activation_value(activation, c) - h)) < TOLERANCE
        for gate in ("i", "f", "o"):  # sigmoid gates lie strictly between 0 and 1
            assert np.all((values[gate][t] > 0) & (values[gate][t] < 1))


@pytest.mark.parametrize("reset_after", [True, False])
def test_gru_mixes_old_state_and_candidate_by_the_update_gate(reset_after):
    layer = gates.build_gated_layer("gru", "tanh", 3, seed=5, reset_after=reset_after)
    sequence = _sequence(5, 8)
    values = gates.forward(gates.gate_weights(layer), "tanh", sequence)
    keras_h = gates.keras_outputs(layer, sequence)["all_h"]
    keras_previous = np.vstack([np.zeros((1, 3)), keras_h[:-1]])
    mixed = values["z"] * keras_previous + (1 - values["z"]) * values["candidate"]
    assert np.max(np.abs(mixed - keras_h)) < TOLERANCE


def test_the_two_reset_after_variants_differ_where_keras_says():
    """Same seed, same kernels: the bias layout differs, (2, 3u) against (3u,), and so do the states once h ≠ 0."""
    after = gates.gate_weights(gates.build_gated_layer("gru", "tanh", 3, seed=2, reset_after=True))
    before = gates.gate_weights(gates.build_gated_layer("gru", "tanh", 3, seed=2, reset_after=False))
    assert after.bias.shape == (2, 9) and before.bias.shape == (9,)
    assert np.array_equal(after.recurrent_kernel, before.recurrent_kernel)
    rng = np.random.default_rng(0)
    bias = rng.normal(size=(2, 9))  # non-zero recurrent biases make the difference visible
    after = gates.GateWeights("gru", True, after.kernel, after.recurrent_kernel, bias)
    before = gates.GateWeights("gru", False, before.kernel, before.recurrent_kernel, bias[0])
    sequence = _sequence(1, 5)
    assert not np.allclose(gates.forward(after, "tanh", sequence)["h"], gates.forward(before, "tanh", sequence)["h"])


@pytest.mark.parametrize(("cell", "reset_after"), VARIANTS)
def test_weight_split_matches_the_parameters_page(cell, reset_after):
    units = 5
    weights = gates.gate_weights(gates.build_gated_layer(cell, "tanh", units, seed=0, reset_after=reset_after))
    blocks = len(weights.blocks)
    assert blocks == parameters.GATES[cell]  # i|f|c|o is the Parameters page's 4u, z|r|h its 3u
    assert weights.kernel.shape == (1, blocks * units)
    assert weights.recurrent_kernel.shape == (units, blocks * units)
    split = weights.split_table()
    assert len(split) == blocks * (4 if weights.bias.ndim == 2 else 3)
    count = weights.kernel.size + weights.recurrent_kernel.size + weights.bias.size
    assert count == parameters.layer_parameter_count(cell, units, 1, reset_after=reset_after)
    for block in weights.blocks:  # the blocks tile the fused arrays with no overlap
        assert weights.input_kernel(block).shape == (1, units)
        assert weights.recurrent_block(block).shape == (units, units)
    rebuilt = np.hstack([weights.recurrent_block(block) for block in weights.blocks])
    assert np.array_equal(rebuilt, weights.recurrent_kernel)


# The quizzes: every answer is what the live cell computes.


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_forget_retention_is_what_a_keras_lstm_keeps(seed):
    """Hold f fixed in a real Keras LSTM (zero weights, forget bias logit(f), input gate shut) for 20 steps."""
    layer = gates.build_gated_layer("lstm", "tanh", 3, seed=seed)
    result = gates.step_through(layer, "tanh", _sequence(seed, 4))
    answer = gates.forget_retention(result, step=2)
    held = gates.build_gated_layer("lstm", "tanh", 1, seed=seed)
    f = answer["f"]
    bias = np.zeros(4)
    bias[0], bias[1] = -60.0, np.log(f / (1 - f))  # i = σ(-60) ≈ 1e-26: nothing is written in
    held.set_weights([np.zeros((1, 4)), np.zeros((1, 4)), bias])
    steps = np.zeros((1, answer["steps"], 1), dtype="float32")
    _, _, c_final = held(steps, initial_state=[np.zeros((1, 1), "float32"), np.ones((1, 1), "float32")])
    kept = float(np.asarray(c_final)[0, 0])
    assert abs(answer["kept"] - kept) <= 1e-4 * kept
    assert answer["bucket"] == gates.retention_bucket(kept)


@pytest.mark.parametrize(("cell", "reset_after"), VARIANTS)
@pytest.mark.parametrize("step", [1, 2, 3])
def test_closing_gate_answer_cuts_the_old_memory_in_keras_terms(cell, reset_after, step):
    layer = gates.build_gated_layer(cell, "tanh", 3, seed=4, reset_after=reset_after)
    sequence = _sequence(4, 3)
    result = gates.step_through(layer, "tanh", sequence)
    answer = gates.closing_gate(result, step)
    rows = result.at(step)
    if cell == "lstm":
        assert answer == "f"
        # With f = 0, c_t = i⊙c̃: what Keras's own cell returns from c_(t-1) = 0.
        _, c_from_zero = _keras_cell_step(layer, sequence[step - 1], [rows["h_prev"].to_numpy(), np.zeros(3)])
        assert np.max(np.abs((rows["i"] * rows["candidate"]).to_numpy() - c_from_zero)) < TOLERANCE
    else:
        assert answer == "z"
        # h_t − h̃_t = z ⊙ (h_(t-1) − h̃_t): zero for z = 0, and not for the live z unless h_(t-1) = h̃_t.
        gap = (rows["h"] - rows["candidate"]).to_numpy()
        assert np.allclose(gap, (rows["z"] * (rows["h_prev"] - rows["candidate"])).to_numpy(), atol=1e-12)


@pytest.mark.parametrize("reset_after", [True, False])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_update_gate_pull_is_measured_on_keras_states(reset_after, seed):
    layer = gates.build_gated_layer("gru", "tanh", 3, seed=seed, reset_after=reset_after)
    sequence = _sequence(seed, 4)
    result = gates.step_through(layer, "tanh", sequence)
    keras_h = result.keras["all_h"]
    for step in range(1, 5):
        pull = gates.update_gate_pull(result, step)
        unit = pull["unit"] - 1
        previous = keras_h[step - 2, unit] if step > 1 else 0.0
        candidate = result.at(step).loc[pull["unit"], "candidate"]
        nearer = (
            "h_prev"
            if abs(keras_h[step - 1, unit] - previous) <= abs(keras_h[step - 1, unit] - candidate)
            else "candidate"
        )
        assert pull["nearer"] == nearer
        assert pull["z"] == pytest.approx(result.at(step)["z"].max())
