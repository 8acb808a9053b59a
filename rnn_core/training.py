"""The training page's experiment: its settings, one run of it, and the losses it reports.

A run goes through the one chunked loop of `rnn_core.training_loop` (the same Keras layers,
Adam and MSE as `model.fit`, many epochs per compiled call, the graph reused across seeds and
learning rates), reporting a snapshot after every chunk so a page can follow it. What a trained
model then says (predictions, rollouts, the comparison's findings) is in `rnn_core.training_results`.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras
from rnn_core.custom_data import MAX_VALUES, MIN_VALUES, VALUE_LIMIT, SequenceValues
from rnn_core.data import ALL_TASKS, CUSTOM, IDENTITY, MinMaxScaler, dataset_for
from rnn_core.models import ACTIVATIONS, CELLS, build_model, sketch_with_weights
from rnn_core.settings import SettingError, check_bounds, setting
from rnn_core.training_loop import FitOptions, chunk_epochs, fit_weights_together

# A classroom shares one small server: a run may take at most this many weight updates
# (epochs × batches per epoch) and this many cell steps (epochs × samples × window), which keeps
# the slowest allowed run (LSTM, 64 units) near 20 s here. The notes' experiment uses 400 and 30,000.
MAX_UPDATES = 10_000
MAX_CELL_STEPS = 1_000_000
PROGRESS_SHARE = 0.05  # report at least every 5 % of the epochs
# A setting that really diverges: with one full-batch update per epoch, Adam moves every weight by
# about the learning rate, ReLU carries the growth through the recurrence, and the loss overflows
# float32. Measured on the notes' task: losses 7.4, ~1e26, ~1e25, then NaN in epoch 4 (seeds 0–2).
DIVERGENCE_DEMO = {"activation": "relu", "learning_rate": 300.0, "batch_size": 100, "compare": False}


MIN_SAMPLES = 10


def most_samples(count: int, window: int) -> int:
    """Training windows that `count` values of one's own leave room for, with one value after the last."""
    return count - window - 1


