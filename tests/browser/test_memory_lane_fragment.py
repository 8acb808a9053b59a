"""The structure page's memory lane is a fragment of its own: its controls rerun only it, and it keeps the URL true.

On a fragment's rerun Streamlit calls it with the arguments of the page's last full run, so the page's
own `sync_url` does not run and the lane's settings argument is stale: only a lane that reads its
widgets itself can put the new length and bias start in the address bar.
"""

from rnn_core.cell import StructureSettings
from tests.browser.support import browser_marks, open_view, settled, url_params, widget

pytestmark = browser_marks()


def test_moving_the_lanes_own_controls_reruns_it_and_the_link_follows(app_url, new_page):
    page = new_page()
    open_view(page, app_url + "/structure?section=memory&lang=en")
    lane = StructureSettings().lane
    slider = widget(page, "structure.lane").get_by_role("slider")
    slider.focus()
    slider.press("ArrowRight")  # one step of the slider
    settled(page)
    assert url_params(page)["lane"] == str(lane + 1)
    widget(page, "structure.forget").get_by_text("chrono", exact=False).first.click()
    settled(page)
    assert url_params(page)["forget"] == "chrono" and url_params(page)["lane"] == str(lane + 1)
    assert page.locator("[data-testid='stException']").count() == 0
