"""The gradient page's later sections: gradients across training, long-term memory, and the remedies."""

import threading
from collections import OrderedDict

import numpy as np
import pandas as pd
import streamlit as st

from rnn_core import gradients_in_training as training
from rnn_core import lag_sweep
from rnn_core.gradients import GradientSettings
from rnn_core.gradients_in_training import RATIOS_FIELDS, TRAINING_FIELDS
from rnn_core.long_term import DEFAULT_BUDGET, MODEL_KINDS, lag_error
from rnn_core.settings import depends_on
from ui.charts import gradients as charts
from ui.i18n import t
from ui.layout import notice
from ui.quiz import folded
from ui.share import csv_download
from ui.views.gradients import ACTIVATION_NAMES, DEFAULTS, PAGE, clipping_quiz, compute_through_time, readable

TRAINED_KEEP = 32  # trained results kept per server (the default and the last few settings students asked for)


class TrainedResults:
    """Results of the sections that train, shared by the server: each trains only when a student asks.

    Unlike st.cache_data, looking a key up never computes it, so a control that moves to a setting
    nobody has trained shows a Train button instead of starting a run.
    """

    def __init__(self, keep: int = TRAINED_KEEP):
        self._results: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._keep = keep

    def get(self, key):
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
            return self._results.get(key)

    def put(self, key, value) -> None:
        with self._lock:
            self._results[key] = value
            self._results.move_to_end(key)
            while len(self._results) > self._keep:
                self._results.popitem(last=False)


@st.cache_resource(show_spinner=False)
def trained_results() -> TrainedResults:
    return TrainedResults()


@st.cache_data(max_entries=1, show_spinner=False)
def cached_sweep():
    return lag_sweep.load_sweep()


def train_when_asked(key, default_key, compute, button_label: str, button_key: str):
    """The result for `key`: from the shared store; trained at once for the page's default setting, which
    is the same for everyone (so it trains once per server); otherwise only when the student presses the button.
    """
    store = trained_results()
    result = store.get(key)
    if result is not None:
        return result
    pressed = key == default_key
    if not pressed:
        st.info(t("gradients.train_needed"), icon="🏋️")
        pressed = st.button(button_label, key=button_key, type="primary", icon=":material/play_arrow:")
    if not pressed:
        return None
    progress = st.progress(0.0, text=t("gradients.training_progress", done=0, total="…"))

    def report(done, total, *_):
        progress.progress(min(done / max(total, 1), 1.0), text=t("gradients.training_progress", done=done, total=total))

    result = compute(report)
    progress.empty()
    store.put(key, result)
    return result


def training_section(settings: GradientSettings) -> None:
    """Section 3: the gradient reaching each input step, epoch by epoch, while a SimpleRNN learns the lag task."""
    st.subheader(t("gradients.training.title"))
    st.markdown(
        t(
            "gradients.training.intro",
            activation=ACTIVATION_NAMES[settings.activation],
            gain=f"{settings.gain:g}",
            init=t(f"gradients.init.{settings.init}"),
            lag=settings.lag,
        )
    )
    key = depends_on(settings, TRAINING_FIELDS)
    result = train_when_asked(
        ("heatmap", key),
        ("heatmap", depends_on(DEFAULTS, TRAINING_FIELDS)),
        lambda report: training.gradients_across_training(key, on_chunk=report),
        t("gradients.train_heatmap", epochs=DEFAULT_BUDGET.epochs),
        f"{PAGE}.train.heatmap",
    )
    if result is None:
        return
    titles = {
        "step": t("gradients.axis.input_step"),
        "epoch": t("gradients.axis.epoch"),
        "color": "log₁₀ ‖∂L/∂x_t‖",
        "loss": t("gradients.axis.loss"),
    }
    diverged = result.losses[~np.isfinite(result.losses["loss"])]
    if len(diverged):
        st.error(t("gradients.training.diverged", epoch=int(diverged["epoch"].min())), icon="💥")
    if len(diverged) < len(result.losses):  # at least one epoch left to draw
        heat_column, loss_column = st.columns([3, 1])
        heat_column.altair_chart(charts.training_heatmap(result.gradients, titles), width="stretch")
        loss_column.altair_chart(charts.loss_curve(result.losses, titles), width="stretch")
        last_epoch = result.gradients[result.gradients["epoch"] == result.gradients["epoch"].max()]
        first, final = last_epoch.iloc[0]["input_gradient"], last_epoch.iloc[-1]["input_gradient"]
        notice(
            "gradients.training.notice",
            ratio=readable(first / final) if final > 0 else "—",
            loss=f"{result.losses['loss'].iloc[-1]:.3g}",
        )
    csv_download(result.gradients, "gradients_across_training.csv", key=f"{PAGE}.csv.training")


def model_labels() -> dict[str, str]:
    return {kind: t(f"gradients.model.{kind}") for kind in MODEL_KINDS}


def run_live_point(settings: GradientSettings) -> None:
    """'Run it yourself': train one model at the current lag and add its error to the chart."""
    with st.form(f"{PAGE}.live.form", border=False):
        model_column, button_column = st.columns([3, 1], vertical_alignment="bottom")
        kind = model_column.selectbox(
            t("gradients.live.model"), MODEL_KINDS, key=f"{PAGE}.live.kind", format_func=model_labels().get
        )
        submitted = button_column.form_submit_button(t("gradients.live.run", lag=settings.lag), width="stretch")
    if submitted:
        progress = st.progress(0.0, text=t("gradients.live.progress", done=0, total="…"))

        def report(done, total):
            progress.progress(done / total, text=t("gradients.live.progress", done=done, total=total))

        error = lag_error(kind, settings.lag, settings.units, seed=settings.seed, on_chunk=report)
        progress.empty()
        points = st.session_state.setdefault(f"{PAGE}.live.points", [])
        points.append(
            {"kind": kind, "lag": settings.lag, "units": settings.units, "seed": settings.seed, "error": error}
        )


