"""Train the notes' model fast, report progress through callbacks, and tabulate what it learned.

Plain `model.fit` on 100 samples spends almost all its time on fixed per-epoch work, not on
arithmetic. Here one `tf.function` runs a whole chunk of epochs (shuffled mini-batches, Adam,
MSE: the same Keras layers, optimizer and loss), and the Python side calls it chunk by chunk so
a callback can report progress in between. The function is built for one model and dropped with
it, so a server that trains many different settings does not pile up compiled graphs.
"""

from __future__ import annotations

import dataclasses
import math
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from rnn_core.backend import keras, single_device, tensorflow
from rnn_core.data import IDENTITY, TASKS, MinMaxScaler, beyond_windows, make_dataset, true_continuation
from rnn_core.models import ACTIVATIONS, CELLS, sequence_regressor
from rnn_core.settings import SettingError, check_bounds, setting

# A classroom shares one small server: a run may take at most this many weight updates
# (epochs × batches per epoch) and this many cell steps (epochs × samples × window), which keeps
# the slowest allowed run (LSTM, 64 units) near 20 s here. The notes' experiment uses 400 and 30,000.
MAX_UPDATES = 10_000
MAX_CELL_STEPS = 1_000_000
PROGRESS_SHARE = 0.05  # report at least every 5 % of the epochs
BEYOND_COUNT = 10  # windows predicted past the end of the training data
# A setting that really diverges: with one full-batch update per epoch, Adam moves every weight by
# about the learning rate, ReLU carries the growth through the recurrence, and the loss overflows
# float32. Measured on the notes' task: losses 7.4, ~1e26, ~1e25, then NaN in epoch 4 (seeds 0–2).
DIVERGENCE_DEMO = {"activation": "relu", "learning_rate": 300.0, "batch_size": 100, "compare": False}


