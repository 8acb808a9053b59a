"""Strings of the parameters page."""

TEXT = {}
