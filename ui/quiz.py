"""Predict-then-reveal questions: the student commits a guess before the answer is shown."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ui.i18n import t


def quiz(key: str, question: str, options: Sequence, answer, explanation: str, format_func=str) -> None:
    """One question tied to the live view; the answer and explanation appear only after a guess.

    Nothing is stored beyond this browser session: no account, no server-side record.
    """
    revealed_key = f"quiz.{key}.revealed"
    with st.container(border=True):
        with st.form(f"quiz.{key}.form", border=False):
            choice = st.radio(
                f"❓ {question}", list(options), index=None, key=f"quiz.{key}.choice", format_func=format_func
            )
            submitted = st.form_submit_button(t("quiz.check"))
        if submitted:
            if choice is None:
                st.info(t("quiz.pick_first"))
            else:
                st.session_state[revealed_key] = choice
        guess = st.session_state.get(revealed_key)
        if guess is not None and guess in options:
            if guess == answer:
                st.success(t("quiz.right") + " " + explanation)
            else:
                st.error(t("quiz.wrong", answer=format_func(answer)) + " " + explanation)
