"""A long page as sections a student moves through: one shown at a time, its name kept in the URL.

`?section=<name>` opens a section; the choice survives a trip to another page and back. Each
section is drawn in its own `st.fragment`, so a change to one of its controls reruns only it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import streamlit as st

from rnn_core.settings import Problem, shorten
from ui.i18n import t
from ui.state import HIDDEN, controls_hidden, show_problems

PARAM = "section"


def pick_section(page: str, sections: Sequence[str], label: Callable[[str], str]) -> str:
    """The section navigation: a segmented control seeded from the URL on the first visit."""
    chosen_key, widget = f"_section.{page}", f"{page}.section"
    hidden = st.session_state.get(HIDDEN, frozenset())  # a teacher link's `?hide=` (ui/teacher_view.py)
    sections = tuple(s for s in sections if s not in hidden) or tuple(sections)
    if chosen_key not in st.session_state:
        asked = st.query_params.get(PARAM)
        st.session_state[chosen_key] = asked if asked in sections else sections[0]
        if asked is not None and asked not in sections:
            show_problems([Problem(PARAM, shorten(asked), "not_a_choice", sections[0], {"choices": sections})])
    if st.session_state[chosen_key] not in sections:
        st.session_state[chosen_key] = sections[0]
        st.session_state.pop(widget, None)
    if controls_hidden():
        return st.session_state[chosen_key]
    if widget not in st.session_state:
        st.session_state[widget] = st.session_state[chosen_key]
    st.segmented_control(
        t("sections.label"), sections, format_func=label, key=widget, required=True, label_visibility="collapsed"
    )
    chosen = st.session_state.get(widget) or sections[0]
    st.session_state[chosen_key] = chosen
    return chosen


def computing_spinner():
    """ "Loading TensorFlow" only while it is not loaded yet; once it is, a plain "computing"."""
    loaded = "tensorflow" in sys.modules
    return st.spinner(t("sections.computing") if loaded else t("common.loading_tf"), show_time=not loaded)
