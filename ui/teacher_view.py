"""Teacher links with fewer controls: `?hide=controls` or `?hide=memory,modes` shows only what the teacher wants.

Read once per session from the first address (like the language), kept in the link by `sync_url`.
A name that is neither `controls` nor a section of some page gets a message and hides nothing; the
message waits for `report_hide_problems`, so a lesson link that switches page shows it on the page shown.
"""

from __future__ import annotations

import streamlit as st

from rnn_core.settings import Problem, shorten
from ui.lessons import PAGES
from ui.state import HIDDEN, HIDE_QUERY, show_problems

PARAM = "hide"
_PROBLEMS = "_hide.problems"  # what was wrong with `?hide=`, until a page is drawn
CONTROLS = "controls"
KNOWN = (CONTROLS, *dict.fromkeys(section for _, sections in PAGES.values() for section in sections))


def parse_hide(raw: str | None) -> tuple[frozenset[str], list[Problem]]:
    """The names `?hide=` asks to hide, or nothing (with a problem) when one of them names nothing we know."""
    if raw is None or not raw.strip():
        return frozenset(), []
    names = [name.strip().lower() for name in raw.split(",") if name.strip()]
    if not names or any(name not in KNOWN for name in names):
        return frozenset(), [Problem(PARAM, shorten(raw), "not_a_choice", "∅", {"choices": KNOWN})]
    return frozenset(names), []


def read_hide_link() -> None:
    """Once per session: what the first address hides; a bad value is kept for `report_hide_problems`."""
    if HIDDEN in st.session_state:
        return
    hidden, problems = parse_hide(st.query_params.get(PARAM))
    st.session_state[HIDDEN] = hidden
    if hidden:
        st.session_state[HIDE_QUERY] = {PARAM: ",".join(sorted(hidden))}
    else:
        st.query_params.pop(PARAM, None)
    st.session_state[_PROBLEMS] = problems


def report_hide_problems() -> None:
    """Explain a bad `?hide=` once, on the page actually drawn (call it after any page switch)."""
    show_problems(st.session_state.pop(_PROBLEMS, []))


def hide_query(hide_controls: bool, hidden_sections) -> dict[str, str]:
    """The `hide` parameter a teacher's ticks make (empty when nothing is hidden)."""
    names = ([CONTROLS] if hide_controls else []) + [s for s in hidden_sections if s in KNOWN]
    return {PARAM: ",".join(names)} if names else {}
