"""The memory lane: how much of a sequence's first step still reaches step t, in SimpleRNN, LSTM and GRU.

One sequence of the recall task (rnn_core.long_term: random values, the first one marked by a
second input channel) runs through three untrained layers built with the same seed and units.
Two measures, both taken from the layers themselves with `tf.GradientTape`:

- ‖∂h_t/∂x_1‖ for every cell: how strongly the first input still moves the state at step t.
  If it has shrunk to 10⁻⁸, no training signal can reach back that far either.
- For LSTM, ‖∂c_t/∂c_1‖ (with h_1 held fixed) next to the running product of its forget gates
  ∏f = f_2 ⊙ … ⊙ f_t. When the gates do not depend on h (zero recurrent kernel), the cell state's
  Jacobian is exactly diag(∏f); otherwise the two differ by the paths through h and the gates.

Norms are spectral (the largest stretch of the Jacobian), so for a diagonal Jacobian the norm is
the largest unit's ∏f. The LSTM's forget bias starts either at Keras's default (`unit_forget_bias`:
b_f = 1, so f ≈ 0.73) or at the chrono start the gradients page uses (long_term.open_gates).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from rnn_core import gates
from rnn_core.backend import tensorflow
from rnn_core.long_term import open_gates, recall_task
from rnn_core.models import recurrent_layer

LANE_CELLS = ("simplernn", "lstm", "gru")
FORGET_STARTS = ("keras", "chrono")  # Keras's unit_forget_bias (b_f = 1), or long_term.open_gates
MIN_LENGTH, MAX_LENGTH = 20, 100
LANE_ACTIVATION = "tanh"  # every cell of the lane uses tanh, as on the gradients page
# Below this, what is left of x₁ is lost in float32 round-off: the lane calls it "gone".
GONE = 1e-6


def lane_inputs(length: int, seed: int = 0) -> np.ndarray:
    """One recall-task sequence, shape (length, 2): a random value per step, the first one marked."""
    inputs, _ = recall_task(length, 1, seed)
    return inputs[0]


def lane_layer(cell: str, units: int, length: int, *, seed: int = 0, forget_start: str = "keras"):
    """An untrained layer of the lane returning every h_t; `forget_start` sets LSTM's and GRU's gate biases."""
    if forget_start not in FORGET_STARTS:
        raise ValueError(f"forget_start must be one of {FORGET_STARTS}, got {forget_start!r}")
    layer = recurrent_layer(cell, units, activation=LANE_ACTIVATION, seed=seed, return_sequences=True)
    layer(np.zeros((1, 1, 2), dtype="float32"))
    if forget_start == "chrono" and cell in ("lstm", "gru"):
        open_gates(layer, cell, length, seed)
    return layer


def _spectral_norms(jacobians: np.ndarray) -> np.ndarray:
    """‖J_t‖₂ for a stack of matrices (T, rows, columns)."""
    return np.linalg.norm(jacobians, ord=2, axis=(1, 2))


def _batched_rows(length: int, units: int):
    """One batch row per output number (t, unit): row b asks for h_t[unit] with t = b // units.

    Rows of a batch never mix, so one backward pass gives every row of every Jacobian at once.
    """
    tf = tensorflow()
    rows = np.arange(length * units)
    return tf.constant(np.stack([rows, rows // units, rows % units], axis=1), dtype=tf.int32)


def input_reach(layer, inputs: np.ndarray) -> np.ndarray:
    """‖∂h_t/∂x_1‖₂ for t = 1 … T, measured with tf.GradientTape through the Keras layer."""
    tf = tensorflow()
    length, units = len(inputs), layer.cell.units
    batch = tf.constant(np.repeat(inputs[np.newaxis].astype("float32"), length * units, axis=0))
    with tf.GradientTape() as tape:
        tape.watch(batch)
        states = layer(batch)  # (rows, T, units)
        picked = tf.gather_nd(states, _batched_rows(length, units))
    gradient = tape.gradient(picked, batch).numpy()[:, 0, :]  # ∂h_t[unit]/∂x_1, one row per (t, unit)
    return _spectral_norms(gradient.reshape(length, units, -1).astype(np.float64))


def cell_state_reach(layer, inputs: np.ndarray) -> np.ndarray:
    """‖∂c_t/∂c_1‖₂ for t = 1 … T of an LSTM layer, h_1 held fixed, measured with tf.GradientTape.

    The layer's own cell is stepped by hand, since an LSTM layer returns c only at the end.
    """
    tf = tensorflow()
    length, units = len(inputs), layer.cell.units
    rows = length * units
    steps = tf.constant(np.repeat(inputs[np.newaxis].astype("float32"), rows, axis=0))
    zeros = tf.zeros((rows, units))
    with tf.GradientTape() as tape:
        hidden, (_, first_cell_state) = layer.cell(steps[:, 0, :], [zeros, zeros])
        first_cell_state = tf.identity(first_cell_state)  # a leaf of its own: h_1 does not depend on it
        tape.watch(first_cell_state)
        cell_states, cell_state = [first_cell_state], first_cell_state
        for t in range(1, length):
            hidden, (_, cell_state) = layer.cell(steps[:, t, :], [hidden, cell_state])
            cell_states.append(cell_state)
        picked = tf.gather_nd(tf.stack(cell_states, axis=1), _batched_rows(length, units))
    gradient = tape.gradient(picked, first_cell_state).numpy()
    return _spectral_norms(gradient.reshape(length, units, units).astype(np.float64))


def forget_product(layer, inputs: np.ndarray) -> np.ndarray:
    """max over units of ∏f = f_2 ⊙ … ⊙ f_t for t = 1 … T (1 at t = 1), from the NumPy gates of the layer."""
    forget = gates.forward(gates.gate_weights(layer), LANE_ACTIVATION, inputs)["f"]
    products = np.cumprod(np.vstack([np.ones((1, forget.shape[1])), forget[1:]]), axis=0)
    return products.max(axis=1)


def memory_lane(units: int, length: int, *, seed: int = 0, forget_start: str = "keras") -> pd.DataFrame:
    """Every curve of the lane, long form: step, cell, measure, value.

    measure is "input_reach" (‖∂h_t/∂x_1‖, every cell), "cell_state_reach" (‖∂c_t/∂c_1‖, LSTM)
    or "forget_product" (∏f, LSTM).
    """
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(f"length must be between {MIN_LENGTH} and {MAX_LENGTH}, got {length}")
    inputs = lane_inputs(length, seed)
    frames = []
    steps = np.arange(1, length + 1)
    for cell in LANE_CELLS:
        layer = lane_layer(cell, units, length, seed=seed, forget_start=forget_start)
        curves = {"input_reach": input_reach(layer, inputs)}
        if cell == "lstm":
            curves["cell_state_reach"] = cell_state_reach(layer, inputs)
            curves["forget_product"] = forget_product(layer, inputs)
        for measure, values in curves.items():
            frames.append(pd.DataFrame({"step": steps, "cell": cell, "measure": measure, "value": values}))
    return pd.concat(frames, ignore_index=True)


def lane_summary(lane: pd.DataFrame) -> dict:
    """What the curves say at the last step: each cell's reach, ∏f, which cell kept most, and a verdict code.

    verdict: "lstm_keeps" when LSTM's reach is at least 10× SimpleRNN's and not gone, "all_gone" when
    every reach is below GONE, otherwise "lstm_no_better".
    """
    last = lane[lane["step"] == lane["step"].max()]
    reach = last[last["measure"] == "input_reach"].set_index("cell")["value"]
    product = float(last.loc[last["measure"] == "forget_product", "value"].iloc[0])
    values = {cell: float(reach[cell]) for cell in LANE_CELLS}
    if max(values.values()) < GONE:
        verdict = "all_gone"
    elif values["lstm"] >= GONE and values["lstm"] >= 10 * values["simplernn"]:
        verdict = "lstm_keeps"
    else:
        verdict = "lstm_no_better"
    return {
        "length": int(lane["step"].max()),
        "reach": values,
        "forget_product": product,
        "best": max(values, key=values.get),
        "verdict": verdict,
    }
