"""The training page's controls, data preview and run handling: what happens before the results."""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import math
import os
import time
import uuid

import pandas as pd
import streamlit as st

from rnn_core.data import dataset_for, preview_text, series_frame
from rnn_core.models import ACTIVATION_NAMES, ACTIVATIONS, CELL_NAMES, CELLS
from rnn_core.settings import ABANDON_ENV, ServerSettings, parse_settings, settings_from_environment  # noqa: F401 (ABANDON_ENV for tests)
from rnn_core.training import DIVERGENCE_DEMO, TrainingResult, TrainingSettings, scaler_for, train
from ui.chart_export import show_chart
from ui.charts import titles_for
from ui.charts.training import GROWING_DATA, TITLE_KEYS, growing_loss_chart, series_chart
from ui.i18n import current, t
from ui.layout import notice
from ui.quiz import quiz
from ui.run_store import RunStore, RunView, ViewProgress
from ui.state import apply_values, limits, reset_settings
from ui.theme import presenter_requested, presenter_scale
from ui.views.training_data import draw_own_data_notes, draw_task
from ui.views.training_prediction import ask_before_training, keep_prediction

PAGE = "training"
VIEW = "training.view"  # the RunView this session shows; replaced whole, never edited in place
ACTION = "training.action"  # "train" or "stop", set by a button's callback and acted on once
URL_READ = "training.url_read"  # `?run=1` is honoured once, on the session's first visit
WATCHER = "training.watcher"  # this session's id in the shared store
LABELS = ACTIVATION_NAMES


def abandon_after() -> float:
    """How long a run goes on once no session polls it (a closed tab): `RNN_LAB_ABANDON_SECONDS`, default 10 s."""
    settings, problems = settings_from_environment(ServerSettings, os.environ)
    for problem in problems:
        logging.getLogger(__name__).warning(
            "%s=%r: %s; using %s", problem.name, problem.raw, problem.reason, problem.fallback
        )
    return settings.abandon_seconds


@st.cache_resource(show_spinner=False)
def shared_runs() -> RunStore:
    """One store per server: identical settings share one run, at most 48 finished runs are kept."""
    return RunStore(train, max_entries=48, workers=2, abandon_after=abandon_after())


SCALE_MATTERS_ABOVE = 1.5  # values beyond this reach past tanh's and sigmoid's range of outputs


def number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    return f"{value:.3g}" if abs(value) < 1e4 or value == 0 else f"{value:.2e}"


def sequence_text(values) -> str:
    """Numbers as the notes write them: 10.0, 10.1, 10.2."""
    texts = [f"{v:.6g}" for v in values]
    return ", ".join(text if any(c in text for c in ".en") else text + ".0" for text in texts)


def window_text(values) -> str:
    return f"[{sequence_text(values)}]"


def texts(prefix: str, options) -> dict[str, str]:
    """Option labels in the current language, fixed when drawn (a widget keeps the labels it was drawn with)."""
    return {option: t(f"{prefix}.{option}") for option in options}


# ----- controls ---------------------------------------------------------------------------------


def _limits(name: str) -> dict:
    return limits(TrainingSettings, name)


def clamp_epochs(key) -> None:
    """Show the epochs that will really be used: when samples × window (or the batch) leave room for fewer,
    the box is set to the most that fit, with a note, before it is drawn (the rule lives in TrainingSettings).
    """
    names = {"samples": "samples", "window": "window", "batch": "batch_size", "epochs": "epochs"}
    raw = {url: st.session_state.get(key(name)) for url, name in names.items()}
    _, problems = parse_settings(TrainingSettings, raw)
    most = next((p.details.get("high") for p in problems if p.name == "epochs" and p.reason == "out_of_range"), None)
    if most is not None and isinstance(raw["epochs"], int) and raw["epochs"] > most:
        st.session_state[key("epochs")] = int(most)
        st.caption(t("training.epochs_clamped", asked=raw["epochs"], most=int(most)))


def draw_controls(key, own=None) -> None:
    """The controls a lesson changes most, then the rest in a folded group: the Train button stays in view."""
    draw_task(key, own)  # the sequence, and with "your sequence" the boxes that read it (ui/views/training_data.py)
    st.segmented_control(
        t("training.activation"), ACTIVATIONS, format_func=LABELS.get, required=True, key=key("activation")
    )
    st.toggle(t("training.compare"), help=t("training.compare_help"), key=key("compare"))
    # On a projector the controls' column is narrow and the long label took three lines, pushing Train below the screen.
    with st.expander(t("training.more_settings_short" if presenter_requested() else "training.more_settings")):
        data, model = st.columns(2)
        data.number_input(t("training.samples"), step=10, **_limits("samples"), key=key("samples"))
        data.number_input(t("training.window"), step=1, **_limits("window"), key=key("window"))
        data.number_input(t("training.batch"), step=1, **_limits("batch_size"), key=key("batch_size"))
        model.selectbox(t("training.cell"), CELLS, format_func=CELL_NAMES.get, key=key("cell"))
        model.number_input(
            t("training.lr"), step=0.001, format="%g", **_limits("learning_rate"), key=key("learning_rate")
        )
        st.toggle(t("training.scale"), help=t("training.scale_help"), key=key("scale"))
    clamp_epochs(key)
    epochs, units, seed = st.columns(3)
    epochs.number_input(t("training.epochs"), step=10, **_limits("epochs"), key=key("epochs"))
    units.number_input(t("training.units"), step=1, **_limits("units"), key=key("units"))
    seed.number_input(t("training.seed"), step=1, **_limits("seed"), key=key("seed"))


