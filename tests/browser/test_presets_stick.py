"""Every preset and reset sticks, and every question stands above its folded answer, in a real browser.

A preset or a reset must change the widgets, the view and the address bar together, and a reload of
that address must show the same view (issue 13: "Back to the notes' experiment" used to be undone
by the next run, which seeded the widgets again from the old URL).
"""

import dataclasses
import math
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect

from rnn_core.gradients import GradientSettings
from rnn_core.parameters import PRESETS as PARAMETER_PRESETS
from rnn_core.parameters import ParameterSettings
from rnn_core.settings import to_query
from rnn_core.training import DIVERGENCE_DEMO, TrainingSettings
from tests.browser.support import browser_marks, open_view, settled, url_params, widget
from ui.catalog import CATALOG
from ui.views.gradients import PRESETS as GRADIENT_PRESETS

pytestmark = browser_marks()


def expect_view(page, settings) -> None:
    """The address bar comes to hold exactly these settings (the frame's own parameters aside)."""
    wanted = to_query(settings)

    def shows_them(url: str) -> bool:
        shown = dict(parse_qsl(urlsplit(url).query))
        return {k: v for k, v in shown.items() if k in wanted} == wanted

    page.wait_for_url(shows_them)  # the rerun after a click writes the address a moment after the click
    settled(page)
    assert {k: v for k, v in url_params(page).items() if k in wanted} == wanted


def reload_keeps(page, settings) -> None:
    page.reload()
    settled(page)
    expect_view(page, settings)


def test_training_demo_and_back_to_the_lecture_survive_a_reload(app_url, new_page):
    page = new_page()
    odd = TrainingSettings(units=9, epochs=7, learning_rate=0.05)
    open_view(page, app_url + "/training?" + "&".join(f"{k}={v}" for k, v in to_query(odd).items()) + "&lang=en")
    widget(page, "training.demo").get_by_role("button").click()
    settled(page)
    demo = dataclasses.replace(TrainingSettings(), **DIVERGENCE_DEMO)
    expect_view(page, demo)
    reload_keeps(page, demo)
    widget(page, "training.notes").get_by_role("button").click()
    settled(page)
    expect_view(page, TrainingSettings())
    reload_keeps(page, TrainingSettings())
    expect(widget(page, "training.epochs").locator("input")).to_have_value("100")


@pytest.mark.parametrize("name", list(GRADIENT_PRESETS))
def test_each_gradients_preset_survives_a_reload(app_url, new_page, name):
    page = new_page()
    open_view(page, app_url + "/gradients?lang=en&gain=1.85&seed=7")
    page.get_by_role("button", name=CATALOG["gradients.presets"]["en"]).click()
    widget(page, f"gradients.preset.{name}").get_by_role("button").click()
    settled(page)
    expected = dataclasses.replace(GradientSettings(gain=1.85, seed=7), **GRADIENT_PRESETS[name])
    expect_view(page, expected)
    reload_keeps(page, expected)
    expect(widget(page, "gradients.gain").get_by_role("slider")).to_have_value(f"{expected.gain:g}")


@pytest.mark.parametrize("name", list(PARAMETER_PRESETS))
def test_each_parameters_preset_survives_a_reload(app_url, new_page, name):
    page = new_page()
    open_view(page, app_url + "/parameters?lang=en&units=7&cell=gru")
    widget(page, f"parameters.preset.{name}").get_by_role("button").click()
    settled(page)
    expected = PARAMETER_PRESETS[name]
    assert isinstance(expected, ParameterSettings)
    expect_view(page, expected)
    reload_keeps(page, expected)
    expect(widget(page, "parameters.units").locator("input")).to_have_value(str(expected.units))


def test_a_question_stands_above_its_answer_which_stays_folded_until_shown(app_url, new_page):
    page = new_page()
    open_view(page, app_url + "/gradients?lang=en&section=through_time")
    badges = page.locator(".stMarkdownBadge")
    expect(badges).to_have_count(0)  # the bound's verdicts answer the sigmoid question: folded
    question = page.get_by_text(CATALOG["gradients.quiz.regime.q"]["en"].split("{")[0].strip()[:30])
    page.get_by_role("button", name=CATALOG["quiz.show"]["en"]).click()
    settled(page)
    expect(badges).to_have_count(3)
    # Read top to bottom on a phone (one column), the question comes first; on a laptop it stands beside them.
    assert question.bounding_box()["y"] <= badges.first.bounding_box()["y"] or (
        question.bounding_box()["x"] + question.bounding_box()["width"] <= badges.first.bounding_box()["x"]
    )


def test_the_train_button_and_the_loss_curve_are_on_the_first_screen_of_a_laptop(app_url, new_page):
    page = new_page()
    page.set_viewport_size({"width": 1366, "height": 768})
    open_view(page, app_url + "/training?lang=en&epochs=3")
    train = widget(page, "training.train").get_by_role("button")
    expect(train).to_be_visible()
    assert train.bounding_box()["y"] + train.bounding_box()["height"] <= 768
    train.click()
    loss = page.get_by_text(CATALOG["training.loss_title"]["en"])
    expect(loss).to_be_visible()
    settled(page)
    chart = page.get_by_test_id("stVegaLiteChart").first
    assert chart.bounding_box()["y"] < 768 - 100  # the curve starts well inside the first screen


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_on_a_projector_train_is_on_the_first_screen_and_the_intro_waits_behind_a_button(app_url, new_page, lang):
    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 720})
    open_view(page, f"{app_url}/training?lang={lang}&present=1")
    train = widget(page, "training.train").get_by_role("button")
    expect(train).to_be_visible()
    assert train.bounding_box()["y"] + train.bounding_box()["height"] <= 720
    intro = CATALOG["training.intro"][lang].split("`")[0].strip()  # its first words, before any code
    expect(page.get_by_text(intro, exact=False)).to_have_count(0)  # not on the page until asked for
    page.get_by_role("button", name=CATALOG["common.about_page"][lang]).click()
    expect(page.get_by_test_id("stPopoverBody").get_by_text(intro, exact=False)).to_be_visible()


def test_with_ones_own_values_the_boxes_their_chart_and_train_share_a_laptops_first_screen(app_url, new_page):
    page = new_page()
    page.set_viewport_size({"width": 1366, "height": 768})
    values = ",".join(str(round(10 + 5 * math.sin(i / 3), 2)) for i in range(40))
    open_view(page, f"{app_url}/training?lang=ko&task=custom&samples=30&values={values}")
    paste = widget(page, "training.own.text")
    train = widget(page, "training.train").get_by_role("button")
    chart = page.get_by_test_id("stVegaLiteChart").first
    for element in (paste, train, chart):
        expect(element).to_be_visible()
    assert train.bounding_box()["y"] + train.bounding_box()["height"] <= 768
    assert paste.bounding_box()["y"] + paste.bounding_box()["height"] <= 768
    assert chart.bounding_box()["y"] < 768 - 150  # most of the values' chart is in view


def test_switching_language_relabels_the_chosen_option_of_a_select_box(app_url, new_page):
    page = new_page()
    open_view(page, f"{app_url}/training?lang=ko")
    task = widget(page, "training.task").locator("input")
    expect(task).to_have_value(CATALOG["training.task_label.arith"]["ko"])
    for lang, name in (("en", "English"), ("ko", "한국어")):
        page.get_by_test_id("stSidebar").get_by_text(name, exact=True).click()
        settled(page)
        expect(task).to_have_value(CATALOG["training.task_label.arith"][lang])
