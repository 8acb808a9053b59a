"""Strings of the training page."""

TEXT = {}
