"""The sequences the training page learns from, cut into (window → next value) samples.

The notes' task is a sequence that rises by 0.1 per step: the window [0.0, 0.1, 0.2] should
predict 0.3. A sine wave (clean or with noise) adds a sequence that is not a straight line.
Values are generated on a time grid t = 0, 1, 2, … with value(t) = t / 10 or sin(t / 10),
so sample i holds the values at t = i … i + window - 1 and its target is the value at
t = i + window, exactly as the notes build X and Y.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.settings import parse_text

TASKS = ("arith", "sine", "noisy_sine")
STEP = 0.1  # the arithmetic sequence rises by this much per time step; the sine advances by it in radians
NOISE_STD = 0.1  # standard deviation of the noise added to the noisy sine
SEQUENCE_LIMIT = 1e6  # typed values beyond this size are rejected as out of range


def clean_values(task: str, start: int, count: int) -> np.ndarray:
    """The noiseless sequence at time steps start … start + count - 1."""
    steps = np.arange(start, start + count, dtype=np.float64)
    if task == "arith":
        return steps / 10  # divide (not multiply by 0.1) so 3 / 10 prints as 0.3, as in the notes
    if task in ("sine", "noisy_sine"):
        return np.sin(steps / 10)
    raise ValueError(f"task must be one of {TASKS}, got {task!r}")


def task_series(task: str, length: int, *, seed: int = 0) -> np.ndarray:
    """The sequence a model trains on: the clean values, plus seeded noise for the noisy sine."""
    values = clean_values(task, 0, length)
    if task == "noisy_sine":
        values = values + np.random.default_rng(seed).normal(0.0, NOISE_STD, size=length)
    return values


def make_windows(values: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """Cut a series into inputs of shape (samples, window, 1) and the value after each window."""
    values = np.asarray(values, dtype=np.float64)
    samples = len(values) - window
    if samples < 1:
        raise ValueError(f"a series of {len(values)} values has no window of {window} with a next value")
    inputs = np.stack([values[i : i + window] for i in range(samples)])[:, :, np.newaxis]
    return inputs, values[window:].copy()


@dataclass(frozen=True)
class Dataset:
    """The training windows of one task, with the series they were cut from."""

    task: str  # "arith", "sine" or "noisy_sine"
    window: int  # values per input window (the notes' seq_len)
    inputs: np.ndarray  # (samples, window, 1): sample i holds the series at t = i … i + window - 1
    targets: np.ndarray  # (samples,): the series at t = i + window
    series: np.ndarray  # the whole series, samples + window values

    @property
    def samples(self) -> int:
        return len(self.targets)


def make_dataset(task: str, samples: int, window: int, *, seed: int = 0) -> Dataset:
    """The notes' X and Y for `task`: `samples` windows of `window` values and their next values."""
    series = task_series(task, samples + window, seed=seed)
    inputs, targets = make_windows(series, window)
    return Dataset(task, window, inputs, targets, series)


