"""The gradient page's controls and its first sections: the state's feedback loop and gradients through time.

The page is five sections, one shown at a time (ui/views/sections.py). Each draws, beside its
picture, only the controls whose fields its computation declares in rnn_core (FEEDBACK_FIELDS,
TRAINING_FIELDS, …), so every control on screen changes the picture next to it.
"""

import dataclasses

import numpy as np
import pandas as pd
import streamlit as st

from rnn_core.activations import DERIVATIVE_BOUNDS
from rnn_core.gradients import (
    FEEDBACK_FIELDS,
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
from rnn_core.settings import depends_on
from ui.chart_export import show_chart
from ui.charts import gradients as charts
from ui.charts import titles_for
from ui.i18n import t
from ui.layout import notice
from ui.quiz import folded, quiz
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


@st.cache_data(max_entries=64, show_spinner=False)
def cached_norms(settings: GradientSettings) -> pd.DataFrame:
    return state_norms(settings)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_relu_growth(settings: GradientSettings) -> ReluGrowth:
    return relu_growth(settings)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_through_time(settings: GradientSettings) -> pd.DataFrame:
    return gradients_through_time(settings)


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def readable(value: float) -> str:
    """A number as a sentence would print it: 7.3, 0.052, or 4.1 × 10⁻⁷ (never 7.3e+00)."""
    if not np.isfinite(value):
        return "—"
    if value == 0 or 1e-3 <= abs(value) < 1e4:
        return f"{value:.3g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def compute_norms(settings: GradientSettings) -> pd.DataFrame:
    """Chart 1 for every activation, keyed by the fields state_norms reads (a NumPy recurrence: no TensorFlow)."""
    return cached_norms(depends_on(settings, FEEDBACK_FIELDS))


def compute_through_time(settings: GradientSettings) -> pd.DataFrame:
    """Chart 2 for every activation, keyed by the fields gradients_through_time reads (NumPy: no TensorFlow)."""
    return cached_through_time(depends_on(settings, FEEDBACK_FIELDS))


def draw_field(name: str, key) -> None:
    """One control for one field of GradientSettings, its range read from the field's declared bounds."""
    if name == "activation":
        st.segmented_control(
            t("gradients.activation"), ACTIVATIONS, key=key(name), format_func=ACTIVATION_NAMES.get, required=True
        )
    elif name == "gain":
        st.slider(t("gradients.gain"), step=0.05, key=key(name), **limits(GradientSettings, name, slider=True))
    elif name in ("steps", "lag"):
        help_text = t("gradients.lag_help") if name == "lag" else None
        st.slider(t(f"gradients.{name}"), key=key(name), help=help_text, **limits(GradientSettings, name, slider=True))
    elif name in ("units", "seed"):
        st.number_input(t(f"gradients.{name}"), step=1, key=key(name), **limits(GradientSettings, name))
    elif name == "input_kind":
        st.segmented_control(
            t("gradients.input"),
            INPUT_KINDS,
            key=key(name),
            format_func=lambda k: t(f"gradients.input.{k}"),
            required=True,
        )
    elif name == "init":
        st.segmented_control(
            t("gradients.init"),
            RECURRENT_INITS,
            key=key(name),
            format_func=lambda k: t(f"gradients.init.{k}"),
            required=True,
        )
    else:  # pragma: no cover - a new field needs its control here
        raise ValueError(f"no control for {name!r}")


def controls(fields: tuple[str, ...], presets: bool = False):
    """A `draw_controls` for ui.state.use_settings that draws only `fields` (in the settings' order)."""
    ordered = [f.name for f in dataclasses.fields(GradientSettings) if f.name in fields]

    def draw(key) -> None:
        numbers = [name for name in ordered if name in ("units", "seed")]
        for name in ordered:
            if name not in numbers:
                draw_field(name, key)
        for column, name in zip(st.columns(len(numbers)), numbers, strict=True) if numbers else ():
            with column:
                draw_field(name, key)
        if presets:
            draw_presets()

    return draw


def draw_presets() -> None:
    """One-click views; each sets its fields before the widgets are drawn on the next run."""
    with st.popover(t("gradients.presets"), icon=":material/tune:", width="stretch"):
        for name in PRESETS:
            st.button(
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


def relu_sentence(settings: GradientSettings) -> str:
    """What ReLU's ‖h_t‖ did in this run, said from the run's own numbers (∞, NaN and why, 0, or its trend)."""
    growth = cached_relu_growth(depends_on(settings, FEEDBACK_FIELDS))
    course = growth.course
    values = {"steps": settings.steps, "start": readable(growth.start), "relu": readable(growth.final)}
    if course in ("nan", "infinite"):
        values |= {"infinite": growth.first_infinite, "nan": growth.first_nan}
    if course == "nan":
        values["cause"] = t(f"gradients.stability.relu.cause.{growth.nan_cause}")
    if course == "off":
        values["off"] = growth.all_off_from
    if course == "varies":
        values |= {"low": readable(growth.lowest), "high": readable(growth.peak)}
    return t(f"gradients.stability.relu.{course}", **values)


def mechanism_sentence(settings: GradientSettings) -> str:
    """How this W_h (orthogonal, or g·I with g above, at or below 1) moves ReLU's state."""
    if settings.init == "orthogonal":
        return t("gradients.stability.mechanism.orthogonal", gain=f"{settings.gain:g}")
    pace = "grows" if settings.gain > 1 else "keeps" if settings.gain == 1 else "shrinks"
    return t(f"gradients.stability.mechanism.identity.{pace}", gain=f"{settings.gain:g}")


def draw_stability(settings: GradientSettings, norms: pd.DataFrame) -> None:
    """The picture first, then what to notice, the question, and how it was computed."""
    st.subheader(t("gradients.stability.title"))
    overflow = charts.first_undrawable(norms, "state_norm", "activation", "step", positive=True)
    overflow = overflow[overflow["kind"] != "zero"]
    titles = titles_for(charts.TITLE_KEYS, t)
    show_chart(charts.state_norm_chart(norms, overflow, titles), "gradients_state_norms")
    undrawable_note(norms, "state_norm", "step", "gradients.stability.undrawable")
    notice(
        "gradients.stability.notice",
        ceiling=f"{np.sqrt(settings.units):.2g}",
        relu=relu_sentence(settings),
        mechanism=mechanism_sentence(settings),
    )
    overflow_quiz(settings)
    st.markdown(t("gradients.stability.intro"))
    st.latex(r"h_t = f\left(x_t W_x + h_{t-1} W_h + b\right),\qquad W_h = g \cdot Q,\quad Q^\top Q = I")
    csv_download(norms, "state_norms.csv", key=f"{PAGE}.csv.norms")


def draw_regimes(settings: GradientSettings) -> None:
    columns = st.columns(len(ACTIVATIONS))
    for column, activation in zip(columns, ACTIVATIONS, strict=True):
        gamma = DERIVATIVE_BOUNDS[activation]  # max |f'|, from the one activation table
        factor = settings.gain * gamma
        name = regime(settings.gain, activation)
        color = {"vanishing": "blue", "neutral": "gray", "exploding_possible": "orange"}[name]
        with column:
            st.markdown(
                f"**{ACTIVATION_NAMES[activation]}** · σ_max·γ = {settings.gain:g} × {gamma:g} = **{factor:.3g}**"
            )
            st.badge(t(f"gradients.regime.{name}"), color=color)


def draw_through_time(settings: GradientSettings, through_time: pd.DataFrame, norms: pd.DataFrame) -> None:
    """The measured charts, then the bound, then the question whose answer (its verdict) stays folded until asked."""
    st.subheader(t("gradients.through_time.title"))
    titles = titles_for(charts.TITLE_KEYS, t)
    state_column, input_column = st.columns(2)
    with state_column:
        st.markdown(t("gradients.through_time.state_title"))
        show_chart(
            charts.gradient_chart(through_time, "state_gradient", titles),
            "gradients_state_gradient",
            title=t("gradients.through_time.state_title"),
        )
    with input_column:
        st.markdown(t("gradients.through_time.input_title"))
        show_chart(
            charts.gradient_chart(through_time, "input_gradient", titles),
            "gradients_input_gradient",
            title=t("gradients.through_time.input_title"),
        )
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
    st.markdown(t("gradients.through_time.intro"))
    st.latex(
        r"\left\lVert \frac{\partial h_T}{\partial h_t} \right\rVert \le \left(\sigma_{\max}(W_h)\,\gamma\right)^{T-t},"
        r"\qquad \gamma = \max |f'| = \begin{cases} 1 & \tanh,\ \mathrm{ReLU} \\ 1/4 & \mathrm{sigmoid} \end{cases}"
    )
    if regime_quiz(settings):
        draw_regimes(settings)
    else:
        folded()
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


def overflow_quiz(settings: GradientSettings) -> None:
    """Will ReLU's state overflow in the overflow preset? Run with the student's units, input and seed."""
    overflow_view = dataclasses.replace(settings, **{k: v for k, v in PRESETS["overflow"].items() if k != "input_kind"})
    growth = cached_relu_growth(depends_on(overflow_view, FEEDBACK_FIELDS))
    why_key, why_values = overflow_explanation(growth)
    quiz(
        f"{PAGE}.overflow",
        t("gradients.quiz.overflow.q", units=settings.units, input=t(f"gradients.input.{settings.input_kind}")),
        ["bounded", "grows", "overflow"],
        growth.outcome,
        t(why_key, **why_values),
        format_func=lambda option: t(f"gradients.quiz.overflow.{option}"),
    )


def regime_quiz(settings: GradientSettings) -> bool:
    """What the bound says for sigmoid at this gain; the badges that answer it stay folded until then."""
    return quiz(
        f"{PAGE}.regime",
        t("gradients.quiz.regime.q", gain=f"{settings.gain:g}"),
        ["vanishing", "neutral", "exploding_possible"],
        regime(settings.gain, "sigmoid"),
        t("gradients.quiz.regime.why", factor=f"{settings.gain / 4:.3g}"),
        format_func=lambda option: t(f"gradients.regime.{option}"),
    )


def clipping_quiz() -> bool:
    """Does clipping change the ratio between early and late gradients? The table below answers it."""
    return quiz(
        f"{PAGE}.clipping",
        t("gradients.quiz.clipping.q"),
        ["same", "restored", "zero"],
        "same",
        t("gradients.quiz.clipping.why"),
        format_func=lambda option: t(f"gradients.quiz.clipping.{option}"),
    )


def feedback_section(settings: GradientSettings) -> None:
    """Section 1: does the state stay bounded? ‖h_t‖ for the three activations."""
    draw_stability(settings, compute_norms(settings))


def through_time_section(settings: GradientSettings) -> None:
    """Section 2: gradients through time against the Pascanu bound, the bound's verdict folded behind a question."""
    draw_through_time(settings, compute_through_time(settings), compute_norms(settings))
