"""The memory lane: how much of a sequence's first step still reaches step t, in SimpleRNN, LSTM and GRU.

One sequence of the recall task (rnn_core.long_term: random values, the first one marked by a
second input channel) runs through three untrained layers built with the same seed and units.
Two measures, both from Jacobians of the layers' own Keras cells taken with `tf.GradientTape`
(one per step, chained by the rule ∂s_t/∂x_1 = ∂s_t/∂s_(t-1) ⋯ ∂s_2/∂s_1 · ∂s_1/∂x_1, which keeps
the cost linear in the length; the tests hold the result against tape.jacobian of the whole layer):

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


def _cell_states(layer, inputs: np.ndarray) -> list[np.ndarray]:
    """The state each step starts from, s_0 … s_(T-1): [h] or, for LSTM, [h, c], each (T, units).

    SimpleRNN's come from the layer's own output; LSTM's and GRU's from rnn_core.gates, whose NumPy
    pass equals the layer's to 1e-5 (tests/test_gates.py) and also gives LSTM's c, which Keras only
    returns at the end.
    """
    if type(layer).__name__ == "SimpleRNN":
        hidden = np.asarray(layer(inputs[np.newaxis].astype("float32")))[0]
        return [np.vstack([np.zeros((1, hidden.shape[1])), hidden[:-1]])]
    values = gates.forward(gates.gate_weights(layer), LANE_ACTIVATION, inputs)
    return [values["h_prev"], values["c_prev"]] if _is_lstm(layer) else [values["h_prev"]]


def _is_lstm(layer) -> bool:
    return type(layer).__name__ == "LSTM"


def step_jacobians(layer, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each step's Jacobians, measured with tf.GradientTape through the layer's Keras cell.

    The state s is h (SimpleRNN, GRU) or [h, c] (LSTM). Returns (∂s_t/∂s_(t-1), ∂s_t/∂x_t) for
    t = 1 … T, shapes (T, n, n) and (T, n, features). All rows come from one backward pass: the
    batch holds one copy of step t per state component k, and copy (t, k) asks for s_t[k].
    """
    tf = tensorflow()
    starts = _cell_states(layer, inputs)
    length, width = len(inputs), sum(part.shape[1] for part in starts)
    copies = np.repeat(np.arange(length), width)
    picks = tf.constant(np.stack([np.arange(length * width), np.tile(np.arange(width), length)], axis=1))
    steps = tf.constant(inputs.astype("float32")[copies])
    previous = [tf.constant(part[copies].astype("float32")) for part in starts]
    with tf.GradientTape() as tape:
        tape.watch(steps)
        tape.watch(previous)
        _, new = layer.cell(steps, previous)
        new = list(new) if isinstance(new, list | tuple) else [new]
        picked = tf.gather_nd(tf.concat(new, axis=1), picks)
    gradients = tape.gradient(picked, [*previous, steps])
    state = np.concatenate([g.numpy() for g in gradients[:-1]], axis=1).astype(np.float64)
    return state.reshape(length, width, width), gradients[-1].numpy().astype(np.float64).reshape(length, width, -1)


def input_reach(layer, inputs: np.ndarray) -> np.ndarray:
    """‖∂h_t/∂x_1‖₂ for t = 1 … T: ∂s_1/∂x_1 carried forward through every ∂s_t/∂s_(t-1) (the chain rule)."""
    state, from_input = step_jacobians(layer, inputs)
    units = layer.cell.units
    carried = from_input[0]
    reach = [carried[:units]]
    for jacobian in state[1:]:
        carried = jacobian @ carried
        reach.append(carried[:units])
    return _spectral_norms(np.array(reach))


def cell_state_reach(layer, inputs: np.ndarray) -> np.ndarray:
    """‖∂c_t/∂c_1‖₂ for t = 1 … T of an LSTM layer, h_1 held fixed: the chain of ∂s_t/∂s_(t-1) from c_1."""
    if not _is_lstm(layer):
        raise ValueError("only an LSTM has a cell state c")
    state, _ = step_jacobians(layer, inputs)
    units = layer.cell.units
    carried = np.vstack([np.zeros((units, units)), np.eye(units)])  # ∂s_1/∂c_1 with h_1 fixed
    reach = [carried[units:]]
    for jacobian in state[1:]:
        carried = jacobian @ carried
        reach.append(carried[units:])
    return _spectral_norms(np.array(reach))


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

    verdict compares the LSTM with the SimpleRNN: "all_gone" when every reach is below GONE,
    "lstm_keeps" when the LSTM's reach is at least 10× the SimpleRNN's, "simplernn_keeps" when the
    SimpleRNN's is at least 10× the LSTM's, otherwise "about_same". factor is the larger of the two
    reaches over the smaller (inf when the smaller is exactly 0).
    """
    last = lane[lane["step"] == lane["step"].max()]
    reach = last[last["measure"] == "input_reach"].set_index("cell")["value"]
    product = float(last.loc[last["measure"] == "forget_product", "value"].iloc[0])
    values = {cell: float(reach[cell]) for cell in LANE_CELLS}
    lstm, simple = values["lstm"], values["simplernn"]
    if max(values.values()) < GONE:
        verdict = "all_gone"
    elif lstm > 0 and lstm >= 10 * simple:
        verdict = "lstm_keeps"
    elif simple > 0 and simple >= 10 * lstm:
        verdict = "simplernn_keeps"
    else:
        verdict = "about_same"
    larger, smaller = max(lstm, simple), min(lstm, simple)
    return {
        "length": int(lane["step"].max()),
        "reach": values,
        "forget_product": product,
        "best": max(values, key=values.get),
        "verdict": verdict,
        "factor": larger / smaller if smaller > 0 else float("inf"),
    }
