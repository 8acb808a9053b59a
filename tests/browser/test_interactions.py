"""Each finished page driven in headless Chromium the way a student drives it: click, type, drag.

What the page shows after each move is checked against the page's own sources of truth, rnn_core's
formulas and the catalog's texts, never against numbers copied from a screenshot. They run on a
server with Community Cloud's settings (see conftest.py).
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
import pandas as pd
import pytest
from playwright.sync_api import expect

from rnn_core.cell import StructureSettings, build_cell_layer, keras_states
from rnn_core.gradients import GradientSettings, regime
from rnn_core.models import ACTIVATIONS, CELL_NAMES
from rnn_core.parameters import ParameterSettings, formula
from rnn_core.settings import MAX_ECHO, to_query
from rnn_core.training import TrainingSettings
from tests.browser.support import browser_marks, open_view, settled, type_into, url_params, widget
from ui.catalog import CATALOG

pytestmark = browser_marks()

# The pages whose settings live in the URL, each with the class that parses them (/training joins when finished).
SETTINGS = {
    "/structure": StructureSettings,
    "/parameters": ParameterSettings,
    "/training": TrainingSettings,
    "/gradients": GradientSettings,
}
FRAME_PARAMS = ("lang", "present")
# Payloads that would run if any page put URL text into the DOM as HTML instead of as text.
MARKUP = ["<script>window.__xss=1</script>", '"><img src=x onerror="window.__xss=1">']
LONG = "9" * 5000  # a number to a parser that reads floats (it overflows to inf), too long for anything else


def text(key: str, lang: str = "en", **values) -> str:
    """A catalog string as the page shows it (markdown's backticks and asterisks are not visible text)."""
    shown = CATALOG[key][lang].format(**values)
    return shown.replace("`", "").replace("**", "")


def metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


# 1. One main control per page, moved by hand; the page must redraw what rnn_core computes for it.


def test_parameters_switching_to_lstm_shows_its_count(app_url, new_page):
    page = new_page()
    open_view(page, app_url + "/parameters")
    view = ParameterSettings()
    head = view.units + 1  # Dense(1) on top: one weight per unit and one bias

    def shows_counts_of(cell):
        count = formula(cell, view.units, view.features)[2]
        expect(metric(page, text("parameters.metric.recurrent", layer=CELL_NAMES[cell]))).to_have_text(f"{count:,}")
        expect(metric(page, text("parameters.metric.total"))).to_have_text(f"{count + head:,}")

    shows_counts_of(view.cell)
    widget(page, "parameters.cell").get_by_role("radio", name=CELL_NAMES["lstm"]).click()
    shows_counts_of("lstm")
    settled(page)
    assert url_params(page)["cell"] == "lstm"


def test_structure_step_slider_and_units_redraw_the_step_through(app_url, new_page):
    page = new_page()
    open_view(page, app_url + "/structure?section=step")
    view = StructureSettings()
    length = len(view.seq)
    expect(page.get_by_text(text("structure.step.title", step=view.step, length=length))).to_be_visible()

    slider = widget(page, "structure.step").get_by_role("slider")
    slider.focus()
    slider.press("ArrowLeft")  # the keyboard moves a slider one step
    expect(page.get_by_text(text("structure.step.title", step=view.step - 1, length=length))).to_be_visible()
    settled(page)
    assert url_params(page)["step"] == str(view.step - 1)

    units = view.units + 1
    type_into(page, "structure.units", str(units))
    expect(page.get_by_text(text("structure.weights.title", units=units))).to_be_visible()
    expect(widget(page, "structure.step").get_by_role("slider")).to_have_value(str(view.step - 1))
    settled(page)


# Counts the script runs that start after it is installed (the app's script-state attribute turning to "running").
COUNT_RUNS = """() => {
    window.__runs = 0;
    const app = document.querySelector("[data-testid='stApp']");
    new MutationObserver(() => {
        if (app.getAttribute("data-test-script-state") === "running") window.__runs += 1;
    }).observe(app, {attributes: true, attributeFilter: ["data-test-script-state"]});
}"""


@pytest.mark.parametrize("app_url", ["hosted"], indirect=True)
def test_structure_csv_download_is_the_keras_step_through_and_does_not_rerun(app_url, new_page):
    page = new_page()
    view = StructureSettings(units=3, seed=4)
    open_view(page, app_url + "/structure?" + urlencode({**to_query(view), "section": "step"}))
    page.evaluate(COUNT_RUNS)
    with page.expect_download() as download:
        widget(page, "structure.csv").get_by_role("button").click()
    table = pd.read_csv(download.value.path())
    page.wait_for_timeout(1000)  # long enough for a rerun to have started, had the click asked for one
    assert page.evaluate("window.__runs") == 0  # a download changes nothing on the page
    settled(page)

    layer = build_cell_layer(view.activation, view.units, seed=view.seed)
    states, _ = keras_states(layer, view.seq)  # Keras's own hidden state after every step
    assert list(table["step"].unique()) == list(range(1, len(view.seq) + 1))
    np.testing.assert_allclose(table["h"].to_numpy().reshape(states.shape), states, atol=1e-5)


def expect_regimes(page, gain: float) -> None:
    """Each activation's column names the regime the Pascanu bound gives for this gain."""
    badge = page.locator(".stMarkdownBadge")
    innermost = page.get_by_test_id("stColumn").filter(has_not=page.get_by_test_id("stColumn"))
    columns = innermost.filter(has_text="σ_max·γ", has=badge)  # not the section's column that holds them all
    expect(columns).to_have_count(len(ACTIVATIONS))
    for index, activation in enumerate(ACTIVATIONS):
        expect(columns.nth(index)).to_contain_text(text(f"gradients.regime.{regime(gain, activation)}"))


def test_gradients_dragging_the_gain_changes_the_regime(app_url, new_page):
    page = new_page()
    open_view(page, app_url + "/gradients?section=through_time")
    page.get_by_role("button", name=text("quiz.show")).click()  # the verdicts stay folded until then
    settled(page)
    gain_slider = widget(page, "gradients.gain")
    gain_slider.scroll_into_view_if_needed()  # pressing Show scrolled the page down to the answer
    value = gain_slider.get_by_role("slider")  # a visually hidden range input inside the thumb
    highest = float(value.get_attribute("max"))
    expect_regimes(page, GradientSettings().gain)

    start = value.locator("xpath=../..").bounding_box()  # the thumb the student grabs
    track = gain_slider.get_by_role("group").bounding_box()
    page.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(track["x"] + track["width"] + 40, start["y"] + start["height"] / 2, steps=8)  # past the end
    page.mouse.up()
    expect(value).to_have_value(f"{highest:g}")
    expect_regimes(page, highest)
    settled(page)
    assert float(url_params(page)["gain"]) == highest


# 2. The language switch changes the words, never the settings.


def test_language_switch_keeps_the_settings(app_url, new_page):
    page = new_page("en-US")
    open_view(page, app_url + "/parameters")
    view = ParameterSettings()
    cell = widget(page, "parameters.cell").get_by_role("radio", name=CELL_NAMES["lstm"])
    cell.click()
    widget(page, "parameters.return_sequences").locator("label").first.click()  # the switch's visible label
    count = f"{formula('lstm', view.units, view.features)[2]:,}"
    expect(metric(page, text("parameters.metric.recurrent", layer="LSTM"))).to_have_text(count)
    settled(page)
    before = url_params(page)
    assert (before["cell"], before["return_sequences"]) == ("lstm", "true")

    widget(page, "_lang_switch").get_by_role("radio", name="한국어").click()
    expect(page.locator("h1").first).to_have_text(text("parameters.title", "ko"))
    expect(metric(page, text("parameters.metric.recurrent", "ko", layer="LSTM"))).to_have_text(count)
    settled(page)
    after = url_params(page)
    assert (before.pop("lang"), after.pop("lang")) == ("en", "ko")
    assert after == before
    expect(cell).to_have_attribute("aria-checked", "true")
    expect(widget(page, "parameters.return_sequences").get_by_role("switch")).to_be_checked()


# 3. The "link to this view" reproduces the view in a browser that has never seen it.


def structure_view(page) -> dict:
    """What a student sees of the structure page's settings: the widgets and the step heading."""
    return {
        "seq": widget(page, "structure.seq").locator("input"),
        "units": widget(page, "structure.units").locator("input"),
        "seed": widget(page, "structure.seed").locator("input"),
        "step": widget(page, "structure.step").get_by_role("slider"),
        "activation": widget(page, "structure.activation").get_by_role("radio", checked=True),
        "heading": page.get_by_role("heading", level=3).filter(has_text=re.compile(r"t = \d")),
    }


def test_a_shared_link_opens_the_same_view(app_url, new_page):
    page = new_page("en-US")
    open_view(page, app_url + "/structure?section=step")
    type_into(page, "structure.seq", "0.5, -0.2, 0.3, 0.9")
    expect(page.get_by_text(text("structure.step", length=4))).to_be_visible()
    widget(page, "structure.activation").get_by_text("sigmoid").click()
    slider = widget(page, "structure.step").get_by_role("slider")
    slider.focus()
    slider.press("ArrowLeft")
    expect(page.get_by_text(text("structure.step.title", step=2, length=4))).to_be_visible()
    settled(page)
    shown = structure_view(page)
    values = {name: shown[name].input_value() for name in ("seq", "units", "seed", "step")}
    labels = {name: shown[name].inner_text() for name in ("activation", "heading")}

    page.get_by_test_id("stPopover").get_by_role("button").click()
    link = page.get_by_test_id("stPopoverBody").get_by_test_id("stCode").inner_text().strip()
    assert urlsplit(link).path == "/structure"
    assert dict(parse_qsl(urlsplit(link).query)) == url_params(page)

    fresh = new_page("ko-KR")  # a Korean browser: the link's lang=en must still win
    open_view(fresh, link)
    seen = structure_view(fresh)
    for name, value in values.items():
        expect(seen[name]).to_have_value(value)  # a text box can fill in a moment after the run ends
    for name, label in labels.items():
        expect(seen[name]).to_have_text(label)
    assert url_params(fresh) == url_params(page)


# 4. Hostile URL values: reported as text, defaults used, nothing run as HTML.


def hostile_query(names: list[str], payload: str) -> dict[str, str]:
    if payload == "markup":
        return {name: MARKUP[index % len(MARKUP)] for index, name in enumerate(names)}
    return dict.fromkeys(names, LONG)


# On Community Cloud's settings only (hidden error details): an exception box shows there too, and AppTest
# (tests/test_hostile_input.py) sends every parameter of every page a wider set of bad values.
@pytest.mark.parametrize("app_url", ["hosted"], indirect=True)
@pytest.mark.parametrize("payload", ["markup", "long"])
@pytest.mark.parametrize("path", list(SETTINGS))
def test_hostile_url_values_are_reported_as_text(app_url, new_page, path, payload):
    defaults = to_query(SETTINGS[path]())
    names = [*defaults, *FRAME_PARAMS]
    query = hostile_query(names, payload)
    page = new_page("en-US")
    open_view(page, app_url + path + "?" + urlencode(query))

    warnings = page.get_by_test_id("stAlertContentWarning")
    expect(warnings.first).to_be_visible()
    reported = "\n".join(warnings.all_inner_texts())
    for name, value in query.items():
        echoed = value[: MAX_ECHO - 1]  # echoed as plain text, shortened; after the control's label if it has one
        assert f"{name} = {echoed}" in reported or f"({name}) = {echoed}" in reported, name
    assert "9" * (MAX_ECHO + 1) not in page.locator("body").inner_text()

    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("[...document.scripts].some(script => script.text.includes('__xss'))") is False
    first_section = {"/structure": "cell", "/parameters": "where", "/gradients": "feedback"}
    sections = {"section": first_section[path]} if path in first_section else {}
    assert url_params(page) == {**defaults, "lang": "en", **sections}  # every setting fell back to its default
