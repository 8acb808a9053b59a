"""Gradient problems: why a simple RNN's feedback loop makes its state blow up and its gradients vanish
or explode, measured on real Keras layers beside the Pascanu–Mikolov–Bengio (2013) bound; what that
does to learning a long-term dependency; and what clipping, the LSTM's cell state and IRNN change.

`?activation=tanh&gain=1.0&steps=50&units=20&lag=20` reproduces a view.
"""

import dataclasses

import numpy as np
import pandas as pd
import streamlit as st

from rnn_core import gradients_in_training as training
from rnn_core import lag_sweep
from rnn_core.gradients import (
    INPUT_KINDS,
    RECURRENT_INITS,
    GradientSettings,
    gradients_through_time,
    regime,
    relu_outcome,
    state_norms,
)
from rnn_core.long_term import DEFAULT_BUDGET, MODEL_KINDS, lag_error
from rnn_core.models import ACTIVATIONS
from ui.charts import gradients as charts
from ui.i18n import t
from ui.layout import notice, page_header
from ui.quiz import quiz
from ui.share import csv_download, share_link
from ui.state import apply_values, show_problems, sync_url, use_settings

PAGE = "gradients"
DEFAULTS = GradientSettings()
ACTIVATION_NAMES = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid"}
PRESETS = {
    "vanishing": {"activation": "sigmoid", "gain": 0.8, "steps": 50, "init": "orthogonal", "input_kind": "random"},
    "exploding": {"activation": "relu", "gain": 1.5, "steps": 100, "init": "identity", "input_kind": "constant"},
    "overflow": {"activation": "relu", "gain": 2.0, "steps": 200, "init": "identity", "input_kind": "constant"},
    "irnn": {"activation": "relu", "gain": 1.0, "init": "identity", "input_kind": "random"},
    "defaults": {f.name: getattr(DEFAULTS, f.name) for f in dataclasses.fields(GradientSettings)},
}


# Each cache key holds only the settings its result depends on, so moving the lag slider does not
# recompute the charts of sections 1 and 2, and changing the steps does not retrain the heatmap.
@st.cache_data(max_entries=64, show_spinner=False)
def cached_feedback(settings: GradientSettings):
    return state_norms(settings), gradients_through_time(settings)


@st.cache_data(max_entries=32, ttl=3600, show_spinner=False)
def cached_training_gradients(settings: GradientSettings):
    return training.gradients_across_training(settings)


@st.cache_data(max_entries=8, show_spinner=False)
def cached_clipping(seed: int):
    return training.clipping_comparison(seed=seed)


@st.cache_data(max_entries=1, show_spinner=False)
def cached_sweep():
    return lag_sweep.load_sweep()


def draw_controls(key) -> None:
    with st.container(border=True):
        first = st.columns([3, 3, 3, 1, 1])
        first[0].segmented_control(
            t("gradients.activation"),
            ACTIVATIONS,
            key=key("activation"),
            format_func=ACTIVATION_NAMES.get,
            required=True,
        )
        first[1].slider(t("gradients.gain"), min_value=0.5, max_value=2.0, step=0.05, key=key("gain"))
        first[2].slider(t("gradients.steps"), min_value=1, max_value=200, key=key("steps"))
        first[3].number_input(t("gradients.units"), min_value=1, max_value=64, step=1, key=key("units"))
        first[4].number_input(t("gradients.seed"), min_value=0, max_value=9999, step=1, key=key("seed"))
        second = st.columns([3, 3, 3, 2])
        second[0].segmented_control(
            t("gradients.input"),
            INPUT_KINDS,
            key=key("input_kind"),
            format_func=lambda k: t(f"gradients.input.{k}"),
            required=True,
        )
        second[1].segmented_control(
            t("gradients.init"),
            RECURRENT_INITS,
            key=key("init"),
            format_func=lambda k: t(f"gradients.init.{k}"),
            required=True,
        )
        second[2].slider(t("gradients.lag"), min_value=5, max_value=100, key=key("lag"), help=t("gradients.lag_help"))
        draw_presets()


