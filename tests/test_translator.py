"""The translator model: the shipped weights' accuracy, the step table against the model's own
outputs, parameter counts against the formulas, and retraining against the shipped file."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core.backend import keras
from rnn_core.number_words import (
    SOURCE_LENGTH,
    START,
    TARGET_ID,
    TARGET_LENGTH,
    TARGET_TOKENS,
    encode_source,
    make_pairs,
    read_source,
    split_numbers,
)
from rnn_core.settings import parse_settings
from rnn_core.translator import (
    DEFAULT_TEXT,
    EPOCHS,
    WEIGHT_NAMES,
    TranslateSettings,
    Translator,
    context_quiz_options,
    encode,
    encoder_frame,
    exact_match,
    greedy_ids,
    initial_translator,
    keras_translator,
    parameter_rows,
    step_table,
    teacher_forcing_frame,
    train_translator,
)
from rnn_core.translator_weights import load


@pytest.fixture(scope="module")
def shipped():
    stored = load()
    return stored, Translator(stored.settings, stored.weights)


@pytest.fixture(scope="module")
def shipped_keras(shipped):
    stored, _ = shipped
    return keras_translator(stored.settings, stored.weights)


def test_shipped_model_is_right_on_at_least_95_percent_of_test_numbers(shipped):
    stored, translator = shipped
    accuracy = exact_match(translator, make_pairs(split_numbers()["test"]))
    assert accuracy >= 0.95
    assert accuracy == pytest.approx(stored.test_accuracy, abs=1e-9)  # the file's claim, recomputed
    assert stored.settings == TranslateSettings().model and stored.epochs == EPOCHS  # the page's defaults


@pytest.mark.parametrize("text", ["four thousand one hundred twenty one", "seven", "twelve thousand", "one million"])
def test_step_table_equals_the_models_own_predictions(shipped, shipped_keras, text):
    """Replaying what the step table read through the Keras model (teacher-forced) gives the same probabilities."""
    _, translator = shipped
    reading = read_source(text)
    table = step_table(translator, reading.ids)
    read_ids = [TARGET_ID[token] for token in table.frame["read"]]
    probabilities = np.asarray(shipped_keras([encode_source([reading.ids]), np.array([read_ids])]))[0]
    for step, row in table.frame.iterrows():
        order = np.argsort(-probabilities[step], kind="stable")
        assert [TARGET_TOKENS[i] for i in order[:3]] == [row[f"candidate_{r}"] for r in (1, 2, 3)]
        for rank in (1, 2, 3):
            assert probabilities[step, order[rank - 1]] == pytest.approx(row[f"probability_{rank}"], abs=1e-5)
    assert table.frame["read"].iloc[0] == START
    assert table.frame["read"].iloc[1:].tolist() == table.frame["wrote"].iloc[:-1].tolist()  # it reads its own output
    greedy = greedy_ids(translator, encode_source([reading.ids]))[0]
    assert [TARGET_TOKENS[i] for i in greedy[: len(table.frame)]] == table.frame["wrote"].tolist()


def test_teacher_forcing_reads_the_correct_syllables(shipped):
    _, translator = shipped
    frame = teacher_forcing_frame(translator, read_source("three hundred six").ids, "삼백육")
    assert frame["forced_read"].tolist() == ["<s>", "삼", "백", "육"]
    assert frame["correct"].tolist() == ["삼", "백", "육", "</s>"]


def test_encoder_frame_and_context_vector(shipped):
    _, translator = shipped
    reading = read_source("three hundred six")
    frame, context = encoder_frame(translator, reading.ids, reading.words)
    units = translator.settings.units
    assert len(frame) == 3 * units and context.shape == (units,)
    last = frame[frame["step"] == 3].sort_values("unit")["value"].to_numpy()
    np.testing.assert_allclose(last, context, atol=1e-6)  # the context vector is the last hidden state


@pytest.mark.parametrize("units", [8, 64])
def test_parameter_counts_match_formulas_and_keras(units):
    settings = TranslateSettings(units=units).model
    model = keras_translator(settings)
    rows = parameter_rows(initial_translator(settings))
    assert rows["count"].tolist() == [model.get_layer(layer).count_params() for layer in rows["layer"]]
    assert rows["count"].tolist() == rows["in_weights"].tolist()


def test_numpy_weights_follow_the_keras_models_order(shipped, shipped_keras):
    _, translator = shipped
    cells = [
        f"{layer}/gru_cell/{part}"
        for layer in ("encoder", "decoder")
        for part in ("kernel", "recurrent_kernel", "bias")
    ]
    expected = [
        "source_embedding/embeddings",
        "target_embedding/embeddings",
        *cells,
        "next_syllable/kernel",
        "next_syllable/bias",
    ]
    assert [weight.path for weight in shipped_keras.weights] == expected and len(expected) == len(WEIGHT_NAMES)
    assert [tuple(w.shape) for w in shipped_keras.weights] == [translator[name].shape for name in WEIGHT_NAMES]


def test_numpy_encoder_matches_keras_on_padded_batches(shipped, shipped_keras):
    """The context vector from the NumPy GRU equals Keras's encoder state, padding (masking) included."""
    _, translator = shipped
    pairs = make_pairs([0, 7, 4121, 9999, 310])
    encoder = keras().Model(shipped_keras.get_layer("source").output, shipped_keras.get_layer("encoder").output[1])
    np.testing.assert_allclose(encode(translator, pairs.source)[1], np.asarray(encoder(pairs.source)), atol=1e-5)


