""" "Your sequence" on the training page in AppTest: typed values, a link's values, bad input, and a run on them.

Uploads need a browser (AppTest has no file uploader): tests/browser/test_own_data_in_browser.py.
"""

from __future__ import annotations

import functools
import string

import pytest

from rnn_core.custom_data import MAX_BYTES, read_file
from tests.support import found, text
from tests.support import open_page as open_page_through_the_frame
from tests.test_custom_data import BAD_FILES
from ui.catalog import CATALOG
from ui.views.training import number, sequence_text

open_page = functools.partial(open_page_through_the_frame, "pages/training.py")
SEASONS = [round(10 + 8 * ((i % 12) - 6) ** 2 / 36, 2) for i in range(48)]  # four years of a monthly cycle


def typed(values) -> str:
    return ", ".join(f"{v:g}" for v in values)


def captions(app) -> str:
    return "\n".join(c.value for c in app.caption)


@pytest.mark.parametrize("name", [n for n, (_, code, _) in BAD_FILES.items() if code])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_bad_file_has_a_sentence_with_its_line(name, lang):
    problem = read_file(BAD_FILES[name][0])
    template = CATALOG[f"training.own.problem.{problem.code}"][lang]
    wanted = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    given = {"line": problem.line, "most_mb": f"{MAX_BYTES / 1e6:g}", **problem.details}
    assert wanted <= set(given), (wanted, given)  # every placeholder is filled by what the parser reports
    if problem.line is not None:
        assert "{line}" in template  # the sentence names the line to look at


def test_typed_values_are_previewed_and_travel_in_the_link():
    app = open_page()
    app.selectbox(key="training.task").set_value("custom").run()
    assert text("training.own.hint") in captions(app)
    app.text_area(key="training.own.text").input(typed(SEASONS)).run()
    assert not app.exception, [e.value for e in app.exception]
    assert found("training.own.loaded_paste", captions(app))["count"] == "48"
    split = found("training.own.split", captions(app))
    assert (split["used"], split["samples"], split["held"]) == ("38", "35", "10")  # 10 values kept to check with
    assert app.number_input(key="training.samples").value == 35
    assert app.query_params["task"] == "custom" and app.query_params["values"] == ",".join(f"{v:g}" for v in SEASONS)
    assert text("training.own.scale_warning", largest="18") in [w.value for w in app.warning]
    app.button(key="training.own.scale").click().run()  # the offer turns scaling on
    assert app.toggle(key="training.scale").value is True and not app.warning


def test_a_link_with_values_opens_them_and_bad_values_fall_back_to_the_built_in_task():
    app = open_page(task="custom", values=",".join(map(str, SEASONS)), samples="30")
    assert app.text_area(key="training.own.text").value.startswith("18, 15.56, 13.56, 12, ")
    assert app.number_input(key="training.samples").value == 30  # the link's samples, not a new default
    app = open_page("ko", task="custom", values="1,2,abc")
    shown = "\n".join(w.value for w in app.warning)
    assert found("problem.not_a_number", shown, "ko") and found("problem.no_values", shown, "ko")
    assert app.selectbox(key="training.task").value == "arith" and "values" not in app.query_params


def test_a_link_gives_back_exactly_the_values_it_carries():
    values = [12.3456789, 0.1 + 0.2, *SEASONS[2:]]
    app = open_page(task="custom", values=",".join(map(repr, values)), samples="30")
    assert [float(v) for v in app.query_params["values"].split(",")] == values  # 0.30000000000000004 stays itself
    assert found("training.own.loaded_paste", captions(app))["count"] == "48"


def test_bad_typed_values_get_a_message_and_the_page_keeps_its_sequence():
    app = open_page("ko")
    app.selectbox(key="training.task").set_value("custom").run()
    app.text_area(key="training.own.text").input(typed(SEASONS)).run()
    app.text_area(key="training.own.text").input(typed(SEASONS[:10]) + ", nan, 3").run()
    assert not app.exception
    [error] = [e.value for e in app.error]
    assert text("training.own.problem.not_finite", "ko", line=1, cell="nan") in error
    assert text("training.own.problem_kept", "ko") in error
    assert found("training.own.loaded_paste", captions(app), "ko")["count"] == "48"  # the last good values


def test_a_compare_run_on_own_values_answers_every_section():
    app = open_page(
        task="custom", values=",".join(map(str, SEASONS)), samples="35", epochs="3", compare="1", scale="1", run="1"
    )
    assert not app.exception, [e.value for e in app.exception]
    assert [s.value.split(":")[0] for s in app.success] == ["**tanh**", "**ReLU**", "**sigmoid**"]
    for label in [b.key for b in app.button if b.key.startswith("FormSubmitter:quiz.")]:
        [button] = [b for b in app.button if b.key == label]
        button.click().run()
        assert not app.exception, [e.value for e in app.exception]
    box = next(b for b in app.text_input if b.key.startswith("training.try_sequence.custom."))
    assert box.value == sequence_text(SEASONS[35:38])  # the first window past the training data
    metric = next(m for m in app.metric if m.label == text("training.own.try_next"))
    assert metric.value == number(SEASONS[38])  # what follows that window in the data (13.56 shown as 13.6)
    box.set_value("100, 200, 300").run()  # a window the data does not hold: no truth, said so
    assert not app.exception and text("training.own.rollout_none") in captions(app)


def test_preset_buttons_and_a_return_to_your_sequence_keep_the_typed_values():
    app = open_page()
    app.selectbox(key="training.task").set_value("custom").run()
    app.text_area(key="training.own.text").input(typed(SEASONS)).run()
    app.button(key="training.notes").click().run()  # back to the lecture's experiment: the built-in task
    assert app.selectbox(key="training.task").value == "arith" and "values" not in app.query_params
    app.selectbox(key="training.task").set_value("custom").run()
    assert not app.exception and not [w for w in app.warning if text("problem.header") in w.value]
    assert found("training.own.loaded_paste", captions(app))["count"] == "48"
    assert app.text_area(key="training.own.text").value == typed(SEASONS)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_choosing_your_sequence_asks_for_values_without_a_warning(lang):
    app = open_page(lang)
    app.selectbox(key="training.task").set_value("custom").run()
    assert not app.exception
    assert not any(found("problem.no_values", w.value, lang) for w in app.warning), [w.value for w in app.warning]
    assert text("training.own.hint", lang) in captions(app)  # the page says what it wants instead
    assert text("training.own.where", lang) in captions(app)
