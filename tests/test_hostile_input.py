"""Every URL parameter of every page, sent hostile values: a clear message, the defaults, never an exception.

The parameter names are not listed by hand: each page writes its whole view into the URL, so a
first run with no parameters tells the test which names that page reads.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

PAGES = ["pages/structure.py", "pages/parameters.py", "pages/training.py", "pages/gradients.py"]
# Values no setting of any type accepts; each must be reported for every parameter at once.
HOSTILE = [
    "",
    "abc",
    "nan",
    "inf",
    "-inf",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "9" * 5000,
]
# Values some settings accept: they only have to leave the page working.
EDGE = ["-1", "0", "1e9", "-1e308", "0.5"]
FRAME_PARAMS = {"lang", "present"}


def _open(page: str, params: dict[str, str]) -> AppTest:
    app = AppTest.from_file("../app.py", default_timeout=180)
    app.query_params["lang"] = "en"
    app.run()
    for key, value in params.items():
        app.query_params[key] = value
    app.switch_page(page).run()
    return app


@pytest.fixture(scope="module")
def page_params() -> dict[str, list[str]]:
    names = {}
    for page in PAGES:
        app = _open(page, {})
        assert not app.exception, (page, app.exception)
        names[page] = sorted(set(app.query_params) - FRAME_PARAMS)
        assert names[page], f"{page} does not write its settings into the URL"
    return names


def _warning_text(app: AppTest) -> str:
    return "\n".join(w.value for w in app.warning)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v[:12]))
def test_hostile_values_are_reported_for_every_parameter(page, value, page_params):
    app = _open(page, {name: value for name in page_params[page]})
    assert not app.exception, [e.value for e in app.exception]
    message = _warning_text(app)
    for name in page_params[page]:
        assert f"`{name}`" in message, (name, message[:500])
    # The URL is rewritten with the values actually used, none of the hostile text survives.
    assert all(value not in str(v) or value == "" for v in app.query_params.values())


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("value", EDGE)
def test_edge_values_leave_the_page_working(page, value, page_params):
    app = _open(page, {name: value for name in page_params[page]})
    assert not app.exception, [e.value for e in app.exception]


@pytest.mark.parametrize("params", [{"lang": "xx"}, {"present": "<b>"}])
def test_bad_frame_parameters_are_reported(params):
    app = AppTest.from_file("../app.py", default_timeout=60)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert any(f"`{key}`" in w.value for w in app.warning for key in params)
