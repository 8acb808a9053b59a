"""The long-lag task, the chunked training loop against model.fit, the shipped sweep, and clipping."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core.backend import keras, tensorflow
from rnn_core.gradients import GradientSettings, gradients_through_time
from rnn_core.gradients_in_training import (
    ClippingSetup,
    clip_by_norm,
    clipping_comparison,
    clipping_keeps_ratios,
    gradients_across_training,
)
from rnn_core.lag_sweep import (
    SWEEP_LAGS,
    SWEEP_SEEDS,
    SWEEP_UNITS,
    largest_lag_held,
    load_sweep,
    sweep_summary,
)
from rnn_core.long_term import MODEL_KINDS, TrainingBudget, budget_options, lag_error, lag_model, recall_task
from rnn_core.training_loop import fit_in_chunks


def test_recall_task_asks_for_the_marked_first_value():
    inputs, targets = recall_task(lag=7, samples=50, seed=1)
    assert inputs.shape == (50, 7, 2) and targets.shape == (50, 1)
    np.testing.assert_array_equal(targets[:, 0], inputs[:, 0, 0])
    assert (inputs[:, 0, 1] == 1).all() and (inputs[:, 1:, 1] == 0).all()
    again, _ = recall_task(lag=7, samples=50, seed=1)
    np.testing.assert_array_equal(inputs, again)


def test_models_start_as_documented():
    units, lag = 6, 30
    irnn = lag_model("irnn", lag, units).layers[0]
    np.testing.assert_array_equal(irnn.get_weights()[1], np.eye(units))
    assert irnn.activation.__name__ == "relu"
    scaled = lag_model("simplernn", lag, units, gain=1.7).layers[0]
    np.testing.assert_allclose(np.linalg.svd(scaled.get_weights()[1], compute_uv=False), 1.7, rtol=1e-5)
    # Chrono initialisation: forget (LSTM) / update (GRU) biases log(u) with u in [1, lag − 1].
    lstm_bias = lag_model("lstm", lag, units).layers[0].cell.bias.numpy()
    forget = lstm_bias[units : 2 * units]
    assert (forget >= 0).all() and (forget <= np.log(lag - 1) + 1e-6).all()
    np.testing.assert_allclose(lstm_bias[:units], -forget)
    gru_bias = lag_model("gru", lag, units).layers[0].cell.bias.numpy()
    assert (gru_bias[0, :units] >= 0).all() and gru_bias[0, :units].max() > 1
    default_bias = lag_model("lstm_default", lag, units).layers[0].cell.bias.numpy()
    np.testing.assert_array_equal(default_bias[units : 2 * units], 1.0)  # Keras's unit_forget_bias
    with pytest.raises(ValueError):
        lag_model("transformer", lag, units)


def test_chunked_loop_reports_the_same_losses_as_model_fit():
    k = keras()
    inputs, targets = recall_task(lag=6, samples=128, seed=0)
    reference = lag_model("simplernn", 6, 8, seed=5)
    reference.compile(optimizer=k.optimizers.Adam(0.01), loss="mse")
    history = reference.fit(inputs, targets, batch_size=32, epochs=3, shuffle=False, verbose=0).history["loss"]
    options = budget_options(TrainingBudget(batch_size=32))
    record = fit_in_chunks(
        lag_model("simplernn", 6, 8, seed=5), inputs, targets, epochs=3, learning_rate=0.01, options=options
    )
    np.testing.assert_allclose(record.losses, history, rtol=1e-4)


def test_chunk_size_does_not_change_the_run_and_progress_is_reported():
    inputs, targets = recall_task(lag=5, samples=64, seed=2)
    reports = []
    runs = [
        fit_in_chunks(
            lag_model("gru", 5, 4, seed=1),
            inputs,
            targets,
            epochs=4,
            learning_rate=0.01,
            options=budget_options(TrainingBudget(batch_size=32)),
            chunk=chunk,
            on_chunk_end=lambda done, losses: reports.append((done, len(losses))),
        ).losses
        for chunk in (1, 4)
    ]
    np.testing.assert_allclose(runs[0], runs[1], rtol=1e-6)
    assert reports == [(1, 1), (2, 2), (3, 3), (4, 4), (4, 4)]


def test_shipped_sweep_is_complete_and_one_point_recomputes_to_the_same_error():
    sweep = load_sweep()
    expected = {(kind, lag, seed) for kind in MODEL_KINDS for lag in SWEEP_LAGS for seed in SWEEP_SEEDS}
    assert set(zip(sweep["kind"], sweep["lag"], sweep["seed"], strict=True)) == expected
    shipped = sweep.query("kind == 'simplernn' and lag == 5 and seed == 0")["error"].item()
    recomputed = lag_error("simplernn", 5, SWEEP_UNITS, budget=TrainingBudget(), seed=0)
    assert recomputed == pytest.approx(shipped, rel=0.05, abs=1e-4)


def test_shipped_sweep_shows_what_the_page_says():
    summary = sweep_summary(load_sweep())
    held = {kind: largest_lag_held(summary, kind) or 0 for kind in MODEL_KINDS}
    assert held["lstm"] == max(SWEEP_LAGS)  # the LSTM with its forget gate open holds at every lag
    assert held["simplernn"] < held["lstm"]  # SimpleRNN fails before it
    assert held["lstm_default"] < held["lstm"]  # the default forget bias costs the LSTM its memory here
    assert held["irnn"] <= held["simplernn"]  # IRNN does not beat tanh on this task and budget


def test_clipping_keeps_training_finite_where_no_clipping_gives_nan():
    losses = clipping_comparison(ClippingSetup(epochs=4), seed=0)
    by_mode = {mode: group["loss"].to_numpy() for mode, group in losses.groupby("clipping")}
    assert not np.isfinite(by_mode["none"]).all()
    assert np.isfinite(by_mode["clipnorm"]).all() and np.isfinite(by_mode["clipvalue"]).all()
    assert by_mode["clipnorm"][-1] < by_mode["clipnorm"][0]


def test_clip_by_norm_matches_tensorflow_and_keeps_every_ratio():
    gradient = np.array([3e-9, 4.0, 1e-3, -2.0])
    clipped = clip_by_norm(gradient, 0.5)
    np.testing.assert_allclose(clipped, tensorflow().clip_by_norm(gradient, 0.5).numpy(), rtol=1e-12)
    np.testing.assert_allclose(clipped / clipped[1], gradient / gradient[1])
    np.testing.assert_array_equal(clip_by_norm(gradient, 100.0), gradient)


def test_gradients_across_training_has_one_value_per_epoch_and_step():
    settings = GradientSettings(activation="sigmoid", lag=8, units=6)
    result = gradients_across_training(settings, TrainingBudget(epochs=3, samples=128))
    assert list(result.losses["epoch"]) == [1, 2, 3]
    assert len(result.gradients) == 3 * 8 and (result.gradients["input_gradient"] > 0).all()
    last = result.gradients[result.gradients["epoch"] == 3].set_index("step")["input_gradient"]
    assert last[1] < last[8]  # with sigmoid the first step gets far less gradient than the last


def test_clipping_cannot_bring_back_a_vanished_gradient():
    through_time = gradients_through_time(GradientSettings(gain=0.8, steps=30, units=8))
    table = clipping_keeps_ratios(through_time, "sigmoid").set_index("when")
    assert table.loc["after", "last_step"] < table.loc["before", "last_step"]  # the clipping acted
    assert table.loc["after", "ratio"] == pytest.approx(table.loc["before", "ratio"], rel=1e-9)
    assert table.loc["before", "ratio"] < 1e-10  # sigmoid at gain 0.8: (0.2)^29 bounds what reaches x_1


def test_training_on_the_page_leaves_no_graph_behind_in_tensorflows_gradient_registry():
    # Every run of the lag task, the heatmap and the clipping comparison goes through this budget path.
    from tensorflow.python.framework import ops

    budget = TrainingBudget(samples=32, test_samples=16, epochs=2, batch_size=16, chunk_epochs=2)
    lag_error("simplernn", 5, units=4, budget=budget)
    before = len(ops.gradient_registry._registry)
    lag_error("lstm", 5, units=4, budget=budget, seed=1)
    assert len(ops.gradient_registry._registry) == before
