"""AppTest runs every page of the real app script in Korean: no exception anywhere.

English runs every page too, in the page tests (tests/support.py: open_page opens the overview first).
"""

import pytest
from streamlit.testing.v1 import AppTest

PAGES = [
    "pages/overview.py",
    "pages/structure.py",
    "pages/parameters.py",
    "pages/training.py",
    "pages/gradients.py",
    "pages/translate.py",
]


@pytest.mark.parametrize("lang", ["ko"])
def test_every_page_runs_without_an_exception(lang):
    app = AppTest.from_file("../app.py", default_timeout=120)
    app.query_params["lang"] = lang
    app.run()
    assert not app.exception, app.exception
    for page in PAGES:
        app.switch_page(page).run()
        assert not app.exception, (page, [e.value for e in app.exception])
        assert app.session_state["lang"] == lang
        assert app.title, page
