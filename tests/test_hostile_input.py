"""Every URL parameter of every page, sent hostile values: a clear message, the defaults, never an exception.

The parameter names are not listed by hand: each page writes its whole view into the URL, so a
first run with no parameters tells the test which names that page reads. Which reason each kind
of bad text gets is tested once, in tests/test_settings.py; here each page shows that every one of
its parameters goes through that parser and back out to the URL.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.support import found, open_page
from ui.catalog import CATALOG

PAGES = ["pages/structure.py", "pages/parameters.py", "pages/training.py", "pages/gradients.py"]
# Values no setting of any type accepts; each must be reported for every parameter at once:
# nothing at all, a non-finite number, markup, and a flood (also out of every range).
HOSTILE = ["", "nan", '"><img src=x onerror=alert(1)>', "9" * 5000]
# Values some settings accept and others reject: they only have to leave the page working. (Out-of-range
# numbers such as -3 or 1e9 are each page's own bad-URL test.)
EDGE = ["0", "0.5"]
FRAME_PARAMS = {"lang", "present"}


@pytest.fixture(scope="module")
def page_params() -> dict[str, list[str]]:
    names = {}
    for page in PAGES:
        app = open_page(page)
        assert not app.exception, (page, app.exception)
        names[page] = sorted(set(app.query_params) - FRAME_PARAMS)
        assert names[page], f"{page} does not write its settings into the URL"
    return names


def _warning_text(app: AppTest) -> str:
    return "\n".join(w.value for w in app.warning)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v[:12]))
def test_hostile_values_are_reported_for_every_parameter(page, value, page_params):
    app = open_page(page, **{name: value for name in page_params[page]})
    assert not app.exception, [e.value for e in app.exception]
    message = _warning_text(app)
    for name in page_params[page]:
        assert f"`{name}`" in message, (name, message[:500])
    # The URL is rewritten with the values actually used, none of the hostile text survives.
    assert all(value not in str(v) or value == "" for v in app.query_params.values())


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("value", EDGE)
def test_edge_values_leave_the_page_working(page, value, page_params):
    app = open_page(page, **{name: value for name in page_params[page]})
    assert not app.exception, [e.value for e in app.exception]


@pytest.mark.parametrize("params", [{"lang": "xx"}, {"present": "<b>"}])
def test_bad_frame_parameters_are_reported(params):
    app = AppTest.from_file("../app.py", default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert any(f"`{key}`" in w.value for w in app.warning for key in params)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_typed_number_out_of_range_is_explained_in_the_pages_language(lang):
    # Streamlit's own check would block the number with an English tooltip; the box has no bounds of its own,
    # so the page's parser sees the value and the page says what it uses instead.
    app = open_page("pages/structure.py", lang=lang)
    box = app.number_input(key="structure.units")
    assert box.max is None and box.min is None
    box.set_value(10).run()
    assert not app.exception, [e.value for e in app.exception]
    reported = found("problem.out_of_range", "\n".join(w.value for w in app.warning), lang)
    label = CATALOG["structure.units"][lang]  # the message names the box as the student sees it, and its URL name
    assert reported and (reported["name"], reported["raw"], reported["fallback"]) == (f"{label} (`units`)", "10", "3")
    assert app.query_params["units"] == "3"  # the view, and the link to it, use the default
    assert app.number_input(key="structure.units").value == 3  # and so does the box: never 10 beside a 3 in use
