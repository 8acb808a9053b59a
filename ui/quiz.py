"""Predict-then-reveal questions: the student commits a guess before the answer is shown.

A question stands above the result it asks about, and that result stays folded until the student
answers or presses Show: `if quiz(...): draw_the_result()` else `folded()`. A result drawn above its
question (a status line) asks `answered(key)` first: the buttons record the answer in a callback,
before the script runs, so the whole page knows it on that same run.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui.i18n import t

SHOWN = "\0shown"  # what a session stores when the student asked to see the answer without guessing


def _revealed_key(key: str) -> str:
    return f"quiz.{key}.revealed"


def _record(key: str, show: bool) -> None:
    choice = st.session_state.get(f"quiz.{key}.choice")
    if show:
        st.session_state[_revealed_key(key)] = SHOWN
    elif choice is None:
        st.session_state[f"quiz.{key}.pick_first"] = True
    else:
        st.session_state[_revealed_key(key)] = choice


def answered(key: str) -> bool:
    """Has the student answered the question `key` (or asked to see its answer) in this session?"""
    return st.session_state.get(_revealed_key(key)) is not None


def quiz(key: str, question: str, options: Sequence, answer, explanation: str, format_func=str) -> bool:
    """One question tied to the live view; True once the student has answered it or pressed Show.

    Nothing is stored beyond this browser session: no account, no server-side record.
    """
    with st.container(border=True):
        with st.form(f"quiz.{key}.form", border=False):
            st.radio(f"❓ {question}", list(options), index=None, key=f"quiz.{key}.choice", format_func=format_func)
            # A row that wraps: in a narrow column (the training page's controls) the second button goes
            # under the first instead of both being cut to "Check my an…".
            buttons = st.container(horizontal=True, gap="medium")
            buttons.form_submit_button(t("quiz.check"), on_click=_record, args=(key, False))
            buttons.form_submit_button(t("quiz.show"), type="tertiary", on_click=_record, args=(key, True))
        if st.session_state.pop(f"quiz.{key}.pick_first", False):
            st.info(t("quiz.pick_first"))
        guess = st.session_state.get(_revealed_key(key))
        if guess == SHOWN:
            st.info(t("quiz.shown", answer=format_func(answer)) + " " + explanation)
            return True
        if guess is not None and guess in options:
            if guess == answer:
                st.success(t("quiz.right") + " " + explanation)
            else:
                st.error(t("quiz.wrong", answer=format_func(answer)) + " " + explanation)
            return True
        return False


def folded() -> None:
    """What stands in for a result until its question is answered."""
    st.caption("🙈 " + t("quiz.folded"))