@dataclass(frozen=True)
class TrainingSettings:
    """One experiment of the training page; the defaults are the notes' experiment."""

    task: str = setting("arith", choices=ALL_TASKS)  # the sequence: rising by 0.1, sine, noisy sine, or "custom"
    samples: int = setting(100, low=MIN_SAMPLES, high=1000)  # number of (window → next value) training samples
    window: int = setting(3, low=2, high=20)  # values the model reads before predicting the next one
    scale: bool = setting(False)  # map inputs and targets onto [0, 1] before training
    cell: str = setting("simplernn", choices=CELLS)  # SimpleRNN, LSTM or GRU
    activation: str = setting("tanh", choices=ACTIVATIONS)  # the cell's activation (compare trains all three)
    units: int = setting(20, low=1, high=64)  # size of the hidden state
    learning_rate: float = setting(0.001, low=1e-5, high=1000.0, url="lr")  # Adam's step size
    epochs: int = setting(100, low=1, high=1000)  # passes over the training samples
    batch_size: int = setting(32, low=1, high=1000, url="batch")  # samples per weight update
    seed: int = setting(0, low=0, high=9999)  # seeds the initial weights, the shuffling and the noise
    compare: bool = setting(False)  # train tanh, ReLU and sigmoid side by side on the same data and seed
    # The student's own sequence (task "custom"; empty otherwise). It lives in their session; runs on it
    # are keyed by its sha256 (SequenceValues), and a link carries it only when it was typed and is short.
    values: tuple[float, ...] = setting((), max_len=MAX_VALUES, low=-VALUE_LIMIT, high=VALUE_LIMIT)

    def __post_init__(self):
        check_bounds(self)
        self._check_values()
        most_epochs = min(MAX_UPDATES // self.batches_per_epoch, MAX_CELL_STEPS // (self.samples * self.window))
        if self.epochs > most_epochs:
            raise SettingError(
                "epochs", "out_of_range", f"at most {most_epochs} epochs fit these settings", low=1, high=most_epochs
            )

    def _check_values(self) -> None:
        """Own values only with the "custom" task, enough of them, and room for the windows and one value after."""
        values = self.values if self.task == CUSTOM else ()
        if not isinstance(values, SequenceValues):
            object.__setattr__(self, "values", SequenceValues(values))
        if self.task != CUSTOM:
            return
        if not self.values:
            raise SettingError("task", "no_values", "the task 'custom' needs values")
        if len(self.values) < MIN_VALUES:
            raise SettingError("values", "too_short", f"at least {MIN_VALUES} values", min_len=MIN_VALUES)
        most_window = len(self.values) - MIN_SAMPLES - 1
        if self.window > most_window:
            raise SettingError(
                "window", "out_of_range", f"at most {most_window} values per window", low=2, high=most_window
            )
        # The samples the data leaves room for, keeping at least one value after the last window to check
        # the model against: a larger count is lowered to it (the page shows the lowered count).
        object.__setattr__(self, "samples", min(self.samples, most_samples(len(self.values), self.window)))

    @property
    def batches_per_epoch(self) -> int:
        return math.ceil(self.samples / self.batch_size)

    @property
    def activations(self) -> tuple[str, ...]:
        return ACTIVATIONS if self.compare else (self.activation,)

    def for_activation(self, activation: str) -> TrainingSettings:
        """The settings of one single-activation run; compare views share these runs."""
        return dataclasses.replace(self, activation=activation, compare=False)


@dataclass(frozen=True, eq=False)
class TrainingResult:
    """A run so far or at its end; immutable, so many sessions can read one safely."""

    settings: TrainingSettings  # what was trained: one activation, compare off
    losses: tuple[float, ...]  # mean training loss of every epoch run; a non-finite last one marks divergence
    status: str  # "running", "finished", "diverged" or "stopped"
    weights: tuple[np.ndarray, ...]  # the model's weights after the last epoch run (read-only arrays)
    seconds: float  # wall time since the run started
    # What the model predicted along the way, for a slow-motion replay: (epochs done, predictions) from
    # epoch 0 (untrained) to the last epoch run, one per reported chunk (~21; rnn_core.replay). The
    # predictions are on `rnn_core.replay.watched_inputs` (every training window, then the windows
    # past the data), in the data's units. Empty while running. ~21 × (samples + 10) × 4 bytes a run.
    snapshots: tuple[tuple[int, np.ndarray], ...] = ()

    @property
    def activation(self) -> str:
        return self.settings.activation

    @property
    def epochs_run(self) -> int:
        return len(self.losses)

    @property
    def diverged_at(self) -> int | None:
        """The 1-based epoch whose loss was NaN or infinite, if any."""
        return self.epochs_run if self.losses and not math.isfinite(self.losses[-1]) else None

    @property
    def final_loss(self) -> float:
        """The last finite loss (NaN if no epoch ended finite)."""
        finite = [loss for loss in self.losses if math.isfinite(loss)]
        return finite[-1] if finite else math.nan

    def stopped(self) -> TrainingResult:
        """This snapshot, marked as the end of a run the student stopped."""
        return self if self.status != "running" else dataclasses.replace(self, status="stopped")


def scaler_for(settings: TrainingSettings) -> MinMaxScaler:
    if not settings.scale:
        return IDENTITY
    return MinMaxScaler.fit(dataset_for(settings).series)


def _build(settings: TrainingSettings):
    return build_model(
        settings.cell, settings.units, timesteps=settings.window, activation=settings.activation, seed=settings.seed
    )


def training_model(settings: TrainingSettings, weights=None):
    """A fresh model for `settings` (its own object: never shared between sessions)."""
    model = _build(settings)
    if weights is not None:
        model.set_weights(list(weights))
    return model


def train(
    settings: TrainingSettings,
    *,
    on_chunk_end: Callable[[TrainingResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TrainingResult:
    """Train one activation of `settings` from scratch; `on_chunk_end` gets a snapshot after every chunk."""
    if settings.compare:
        raise ValueError("train() runs one activation; use settings.for_activation(...) or train_compare()")
    (result,) = _train_side_by_side([settings], on_chunk_end, should_stop)
    return result


def train_compare(
    settings: TrainingSettings,
    *,
    on_chunk_end: Callable[[TrainingResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, TrainingResult]:
    """tanh, ReLU and sigmoid on the same data and seed, stepped together in one compiled call per chunk.

    Each result is the one `train(settings.for_activation(a))` gives; together they take 7–25 %
    less CPU than three cached runs one after another (bench/training_speed.py).
    """
    runs = [settings.for_activation(a) for a in ACTIVATIONS]
    return dict(zip(ACTIVATIONS, _train_side_by_side(runs, on_chunk_end, should_stop), strict=True))


def prepare_default_graphs() -> None:
    """Trace the default experiment's compiled loops (each activation, as the compare view runs them).

    One epoch each, ~1 s of CPU per activation and ~6 MB of memory: the graph depends on neither
    units, seed, learning rate nor epochs, so the first student of a class who changes only those
    does not wait for a trace.
    """
    for activation in ACTIVATIONS:
        train(TrainingSettings(activation=activation, epochs=1))


def _read_only(array) -> np.ndarray:
    array = np.array(array, copy=True)
    array.flags.writeable = False
    return array


def _train_side_by_side(runs: list[TrainingSettings], on_chunk_end, should_stop) -> list[TrainingResult]:
    """Runs that differ only in their activation, trained from scratch through one call per chunk."""
    from rnn_core.replay import watched_inputs  # it reads training_results, which imports this module

    keras()  # load TensorFlow before the clock starts: its import is not training time
    started = time.perf_counter()
    settings = runs[0]
    dataset = dataset_for(settings)
    scaler = scaler_for(settings)
    # Sketches and their seeded starting weights: no TensorFlow variables are created for a run.
    models, start_from = zip(*(sketch_with_weights(lambda run=run: _build(run)) for run in runs), strict=True)
    reported = [0 for _ in runs]

    def report(_epochs_done, losses, weights):
        if on_chunk_end is None:
            return
        for i, (run, run_losses, reached) in enumerate(zip(runs, losses, weights, strict=True)):
            if len(run_losses) > reported[i]:  # this run moved on in this chunk
                reported[i] = len(run_losses)
                elapsed = time.perf_counter() - started
                on_chunk_end(TrainingResult(run, run_losses, "running", reached, elapsed))

    records = fit_weights_together(
        list(models),
        list(start_from),
        scaler.transform(dataset.inputs),
        scaler.transform(dataset.targets),
        epochs=settings.epochs,
        learning_rate=settings.learning_rate,
        options=FitOptions(batch_size=settings.batch_size),
        seed=settings.seed,
        chunk=chunk_epochs(settings.epochs, PROGRESS_SHARE),
        watch=scaler.transform(watched_inputs(settings)),
        on_chunk_end=report,
        should_stop=should_stop,
    )
    elapsed = time.perf_counter() - started
    return [
        TrainingResult(
            run,
            record.losses,
            record.status,
            record.weights,
            elapsed,
            tuple((int(epoch), _read_only(scaler.inverse(outputs[:, 0]))) for epoch, outputs in record.snapshots),
        )
        for run, record in zip(runs, records, strict=True)
    ]


def losses_frame(results: dict[str, TrainingResult]) -> pd.DataFrame:
    """Every epoch's loss as rows of (epoch, activation, loss)."""
    rows = [(epoch, a, loss) for a, r in results.items() for epoch, loss in enumerate(r.losses, start=1)]
    return pd.DataFrame(rows, columns=["epoch", "activation", "loss"])


def summary_frame(results: dict[str, TrainingResult]) -> pd.DataFrame:
    """One row per activation: how the run ended and its final loss."""
    rows = [
        {
            "activation": a,
            "status": r.status,
            "epochs_run": r.epochs_run,
            "final_loss": r.final_loss,
            "lowest_loss": min((v for v in r.losses if math.isfinite(v)), default=math.nan),
            "diverged_at": r.diverged_at,
            "seconds": round(r.seconds, 2),
        }
        for a, r in results.items()
    ]
    return pd.DataFrame(rows)