def _ask(action: str) -> None:
    st.session_state[ACTION] = action


def _show_divergence() -> None:
    reset_settings(TrainingSettings, PAGE)
    apply_values(TrainingSettings, PAGE, **DIVERGENCE_DEMO)
    st.session_state[ACTION] = "train"


def _back_to_lecture() -> None:
    """Every field back to the lecture's experiment; the URL follows on this run, so a reload keeps it."""
    apply_values(TrainingSettings, PAGE, **dataclasses.asdict(TrainingSettings()))


def draw_data(settings: TrainingSettings) -> None:
    """The sequence the model learns (the picture before any run), its scale, and the windows as printed (folded)."""
    dataset = dataset_for(settings)
    st.markdown(f"**{t('training.data_title')}**")
    show_chart(
        series_chart(series_frame(dataset), titles_for(TITLE_KEYS, t)), "training_data", title=t("training.data_title")
    )
    notice("training.notice.data")
    largest = float(abs(dataset.series).max())
    if largest > SCALE_MATTERS_ABOVE:  # within about ±1 (the sine tasks) the reasons below do not hold
        st.caption(t("training.scale_why", largest=number(largest)))
    if settings.scale:
        scaler = scaler_for(settings)
        st.caption(t("training.scale_on", low=number(scaler.low), high=number(scaler.high)))
    draw_own_data_notes(settings, largest, SCALE_MATTERS_ABOVE)  # source, split, link, privacy, scaling offer
    with st.expander(t("training.preview_caption")):
        st.code(preview_text(dataset, 5), language=None)
        st.caption(t("training.data_shape", samples=dataset.samples, window=settings.window))


# ----- running ----------------------------------------------------------------------------------


def request_runs(settings: TrainingSettings) -> dict[str, TrainingSettings]:
    """One single-activation run per activation shown: a compare view shares them with single views.

    Not `train_compare` (three in one compiled call): with thirty compare views it measured no less
    CPU per student (1.03 s against 1.02 s, bench/classroom_protocol.py --views compare), its graph
    is one more trace to hold, and its runs could not be shared with single-activation links.
    """
    return {a: settings.for_activation(a) for a in settings.activations}


def act_on_clicks(settings: TrainingSettings) -> RunView | None:
    """Start or stop a run if a button (or `?run=1` on the first visit) asked for it; return the view to show."""
    store = shared_runs()
    me = st.session_state.setdefault(WATCHER, uuid.uuid4().hex)
    view: RunView | None = st.session_state.get(VIEW)
    if URL_READ not in st.session_state:
        st.session_state[URL_READ] = True
        if st.query_params.get("run") == "1":
            st.session_state[ACTION] = "train"
    # Act on a click before drawing anything, so an interrupted run cannot lose it half-way.
    action = st.session_state.pop(ACTION, None)
    if action == "train":
        keep_prediction(settings)  # the pick under the Train button, graded when this run ends
        view = st.session_state[VIEW] = store.start(settings, request_runs(settings), me, view)
    elif action == "stop" and view is not None and view.results is None:
        view = st.session_state[VIEW] = store.stop(view, me, TrainingResult.stopped)
    return view


def diverge_quiz() -> None:
    """What a learning rate of 300 does, asked above the "Show a divergence" button that answers it with a real run."""
    quiz(
        "training.diverge",
        t("training.quiz.diverge.q"),
        ["fall", "nan", "flat"],
        "nan",
        t("training.quiz.diverge.why"),
        format_func=texts("training.quiz.diverge", ("fall", "nan", "flat")).get,
    )


def draw_stop_button(slot, running: bool, key: str = "training.stop") -> None:
    slot.button(
        t("training.stop"),
        icon=":material/stop:",
        disabled=not running,
        width="stretch",
        on_click=_ask,
        args=("stop",),
        key=key,
    )


