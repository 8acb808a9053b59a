"""rnn_core.cell: the hand-written NumPy cell must reproduce the Keras SimpleRNN it was read from."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core import cell
from rnn_core.activations import activation_value
from rnn_core.backend import keras
from rnn_core.models import ACTIVATIONS
from rnn_core.settings import parse_settings

TOLERANCE = 1e-5

# (seed, sequence length, units): small, but enough to cover one unit, a square W_h and longer chains.
CASES = [(0, 3, 3), (1, 1, 1), (7, 10, 8), (42, 25, 5)]


def _sequence(seed: int, length: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-1.0, 1.0, size=length)


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize(("seed", "length", "units"), CASES)
def test_numpy_forward_matches_keras_at_every_step(activation, seed, length, units):
    layer = cell.build_cell_layer(activation, units, seed=seed)
    sequence = _sequence(seed, length)
    _, numpy_states = cell.forward(cell.cell_weights(layer), activation, sequence)
    keras_all_states, keras_final_state = cell.keras_states(layer, sequence)
    assert numpy_states.shape == keras_all_states.shape == (length, units)
    assert np.max(np.abs(numpy_states - keras_all_states)) < TOLERANCE
    assert np.max(np.abs(numpy_states[-1] - keras_final_state)) < TOLERANCE


def test_weights_have_the_textbook_shapes_and_count():
    units = 4
    layer = cell.build_cell_layer("tanh", units, seed=3)
    weights = cell.cell_weights(layer)
    assert weights.input_kernel.shape == (1, units)
    assert weights.recurrent_kernel.shape == (units, units)
    assert weights.bias.shape == (units,)
    # Parameters of a SimpleRNN with one input feature: W_x + W_h + b = units·1 + units² + units.
    assert layer.count_params() == units * 1 + units * units + units


def test_the_same_seed_gives_the_same_weights():
    first = cell.cell_weights(cell.build_cell_layer("tanh", 3, seed=11))
    second = cell.cell_weights(cell.build_cell_layer("tanh", 3, seed=11))
    other = cell.cell_weights(cell.build_cell_layer("tanh", 3, seed=12))
    assert np.array_equal(first.recurrent_kernel, second.recurrent_kernel)
    assert not np.array_equal(first.recurrent_kernel, other.recurrent_kernel)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_row_of_the_step_table_follows_the_formula(activation):
    layer = cell.build_cell_layer(activation, 3, seed=5)
    table = cell.step_table(cell.cell_weights(layer), activation, (0.3, -0.7, 0.2, 0.9))
    parts = table["input_part"] + table["recurrent_part"] + table["bias"]
    assert np.allclose(table["pre_activation"], parts, atol=1e-12)
    assert np.allclose(table["h"], activation_value(activation, table["pre_activation"]), atol=1e-12)
    # h_0 = 0, and each step's h_prev is the previous step's h.
    assert (table.loc[table["step"] == 1, "h_prev"] == 0).all()
    for step in range(2, 5):
        previous = table.loc[table["step"] == step - 1, "h"].to_numpy()
        assert np.array_equal(table.loc[table["step"] == step, "h_prev"].to_numpy(), previous)
    assert list(cell.long_form(table).columns) == ["step", "unit", "quantity", "value"]


def test_step_through_reports_a_tiny_gap_with_keras():
    layer = cell.build_cell_layer("sigmoid", 3, seed=0)
    result = cell.step_through(layer, "sigmoid", (0.0, 0.1, 0.2))
    assert result.max_difference < TOLERANCE
    final_numpy = result.table.loc[result.table["step"] == 3, "h"].to_numpy()
    assert np.max(np.abs(final_numpy - result.keras_final_state)) == pytest.approx(result.max_difference)


def test_sequences_are_cut_or_continued_by_their_last_difference():
    assert cell.extend_sequence((0.0, 0.1, 0.2), 10) == pytest.approx(tuple(i / 10 for i in range(10)))
    assert cell.extend_sequence((5.0, 4.0, 3.0, 2.0), 3) == (5.0, 4.0, 3.0)


def test_the_same_layer_reads_any_length():
    units = 3
    layer = cell.build_cell_layer("tanh", units, seed=0)
    lengths = cell.run_at_lengths(layer, "tanh", (0.0, 0.1, 0.2))
    assert list(lengths["length"]) == list(cell.LENGTHS_SHOWN)
    for row in lengths.itertuples():
        assert row.input_shape == str((1, row.length, 1))
        assert row.all_states_shape == str((1, row.length, units))
        assert row.final_state_shape == str((1, units))
        assert row.max_difference < TOLERANCE
    assert set(lengths["parameters"]) == {layer.count_params()}


def test_settings_defaults_are_the_issues():
    settings = cell.StructureSettings()
    assert (settings.seq, settings.activation, settings.units) == ((0.0, 0.1, 0.2), "tanh", 3)
    assert 1 <= settings.step <= len(settings.seq)


@pytest.mark.parametrize(
    ("key", "raw", "reason"),
    [
        ("seq", "0, x, 0.2", "not_a_number"),
        ("seq", "", "empty"),
        ("seq", "0, nan, 0.2", "not_finite"),
        ("seq", "inf, 0, 1", "not_finite"),
        ("seq", ",".join(["0.1"] * (cell.MAX_SEQUENCE_LENGTH + 1)), "too_long"),
        ("units", "-3", "out_of_range"),
        ("units", "abc", "not_a_number"),
        ("activation", "softmax", "not_a_choice"),
        ("step", "99", "out_of_range"),
        ("step", "0", "out_of_range"),
    ],
)
def test_bad_values_fall_back_to_the_defaults(key, raw, reason):
    settings, problems = parse_settings(cell.StructureSettings, {key: raw})
    assert settings == cell.StructureSettings()
    assert [(p.name, p.reason) for p in problems] == [(key, reason)]


def test_a_step_past_the_end_of_a_longer_sequence_is_kept_when_it_fits():
    settings, problems = parse_settings(cell.StructureSettings, {"seq": "1,2,3,4,5", "step": "5"})
    assert problems == [] and settings.step == 5
    settings, problems = parse_settings(cell.StructureSettings, {"seq": "1,2,3,4", "step": "5"})
    assert settings.seq == (1.0, 2.0, 3.0, 4.0) and settings.step == cell.StructureSettings().step
    assert [(p.name, p.reason, p.details["high"]) for p in problems] == [("step", "out_of_range", 4)]


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_large_pre_activations_neither_overflow_nor_leave_keras(activation):
    # W_x = 10 and x = ±100 give pre-activations of ±1000, where 1 / (1 + exp(−z)) overflows exp.
    weights = cell.CellWeights(np.array([[10.0]]), np.array([[0.5]]), np.array([0.0]))
    with np.errstate(over="raise", invalid="raise"):
        pre_activations, hidden_states = cell.forward(weights, activation, (-100.0, 100.0, -100.0))
    expected = keras().activations.get(activation)(pre_activations.astype("float32"))
    np.testing.assert_allclose(hidden_states, np.asarray(expected), atol=1e-6)
