"""Every page at a laptop's, two projectors' and a phone's size, in both languages: nothing wider than the window,
and the sidebar (navigation, language, presenter switch) can always be reopened.

Lean on purpose: one server, one browser, and per language two tabs that visit every page once each,
one without presenter mode (measured at 1366×768, then resized to a phone's 390×844) and one with it
(1280×720, then resized to 1920×1080). A resize reflows the page as a fresh load at that size would:
charts, tables and diagrams take their width from their column.
"""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.support import browser_marks, open_view, settled
from ui.catalog import CATALOG

pytestmark = browser_marks()

PATHS = ["", "structure", "parameters", "training", "gradients", "translate"]
# A tab's first size, the size it is resized to, and its URL's extra parameters.
TABS = {
    "laptop, then phone": ((1366, 768), (390, 844), ""),
    "projector, then wide projector": ((1280, 720), (1920, 1080), "&present=1"),
}
MIN_DIAGRAM_TEXT_PX = 14  # on a 1280×720 projector, from the back row

# Every chart, table, equation and diagram, and what it draws inside: the part of it that lies outside the window.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const selectors = ['[data-testid=stVegaLiteChart]', '[data-testid=stVegaLiteChart] canvas',
    '[data-testid=stVegaLiteChart] svg.marks', '[data-testid=stDataFrame]', '[data-testid=stTable]',
    '.katex-display', '[data-testid=stGraphVizChart] svg', '[data-testid=stMainBlockContainer]'];
  const wide = [];
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility()) continue;  // inside a closed expander: measured when it opens
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.left < -1 || box.right > width + 1)) {
        wide.push(`${selector}: ${Math.round(box.left)}..${Math.round(box.right)} in ${width}`);
      }
    }
  }
  const main = document.querySelector('[data-testid=stMain]');
  if (main.scrollWidth > main.clientWidth + 1) {
    wide.push(`the main column scrolls sideways: ${main.scrollWidth} in ${main.clientWidth}`);
  }
  return wide;
}"""
DIAGRAM_TEXT = """() => Math.min(...[...document.querySelectorAll('[data-testid=stGraphVizChart] svg text')]
  .map(text => text.getBoundingClientRect().height).filter(height => height > 0))"""


def wider_than_the_window(page) -> list[str]:
    """What lies outside the window once the layout has settled (charts re-render a moment after a resize)."""
    with contextlib.suppress(PlaywrightTimeout):  # the list below says what stays too wide
        page.wait_for_function(f"({OVERFLOW})().length === 0", timeout=5_000)
    return page.evaluate(OVERFLOW)


def is_collapsed(page) -> bool:
    return page.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "true"


def collapse_sidebar(page) -> None:
    page.get_by_test_id("stSidebar").hover()
    page.get_by_test_id("stSidebarCollapseButton").locator("button").click()
    page.wait_for_function("document.querySelector('[data-testid=stSidebar]').dataset.collapsed === 'true'")


def reopen_sidebar(page, lang: str) -> None:
    """Fold the sidebar away if it is open, then bring it back with the header's control: the navigation shows,
    with the presenter switch (so presenter mode can always be turned off), and the sidebar is left as it was."""
    was_collapsed = is_collapsed(page)
    if not was_collapsed:
        collapse_sidebar(page)
    page.get_by_test_id("stExpandSidebarButton").click()
    navigation = page.get_by_test_id("stSidebarNav")
    navigation.wait_for(state="visible")
    assert CATALOG["nav.gradients"][lang] in navigation.inner_text()
    assert page.get_by_test_id("stSidebar").get_by_text(CATALOG["common.present"][lang]).is_visible()
    if was_collapsed:
        collapse_sidebar(page)


# Each tab in both languages. The language comes from the browser's locale (no ?lang=), so its detection is
# covered too; the English laptop tab runs on a server with Streamlit's defaults, the rest on Community Cloud's.
CASES = [
    ("laptop, then phone", "en", "default"),
    ("laptop, then phone", "ko", "hosted"),
    ("projector, then wide projector", "en", "hosted"),
    ("projector, then wide projector", "ko", "hosted"),
]


@pytest.mark.parametrize(("tab", "lang", "app_url"), CASES, indirect=["app_url"])
def test_every_page_fits_the_window_and_the_sidebar_always_reopens(app_url, browser, tab, lang):
    (width, height), (then_width, then_height), extra = TABS[tab]
    locale = "ko-KR" if lang == "ko" else "en-US"
    context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
    page = context.new_page()
    try:
        for path in PATHS:
            page.set_viewport_size({"width": width, "height": height})
            open_view(page, f"{app_url}/{path}?{extra.lstrip('&')}")  # no exception box (open_view checks)
            assert page.locator("h1").count() >= 1, path
            assert f"lang={lang}" in page.url or path == "", (path, page.url)
            assert wider_than_the_window(page) == [], (width, path)
            if extra and (path == "structure" or page.get_by_test_id("stGraphVizChart").count()):
                # A 1280×720 projector, sidebar folded; Graphviz draws a moment after the script has finished.
                page.locator("[data-testid=stGraphVizChart] svg text").first.wait_for()
                assert page.evaluate(DIAGRAM_TEXT) >= MIN_DIAGRAM_TEXT_PX, path
            reopen_sidebar(page, lang)
            page.set_viewport_size({"width": then_width, "height": then_height})
            assert wider_than_the_window(page) == [], (then_width, path)
    finally:
        context.close()


def test_the_presenter_switch_enlarges_type_and_leaves_the_sidebar_open(app_url, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-US")
    page = context.new_page()
    try:
        open_view(page, f"{app_url}/structure?lang=en")
        root_font = "() => parseFloat(getComputedStyle(document.documentElement).fontSize)"
        before = page.evaluate(root_font)
        switch = page.get_by_test_id("stSidebar").get_by_text(CATALOG["common.present"]["en"])
        switch.click()
        settled(page)
        assert page.evaluate(root_font) > before and "present=1" in page.url
        assert not is_collapsed(page) and page.get_by_test_id("stSidebarNav").is_visible()
        assert wider_than_the_window(page) == []
        switch.click()
        settled(page)
        assert page.evaluate(root_font) == before and "present" not in page.url
    finally:
        context.close()
