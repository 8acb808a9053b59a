"""Slow motion: which epoch of a finished run to show at a moment of its replay.

A run records every epoch's loss and its total wall time, not each epoch's own time, so a replay
spreads the recorded span evenly over the epochs: at speed 1 the replay lasts as long as the run,
at 0.25 four times as long. The caller passes the elapsed time (its own clock), so this is pure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SPEEDS = (1.0, 0.25)  # the replay speeds offered; stepping epoch by epoch needs no clock


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
