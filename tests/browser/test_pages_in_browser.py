"""A shared link on a server that has just started still opens inside the frame.

Every page in both languages, with no exception box, is opened by test_layout_in_browser.py.
"""

from tests.browser.support import browser_marks, exceptions, running_app, wait_idle

pytestmark = browser_marks()


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
