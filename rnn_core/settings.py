"""Settings as frozen dataclasses whose fields carry their own bounds, so validation lives in one place.

A page's settings class declares each field with `setting(...)`: the default, the allowed
range or choices, and the URL name. `parse_settings` turns untrusted text (a URL, a text box)
into a valid instance, replacing every bad value with its default and reporting why, so the
interface can explain the fall-back in the student's language instead of crashing.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Longest raw text echoed back in a message: enough to recognise, too short to flood the page.
MAX_ECHO = 40


class SettingError(ValueError):
    """A value that breaks a rule; `name` is the field and `reason` a code the UI translates."""

    def __init__(self, name: str, reason: str, message: str, **details: Any):
        super().__init__(message)
        self.name = name
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class Problem:
    """One rejected value: which setting, what was given, why, and what is used instead."""

    name: str  # the setting's URL name, e.g. "units"
    raw: str  # the text the user gave, shortened to MAX_ECHO characters
    reason: str  # a code: not_a_number, not_finite, out_of_range, not_a_choice, too_short, too_long, empty, rule
    fallback: str  # the value used instead, as text
    details: dict = field(default_factory=dict)  # low/high/choices/min_len/max_len for the message


def setting(
    default,
    *,
    low=None,
    high=None,
    choices=None,
    min_len=None,
    max_len=None,
    url=None,
):
    """Declare a field with its default and bounds; `url` renames it in query strings."""
    meta = {"low": low, "high": high, "choices": choices, "min_len": min_len, "max_len": max_len, "url": url}
    if isinstance(default, (list, tuple)):
        return field(default_factory=lambda: tuple(default), metadata=meta)
    return field(default=default, metadata=meta)


def url_name(f: dataclasses.Field) -> str:
    return f.metadata.get("url") or f.name


def _kind(cls, f: dataclasses.Field):
    hint = typing.get_type_hints(cls)[f.name]
    if typing.get_origin(hint) is tuple:
        return tuple
    return hint


def format_value(value) -> str:
    """Text form of a setting value, the same in URLs and messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        if getattr(value, "exact_text", False):  # a student's own values: the link must give back the same numbers
            return ",".join(exact_text(float(v)) for v in value)
        return ",".join(format_value(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def exact_text(value: float) -> str:
    """A float as short as 6 significant digits when they give it back exactly, else in full (repr)."""
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def _parse_float(text: str) -> float:
    number = float(text)  # raises ValueError on text
    return number


def parse_value(kind, text: str):
    """Parse one raw text into the field's type; raises ValueError with a reason code."""
    text = text.strip()
    if text == "":
        raise ValueError("empty")
    if kind is bool:
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError("not_a_choice")
    if kind is int:
        try:
            number = float(text)
        except ValueError:
            raise ValueError("not_a_number") from None
        if not math.isfinite(number):
            raise ValueError("not_finite")
        if number != int(number):
            raise ValueError("not_a_number")
        return int(number)
    if kind is float:
        try:
            number = _parse_float(text)
        except ValueError:
            raise ValueError("not_a_number") from None
        if not math.isfinite(number):
            raise ValueError("not_finite")
        return number
    if kind is tuple:
        # A stray comma ("0, 0.1,") is a typing slip, not a missing number: skip empty parts.
        parts = [part for part in text.replace(";", ",").split(",") if part.strip()]
        if not parts:
            raise ValueError("empty")
        return tuple(parse_value(float, part) for part in parts)
    return text


def check_field(name: str, meta: Mapping, value) -> None:
    """Raise SettingError if `value` breaks the bounds declared in the field's metadata."""
    low, high, choices = meta.get("low"), meta.get("high"), meta.get("choices")
    if choices is not None and value not in choices:
        raise SettingError(name, "not_a_choice", f"{name} must be one of {choices}", choices=choices)
    if isinstance(value, tuple):
        min_len, max_len = meta.get("min_len"), meta.get("max_len")
        if min_len is not None and len(value) < min_len:
            raise SettingError(name, "too_short", f"{name} needs at least {min_len} values", min_len=min_len)
        if max_len is not None and len(value) > max_len:
            raise SettingError(name, "too_long", f"{name} takes at most {max_len} values", max_len=max_len)
        items = value
    else:
        items = (value,)
    for item in items:
        if isinstance(item, float) and not math.isfinite(item):
            raise SettingError(name, "not_finite", f"{name} must be a finite number")
        is_number = isinstance(item, (int, float)) and not isinstance(item, bool)
        if is_number and ((low is not None and item < low) or (high is not None and item > high)):
            raise SettingError(name, "out_of_range", f"{name} must be between {low} and {high}", low=low, high=high)


def check_bounds(instance) -> None:
    """Check every field of a settings instance against its declared bounds (call in __post_init__)."""
    for f in dataclasses.fields(instance):
        check_field(url_name(f), f.metadata, getattr(instance, f.name))


def shorten(text: str) -> str:
    """The one rule for echoing untrusted text in a message: at most MAX_ECHO characters, cut with "…"."""
    return text if len(text) <= MAX_ECHO else text[: MAX_ECHO - 1] + "…"


def parse_text(name: str, kind, text: str, meta: Mapping):
    """Text from a URL, a text box or the environment, as a value of `kind` within `meta`'s bounds.

    Raises SettingError (with a reason code) for anything else; `parse_settings` and the
    single-value readers (the try-it box) both go through here.
    """
    try:
        value = parse_value(kind, text)
    except ValueError as error:
        details = {"choices": ("true", "false")} if kind is bool else {}  # the message lists the options
        raise SettingError(name, str(error), f"{name}: {error}", **details) from None
    check_field(name, meta, value)
    return value


def problem_from(error: SettingError, given, fallback) -> Problem:
    """The rejected value as a Problem: the user's text shortened by the one rule, the fall-back as text."""
    raw = given if isinstance(given, str) else format_value(given)
    return Problem(error.name, shorten(raw), error.reason, format_value(fallback), dict(error.details))


def _empty_by_default(f: dataclasses.Field) -> bool:
    return f.default_factory is not dataclasses.MISSING and f.default_factory() == ()


def parse_settings(cls, raw: Mapping[str, Any], defaults=None):
    """Build `cls` from untrusted values (text or already typed); return (settings, problems).

    Unknown keys are ignored. Each bad value is replaced by its default (from `defaults`, an
    instance, when given; else the class's) and reported; a rule across fields (checked in the
    class's __post_init__) resets the field it names.
    """
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values, problems = {}, []
    defaults = cls() if defaults is None else defaults
    for name, f in fields.items():
        key = url_name(f)
        if key not in raw or raw[key] is None:
            continue
        given = raw[key]
        kind = _kind(cls, f)
        if kind is tuple and isinstance(given, str) and not given.strip() and _empty_by_default(f):
            values[name] = ()  # a sequence that may be empty (own values of a built-in task) is empty
            continue
        try:
            if isinstance(given, str) and kind is not str:
                value = parse_text(key, kind, given, f.metadata)
            else:
                value = given.strip() if isinstance(given, str) else given
                if kind is float and isinstance(value, int) and not isinstance(value, bool):
                    value = float(value)
                if kind is tuple and isinstance(value, list):
                    value = tuple(value)
                check_field(key, f.metadata, value)
        except SettingError as error:
            problems.append(problem_from(error, given, getattr(defaults, name)))
            continue
        values[name] = value
    for _ in range(len(fields) + 1):
        try:
            return dataclasses.replace(defaults, **values), problems
        except SettingError as error:
            name = next((n for n, f in fields.items() if url_name(f) == error.name), error.name)
            given = values.pop(name, None)
            if given is None:  # the rule names a field left at its default: nothing but defaults is safe
                problems.append(problem_from(error, "", getattr(defaults, name)))
                return defaults, problems
            problems.append(problem_from(error, given, getattr(defaults, name)))
    raise RuntimeError("settings could not be repaired")  # pragma: no cover - loop always returns


def settings_from_environment(cls, environ: Mapping[str, str]):
    """Server settings from environment variables named as the fields' `url` names (blank counts as unset).

    Returns (settings, problems) like `parse_settings`; the server logs the problems.
    """
    given = {name: text for name, text in environ.items() if text.strip()}
    return parse_settings(cls, given)


def to_query(settings) -> dict[str, str]:
    """The settings as URL parameters, one per field, in declaration order (an empty sequence is left out)."""
    return {
        url_name(f): format_value(getattr(settings, f.name))
        for f in dataclasses.fields(settings)
        if getattr(settings, f.name) != () or not _empty_by_default(f)
    }


# ----- the settings every page shares: the frame's (from the URL) and the server's (from the environment) -----

LANGUAGES = ("ko", "en")
ABANDON_ENV = "RNN_LAB_ABANDON_SECONDS"


@dataclass(frozen=True)
class FrameSettings:
    """What a session's first address asks of the frame, whatever the page."""

    lang: str = setting("en", choices=LANGUAGES)  # the page language; without ?lang= the browser's locale decides
    present: bool = setting(False)  # presenter mode: larger type, charts and diagrams for a projector

    def __post_init__(self):
        check_bounds(self)


@dataclass(frozen=True)
class ServerSettings:
    """What a server reads from its environment when it starts."""

    # How long a run goes on once no session polls it (a closed tab): long enough to bridge the gap between an
    # interrupted script run and the next one on a busy server, short enough that a class's abandoned runs do
    # not hold the two trainer threads.
    abandon_seconds: float = setting(10.0, low=0.5, high=600.0, url=ABANDON_ENV)

    def __post_init__(self):
        check_bounds(self)


def depends_on(settings, fields: tuple[str, ...]):
    """`settings` reduced to the fields a computation declares it reads; the others at their defaults.

    Used as a cache key: two views that differ only in fields the computation ignores share one result.
    """
    unknown = set(fields) - {f.name for f in dataclasses.fields(settings)}
    if unknown:
        raise ValueError(f"{type(settings).__name__} has no field(s) {sorted(unknown)}")
    return dataclasses.replace(type(settings)(), **{name: getattr(settings, name) for name in fields})
