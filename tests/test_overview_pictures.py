"""The overview's path pictures speak the page's language: their words come from the catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.catalog import CATALOG

ASSETS = Path(__file__).resolve().parents[1] / "assets"
TRANSLATOR_INPUT = {"three", "hundred", "six"}  # the English number words the translator reads stay English


@pytest.mark.parametrize("svg", sorted(ASSETS.glob("path_*.svg")), ids=lambda p: p.name)
def test_every_word_in_a_path_picture_is_from_the_catalog_or_the_translators_input(svg):
    for shown in re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8")):
        placeholder = re.fullmatch(r"\{(\w+)\}", shown)
        if placeholder:
            entry = CATALOG[f"overview.picture.{placeholder.group(1)}"]
            assert entry["en"] and entry["ko"] and entry["en"] != entry["ko"]
        else:
            words = set(re.findall(r"[A-Za-z]{3,}", shown))
            assert words <= TRANSLATOR_INPUT, f"{svg.name}: English {words - TRANSLATOR_INPUT} on the Korean page"
