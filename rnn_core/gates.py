"""Inside LSTM and GRU: every gate of one real Keras cell, recomputed in NumPy from the layer's own weights.

Keras keeps each gated cell's weights fused: one `kernel` (features × k·u), one `recurrent_kernel`
(u × k·u) and one `bias`, whose k blocks of u columns belong to one gate each, in Keras's order
(keras/src/layers/rnn/lstm.py and gru.py, row vectors, σ = `recurrent_activation` = sigmoid,
g = `activation`):

    LSTM, blocks i | f | c | o:
        i_t = σ(x_t·W_i + h_(t-1)·U_i + b_i)        input gate
        f_t = σ(x_t·W_f + h_(t-1)·U_f + b_f)        forget gate
        c̃_t = g(x_t·W_c + h_(t-1)·U_c + b_c)        candidate
        o_t = σ(x_t·W_o + h_(t-1)·U_o + b_o)        output gate
        c_t = f_t ⊙ c_(t-1) + i_t ⊙ c̃_t,   h_t = o_t ⊙ g(c_t)

    GRU, blocks z | r | h:
        z_t = σ(x_t·W_z + b_z + h_(t-1)·U_z [+ b'_z])   update gate
        r_t = σ(x_t·W_r + b_r + h_(t-1)·U_r [+ b'_r])   reset gate
        reset_after=True (Keras's default, bias of shape (2, 3u): input row b, recurrent row b'):
            h̃_t = g(x_t·W_h + b_h + r_t ⊙ (h_(t-1)·U_h + b'_h))
        reset_after=False (Cho et al. 2014, arXiv v3; bias of shape (3u,)):
            h̃_t = g(x_t·W_h + b_h + (r_t ⊙ h_(t-1))·U_h)
        h_t = z_t ⊙ h_(t-1) + (1 − z_t) ⊙ h̃_t        (z ≈ 1 keeps the old state)

Every state starts at zero. The NumPy pass below follows these lines one by one, so the page can
show each intermediate number and the tests can hold it against the Keras layer's own output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.activations import activation_value
from rnn_core.models import recurrent_layer

# Keras's block order inside the fused weights (the Parameters page counts the same blocks).
GATE_BLOCKS = {"lstm": ("i", "f", "c", "o"), "gru": ("z", "r", "h")}
GATED_CELLS = tuple(GATE_BLOCKS)

# The quantities of one step, in the order the page lists them (columns of the step table).
QUANTITIES = {
    "lstm": ("h_prev", "c_prev", "i", "f", "candidate", "o", "c", "h"),
    "gru": ("h_prev", "z", "r", "candidate", "h"),
}
# The sums inside the gates, before σ or g (also columns of the step table).
PRE_ACTIVATIONS = {
    "lstm": ("a_i", "a_f", "a_c", "a_o"),
    "gru": ("a_z", "a_r", "a_h"),
}


def sigmoid(values) -> np.ndarray:
    """Keras's `recurrent_activation`, the gates' squashing function into (0, 1)."""
    return activation_value("sigmoid", values)


@dataclass(frozen=True)
class GateWeights:
    """The fused arrays of a gated cell as Keras stores them, as float64, and their per-gate blocks."""

    cell: str  # "lstm" or "gru"
    reset_after: bool  # GRU only: where the reset gate applies (see the module docstring)
    kernel: np.ndarray  # (features, k·u): the input weights of every block side by side
    recurrent_kernel: np.ndarray  # (u, k·u): the recurrent weights of every block side by side
    bias: np.ndarray  # (k·u,) for LSTM and GRU reset_after=False; (2, 3u) for GRU reset_after=True

    @property
    def units(self) -> int:
        return self.recurrent_kernel.shape[0]

    @property
    def blocks(self) -> tuple[str, ...]:
        return GATE_BLOCKS[self.cell]

    def _columns(self, block: str) -> slice:
        index = self.blocks.index(block)
        return slice(index * self.units, (index + 1) * self.units)

    def input_kernel(self, block: str) -> np.ndarray:
        """W_block, shape (features, u)."""
        return self.kernel[:, self._columns(block)]

    def recurrent_block(self, block: str) -> np.ndarray:
        """U_block, shape (u, u)."""
        return self.recurrent_kernel[:, self._columns(block)]

    def input_bias(self, block: str) -> np.ndarray:
        """b_block, shape (u,): the bias added to the input part (the only bias but for GRU reset_after)."""
        row = self.bias[0] if self.bias.ndim == 2 else self.bias
        return row[self._columns(block)]

    def recurrent_bias(self, block: str) -> np.ndarray:
        """b'_block, shape (u,): GRU reset_after's second bias row, added to the recurrent part; else zeros."""
        if self.bias.ndim == 2:
            return self.bias[1][self._columns(block)]
        return np.zeros(self.units)

    def split_table(self) -> pd.DataFrame:
        """Where each block sits in the fused arrays: block, weight, columns, shape."""
        rows = []
        for block in self.blocks:
            columns = self._columns(block)
            span = f"{columns.start}:{columns.stop}"
            rows.append({"block": block, "weight": "kernel", "columns": span, "shape": self.input_kernel(block).shape})
            rows.append(
                {
                    "block": block,
                    "weight": "recurrent_kernel",
                    "columns": span,
                    "shape": self.recurrent_block(block).shape,
                }
            )
            bias_rows = "[0, " if self.bias.ndim == 2 else "["
            rows.append({"block": block, "weight": "bias", "columns": bias_rows + span + "]", "shape": (self.units,)})
            if self.bias.ndim == 2:
                rows.append({"block": block, "weight": "bias", "columns": f"[1, {span}]", "shape": (self.units,)})
        frame = pd.DataFrame(rows)
        frame["shape"] = frame["shape"].map(lambda shape: " × ".join(map(str, shape)))
        return frame


def build_gated_layer(cell: str, activation: str, units: int, *, seed: int = 0, reset_after: bool = True):
    """A seeded Keras LSTM or GRU returning every h_t and its final state(s), already built (only ever called)."""
    if cell not in GATED_CELLS:
        raise ValueError(f"cell must be one of {GATED_CELLS}, got {cell!r}")
    layer = recurrent_layer(
        cell,
        units,
        activation=activation,
        seed=seed,
        return_sequences=True,
        return_state=True,
        reset_after=reset_after,
    )
    layer(np.zeros((1, 1, 1), dtype="float32"))
    return layer


def gate_weights(layer) -> GateWeights:
    """The layer's fused kernel, recurrent_kernel and bias, read as they are."""
    cell = "lstm" if type(layer).__name__ == "LSTM" else "gru"
    kernel, recurrent_kernel, bias = (np.asarray(w, dtype=np.float64) for w in layer.get_weights())
    return GateWeights(cell, bool(getattr(layer, "reset_after", True)), kernel, recurrent_kernel, bias)


