"""Slow motion: which epoch of a finished run to show at a moment of its replay, and what it predicted then.

A run records every epoch's loss and its total wall time, not each epoch's own time, so a replay
spreads the recorded span evenly over the epochs: at speed 1 the replay lasts as long as the run,
at 0.25 four times as long, at 0.05 twenty times. The caller passes the elapsed time (its own clock), so this is pure.
A run also keeps the model's predictions after every reported chunk (`TrainingResult.snapshots`,
computed inside the trainer's compiled call), so a replay moves the predictions with the loss curve.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

# The replay speeds offered; stepping epoch by epoch needs no clock. The notes' run trains in under
# half a second on a quiet server: at 0.05× its replay lasts ~8 s, long enough to talk over.
SPEEDS = (1.0, 0.25, 0.05)


@dataclass(frozen=True)
class Replay:
    """A recorded run as a replay: how many epochs, over how many seconds."""

    epochs: int  # epochs the run recorded (at least 1)
    span: float  # the run's recorded wall time in seconds

    def __post_init__(self):
        if self.epochs < 1 or not math.isfinite(self.span) or self.span < 0:
            raise ValueError("a replay needs at least one epoch and a finite, non-negative span")

    def duration(self, speed: float) -> float:
        """Seconds the whole replay takes at `speed` (0.25: four times the recorded span)."""
        return self.span / speed

    def epoch_at(self, elapsed: float, speed: float) -> int:
        """The epoch (1…epochs) shown `elapsed` seconds after Play: epoch k once k/epochs of the replay has passed."""
        if elapsed <= 0:
            return 1
        total = self.duration(speed)
        if total <= 0 or elapsed >= total:
            return self.epochs
        return max(1, min(self.epochs, math.floor(elapsed / total * self.epochs)))

    def finished(self, elapsed: float, speed: float) -> bool:
        return elapsed >= self.duration(speed)


def watched_inputs(settings) -> np.ndarray:
    """The windows whose predictions a run records along the way: every training window, then those past the data.

    The same rows, in the same order, as `rnn_core.training_results.predictions_frame` predicts at the end.
    """
    from rnn_core.data import beyond_for, dataset_for
    from rnn_core.training_results import BEYOND_COUNT

    dataset = dataset_for(settings)  # a built-in task's windows, or the student's own values'
    extra_inputs, _ = beyond_for(settings, BEYOND_COUNT)
    return np.concatenate([dataset.inputs, extra_inputs]).astype(np.float32)


def snapshot_at(result, epoch: int) -> tuple[int, np.ndarray] | None:
    """The run's last recorded (epoch, predictions) at or before `epoch` (None: the run kept none)."""
    earlier = [snapshot for snapshot in result.snapshots if snapshot[0] <= epoch]
    return earlier[-1] if earlier else None


def predictions_at(results: dict, epoch: int, final: pd.DataFrame) -> tuple[pd.DataFrame, int | None]:
    """`final` (a predictions_frame of these results) with each model's predictions as of `epoch`.

    Returns the frame and the epoch its predictions are from (the latest snapshot at or before
    `epoch`, the same for every model of a compare run: they report together), or `final` and None
    when a run kept no snapshots.
    """
    frames, shown = [], None
    for activation, result in results.items():
        rows = final[final["activation"] == activation].copy()
        snapshot = snapshot_at(result, epoch)
        if snapshot is None or len(snapshot[1]) != len(rows):
            return final, None
        shown, predictions = snapshot
        rows["prediction"] = predictions
        rows["error"] = predictions - rows["target"].to_numpy()
        frames.append(rows)
    return pd.concat(frames, ignore_index=True), shown
