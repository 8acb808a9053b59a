"""A student closes the tab in the middle of training: the server stops that run instead of finishing it.

Streamlit stops the script of a session whose tab is gone, so the session stops polling its runs;
the run store cancels a run nobody has polled for its grace period (10 s in the app, 2 s here, set
through `RNN_LAB_ABANDON_SECONDS` on a server of this test's own). The server's CPU time from
/proc shows the training stop; a second tab on the same link shows that the runs were dropped,
not finished and kept (it has to train them again).
"""

import dataclasses
import os
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from rnn_core.training import TrainingSettings
from tests.browser.conftest import VIEWPORT
from tests.browser.support import (
    HOSTED_FLAGS,
    browser_marks,
    exceptions,
    running_app,
    status_pattern,
    statuses,
    training_url,
    wait_idle,
    widget,
)
from ui.catalog import CATALOG
from ui.views.training import ABANDON_ENV

pytestmark = [
    *browser_marks(),
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the server's CPU time from /proc"),
]

GRACE = 2.0
# Three LSTM(64) runs at the largest size the limits allow, two at a time on the two trainer threads:
# tens of seconds of training on this machine, far longer than the grace period plus the checks.
ABANDONED = TrainingSettings(
    samples=200, window=5, cell="lstm", units=64, epochs=1000, batch_size=20, seed=41, compare=True
)
TOTAL_EPOCHS = ABANDONED.epochs * len(ABANDONED.activations)
RUN_TIMEOUT_MS = 180_000
# Cores the server uses while training (measured over two seconds: with the suite's other worker busy on
# the second core it gets less than one) / once it has stopped.
BUSY, IDLE_CORES = 0.2, 0.1


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def cores_used(pid: int, seconds: float = 1.0) -> float:
    before = cpu_seconds(pid)
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / seconds


def progress_counting(page):
    """The progress bar, once it counts epochs (training has published its first chunk)."""
    words = CATALOG["training.progress"]["en"].split("{epoch}")[0]
    return page.get_by_test_id("stProgress").filter(has_text=re.compile(re.escape(words) + r"\d"))


def counted_epoch(page) -> int:
    """The epoch count the progress bar shows."""
    progress = progress_counting(page)
    expect(progress).to_be_visible(timeout=RUN_TIMEOUT_MS)
    return int(status_pattern("training.progress").search(progress.inner_text())["epoch"])


@pytest.fixture(scope="module")
def short_grace_app():
    with running_app(HOSTED_FLAGS, env={ABANDON_ENV: str(GRACE)}) as (base, server):
        yield base, server


def test_closing_the_tab_mid_run_stops_the_training(browser, short_grace_app):
    base, server = short_grace_app
    student = browser.new_context(viewport=VIEWPORT)
    page = student.new_page()
    page.goto(training_url(base, ABANDONED, run="1"))
    assert counted_epoch(page) < TOTAL_EPOCHS
    busy = cores_used(server.pid, seconds=2.0)
    assert busy > BUSY, f"the server used {busy:.2f} cores while training; too little to tell training from idle"

    student.close()  # the tab goes; Streamlit stops its script, so nobody polls the runs any more
    closed = time.monotonic()
    while (used := cores_used(server.pid)) >= IDLE_CORES:
        # The grace period, then the chunk under way (under a second here) and slack for a loaded machine.
        assert time.monotonic() - closed < GRACE + 10, f"still training ({used:.2f} cores) after the tab closed"
    print(f"training stopped {time.monotonic() - closed:.1f} s after the tab closed (grace {GRACE} s)")

    # Dropped, not finished: the same link in a new tab trains from the start again.
    latecomer = browser.new_context(viewport=VIEWPORT)
    page = latecomer.new_page()
    page.goto(training_url(base, ABANDONED, run="1"))
    counting, kept = progress_counting(page), page.get_by_test_id("stAlertContentSuccess")
    expect(counting.or_(kept)).to_be_visible(timeout=RUN_TIMEOUT_MS)
    assert kept.count() == 0, "the abandoned runs were trained to the end and kept"
    assert counted_epoch(page) < TOTAL_EPOCHS
    widget(page, "training.stop").get_by_role("button").click()
    wait_idle(page)
    latecomer.close()


def test_streamlits_own_stop_then_a_click_shows_the_run_stopped_where_it_was(browser, short_grace_app):
    base, _server = short_grace_app
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(training_url(base, dataclasses.replace(ABANDONED, seed=42, compare=False), run="1"))
    reached = counted_epoch(page)
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()  # the toolbar's Stop
    wait_idle(page)
    page.wait_for_timeout(int(GRACE * 1000) + 3000)  # the grace period and the chunk under way
    widget(page, "training.seed").locator("input").fill("43")  # any click reruns the page
    widget(page, "training.seed").locator("input").press("Enter")
    expect(page.get_by_test_id("stAlertContentInfo").first).to_be_visible(timeout=RUN_TIMEOUT_MS)
    wait_idle(page)
    (status,) = statuses(page, "training.status.stopped")
    assert reached <= int(status["epoch"]) < int(status["epochs"]) == ABANDONED.epochs
    expect(page.get_by_test_id("stProgress")).to_have_count(0)  # not trained again behind the student's back
    assert exceptions(page) == []
    context.close()
