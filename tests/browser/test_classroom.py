"""A classroom on one server: students training at once, and clicks that land in the middle of a run.

Every figure a page shows is checked against `rnn_core.training.train` run here, in the test
process, on the same settings: the trainer is seeded and stateless, so the server must reach the
very same losses, whichever other runs share its worker threads. The loss history comes from the
page's own CSV download (the data its loss chart draws), the final loss from its status line.
bench/classroom.py runs the same checks with a dozen sessions and reports time and memory.
"""

import dataclasses
import math
import re

import numpy as np
import pandas as pd
import pytest
from playwright.sync_api import expect

from rnn_core.training import TrainingSettings, train
from tests.browser.support import (
    browser_marks,
    exceptions,
    status_pattern,
    statuses,
    training_url,
    wait_idle,
    widget,
)
from ui.catalog import CATALOG

pytestmark = [
    *browser_marks(),
    # Community Cloud's settings only: fast reruns (what lets a click interrupt a run) are Streamlit's
    # default too, so the default server would run the same code paths again and double the time.
    pytest.mark.parametrize("app_url", ["hosted"], indirect=True),
]

LABELS = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid"}  # as the page names the activations
RUN_TIMEOUT_MS = 180_000  # a generous bound for a queue of runs on a busy 2-core machine, not a speed claim
# The server and this process run the same float32 graph from the same seeds (bit-identical here);
# 1e-5 relative (about 100 float32 steps) still allows another summation order on other hardware,
# while a run of other settings differs from the second significant digit on.
LOSS_RTOL = 1e-5

# Four students, four different experiments, few epochs: each must see its own numbers.
CLASS = [
    TrainingSettings(activation="tanh", units=6, epochs=12, seed=21),
    TrainingSettings(activation="relu", units=10, epochs=10, seed=22),
    TrainingSettings(activation="sigmoid", units=8, epochs=12, seed=23, scale=True),
    TrainingSettings(cell="gru", units=5, epochs=8, seed=24),
]
# The slowest run the limits allow (10,000 updates of an LSTM(64)): about 9 s alone on a quiet 2-core
# machine, longer under load. Each click must land while a run goes, so no student waits for another
# student's run: each opens its own link, acts as soon as its run shows progress, and stops it or moves
# on (the last watcher to leave cancels a run). Only the stopper and the tinkerer share a run.
LONG = TrainingSettings(samples=200, window=5, cell="lstm", units=64, epochs=1000, batch_size=20, seed=31)
SHORT_EPOCHS = 6  # what the restarter types into Epochs before training again


# ----- reading the page -----------------------------------------------------------------------


def downloaded_losses(page) -> pd.DataFrame:
    """The loss history behind the page's loss chart, through its CSV download button."""
    with page.expect_download() as download:
        widget(page, "training.losses_csv").get_by_role("button").click()
    frame = pd.read_csv(download.value.path())
    wait_idle(page)  # the page must still be whole after the download
    return frame


def shows_loss(shown: str, value: float) -> bool:
    """The page prints three significant digits: `shown` must be `value` so rounded (give or take float noise)."""
    half_step = 0.5 * 10.0 ** (math.floor(math.log10(abs(value))) - 2)
    return abs(float(shown) - value) <= 1.001 * half_step + LOSS_RTOL * abs(value)


def assert_whole(page, lang: str = "en") -> None:
    """The script has ended and nothing is left half-drawn: no exception box, no progress bar, one loss chart."""
    wait_idle(page)
    assert exceptions(page) == []
    expect(page.get_by_test_id("stProgress")).to_have_count(0)
    expect(page.get_by_role("heading", name=CATALOG["training.loss_title"][lang])).to_have_count(1)


def assert_shows_run(page, expected, lang: str = "en") -> None:
    """One finished status line and a loss history that are exactly `expected`'s whole run."""
    (status,) = statuses(page, "training.status.finished", lang)
    assert (status["activation"], int(status["epochs"])) == (LABELS[expected.activation], expected.epochs_run)
    assert shows_loss(status["loss"], expected.final_loss), (status["loss"], expected.final_loss)
    losses = downloaded_losses(page)
    assert list(losses["activation"]) == [expected.activation] * expected.epochs_run
    np.testing.assert_allclose(losses["loss"], expected.losses, rtol=LOSS_RTOL)
    assert_whole(page, lang)


def start_training(new_page, base: str, settings: TrainingSettings):
    """A fresh student session that opens a link with `run=1`, the way a class opens a shared link."""
    page = new_page()
    page.goto(training_url(base, settings, run="1"), wait_until="commit")  # the sessions load side by side
    return page


# ----- many students at once --------------------------------------------------------------------


