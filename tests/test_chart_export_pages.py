"""Every chart a page draws has its row of downloads (SVG, PNG 2×, CSV) right under it, in AppTest, with no exception.

The files themselves are built on a click, in the browser (tests/browser/test_chart_export_in_browser.py);
AppTest has no server to build them, so it checks where the buttons stand and what they are called.
"""

from __future__ import annotations

import pytest

from tests.support import open_page, text

KINDS = ("svg", "png", "csv")
# (page, language, URL parameters, how many charts the page draws there): together every view with a chart
# that shows without training, and the training page after a short run.
VIEWS = [
    ("pages/structure.py", "ko", {"section": "step"}, 2),
    ("pages/structure.py", "en", {"section": "memory"}, 1),
    ("pages/parameters.py", "ko", {"section": "charts"}, 3),
    ("pages/gradients.py", "en", {"section": "feedback"}, 1),
    ("pages/gradients.py", "ko", {"section": "through_time"}, 2),
    ("pages/gradients.py", "en", {"section": "long_term"}, 1),
    ("pages/translate.py", "ko", {}, 3),
]


def _blocks(node):
    """Every block of the element tree (a node with children), depth first."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        yield node
        for child in children.values():
            yield from _blocks(child)


def charts_with_their_downloads(app) -> list[tuple[object, list]]:
    """Each chart on the page and the download buttons of the element that follows it in the same block."""
    found = []
    for block in _blocks(app._tree):
        children = [block.children[index] for index in sorted(block.children)]
        for position, child in enumerate(children):
            if getattr(child, "type", None) != "vega_lite_chart":
                continue
            following = children[position + 1] if position + 1 < len(children) else None
            buttons = download_buttons(following) if following is not None else []
            found.append((child, buttons))
    return found


def download_buttons(node) -> list:
    """The download buttons in `node` and its children, in order."""
    if getattr(node, "type", None) == "download_button":
        return [node]
    children = getattr(node, "children", None)
    return [b for child in (children or {}).values() for b in download_buttons(child)]


def assert_every_chart_has_its_downloads(app, lang: str, expected_charts: int) -> None:
    assert not app.exception, [e.value for e in app.exception]
    pairs = charts_with_their_downloads(app)
    assert len(pairs) == expected_charts
    names = set()
    for _, buttons in pairs:
        assert [b.proto.label for b in buttons] == [text(f"export.{kind}", lang) for kind in KINDS]
        keys = [b.key for b in buttons]
        name = keys[0].split(".")[1]
        assert keys == [f"export.{name}.{kind}" for kind in KINDS]
        assert all(b.proto.help == text(f"export.{kind}_help", lang) for b, kind in zip(buttons, KINDS, strict=True))
        names.add(name)
    assert len(names) == expected_charts, "two charts share one file name"


@pytest.mark.parametrize(("page", "lang", "params", "count"), VIEWS, ids=[f"{v[0]}-{v[2]}" for v in VIEWS])
def test_every_chart_on_a_view_has_its_downloads(page, lang, params, count):
    app = open_page(page, lang, **params)
    assert_every_chart_has_its_downloads(app, lang, count)


def test_the_training_pages_charts_have_their_downloads_after_a_run():
    app = open_page("pages/training.py", "ko", epochs="4", seed="5")
    assert_every_chart_has_its_downloads(app, "ko", 1)  # the data
    app.button(key="training.train").click().run()
    assert_every_chart_has_its_downloads(app, "ko", 2)  # the data and the loss curve (the replay moves that curve)


def _chart_in_a_column_script():
    import altair as alt
    import pandas as pd
    import streamlit as st

    from ui.chart_export import show_chart

    chart = alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]})).mark_line().encode(x="x:Q", y="y:Q")
    left, right = st.columns([3, 1])
    show_chart(chart, "left_chart", container=left)
    show_chart(chart, "right_chart", title="오른쪽", container=right)


def test_a_chart_drawn_into_a_column_keeps_its_downloads_in_that_column():
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_chart_in_a_column_script, default_timeout=30)
    app.run()
    assert_every_chart_has_its_downloads(app, "en", 2)
    left, right = app.columns
    assert [b.key for b in left.get("download_button")] == [f"export.left_chart.{kind}" for kind in KINDS]
    assert [b.key for b in right.get("download_button")] == [f"export.right_chart.{kind}" for kind in KINDS]


def test_no_file_is_built_while_the_page_runs(monkeypatch):
    """The files are built on a click only: a page run that called a converter would raise here."""
    from streamlit.testing.v1 import AppTest

    from ui import chart_export

    def not_now(*args, **kwargs):
        raise AssertionError("a chart file was built during a page run")

    for converter in ("chart_svg", "chart_png", "chart_csv"):
        monkeypatch.setattr(chart_export, converter, not_now)
    app = AppTest.from_function(_chart_in_a_column_script, default_timeout=30)
    app.run()
    app.run()
    assert_every_chart_has_its_downloads(app, "en", 2)
