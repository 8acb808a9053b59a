"""What a recurrent layer hands back: the four return_sequences × return_state combinations, run for real.

The facts students trip on are checked on real tensors rather than stated: with
return_sequences=False the layer returns only the last step's output; the state SimpleRNN and
GRU return is that same last output; LSTM returns two states, h (the last output again) and c
(its separate memory); and Keras refuses a Sequential model that feeds those lists onwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras, tensorflow
from rnn_core.models import format_shape, recurrent_layer

COMBINATIONS = ((False, False), (False, True), (True, False), (True, True))  # (return_sequences, return_state)
SAMPLE_BATCH = 2  # sequences in the sample batch: enough to show the batch axis is not None any more

# Up to this many steps the four layers run eagerly (fast to start); longer windows run in one
# traced tf.function, which costs a fixed ~0.3 s to trace but then loops over steps in C++.
EAGER_MAX_STEPS = 24


def tensor_names(cell: str, return_state: bool) -> list[str]:
    """Names of the tensors a layer returns, in order: output, then the state(s)."""
    if not return_state:
        return ["output"]
    return ["output", "state_h", "state_c"] if cell == "lstm" else ["output", "state"]


def sample_batch(timesteps: int, features: int, batch_size: int = SAMPLE_BATCH) -> np.ndarray:
    """The notes' rising ramp (0.0, 0.1, 0.2, …), one sequence per row, the same value on every feature."""
    steps = (np.arange(batch_size)[:, None] + np.arange(timesteps)[None, :]) / 10.0
    return np.repeat(steps[:, :, None], features, axis=2).astype("float32")


def run_combinations(cell: str, units: int, features: int, timesteps: int, activation: str = "tanh", seed: int = 0):
    """{(return_sequences, return_state): [arrays returned]} for one sample batch.

    The four layers get the same seed, so they hold identical weights and differ only in what
    they return: any difference between their results is the setting's doing.
    """
    layers = {
        combination: recurrent_layer(
            cell,
            units,
            activation=activation,
            seed=seed,
            return_sequences=combination[0],
            return_state=combination[1],
        )
        for combination in COMBINATIONS
    }
    batch = sample_batch(timesteps, features)
    for layer in layers.values():
        layer.build(batch.shape)

    def call_all(x):
        return {combination: layer(x) for combination, layer in layers.items()}

    if timesteps <= EAGER_MAX_STEPS:
        results = call_all(batch)
    else:
        tf = tensorflow()
        results = tf.function(call_all)(tf.constant(batch))
    return {
        combination: [np.asarray(t) for t in (result if isinstance(result, (list, tuple)) else [result])]
        for combination, result in results.items()
    }


def _compare(name: str, left: np.ndarray, right: np.ndarray) -> dict:
    difference = np.abs(left.astype(float) - right.astype(float))
    return {
        "check": name,
        "max_abs_difference": float(np.max(difference)),
        "equal": bool(np.allclose(left, right, rtol=0, atol=1e-6, equal_nan=True)),
    }


def _error_text(build) -> str | None:
    try:
        build()
    except Exception as error:  # noqa: BLE001 - the point is to show whatever Keras raises
        return f"{type(error).__name__}: {error}"
    return None


@dataclass(frozen=True)
class OutputsReport:
    """The four combinations' tensors, the checks on them, and the two errors students meet."""

    tensors: pd.DataFrame  # return_sequences, return_state, tensor, shape (one row per returned tensor)
    checks: pd.DataFrame  # check, max_abs_difference, equal
    sequential_error: str | None  # Sequential([..., layer(return_state=True), Dense(1)])
    stacking_error: str | None  # two recurrent layers, the lower one with return_sequences=False
    stacked_shape: str  # the stack's output shape when the lower layer returns sequences


def outputs_report(cell: str, units: int, features: int, timesteps: int, activation: str = "tanh") -> OutputsReport:
    """Run the four combinations on the sample batch and try the two models Keras rejects."""
    results = run_combinations(cell, units, features, timesteps, activation)
    rows = [
        {"return_sequences": sequences, "return_state": state, "tensor": name, "shape": format_shape(array.shape)}
        for (sequences, state), arrays in results.items()
        for name, array in zip(tensor_names(cell, state), arrays, strict=True)
    ]
    last_output = results[(True, True)][0][:, -1, :]
    checks = [_compare("final_output_is_last_step", results[(False, False)][0], last_output)]
    for name, state in zip(tensor_names(cell, True)[1:], results[(True, True)][1:], strict=True):
        checks.append(_compare(f"{name}_is_last_output", state, last_output))

    k = keras()

    def layer(**options):
        return recurrent_layer(cell, units, activation=activation, **options)

    def sequential_with_state():
        k.Sequential([k.Input(shape=(timesteps, features)), layer(return_state=True), k.layers.Dense(1)])

    def stack_without_sequences():
        k.Sequential([k.Input(shape=(timesteps, features)), layer(), layer()])

    stacked = k.Sequential([k.Input(shape=(timesteps, features)), layer(return_sequences=True), layer()])
    return OutputsReport(
        tensors=pd.DataFrame(rows, columns=["return_sequences", "return_state", "tensor", "shape"]),
        checks=pd.DataFrame(checks, columns=["check", "max_abs_difference", "equal"]),
        sequential_error=_error_text(sequential_with_state),
        stacking_error=_error_text(stack_without_sequences),
        stacked_shape=format_shape(stacked.layers[-1].output.shape),
    )