def draw_run_buttons(running: bool, settings: TrainingSettings):
    """Train and Stop, the prediction asked before a run, the divergence demo and the lecture's settings.

    Returns Stop's slot for `follow_run`.
    """
    train_column, stop_column = st.columns(2)
    ask_before_training(settings)  # predict first: the question about the run Train starts, just under it
    demo_column, notes_column = st.container(), st.container()  # full width: their labels are long
    train_column.button(
        t("training.train"),
        type="primary",
        icon=":material/play_arrow:",
        width="stretch",
        on_click=_ask,
        args=("train",),
        key="training.train",
    )
    stop_slot = stop_column.empty()
    draw_stop_button(stop_slot, running)
    # The question folds: on a phone the columns stack, and open it pushed the run's loss curve 1.5 screens
    # below Train. The button that answers it stays in sight under it.
    with demo_column.expander(t("training.demo_section")):
        diverge_quiz()
    demo_column.button(
        t("training.demo"),
        help=t("training.demo_help"),
        on_click=_show_divergence,
        key="training.demo",
        width="stretch",
    )
    notes_column.button(
        t("training.lecture_defaults"), on_click=_back_to_lecture, key="training.notes", width="stretch"
    )
    return stop_slot


# How often a session following a run redraws its progress (each poll is a redraw the server pays
# for, thirty times over in a class); a run that starts or ends is shown at once regardless.
POLL_SECONDS = 0.25  # while training: the bar and the growing curve move several times a second
QUEUED_POLL_SECONDS = 1.0  # while waiting: only "n runs ahead of yours" can change


@functools.lru_cache(maxsize=16)
def growing_curve(activations: tuple[str, ...], language: str, scale: float) -> dict:
    """The growing loss curve's Vega-Lite spec without its rows, built once per server, language and presenter
    scale (`to_dict()` writes the session's chart fonts, ui/theme.py, into the spec)."""
    return growing_loss_chart(activations, titles_for(TITLE_KEYS, t)).to_dict()


def growing_rows(runs: dict[str, TrainingResult]) -> pd.DataFrame:
    """Every loss a log axis can place (finite, above 0) as rows of (epoch, activation, loss).

    What `split_finite(losses_frame(runs), "loss", positive=True)` keeps, built in one go: it is
    redrawn on every poll of every session following a run.
    """
    rows = [
        (epoch, activation, loss)
        for activation, run in runs.items()
        for epoch, loss in enumerate(run.losses, start=1)
        if math.isfinite(loss) and loss > 0
    ]
    return pd.DataFrame(rows, columns=["epoch", "activation", "loss"])


def growing_curve_with(runs: dict[str, TrainingResult]) -> dict:
    """The growing curve's spec with these snapshots' losses as its rows (a fresh dict: Streamlit edits it)."""
    spec = copy.deepcopy(growing_curve(tuple(runs), current(), presenter_scale()))
    spec["datasets"] = {GROWING_DATA: growing_rows(runs)}
    return spec


def progress_drawer(settings: TrainingSettings):
    """A callback for RunStore.follow_view that redraws the progress bar and, when it grew, the loss curve."""
    bar, chart = st.progress(0.0), st.empty()
    started, total, drawn = time.monotonic(), settings.epochs * len(settings.activations), [None]

    def draw(progress: ViewProgress) -> None:
        runs = progress.snapshots
        done = sum(settings.epochs if a in progress.finished else r.epochs_run for a, r in runs.items())
        if progress.runs_ahead is not None:
            text = t("training.queued", ahead=progress.runs_ahead)
        elif not runs:
            text = t("training.starting")
        else:
            seconds = f"{time.monotonic() - started:.1f}"
            if len(settings.activations) > 1:  # the count runs over every activation's epochs
                text = t(
                    "training.progress_compare",
                    epoch=done,
                    epochs=total,
                    runs=len(settings.activations),
                    seconds=seconds,
                )
            else:
                text = t("training.progress", epoch=done, epochs=total, seconds=seconds)
        bar.progress(min(done / total, 1.0), text=text)  # an st call every poll: a click can interrupt here
        signature = tuple(r.epochs_run for r in runs.values())
        if runs and signature != drawn[0]:  # only a curve that grew is sent again
            chart.vega_lite_chart(growing_curve_with(runs), width="stretch")
            drawn[0] = signature

    return draw, (bar, chart)


def follow_run(view: RunView | None, stop_slot=None) -> RunView | None:
    """While the view's run is training, draw its progress until it ends; return the finished view.

    The same script run then goes on to draw the results: a click costs one script run, not two.
    Only the Stop button above was drawn for a running run; it is drawn again, disabled, in its slot
    (under a key of its own, as one script run cannot draw a key twice).
    """
    if view is not None and view.results is None:
        draw_progress, placeholders = progress_drawer(view.request)
        view = shared_runs().follow_view(
            view,
            st.session_state[WATCHER],
            draw_progress,
            poll_seconds=POLL_SECONDS,
            cut_short=TrainingResult.stopped,
            queued_poll_seconds=QUEUED_POLL_SECONDS,
        )
        st.session_state[VIEW] = view
        for placeholder in placeholders:
            placeholder.empty()
        if view.results is not None and stop_slot is not None:
            draw_stop_button(stop_slot, running=False, key="training.stop.ended")
    return view