def test_shapes_follow_the_structure_pages_encoder_decoder(shipped_keras):
    pairs = make_pairs([4121, 7])
    output = shipped_keras([pairs.source, pairs.decoder_input])
    assert tuple(output.shape) == (2, TARGET_LENGTH, len(TARGET_TOKENS))
    assert pairs.source.shape == (2, SOURCE_LENGTH)
    assert [str(tensor.dtype) for tensor in shipped_keras.inputs] == ["int32", "int32"]


def test_settings_reject_long_text_and_bad_numbers():
    settings, problems = parse_settings(TranslateSettings, {"text": "x" * 101, "units": "7", "seed": "abc"})
    assert settings == TranslateSettings()
    reasons = {p.name: p.reason for p in problems}
    assert reasons == {"units": "out_of_range", "seed": "not_a_number", "text": "text_too_long"}
    settings, problems = parse_settings(TranslateSettings, {"text": " <b>one</b> "})
    assert settings.text == "<b>one</b>" and not problems
    assert TranslateSettings().text == DEFAULT_TEXT


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights(shipped):
    """The regeneration script's run, repeated: same seed, same batches, same weights (about 40 s here)."""
    stored, _ = shipped
    result = train_translator(stored.settings, epochs=stored.epochs)
    assert result.status == "finished"
    for ours, theirs in zip(result.weights, stored.weights, strict=True):
        np.testing.assert_allclose(ours, theirs, atol=1e-5)


@pytest.mark.slow
def test_training_stops_when_asked_and_reports_progress():
    snapshots = []
    result = train_translator(TranslateSettings(units=8).model, on_chunk_end=snapshots.append, should_stop=lambda: True)
    assert result.status == "stopped" and len(result.history) == 1 and len(snapshots) == 1
    assert 0.0 <= result.validation_accuracy <= 1.0


@pytest.mark.parametrize("units", [8, 16, 64, 128])
@pytest.mark.parametrize("words", range(1, 12))
def test_the_context_quiz_offers_three_different_numbers_with_the_answer(words, units):
    options = context_quiz_options(words, units)
    assert len(options) == 3 and len(set(options.values())) == 3  # no number offered twice
    assert options["units"] == units  # the answer: one hidden state of `units` numbers
    assert list(options)[0] != "units"  # and it is not always the first option
    assert set(options.values()) <= {words * units, units, words, 2 * units}
    if words not in (1, units):  # nothing coincides: the three classic readings
        assert options == {"words_times_units": words * units, "units": units, "words": words}
