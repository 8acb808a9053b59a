"""The parameters page run by AppTest: defaults, controls, presets, URL in and out, bad input."""

from __future__ import annotations

import functools

import pytest
from streamlit.testing.v1 import AppTest

from rnn_core.parameters import PRESETS, formula, head_formula
from tests.support import open_page as open_page_through_the_frame
from tests.support import text

PAGE = "pages/parameters.py"


open_page = functools.partial(open_page_through_the_frame, PAGE)  # open_page(lang="en", **url_params)


def metrics(app: AppTest) -> list[int]:
    return [int(metric.value.replace(",", "")) for metric in app.metric]


def expected(cell: str, units: int, features: int, dense: bool = True) -> list[int]:
    recurrent = formula(cell, units, features)[2]
    head = head_formula(units)[2]
    return [recurrent, head, recurrent + head] if dense else [recurrent, recurrent]


def test_defaults_show_the_notes_440_21_461_and_write_the_url():
    app = open_page()
    assert metrics(app) == expected("simplernn", 20, 1) == [440, 21, 461]
    assert app.dataframe[0].value.iloc[:, -1].tolist() == [440, 21, 461]
    assert app.query_params["units"] == "20" and app.query_params["dense"] == "true"
    assert not app.warning


def test_every_control_changes_the_table_and_the_url():
    app = open_page()
    app.segmented_control(key="parameters.cell").set_value("gru").run()
    assert metrics(app) == expected("gru", 20, 1)
    app.number_input(key="parameters.units").set_value(7).run()
    app.number_input(key="parameters.features").set_value(3).run()
    assert metrics(app) == expected("gru", 7, 3)
    assert app.query_params["cell"] == "gru" and app.query_params["features"] == "3"
    app.toggle(key="parameters.dense").set_value(False).run()
    assert metrics(app) == expected("gru", 7, 3, dense=False)
    app.toggle(key="parameters.return_state").set_value(True).run()
    app.segmented_control(key="parameters.section").set_value("code").run()
    assert app.query_params["section"] == "code"
    code = [block.value for block in app.code if "import keras" in block.value][0]
    assert "keras.Model(inputs, [outputs, state])" in code
    assert app.dataframe[0].value.iloc[0, 2] == "(None, 7), (None, 7)"
    assert not app.exception


def test_presets_load_the_notes_models():
    app = open_page(units="33", cell="lstm")
    app.button(key="parameters.preset.example1").click().run()
    example = PRESETS["example1"]
    assert metrics(app) == expected(example.cell, example.units, example.features)
    assert app.number_input(key="parameters.timesteps").value == example.timesteps
    app.button(key="parameters.preset.example2").click().run()
    assert metrics(app) == [440, 21, 461]


def test_the_issue_url_reproduces_the_view():
    query = {
        "cell": "lstm",
        "units": "20",
        "features": "1",
        "timesteps": "3",
        "return_sequences": "true",
        "return_state": "false",
        "activation": "tanh",
        "dense": "1",
    }
    app = open_page(**query)
    assert metrics(app) == expected("lstm", 20, 1)
    assert app.toggle(key="parameters.dense").value is True
    assert app.toggle(key="parameters.return_sequences").value is True
    assert app.query_params["dense"] == "true"  # written back in the page's own spelling
    assert not app.warning


@pytest.mark.parametrize(
    "query",
    [
        {"units": "0", "features": "-2", "timesteps": "9999"},
        {"units": "abc", "cell": "<b>x</b>", "dense": "maybe", "timesteps": "nan"},
    ],
)
def test_bad_url_values_warn_and_fall_back_to_the_defaults(query):
    app = open_page(**query)
    assert metrics(app) == [440, 21, 461]
    warning = app.warning[0].value
    assert all(f"`{name}`" in warning for name in query)
    assert app.query_params["units"] == "20"


def test_the_quizzes_ask_about_the_live_view_and_hold_their_answers_back():
    app = open_page(units="12", features="2", section="charts")
    radio = app.radio(key="quiz.parameters.count.lstm.12.2.choice")
    assert f"{formula('lstm', 12, 2)[2]:,}" in radio.options  # shown with a thousands separator
    assert "LSTM(12)" in radio.label and radio.value is None
    assert not [box for box in app.success if "Right!" in box.value]
    # Clicking "Check my answer" is left to the browser check: under AppTest the frame's
    # require_frame() reruns every script run, and a rerun drops a form's submit trigger.


def shown_text(app: AppTest) -> str:
    """Every caption, markdown and code block on the page, as one text."""
    return "\n".join(str(e.value) for kind in ("caption", "markdown", "code") for e in app.get(kind))


@pytest.mark.parametrize("return_state", ["false", "true"])
def test_without_the_dense_head_no_note_speaks_of_one(return_state):
    query = {"cell": "gru", "units": "40", "features": "3", "dense": "false", "return_state": return_state}
    for section in ("where", "outputs", "code", "charts"):
        app = open_page(section=section, **query)
        assert metrics(app) == expected("gru", 40, 3, dense=False)
        shown = shown_text(app)
        said_on_purpose = [  # the head is off, and the error Keras raises when one follows return_state
            text("parameters.notice.summary.no_head", cell="GRU"),
            text("parameters.outputs.sequential.title"),
            text("parameters.outputs.sequential.text", cell="GRU"),
        ]
        assert said_on_purpose[0] in shown
        for sentence in said_on_purpose:
            shown = shown.replace(sentence, "")
        assert "Dense" not in shown and "next layer" not in shown, shown
    if return_state == "true":
        assert "keras.Model(inputs, [outputs, state])" in shown_text(open_page(section="code", **query))


@pytest.mark.parametrize(("return_sequences", "key"), [("true", "head_sequences"), ("false", "head_last")])
def test_with_the_dense_head_the_note_gives_its_count_where_it_reads(return_sequences, key):
    app = open_page(cell="gru", units="40", features="3", return_sequences=return_sequences)
    assert metrics(app)[1] == head_formula(40)[2] == 41
    assert text(f"parameters.notice.summary.{key}", head="41") in shown_text(app)
