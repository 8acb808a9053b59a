"""The structure page's gated cells in AppTest: LSTM and GRU show every gate, in both languages, from the URL."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from rnn_core import gates, memory_lane
from rnn_core.cell import StructureSettings
from rnn_core.settings import parse_settings
from tests.support import found, in_drawing_order
from tests.support import open_page as open_page_through_the_frame
from ui.catalog import CATALOG


def open_page(lang: str = "en", **params: str) -> AppTest:
    """The structure page at its step section (the gate-by-gate view) unless `section=` says otherwise."""
    return open_page_through_the_frame("pages/structure.py", lang, **{"section": "step", **params})


def shown_table(app: AppTest, quantity: str):
    """The table that has a row for `quantity`, turned back to one row per unit (the page shows one column per unit)."""
    return next(df.value for df in app.dataframe if quantity in df.value.index).T


@pytest.mark.parametrize(
    ("lang", "params"),
    [
        ("en", {"cell": "lstm", "seq": "0.5,-1,0.25,2", "units": "3", "step": "2", "seed": "4"}),
        ("ko", {"cell": "gru", "seq": "0,0.1,0.2", "units": "2", "step": "3", "activation": "relu"}),
        ("en", {"cell": "gru", "reset_after": "false", "units": "4", "step": "1", "activation": "sigmoid"}),
    ],
)
def test_url_opens_a_gated_cell_showing_the_numbers_rnn_core_computes(lang, params):
    app = open_page(lang, **params)
    settings, problems = parse_settings(StructureSettings, params)
    assert not problems and not app.warning
    layer = gates.build_gated_layer(
        settings.cell, settings.activation, settings.units, seed=settings.seed, reset_after=settings.reset_after
    )
    expected = gates.step_through(layer, settings.activation, settings.seq).at(settings.step)
    # Every gate and state of the chosen step, as the page shows them, equals the NumPy pass of a fresh layer.
    forget_or_update = "f" if settings.cell == "lstm" else "z"
    shown = shown_table(app, CATALOG[f"gates.col.{forget_or_update}"][lang])
    quantities = gates.QUANTITIES[settings.cell]
    assert shown.shape == (settings.units, len(quantities))
    assert shown.columns.name == f"t = {settings.step}"  # the key column leads, headed by the time step
    assert np.allclose(shown.to_numpy(dtype=float), expected[list(quantities)].to_numpy(), atol=1e-12)
    differences = [float(m.value) for m in app.metric if m.label == CATALOG["gates.difference"][lang]]
    assert differences and differences[0] < 1e-5
    # Each block's W (rows indexed "x") is its slice of the layer's fused kernel, in Keras's block order.
    weights = gates.gate_weights(layer)
    shown_kernels = [df.value.to_numpy(dtype=float) for df in app.dataframe if list(df.value.index) == ["x"]]
    expected_kernels = [weights.input_kernel(block) for block in weights.blocks]
    assert len(shown_kernels) == len(expected_kernels)
    for shown_kernel, expected_kernel in zip(shown_kernels, expected_kernels, strict=True):
        assert np.allclose(shown_kernel, expected_kernel, atol=1e-7)
    # The page's title names the cell, and the URL reproduces the view.
    assert any(settings.cell.upper() in h.value for h in app.subheader)
    assert app.query_params["cell"] == [settings.cell] or app.query_params["cell"] == settings.cell


def test_choosing_lstm_then_gru_in_the_widgets_shows_their_gates():
    app = open_page("ko")
    app.radio(key="structure.cell").set_value("lstm").run()
    assert not app.exception
    assert shown_table(app, CATALOG["gates.col.f"]["ko"]).shape[1] == len(gates.QUANTITIES["lstm"])
    app.radio(key="structure.cell").set_value("gru").run()
    app.toggle(key="structure.reset_after").set_value(False).run()
    assert not app.exception
    assert shown_table(app, CATALOG["gates.col.z"]["ko"]).shape[1] == len(gates.QUANTITIES["gru"])
    assert app.query_params["reset_after"] in ("false", ["false"])


def test_bad_url_values_fall_back_with_a_message():
    app = open_page("en", cell="transformer", reset_after="maybe", lane="7", forget="always", section="memory")
    warning = app.warning[0].value
    for name in ("cell", "reset_after", "lane", "forget"):
        assert f"`{name}`" in warning
    defaults = StructureSettings()
    assert app.radio(key="structure.cell").value == defaults.cell
    assert app.slider(key="structure.lane").value == defaults.lane
    assert app.radio(key="structure.forget").value == defaults.forget


def test_the_memory_lane_reads_its_own_controls_and_puts_them_in_the_url():
    # Its own fragment reruns with the settings of the page's last run: the lane must read its widgets itself.
    app = open_page("en", section="memory", units="4")
    app.slider(key="structure.lane").set_value(60)
    app.radio(key="structure.forget").set_value("chrono").run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.query_params["lane"] == "60" and app.query_params["forget"] == "chrono"
    assert app.query_params["units"] == "4" and app.query_params["section"] == "memory"
    asked = [b.key for b in app.button if b.key.startswith("FormSubmitter:quiz.gates.lane.")]
    assert asked and all(key.startswith("FormSubmitter:quiz.gates.lane.chrono.60") for key in asked)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_lane_note_says_which_cell_keeps_more_from_the_numbers_shown(lang):
    # The reviewer's setting: here the SimpleRNN keeps about a million times more of x₁ than the LSTM.
    params = {"cell": "lstm", "activation": "relu", "units": "2", "seq": "1,-2,3,0.5", "section": "memory"}
    app = open_page(lang, **params)
    settings, _ = parse_settings(StructureSettings, dict(params))
    lane = memory_lane.memory_lane(settings.units, settings.lane, seed=settings.seed, forget_start=settings.forget)
    reach = memory_lane.lane_summary(lane)["reach"]
    expected = "simplernn_keeps" if reach["simplernn"] >= 10 * reach["lstm"] else None
    assert expected, reach  # the setting still shows the case this test is for
    shown = " ".join(c.value for c in app.caption)
    values = found(f"gates.lane.notice.{expected}", shown, lang)
    assert values and float(values["factor"].replace(",", "")) == pytest.approx(
        reach["simplernn"] / reach["lstm"], rel=0.06
    )
    for other in ("lstm_keeps", "about_same", "all_gone"):
        assert found(f"gates.lane.notice.{other}", shown, lang) is None


def _shown_text(element) -> str:
    return " ".join(str(getattr(element, name, "")) for name in ("label", "value", "body"))


@pytest.mark.parametrize(("lang", "cell"), [("ko", "lstm"), ("en", "gru"), ("en", "lstm"), ("ko", "gru")])
def test_which_gate_to_shut_is_asked_before_anything_says_what_the_gates_do(lang, cell):
    app = open_page(lang, cell=cell)
    elements = list(in_drawing_order(app._tree))
    question = CATALOG[f"gates.quiz.close.q.{cell}"][lang]
    role = CATALOG[f"gates.role.{cell}"][lang]
    asked = next(i for i, e in enumerate(elements) if question in _shown_text(e))
    first_answer = next(i for i, e in enumerate(elements) if getattr(e, "type", None) in ("latex", "graphviz_chart"))
    assert asked < first_answer  # the equations and the diagram show which gate multiplies the old state
    assert not any(role in _shown_text(e) for e in elements)  # what the gates do stays unsaid until answered
    app.button(key=f"FormSubmitter:quiz.gates.close.{cell}.form-{CATALOG['quiz.show'][lang]}").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert any(role in e.value for e in app.info)
