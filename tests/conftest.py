"""Shared test set-up."""

import pytest
from streamlit.runtime.pages_manager import PagesManager


@pytest.fixture(autouse=True)
def _apptest_runs_like_a_warm_server(monkeypatch):
    """Make every AppTest run behave like a server on which st.navigation has already run.

    AppTest resets Streamlit's old pages-folder mode before each run, so with a `pages/` folder
    every run after the first would execute the page file on its own, and the page's frame check
    (ui.layout.require_frame) would rerun it, swallowing button clicks and form submits. A real
    server leaves that mode after its first run; that first run is covered by
    tests/browser/test_pages_in_browser.py on a freshly started server.
    """
    original_init = PagesManager.__init__

    def init(self, *args, **kwargs):
        PagesManager.uses_pages_directory = False
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(PagesManager, "__init__", init)
