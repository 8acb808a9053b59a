"""Bind a page's settings dataclass to its widgets and to the URL, with one validation path.

The flow on every run of a page:
1. the first time a session opens the page, the URL's parameters are parsed into settings
   (bad values fall back to defaults, with a message);
2. each widget is keyed `"<page>.<field>"` and seeded from the stored settings, so a language
   switch or a trip to another page never resets it;
3. after the controls are drawn, their values are validated again into settings, stored, and
   written back to the URL so the address bar always reproduces the view.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import streamlit as st

from rnn_core.settings import (
    FrameSettings,
    Problem,
    SettingError,
    check_field,
    format_value,
    parse_settings,
    problem_from,
    to_query,
    url_name,
)
from ui.catalog import CATALOG
from ui.i18n import STATE_KEY as LANG_KEY
from ui.i18n import browser_language, current, t

_STORE = "_settings."
_URL_PROBLEMS = "_url_problems."
FRAME = "frame"  # the frame's settings are stored like a page's, under this name
FRAME_PROBLEMS = _URL_PROBLEMS + FRAME  # what was wrong with the frame's URL values; app.py shows and drops it
LESSON_QUERY = "_lesson.query"  # the open lesson's `lesson`/`step` URL values (ui/lesson_panel.py), kept by sync_url
HIDE_QUERY = "_hide.query"  # a teacher link's `hide` value (ui/teacher_view.py), kept by sync_url
HIDDEN = "_hide"  # the names a teacher link hides: "controls" and/or section names (ui/teacher_view.py)


def controls_hidden() -> bool:
    """A teacher link with `?hide=controls`: pages draw their views without their controls."""
    return "controls" in st.session_state.get(HIDDEN, frozenset())


def widget_key(page: str, name: str) -> str:
    return f"{page}.{name}"


def _to_widget(value):
    # Sequences live in a text box as "0, 0.1, 0.2"; everything else is the widget's own type.
    if isinstance(value, tuple):
        return ", ".join(format_value(value).split(","))  # a student's own values keep every digit they need
    return value


def use_settings(cls, page: str, draw_controls: Callable[[Callable[[str], str]], None]):
    """Draw the page's controls and return (settings, problems) validated from them.

    `draw_controls(key)` must create one widget per field with `key=key("<field>")` and no
    `value=`/`index=` argument: the value comes from session state, seeded here.
    """
    store = _STORE + page
    if store not in st.session_state:
        settings, problems = parse_settings(cls, dict(st.query_params))
        st.session_state[store] = settings
        st.session_state[_URL_PROBLEMS + page] = problems
    stored = st.session_state[store]
    for f in dataclasses.fields(cls):
        key = widget_key(page, f.name)
        if key not in st.session_state:
            st.session_state[key] = _to_widget(getattr(stored, f.name))
    typed = _reset_typed_numbers_out_of_range(cls, page)
    if not controls_hidden():  # hidden, the widget keys still hold the seeded values read below
        draw_controls(lambda name: widget_key(page, name))
    raw = {url_name(f): st.session_state.get(widget_key(page, f.name)) for f in dataclasses.fields(cls)}
    settings, problems = parse_settings(cls, raw)
    st.session_state[store] = settings
    every = st.session_state.pop(_URL_PROBLEMS + page, []) + typed + problems
    return settings, [_labelled(problem, cls, page) for problem in every]


# Fields whose control's label is not the catalog key "<page>.<field>".
_LABEL_KEYS = {
    ("training", "learning_rate"): "training.lr",
    ("training", "batch_size"): "training.batch",
    ("training", "values"): "training.own.paste",
    ("gradients", "input_kind"): "gradients.input",
    ("structure", "cell"): "gates.cell",
    ("structure", "reset_after"): "gates.reset_after",
    ("structure", "forget"): "gates.lane.forget",
}


def field_label(cls, page: str, name: str) -> str | None:
    """The label of the control that sets the field with URL name `name`, in the current language, if it has one."""
    for f in dataclasses.fields(cls):
        if url_name(f) == name:
            key = _LABEL_KEYS.get((page, f.name), f"{page}.{f.name}")
            if key not in CATALOG:
                return None
            text = CATALOG[key][current()]
            return text.split(" (")[0] if "{" in text else text  # "time step t (1–{length})": its name only
    return None


def _labelled(problem: Problem, cls, page: str) -> Problem:
    """The problem with the label its student sees (problem_text names both the label and the URL name)."""
    label = field_label(cls, page, problem.name)
    return dataclasses.replace(problem, details={**problem.details, "label": label}) if label else problem


def _reset_typed_numbers_out_of_range(cls, page: str) -> list[Problem]:
    """A number typed outside its field's bounds is put back to the default the page then uses, before its box
    is drawn, so the box shows the number in use beside the message (rules across fields are the page's own)."""
    problems = []
    for f in dataclasses.fields(cls):
        key = widget_key(page, f.name)
        value = st.session_state.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        try:
            check_field(url_name(f), f.metadata, value)
        except SettingError as error:
            fallback = _to_widget(getattr(cls(), f.name))
            problems.append(problem_from(error, value, fallback))
            st.session_state[key] = fallback
    return problems


def frame_settings() -> FrameSettings:
    """The language and presenter mode the session's first address asked for, parsed like any page's settings.

    Read once per session; the sidebar's switches take over from there. Without a usable `?lang=`,
    the browser's locale picks the language (and a bad value's message names that fall-back).
    """
    store = _STORE + FRAME
    if store not in st.session_state:
        fallback = FrameSettings(lang=browser_language(getattr(st.context, "locale", None)))
        asked = {f.name: st.query_params.get(f.name) for f in dataclasses.fields(FrameSettings)}
        settings, problems = parse_settings(FrameSettings, asked, defaults=fallback)
        st.session_state[store] = settings
        st.session_state[FRAME_PROBLEMS] = problems
    return st.session_state[store]


def limits(cls, name: str, *, slider: bool = False) -> dict:
    """Widget bounds for a field, read from its declared bounds (one source of truth).

    A slider needs its range. A typed box gets none: Streamlit would refuse an out-of-range number
    with its own English tooltip, so instead the value reaches `parse_settings`, and the page
    explains it in its own language and uses the default.
    """
    if not slider:
        return {}
    meta = next(f.metadata for f in dataclasses.fields(cls) if f.name == name)
    return {"min_value": meta["low"], "max_value": meta["high"]}


def reset_settings(cls, page: str) -> None:
    """Forget the page's stored settings and widget values (used by preset buttons)."""
    st.session_state.pop(_STORE + page, None)
    for f in dataclasses.fields(cls):
        st.session_state.pop(widget_key(page, f.name), None)


def apply_values(cls, page: str, **values) -> None:
    """Set some fields (e.g. from a preset) before the widgets are drawn on the next run."""
    stored = st.session_state.get(_STORE + page, cls())
    updated = dataclasses.replace(stored, **values)
    st.session_state[_STORE + page] = updated
    for name, value in values.items():
        st.session_state[widget_key(page, name)] = _to_widget(value)


def sync_url(*settings_objects, extra: dict[str, str] | None = None, leave_out: tuple[str, ...] = ()) -> None:
    """Make the address bar reproduce the view: every setting (but those in `leave_out`), the language, extras."""
    wanted: dict[str, str] = {}
    for settings in settings_objects:
        wanted.update({name: text for name, text in to_query(settings).items() if name not in leave_out})
    wanted.update(extra or {})
    for kept in (LESSON_QUERY, HIDE_QUERY):  # a guided lesson's step and a teacher link's `hide` stay in the link
        wanted.update(st.session_state.get(kept, {}))
    wanted[LANG_KEY] = current()
    if st.session_state.get("present"):
        wanted["present"] = "1"
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)


def problem_text(problem: Problem) -> str:
    """A bad value explained in the current language; the user's text is shown as code, not markup."""
    raw = problem.raw.replace("`", "'")
    details = {k: (", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v) for k, v in problem.details.items()}
    label = details.pop("label", None)  # the control's label, when the problem came through a page's controls
    return t(
        f"problem.{problem.reason}",
        name=f"{label} (`{problem.name}`)" if label else f"`{problem.name}`",
        raw=raw if raw else "∅",
        fallback=problem.fallback or "∅",  # an empty sequence
        **details,
    )


def show_problems(problems: list[Problem]) -> None:
    """One warning box listing every value that was replaced by a default."""
    if problems:
        lines = "\n".join(f"- {problem_text(p)}" for p in problems)
        st.warning(t("problem.header") + "\n\n" + lines, icon="⚠️")
