"""Slow motion on the Training page: a finished run replayed at 1×, 0.25× or epoch by epoch, driving the page.

The replay moves the page's own loss curve and its predictions chart together: each is drawn in a
fragment that, only while the replay plays, reruns a few times a second and shows the run as it was
at the replay's epoch (the losses so far, and the predictions the trainer recorded at that point,
`TrainingResult.snapshots`). It reads the stored run: it trains nothing and holds no trainer thread.
Its controls (speed, Play/Pause, ◀ scrubber ▶) sit under the loss curve; they rerun the page.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import altair as alt
import pandas as pd
import streamlit as st

from rnn_core.replay import SPEEDS, Replay, predictions_at
from ui.chart_export import download_row, show_chart
from ui.i18n import current, t
from ui.theme import presenter_scale

clock = time.monotonic  # replaced in tests; the replay logic itself takes elapsed seconds
_STARTED = "replay.started"  # (clock time at Play, speed), or absent while not playing
_AT = "replay.at"  # the epoch shown while not playing (the last, when absent)
_EPOCH = "replay.epoch"  # the scrubber's widget key, set from _AT before it is drawn
_SPEED = "replay.speed"
_OWNER = "replay.owner"  # the run the replay's position belongs to (see _adopt)
STEP = "step"  # the speed choice that moves one epoch per click
FRAME_SECONDS = 0.25  # how often a playing replay's two fragments redraw (only they rerun)


def replay_of(results: dict) -> Replay | None:
    """The replay of these results (label → TrainingResult), or None when there is nothing to replay."""
    epochs = max(r.epochs_run for r in results.values())
    return Replay(epochs, max(r.seconds for r in results.values())) if epochs >= 2 else None


def playing() -> bool:
    return _STARTED in st.session_state


def _play() -> None:
    speed = st.session_state.get(_SPEED)
    if speed in SPEEDS:
        st.session_state[_STARTED] = (clock(), speed)


def _pause(replay: Replay) -> None:
    st.session_state[_AT] = current_epoch(replay)
    st.session_state.pop(_STARTED, None)


def _step(delta: int, last: int) -> None:
    st.session_state.pop(_STARTED, None)
    st.session_state[_AT] = max(1, min(last, int(st.session_state.get(_AT, last)) + delta))


def _scrubbed() -> None:
    st.session_state[_AT] = st.session_state[_EPOCH]


def current_epoch(replay: Replay) -> int:
    """The epoch the page shows: the playing replay's, or the scrubber's (the last epoch by default)."""
    started = st.session_state.get(_STARTED)
    if started is not None:
        since, speed = started
        return replay.epoch_at(clock() - since, speed)
    return max(1, min(replay.epochs, int(st.session_state.get(_AT, replay.epochs))))


def _follow(replay: Replay) -> int:
    """The epoch for this frame; at the replay's end, stop playing and rerun the page without the timers."""
    epoch = current_epoch(replay)
    started = st.session_state.get(_STARTED)
    if started is not None and replay.finished(clock() - started[0], started[1]):
        st.session_state.pop(_STARTED, None)
        st.session_state[_AT] = replay.epochs
        st.rerun()  # a full run redefines both fragments without their timers
    return epoch


def _timed(draw: Callable) -> Callable:
    """`draw` as a fragment that reruns on a timer while the replay plays (a full run sets or clears it)."""
    return st.fragment(run_every=FRAME_SECONDS if playing() else None)(draw)


def _pinned(chart, corners: pd.DataFrame, x: str, y: str):
    """The chart with invisible points at the whole run's extremes, so its axes stay put while the replay moves."""
    return alt.layer(chart, alt.Chart(corners).mark_point(opacity=0).encode(x=f"{x}:Q", y=f"{y}:Q"))


PINS = "replay_corners"  # the dataset of the invisible corner points in a frame's spec


def _pinned_spec(spec: dict, corners: pd.DataFrame, x: str, y: str) -> dict:
    """`_pinned` on a Vega-Lite spec of layers: one more layer of invisible points, sharing the axes' scales."""
    encoding = {"x": {"field": x, "type": "quantitative"}, "y": {"field": y, "type": "quantitative"}}
    layer = {"data": {"name": PINS}, "mark": {"type": "point", "opacity": 0}, "encoding": encoding}
    spec["layer"] = [*spec["layer"], layer]
    spec["datasets"] = {**spec.get("datasets", {}), PINS: corners}
    return spec


