"""Long-term dependency: a task whose answer lies far back, the models compared on it, one shared budget.

The task ("recall the marked value"): a sequence of `lag` random values, the first one marked
by a second input channel; the target is that first value, read after the last step. A model
that has forgotten it can do no better than guess the mean, an error equal to the target's
variance, so the test error divided by that variance reads 1 = forgot, 0 = remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from rnn_core.backend import keras
from rnn_core.models import dense_head, recurrent_layer
from rnn_core.training_loop import FitOptions, FitRecord, fit_in_chunks

# The models compared. IRNN is a ReLU SimpleRNN whose recurrent kernel starts as the identity
# (Le, Jaitly & Hinton 2015). "lstm" and "gru" start with their memory gate open (see open_gates);
# "lstm_default" keeps Keras's default gate biases, to show what that opening is worth.
MODEL_KINDS = ("simplernn", "irnn", "lstm", "gru", "lstm_default")


@dataclass(frozen=True)
class TrainingBudget:
    """The same budget for every model, so a difference in error is the cell's doing."""

    epochs: int = 40  # passes over the training set
    samples: int = 512  # training sequences
    test_samples: int = 256  # held-out sequences the final error is measured on
    batch_size: int = 64  # sequences per update: epochs × samples / batch_size = 320 updates in all
    learning_rate: float = 0.01  # Adam's step size
    chunk_epochs: int = 5  # epochs run inside one compiled call between progress reports


DEFAULT_BUDGET = TrainingBudget()


def recall_task(lag: int, samples: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Inputs (samples, lag, 2) and targets (samples, 1): recall the marked first value."""
    if lag < 1:
        raise ValueError(f"lag must be at least 1, got {lag}")
    rng = np.random.default_rng(seed)
    inputs = np.zeros((samples, lag, 2), dtype=np.float32)
    inputs[:, :, 0] = rng.uniform(-1, 1, size=(samples, lag))
    inputs[:, 0, 1] = 1.0  # the mark: "remember this one"
    return inputs, inputs[:, :1, 0].copy()


def open_gates(layer, kind: str, lag: int, seed: int = 0) -> None:
    """Chrono initialisation (Tallec & Ollivier 2018): start the gate that keeps memory near 1.

    An LSTM keeps its cell state through the forget gate f = σ(… + b_f); with Keras's default
    b_f = 1, f ≈ 0.73 and a signal (and its gradient) shrinks to 0.73^100 ≈ 10⁻¹⁴ over 100 steps
    before training has even begun. Drawing b_f = log(u), u uniform in [1, lag − 1], gives each
    unit a memory of about u steps. A GRU keeps its state through the update gate z the same way.
    """
    units = layer.cell.units
    timescales = np.log(np.random.default_rng(seed + 7).uniform(1.0, max(lag - 1.0, 2.0), size=units))
    bias = layer.cell.bias.numpy()
    if kind == "lstm":  # bias order: input, forget, candidate, output
        bias[units : 2 * units] = timescales
        bias[:units] = -timescales
    elif kind == "gru":  # bias rows: input and recurrent; columns: update z, reset r, candidate
        bias[0, :units] = timescales
    else:
        raise ValueError(f"only lstm and gru have gates to open, got {kind!r}")
    layer.cell.bias.assign(bias)


def lag_model(
    kind: str,
    lag: int,
    units: int = 20,
    *,
    activation: str = "tanh",
    gain: float = 1.0,
    init: str = "orthogonal",
    seed: int = 0,
):
    """A recurrent layer reading the whole sequence, then Dense(1); `activation`, `gain`, `init` shape a SimpleRNN."""
    if kind not in MODEL_KINDS:
        raise ValueError(f"kind must be one of {MODEL_KINDS}, got {kind!r}")
    k = keras()
    cell = {"irnn": "simplernn", "lstm_default": "lstm"}.get(kind, kind)
    recurrent_initializer = None
    if kind == "irnn":
        activation, gain, init = "relu", 1.0, "identity"
    if cell == "simplernn":
        recurrent_initializer = (
            k.initializers.Identity(gain=gain)
            if init == "identity"
            else k.initializers.Orthogonal(gain=gain, seed=seed + 1)
        )
    else:
        activation = "tanh"  # LSTM and GRU keep their own tanh/sigmoid pairing
    layer = recurrent_layer(cell, units, activation=activation, seed=seed, recurrent_initializer=recurrent_initializer)
    model = k.Sequential([k.Input(shape=(lag, 2)), layer, dense_head(1, seed=seed)], name=f"{kind}_lag{lag}")
    if kind in ("lstm", "gru"):
        open_gates(layer, kind, lag, seed)
    return model


def normalized_error(model, inputs: np.ndarray, targets: np.ndarray) -> float:
    """Test MSE divided by the targets' variance: 1 means no better than guessing the mean."""
    predictions = np.asarray(model(inputs, training=False), dtype=np.float64)
    mse = float(np.mean((predictions - targets) ** 2))
    return mse / float(np.var(targets))


def lag_error(
    kind: str,
    lag: int,
    units: int = 20,
    *,
    budget: TrainingBudget = DEFAULT_BUDGET,
    seed: int = 0,
    on_chunk_end: Callable[[int, tuple[float, ...]], None] | None = None,
) -> float:
    """Train one model on the recall task at this lag with the shared budget; return its test error."""
    inputs, targets = recall_task(lag, budget.samples, seed)
    test_inputs, test_targets = recall_task(lag, budget.test_samples, seed + 10_000)
    model = lag_model(kind, lag, units, seed=seed)
    train_on_budget(model, inputs, targets, budget, on_chunk_end=on_chunk_end)
    return normalized_error(model, test_inputs, test_targets)


def budget_options(budget: TrainingBudget, **optimizer_options) -> FitOptions:
    """The shared loop's options for this page: batches in their fixed order, the last partial one dropped.

    The fixed order keeps a run a function of the seed alone; the run goes on after a NaN so the
    page can show it. `optimizer_options` name the optimizer and its clipping (see FitOptions).
    """
    return FitOptions(
        batch_size=budget.batch_size, shuffle=False, drop_remainder=True, stop_on_nonfinite=False, **optimizer_options
    )


def train_on_budget(
    model,
    inputs: np.ndarray,
    targets: np.ndarray,
    budget: TrainingBudget = DEFAULT_BUDGET,
    *,
    probe: tuple[np.ndarray, np.ndarray] | None = None,
    on_chunk_end: Callable[[int, tuple[float, ...]], None] | None = None,
) -> FitRecord:
    """Train with Adam on the shared budget, so every model the page compares gets the same chance."""
    return fit_in_chunks(
        model,
        inputs,
        targets,
        epochs=budget.epochs,
        learning_rate=budget.learning_rate,
        options=budget_options(budget),
        chunk=budget.chunk_epochs,
        probe=probe,
        on_chunk_end=on_chunk_end,
    )
