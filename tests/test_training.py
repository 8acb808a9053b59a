"""rnn_core.training: the chunked trainer against model.fit and a plain GradientTape loop, divergence, predictions."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest

from rnn_core.backend import keras, tensorflow
from rnn_core.data import make_dataset
from rnn_core.settings import parse_settings
from rnn_core.training import (
    DIVERGENCE_DEMO,
    MAX_UPDATES,
    TrainingResult,
    TrainingSettings,
    scaler_for,
    train,
    train_compare,
    training_model,
)
from rnn_core.training_loop import FitOptions, chunk_epochs, fit_in_chunks
from rnn_core.training_results import compare_findings, model_file_bytes, predict, predictions_frame, rollout


def reference_losses(settings: TrainingSettings, epochs: int) -> list[float]:
    """A plain eager GradientTape loop with Keras's Adam and MSE, visiting samples in the trainer's order."""
    k, tf = keras(), tensorflow()
    dataset = make_dataset(settings.task, settings.samples, settings.window, seed=settings.seed)
    model = training_model(settings)
    optimizer = k.optimizers.Adam(learning_rate=settings.learning_rate)
    loss_function = k.losses.MeanSquaredError()
    inputs, targets = dataset.inputs.astype("float32"), dataset.targets.astype("float32")[:, None]
    losses = []
    for epoch in range(epochs):
        noise = tf.random.stateless_uniform([settings.samples], seed=tf.stack([settings.seed, epoch]))
        order = tf.argsort(noise).numpy()
        total = 0.0
        for start in range(0, settings.samples, settings.batch_size):
            rows = order[start : start + settings.batch_size]
            with tf.GradientTape() as tape:
                loss = loss_function(targets[rows], model(inputs[rows], training=True))
            gradients = tape.gradient(loss, model.trainable_variables)
            optimizer.apply_gradients(zip(gradients, model.trainable_variables, strict=True))
            total += float(loss) * len(rows)
        losses.append(total / settings.samples)
        if not math.isfinite(losses[-1]):
            break
    return losses


@pytest.fixture(scope="module")
def short_run() -> TrainingResult:
    return train(TrainingSettings(epochs=20))


def test_defaults_are_the_notes_experiment():
    s = TrainingSettings()
    assert (s.task, s.cell, s.activation, s.units, s.window, s.samples) == ("arith", "simplernn", "tanh", 20, 3, 100)
    assert (s.epochs, s.batch_size, s.learning_rate, s.seed) == (100, 32, 0.001, 0)
    # SimpleRNN(20) on one feature plus Dense(1): 20·(20 + 1 + 1) + (20 + 1) = 461 parameters, as in the notes.
    assert training_model(s).count_params() == 461


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [("epochs", "0", "out_of_range"), ("epochs", "1e9", "out_of_range"), ("units", "-3", "out_of_range")]
    + [("lr", "abc", "not_a_number"), ("lr", "nan", "not_finite"), ("activation", "<b>x</b>", "not_a_choice")],
)
def test_bad_settings_fall_back_to_the_notes_defaults(name, raw, reason):
    settings, problems = parse_settings(TrainingSettings, {name: raw})
    assert settings == TrainingSettings()
    assert [(p.name, p.reason) for p in problems] == [(name, reason)]


def test_a_run_too_big_for_a_shared_server_is_refused_with_the_largest_allowed_epochs():
    most = MAX_UPDATES // 1000  # batch 1 on 1000 samples: 1000 updates per epoch
    settings, problems = parse_settings(TrainingSettings, {"samples": "1000", "batch": "1", "epochs": str(most)})
    assert settings.epochs == most and problems == []
    settings, problems = parse_settings(TrainingSettings, {"samples": "1000", "batch": "1", "epochs": str(most + 1)})
    assert problems[0].name == "epochs" and problems[0].details["high"] == most
    assert TrainingSettings(epochs=1000).epochs == 1000  # the notes' experiment run ten times longer still fits


def test_chunked_trainer_matches_model_fit_epoch_by_epoch():
    k = keras()
    settings = TrainingSettings()
    dataset = make_dataset("arith", 100, 3)
    inputs, targets = dataset.inputs.astype("float32"), dataset.targets.astype("float32")
    ours, reference = training_model(settings), training_model(settings)
    for a, b in zip(ours.get_weights(), reference.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)  # seeded initializers: the same start
    record = fit_in_chunks(
        ours, inputs, targets, epochs=6, learning_rate=0.001, options=FitOptions(batch_size=32, shuffle=False), chunk=4
    )
    reference.compile(optimizer=k.optimizers.Adam(learning_rate=0.001), loss=k.losses.MeanSquaredError())
    history = reference.fit(inputs, targets, epochs=6, batch_size=32, shuffle=False, verbose=0).history["loss"]
    assert record.status == "finished"
    np.testing.assert_allclose(record.losses, history, rtol=1e-5)
    for a, b in zip(ours.get_weights(), reference.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


def test_shuffled_chunks_match_a_plain_gradient_tape_loop(short_run):
    np.testing.assert_allclose(short_run.losses[:8], reference_losses(short_run.settings, 8), rtol=1e-4)


def test_same_settings_and_seed_give_identical_losses(short_run):
    again = train(TrainingSettings(epochs=20))
    assert again.losses == short_run.losses
    assert train(TrainingSettings(epochs=20, seed=1)).losses != short_run.losses


def test_progress_is_reported_at_least_every_five_percent_of_the_epochs():
    seen = []
    result = train(TrainingSettings(epochs=40), on_chunk_end=seen.append)
    epochs = [snapshot.epochs_run for snapshot in seen]
    assert epochs == list(range(chunk_epochs(40), 41, chunk_epochs(40)))
    assert max(np.diff([0, *epochs])) <= 0.05 * 40
    assert seen[-1].losses == result.losses and all(s.status == "running" for s in seen)
    assert not seen[0].weights[0].flags.writeable  # snapshots are shared read-only between sessions


def test_should_stop_ends_the_run_between_chunks():
    result = train(TrainingSettings(epochs=40), should_stop=lambda: True)
    assert result.status == "stopped" and result.epochs_run == chunk_epochs(40)


def test_divergence_stops_at_the_epoch_the_loss_turns_non_finite():
    settings = dataclasses.replace(TrainingSettings(), **DIVERGENCE_DEMO)
    result = train(settings)
    reference = reference_losses(settings, settings.epochs)
    assert result.status == "diverged" and not math.isfinite(reference[-1])
    assert result.diverged_at == len(reference) > 1  # the demo keeps a curve before the NaN
    assert all(math.isfinite(loss) for loss in result.losses[:-1])
    np.testing.assert_allclose(result.losses[0], reference[0], rtol=1e-5)
    assert math.isfinite(result.final_loss)


def test_an_overflow_in_the_first_epoch_is_caught_there():
    result = train(TrainingSettings(activation="relu", learning_rate=1000.0, epochs=50))
    assert result.status == "diverged" and result.diverged_at == 1 and math.isnan(result.final_loss)


def test_training_leaves_no_graph_behind_in_tensorflows_gradient_registry(short_run):
    from tensorflow.python.framework import ops

    before = len(ops.gradient_registry._registry)
    train(TrainingSettings(epochs=2, units=7))
    assert len(ops.gradient_registry._registry) == before


def test_predictions_are_the_keras_models_own_output(short_run):
    dataset = make_dataset("arith", 100, 3)
    model = training_model(short_run.settings, short_run.weights)
    expected = model.predict(dataset.inputs[:10], verbose=0)[:, 0]
    np.testing.assert_allclose(predict(short_run, dataset.inputs[:10]), expected, rtol=1e-5)
    frame = predictions_frame({"tanh": short_run})
    assert list(frame.columns) == ["step", "region", "activation", "target", "prediction", "error"]
    assert (frame["region"] == "training").sum() == 100 and (frame["region"] == "beyond").sum() == 10
    np.testing.assert_allclose(frame["target"], frame["step"] / 10)  # value(t) = t / 10 on the arithmetic task


def test_scaled_runs_predict_in_the_original_units():
    result = train(TrainingSettings(epochs=3, scale=True))
    scaler = scaler_for(result.settings)
    window = np.array([[10.0, 10.1, 10.2]])
    model = training_model(result.settings, result.weights)
    raw = model.predict(scaler.transform(window)[:, :, None], verbose=0)[0, 0]
    np.testing.assert_allclose(predict(result, window), [scaler.inverse(raw)], rtol=1e-5)


def test_rollout_feeds_each_prediction_back_in(short_run):
    steps = rollout(short_run, (10.0, 10.1, 10.2), 3)
    first = predict(short_run, [[10.0, 10.1, 10.2]])[0]
    second = predict(short_run, [[10.1, 10.2, first]])[0]
    np.testing.assert_allclose(steps[:2], [first, second], rtol=1e-5)


def test_the_keras_file_loads_back_as_the_same_model(short_run, tmp_path):
    path = tmp_path / "model.keras"
    path.write_bytes(model_file_bytes(short_run))
    loaded = keras().models.load_model(path)
    window = np.array([[[0.5], [0.6], [0.7]]], dtype="float32")
    np.testing.assert_allclose(loaded.predict(window, verbose=0)[0, 0], predict(short_run, window)[0], rtol=1e-5)
    assert loaded.count_params() == 461


@pytest.mark.parametrize(("cell", "gates"), [("lstm", 4), ("gru", 3)])
def test_lstm_and_gru_train_with_the_textbook_parameter_counts(cell, gates):
    result = train(TrainingSettings(cell=cell, units=8, epochs=2))
    units, features = 8, 1
    recurrent = gates * (units * (units + features) + units) + (units * gates if cell == "gru" else 0)
    assert training_model(result.settings).count_params() == recurrent + units + 1
    assert result.status == "finished" and all(math.isfinite(v) for v in result.losses)


def test_compare_findings_rank_diverged_runs_last():
    settings = TrainingSettings()

    def fake(activation, losses):
        return TrainingResult(settings.for_activation(activation), tuple(losses), "finished", (), 0.0)

    results = {
        "tanh": fake("tanh", [1.0, 0.5]),
        "relu": fake("relu", [1.0, math.nan]),
        "sigmoid": fake("sigmoid", [2.0, 0.7]),
    }
    beyond = pd.DataFrame(
        {
            "step": [103, 103, 103],
            "region": ["beyond"] * 3,
            "activation": ["tanh", "relu", "sigmoid"],
            "target": [10.3] * 3,
            "prediction": [8.0, math.nan, 7.0],
            "error": [-2.3, math.nan, -3.3],
        }
    )
    findings = compare_findings(results, beyond)
    assert findings.ranking == ("tanh", "sigmoid", "relu")
    assert findings.diverged == {"relu": 2} and findings.tanh_is_best
    assert findings.beyond_predictions["sigmoid"] == 7.0 and findings.beyond_target == 10.3


def test_compare_trains_the_three_activations_together_as_three_separate_runs_would():
    settings = dataclasses.replace(TrainingSettings(epochs=12), **{**DIVERGENCE_DEMO, "compare": True})
    seen = []
    together = train_compare(settings, on_chunk_end=seen.append)
    for activation, result in together.items():
        alone = train(settings.for_activation(activation))
        assert (result.settings, result.status) == (alone.settings, alone.status)
        np.testing.assert_allclose(result.losses, alone.losses, rtol=1e-6)
        for a, b in zip(result.weights, alone.weights, strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)
    assert together["relu"].status == "diverged" and together["tanh"].status == "finished"  # one stops, two go on
    assert {s.activation for s in seen} == {"tanh", "relu", "sigmoid"}
    assert max(s.epochs_run for s in seen if s.activation == "relu") == together["relu"].epochs_run