def draw_presets() -> None:
    """One-click views; each sets its fields before the widgets are drawn on the next run."""
    label, *buttons = st.columns([2] * (len(PRESETS) + 1), vertical_alignment="center")
    label.caption(t("gradients.presets"))
    for column, name in zip(buttons, PRESETS, strict=True):
        column.button(
            t(f"gradients.preset.{name}"),
            key=f"{PAGE}.preset.{name}",
            on_click=apply_values,
            args=(GradientSettings, PAGE),
            kwargs=PRESETS[name],
            width="stretch",
        )


def undrawable_note(frame, column, at, message_key) -> None:
    """Say in words what a log scale had to leave out: overflow to inf, NaN, or an exact 0."""
    bad = charts.first_undrawable(frame, column, "activation", at, positive=True)
    lines = [
        t(f"gradients.undrawable.{row.kind}", activation=ACTIVATION_NAMES[row.activation], at=int(getattr(row, at)))
        for row in bad.itertuples(index=False)
    ]
    if lines:
        st.warning(t(message_key) + "\n\n" + "\n".join(f"- {line}" for line in lines), icon="⚠️")


def draw_stability(settings: GradientSettings, norms: pd.DataFrame) -> None:
    st.subheader(t("gradients.stability.title"))
    st.markdown(t("gradients.stability.intro"))
    st.latex(r"h_t = f\left(x_t W_x + h_{t-1} W_h + b\right),\qquad W_h = g \cdot Q,\quad Q^\top Q = I")
    overflow = charts.first_undrawable(norms, "state_norm", "activation", "step", positive=True)
    overflow = overflow[overflow["kind"] != "zero"]
    titles = {"step": t("gradients.axis.step"), "norm": "‖h_t‖", "overflow": t("gradients.overflow_label")}
    st.altair_chart(charts.state_norm_chart(norms, overflow, titles), width="stretch")
    undrawable_note(norms, "state_norm", "step", "gradients.stability.undrawable")
    last = norms[norms["step"] == settings.steps].set_index("activation")["state_norm"]
    notice(
        "gradients.stability.notice",
        ceiling=f"{np.sqrt(settings.units):.2g}",
        relu=f"{last['relu']:.3g}",
        steps=settings.steps,
    )
    csv_download(norms, "state_norms.csv", key=f"{PAGE}.csv.norms")


def draw_regimes(settings: GradientSettings) -> None:
    columns = st.columns(len(ACTIVATIONS))
    for column, activation in zip(columns, ACTIVATIONS, strict=True):
        factor = settings.gain * (0.25 if activation == "sigmoid" else 1.0)
        name = regime(settings.gain, activation)
        color = {"vanishing": "blue", "neutral": "gray", "exploding_possible": "orange"}[name]
        with column:
            gamma = factor / settings.gain
            st.markdown(
                f"**{ACTIVATION_NAMES[activation]}** · σ_max·γ = {settings.gain:g} × {gamma:g} = **{factor:.3g}**"
            )
            st.badge(t(f"gradients.regime.{name}"), color=color)


def draw_through_time(settings: GradientSettings, through_time: pd.DataFrame, norms: pd.DataFrame) -> None:
    st.subheader(t("gradients.through_time.title"))
    st.markdown(t("gradients.through_time.intro"))
    st.latex(
        r"\left\lVert \frac{\partial h_T}{\partial h_t} \right\rVert \le \left(\sigma_{\max}(W_h)\,\gamma\right)^{T-t},"
        r"\qquad \gamma = \max |f'| = \begin{cases} 1 & \tanh,\ \mathrm{ReLU} \\ 1/4 & \mathrm{sigmoid} \end{cases}"
    )
    draw_regimes(settings)
    titles = {
        "distance": t("gradients.axis.distance"),
        "gradient": t("gradients.axis.gradient"),
        "state_gradient": "‖∂h_T/∂h_t‖",
        "input_gradient": "|∂L/∂x_t|",
        "bound": t("gradients.bound"),
    }
    state_column, input_column = st.columns(2)
    with state_column:
        st.markdown(t("gradients.through_time.state_title"))
        st.altair_chart(charts.gradient_chart(through_time, "state_gradient", titles), width="stretch")
    with input_column:
        st.markdown(t("gradients.through_time.input_title"))
        st.altair_chart(charts.gradient_chart(through_time, "input_gradient", titles), width="stretch")
    undrawable_note(through_time, "state_gradient", "distance", "gradients.through_time.undrawable")
    overflow = charts.first_undrawable(norms, "state_norm", "activation", "step", positive=True)
    for row in overflow[overflow["kind"] != "zero"].itertuples(index=False):
        st.warning(
            t(
                "gradients.through_time.after_overflow",
                activation=ACTIVATION_NAMES[row.activation],
                step=int(row.step),
                distance=settings.steps - int(row.step),
            ),
            icon="⚠️",
        )
    far = min(20, settings.steps)
    at_far = through_time[through_time["distance"] == far].set_index("activation")["state_gradient"]
    # tanh saturates (|h| near 1, where tanh' ≈ 0) when driven hard; then it can vanish faster than sigmoid.
    saturated = at_far["tanh"] < at_far["sigmoid"]
    notice(
        "gradients.through_time.notice_saturated" if saturated else "gradients.through_time.notice",
        distance=far,
        tanh=f"{at_far['tanh']:.2e}",
        sigmoid=f"{at_far['sigmoid']:.2e}",
    )
    csv_download(through_time, "gradients_through_time.csv", key=f"{PAGE}.csv.through_time")


