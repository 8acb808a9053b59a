"""rnn_core.training_loop: one compiled loop per shape, reused across seeds and learning rates, safe across threads."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from rnn_core import training_loop
from rnn_core.backend import keras
from rnn_core.data import make_dataset
from rnn_core.long_term import TrainingBudget, budget_options, lag_model, recall_task
from rnn_core.number_words import make_pairs
from rnn_core.training import TrainingSettings, training_model
from rnn_core.training_loop import FitOptions, architecture_key, compiled_fit, fit_in_chunks
from rnn_core.translator import TranslatorSettings, keras_translator

ARITH = make_dataset("arith", 100, 3)
INPUTS, TARGETS = ARITH.inputs.astype("float32"), ARITH.targets.astype("float32")


def fit_reference(model, learning_rate: float, epochs: int, optimizer: str = "adam", **clipping) -> list[float]:
    """Keras's own model.fit in the samples' order, with the named optimizer and clipping."""
    k = keras()
    optimizer_class = {"adam": k.optimizers.Adam, "sgd": k.optimizers.SGD}[optimizer]
    model.compile(optimizer=optimizer_class(learning_rate=learning_rate, **clipping), loss="mse")
    return model.fit(INPUTS, TARGETS, batch_size=32, epochs=epochs, shuffle=False, verbose=0).history["loss"]


def traces(model, options: FitOptions) -> int:
    return compiled_fit([model], options, len(INPUTS), probe=False).tracing_count()


def test_a_new_seed_learning_rate_or_epoch_count_reuses_the_compiled_graph():
    options = FitOptions(shuffle=False)
    first = training_model(TrainingSettings(units=11))
    fit_in_chunks(first, INPUTS, TARGETS, epochs=3, learning_rate=0.001, options=options)
    traced = traces(first, options)
    other = training_model(TrainingSettings(units=11, seed=5))
    assert architecture_key(other) == architecture_key(first)  # the seed only changes the starting weights
    record = fit_in_chunks(other, INPUTS, TARGETS, epochs=4, learning_rate=0.05, options=options, chunk=2)
    assert traces(other, options) == traced  # no new trace for a new seed, learning rate or epoch count
    # The learning rate really is an argument: the reused graph trains as model.fit does with 0.05.
    reference = fit_reference(training_model(TrainingSettings(units=11, seed=5)), 0.05, 4)
    np.testing.assert_allclose(record.losses, reference, rtol=1e-5)
    assert architecture_key(training_model(TrainingSettings(units=11, window=4))) != architecture_key(first)


@pytest.mark.parametrize("cell", ["simplernn", "lstm", "gru"])
def test_one_compiled_graph_trains_every_hidden_size_as_model_fit_does(cell):
    options = FitOptions(shuffle=False)
    first = training_model(TrainingSettings(cell=cell, units=5))
    fit_in_chunks(first, INPUTS, TARGETS, epochs=2, learning_rate=0.01, options=options)
    traced = traces(first, options)
    for units in (3, 8):
        model = training_model(TrainingSettings(cell=cell, units=units, seed=units))
        assert architecture_key(model) == architecture_key(first)  # the hidden size is read from the weights
        record = fit_in_chunks(model, INPUTS, TARGETS, epochs=3, learning_rate=0.01, options=options)
        assert traces(model, options) == traced
        reference = fit_reference(training_model(TrainingSettings(cell=cell, units=units, seed=units)), 0.01, 3)
        np.testing.assert_allclose(record.losses, reference, rtol=1e-5)


@pytest.mark.parametrize("clipping", [{"clipnorm": 0.05}, {"clipvalue": 0.01}, {"global_clipnorm": 0.05}])
def test_sgd_with_clipping_matches_model_fit(clipping):
    ours = training_model(TrainingSettings(units=6))
    options = FitOptions(shuffle=False, optimizer="sgd", **clipping)
    record = fit_in_chunks(ours, INPUTS, TARGETS, epochs=3, learning_rate=0.01, options=options)
    reference_model = training_model(TrainingSettings(units=6))
    reference = fit_reference(reference_model, 0.01, 3, optimizer="sgd", **clipping)
    np.testing.assert_allclose(record.losses, reference, rtol=1e-5)
    for a, b in zip(ours.get_weights(), reference_model.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


def test_two_threads_share_one_compiled_graph_and_each_gets_its_own_run():
    options = FitOptions(batch_size=16)

    def run(seed):
        model = training_model(TrainingSettings(units=9, seed=seed))
        return fit_in_chunks(model, INPUTS, TARGETS, epochs=6, learning_rate=0.01, options=options, seed=seed, chunk=1)

    alone = {seed: run(seed).losses for seed in (1, 2)}
    together = {}
    threads = [threading.Thread(target=lambda s=seed: together.update({s: run(s).losses})) for seed in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone and alone[1] != alone[2]
    # Why that is safe: the traced graph captures no variable, so it has no state of its own to share.
    compiled = compiled_fit([training_model(TrainingSettings(units=9))], options, len(INPUTS), probe=False)
    graphs = compiled._function._list_all_concrete_functions()
    assert len(graphs) == 1 and not graphs[0].captured_inputs


def test_the_cache_keeps_at_most_cache_size_model_loops(monkeypatch):
    monkeypatch.setattr(training_loop, "_cache", type(training_loop._cache)())
    monkeypatch.setattr(training_loop, "CACHE_SIZE", 2)
    for window in (2, 3, 4):
        model = training_model(TrainingSettings(window=window))
        inputs = np.zeros((len(INPUTS), window, 1), dtype=np.float32)
        fit_in_chunks(model, inputs, TARGETS, epochs=1, learning_rate=0.01)
    assert training_loop.cache_info()["models"] == 2
    models = [training_model(TrainingSettings(units=2, activation=a)) for a in ("tanh", "relu", "sigmoid")]
    training_loop.fit_together(models, INPUTS, TARGETS, epochs=1, learning_rate=0.01)
    assert training_loop.cache_info() == {"entries": 1, "models": 3, "traces": 1}  # a group is kept alone


def test_the_probe_records_one_input_gradient_per_epoch_and_step_and_training_runs_on_after_nan():
    inputs, targets = recall_task(lag=20, samples=128, seed=0)
    probe = recall_task(lag=20, samples=8, seed=1)
    options = budget_options(TrainingBudget(batch_size=32), optimizer="sgd")
    model = lag_model("simplernn", 20, 20, activation="relu", gain=2.0)  # the clipping demo's exploding setting
    record = fit_in_chunks(model, inputs, targets, epochs=4, learning_rate=0.01, options=options, probe=probe)
    assert record.input_gradients.shape == (4, 20) and record.status == "finished"
    assert len(record.losses) == 4 and not np.isfinite(record.losses).all()  # went on past the NaN, as asked


def translator_data(count: int = 100):
    pairs = make_pairs(np.arange(1000, 1000 + 37 * count, 37))  # numbers of 2 to 5 words, padded differently
    return (pairs.source, pairs.decoder_input), pairs.target


def test_masked_crossentropy_with_two_inputs_matches_model_fit():
    """The translator's loss: Keras's sparse cross-entropy, padding (id 0) weighted 0, as model.fit does it."""
    inputs, targets = translator_data()
    assert (targets == 0).any() and (targets != 0).any()  # there is padding to leave out, and tokens to score
    ours = keras_translator(TranslatorSettings(units=8))
    options = FitOptions(shuffle=False, loss="masked_crossentropy")
    record = fit_in_chunks(ours, inputs, targets, epochs=3, learning_rate=0.01, options=options)
    k = keras()
    reference_model = keras_translator(TranslatorSettings(units=8))
    loss = k.losses.SparseCategoricalCrossentropy(reduction="mean_with_sample_weight")
    reference_model.compile(optimizer=k.optimizers.Adam(learning_rate=0.01), loss=loss)
    history = reference_model.fit(
        list(inputs),
        targets,
        sample_weight=(targets != 0).astype("float32"),
        batch_size=32,
        epochs=3,
        shuffle=False,
        verbose=0,
    )
    np.testing.assert_allclose(record.losses, history.history["loss"], rtol=1e-5)
    for a, b in zip(ours.get_weights(), reference_model.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


def test_reports_within_an_epoch_run_the_same_batches_as_whole_epochs():
    inputs, targets = translator_data()
    options = FitOptions(batch_size=16, loss="masked_crossentropy")  # 7 batches: parts of 2, 2, 1, 2 batches
    whole, parts = keras_translator(TranslatorSettings(units=8)), keras_translator(TranslatorSettings(units=8))
    by_epoch = fit_in_chunks(whole, inputs, targets, epochs=2, learning_rate=0.01, options=options, seed=3, chunk=1)
    reports = []
    by_part = fit_in_chunks(
        parts,
        inputs,
        targets,
        epochs=2,
        learning_rate=0.01,
        options=options,
        seed=3,
        reports_per_epoch=4,
        on_chunk_end=lambda done, losses: reports.append((done, len(losses))),
    )
    assert reports == [(e + p / 4, 4 * e + p) for e in range(2) for p in range(1, 5)]
    for a, b in zip(whole.get_weights(), parts.get_weights(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    # Each epoch's loss is the parts' means weighted by the samples in each part (32, 32, 16, 20).
    samples = np.array([32, 32, 16, 20])
    part_losses = np.reshape(by_part.losses, (2, 4))
    np.testing.assert_allclose(part_losses @ samples / samples.sum(), by_epoch.losses, rtol=1e-5)


def test_the_start_up_traces_serve_a_student_with_their_own_units_seed_and_epochs():
    from rnn_core.training import prepare_default_graphs, train

    prepare_default_graphs()
    traced = training_loop.cache_info()["traces"]
    result = train(TrainingSettings(activation="relu", units=17, seed=4, epochs=3))
    assert len(result.losses) == 3 and training_loop.cache_info()["traces"] == traced
