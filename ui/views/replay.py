"""Slow motion on the Training page: replay a finished run's loss curve at 1×, 0.25× or epoch by epoch.

The replay reads the run's recorded losses from the shared store's result: it trains nothing and
holds no trainer thread. Only the final weights are kept, so the predictions are the end of the run's;
the scrubber moves the loss curve. While playing, this fragment alone reruns a few times a second.
"""

from __future__ import annotations

import dataclasses
import time

import streamlit as st

from rnn_core.replay import SPEEDS, Replay
from rnn_core.training import losses_frame
from ui.chart_export import show_chart
from ui.charts import titles_for
from ui.charts.training import TITLE_KEYS, loss_chart
from ui.i18n import t

clock = time.monotonic  # replaced in tests; the replay logic itself takes elapsed seconds
_STARTED = "replay.started"  # (clock time at Play, speed), or absent while not playing
_EPOCH = "replay.epoch"  # the scrubber's widget key
_SPEED = "replay.speed"
STEP = "step"  # the speed choice that moves one epoch per click


def _play() -> None:
    speed = st.session_state.get(_SPEED)
    if speed in SPEEDS:
        st.session_state[_STARTED] = (clock(), speed)


def _step(delta: int, last: int) -> None:
    st.session_state.pop(_STARTED, None)
    st.session_state[_EPOCH] = max(1, min(last, int(st.session_state.get(_EPOCH, last)) + delta))


FRAME_SECONDS = 0.1  # how often the playing replay redraws (its fragment only)


def replay_section(results: dict) -> None:
    """The replay's controls and its loss curve up to the chosen epoch (`results`: label → TrainingResult)."""
    epochs = max(r.epochs_run for r in results.values())
    span = max(r.seconds for r in results.values())
    if epochs < 2:
        return
    replay = Replay(epochs, span)
    with st.expander(t("replay.title"), icon=":material/slow_motion_video:"):
        speed_column, play_column = st.columns([3, 1], vertical_alignment="bottom")
        speed_column.segmented_control(
            t("replay.speed"),
            (*SPEEDS, STEP),
            format_func=lambda s: t("replay.by_step") if s == STEP else f"{s:g}×",
            key=_SPEED,
            default=SPEEDS[0],
        )
        chosen = st.session_state.get(_SPEED)
        play_column.button(
            t("replay.play"), key="replay.play", on_click=_play, disabled=chosen not in SPEEDS, width="stretch"
        )
        # Only while playing does the fragment redraw on a timer; a full run after the end stops it.
        playing = _STARTED in st.session_state
        st.fragment(run_every=FRAME_SECONDS if playing else None)(_replay_view)(results, replay)


def _replay_view(results: dict, replay: Replay) -> None:
    started = st.session_state.get(_STARTED)
    ended = False
    if started is not None:
        since, speed = started
        elapsed = clock() - since
        st.session_state[_EPOCH] = replay.epoch_at(elapsed, speed)
        if replay.finished(elapsed, speed):
            st.session_state.pop(_STARTED, None)
            ended = True
    if _EPOCH not in st.session_state or st.session_state[_EPOCH] > replay.epochs:
        st.session_state[_EPOCH] = replay.epochs
    back_column, slider_column, forward_column = st.columns([1, 6, 1], vertical_alignment="bottom")
    back_column.button("◀", key="replay.back", on_click=_step, args=(-1, replay.epochs), width="stretch")
    forward_column.button("▶", key="replay.forward", on_click=_step, args=(1, replay.epochs), width="stretch")
    epoch = slider_column.slider(t("replay.epoch"), 1, replay.epochs, key=_EPOCH)
    shown = {label: dataclasses.replace(r, losses=r.losses[:epoch]) for label, r in results.items()}
    show_chart(loss_chart(losses_frame(shown), titles_for(TITLE_KEYS, t)), "training_replay_loss")
    st.caption(t("replay.note", span=f"{replay.span:.1f}", quarter=f"{replay.duration(0.25):.1f}"))
    if ended:
        st.rerun()  # a full run redefines the fragment without its timer
