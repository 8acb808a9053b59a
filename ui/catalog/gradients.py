"""Strings of the gradients page."""

TEXT = {}
