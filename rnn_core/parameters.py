"""Where a recurrent layer's parameters come from, read off a real Keras model and checked by formula.

A recurrent layer owns three weights, whatever the sequence length: `kernel` (input → units),
`recurrent_kernel` (previous state → units) and `bias`. LSTM computes four things at each step
(three gates and a candidate), GRU three (two gates and a candidate), so they hold 4 or 3 copies
of each weight, side by side. With `u` units and `d` input features:

    SimpleRNN  u(d + u + 1)
    LSTM       4u(d + u + 1)
    GRU        3u(d + u) + 6u     (Keras's default reset_after=True keeps two biases per gate)
    GRU        3u(d + u + 1)      (reset_after=False, the original paper's version)

The time steps never appear: the same cell is applied at every step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras
from rnn_core.models import ACTIVATIONS, CELLS, build_model, format_shape, recurrent_layer
from rnn_core.settings import check_bounds, setting

# Largest units, features or time steps a student may ask for: big enough to see the quadratic
# growth, small enough that one server keeps up with a classroom.
SIZE_LIMIT = 512

# How many copies of each weight a cell keeps: one per gate (or candidate) it computes.
GATES = {"simplernn": 1, "lstm": 4, "gru": 3}

# The Keras layer names, as in the notes' `model.summary()`.
LAYER_NAMES = {"simplernn": "simple_rnn", "lstm": "lstm", "gru": "gru"}


@dataclass(frozen=True)
class ParameterSettings:
    """One recurrent layer reading a window of a sequence, optionally followed by Dense(1)."""

    cell: str = setting("simplernn", choices=CELLS)  # which recurrent layer: SimpleRNN, LSTM or GRU
    units: int = setting(20, low=1, high=SIZE_LIMIT)  # neurons in the layer: the size of its state
    features: int = setting(1, low=1, high=SIZE_LIMIT)  # numbers fed in at every time step (d)
    timesteps: int = setting(3, low=1, high=SIZE_LIMIT)  # length of each input window
    return_sequences: bool = setting(False)  # return the output of every step, not only the last
    return_state: bool = setting(False)  # also return the final state(s) as extra tensors
    activation: str = setting("tanh", choices=ACTIVATIONS)  # the cell's activation (LSTM/GRU: the candidate's)
    dense: bool = setting(True)  # put the notes' Dense(1) read-out on top

    def __post_init__(self):
        check_bounds(self)


# The two models of the study notes; the page opens on the second (440 + 21 = 461).
PRESETS = {
    "example1": ParameterSettings(cell="simplernn", units=10, features=1, timesteps=4),
    "example2": ParameterSettings(cell="simplernn", units=20, features=1, timesteps=3),
}


def formula(cell: str, units: int, features: int, *, reset_after: bool = True) -> tuple[str, str, int]:
    """The recurrent layer's parameter count as (symbols, numbers filled in, value)."""
    u, d = units, features
    if cell == "simplernn":
        return "u(d + u + 1)", f"{u} × ({d} + {u} + 1)", u * (d + u + 1)
    if cell == "lstm":
        return "4u(d + u + 1)", f"4 × {u} × ({d} + {u} + 1)", 4 * u * (d + u + 1)
    if cell == "gru" and reset_after:
        return "3u(d + u) + 6u", f"3 × {u} × ({d} + {u}) + 6 × {u}", 3 * u * (d + u) + 6 * u
    if cell == "gru":
        return "3u(d + u + 1)", f"3 × {u} × ({d} + {u} + 1)", 3 * u * (d + u + 1)
    raise ValueError(f"cell must be one of {CELLS}, got {cell!r}")


def head_formula(units: int) -> tuple[str, str, int]:
    """Dense(1) on u inputs: one weight per input plus one bias."""
    return "u + 1", f"{units} + 1", units + 1


def layer_parameter_count(cell: str, units: int, features: int, timesteps=None, *, reset_after=True) -> int:
    """count_params() of a freshly built Keras layer (time steps are accepted to show they do not matter)."""
    if cell == "gru" and not reset_after:
        layer = keras().layers.GRU(units, reset_after=False)
    else:
        layer = recurrent_layer(cell, units)
    layer.build((None, timesteps, features))
    return int(layer.count_params())


def parameters_model(settings: ParameterSettings, seed: int = 0):
    """The model the settings describe, named as Keras names it by default (see models.build_model)."""
    return build_model(
        settings.cell,
        settings.units,
        timesteps=settings.timesteps,
        features=settings.features,
        activation=settings.activation,
        seed=seed,
        return_sequences=settings.return_sequences,
        return_state=settings.return_state,
        dense=settings.dense,
        layer_name=LAYER_NAMES[settings.cell],
        head_name="dense",
        input_name="inputs",
        name="sequential" if not settings.return_state else "functional",
    )


def _layers(model):
    return [layer for layer in model.layers if type(layer).__name__ != "InputLayer"]


