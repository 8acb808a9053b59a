"""Placeholder until the parameters page is built."""

from ui.layout import coming_next, page_header

page_header("nav.parameters")
coming_next()