# A frame of a playing replay is one chart drawn a few times a second for every student replaying:
# building it with Altair took ~45 ms of server CPU (its objects and their validation), so a class
# replaying together would need several cores for it. Each chart's spec is built once per run and
# language instead, and a frame only swaps the rows that move (bench/replay_frames.py).
_skeletons: OrderedDict[tuple, tuple[dict, str]] = OrderedDict()
_skeletons_lock = threading.Lock()
SKELETONS_KEPT = 64


def _skeleton(key: tuple, build: Callable[[], tuple[dict, str]]) -> tuple[dict, str]:
    """(spec without its moving rows, name of their dataset) for `key`, built once by `build`."""
    with _skeletons_lock:
        if key in _skeletons:
            _skeletons.move_to_end(key)
            return _skeletons[key]
    built = build()
    with _skeletons_lock:
        _skeletons[key] = built
        while len(_skeletons) > SKELETONS_KEPT:
            _skeletons.popitem(last=False)
    return built


def _adopt(results: dict) -> None:
    """A replay's position and playing belong to one run: a new run starts at its last epoch, not paused."""
    owner = _run_key(results)[0]  # the runs only: a language switch keeps the position
    if st.session_state.get(_OWNER) != owner:
        st.session_state[_OWNER] = owner
        st.session_state.pop(_AT, None)
        st.session_state.pop(_STARTED, None)


def _layers(spec: dict):
    """Every layer of a spec, layers of layers included."""
    for layer in spec.get("layer", ()):
        yield layer
        yield from _layers(layer)


def _run_key(results: dict) -> tuple:
    """What a run's charts depend on besides the epoch shown: its runs, the language and the presenter scale."""
    runs = tuple((label, r.settings, r.seconds, r.epochs_run, len(r.snapshots)) for label, r in results.items())
    return runs, current(), presenter_scale()


def loss_curve(
    results: dict,
    spec_for: Callable[[dict], dict],
    chart_for: Callable[[dict], alt.Chart],
    whole: Callable[[], None],
    *,
    name: str,
    title: str,
) -> None:
    """The page's loss curve up to the replay's epoch, then the replay's controls under it.

    `spec_for(results)` gives the curve's Vega-Lite spec (with its rows) for results cut to an epoch,
    built without Altair (`ui.views.loss_curve`); `chart_for(results)` is the same curve as an Altair
    chart, built for a download only. `whole()` draws the finished curve, which is what most frames
    show: a replay that is not playing sits at the last epoch unless moved. `name` and `title` name
    the chart's downloads.
    """
    replay = replay_of(results)
    if replay is None:
        whole()
        return
    _adopt(results)
    finite = [loss for r in results.values() for loss in r.losses if 0 < loss < float("inf")]
    corners = pd.DataFrame({"epoch": [1, replay.epochs], "loss": [max(finite, default=1.0), min(finite, default=1.0)]})

    def frame() -> None:
        epoch = _follow(replay)
        if epoch >= replay.epochs and not playing():
            whole()
        else:
            shown = {label: dataclasses.replace(r, losses=r.losses[:epoch]) for label, r in results.items()}
            st.vega_lite_chart(_pinned_spec(spec_for(shown), corners, "epoch", "loss"), width="stretch")
            download_row(lambda: _pinned(chart_for(shown), corners, "epoch", "loss"), name, title=title)
        with st.container(key="replay_epoch"):
            st.caption(t("replay.at_epoch", epoch=epoch, epochs=replay.epochs))

    _timed(frame)()
    _controls(replay, results)


def predictions_spec(
    results: dict,
    final: pd.DataFrame,
    shown: pd.DataFrame,
    chart_for: Callable[[pd.DataFrame], alt.Chart],
    rows_for: Callable[[pd.DataFrame], pd.DataFrame],
    corners: pd.DataFrame,
    name: str,
) -> dict:
    """A frame's predictions chart: the final chart's spec (built once per run) with the `shown` models' lines."""

    def skeleton() -> tuple[dict, str]:
        spec = _pinned(chart_for(final), corners, "step", "target").to_dict()
        (moving,) = [
            layer["data"]["name"]
            for layer in _layers(spec)
            if layer.get("encoding", {}).get("y", {}).get("field") == "prediction"
        ]
        return spec, moving

    spec, moving = _skeleton(("predictions", name, *_run_key(results)), skeleton)
    frame = copy.deepcopy({key: value for key, value in spec.items() if key != "datasets"})
    frame["datasets"] = {**spec["datasets"], moving: rows_for(shown)}
    return frame


