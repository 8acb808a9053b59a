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
from ui.chart_export import show_chart
from ui.charts import gradients as charts
from ui.charts import titles_for
from ui.i18n import t
from ui.layout import notice
from ui.quiz import folded
from ui.share import csv_download
from ui.views.gradients import ACTIVATION_NAMES, DEFAULTS, PAGE, clipping_quiz, compute_through_time, readable

TRAINED_KEEP = 32  # trained results kept per server (the default and the last few settings students asked for)

CHANCE_LOSS = 1 / 3  # mean squared error of always answering 0, the mean of values uniform in [−1, 1]


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


def train_when_asked(key, default_key, compute, total: int, button_label: str, button_key: str):
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

    runs = {"before": 0, "last": 0}  # epochs of earlier runs (clipping trains three in a row), the last count

    def report(done, *_):
        if done <= runs["last"]:  # a new run started counting from its first chunk again
            runs["before"] += runs["last"]
        runs["last"] = done
        so_far = runs["before"] + done
        progress.progress(min(so_far / total, 1.0), text=t("gradients.training_progress", done=so_far, total=total))

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
        lambda report: training.gradients_across_training(key, on_chunk_end=report),
        DEFAULT_BUDGET.epochs,
        t("gradients.train_heatmap", epochs=DEFAULT_BUDGET.epochs),
        f"{PAGE}.train.heatmap",
    )
    if result is None:
        return
    titles = titles_for(charts.TITLE_KEYS, t)
    diverged = result.losses[~np.isfinite(result.losses["loss"])]
    if len(diverged):
        st.error(t("gradients.training.diverged", epoch=int(diverged["epoch"].min())), icon="💥")
    if len(diverged) < len(result.losses):  # at least one epoch left to draw
        heat_column, loss_column = st.columns([3, 1])
        show_chart(charts.training_heatmap(result.gradients, titles), "gradients_heatmap", container=heat_column)
        show_chart(charts.loss_curve(result.losses, titles), "gradients_training_loss", container=loss_column)
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

        def report(done, _losses, total=DEFAULT_BUDGET.epochs):
            progress.progress(done / total, text=t("gradients.live.progress", done=done, total=total))

        error = lag_error(kind, settings.lag, settings.units, seed=settings.seed, on_chunk_end=report)
        progress.empty()
        points = st.session_state.setdefault(f"{PAGE}.live.points", [])
        points.append(
            {"kind": kind, "lag": settings.lag, "units": settings.units, "seed": settings.seed, "error": error}
        )


def held_sentences(summary: pd.DataFrame) -> str:
    """How far each model held in the sweep, said from the sweep itself, and where the default LSTM fell short."""
    lags = sorted(summary["lag"].unique())
    labels, held = model_labels(), {kind: lag_sweep.largest_lag_held(summary, kind) for kind in MODEL_KINDS}
    sentences = []
    for kind, lag in held.items():
        if lag is None:
            sentences.append(t("gradients.long_term.held_none", model=labels[kind], lag=lags[0]))
        else:
            key = "gradients.long_term.held_all" if lag == lags[-1] else "gradients.long_term.held"
            sentences.append(t(key, model=labels[kind], lag=lag))
    default, simple = held["lstm_default"] or 0, held["simplernn"] or 0
    if default < simple:
        sentences.append(t("gradients.long_term.default_worse", lstm_default=default or "—", simplernn=simple))
    return " ".join(sentences)


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
    titles = titles_for(charts.TITLE_KEYS, t)
    show_chart(charts.lag_chart(summary, live, model_labels(), titles), "gradients_lag")
    if len(live):
        columns = ["model", "lag", "units", "seed", "error"]
        shown = live.assign(model=live["kind"].map(model_labels()))[columns]
        st.dataframe(
            shown.rename(columns={c: t(f"gradients.col.{c}") for c in columns}), hide_index=True, width="stretch"
        )
    notice(
        "gradients.long_term.notice",
        held=held_sentences(summary),
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
        lambda report: training.clipping_comparison(seed=settings.seed, on_chunk_end=report),
        len(training.CLIP_MODES) * training.ClippingSetup().epochs,
        t("gradients.train_clipping", seed=settings.seed),
        f"{PAGE}.train.clipping",
    )
    if losses is None:
        return
    labels = {mode: t(f"gradients.clip.{mode}") for mode in training.CLIP_MODES}
    titles = titles_for(charts.TITLE_KEYS, t)
    show_chart(charts.clipping_chart(losses, labels, titles), "gradients_clipping")
    bad = charts.first_undrawable(losses, "loss", "clipping", "epoch")
    for row in bad.itertuples(index=False):
        st.error(t(f"gradients.clipping.{row.kind}", option=labels[row.clipping], epoch=int(row.epoch)), icon="💥")
    final = losses.groupby("clipping")["loss"].last()
    clipped = final[["clipnorm", "clipvalue"]]
    learned = clipped[clipped < CHANCE_LOSS / 2]  # NaN compares False, so a run that diverged never counts
    diverged = clipped[~np.isfinite(clipped.to_numpy(dtype=float))]
    if len(diverged):
        learned_text = t("gradients.clipping.still_nan", option=labels[diverged.index[0]])
    elif len(learned):
        learned_text = t("gradients.clipping.learned", option=labels[learned.idxmin()], chance=f"{CHANCE_LOSS:.2f}")
    else:
        learned_text = t("gradients.clipping.not_learned", chance=f"{CHANCE_LOSS:.2f}")
    notice(
        "gradients.clipping.notice",
        clipnorm=f"{final['clipnorm']:.3g}",
        clipvalue=f"{final['clipvalue']:.3g}",
        learned=learned_text,
    )
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
