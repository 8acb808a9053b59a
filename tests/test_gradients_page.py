"""The gradients page run by AppTest: defaults, URL views, bad values, overflow, a control that moves the theory."""

from __future__ import annotations

import functools
import re

import pytest
from streamlit.testing.v1 import AppTest

from rnn_core.gradients import GradientSettings
from tests.support import found, text
from tests.support import open_page as open_page_through_the_frame

PAGE = "pages/gradients.py"
DEFAULTS = GradientSettings()


open_page = functools.partial(open_page_through_the_frame, PAGE)  # open_page(lang="en", **url_params)


def texts(elements) -> str:
    return "\n".join(str(element.value) for element in elements)


def tanh_gradient_20_steps_back(app: AppTest) -> float:
    match = re.search(r"tanh's gradient is ([0-9.e+-]+)", texts(app.caption))
    assert match, texts(app.caption)
    return float(match.group(1))


def show_answer(app: AppTest, quiz: str) -> None:
    [button] = [
        b for b in app.button if b.key.startswith(f"FormSubmitter:quiz.{quiz}") and b.key.endswith("Show the answer")
    ]
    button.click().run()
    assert not app.exception, [e.value for e in app.exception]


def go_to(app: AppTest, section: str) -> None:
    app.segmented_control(key="gradients.section").set_value(section).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.query_params["section"] == section


def test_each_section_renders_with_only_its_own_controls_and_writes_the_url():
    app = open_page(section="through_time")
    assert len(app.get("vega_lite_chart")) == 2  # gradients through time: state and input
    assert not app.warning
    assert app.slider(key="gradients.gain").value == DEFAULTS.gain
    wanted = {"activation": "tanh", "gain": "1", "steps": "50", "units": "20", "lag": "20", "section": "through_time"}
    assert wanted.items() <= dict(app.query_params).items()
    assert not [s for s in app.slider if s.key == "gradients.lag"]  # the lag does not change these charts
    go_to(app, "feedback")
    assert len(app.get("vega_lite_chart")) == 1
    go_to(app, "training")  # the default setting trains once per server, without a button
    assert len(app.get("vega_lite_chart")) == 2 and not [s for s in app.slider if s.key == "gradients.steps"]
    go_to(app, "long_term")
    assert len(app.get("vega_lite_chart")) == 1
    go_to(app, "remedies")
    assert len(app.get("graphviz_chart")) == 1
    nan_run = found("gradients.clipping.nan", texts(app.error))  # the exploding run is shown, not raised
    assert nan_run and nan_run["option"] == text("gradients.clip.none")
    assert not app.dataframe  # the misconception's table is folded behind its question
    show_answer(app, "gradients.clipping")
    assert len(app.dataframe) == 1


def test_a_trained_section_waits_for_its_button_when_its_setting_is_new():
    app = open_page(section="training", lag="7", seed="3")
    assert not app.get("vega_lite_chart")  # nothing trains on a control change
    assert [b for b in app.button if b.key == "gradients.train.heatmap"]
    app.slider(key="gradients.gain").set_value(0.9).run()  # still nothing trained
    assert not app.exception and not app.get("vega_lite_chart")
    app.button(key="gradients.train.heatmap").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert len(app.get("vega_lite_chart")) == 2  # heatmap and loss


def test_a_bad_section_name_warns_and_opens_the_first():
    app = open_page(section="<b>nope</b>")
    assert "`section`" in texts(app.warning)
    assert app.query_params["section"] == "feedback"


def test_the_url_reproduces_a_view():
    app = open_page(activation="sigmoid", gain="1.5", steps="30", units="10", lag="35", lang="ko", section="training")
    assert not app.warning
    assert app.slider(key="gradients.gain").value == 1.5
    assert app.query_params["steps"] == "30"  # not a control of this section, but still part of the view
    assert app.number_input(key="gradients.units").value == 10
    assert app.slider(key="gradients.lag").value == 35
    assert app.segmented_control(key="gradients.activation").value == "sigmoid"
    assert app.query_params["gain"] == "1.5" and app.query_params["lag"] == "35"


@pytest.mark.parametrize(
    "params",
    [
        {"gain": "0", "steps": "0", "units": "0"},
        {"gain": "-1", "steps": "1000000"},
        {"gain": "1e9", "units": "abc", "activation": "<b>swish</b>"},
    ],
)
def test_bad_values_warn_and_fall_back_to_the_defaults(params):
    app = open_page(**params)
    warning = texts(app.warning)
    for name in params:
        assert f"`{name}`" in warning, (name, warning)
    assert app.slider(key="gradients.gain").value == DEFAULTS.gain
    assert app.slider(key="gradients.steps").value == DEFAULTS.steps
    assert app.number_input(key="gradients.units").value == DEFAULTS.units


def test_lowering_the_gain_makes_vanishing_certain_and_the_gradient_smaller():
    app = open_page(section="through_time")
    assert text("gradients.regime.neutral") not in texts(app.markdown)  # folded behind the sigmoid question
    show_answer(app, "gradients.regime")
    assert text("gradients.regime.neutral") in texts(app.markdown)
    before = tanh_gradient_20_steps_back(app)
    app.slider(key="gradients.gain").set_value(0.6).run()
    assert not app.exception, [e.value for e in app.exception]
    markdown = texts(app.markdown)
    assert markdown.count(text("gradients.regime.vanishing")) == 3  # all three activations: σ_max·γ ≤ 0.6
    assert tanh_gradient_20_steps_back(app) <= 0.6**20 * 1.001 < before  # under the bound (σ_max·γ)^20
    assert app.query_params["gain"] == "0.6"


def test_relu_overflow_is_shown_not_raised():
    app = open_page(activation="relu", gain="2", steps="200", init="identity", input="constant")
    stability = [w.value for w in app.warning if text("gradients.stability.undrawable") in w.value]
    assert len(stability) == 1 and found("gradients.undrawable.inf", stability[0])["activation"] == "ReLU"
    assert "tanh:" not in stability[0] and "sigmoid:" not in stability[0]  # both stay bounded
    go_to(app, "through_time")
    assert found("gradients.through_time.after_overflow", texts(app.warning))


def feedback_notice(app: AppTest) -> str:
    [caption] = [str(c.value) for c in app.caption if "‖h_t‖" in str(c.value)]
    return caption


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_overflow_note_says_inf_then_nan_as_the_warning_does(lang):
    app = open_page(lang=lang, activation="relu", gain="2", steps="200", units="20", init="identity", input="constant")
    [warning] = [w.value for w in app.warning if text("gradients.stability.undrawable", lang) in w.value]
    overflow_step = re.search(r"ReLU: .*?(\d+)$", warning, re.MULTILINE).group(1)  # the line's last number
    note = feedback_notice(app)
    said = found("gradients.stability.relu.nan", note, lang)
    assert said and said["infinite"] == overflow_step and int(said["nan"]) == int(overflow_step) + 1
    assert text("gradients.stability.relu.cause.inf_times_zero", lang) in note  # W_h = g·I holds zeros
    assert text("gradients.stability.mechanism.identity.grows", lang, gain="2") in note


def test_a_shrinking_relu_state_is_called_shrinking_not_unbounded():
    app = open_page(activation="relu", gain="0.5", input="zeros", steps="10")
    said = found("gradients.stability.relu.shrinks", feedback_notice(app))
    assert said and said["start"] == "1" and said["relu"] == "8.4 × 10⁻⁶" and said["steps"] == "10"
    assert text("gradients.stability.mechanism.orthogonal", gain="0.5") in feedback_notice(app)
