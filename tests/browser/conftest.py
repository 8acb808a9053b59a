"""Fixtures shared by the browser suites: one Chromium per session, one app server per flag set.

`app_url` is parametrized over the flag sets, so every browser test runs once against a server
with Streamlit's defaults and once with the settings Community Cloud forces. The fixture is
session-scoped, so pytest groups the tests by flag set: one server runs at a time, and it is
stopped before the next one starts. Select one set with `-k default` or `-k hosted`.
"""

import pytest

from tests.browser.support import HOSTED_FLAGS, launch_browser, running_app

FLAG_SETS = {"default": [], "hosted": HOSTED_FLAGS}
VIEWPORT = {"width": 1300, "height": 900}
# How long a wait for an element or a text may last: a first run that trains a model can take tens of seconds
# on a busy 2-core machine. It bounds the wait only; a passing check returns as soon as the page shows it.
WAIT_MS = 60_000


@pytest.fixture(scope="session", params=list(FLAG_SETS))
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
