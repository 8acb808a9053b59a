"""How fast the gradients page computes: the default view, the lag sweep, and the training sections.

Run:  .venv/bin/python bench/gradients_speed.py
Targets (issue 5): the default view (three activations, 50 steps, 20 units, charts 1 and 2) in
under 1 s once TensorFlow is loaded; the lag sweep at once from its shipped CSV.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rnn_core.backend import keras  # noqa: E402
from rnn_core.gradients import GradientSettings, gradients_through_time, state_norms  # noqa: E402
from rnn_core.gradients_in_training import clipping_comparison, gradients_across_training  # noqa: E402
from rnn_core.lag_sweep import SWEEP_LAGS, SWEEP_SEEDS, load_sweep, sweep_summary  # noqa: E402
from rnn_core.long_term import MODEL_KINDS, TrainingBudget, lag_error, lag_model, recall_task  # noqa: E402


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def default_view(settings: GradientSettings):
    return state_norms(settings), gradients_through_time(settings)


def plain_fit_lag_error(kind: str, lag: int, budget: TrainingBudget) -> None:
    """The same training as lag_error, written as the notes would: compile and model.fit."""
    k = keras()
    inputs, targets = recall_task(lag, budget.samples, 0)
    model = lag_model(kind, lag, 20, seed=0)
    model.compile(optimizer=k.optimizers.Adam(budget.learning_rate), loss="mse")
    model.fit(inputs, targets, batch_size=budget.batch_size, epochs=budget.epochs, shuffle=False, verbose=0)


def main() -> None:
    print(f"{'what':<58} {'seconds':>9}")
    load_time, _ = timed(keras)
    print(f"{'import TensorFlow + Keras (once per server)':<58} {load_time:9.2f}")

    settings = GradientSettings()
    cold, _ = timed(default_view, settings)
    warm = min(timed(default_view, settings)[0] for _ in range(3))
    norms_only = min(timed(state_norms, settings)[0] for _ in range(3))
    print(f"{'default view, first call (charts 1 + 2)':<58} {cold:9.3f}")
    print(f"{'default view, again (fresh layers, best of 3)':<58} {warm:9.3f}   target < 1 s: {warm < 1.0}")
    print(f"{'  of which chart 1, the NumPy recurrence':<58} {norms_only:9.4f}")
    longest = GradientSettings(steps=200, units=64)
    print(f"{'largest view (200 steps, 64 units)':<58} {timed(default_view, longest)[0]:9.3f}")

    sweep_load, sweep = timed(load_sweep)
    summary_time, _ = timed(sweep_summary, sweep)
    point_time, _ = timed(lag_error, "simplernn", 20)
    points = len(MODEL_KINDS) * len(SWEEP_LAGS) * len(SWEEP_SEEDS)
    print(f"{'lag sweep from the shipped CSV (+ summary)':<58} {sweep_load + summary_time:9.4f}")
    cached = sweep_load + summary_time
    live = "one sweep point trained live (SimpleRNN, lag 20)"
    print(f"{live:<58} {point_time:9.2f}   the CSV is {point_time / cached:,.0f}x faster")
    print(f"{f'  the sweep holds {points} such points (lags 5 to 100)':<58}")

    fit_time, _ = timed(plain_fit_lag_error, "simplernn", 20, TrainingBudget())
    print(
        f"{'the same point with plain model.fit':<58} {fit_time:9.2f}   chunked is {fit_time / point_time:.1f}x faster"
    )

    heatmap_time, _ = timed(gradients_across_training, settings)
    clipping_time, _ = timed(clipping_comparison)
    print(f"{'section 3 heatmap (40 epochs, lag 20), first visit':<58} {heatmap_time:9.2f}")
    print(f"{'section 5 clipping (3 runs x 40 epochs), first visit':<58} {clipping_time:9.2f}")


if __name__ == "__main__":
    main()