def draw_training(settings: GradientSettings) -> None:
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
    key = dataclasses.replace(settings, steps=DEFAULTS.steps, input_kind=DEFAULTS.input_kind)
    with st.spinner(t("gradients.training.running")):
        result = cached_training_gradients(key)
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
            ratio=f"{first / final:.1e}" if final > 0 and np.isfinite(first) else "—",
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


def draw_long_term(settings: GradientSettings) -> None:
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
    with st.spinner(t("gradients.clipping.running")):
        losses = cached_clipping(settings.seed)
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


def draw_misconception(settings: GradientSettings, through_time: pd.DataFrame) -> None:
    st.markdown(t("gradients.myth.title"))
    st.info(t("gradients.myth.claim"), icon="🤔")
    comparison = training.clipping_keeps_ratios(through_time, settings.activation)
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


def draw_quizzes(settings: GradientSettings) -> None:
    # The answer comes from running the question's own setting with the student's units, input and seed.
    overflow_view = dataclasses.replace(settings, **{k: v for k, v in PRESETS["overflow"].items() if k != "input_kind"})
    relu_answer = relu_outcome(overflow_view)
    sigmoid_answer = regime(settings.gain, "sigmoid")
    columns = st.columns(3)
    with columns[0]:
        quiz(
            f"{PAGE}.overflow",
            t("gradients.quiz.overflow.q", units=settings.units, input=t(f"gradients.input.{settings.input_kind}")),
            ["bounded", "grows", "overflow"],
            relu_answer,
            t("gradients.quiz.overflow.why"),
            format_func=lambda option: t(f"gradients.quiz.overflow.{option}"),
        )
    with columns[1]:
        quiz(
            f"{PAGE}.regime",
            t("gradients.quiz.regime.q", gain=f"{settings.gain:g}"),
            ["vanishing", "neutral", "exploding_possible"],
            sigmoid_answer,
            t("gradients.quiz.regime.why", factor=f"{settings.gain / 4:.3g}"),
            format_func=lambda option: t(f"gradients.regime.{option}"),
        )
    with columns[2]:
        quiz(
            f"{PAGE}.clipping",
            t("gradients.quiz.clipping.q"),
            ["same", "restored", "zero"],
            "same",
            t("gradients.quiz.clipping.why"),
            format_func=lambda option: t(f"gradients.quiz.clipping.{option}"),
        )


page_header("nav.gradients", "gradients.intro")
settings, problems = use_settings(GradientSettings, PAGE, draw_controls)
show_problems(problems)
sync_url(settings)
share_link(PAGE)

with st.spinner(t("common.loading_tf")):
    norms, through_time = cached_feedback(
        dataclasses.replace(settings, activation=DEFAULTS.activation, lag=DEFAULTS.lag)
    )
draw_stability(settings, norms)
draw_through_time(settings, through_time, norms)
draw_quizzes(settings)
draw_training(settings)
draw_long_term(settings)

st.subheader(t("gradients.remedies.title"))
draw_clipping(settings)
draw_lstm()
st.markdown(t("gradients.irnn"))
draw_misconception(settings, through_time)
