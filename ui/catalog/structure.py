"""Strings of the structure page."""

TEXT = {}
