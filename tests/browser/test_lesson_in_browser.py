"""A teacher walks the whole notes' lesson with Next in presenter mode, in both languages: every step
opens its page, a prediction step shows no result until Reveal (the question's Show button), and the
step is in the address bar, so a student opening `lesson_step=5` lands on step 5."""

import pytest
from playwright.sync_api import expect

from tests.browser.support import browser_marks, settled, url_params, widget
from ui.catalog import CATALOG
from ui.lessons import NOTES

pytestmark = browser_marks()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_walk_the_lesson_with_next(app_url, new_page, lang):
    page = new_page()
    page.goto(f"{app_url}/?lesson=notes&present=1&lang={lang}")
    settled(page)
    panel = widget(page, "lesson_panel")
    for number, step in enumerate(NOTES, start=1):
        step_of = CATALOG["lesson.step_of"][lang].format(number=number, total=len(NOTES))
        expect(panel).to_contain_text(step_of)
        settled(page)
        assert url_params(page).get("lesson_step") == str(number)
        if step.asks:
            expect(page.locator("h1")).to_have_count(0)  # the page (and its title) waits for the answer
            panel.get_by_role("button", name=CATALOG["quiz.show"][lang]).click()
            settled(page)
        expect(page.locator("h1")).to_have_count(1)
        if number < len(NOTES):
            panel.get_by_role("button", name=CATALOG["lesson.next"][lang]).click()
            settled(page)


def test_a_student_link_lands_on_its_step(app_url, new_page):
    page = new_page("ko-KR")
    page.goto(f"{app_url}/?lesson=notes&lesson_step=5&lang=ko")
    settled(page)
    expect(widget(page, "lesson_panel")).to_contain_text(
        CATALOG["lesson.step_of"]["ko"].format(number=5, total=len(NOTES))
    )
    assert "/parameters" in page.url
