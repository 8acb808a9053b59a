"""The catalog: every string exists in both languages with the same placeholders."""

import string

from ui.catalog import CATALOG


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_korean_and_english_with_matching_placeholders():
    assert CATALOG, "the catalog is empty"
    for key, texts in CATALOG.items():
        assert set(texts) == {"ko", "en"}, key
        assert texts["ko"].strip() and texts["en"].strip(), key
        assert _placeholders(texts["ko"]) == _placeholders(texts["en"]), key


def test_korean_strings_are_korean():
    # A Korean entry without a single Hangul syllable is almost always an untranslated copy.
    for key, texts in CATALOG.items():
        korean = texts["ko"]
        assert korean == texts["en"] or any("\uac00" <= c <= "\ud7a3" for c in korean), key
