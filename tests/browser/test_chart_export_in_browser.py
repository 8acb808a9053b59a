"""A chart downloads as SVG in a real browser, in both languages: the click builds the file on the server
(a deferred download), and what arrives is an SVG whose title and axis words are the page's language."""

import xml.etree.ElementTree as ET

import pytest

from tests.browser.support import browser_marks, open_view, settled, widget
from ui.catalog import CATALOG

pytestmark = browser_marks()
SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_training_data_chart_downloads_as_svg_in_the_pages_language(app_url, new_page, lang, tmp_path):
    page = new_page("ko-KR" if lang == "ko" else "en-US")
    open_view(page, f"{app_url}/training?lang={lang}")
    button = widget(page, "export.training_data.svg").get_by_role("button")
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename == f"rnn-lab_training_data_{lang}.svg"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    root = ET.parse(path).getroot()  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    texts = ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]
    for key in ("training.data_title", "training.axis.step", "training.axis.value"):
        assert CATALOG[key][lang] in texts, (key, texts)
    settled(page)  # the click reran nothing into an error
