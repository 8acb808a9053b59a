"""'Your sequence' as a student uses it in Chromium: upload a CSV of monthly temperatures, train, compare the
activations, and upload bad files, in both languages. Files go through Streamlit's real upload endpoint
(`/_stcore/upload_file`), which AppTest cannot reach."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from rnn_core.custom_data import read_file
from tests.browser.support import browser_marks, open_view, settled, status_pattern, statuses, widget
from tests.test_custom_data import BAD_FILES, xlsx_bytes
from ui.catalog import CATALOG

pytestmark = browser_marks()

TEMPERATURES = Path(__file__).resolve().parents[1] / "data" / "monthly_temperatures.csv"


def shown(key: str, lang: str, **values) -> str:
    """A catalog sentence as visible text (markdown's backticks and asterisks are not shown)."""
    return CATALOG[key][lang].format(**values).replace("`", "").replace("**", "")


def choose_own_sequence(page, lang: str) -> None:
    widget(page, "training.task").get_by_role("combobox").click()
    page.get_by_role("option", name=CATALOG["training.task_label.custom"][lang]).click()
    settled(page)


def upload(page, name: str, data: bytes, mime: str = "text/csv") -> None:
    files = widget(page, "training.own.file").locator("input[type='file']")
    files.set_input_files({"name": name, "mimeType": mime, "buffer": data})
    settled(page)


def train_and_wait(page, runs: int, lang: str) -> list[dict]:
    """Press Train and wait until `runs` status lines say finished; return them."""
    widget(page, "training.train").get_by_role("button").click()
    python_pattern = status_pattern("training.status.finished", lang).pattern
    javascript_pattern = re.compile(re.sub(r"\(\?P<\w+>", "(", python_pattern))  # JavaScript has no (?P<name>)
    finished = page.get_by_test_id("stAlert").filter(has_text=javascript_pattern)
    expect(finished).to_have_count(runs)
    settled(page)
    return statuses(page, "training.status.finished", lang)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_student_uploads_temperatures_trains_and_compares(app_url, new_page, lang):
    page = new_page()
    open_view(page, f"{app_url}/training?lang={lang}&epochs=5&seed=3")
    choose_own_sequence(page, lang)
    expect(page.get_by_text(shown("training.own.hint", lang))).to_be_visible()
    # Streamlit's own English size line ("5MB per file", not this page's 1 MB) is hidden, and its
    # "Upload" button reads the page's word.
    dropzone = widget(page, "training.own.file").get_by_test_id("stFileUploaderDropzone")
    expect(dropzone.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_hidden()
    button_text = dropzone.locator("button p").evaluate("p => getComputedStyle(p, '::after').content")
    assert button_text == '"' + CATALOG["training.own.choose_file"][lang] + '"'
    upload(page, "monthly_temperatures.csv", TEMPERATURES.read_bytes())
    loaded = shown("training.own.loaded_file", lang, count=240, name="monthly_temperatures.csv", column="temperature_c")
    expect(page.get_by_text(loaded)).to_be_visible()
    expect(page.get_by_text(shown("training.own.link_file", lang))).to_be_visible()  # a file is not in the link
    assert "values=" not in page.url and "task=custom" in page.url
    widget(page, "training.own.scale").get_by_role("button").click()  # the offer: values up to ~28 °C, tanh
    settled(page)
    [run] = train_and_wait(page, 1, lang)
    assert run["epochs"] == "5"
    widget(page, "training.compare").locator("label").click()
    settled(page)
    runs = train_and_wait(page, 3, lang)
    assert [r["activation"] for r in runs] == ["tanh", "ReLU", "sigmoid"]
    assert page.get_by_test_id("stException").count() == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_bad_files_get_their_message_and_the_page_keeps_its_data(app_url, new_page, lang):
    page = new_page()
    open_view(page, f"{app_url}/training?lang={lang}")
    choose_own_sequence(page, lang)
    upload(page, "monthly_temperatures.csv", TEMPERATURES.read_bytes())
    kept = shown("training.own.loaded_file", lang, count=240, name="monthly_temperatures.csv", column="temperature_c")
    cases = {
        "temperatures.xlsx": xlsx_bytes(),
        "readings.csv": BAD_FILES["non-numeric cell"][0],
        "wide.csv": BAD_FILES["500 columns"][0],
        "photo.csv": BAD_FILES["binary"][0],
    }
    for name, data in cases.items():
        upload(page, name, data)
        problem = read_file(data)
        details = {k: str(v) for k, v in problem.details.items()}
        message = shown(f"training.own.problem.{problem.code}", lang, line=problem.line, **details)
        expect(page.get_by_test_id("stAlert").filter(has_text=message)).to_be_visible()
        expect(page.get_by_text(kept)).to_be_visible()  # the last good data stays
        assert page.get_by_test_id("stException").count() == 0
