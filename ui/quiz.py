"""Predict-then-reveal questions: the student commits a guess before the answer is shown.

A question stands above the result it asks about, and that result stays folded until the student
answers or presses Show: `if quiz(...): draw_the_result()` else `folded()`.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui.i18n import t

SHOWN = "\0shown"  # what a session stores when the student asked to see the answer without guessing


def quiz(key: str, question: str, options: Sequence, answer, explanation: str, format_func=str) -> bool:
    """One question tied to the live view; True once the student has answered it or pressed Show.

    Nothing is stored beyond this browser session: no account, no server-side record.
    """
    revealed_key = f"quiz.{key}.revealed"
    with st.container(border=True):
        with st.form(f"quiz.{key}.form", border=False):
            choice = st.radio(
                f"❓ {question}", list(options), index=None, key=f"quiz.{key}.choice", format_func=format_func
            )
            check_column, show_column = st.columns(2)
            submitted = check_column.form_submit_button(t("quiz.check"))
            shown = show_column.form_submit_button(t("quiz.show"), type="tertiary")
        if shown:
            st.session_state[revealed_key] = SHOWN
        elif submitted:
            if choice is None:
                st.info(t("quiz.pick_first"))
            else:
                st.session_state[revealed_key] = choice
        guess = st.session_state.get(revealed_key)
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
