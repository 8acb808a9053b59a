"""One SimpleRNN cell, stepped through by hand in NumPy and checked against the Keras layer.

Keras computes, for every time step t (row vectors, as in its source):

    h_t = f(x_t · W_x + h_(t-1) · W_h + b),   with h_0 = 0,

where W_x is the layer's `kernel`, W_h its `recurrent_kernel` and b its `bias`. The same three
arrays are used at every step, which is why a recurrent layer accepts a sequence of any length.
Here that formula is written out in NumPy from the Keras layer's own weights, so the page can
show every intermediate number and prove that they are the layer's numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.activations import activation_value
from rnn_core.memory_lane import FORGET_STARTS, MAX_LENGTH, MIN_LENGTH
from rnn_core.models import ACTIVATIONS, CELLS, recurrent_layer
from rnn_core.settings import SettingError, check_bounds, setting

MAX_SEQUENCE_LENGTH = 100  # longest sequence the page accepts: long enough to explore, short enough to table
MAX_UNITS = 8  # the matrices must fit on a screen
LENGTHS_SHOWN = (3, 5, 10)  # the lengths the "input length is free" table runs the same layer on


@dataclass(frozen=True)
class StructureSettings:
    """What the structure page shows; the URL names are the field names."""

    # The input sequence x_1 … x_T, one feature per step (the notes' example). At least 3 values, like the
    # notes' chain x1→h1, x2+h1→h2, x3+h2→h3, so the default step exists in every sequence accepted.
    seq: tuple[float, ...] = setting((0.0, 0.1, 0.2), min_len=3, max_len=MAX_SEQUENCE_LENGTH, low=-100.0, high=100.0)
    # The cell's activation f.
    activation: str = setting("tanh", choices=ACTIVATIONS)
    # Number of units: the length of h_t, and the size of the square matrix W_h.
    units: int = setting(3, low=1, high=MAX_UNITS)
    # Seed of the layer's initializers: the same seed always gives the same weights.
    seed: int = setting(0, low=0, high=9999)
    # The time step shown, counted from 1 like x_1 and h_1 (so it runs from 1 to len(seq)). The default is
    # the last step: there the notes' sequence first feeds a non-zero h back, and h_T is compared with Keras.
    step: int = setting(3, low=1, high=MAX_SEQUENCE_LENGTH)
    # The cell stepped through: SimpleRNN (this module) or the gated LSTM and GRU (rnn_core.gates).
    cell: str = setting("simplernn", choices=CELLS)
    # GRU only: Keras's default True applies the reset gate after the recurrent product, False before it.
    reset_after: bool = setting(True)
    # Length of the memory lane's sequence (rnn_core.memory_lane), from 20 to 100 steps.
    lane: int = setting(40, low=MIN_LENGTH, high=MAX_LENGTH)
    # Where the memory lane's LSTM and GRU gate biases start: Keras's default, or the chrono start.
    forget: str = setting("keras", choices=FORGET_STARTS)

    def __post_init__(self):
        check_bounds(self)
        if self.step > len(self.seq):
            raise SettingError(
                "step", "out_of_range", f"step must be between 1 and {len(self.seq)}", low=1, high=len(self.seq)
            )


@dataclass(frozen=True)
class CellWeights:
    """The three arrays of a SimpleRNN cell, shared by every time step."""

    input_kernel: np.ndarray  # W_x, shape (features, units): how the input x_t enters each unit
    recurrent_kernel: np.ndarray  # W_h, shape (units, units): how h_(t-1) feeds back into each unit
    bias: np.ndarray  # b, shape (units,)

    @property
    def units(self) -> int:
        return self.bias.shape[0]


def build_cell_layer(activation: str, units: int, *, seed: int = 0):
    """A seeded Keras SimpleRNN returning every h_t and the final state, already built.

    Building it here, on a one-step dummy input, means callers only ever call it: a built
    layer's weights never change, so one instance can serve many readers at once.
    """
    layer = recurrent_layer(
        "simplernn", units, activation=activation, seed=seed, return_sequences=True, return_state=True
    )
    layer(np.zeros((1, 1, 1), dtype="float32"))
    return layer


def cell_weights(layer) -> CellWeights:
    kernel, recurrent_kernel, bias = (np.asarray(w, dtype=np.float64) for w in layer.get_weights())
    return CellWeights(kernel, recurrent_kernel, bias)


def _as_inputs(sequence) -> np.ndarray:
    """A sequence of numbers as a (steps, features=1) array."""
    return np.asarray(sequence, dtype=np.float64).reshape(-1, 1)


def forward(weights: CellWeights, activation: str, sequence) -> tuple[np.ndarray, np.ndarray]:
    """The cell formula applied step by step; returns (pre_activations, hidden_states), each (T, units)."""
    inputs = _as_inputs(sequence)
    hidden = np.zeros(weights.units)  # Keras starts every sequence from h_0 = 0
    pre_activations, hidden_states = [], []
    for x_t in inputs:
        pre_activation = x_t @ weights.input_kernel + hidden @ weights.recurrent_kernel + weights.bias
        hidden = activation_value(activation, pre_activation)
        pre_activations.append(pre_activation)
        hidden_states.append(hidden)
    return np.array(pre_activations), np.array(hidden_states)


def keras_states(layer, sequence) -> tuple[np.ndarray, np.ndarray]:
    """The Keras layer's own answer: every h_t, shape (T, units), and its final state h_T, shape (units,)."""
    all_states, final_state = layer(_as_inputs(sequence)[np.newaxis].astype("float32"))
    return np.asarray(all_states)[0], np.asarray(final_state)[0]


