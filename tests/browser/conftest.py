"""Fixtures shared by the browser suites: one Chromium per session, one app server per flag set.

`app_url` starts the app with the settings Community Cloud forces (`hosted`): that is where the app
runs, and Streamlit's defaults differ from it only in showing error details (fast reruns are on in
both). A test that wants Streamlit's defaults asks with `@pytest.mark.parametrize("app_url",
["default"], indirect=True)`; test_layout_in_browser.py opens every page on that server once. The
fixture is session-scoped, so pytest groups the tests by flag set and one server runs at a time.
"""

import pytest

from tests.browser.support import HOSTED_FLAGS, launch_browser, running_app

FLAG_SETS = {"default": [], "hosted": HOSTED_FLAGS}
VIEWPORT = {"width": 1300, "height": 900}
# How long a wait for an element or a text may last: a first run that trains a model can take tens of seconds
# on a busy 2-core machine. It bounds the wait only; a passing check returns as soon as the page shows it.
WAIT_MS = 60_000


@pytest.fixture(scope="session", params=["hosted"])
def app_url(request):
    with running_app(FLAG_SETS[request.param]) as (base, _process):
        yield base


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        instance = launch_browser(playwright)
        yield instance
        instance.close()


@pytest.fixture
def new_page(browser):
    """`new_page(locale)`: a page in a fresh browser context (its own cookies, so its own Streamlit session)."""
    contexts = []

    def open_page(locale: str = "en-US"):
        context = browser.new_context(locale=locale, viewport=VIEWPORT)
        context.set_default_timeout(WAIT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
