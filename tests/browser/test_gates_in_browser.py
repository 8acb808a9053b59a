"""The gated cells in a real browser: a link opens LSTM or GRU with its drawn diagram, and the cell radio switches."""

from __future__ import annotations

import pytest

from tests.browser.support import browser_marks, open_view, settled, url_params, widget
from ui.catalog import CATALOG

pytestmark = browser_marks()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_link_opens_the_gates_and_the_radio_switches_cells(app_url, new_page, lang):
    # The session's one Chromium (tests/browser/conftest.py): a second sync Playwright in one process fails.
    page = new_page()
    page.set_viewport_size({"width": 1366, "height": 768})
    open_view(page, f"{app_url}/structure?section=step&cell=lstm&seq=0,0.1,0.2&units=3&step=2&seed=0&lang={lang}")
    assert page.get_by_text(CATALOG["gates.diagram.title"][lang]).count() == 1
    # Graphviz draws in the browser after the script run ends: wait for the SVG's forget-gate node.
    page.locator("[data-testid='stGraphVizChart'] svg").get_by_text(CATALOG["gates.name.f"][lang]).wait_for()
    widget(page, "structure.cell").get_by_text("GRU", exact=True).click()
    settled(page)
    assert url_params(page)["cell"] == "gru"
    page.locator("[data-testid='stGraphVizChart'] svg").get_by_text(CATALOG["gates.name.z"][lang]).wait_for()
