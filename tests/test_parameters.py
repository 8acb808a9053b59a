"""The parameters page's core: counts, shapes, returned tensors and generated code, each against Keras or a formula."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from rnn_core.activations import (
    DERIVATIVE_BOUNDS,
    activation_curves,
    activation_derivative,
    activation_value,
    derivative_bounds,
)
from rnn_core.backend import keras, tensorflow
from rnn_core.keras_code import generate_code
from rnn_core.models import ACTIVATIONS, CELLS, recurrent_layer
from rnn_core.outputs import (
    EAGER_MAX_STEPS,
    SAMPLE_BATCH,
    outputs_report,
    run_combinations,
    sample_batch,
    tensor_names,
)
from rnn_core.parameters import (
    PRESETS,
    SIZE_LIMIT,
    ParameterSettings,
    formula,
    head_formula,
    layer_parameter_count,
    parameter_curve,
    parameter_report,
    parameters_model,
    wrong_counts,
)
from rnn_core.settings import parse_settings, to_query


def _keras_layer_count(cell, units, features, reset_after=True):
    # The reference: a plain Keras layer, built without any of the app's helpers.
    k = keras()
    if cell == "gru":
        layer = k.layers.GRU(units, reset_after=reset_after)
    else:
        layer = {"simplernn": k.layers.SimpleRNN, "lstm": k.layers.LSTM}[cell](units)
    layer.build((None, 5, features))
    return layer.count_params()


@pytest.mark.parametrize(("cell", "units", "features"), list(itertools.product(CELLS, (1, 7, 20), (1, 3))))
def test_formula_matches_count_params_of_a_plain_keras_layer(cell, units, features):
    assert formula(cell, units, features)[2] == _keras_layer_count(cell, units, features)
    assert layer_parameter_count(cell, units, features) == _keras_layer_count(cell, units, features)


def test_gru_without_reset_after_has_one_bias_per_gate():
    assert formula("gru", 20, 1, reset_after=False)[2] == _keras_layer_count("gru", 20, 1, reset_after=False)
    assert layer_parameter_count("gru", 20, 1, reset_after=False) == _keras_layer_count("gru", 20, 1, False)


def test_the_issue_numbers_follow_from_the_formulas():
    # The study notes' counts for 20 units on one feature.
    assert formula("simplernn", 20, 1)[2] == 440 and head_formula(20)[2] == 21
    assert formula("lstm", 20, 1)[2] == 1760
    assert formula("gru", 20, 1)[2] == 1380 and formula("gru", 20, 1, reset_after=False)[2] == 1320


def test_time_steps_do_not_change_the_count():
    assert {layer_parameter_count("lstm", 8, 2, steps) for steps in (1, 3, 50, None)} == {formula("lstm", 8, 2)[2]}


def test_defaults_are_notes_example_2_and_report_440_21_461():
    assert ParameterSettings() == PRESETS["example2"]
    report = parameter_report(ParameterSettings())
    assert report.summary["params"].tolist() == [440, 21, 461]
    assert report.total_params == parameters_model(ParameterSettings()).count_params()


@pytest.mark.parametrize(
    "settings",
    [
        ParameterSettings(),
        PRESETS["example1"],
        ParameterSettings(cell="lstm", units=5, features=3, return_sequences=True),
        ParameterSettings(cell="gru", units=4, features=2, return_state=True),
        ParameterSettings(cell="lstm", units=3, return_state=True, return_sequences=True, dense=False),
    ],
)
def test_tables_agree_with_the_model_and_the_formulas(settings):
    model = parameters_model(settings)
    report = parameter_report(settings)
    layers = report.summary[report.summary["layer"] != "Total"]
    assert layers["params"].sum() == report.total_params == model.count_params()
    assert report.summary["params"].iloc[-1] == model.count_params()
    per_layer = report.weights.groupby("layer", sort=False)["params"].sum()
    assert per_layer.to_dict() == dict(zip(layers["layer"], layers["params"], strict=True))
    assert (report.formulas["formula_count"] == report.formulas["keras_count"]).all()
    recurrent = model.get_layer(layers["layer"].iloc[0])
    shapes = [str(tuple(w.shape)) for w in recurrent.weights]
    assert report.weights["shape"].iloc[: len(shapes)].tolist() == shapes
    assert report.weights["weight"].iloc[:3].tolist() == ["kernel", "recurrent_kernel", "bias"]
    expected_outputs = [str(tuple(t.shape)) for t in model.outputs]
    if settings.dense:
        assert report.summary["output_shape"].iloc[1] == expected_outputs[0]
    else:
        assert report.summary["output_shape"].iloc[0] == ", ".join(expected_outputs)
    assert (report.gru_without_reset_after is not None) == (settings.cell == "gru")


FLAGS = (
    {},
    {"return_sequences": True},
    {"return_state": True},
    {"return_state": True, "return_sequences": True, "dense": False},
    {"dense": False, "activation": "relu"},
)
SIZES = ((20, 1, 3), (6, 4, 2))  # (units, features, time steps): the notes' model and an odd one
GENERATED = [
    ParameterSettings(cell=cell, units=units, features=features, timesteps=steps, **flags)
    for cell_index, cell in enumerate(CELLS)
    for flag_index, flags in enumerate(FLAGS)
    for units, features, steps in [SIZES[(cell_index + flag_index) % 2]]
]


@pytest.mark.parametrize("settings", GENERATED, ids=lambda s: "-".join(map(str, to_query(s).values())))
def test_generated_code_runs_and_builds_the_same_model(settings, capsys):
    namespace: dict = {}
    exec(generate_code(settings), namespace)  # the code a student copies, run as is
    model = namespace["model"]
    ours = parameters_model(settings)
    assert model.count_params() == parameter_report(settings).total_params == ours.count_params()
    assert [tuple(t.shape) for t in model.outputs] == [tuple(t.shape) for t in ours.outputs]
    uses_functional_api = "keras.Model(" in generate_code(settings)
    assert uses_functional_api == settings.return_state
    assert "input_shape" not in generate_code(settings)


def test_generated_code_carries_translated_comments():
    code = generate_code(ParameterSettings(return_state=True), {"input": "입력", "functional": "함수형"})
    assert "# 입력" in code and "# 함수형" in code


@pytest.mark.parametrize("cell", CELLS)
def test_four_combinations_return_the_tensors_keras_promises(cell):
    units, features, steps = 4, 2, 3
    report = outputs_report(cell, units, features, steps)
    for (sequences, state), rows in report.tensors.groupby(["return_sequences", "return_state"]):
        assert rows["tensor"].tolist() == tensor_names(cell, state)
        output_shape = (SAMPLE_BATCH, steps, units) if sequences else (SAMPLE_BATCH, units)
        states = [(SAMPLE_BATCH, units)] * (len(rows) - 1)
        assert rows["shape"].tolist() == [str(output_shape), *map(str, states)]
    checks = report.checks.set_index("check")["equal"].to_dict()
    assert checks.pop("final_output_is_last_step")
    if cell == "lstm":
        assert checks == {"state_h_is_last_output": True, "state_c_is_last_output": False}
    else:
        assert checks == {"state_is_last_output": True}


def test_four_combinations_match_one_plain_keras_layer():
    # Same seed, same weights: the combinations only differ in what they hand back.
    results = run_combinations("gru", 3, 2, 4, "tanh", seed=5)
    k = keras()
    reference = results[(True, True)]
    assert np.allclose(results[(False, False)][0], reference[0][:, -1, :], atol=1e-6)
    plain = k.layers.GRU(3, return_sequences=True)
    plain.build((None, 4, 2))
    seeded = recurrent_layer("gru", 3, seed=5, return_sequences=True)
    seeded.build((None, 4, 2))
    plain.set_weights(seeded.get_weights())
    assert np.allclose(np.asarray(plain(sample_batch(4, 2))), reference[0], atol=1e-6)


def test_long_windows_take_the_traced_path_with_the_same_results():
    steps = EAGER_MAX_STEPS + 1
    report = outputs_report("simplernn", 3, 1, steps)
    assert report.checks["equal"].all()
    assert report.tensors["shape"].iloc[-2] == str((SAMPLE_BATCH, steps, 3))


def test_keras_rejects_sequential_with_state_and_flat_stacking():
    report = outputs_report("lstm", 5, 1, 3)
    assert report.sequential_error.startswith("ValueError") and "3 input tensors" in report.sequential_error
    assert "ndim=3" in report.stacking_error
    assert report.stacked_shape == "(None, 5)"


def test_the_issue_url_reproduces_a_view():
    url = "cell=lstm&units=20&features=1&timesteps=3&return_sequences=true&return_state=false&activation=tanh&dense=1"
    raw = dict(part.split("=") for part in url.split("&"))
    settings, problems = parse_settings(ParameterSettings, raw)
    assert problems == []
    assert settings == ParameterSettings(cell="lstm", return_sequences=True, dense=True)
    assert parse_settings(ParameterSettings, to_query(settings))[0] == settings


@pytest.mark.parametrize(
    ("key", "raw", "reason"),
    [
        ("units", "0", "out_of_range"),
        ("units", "-4", "out_of_range"),
        ("features", str(SIZE_LIMIT + 1), "out_of_range"),
        ("timesteps", "abc", "not_a_number"),
        ("timesteps", "2.5", "not_a_number"),
        ("cell", "transformer", "not_a_choice"),
        ("dense", "maybe", "not_a_choice"),
    ],
)
def test_bad_url_values_fall_back_to_the_defaults(key, raw, reason):
    settings, problems = parse_settings(ParameterSettings, {key: raw})
    assert settings == ParameterSettings()
    assert [(p.name, p.reason) for p in problems] == [(key, reason)]


@pytest.mark.parametrize("cell", CELLS)
def test_quiz_distractors_never_include_the_right_count(cell):
    for units, features in ((1, 1), (20, 1), (7, 3)):
        wrong = wrong_counts(cell, units, features)
        assert formula(cell, units, features)[2] not in wrong and len(wrong) >= 2


def test_parameter_curve_is_the_formula_for_every_cell():
    curve = parameter_curve(features=2, max_units=30, points=7)
    assert set(curve["cell"]) == set(CELLS) and curve["units"].min() == 1 and curve["units"].max() == 30
    for row in curve.itertuples():
        assert row.params == formula(row.cell, row.units, 2)[2]


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_activations_and_derivatives_match_keras_and_autodiff(name):
    tf = tensorflow()
    x = np.linspace(-6, 6, 121)
    x = x[x != 0]  # ReLU has no derivative at 0
    variable = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(variable)
        y = getattr(keras().activations, name)(variable)
    assert np.allclose(activation_value(name, x), y.numpy(), atol=1e-6)
    assert np.allclose(activation_derivative(name, x), tape.gradient(y, variable).numpy(), atol=1e-6)


def test_derivative_bounds_are_reached_and_never_exceeded():
    curves = activation_curves(points=401)
    slopes = curves[curves["curve"] == "derivative"].groupby("activation")["y"].max()
    for name, bound in DERIVATIVE_BOUNDS.items():
        assert slopes[name] <= bound + 1e-12 and slopes[name] == pytest.approx(bound, abs=1e-3)
    assert derivative_bounds().set_index("activation")["bound"].to_dict() == DERIVATIVE_BOUNDS
    assert set(curves.columns) == {"activation", "curve", "x", "y"}


def test_charts_build_from_the_core_frames():
    from ui.charts import parameters as charts

    titles = dict.fromkeys(charts.TITLE_KEYS, "t")
    points = parameter_curve(1, 40)[lambda f: f["units"] == 1]
    spec = charts.parameter_count_chart(parameter_curve(1, 40), points, "lstm", titles).to_dict()
    assert len(spec["layer"]) == 3
    curves = activation_curves()
    spec = charts.activation_derivatives_chart(curves, derivative_bounds(), "tanh", titles).to_dict()
    bounds = spec["datasets"]
    assert any({row.get("bound") for row in rows} >= {1.0, 0.25} for rows in bounds.values())
    assert charts.activation_values_chart(curves, "relu", titles).to_dict()["mark"]["type"] == "line"