def beyond_windows(task: str, samples: int, window: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The `count` windows right after the training data, on the clean sequence, and their next values.

    For the notes' task (100 samples, window 3) the first one is [10.0, 10.1, 10.2] → 10.3.
    """
    return make_windows(clean_values(task, samples, count + window), window)


def preview_text(dataset: Dataset, count: int = 5) -> str:
    """The first windows and targets printed the way the notes print them: `print(X[i], Y[i])`."""
    return "\n".join(f"{dataset.inputs[i]} {dataset.targets[i]}" for i in range(min(count, dataset.samples)))


def series_frame(dataset: Dataset) -> pd.DataFrame:
    """The series as a tidy frame: time step, value, and whether the value is ever a target."""
    steps = np.arange(len(dataset.series))
    return pd.DataFrame(
        {
            "step": steps,
            "value": dataset.series,
            "role": np.where(steps < dataset.window, "input only", "input and target"),
        }
    )


@dataclass(frozen=True)
class MinMaxScaler:
    """Maps the training series onto [0, 1]; predictions are mapped back with `inverse`.

    tanh and sigmoid saturate: for inputs far from 0 their slope is nearly 0, so a unit fed
    values around 10 barely changes its output and learns slowly. Scaling keeps the inputs in
    the range where the activation still responds.
    """

    low: float = 0.0  # the smallest training value, mapped to 0
    high: float = 1.0  # the largest training value, mapped to 1

    @classmethod
    def fit(cls, values: np.ndarray) -> MinMaxScaler:
        low, high = float(np.min(values)), float(np.max(values))
        return cls(low, high if high > low else low + 1.0)

    def transform(self, values):
        return (np.asarray(values, dtype=np.float64) - self.low) / (self.high - self.low)

    def inverse(self, values):
        return np.asarray(values, dtype=np.float64) * (self.high - self.low) + self.low


IDENTITY = MinMaxScaler()


def next_by_rule(task: str, values) -> float:
    """The value that the rule behind the task puts after `values` (at least two of them).

    The arithmetic task adds 0.1. A sine sampled every 0.1 radians obeys
    x(t+1) = 2·cos(0.1)·x(t) − x(t−1), so its continuation follows from the last two values
    alone. The noisy sine's rule is the clean sine's: noise is what the model should ignore.
    """
    if task == "arith":
        return float(values[-1]) + STEP
    if task in ("sine", "noisy_sine"):
        return 2 * math.cos(STEP) * float(values[-1]) - float(values[-2])
    raise ValueError(f"task must be one of {TASKS}, got {task!r}")


def true_continuation(task: str, values, steps: int) -> np.ndarray:
    """The next `steps` values by the task's rule, each computed from the true values before it."""
    history = [float(v) for v in values]
    for _ in range(steps):
        history.append(next_by_rule(task, history))
    return np.array(history[len(values) :])


def parse_sequence(text: str, window: int, *, name: str = "sequence") -> tuple[float, ...]:
    """A typed window like "10.0, 10.1, 10.2" as numbers, or a SettingError saying what is wrong.

    The same parser as every setting: exactly `window` finite numbers, each within ±SEQUENCE_LIMIT.
    """
    bounds = {"min_len": window, "max_len": window, "low": -SEQUENCE_LIMIT, "high": SEQUENCE_LIMIT}
    return parse_text(name, tuple, text or "", bounds)


# ----- the student's own sequence (task "custom"), read by rnn_core.custom_data -------------------

CUSTOM = "custom"
ALL_TASKS = TASKS + (CUSTOM,)


def series_for(settings, values=None) -> np.ndarray:
    """The series an experiment trains on: its first `samples + window` values.

    Built-in tasks generate it; for "custom" it is the start of the student's values
    (`values`, else `settings.values`). A notebook that rebuilds the experiment starts here.
    """
    if settings.task != CUSTOM:
        return task_series(settings.task, settings.samples + settings.window, seed=settings.seed)
    values = np.asarray(settings.values if values is None else values, dtype=np.float64)
    length = settings.samples + settings.window
    if len(values) < length:
        raise ValueError(f"{len(values)} values leave no room for {settings.samples} windows of {settings.window}")
    return values[:length].copy()


def dataset_for(settings) -> Dataset:
    """The experiment's windows and targets, as `make_dataset` cuts them for a built-in task."""
    series = series_for(settings)
    inputs, targets = make_windows(series, settings.window)
    return Dataset(settings.task, settings.window, inputs, targets, series)


def beyond_for(settings, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Up to `count` windows right after the training data and their next values.

    Built-in tasks continue the clean sequence. The student's values past the training windows
    are the check: the model never trained on them (there is at least one, see TrainingSettings).
    """
    if settings.task != CUSTOM:
        return beyond_windows(settings.task, settings.samples, settings.window, count)
    values = np.asarray(settings.values, dtype=np.float64)
    start = settings.samples
    available = len(values) - start - settings.window
    return make_windows(values[start : start + settings.window + min(count, available)], settings.window)


def continuation_for(settings, start, steps: int) -> np.ndarray:
    """The true next `steps` values after the window `start`; for "custom", what follows it in the data.

    A window typed for the student's own values has a true continuation only where the data holds
    that window (to 6 significant digits, as the page prints values): its first occurrence is used,
    and the continuation is as long as the data goes on (possibly empty).
    """
    if settings.task != CUSTOM:
        return true_continuation(settings.task, start, steps)
    values = np.asarray(settings.values, dtype=np.float64)
    window = np.asarray(start, dtype=np.float64)
    if len(window) == 0 or len(values) <= len(window):
        return np.array([])
    candidates = np.lib.stride_tricks.sliding_window_view(values[:-1], len(window))
    found = np.flatnonzero(np.all(np.isclose(candidates, window, rtol=1e-5, atol=1e-12), axis=1))
    if len(found) == 0:
        return np.array([])
    after = found[0] + len(window)
    return values[after : after + steps].copy()