@dataclass(frozen=True)
class TrainingSettings:
    """One experiment of the training page; the defaults are the notes' experiment."""

    task: str = setting("arith", choices=TASKS)  # the sequence: rising by 0.1, sine, or noisy sine
    samples: int = setting(100, low=10, high=1000)  # number of (window → next value) training samples
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

    def __post_init__(self):
        check_bounds(self)
        most_epochs = min(MAX_UPDATES // self.batches_per_epoch, MAX_CELL_STEPS // (self.samples * self.window))
        if self.epochs > most_epochs:
            raise SettingError(
                "epochs", "out_of_range", f"at most {most_epochs} epochs fit these settings", low=1, high=most_epochs
            )

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


def chunk_epochs(epochs: int) -> int:
    """Epochs per compiled call, small enough to report progress every 5 % of the run."""
    return max(1, int(epochs * PROGRESS_SHARE))


def scaler_for(settings: TrainingSettings) -> MinMaxScaler:
    if not settings.scale:
        return IDENTITY
    return MinMaxScaler.fit(make_dataset(settings.task, settings.samples, settings.window, seed=settings.seed).series)


def build_model(settings: TrainingSettings, weights=None):
    """A fresh model for `settings` (its own object: never shared between sessions)."""
    model = sequence_regressor(
        settings.cell, settings.units, timesteps=settings.window, activation=settings.activation, seed=settings.seed
    )
    if weights is not None:
        model.set_weights(list(weights))
    return model


def fit_in_chunks(
    model,
    inputs: np.ndarray,
    targets: np.ndarray,
    *,
    epochs: int,
    batch_size: int,
    learning_rate: float,
    seed: int = 0,
    shuffle: bool = True,
    chunk: int | None = None,
    on_chunk_end: Callable[[int, tuple[float, ...]], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[tuple[float, ...], str]:
    """Train `model` with Adam and MSE like `model.fit`, many epochs per compiled call.

    Each epoch visits the samples in an order drawn from a stateless generator seeded by
    (seed, epoch), so the same seed gives the same batches with no global random state. The
    loss of an epoch is the sample-weighted mean of its batch losses, as `fit` reports it.
    Training stops after the first epoch whose loss is NaN or infinite, or when `should_stop()`
    says so between chunks. Returns (losses, status) with status "finished", "diverged" or "stopped".
    """
    k, tf = keras(), tensorflow()
    optimizer = single_device(k.optimizers.Adam(learning_rate=float(learning_rate)))
    loss_function = k.losses.MeanSquaredError()
    variables = model.trainable_variables
    optimizer.build(variables)
    x_all = tf.constant(inputs, dtype=tf.float32)
    y_all = tf.constant(np.reshape(targets, (-1, 1)), dtype=tf.float32)
    sample_count = int(inputs.shape[0])
    batch_count = math.ceil(sample_count / batch_size)

    @tf.function
    def run_epochs(first_epoch, epoch_count):
        losses = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
        for offset in tf.range(epoch_count):
            if shuffle:
                noise = tf.random.stateless_uniform([sample_count], seed=tf.stack([seed, first_epoch + offset]))
                order = tf.argsort(noise)
            else:
                order = tf.range(sample_count)
            total = tf.constant(0.0)
            for batch in tf.range(batch_count):
                rows = order[batch * batch_size : (batch + 1) * batch_size]
                with tf.GradientTape() as tape:
                    loss = loss_function(tf.gather(y_all, rows), model(tf.gather(x_all, rows), training=True))
                gradients = tape.gradient(loss, variables)
                optimizer.apply_gradients(zip(gradients, variables, strict=True))
                total += loss * tf.cast(tf.shape(rows)[0], tf.float32)
            epoch_loss = total / sample_count
            losses = losses.write(offset, epoch_loss)
            if not tf.math.is_finite(epoch_loss):
                break
        return losses.stack()

    chunk = chunk or chunk_epochs(epochs)
    history: list[float] = []
    while len(history) < epochs:
        count = min(chunk, epochs - len(history))
        history.extend(float(v) for v in run_epochs(tf.constant(len(history)), tf.constant(count)).numpy())
        status = "diverged" if not math.isfinite(history[-1]) else "running"
        if on_chunk_end is not None:
            on_chunk_end(len(history), tuple(history))
        if status == "diverged":
            return tuple(history), status
        if should_stop is not None and should_stop() and len(history) < epochs:
            return tuple(history), "stopped"
    return tuple(history), "finished"


def _frozen_weights(model) -> tuple[np.ndarray, ...]:
    weights = []
    for array in model.get_weights():
        array = np.array(array, copy=True)
        array.flags.writeable = False
        weights.append(array)
    return tuple(weights)


def train(
    settings: TrainingSettings,
    *,
    on_chunk_end: Callable[[TrainingResult], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TrainingResult:
    """Train one activation of `settings` from scratch; `on_chunk_end` gets a snapshot after every chunk."""
    if settings.compare:
        raise ValueError("train() runs one activation; use settings.for_activation(...) or train_compare()")
    keras()  # load TensorFlow before the clock starts: its import is not training time
    started = time.perf_counter()
    dataset = make_dataset(settings.task, settings.samples, settings.window, seed=settings.seed)
    scaler = scaler_for(settings)
    model = build_model(settings)

    def report(_epoch, losses):
        if on_chunk_end is not None:
            snapshot = TrainingResult(
                settings, losses, "running", _frozen_weights(model), time.perf_counter() - started
            )
            on_chunk_end(snapshot)

    losses, status = fit_in_chunks(
        model,
        scaler.transform(dataset.inputs),
        scaler.transform(dataset.targets),
        epochs=settings.epochs,
        batch_size=settings.batch_size,
        learning_rate=settings.learning_rate,
        seed=settings.seed,
        on_chunk_end=report,
        should_stop=should_stop,
    )
    return TrainingResult(settings, losses, status, _frozen_weights(model), time.perf_counter() - started)


def train_compare(
    settings: TrainingSettings, *, on_chunk_end: Callable[[TrainingResult], None] | None = None
) -> dict[str, TrainingResult]:
    """tanh, ReLU and sigmoid trained one after another on the same data and seed."""
    return {a: train(settings.for_activation(a), on_chunk_end=on_chunk_end) for a in ACTIVATIONS}


# ----- What the trained models say -----------------------------------------------------------------


def _predict_with(model, settings: TrainingSettings, windows: np.ndarray) -> np.ndarray:
    scaler = scaler_for(settings)
    scaled = scaler.transform(np.reshape(windows, (-1, settings.window, 1))).astype(np.float32)
    return scaler.inverse(np.asarray(model(scaled, training=False))[:, 0])


def predict(result: TrainingResult, windows) -> np.ndarray:
    """The model's next value for each window (shape (n, window) or (n, window, 1))."""
    return _predict_with(build_model(result.settings, result.weights), result.settings, np.asarray(windows))


def rollout(result: TrainingResult, start: tuple[float, ...], steps: int) -> np.ndarray:
    """Predict the next value, append it to the window, drop the oldest value, and repeat `steps` times."""
    model = build_model(result.settings, result.weights)
    window = list(start)
    predictions = []
    for _ in range(steps):
        value = float(_predict_with(model, result.settings, np.array([window[-result.settings.window :]]))[0])
        predictions.append(value)
        window.append(value if math.isfinite(value) else math.nan)
    return np.array(predictions)


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


def predictions_frame(results: dict[str, TrainingResult], beyond: int = BEYOND_COUNT) -> pd.DataFrame:
    """Each model's prediction for every training window and for `beyond` windows past the data.

    Columns: step (time step of the predicted value), region ("training" or "beyond"),
    activation, target, prediction, error (prediction − target).
    """
    frames = []
    for activation, result in results.items():
        s = result.settings
        dataset = make_dataset(s.task, s.samples, s.window, seed=s.seed)
        extra_inputs, extra_targets = beyond_windows(s.task, s.samples, s.window, beyond)
        inputs = np.concatenate([dataset.inputs, extra_inputs])
        targets = np.concatenate([dataset.targets, extra_targets])
        predictions = _predict_with(build_model(s, result.weights), s, inputs)
        frames.append(
            pd.DataFrame(
                {
                    "step": np.arange(len(targets)) + s.window,
                    "region": ["training"] * dataset.samples + ["beyond"] * beyond,
                    "activation": activation,
                    "target": targets,
                    "prediction": predictions,
                    "error": predictions - targets,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def rollout_frame(result: TrainingResult, start: tuple[float, ...], steps: int) -> pd.DataFrame:
    """The typed window, the model's rollout and the task's true continuation as (step, kind, value)."""
    predicted = rollout(result, start, steps)
    truth = true_continuation(result.settings.task, start, steps)
    given = len(start)
    rows = [(i - given + 1, "input", float(v)) for i, v in enumerate(start)]
    rows += [(i + 1, "prediction", float(v)) for i, v in enumerate(predicted)]
    rows += [(i + 1, "truth", float(v)) for i, v in enumerate(truth)]
    return pd.DataFrame(rows, columns=["step", "kind", "value"])


def model_file_bytes(result: TrainingResult) -> bytes:
    """The trained model as a `.keras` file, compiled with the run's optimizer and loss."""
    k = keras()
    model = build_model(result.settings, result.weights)
    model.compile(
        optimizer=k.optimizers.Adam(learning_rate=result.settings.learning_rate),
        loss=k.losses.MeanSquaredError(),
    )
    model.optimizer.build(model.trainable_variables)  # a fresh Adam state, so loading restores it cleanly
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.keras"
        model.save(path)
        return path.read_bytes()


@dataclass(frozen=True)
class CompareFindings:
    """What a compare run showed, as facts the page turns into sentences."""

    ranking: tuple[str, ...]  # activations from lowest to highest final loss (diverged ones last)
    final_losses: dict  # activation → last finite loss
    diverged: dict  # activation → epoch at which the loss became NaN/inf
    beyond_target: float  # the true next value after the first window past the data
    beyond_predictions: dict  # activation → its prediction there
    beyond_errors: dict  # activation → mean |error| over the windows past the data
    tanh_is_best: bool  # did tanh reach the lowest final loss?


def compare_findings(results: dict[str, TrainingResult], predictions: pd.DataFrame) -> CompareFindings:
    """Summarise a compare run from its own numbers, so the page says what this run showed."""

    def rank(activation):
        r = results[activation]
        return (r.diverged_at is not None, r.final_loss if math.isfinite(r.final_loss) else math.inf)

    ranking = tuple(sorted(results, key=rank))
    beyond = predictions[predictions["region"] == "beyond"]
    first = beyond.loc[beyond.groupby("activation")["step"].idxmin()].set_index("activation")
    return CompareFindings(
        ranking=ranking,
        final_losses={a: r.final_loss for a, r in results.items()},
        diverged={a: r.diverged_at for a, r in results.items() if r.diverged_at is not None},
        beyond_target=float(first["target"].iloc[0]) if len(first) else math.nan,
        beyond_predictions={a: float(v) for a, v in first["prediction"].items()},
        beyond_errors={
            a: float(v) for a, v in beyond.groupby("activation")["error"].apply(lambda e: e.abs().mean()).items()
        },
        tanh_is_best=bool(ranking and ranking[0] == "tanh"),
    )