def test_concurrent_students_each_see_their_own_run(app_url, new_page):
    pages = [start_training(new_page, app_url, settings) for settings in CLASS]
    expected = [train(settings) for settings in CLASS]  # computed while the server trains the same four
    for page, settings, result in zip(pages, CLASS, expected, strict=True):
        expect(page.get_by_test_id("stAlertContentSuccess")).to_be_visible(timeout=RUN_TIMEOUT_MS)
        assert_shows_run(page, result)
        assert f"units={settings.units}" in page.url and f"seed={settings.seed}" in page.url


# ----- a click in the middle of a run -------------------------------------------------------------


def mid_run(page, lang: str = "en") -> None:
    """Wait until this session shows a run under way: its progress bar counts epochs, and not all of them."""
    progress = page.get_by_test_id("stProgress")
    counting = CATALOG["training.progress"][lang].split("{epoch}")[0]  # the words before the epoch number
    expect(progress).to_contain_text(re.compile(re.escape(counting) + r"\d"), timeout=RUN_TIMEOUT_MS)
    assert int(status_pattern("training.progress", lang).search(progress.inner_text())["epoch"]) < LONG.epochs


def type_number(page, field: str, value: int) -> None:
    """Type into one of the page's number boxes and wait until the rerun has read it (the URL follows)."""
    box = widget(page, f"training.{field}").locator("input")
    box.fill(str(value))
    box.press("Enter")  # what commits a number box in Streamlit
    expect(page).to_have_url(re.compile(f"[?&]{field}={value}&"))


def press(page, key: str) -> None:
    widget(page, key).get_by_role("button").click()


def stopped_at(page, lang: str = "en") -> int:
    """The epoch a stopped run reached, from its one status line (the page is whole, and says so)."""
    expect(page.get_by_test_id("stAlertContentInfo").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert_whole(page, lang)
    (status,) = statuses(page, "training.status.stopped", lang)
    assert int(status["epochs"]) == LONG.epochs
    return int(status["epoch"])


def trained_until(settings: TrainingSettings, epoch: int):
    """`settings` trained as the server trains them, stopped at the first chunk boundary at or past `epoch`."""
    reached = [0]

    def note(snapshot) -> None:
        reached[0] = snapshot.epochs_run

    return train(settings, on_chunk_end=note, should_stop=lambda: reached[0] >= epoch)


def test_a_click_during_training_leaves_one_whole_run_on_the_page(app_url, new_page):
    # Every click interrupts the script (fast reruns); the page must end with one whole run, the
    # old one or the new one. Stop ends one student's wait; the run goes on for the others.
    shared, switched, left = LONG, dataclasses.replace(LONG, seed=32), dataclasses.replace(LONG, seed=33)
    stopper, tinkerer = start_training(new_page, app_url, shared), start_training(new_page, app_url, shared)
    mid_run(stopper)
    press(stopper, "training.stop")
    mid_run(tinkerer)  # the shared run goes on after the stopper left
    type_number(tinkerer, "units", LONG.units - 1)  # a control changed, Train not pressed
    mid_run(tinkerer)  # still following the run it started
    press(tinkerer, "training.stop")

    switcher = start_training(new_page, app_url, switched)
    mid_run(switcher)
    widget(switcher, "_lang_switch").get_by_role("radio", name="한국어").click()
    expect(switcher.locator("h1").first).to_contain_text(CATALOG["training.title"]["ko"])
    mid_run(switcher, "ko")  # the same run, now counted in Korean
    press(switcher, "training.stop")

    restarter = start_training(new_page, app_url, left)
    mid_run(restarter)
    type_number(restarter, "epochs", SHORT_EPOCHS)
    press(restarter, "training.train")  # its only watcher leaves the long run for a new one

    stops = [(stopper, shared, "en"), (tinkerer, shared, "en"), (switcher, switched, "ko")]
    for page, settings, lang in stops:
        epoch = stopped_at(page, lang)
        print(f"{lang} page stopped at epoch {epoch} of {LONG.epochs}")  # the margin left before the end
        reference = trained_until(settings, epoch)
        (status,) = statuses(page, "training.status.stopped", lang)
        assert shows_loss(status["loss"], reference.losses[epoch - 1]), (status, reference.losses[epoch - 1])
        losses = downloaded_losses(page)
        assert list(losses["epoch"]) == list(range(1, epoch + 1))
        np.testing.assert_allclose(losses["loss"], reference.losses[:epoch], rtol=LOSS_RTOL)
        assert_whole(page, lang)
    # The tinkerer's page keeps the run it started and says the controls have moved on since.
    expect(tinkerer.get_by_text(CATALOG["training.stale"]["en"].split(".")[0])).to_be_visible()
    expect(widget(tinkerer, "training.units").locator("input")).to_have_value(str(LONG.units - 1))
    expect(switcher.locator("h1").first).to_contain_text(CATALOG["training.title"]["ko"])

    # Train with new settings mid-run: the new run replaces the old one whole.
    expect(restarter.get_by_test_id("stAlertContentSuccess")).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert_shows_run(restarter, train(dataclasses.replace(left, epochs=SHORT_EPOCHS)))
    assert "run=1" in restarter.url
