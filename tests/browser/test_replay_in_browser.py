"""Slow motion in a real browser (issue 16): a replay at 0.25× advances at about a quarter of its pace at 1×.

The pace is read from the page itself: the replay's epoch label, sampled by the browser at two
moments of each replay (performance.now()), gives epochs per second at 1× and at 0.25×. The replay's
clock is the server's, so Playwright's fake clock cannot drive it; instead the two rates are compared
with each other (0.15–0.4) and with the rate the run's recorded span implies, generously, because the
frames arrive when a busy 2-core server sends them. The run is 200 epochs of a slow-enough model, so even the 1× replay
lasts seconds, many frames long; each replay is measured over part of its run, then paused.
"""

import re

import pytest
from playwright.sync_api import expect

from rnn_core.training import TrainingSettings
from tests.browser.support import browser_marks, settled, training_url, widget
from ui.catalog import CATALOG

pytestmark = [*browser_marks(), pytest.mark.slow]
EPOCHS = 200
# A run long enough to time its replay at 1×: about 3 s on a quiet 2-core machine (LSTM(64), two samples a
# batch), so the 0.25 s frames sample it a dozen times. The default run takes 0.4 s there: its 1× replay is
# two frames long, and the epoch label jumps past both sample points at once.
RUN = TrainingSettings(epochs=EPOCHS, cell="lstm", units=64, batch_size=2)

# Resolves, in the browser, once the replay's label shows an epoch of at least `least`: [performance.now(), epoch].
_EPOCH_AT_LEAST = r"""(least) => {
  const label = document.querySelector('.st-key-replay_epoch');
  const match = label && label.innerText.match(/epoch (\d+) of/);
  return match && Number(match[1]) >= least ? [performance.now(), Number(match[1])] : false;
}"""


def _rate(page, speed: str) -> float:
    """Play the replay at `speed`, measure its epochs per second between 10 % and 50 % of the run, then pause."""
    widget(page, "replay.speed").get_by_text(speed, exact=True).click()
    settled(page)
    widget(page, "replay.play").get_by_role("button").click()
    expect(widget(page, "replay.pause")).to_be_visible()  # the run that starts the replay (and its timers) is drawn
    (t1, e1) = page.wait_for_function(_EPOCH_AT_LEAST, arg=EPOCHS // 10, polling="raf").json_value()
    (t2, e2) = page.wait_for_function(_EPOCH_AT_LEAST, arg=EPOCHS // 2, polling="raf").json_value()
    widget(page, "replay.pause").get_by_role("button").click()
    expect(widget(page, "replay.play")).to_be_visible()
    settled(page)
    assert e2 > e1 and t2 > t1, f"at {speed} the label jumped from epoch {e1} to {e2} in one frame: nothing to time"
    return (e2 - e1) / ((t2 - t1) / 1000)


def test_quarter_speed_replays_at_a_quarter_of_the_pace(app_url, new_page):
    page = new_page()
    page.goto(training_url(app_url, RUN, run="1"))
    expect(widget(page, "replay")).to_be_visible()
    settled(page)
    note = widget(page, "replay").inner_text()
    span = float(re.search(r"it took ([\d.]+) s", note).group(1))
    full = _rate(page, "1×")
    quarter = _rate(page, "0.25×")
    print(f"span {span:.2f} s; {full:.0f} epochs/s at 1×, {quarter:.0f} at 0.25×: ratio {quarter / full:.3f}")
    assert 0.15 <= quarter / full <= 0.4
    expected = EPOCHS / (4 * span)  # what the recorded span implies at 0.25×
    assert 0.6 <= quarter / expected <= 1.6
    assert CATALOG["replay.pause"]["en"] not in widget(page, "replay").inner_text()  # paused: Play is back
