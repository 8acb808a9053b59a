"""Shared test set-up."""

import pytest
from streamlit.runtime.pages_manager import PagesManager


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist with `--dist loadscope` (`make test` runs two workers): each test module runs on one
    worker, so its module fixtures are built once, and the browser tests all run on one worker, so one app
    server and one Chromium serve them instead of one per worker."""
    if config.getoption("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndOneBrowser(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "tests/browser" if nodeid.startswith("tests/browser/") else super()._split_scope(nodeid)

    return ModulesAndOneBrowser(config, log)


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