def _as_inputs(sequence) -> np.ndarray:
    return np.asarray(sequence, dtype=np.float64).reshape(len(sequence), -1)


def _lstm_step(weights: GateWeights, activation: str, x_t, h_prev, c_prev, forced=None) -> dict[str, np.ndarray]:
    """One LSTM step; `forced` overrides gate values ({"f": 0.0}) to ask "what if this gate were shut?"."""
    parts = {
        block: x_t @ weights.input_kernel(block) + h_prev @ weights.recurrent_block(block) + weights.input_bias(block)
        for block in weights.blocks
    }
    gate = {name: sigmoid(parts[name]) for name in ("i", "f", "o")}
    gate.update({name: np.full(weights.units, value) for name, value in (forced or {}).items()})
    i, f, o = gate["i"], gate["f"], gate["o"]
    candidate = activation_value(activation, parts["c"])
    c = f * c_prev + i * candidate
    h = o * activation_value(activation, c)
    return {
        "h_prev": h_prev,
        "c_prev": c_prev,
        "i": i,
        "f": f,
        "candidate": candidate,
        "o": o,
        "c": c,
        "h": h,
        **{f"a_{block}": parts[block] for block in weights.blocks},
    }


def _gru_step(weights: GateWeights, activation: str, x_t, h_prev, forced=None) -> dict[str, np.ndarray]:
    """One GRU step; `forced` overrides gate values ({"z": 0.0}) to ask "what if this gate were shut?"."""

    def input_part(block):
        return x_t @ weights.input_kernel(block) + weights.input_bias(block)

    def recurrent_part(block):
        return h_prev @ weights.recurrent_block(block) + weights.recurrent_bias(block)

    a_z = input_part("z") + recurrent_part("z")
    a_r = input_part("r") + recurrent_part("r")
    gate = {"z": sigmoid(a_z), "r": sigmoid(a_r)}
    gate.update({name: np.full(weights.units, value) for name, value in (forced or {}).items()})
    z, r = gate["z"], gate["r"]
    if weights.reset_after:  # r scales the recurrent product (bias b'_h included)
        a_h = input_part("h") + r * recurrent_part("h")
    else:  # r scales h_(t-1) before the product
        a_h = input_part("h") + (r * h_prev) @ weights.recurrent_block("h")
    candidate = activation_value(activation, a_h)
    h = z * h_prev + (1.0 - z) * candidate
    return {"h_prev": h_prev, "z": z, "r": r, "candidate": candidate, "h": h, "a_z": a_z, "a_r": a_r, "a_h": a_h}


