"""Placeholder until the structure page is built."""

from ui.layout import coming_next, page_header

page_header("nav.structure")
coming_next()
