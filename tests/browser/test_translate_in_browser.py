"""The translator page in Chromium: typed text is shown as text, never run as markup."""

from tests.browser.support import browser_marks, exceptions, wait_idle, widget

pytestmark = browser_marks()

PAYLOAD = '<img src=x onerror="window.__xss=1"> one'


def test_markup_in_the_url_and_the_text_box_stays_text(app_url, new_page):
    page = new_page()
    page.goto(app_url + "/translate?lang=en&text=" + PAYLOAD.replace(" ", "%20").replace('"', "%22"))
    wait_idle(page)
    assert exceptions(page) == []
    assert page.evaluate("window.__xss") is None
    assert "<img" in page.locator("[data-testid='stAlert']").first.inner_text()  # named as an unknown word
    box = widget(page, "translate.text").locator("input")
    box.fill("<b>bold</b> two")
    box.press("Enter")
    wait_idle(page)
    assert page.locator("[data-testid='stMain'] b", has_text="bold").count() == 0
    assert exceptions(page) == [] and page.evaluate("window.__xss") is None
