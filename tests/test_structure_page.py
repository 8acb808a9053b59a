"""The structure page in AppTest: what it shows is what rnn_core computes, for defaults, widgets and URLs."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from rnn_core import cell, sequence_modes
from rnn_core.settings import to_query
from tests.support import in_drawing_order
from tests.support import open_page as open_page_through_the_frame
from ui import diagrams
from ui.catalog import CATALOG

PAGE = "pages/structure.py"
COLUMNS = ["h_prev", "input_part", "recurrent_part", "bias", "pre_activation", "h"]
DEFAULTS = cell.StructureSettings()


def open_page(**params: str) -> AppTest:
    """The page at its step-through section unless `section=` says otherwise (lang="en" unless given)."""
    return open_page_through_the_frame(PAGE, **{"section": "step", **params})


def shown_step_table(app: AppTest):
    pre_activation = CATALOG["structure.col.pre_activation"]["en"]
    return next(df.value for df in app.dataframe if pre_activation in df.value.index)


def assert_shows(app: AppTest, settings: cell.StructureSettings) -> None:
    """The numbers on the page are rnn_core's step table for these settings, at the chosen step."""
    layer = cell.build_cell_layer(settings.activation, settings.units, seed=settings.seed)
    expected = cell.step_table(cell.cell_weights(layer), settings.activation, settings.seq)
    expected = expected[expected["step"] == settings.step]
    shown = shown_step_table(app)
    # The key column leads: one row per quantity, named as the formula names it, under the time step.
    assert list(shown.index) == [CATALOG[f"structure.col.{c}"]["en"] for c in COLUMNS]
    assert shown.index.name == f"t = {settings.step}"
    assert shown.shape == (len(COLUMNS), settings.units)
    assert np.allclose(shown.to_numpy(dtype=float).T, expected[COLUMNS].to_numpy(), atol=1e-12)
    assert float(app.metric[0].value) < 1e-5  # the largest |NumPy h_T − Keras h_T|
    assert dict(app.query_params) == {**to_query(settings), "lang": "en", "section": "step"}


def test_each_section_shows_its_own_picture_and_keeps_its_name_in_the_url():
    app = open_page(section="cell")
    assert len(app.get("graphviz_chart")) == 2 and not app.dataframe  # folded cell and unrolled chain
    assert app.query_params["section"] == "cell"
    app = open_page(section="lengths")
    assert len(app.dataframe) == 1 and app.query_params["section"] == "lengths"
    app = open_page(section="modes")
    assert not app.text_input and app.get("graphviz_chart")  # fixed examples: no control to move


def test_defaults_render_the_numbers_rnn_core_computes():
    app = open_page()
    assert not app.warning
    assert app.text_input(key="structure.seq").value == "0, 0.1, 0.2"
    assert app.slider(key="structure.step").value == DEFAULTS.step
    assert_shows(app, DEFAULTS)


def test_the_activation_radio_writes_the_activations_as_every_page_does():
    app = open_page()
    assert app.radio(key="structure.activation").options == ["tanh", "ReLU", "sigmoid"]


def test_changing_the_widgets_changes_the_numbers_consistently():
    app = open_page()
    app.text_input(key="structure.seq").input("0.5, -0.2, 0.3, 0.9")
    app.radio(key="structure.activation").set_value("relu")
    app.number_input(key="structure.units").set_value(5)
    app.number_input(key="structure.seed").set_value(4)
    app.slider(key="structure.step").set_value(2)
    app.run()
    assert not app.exception and not app.warning
    assert_shows(app, cell.StructureSettings(seq=(0.5, -0.2, 0.3, 0.9), activation="relu", units=5, seed=4, step=2))


def test_the_url_reproduces_the_view():
    app = open_page(seq="0.5,0.2,-0.1,0.3", activation="sigmoid", units="2", seed="7", step="4")
    assert not app.warning
    assert app.radio(key="structure.activation").value == "sigmoid"
    assert_shows(app, cell.StructureSettings(seq=(0.5, 0.2, -0.1, 0.3), activation="sigmoid", units=2, seed=7, step=4))