def predictions(
    results: dict,
    final: pd.DataFrame,
    chart_for: Callable[[pd.DataFrame], alt.Chart],
    rows_for: Callable[[pd.DataFrame], pd.DataFrame],
    *,
    name: str,
    title: str,
) -> None:
    """The page's predictions chart as of the replay's epoch (the final predictions once it is at the end).

    `chart_for(predictions)` is the page's chart builder. Only the models' lines move in a replay:
    `rows_for(predictions)` gives their rows as `chart_for` draws them, and a frame puts them into
    the spec of the final chart, built once per run. `name` and `title` name the chart's downloads.
    """
    replay = replay_of(results)
    if replay is None:
        show_chart(chart_for(final), name, title=title)
        return
    _adopt(results)
    values = [final["target"]] + [pd.Series(p) for r in results.values() for _, p in r.snapshots]
    every = pd.concat(values, ignore_index=True)
    every = every[every.abs() < float("inf")]
    steps = final["step"]
    corners = pd.DataFrame({"step": [steps.min(), steps.max()], "target": [every.min(), every.max()]})

    def frame() -> None:
        epoch = _follow(replay)
        shown, at = (final, None) if epoch >= replay.epochs else predictions_at(results, epoch, final)
        spec = predictions_spec(results, final, shown, chart_for, rows_for, corners, name)
        st.vega_lite_chart(spec, width="stretch")
        download_row(lambda: _pinned(chart_for(shown), corners, "step", "target"), name, title=title)
        if at is not None:
            st.caption(t("replay.predictions_at", at=at, epoch=epoch))

    _timed(frame)()


def _controls(replay: Replay, results: dict) -> None:
    """Speed, Play/Pause and the scrubber with one-epoch steps; each reruns the page."""
    with st.container(border=True, key="replay"):
        st.caption(f"**{t('replay.title')}** · {_note(replay, results)}")
        speed_column, play_column = st.columns([3, 1], vertical_alignment="bottom")
        speed_column.segmented_control(
            t("replay.speed"),
            (*SPEEDS, STEP),
            format_func=lambda s: t("replay.by_step") if s == STEP else f"{s:g}×",
            key=_SPEED,
            default=SPEEDS[0],
            required=True,
        )
        if playing():
            play_column.button(
                t("replay.pause"),
                key="replay.pause",
                icon=":material/pause:",
                on_click=_pause,
                args=(replay,),
                width="stretch",
            )
        else:
            play_column.button(
                t("replay.play"),
                key="replay.play",
                icon=":material/play_arrow:",
                on_click=_play,
                disabled=st.session_state.get(_SPEED) not in SPEEDS,
                width="stretch",
            )
        back_column, slider_column, forward_column = st.columns([1, 8, 1], vertical_alignment="bottom")
        back_column.button("◀", key="replay.back", on_click=_step, args=(-1, replay.epochs), width="stretch")
        forward_column.button("▶", key="replay.forward", on_click=_step, args=(1, replay.epochs), width="stretch")
        # Set from _AT on every run, so the frontend's own copy of a slider drawn while playing cannot win.
        st.session_state[_EPOCH] = current_epoch(replay)
        slider_column.slider(t("replay.epoch"), 1, replay.epochs, key=_EPOCH, disabled=playing(), on_change=_scrubbed)


def _note(replay: Replay, results: dict) -> str:
    """What the replay shows; a run cut short before it reported its predictions has only its losses to replay."""
    snapshots = next(iter(results.values())).snapshots
    times = {"span": f"{replay.span:.1f}", "slowest": f"{replay.duration(SPEEDS[-1]):.1f}", "speed": f"{SPEEDS[-1]:g}"}
    if len(snapshots) < 2:
        return t("replay.note_losses_only", **times)
    return t("replay.note", every=snapshots[1][0] - snapshots[0][0], **times)