def forward(weights: GateWeights, activation: str, sequence) -> dict[str, np.ndarray]:
    """Keras's equations step by step; every quantity as an array of shape (T, units)."""
    inputs = _as_inputs(sequence)
    h = np.zeros(weights.units)
    c = np.zeros(weights.units)
    steps = []
    for x_t in inputs:
        if weights.cell == "lstm":
            values = _lstm_step(weights, activation, x_t, h, c)
            c = values["c"]
        else:
            values = _gru_step(weights, activation, x_t, h)
        h = values["h"]
        steps.append(values)
    return {name: np.array([values[name] for values in steps]) for name in steps[0]}


def step_table(weights: GateWeights, activation: str, sequence) -> pd.DataFrame:
    """One row per (step, unit), counted from 1: x, then every quantity and pre-activation of that step."""
    values = forward(weights, activation, sequence)
    inputs = _as_inputs(sequence)
    steps, units = len(inputs), weights.units
    columns = QUANTITIES[weights.cell] + PRE_ACTIVATIONS[weights.cell]
    return pd.DataFrame(
        {
            "step": np.repeat(np.arange(1, steps + 1), units),
            "x": np.repeat(inputs[:, 0], units),
            "unit": np.tile(np.arange(1, units + 1), steps),
            **{name: values[name].ravel() for name in columns},
        }
    )


def keras_outputs(layer, sequence) -> dict[str, np.ndarray]:
    """The layer's own answer: every h_t (T, u), the returned final h_T and, for LSTM, c_T (u,)."""
    outputs = layer(_as_inputs(sequence)[np.newaxis].astype("float32"))
    arrays = [np.asarray(tensor, dtype=np.float64)[0] for tensor in outputs]
    result = {"all_h": arrays[0], "final_h": arrays[1]}
    if len(arrays) == 3:
        result["final_c"] = arrays[2]
    return result


@dataclass(frozen=True)
class GateStepThrough:
    """The NumPy pass of one sequence through a gated cell, next to the Keras layer's own output."""

    weights: GateWeights  # the layer's fused arrays, split into blocks on demand
    activation: str  # the cell's `activation` g (the gates always use sigmoid)
    table: pd.DataFrame  # every quantity of every step (see step_table)
    keras: dict  # the layer's own all_h, final_h and (LSTM) final_c
    max_difference: float  # largest |NumPy − Keras| over every h_t, h_T and (LSTM) c_T

    def at(self, step: int) -> pd.DataFrame:
        """The rows of one step, indexed by unit."""
        return self.table[self.table["step"] == step].set_index("unit")