def long_term_section(settings: GradientSettings) -> None:
    """Section 4: the longest lag each model learned (the shipped sweep) and points the student trains live."""
    st.subheader(t("gradients.long_term.title"))
    budget = DEFAULT_BUDGET
    st.markdown(
        t(
            "gradients.long_term.intro",
            epochs=budget.epochs,
            samples=budget.samples,
            lr=f"{budget.learning_rate:g}",
            units=lag_sweep.SWEEP_UNITS,
        )
    )
    try:
        sweep = cached_sweep()
    except (OSError, ValueError):
        st.error(t("gradients.long_term.missing"))
        return
    summary = lag_sweep.sweep_summary(sweep)
    run_live_point(settings)
    live = pd.DataFrame(
        st.session_state.get(f"{PAGE}.live.points", []), columns=["kind", "lag", "units", "seed", "error"]
    )
    titles = {
        "lag": t("gradients.axis.lag"),
        "error": t("gradients.axis.error"),
        "chance": t("gradients.chance"),
        "live": t("gradients.live.source"),
    }
    st.altair_chart(charts.lag_chart(summary, live, model_labels(), titles), width="stretch")
    if len(live):
        shown = live.assign(model=live["kind"].map(model_labels())).drop(columns="kind")
        st.dataframe(shown[["model", "lag", "units", "seed", "error"]], hide_index=True, width="stretch")
    held = {kind: lag_sweep.largest_lag_held(summary, kind) for kind in ("simplernn", "lstm", "lstm_default")}
    notice(
        "gradients.long_term.notice",
        **{kind: (f"{lag}" if lag is not None else "—") for kind, lag in held.items()},
        units=lag_sweep.SWEEP_UNITS,
        seeds=len(lag_sweep.SWEEP_SEEDS),
    )
    csv_download(sweep, "lag_sweep.csv", key=f"{PAGE}.csv.sweep")


def draw_clipping(settings: GradientSettings) -> None:
    setup = training.ClippingSetup()
    st.markdown(t("gradients.clipping.title"))
    st.markdown(
        t(
            "gradients.clipping.intro",
            gain=f"{setup.gain:g}",
            lag=setup.lag,
            lr=f"{setup.learning_rate:g}",
            clipnorm=f"{setup.clipnorm:g}",
            clipvalue=f"{setup.clipvalue:g}",
        )
    )
    losses = train_when_asked(  # clipping_comparison reads the seed alone
        ("clipping", settings.seed),
        ("clipping", DEFAULTS.seed),
        lambda report: training.clipping_comparison(seed=settings.seed, on_chunk=report),
        t("gradients.train_clipping", seed=settings.seed),
        f"{PAGE}.train.clipping",
    )
    if losses is None:
        return
    labels = {mode: t(f"gradients.clip.{mode}") for mode in training.CLIP_MODES}
    titles = {"epoch": t("gradients.axis.epoch"), "loss": t("gradients.axis.loss")}
    st.altair_chart(charts.clipping_chart(losses, labels, titles), width="stretch")
    bad = charts.first_undrawable(losses, "loss", "clipping", "epoch")
    for row in bad.itertuples(index=False):
        st.error(t(f"gradients.clipping.{row.kind}", option=labels[row.clipping], epoch=int(row.epoch)), icon="💥")
    final = losses.groupby("clipping")["loss"].last()
    notice("gradients.clipping.notice", clipnorm=f"{final['clipnorm']:.3g}", clipvalue=f"{final['clipvalue']:.3g}")
    csv_download(losses, "clipping.csv", key=f"{PAGE}.csv.clipping")


def draw_lstm() -> None:
    st.markdown(t("gradients.lstm.title"))
    labels = {
        name: t(f"gradients.lstm.{name}")
        for name in ("c_prev", "c_next", "forget", "write", "inputs", "output", "h_next", "highway")
    }
    st.graphviz_chart(charts.lstm_cell_dot(labels), width="stretch")
    st.latex(r"c_t = f_t \odot c_{t-1} + i_t \odot \tilde c_t \qquad \frac{\partial c_t}{\partial c_{t-1}} = f_t")
    st.markdown(t("gradients.lstm.lines"))


def draw_misconception(settings: GradientSettings) -> None:
    """A claim, the question about it, and the table that settles it (folded until answered)."""
    st.markdown(t("gradients.myth.title"))
    st.info(t("gradients.myth.claim"), icon="🤔")
    if not clipping_quiz():
        folded()
        return
    key = depends_on(settings, RATIOS_FIELDS)
    comparison = training.clipping_keeps_ratios(compute_through_time(key), key.activation)
    table = pd.DataFrame(
        {
            t("gradients.myth.when"): [t(f"gradients.myth.{when}") for when in comparison["when"]],
            "|∂L/∂x_1|": comparison["first_step"],
            "|∂L/∂x_T|": comparison["last_step"],
            t("gradients.myth.ratio"): comparison["ratio"],
        }
    )
    number = st.column_config.NumberColumn(format="%.3e")
    st.dataframe(table, hide_index=True, column_config={c: number for c in table.columns[1:]}, width="stretch")
    st.markdown(t("gradients.myth.answer", activation=ACTIVATION_NAMES[settings.activation], steps=settings.steps))


def remedies_section(settings: GradientSettings) -> None:
    """Section 5: clipping, the LSTM's cell state, IRNN, and the misconception about clipping (asked first)."""
    st.subheader(t("gradients.remedies.title"))
    draw_clipping(settings)
    draw_lstm()
    st.markdown(t("gradients.irnn"))
    draw_misconception(settings)
