"""A run starts from a sketch's weights: exactly the numbers a built model starts from, for every cell."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core.backend import keras
from rnn_core.data import make_dataset
from rnn_core.models import ACTIVATIONS, CELLS, build_model, sketch_with_weights
from rnn_core.training import PROGRESS_SHARE, TrainingSettings, train, training_model
from rnn_core.training_loop import FitOptions, chunk_epochs, fit_in_chunks


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize(("units", "window", "seed"), [(1, 2, 0), (37, 7, 9999)])
def test_a_sketch_starts_from_the_weights_a_built_model_gets(cell, activation, units, window, seed):
    def build():
        return build_model(cell, units, timesteps=window, activation=activation, seed=seed)

    sketch, values = sketch_with_weights(build)
    by_variable = dict(zip((id(v) for v in sketch.variables), values, strict=True))
    built = build().get_weights()
    assert len(built) == len(sketch.weights)
    for ours, reference in zip((by_variable[id(v)] for v in sketch.weights), built, strict=True):
        assert ours.dtype == reference.dtype and np.array_equal(ours, reference)


def test_a_sketch_leaves_no_variable_waiting_to_be_initialised():
    from keras.src.backend.common import global_state

    keras()
    for seed in range(3):
        sketch_with_weights(lambda seed=seed: build_model("lstm", 5, seed=seed))
    assert not global_state.get_global_attribute("uninitialized_variables")


def test_a_run_from_a_sketch_is_the_run_of_a_built_model():
    """`train` starts from a sketch; the same run through a built Keras model gives the same losses and weights."""
    settings = TrainingSettings(epochs=6, units=6, seed=4, cell="lstm")
    result = train(settings)
    model = training_model(settings)
    dataset = make_dataset(settings.task, settings.samples, settings.window, seed=settings.seed)
    record = fit_in_chunks(
        model,
        dataset.inputs,
        dataset.targets,
        epochs=settings.epochs,
        learning_rate=settings.learning_rate,
        options=FitOptions(batch_size=settings.batch_size),
        seed=settings.seed,
        chunk=chunk_epochs(settings.epochs, PROGRESS_SHARE),
    )
    assert result.losses == record.losses
    for ours, reference in zip(result.weights, model.get_weights(), strict=True):
        np.testing.assert_array_equal(ours, reference)
    assert all(not w.flags.writeable for w in result.weights)  # shared read-only between sessions
