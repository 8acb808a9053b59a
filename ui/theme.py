"""Presenter mode: larger type and charts for a projector. The only place with raw CSS.

The CSS below is a constant written here, never built from anything a user typed, which is
why this module alone may pass `unsafe_allow_html`.
"""

from __future__ import annotations

import streamlit as st

from rnn_core.settings import MAX_ECHO, Problem, parse_value
from ui.i18n import t

_STATE_KEY = "present"
_SWITCH_KEY = "_present_switch"

_PRESENTER_CSS = """
<style>
/* Everything in the main column grows by a third, charts included, so the back row can read it. */
[data-testid="stMainBlockContainer"] { zoom: 1.35; max-width: 100%; padding-top: 2rem; }
/* The toolbar and the deploy button are clutter on a projector. */
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none; }
</style>
"""


def presenter_requested() -> bool:
    """True when `?present=1` asked for it or the sidebar toggle turned it on in this session."""
    if _STATE_KEY not in st.session_state:
        asked = st.query_params.get("present")
        try:
            st.session_state[_STATE_KEY] = asked is not None and parse_value(bool, asked)
        except ValueError as error:
            st.session_state[_STATE_KEY] = False
            problem = Problem("present", asked[:MAX_ECHO], str(error), "0", {"choices": ("0", "1")})
            st.session_state.setdefault("_url_problems.frame", []).append(problem)
    return bool(st.session_state[_STATE_KEY])


def _on_toggle() -> None:
    st.session_state[_STATE_KEY] = bool(st.session_state.get(_SWITCH_KEY))
    if st.session_state[_STATE_KEY]:
        st.query_params["present"] = "1"
    else:
        st.query_params.pop("present", None)


def presenter_switch() -> None:
    st.session_state[_SWITCH_KEY] = presenter_requested()
    st.sidebar.toggle(t("common.present"), key=_SWITCH_KEY, on_change=_on_toggle, help=t("common.present_help"))


def apply_presenter_style() -> None:
    if presenter_requested():
        st.html(_PRESENTER_CSS)
