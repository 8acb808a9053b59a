"""Every page opened in headless Chromium, in both languages, with no exception box."""

import pytest

from tests.browser.support import browser_marks, exceptions, running_app, wait_idle

pytestmark = browser_marks()

PATHS = ["/", "/structure", "/parameters", "/training", "/gradients", "/translate"]


# Each language once, each on one of the two servers: together they cover both languages and both flag sets,
# and every other browser test already opens these pages again under both flag sets.
@pytest.mark.parametrize(("app_url", "locale"), [("default", "en-US"), ("hosted", "ko-KR")], indirect=["app_url"])
def test_every_page_renders_in_both_languages(app_url, browser, locale):
    context = browser.new_context(locale=locale, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    expected_lang = "ko" if locale.startswith("ko") else "en"
    for path in PATHS:
        page.goto(app_url + path)
        wait_idle(page)
        assert exceptions(page) == [], path
        assert page.locator("h1").count() >= 1, path
        assert f"lang={expected_lang}" in page.url or path == "/", (path, page.url)
    context.close()


def test_a_shared_link_opens_inside_the_frame_on_a_fresh_server(browser):
    # Before st.navigation has ever run, Streamlit would run pages/structure.py on its own;
    # the page must still come up with our navigation, the language and the linked settings.
    with running_app() as (base, _process):
        page = browser.new_page(locale="en-US")
        page.goto(base + "/structure?lang=ko&units=4")
        wait_idle(page)
        assert exceptions(page) == []
        assert page.locator("h1").first.inner_text().endswith("구조")
        assert "units=4" in page.url and "lang=ko" in page.url
        assert "파라미터" in page.locator("[data-testid='stSidebarNav']").inner_text()
        page.close()