def test_the_issues_example_link_shows_step_two_counted_from_one():
    app = open_page(seq="0,0.1,0.2", activation="tanh", units="3", step="2")
    assert not app.warning
    assert_shows(app, cell.StructureSettings(step=2))


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("units", "-3"),
        ("units", "abc"),
        ("step", "99"),
        ("seq", "0,x,0.2"),
        ("seq", ""),
        ("seq", "0,nan,0.2"),
        ("seq", "inf,0,1"),
        ("seq", ",".join(["0.1"] * 101)),
    ],
)
def test_bad_url_values_warn_and_fall_back_to_the_defaults(name, raw):
    app = open_page(**{name: raw})
    assert len(app.warning) == 1 and f"`{name}`" in app.warning[0].value
    assert_shows(app, DEFAULTS)


def test_a_bad_typed_sequence_warns_and_uses_the_default_sequence():
    app = open_page()
    app.text_input(key="structure.seq").input("1, two, 3").run()
    assert not app.exception
    assert len(app.warning) == 1 and "`seq`" in app.warning[0].value
    assert_shows(app, DEFAULTS)


def test_shortening_the_sequence_moves_the_step_to_its_new_end():
    app = open_page(seq="1,2,3,4,5", step="5")
    app.text_input(key="structure.seq").input("1, 2, 3, 4").run()
    assert not app.exception and not app.warning
    assert_shows(app, cell.StructureSettings(seq=(1.0, 2.0, 3.0, 4.0), step=4))


def test_the_longest_sequence_allowed_renders_at_a_middle_step():
    values = ",".join(f"{0.01 * i:g}" for i in range(cell.MAX_SEQUENCE_LENGTH))
    app = open_page(seq=values, step="50", activation="relu", units=str(cell.MAX_UNITS))
    assert not app.warning
    assert_shows(
        app,
        cell.StructureSettings(
            seq=tuple(0.01 * i for i in range(100)), step=50, activation="relu", units=cell.MAX_UNITS
        ),
    )


@pytest.mark.parametrize("length", [3, 7, 100])
def test_the_unrolled_chain_always_draws_both_ends_and_the_chosen_step(length):
    for step in range(1, length + 1):
        shown = diagrams.visible_steps(length, step)
        assert {1, step, length} <= set(shown) and len(shown) <= max(diagrams.MAX_CELLS, 5)
    dot = diagrams.unrolled_dot(length, 2, "tanh")
    assert dot.count(diagrams.CURRENT_FILL) >= 1 and diagrams.sub("x", length) in dot


@pytest.mark.parametrize("mode", sequence_modes.MODES, ids=lambda m: m.name)
def test_each_mode_diagram_draws_one_cell_per_time_step(mode):
    dot = diagrams.sequence_mode_dot(mode, "encoder", "decoder")
    cells = dot.count('label="RNN"')
    if mode.name == "encoder_decoder":
        assert cells == mode.input_steps + mode.output_steps
    else:
        assert cells == max(mode.input_steps, mode.output_steps)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_diagram_leads_but_keeps_h0_folded_until_its_question_is_answered(lang):
    app = open_page(section="cell", lang=lang)
    elements = list(in_drawing_order(app._tree))
    kinds = [getattr(e, "type", None) for e in elements]
    question = CATALOG["structure.quiz.initial.q"][lang]
    asked = next(i for i, e in enumerate(elements) if question in str(getattr(e, "label", "")))
    # The diagram stands right under its controls; the rule that says h₀ = 0 stands below the question.
    assert kinds.index("graphviz_chart") < asked < kinds.index("latex")
    chain = app.get("graphviz_chart")[1].proto.spec
    assert "h₀ = ?" in chain and "h₀ = 0" not in chain
    app.button(key=f"FormSubmitter:quiz.structure.initial.form-{CATALOG['quiz.show'][lang]}").click().run()
    assert not app.exception, [e.value for e in app.exception]
    chain = app.get("graphviz_chart")[1].proto.spec
    assert "h₀ = 0" in chain and "h₀ = ?" not in chain
