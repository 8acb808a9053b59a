"""How fast the gradients page computes: the default view, the lag sweep, and the training sections.

Run:  .venv/bin/python bench/gradients_speed.py [--through-time]   (the flag: chart 2's before/after only)
Targets (issue 5): the default view (three activations, 50 steps, 20 units, charts 1 and 2) in
under 1 s once TensorFlow is loaded; the lag sweep at once from its shipped CSV. Issue 13: a
control change in the through-time section ≤ 0.5 s of server time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rnn_core.backend import keras  # noqa: E402
from rnn_core.gradients import (  # noqa: E402
    GradientSettings,
    gradients_through_time,
    input_sequence,
    keras_simple_rnn,
    measure_gradients,
    recurrence_weights,
    state_norms,
)
from rnn_core.gradients_in_training import clipping_comparison, gradients_across_training  # noqa: E402
from rnn_core.lag_sweep import SWEEP_LAGS, SWEEP_SEEDS, load_sweep, sweep_summary  # noqa: E402
from rnn_core.long_term import MODEL_KINDS, TrainingBudget, lag_error, lag_model, recall_task  # noqa: E402

LONGEST = GradientSettings(steps=200, units=64)


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def default_view(settings: GradientSettings):
    return state_norms(settings), gradients_through_time(settings)


def tape_through_time(settings: GradientSettings) -> None:
    """Chart 2 as it was computed before: a Keras layer per activation and a GradientTape step by step."""
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    inputs = input_sequence(settings.input_kind, settings.steps, settings.seed)
    for activation in ("tanh", "relu", "sigmoid"):
        measure_gradients(keras_simple_rnn(weights, activation, settings.seed), inputs, weights.initial_state)


def plain_fit_lag_error(kind: str, lag: int, budget: TrainingBudget) -> None:
    """The same training as lag_error, written as the notes would: compile and model.fit."""
    k = keras()
    inputs, targets = recall_task(lag, budget.samples, 0)
    model = lag_model(kind, lag, 20, seed=0)
    model.compile(optimizer=k.optimizers.Adam(budget.learning_rate), loss="mse")
    model.fit(inputs, targets, batch_size=budget.batch_size, epochs=budget.epochs, shuffle=False, verbose=0)


def through_time_side_by_side() -> None:
    """Chart 2 by the GradientTape it used before beside the closed form it uses now, both warm, one process."""
    print(f"\n{'chart 2, gradients through time (best of 3)':<44}{'tape (before)':>14} {'closed form':>12}")
    views = (("default (50 steps, 20 units)", GradientSettings()), ("largest (200 steps, 64 units)", LONGEST))
    for label, view in views:
        timed(tape_through_time, view)  # the first tape run traces Keras's cell: not a control change
        tape = min(timed(tape_through_time, view)[0] for _ in range(3))
        closed = min(timed(gradients_through_time, view)[0] for _ in range(3))
        print(f"{'  ' + label:<44}{tape:14.3f} {closed:12.4f}   {tape / closed:,.0f}x faster")
    print()


def main() -> None:
    if "--through-time" in sys.argv:  # only the side-by-side above: seconds, not minutes
        keras()
        through_time_side_by_side()
        return
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
    print(f"{'largest view (200 steps, 64 units)':<58} {timed(default_view, LONGEST)[0]:9.3f}")
    through_time_side_by_side()

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
