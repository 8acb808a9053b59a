"""The structure page's first section at a laptop's and a projector's size: the diagram the step controls drive
starts on the first screen, under those controls, not below the questions."""

from __future__ import annotations

import pytest

from tests.browser.support import browser_marks, open_view

pytestmark = browser_marks()

SIZES = {"laptop": ((1366, 768), ""), "projector": ((1280, 720), "&present=1")}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_unrolled_cell_starts_on_the_first_screen(app_url, new_page, lang, size):
    (width, height), extra = SIZES[size]
    page = new_page()
    page.set_viewport_size({"width": width, "height": height})
    open_view(page, f"{app_url}/structure?lang={lang}{extra}")
    diagrams = page.locator("[data-testid='stGraphVizChart'] svg")
    diagrams.nth(1).wait_for()  # Graphviz draws in the browser after the run: the folded cell, then the chain
    for index in range(2):
        box = diagrams.nth(index).bounding_box()
        # At least the diagram's top half is on the first screen, where its controls are.
        assert box is not None and box["y"] + box["height"] / 2 < height, (size, index, box)
    slider = page.locator("[data-testid='stSlider']").first.bounding_box()
    assert slider is not None and slider["y"] < diagrams.nth(1).bounding_box()["y"]  # the controls above it
