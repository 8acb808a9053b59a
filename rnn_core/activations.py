"""The activation functions a recurrent cell can use, their slopes, and the bound on each slope.

Backpropagation through time multiplies one activation slope per time step, so the largest
slope an activation can ever have caps how fast a gradient can shrink or grow: at most 1 for
tanh and ReLU, only 1/4 for sigmoid. This is the one table of them: the NumPy cell, the
recurrence of the gradients page, the bound γ and the charts all read it. NumPy is enough, so
pages that only draw these curves never load TensorFlow; the tests check every value and slope
against Keras.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from rnn_core.models import ACTIVATIONS

# The largest value each derivative reaches: tanh'(0) = 1, ReLU' = 1 for x > 0, sigmoid'(0) = 1/4.
DERIVATIVE_BOUNDS = {"tanh": 1.0, "relu": 1.0, "sigmoid": 0.25}


def _check(name: str) -> None:
    if name not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {ACTIVATIONS}, got {name!r}")


def activation_value(name: str, x) -> np.ndarray:
    """The activation applied element-wise to `x`."""
    _check(name)
    x = np.asarray(x, dtype=float)
    if name == "tanh":
        return np.tanh(x)
    if name == "relu":
        return np.maximum(x, 0.0)
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # the sigmoid, written so large |x| never overflows exp


def activation_derivative(name: str, x) -> np.ndarray:
    """The slope of the activation at `x` (ReLU's slope at 0 is taken as 0, as TensorFlow does)."""
    _check(name)
    x = np.asarray(x, dtype=float)
    if name == "tanh":
        return 1.0 - np.tanh(x) ** 2
    if name == "relu":
        return (x > 0).astype(float)
    sigmoid = activation_value("sigmoid", x)
    return sigmoid * (1.0 - sigmoid)


def activation_curves(x_min: float = -5.0, x_max: float = 5.0, points: int = 201) -> pd.DataFrame:
    """Every activation and its derivative on one grid, long form: activation, curve, x, y.

    `curve` is "value" or "derivative", so one chart can split them by colour, facet or filter.
    """
    if points < 2 or not x_min < x_max:
        raise ValueError("need at least 2 points and x_min < x_max")
    x = np.linspace(x_min, x_max, points)
    frames = []
    for name in ACTIVATIONS:
        for curve, y in (("value", activation_value(name, x)), ("derivative", activation_derivative(name, x))):
            frames.append(pd.DataFrame({"activation": name, "curve": curve, "x": x, "y": y}))
    return pd.concat(frames, ignore_index=True)


def derivative_bounds() -> pd.DataFrame:
    """The bound on each derivative as a small table: activation, bound."""
    return pd.DataFrame({"activation": list(DERIVATIVE_BOUNDS), "bound": list(DERIVATIVE_BOUNDS.values())})
