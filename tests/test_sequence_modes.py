"""rnn_core.sequence_modes: each snippet, its claimed shapes and the model Keras builds all agree."""

from __future__ import annotations

import pytest

from rnn_core import sequence_modes
from rnn_core.backend import keras

MODES = sequence_modes.MODES


@pytest.fixture(scope="module")
def built():
    return {mode.name: mode.build() for mode in MODES}


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_the_built_model_has_the_claimed_shapes(mode, built):
    model = built[mode.name]
    measured = sequence_modes.measure_shapes(model, mode, batch=3)
    assert measured["model_inputs"] == mode.input_shapes
    assert measured["model_output"] == mode.output_shape
    assert measured["batch_output"] == (3, *mode.output_shape[1:])


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_running_the_snippet_itself_gives_the_same_model(mode, built):
    keras()  # the app's TensorFlow set-up first, as on the page
    namespace: dict = {}
    exec(mode.snippet, namespace)  # the exact text the page shows a student
    from_snippet = namespace["model"]
    assert tuple(tuple(t.shape) for t in from_snippet.inputs) == mode.input_shapes
    assert tuple(from_snippet.output_shape) == mode.output_shape
    assert from_snippet.count_params() == built[mode.name].count_params()
    batch = sequence_modes.sample_batch(mode)
    output = from_snippet(batch if len(batch) > 1 else batch[0])
    assert tuple(output.shape) == (sequence_modes.SAMPLE_BATCH, *mode.output_shape[1:])


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_the_snippet_states_its_shapes_and_the_diagram_counts_match_them(mode):
    last_line = mode.snippet.splitlines()[-1]
    assert sequence_modes.batch_shape(mode.output_shape) in last_line
    for shape in mode.input_shapes:
        assert sequence_modes.batch_shape(shape) in last_line
    # The diagrams draw input_steps and output_steps cells: they must be the snippet's time axes.
    assert mode.input_steps == mode.input_shapes[0][1]
    assert mode.output_steps == (mode.output_shape[1] if len(mode.output_shape) == 3 else 1)


def test_the_shape_table_covers_every_mode():
    table = sequence_modes.mode_shapes()
    assert list(table["mode"]) == list(sequence_modes.MODE_NAMES)
    many_to_one = table.set_index("mode").loc["many_to_one"]
    assert (many_to_one["model_input"], many_to_one["model_output"]) == ("(batch, 3, 1)", "(batch, 1)")
    assert many_to_one["batch_output"] == f"({sequence_modes.SAMPLE_BATCH}, 1)"


def test_an_unknown_mode_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="unknown sequence mode"):
        sequence_modes.mode("two_to_three")
