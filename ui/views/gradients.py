"""The gradient page's controls and its first sections: the state's feedback loop and gradients through time."""

import dataclasses

import numpy as np
import pandas as pd
import streamlit as st

from rnn_core.activations import DERIVATIVE_BOUNDS
from rnn_core.gradients import (
    INPUT_KINDS,
    RECURRENT_INITS,
    GradientSettings,
    ReluGrowth,
    gradients_through_time,
    regime,
    relu_growth,
    state_norms,
)
from rnn_core.models import ACTIVATION_NAMES, ACTIVATIONS
from ui.charts import gradients as charts
from ui.charts import titles_for
from ui.i18n import t
from ui.layout import notice
from ui.quiz import quiz
from ui.share import csv_download
from ui.state import apply_values, limits

PAGE = "gradients"
DEFAULTS = GradientSettings()
PRESETS = {
    "vanishing": {"activation": "sigmoid", "gain": 0.8, "steps": 50, "init": "orthogonal", "input_kind": "random"},
    "exploding": {"activation": "relu", "gain": 1.5, "steps": 100, "init": "identity", "input_kind": "constant"},
    "overflow": {"activation": "relu", "gain": 2.0, "steps": 200, "init": "identity", "input_kind": "constant"},
    "irnn": {"activation": "relu", "gain": 1.0, "init": "identity", "input_kind": "random"},
    "defaults": {f.name: getattr(DEFAULTS, f.name) for f in dataclasses.fields(GradientSettings)},
}


# Each cache key holds only the settings its result depends on (compute_feedback leaves out activation
# and lag), so moving the lag slider does not recompute the charts of sections 1 and 2.
@st.cache_data(max_entries=64, show_spinner=False)
def cached_feedback(settings: GradientSettings):
    return state_norms(settings), gradients_through_time(settings)


def compute_feedback(settings: GradientSettings) -> tuple[pd.DataFrame, pd.DataFrame]:
    """State norms and gradients through time for every activation, so the key leaves out activation and lag."""
    with st.spinner(t("common.loading_tf")):
        return cached_feedback(dataclasses.replace(settings, activation=DEFAULTS.activation, lag=DEFAULTS.lag))


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
        first[1].slider(
            t("gradients.gain"), step=0.05, key=key("gain"), **limits(GradientSettings, "gain", slider=True)
        )
        first[2].slider(t("gradients.steps"), key=key("steps"), **limits(GradientSettings, "steps", slider=True))
        first[3].number_input(t("gradients.units"), step=1, key=key("units"), **limits(GradientSettings, "units"))
        first[4].number_input(t("gradients.seed"), step=1, key=key("seed"), **limits(GradientSettings, "seed"))
        second = st.columns([4, 5, 3])
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
        second[2].slider(
            t("gradients.lag"),
            key=key("lag"),
            help=t("gradients.lag_help"),
            **limits(GradientSettings, "lag", slider=True),
        )
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
    titles = titles_for(charts.TITLE_KEYS, t)
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
        gamma = DERIVATIVE_BOUNDS[activation]
        factor = settings.gain * gamma
        name = regime(settings.gain, activation)
        color = {"vanishing": "blue", "neutral": "gray", "exploding_possible": "orange"}[name]
        with column:
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
    titles = titles_for(charts.TITLE_KEYS, t)
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


def overflow_explanation(growth: ReluGrowth) -> tuple[str, dict]:
    """The overflow quiz's explanation (catalog key and values) for what this run did: it names the mechanism."""
    peak = f"{growth.peak:.3g}"
    if growth.outcome == "overflow":
        return "gradients.quiz.overflow.why.overflow", {"step": growth.first_infinite}
    if growth.outcome == "grows":
        return "gradients.quiz.overflow.why.grows", {"peak": peak}
    if growth.all_off_from is not None:
        return "gradients.quiz.overflow.why.off", {"step": growth.all_off_from, "peak": peak}
    return "gradients.quiz.overflow.why.bounded", {"peak": peak}


def draw_quizzes(settings: GradientSettings) -> None:
    # The answer comes from running the question's own setting (the preset) with the student's units and seed.
    overflow_view = dataclasses.replace(settings, **PRESETS["overflow"])
    growth = relu_growth(overflow_view)
    why_key, why_values = overflow_explanation(growth)
    sigmoid_answer = regime(settings.gain, "sigmoid")
    columns = st.columns(3)
    with columns[0]:
        quiz(
            f"{PAGE}.overflow",
            t(
                "gradients.quiz.overflow.q",
                units=settings.units,
                input=t(f"gradients.input.{overflow_view.input_kind}"),
            ),
            ["bounded", "grows", "overflow"],
            growth.outcome,
            t(why_key, **why_values),
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
