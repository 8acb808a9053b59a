"""What gradients do while a SimpleRNN trains: which steps it still learns from, and clipping.

Both experiments train on the long-lag recall task of `rnn_core.long_term` with the same fast
chunked loop, seeded, so the page, the tests and the benchmark see the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.gradients import FEEDBACK_FIELDS, GradientSettings
from rnn_core.long_term import DEFAULT_BUDGET, TrainingBudget, budget_options, lag_model, recall_task, train_on_budget
from rnn_core.training_loop import fit_in_chunks

PROBE_SAMPLES = 64
CLIP_MODES = ("none", "clipnorm", "clipvalue")


@dataclass(frozen=True)
class TrainingGradients:
    gradients: pd.DataFrame  # epoch, step, input_gradient: mean ‖∂L/∂x_t‖ on a probe batch after each epoch
    losses: pd.DataFrame  # epoch, loss: mean training loss of each epoch


# The fields of GradientSettings that gradients_across_training reads (steps and input kind are not among them).
TRAINING_FIELDS = ("activation", "gain", "init", "units", "lag", "seed")


def gradients_across_training(
    settings: GradientSettings, budget: TrainingBudget = DEFAULT_BUDGET, on_chunk_end=None
) -> TrainingGradients:
    """Train a SimpleRNN (the page's activation, gain, init, units) on the recall task at the page's lag.

    After every epoch the loss gradient is taken with respect to each input step of a fixed
    probe batch: a column that stays dark is a step the network can no longer learn from.
    """
    inputs, targets = recall_task(settings.lag, budget.samples, settings.seed)
    probe = recall_task(settings.lag, PROBE_SAMPLES, settings.seed + 20_000)
    model = lag_model(
        "simplernn",
        settings.lag,
        settings.units,
        activation=settings.activation,
        gain=settings.gain,
        init=settings.init,
        seed=settings.seed,
    )
    record = train_on_budget(model, inputs, targets, budget, probe=probe, on_chunk_end=on_chunk_end)
    epochs = np.arange(1, len(record.losses) + 1)
    steps = np.arange(1, settings.lag + 1)
    gradients = pd.DataFrame(
        {
            "epoch": np.repeat(epochs, len(steps)),
            "step": np.tile(steps, len(epochs)),
            "input_gradient": record.input_gradients.reshape(-1),
        }
    )
    return TrainingGradients(gradients, pd.DataFrame({"epoch": epochs, "loss": record.losses}))


@dataclass(frozen=True)
class ClippingSetup:
    """An exploding setting: a ReLU SimpleRNN with W_h = 2 × orthogonal, trained by plain SGD."""

    lag: int = 20  # sequence length of the recall task
    units: int = 20  # hidden state size
    gain: float = 2.0  # σ_max(W_h): far above 1, so the backward product can grow as 2^(T−t)
    learning_rate: float = 0.01  # SGD step; without clipping the first huge gradient throws the weights to NaN
    epochs: int = 40  # passes over the data, the same for the three runs
    clipnorm: float = 1.0  # rescale each weight's gradient to norm ≤ 1
    clipvalue: float = 0.1  # cut each gradient component to [−0.1, 0.1]


def clipping_comparison(setup: ClippingSetup = ClippingSetup(), seed: int = 0, on_chunk_end=None) -> pd.DataFrame:
    """Loss per epoch with no clipping, clipnorm and clipvalue: columns epoch, clipping, loss."""
    budget = TrainingBudget(epochs=setup.epochs)
    inputs, targets = recall_task(setup.lag, budget.samples, seed)
    options = {"none": {}, "clipnorm": {"clipnorm": setup.clipnorm}, "clipvalue": {"clipvalue": setup.clipvalue}}
    frames = []
    for mode in CLIP_MODES:
        model = lag_model("simplernn", setup.lag, setup.units, activation="relu", gain=setup.gain, seed=seed)
        record = fit_in_chunks(
            model,
            inputs,
            targets,
            epochs=setup.epochs,
            learning_rate=setup.learning_rate,
            options=budget_options(budget, optimizer="sgd", **options[mode]),
            chunk=setup.epochs,
            on_chunk_end=on_chunk_end,
        )
        frames.append(pd.DataFrame({"epoch": np.arange(1, setup.epochs + 1), "clipping": mode, "loss": record.losses}))
    return pd.concat(frames, ignore_index=True)


def clip_by_norm(gradient: np.ndarray, threshold: float) -> np.ndarray:
    """What clipnorm does to one weight's gradient: scale it down to norm `threshold` if it is longer."""
    norm = float(np.linalg.norm(gradient))
    return gradient * (threshold / norm) if norm > threshold else gradient


# clipping_keeps_ratios reads a gradients_through_time frame and the activation.
RATIOS_FIELDS = (*FEEDBACK_FIELDS, "activation")


def clipping_keeps_ratios(through_time: pd.DataFrame, activation: str) -> pd.DataFrame:
    """|∂L/∂x_1| and |∂L/∂x_T| of one activation, as measured and multiplied by a clipnorm factor, and their ratio.

    An illustration, not what Keras does to these numbers: optimizer clipping acts on each weight's
    gradient after backpropagation and never touches ∂L/∂x_t. What it shows is true of that weight
    gradient too: clipnorm multiplies it (the sum of every step's contribution) by one factor ≤ 1, so
    each step's share stays as it was. The factor here is the one that would bring this vector to a
    tenth of its norm. Columns: when ("before" or "after"), first_step, last_step, ratio.
    """
    rows = through_time[(through_time["activation"] == activation) & through_time["input_gradient"].notna()]
    gradient = rows.sort_values("distance")["input_gradient"].to_numpy(dtype=np.float64)  # x_T first, x_1 last
    norm = float(np.linalg.norm(gradient))
    clipped = clip_by_norm(gradient, 0.1 * norm) if np.isfinite(norm) and norm > 0 else gradient
    frame = pd.DataFrame(
        {
            "when": ["before", "after"],
            "first_step": [gradient[-1], clipped[-1]],
            "last_step": [gradient[0], clipped[0]],
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["ratio"] = frame["first_step"] / frame["last_step"]
    return frame