def summary_table(model) -> pd.DataFrame:
    """Like `model.summary()`: layer, type, output_shape, params, then a Total row."""
    rows = []
    for layer in _layers(model):
        outputs = layer.output if isinstance(layer.output, (list, tuple)) else [layer.output]
        shapes = ", ".join(format_shape(tensor.shape) for tensor in outputs)
        params = int(layer.count_params())
        rows.append({"layer": layer.name, "type": type(layer).__name__, "output_shape": shapes, "params": params})
    rows.append({"layer": "Total", "type": "", "output_shape": "", "params": int(model.count_params())})
    return pd.DataFrame(rows, columns=["layer", "type", "output_shape", "params"])


def _symbolic_shape(cell: str, weight: str, shape: tuple) -> list[str]:
    gates = GATES[cell]
    width = "u" if gates == 1 else f"{gates}u"
    if weight == "kernel":
        return ["d", width]
    if weight == "recurrent_kernel":
        return ["u", width]
    return [width] if len(shape) == 1 else [str(shape[0]), width]  # GRU reset_after: 2 bias rows


def weights_table(model, settings: ParameterSettings) -> pd.DataFrame:
    """Every weight of the model: layer, weight, shape, params, and the shape in symbols with numbers."""
    rows = []
    for layer in _layers(model):
        is_head = isinstance(layer, keras().layers.Dense)
        for variable in layer.weights:
            shape = tuple(int(size) for size in variable.shape)
            if is_head:
                symbols = ["u", "1"] if variable.name == "kernel" else ["1"]
            else:
                symbols = _symbolic_shape(settings.cell, variable.name, shape)
            count = int(np.prod(shape))
            numbers = " × ".join(map(str, shape))
            text = " × ".join(symbols)
            if numbers != text:
                text += f" = {numbers}"
            if len(shape) > 1:
                text += f" = {count}"
            rows.append(
                {
                    "layer": layer.name,
                    "weight": variable.name,
                    "shape": format_shape(shape),
                    "params": count,
                    "formula": text,
                }
            )
    return pd.DataFrame(rows, columns=["layer", "weight", "shape", "params", "formula"])


def formula_table(model, settings: ParameterSettings) -> pd.DataFrame:
    """Formula count next to Keras count per layer: layer, formula, numbers, formula_count, keras_count."""
    rows = []
    for layer in _layers(model):
        is_head = isinstance(layer, keras().layers.Dense)
        symbols, numbers, value = (
            head_formula(settings.units) if is_head else formula(settings.cell, settings.units, settings.features)
        )
        rows.append(
            {
                "layer": layer.name,
                "formula": symbols,
                "numbers": numbers,
                "formula_count": value,
                "keras_count": int(layer.count_params()),
            }
        )
    return pd.DataFrame(rows, columns=["layer", "formula", "numbers", "formula_count", "keras_count"])


def wrong_counts(cell: str, units: int, features: int) -> list[int]:
    """Counts that common slips give, most tempting first: quiz distractors.

    The slips: one bias per gate (GRU keeps two), no bias at all, another cell's formula, and a
    recurrent kernel of u × u instead of u × gates·u.
    """
    u, d, gates = units, features, GATES[cell]
    slips = [
        gates * u * (d + u + 1),
        gates * u * (d + u),
        *(formula(other, u, d)[2] for other in CELLS if other != cell),
        gates * u * (d + 1) + u * u,
    ]
    right = formula(cell, units, features)[2]
    return [count for count in dict.fromkeys(slips) if count != right]


def parameter_curve(features: int, max_units: int, points: int = 40) -> pd.DataFrame:
    """Formula counts of the three cells against units, long form: cell, units, params."""
    units = np.unique(np.linspace(1, max_units, points).round().astype(int))
    rows = [
        {"cell": cell, "units": int(u), "params": formula(cell, int(u), features)[2]} for cell in CELLS for u in units
    ]
    return pd.DataFrame(rows, columns=["cell", "units", "params"])


def cell_points(units: int, features: int, timesteps: int) -> pd.DataFrame:
    """count_params() of each cell built by Keras at the current size: cell, units, params."""
    rows = [
        {"cell": cell, "units": units, "params": layer_parameter_count(cell, units, features, timesteps)}
        for cell in CELLS
    ]
    return pd.DataFrame(rows, columns=["cell", "units", "params"])


@dataclass(frozen=True)
class ParameterReport:
    """Everything the page shows about one model, as plain tables and text (cacheable, picklable)."""

    summary: pd.DataFrame  # layer, type, output_shape, params (+ Total row)
    weights: pd.DataFrame  # layer, weight, shape, params, formula
    formulas: pd.DataFrame  # layer, formula, numbers, formula_count, keras_count
    total_params: int  # model.count_params()
    gru_without_reset_after: int | None  # count_params() of GRU(reset_after=False), for GRU only


def parameter_report(settings: ParameterSettings) -> ParameterReport:
    """Build the model once and read every table from it."""
    model = parameters_model(settings)
    gru_plain = None
    if settings.cell == "gru":
        gru_plain = layer_parameter_count(
            "gru", settings.units, settings.features, settings.timesteps, reset_after=False
        )
    return ParameterReport(
        summary=summary_table(model),
        weights=weights_table(model, settings),
        formulas=formula_table(model, settings),
        total_params=int(model.count_params()),
        gru_without_reset_after=gru_plain,
    )
