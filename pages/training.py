"""Placeholder until the training page is built."""

from ui.layout import coming_next, page_header

page_header("nav.training")
coming_next()