def step_table(weights: CellWeights, activation: str, sequence) -> pd.DataFrame:
    """Every number of the forward pass, one row per (step, unit), steps and units counted from 1.

    Columns: step, x, unit, h_prev, input_part (x_t·W_x), recurrent_part (h_(t-1)·W_h), bias,
    pre_activation (their sum) and h (the activation of that sum).
    """
    pre_activations, hidden_states = forward(weights, activation, sequence)
    inputs = _as_inputs(sequence)
    previous = np.vstack([np.zeros((1, weights.units)), hidden_states[:-1]])
    steps, units = len(inputs), weights.units
    return pd.DataFrame(
        {
            "step": np.repeat(np.arange(1, steps + 1), units),
            "x": np.repeat(inputs[:, 0], units),
            "unit": np.tile(np.arange(1, units + 1), steps),
            "h_prev": previous.ravel(),
            "input_part": (inputs @ weights.input_kernel).ravel(),
            "recurrent_part": (previous @ weights.recurrent_kernel).ravel(),
            "bias": np.tile(weights.bias, steps),
            "pre_activation": pre_activations.ravel(),
            "h": hidden_states.ravel(),
        }
    )


def long_form(table: pd.DataFrame, quantities=("h_prev", "pre_activation", "h")) -> pd.DataFrame:
    """The step table melted for charts: columns step, unit, quantity, value."""
    return table.melt(id_vars=["step", "unit"], value_vars=list(quantities), var_name="quantity", value_name="value")


@dataclass(frozen=True)
class StepThrough:
    """The NumPy forward pass of one sequence, next to the Keras layer's own final state."""

    weights: CellWeights  # the layer's W_x, W_h and b, as float64
    table: pd.DataFrame  # every number of every step (see step_table)
    keras_final_state: np.ndarray  # h_T as the Keras layer computes it, shape (units,)
    max_difference: float  # largest |NumPy h_T − Keras h_T| over the units


def step_through(layer, activation: str, sequence) -> StepThrough:
    """Run the sequence through the NumPy cell built from `layer`'s weights and through `layer` itself."""
    weights = cell_weights(layer)
    table = step_table(weights, activation, sequence)
    _, keras_final_state = keras_states(layer, sequence)
    numpy_final_state = table.loc[table["step"] == table["step"].max(), "h"].to_numpy()
    difference = float(np.max(np.abs(numpy_final_state - keras_final_state)))
    return StepThrough(weights, table, keras_final_state, difference)


def extend_sequence(sequence, length: int) -> tuple[float, ...]:
    """The first `length` values; a shorter sequence is continued by repeating its last difference.

    So the notes' 0.0, 0.1, 0.2 becomes 0.0, 0.1, …, 0.9 at length 10.
    """
    values = [float(v) for v in sequence]
    step = values[-1] - values[-2] if len(values) >= 2 else 0.0
    while len(values) < length:
        values.append(values[-1] + step)
    return tuple(values[:length])


def run_at_lengths(layer, activation: str, sequence, lengths=LENGTHS_SHOWN) -> pd.DataFrame:
    """The same layer, same weights, on the sequence cut or extended to each length.

    Columns: length, input_shape, all_states_shape, final_state_shape, parameters and
    max_difference (the NumPy h_T against the Keras h_T).
    """
    weights = cell_weights(layer)
    rows = []
    for length in lengths:
        values = extend_sequence(sequence, length)
        batch = _as_inputs(values)[np.newaxis].astype("float32")
        all_states, final_state = layer(batch)
        _, hidden_states = forward(weights, activation, values)
        rows.append(
            {
                "length": length,
                "input_shape": str(tuple(batch.shape)),
                "all_states_shape": str(tuple(all_states.shape)),
                "final_state_shape": str(tuple(final_state.shape)),
                "parameters": layer.count_params(),
                "max_difference": float(np.max(np.abs(hidden_states[-1] - np.asarray(final_state)[0]))),
            }
        )
    return pd.DataFrame(rows)
