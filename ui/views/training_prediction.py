"""Predict, then train: the question about a run is asked under the Train button, and graded when the run ends.

The loss curve grows while a run trains, so a question about it asked afterwards would sit below its
own answer. The student picks an answer before pressing Train (how far will the loss fall? in a
compare run, which activation ends lowest?); pressing Train keeps that pick with the settings it was
made for, and the finished run's own numbers grade it. Nothing leaves the browser session.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from rnn_core.models import ACTIVATION_NAMES
from rnn_core.training import TrainingResult, TrainingSettings
from ui.i18n import t
from ui.run_store import RunView

PREDICTION = "training.prediction"  # (the settings Train was pressed with, the question asked, the pick or None)
DROP_CHOICES = ("big", "small", "none")


def question_key(compare: bool) -> str:
    """The widget of the question asked: which activation ends lowest (compare) or how far the loss falls."""
    return f"training.predict.{'best' if compare else 'drop'}"


def ask_before_training(settings: TrainingSettings) -> None:
    """The question about the run the Train button starts, drawn just under the button."""
    key = question_key(settings.compare)
    if settings.compare:
        choices, label = settings.activations, ACTIVATION_NAMES.get
    else:
        choices, label = DROP_CHOICES, drop_label
    st.radio(f"❓ {t(key + '.q')}", choices, index=None, format_func=label, key=key)


def drop_label(choice: str) -> str:
    return t(f"training.quiz.drop.{choice}")


def keep_prediction(settings: TrainingSettings) -> None:
    """As Train starts a run: keep the student's pick (None when nothing was picked) with the run's settings."""
    key = question_key(settings.compare)
    st.session_state[PREDICTION] = (settings, key, st.session_state.get(key))


def prediction_for(view: RunView, question: str) -> str | None:
    """What the student answered to `question` ("drop" or "best") before the run this view shows, if anything."""
    request, key, guess = st.session_state.get(PREDICTION, (None, None, None))
    return guess if request == view.request and key == f"training.predict.{question}" else None


def how_far_it_fell(result: TrainingResult) -> str:
    """The drop question's answer from the run itself: 'big' (over 100×), 'small', or 'none' (rose or diverged)."""
    first, last = result.losses[0], result.final_loss
    if result.diverged_at or not last < first:
        return "none"
    return "big" if last < first / 100 else "small"


def grade(view: RunView, question: str, answer: str, explanation: str, format_func: Callable[[str], str]) -> None:
    """The student's pick for this run beside the run's own answer; a plain caption when nothing was picked."""
    guess = prediction_for(view, question)
    if guess is None:
        st.caption(t("training.predict.none"))
        return
    said = t("training.predict.yours", guess=format_func(guess))
    if guess == answer:
        st.success(f"{said} {t('quiz.right')} {explanation}")
    else:
        st.error(f"{said} {t('quiz.wrong', answer=format_func(answer))} {explanation}")
