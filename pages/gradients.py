"""Placeholder until the gradients page is built."""

from ui.layout import coming_next, page_header

page_header("nav.gradients")
coming_next()
