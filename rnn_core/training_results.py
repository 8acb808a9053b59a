"""What a trained model of the training page says: its predictions, rollouts, file and findings.

Everything here reads a finished (or stopped) `TrainingResult` and rebuilds its Keras model from
the run's weights, so the numbers are the model's own.
"""

from __future__ import annotations

import math
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from rnn_core.backend import keras
from rnn_core.data import CUSTOM, beyond_for, continuation_for, dataset_for
from rnn_core.models import ACTIVATIONS
from rnn_core.training import TrainingResult, TrainingSettings, scaler_for, training_model
from rnn_core.training_loop import CACHE_SIZE, CompiledPredict, keep_newest, sweeper

BEYOND_COUNT = 10  # windows predicted past the end of the training data
BUILT_IN_CLOSENESS = 0.1  # the built-in sequences step by 0.1 (or stay within ±1): one step off is not close
OWN_DATA_CLOSENESS = 0.05  # on a student's own values: a twentieth of their range, rounded up to 1, 2 or 5 × 10^k


def closeness(settings: TrainingSettings, training_targets) -> float:
    """How near the true next value an answer must be to count as close, in the data's own units.

    The built-in sequences' values are tenths near 1: 0.1. A student's own values may be degrees,
    prices or counts, so there it is a twentieth of the range of the values trained on, rounded up to
    a number that reads well (0.2, 0.5, 1, 2, 5, ...); all equal values give the built-in 0.1.
    """
    if settings.task != CUSTOM:
        return BUILT_IN_CLOSENESS
    values = np.asarray(training_targets, dtype=np.float64)
    spread = float(np.nanmax(values) - np.nanmin(values)) if values.size else 0.0
    if not math.isfinite(spread) or spread <= 0:
        return BUILT_IN_CLOSENESS
    wanted = spread * OWN_DATA_CLOSENESS
    power = 10.0 ** math.floor(math.log10(wanted))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= wanted * (1 - 1e-12))


_forward_passes: OrderedDict[tuple, CompiledPredict] = OrderedDict()
_forward_passes_lock = threading.Lock()


def _forward_pass(cell: str, activation: str, window: int) -> CompiledPredict:
    """The trained models' forward pass for one cell, activation and window, traced once for every hidden size.

    The last CACHE_SIZE are kept; what an evicted one leaves behind is swept as the training loops' is.
    """
    key = (cell, activation, window)
    with _forward_passes_lock:
        if key in _forward_passes:
            _forward_passes.move_to_end(key)
            return _forward_passes[key]
    built = CompiledPredict(training_model(TrainingSettings(cell=cell, activation=activation, window=window)))
    with _forward_passes_lock:
        built = _forward_passes.setdefault(key, built)
        _forward_passes.move_to_end(key)
        dropped = keep_newest(_forward_passes, CACHE_SIZE)
    if dropped:
        sweeper.evicted(dropped)
    return built


def prepare_default_forward_passes() -> None:
    """Trace the default experiment's forward pass for each activation (as `prepare_default_graphs` does for training).

    Any hidden size uses the same trace, so the first result a class sees is not held up by it.
    """
    for activation in ACTIVATIONS:
        _forward_pass(TrainingSettings().cell, activation, TrainingSettings().window)


def _predict_with(result: TrainingResult, windows: np.ndarray) -> np.ndarray:
    """The model's own output for these windows: its layers' forward pass on the run's weights."""
    settings = result.settings
    scaler = scaler_for(settings)
    scaled = scaler.transform(np.reshape(windows, (-1, settings.window, 1))).astype(np.float32)
    forward = _forward_pass(settings.cell, settings.activation, settings.window)
    return scaler.inverse(forward(result.weights, scaled)[:, 0])


def predict(result: TrainingResult, windows) -> np.ndarray:
    """The model's next value for each window (shape (n, window) or (n, window, 1))."""
    return _predict_with(result, np.asarray(windows))


def rollout(result: TrainingResult, start: tuple[float, ...], steps: int) -> np.ndarray:
    """Predict the next value, append it to the window, drop the oldest value, and repeat `steps` times."""
    window = list(start)
    predictions = []
    for _ in range(steps):
        value = float(_predict_with(result, np.array([window[-result.settings.window :]]))[0])
        predictions.append(value)
        window.append(value if math.isfinite(value) else math.nan)
    return np.array(predictions)


def predictions_frame(results: dict[str, TrainingResult], beyond: int = BEYOND_COUNT) -> pd.DataFrame:
    """Each model's prediction for every training window and for `beyond` windows past the data.

    Columns: step (time step of the predicted value), region ("training" or "beyond"),
    activation, target, prediction, error (prediction − target).
    """
    frames = []
    for activation, result in results.items():
        s = result.settings
        dataset = dataset_for(s)
        extra_inputs, extra_targets = beyond_for(s, beyond)  # fewer than `beyond` when own data ends sooner
        inputs = np.concatenate([dataset.inputs, extra_inputs])
        targets = np.concatenate([dataset.targets, extra_targets])
        predictions = _predict_with(result, inputs)
        frames.append(
            pd.DataFrame(
                {
                    "step": np.arange(len(targets)) + s.window,
                    "region": ["training"] * dataset.samples + ["beyond"] * len(extra_targets),
                    "activation": activation,
                    "target": targets,
                    "prediction": predictions,
                    "error": predictions - targets,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def rollout_frame(result: TrainingResult, start: tuple[float, ...], steps: int) -> pd.DataFrame:
    """The typed window, the model's rollout and the task's true continuation as (step, kind, value).

    For one's own data the continuation is what follows the window in the data: shorter, or none.
    """
    predicted = rollout(result, start, steps)
    truth = continuation_for(result.settings, start, steps)
    given = len(start)
    rows = [(i - given + 1, "input", float(v)) for i, v in enumerate(start)]
    rows += [(i + 1, "prediction", float(v)) for i, v in enumerate(predicted)]
    rows += [(i + 1, "truth", float(v)) for i, v in enumerate(truth)]
    return pd.DataFrame(rows, columns=["step", "kind", "value"])


def model_file_bytes(result: TrainingResult) -> bytes:
    """The trained model as a `.keras` file, compiled with the run's optimizer and loss."""
    k = keras()
    model = training_model(result.settings, result.weights)
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