def step_through(layer, activation: str, sequence) -> GateStepThrough:
    """Run `sequence` through the NumPy cell built from `layer`'s weights and through `layer` itself."""
    weights = gate_weights(layer)
    table = step_table(weights, activation, sequence)
    keras = keras_outputs(layer, sequence)
    steps = len(sequence)
    hidden = table["h"].to_numpy().reshape(steps, weights.units)
    differences = [np.abs(hidden - keras["all_h"]).max(), np.abs(hidden[-1] - keras["final_h"]).max()]
    if "final_c" in keras:
        cell_state = table["c"].to_numpy().reshape(steps, weights.units)
        differences.append(np.abs(cell_state[-1] - keras["final_c"]).max())
    return GateStepThrough(weights, activation, table, keras, float(max(differences)))


# The quizzes: each answer is computed from the live cell's own numbers at the chosen step.
QUIZ_STEPS = 20  # "if f stayed like this for 20 steps"
RETENTION_BUCKETS = (("over_half", 0.5), ("tenth_to_half", 0.1), ("hundredth_to_tenth", 0.01), ("under_hundredth", 0.0))


def retention_bucket(value: float) -> str:
    """The quiz option a retained fraction falls in."""
    return next(name for name, low in RETENTION_BUCKETS if value > low or low == 0.0)


def forget_retention(result: GateStepThrough, step: int, unit: int = 1, steps: int = QUIZ_STEPS) -> dict:
    """If this unit's forget gate stayed at its value for `steps` steps with the input gate shut: c keeps f^steps.

    Computed by running the cell-state update c ← f·c + 0·c̃ that many times, not by the formula.
    """
    forget = float(result.at(step).loc[unit, "f"])
    kept = 1.0
    for _ in range(steps):
        kept = forget * kept + 0.0
    return {"unit": unit, "f": forget, "steps": steps, "kept": kept, "bucket": retention_bucket(kept)}


def _step_inputs(result: GateStepThrough, step: int):
    rows = result.at(step)
    x_t = np.array([float(rows["x"].iloc[0])])
    c_prev = rows["c_prev"].to_numpy() if "c_prev" in rows else None
    return x_t, rows["h_prev"].to_numpy(), c_prev


def closing_gate(result: GateStepThrough, step: int) -> str:
    """The gate that, shut (set to 0) at this step, cuts the old memory out of the new one.

    LSTM: the gate whose closing makes c_t the same whatever c_(t-1) was (tried with c_(t-1) and
    c_(t-1) + 1). GRU: the gate whose closing makes h_t equal to its candidate h̃_t.
    """
    weights, activation = result.weights, result.activation
    x_t, h_prev, c_prev = _step_inputs(result, step)
    for gate in ("i", "f", "o") if weights.cell == "lstm" else ("z", "r"):
        shut = {gate: 0.0}
        if weights.cell == "lstm":
            first = _lstm_step(weights, activation, x_t, h_prev, c_prev, shut)["c"]
            moved = _lstm_step(weights, activation, x_t, h_prev, c_prev + 1.0, shut)["c"]
            if np.array_equal(first, moved):
                return gate
        else:
            values = _gru_step(weights, activation, x_t, h_prev, shut)
            if np.array_equal(values["h"], values["candidate"]):
                return gate
    raise RuntimeError("no single gate cuts the old memory")  # pragma: no cover - Keras's equations always have one


def update_gate_pull(result: GateStepThrough, step: int) -> dict:
    """GRU: the unit with the largest z_t, and whether its h_t landed nearer h_(t-1) or the candidate h̃_t."""
    rows = result.at(step)
    unit = int(rows["z"].idxmax())
    row = rows.loc[unit]
    to_previous, to_candidate = abs(row["h"] - row["h_prev"]), abs(row["h"] - row["candidate"])
    return {
        "unit": unit,
        "z": float(row["z"]),
        "to_previous": float(to_previous),
        "to_candidate": float(to_candidate),
        "nearer": "h_prev" if to_previous <= to_candidate else "candidate",
    }
