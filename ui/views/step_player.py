"""Play / Pause for the Structure page's step-through: the time step advances by itself at a readable pace.

Playing is a start time and a start step in the session; the step shown is computed from the time
since Play (so a click elsewhere neither skips nor repeats a step), written to the step slider's
key before the slider is drawn, and so into the URL like a step the student chose. While playing,
the page's section fragment reruns on a timer (`interval()`); at the last step playing stops.
"""

from __future__ import annotations

import math
import time

import streamlit as st

clock = time.monotonic  # replaced in tests
SECONDS_PER_STEP = 1.5  # long enough to read the step's numbers on a projector
_PLAYING = "structure.playing"  # (clock time at Play, step at Play), absent while paused
_TIMER = "structure.playing.timer"  # whether the section fragment was defined with a timer on the last full run


def playing() -> bool:
    return _PLAYING in st.session_state


def interval() -> float | None:
    """The section fragment's `run_every`: a few times per step while playing, else none. Call on a full run."""
    st.session_state[_TIMER] = playing()
    return SECONDS_PER_STEP / 3 if playing() else None


def play(step_key: str, length: int) -> None:
    """Start from the step shown (from the first, if the last is shown)."""
    step = int(st.session_state.get(step_key, 1))
    start = 1 if step >= length else step
    st.session_state[step_key] = start
    st.session_state[_PLAYING] = (clock(), start)


def pause() -> None:
    st.session_state.pop(_PLAYING, None)


def step_at(started: tuple[float, int], now: float, length: int) -> int:
    """The step shown `now`: one more every SECONDS_PER_STEP since Play, stopping at the last."""
    since, start = started
    return min(length, start + math.floor(max(0.0, now - since) / SECONDS_PER_STEP))


def advance(step_key: str, length: int) -> None:
    """Before the step slider is drawn: move it to the playing step; at the last step, stop.

    Play is pressed inside the section fragment, whose timer is set only by a full run: the first
    run after Play (or after the end) reruns the whole page to set (or clear) it.
    """
    started = st.session_state.get(_PLAYING)
    if started is not None:
        step = step_at(started, clock(), length)
        st.session_state[step_key] = step
        if step >= length:
            pause()
    if st.session_state.get(_TIMER, False) != playing():
        st.rerun()
