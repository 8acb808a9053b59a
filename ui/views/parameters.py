"""The parameters page's sections: controls and presets, the model summary, where each weight comes
from, what the layer returns, the Keras code, the charts and the predict-first quizzes.

Every count and shape is read off a model built for the settings; results depend only on the
settings (every initializer is seeded), so one cached copy serves every session.
"""

import dataclasses

import streamlit as st

from rnn_core.activations import activation_curves, derivative_bounds
from rnn_core.keras_code import generate_code
from rnn_core.models import ACTIVATION_NAMES, ACTIVATIONS, CELL_NAMES, CELLS
from rnn_core.outputs import SAMPLE_BATCH, outputs_report
from rnn_core.parameters import (
    GATES,
    PRESETS,
    SIZE_LIMIT,
    ParameterSettings,
    cell_points,
    formula,
    layer_parameter_count,
    parameter_curve,
    parameter_report,
    wrong_counts,
)
from ui import state
from ui.chart_export import show_chart
from ui.charts import parameters as charts
from ui.charts import titles_for
from ui.i18n import t
from ui.layout import notice
from ui.quiz import quiz
from ui.share import csv_download, share_link

PAGE = "parameters"


# Results depend only on the settings (every initializer is seeded), so one cached copy serves every session.
@st.cache_data(max_entries=128, ttl=3600, show_spinner=False)
def model_report(settings: ParameterSettings):
    return parameter_report(settings)


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def returned_tensors(cell: str, units: int, features: int, timesteps: int, activation: str):
    return outputs_report(cell, units, features, timesteps, activation)


@st.cache_data(max_entries=128, ttl=3600, show_spinner=False)
def keras_counts(units: int, features: int, timesteps: int):
    return cell_points(units, features, timesteps)


@st.cache_data(max_entries=128, ttl=3600, show_spinner=False)
def layer_count(cell: str, units: int, features: int, timesteps: int) -> int:
    return layer_parameter_count(cell, units, features, timesteps)


def apply_preset(name: str) -> None:
    state.apply_values(ParameterSettings, PAGE, **dataclasses.asdict(PRESETS[name]))


def draw_controls(key) -> None:
    st.segmented_control(t("parameters.cell"), CELLS, format_func=CELL_NAMES.get, key=key("cell"), required=True)
    for column, name in zip(st.columns(3), ("units", "features", "timesteps"), strict=True):
        column.number_input(  # each box takes its range from the settings' own bounds
            t(f"parameters.{name}"),
            help=t(f"parameters.{name}.help"),
            key=key(name),
            step=1,
            **state.limits(ParameterSettings, name),
        )
    st.segmented_control(
        t("parameters.activation"),
        ACTIVATIONS,
        format_func=ACTIVATION_NAMES.get,
        help=t("parameters.activation.help"),
        key=key("activation"),
        required=True,
    )
    for name in ("return_sequences", "return_state"):
        st.toggle(t(f"parameters.{name}"), help=t(f"parameters.{name}.help"), key=key(name))
    st.toggle(t("parameters.dense"), key=key("dense"))


def preset_buttons() -> None:
    st.caption(t("parameters.presets"))
    for column, name in zip(st.columns(len(PRESETS)), PRESETS, strict=True):
        column.button(
            t(f"parameters.preset.{name}"),
            help=t(f"parameters.preset.help.{name}"),
            on_click=apply_preset,
            args=(name,),
            key=f"{PAGE}.preset.{name}",
            width="stretch",
        )


def show_table(frame, **column_config) -> None:
    """A table with translated column headers."""
    labels = {column: t(f"parameters.col.{column}") for column in frame.columns}
    st.dataframe(frame.rename(columns=labels), hide_index=True, width="stretch", column_config=column_config)


def summary_section(settings: ParameterSettings, report) -> None:
    st.subheader(t("parameters.summary.header"))
    counts = report.summary["params"]
    metrics = st.columns(3)
    metrics[0].metric(t("parameters.metric.recurrent", layer=CELL_NAMES[settings.cell]), f"{int(counts.iloc[0]):,}")
    if settings.dense:
        metrics[1].metric(t("parameters.metric.head"), f"{int(counts.iloc[1]):,}")
    metrics[2].metric(t("parameters.metric.total"), f"{report.total_params:,}")
    show_table(report.summary.replace({"layer": {"Total": t("parameters.summary.total_row")}}))
    notice("parameters.notice.summary", head=head_sentence(settings, report))
    downloads, link = st.columns(2)
    with downloads:
        csv_download(report.summary, f"parameters_{settings.cell}_{settings.units}.csv", key=f"{PAGE}.csv")
    with link:
        share_link("parameters")


def head_sentence(settings: ParameterSettings, report) -> str:
    """The summary note's sentence on the Dense(1) head: none without one, else where it reads and its count."""
    if not settings.dense:
        return t("parameters.notice.summary.no_head", cell=CELL_NAMES[settings.cell])
    head = f"{int(report.summary['params'].iloc[1]):,}"
    reads = "head_sequences" if settings.return_sequences else "head_last"
    return t(f"parameters.notice.summary.{reads}", head=head)


def where_section(settings: ParameterSettings, report) -> None:
    st.subheader(t("parameters.where.header"))
    st.markdown(t("parameters.where.intro", units=settings.units, features=settings.features))
    show_table(report.formulas)
    agree = bool((report.formulas["formula_count"] == report.formulas["keras_count"]).all())
    (st.success if agree else st.error)(t("parameters.where.check" if agree else "parameters.where.mismatch"))
    show_table(report.weights)
    if report.gru_without_reset_after is not None:
        st.info(t("parameters.where.gru_note", count=f"{report.gru_without_reset_after:,}"), icon="ℹ️")
    notice("parameters.notice.where")


def outputs_section(settings: ParameterSettings, outputs) -> None:
    st.subheader(t("parameters.outputs.header"))
    cell_name = CELL_NAMES[settings.cell]
    sizes = {
        "units": settings.units,
        "batch": SAMPLE_BATCH,
        "timesteps": settings.timesteps,
        "features": settings.features,
    }
    st.markdown(t("parameters.outputs.intro", cell=cell_name, **sizes))
    tensors = outputs.tensors
    current = (tensors["return_sequences"] == settings.return_sequences) & (
        tensors["return_state"] == settings.return_state
    )
    show_table(tensors.assign(current=current))
    checks = outputs.checks.assign(check=[t(f"parameters.check.{name}") for name in outputs.checks["check"]])
    show_table(checks, **{t("parameters.col.max_abs_difference"): st.column_config.NumberColumn(format="%.3g")})
    st.markdown(
        "- " + t("parameters.outputs.fact.lstm" if settings.cell == "lstm" else "parameters.outputs.fact.state")
    )
    errors = {"sequential": outputs.sequential_error, "stacking": outputs.stacking_error}
    for column, (name, error) in zip(st.columns(2), errors.items(), strict=True):
        with column:
            st.markdown(f"**{t(f'parameters.outputs.{name}.title')}**")
            st.caption(t(f"parameters.outputs.{name}.text", cell=cell_name))
            st.code(error or t("parameters.outputs.no_error"), language=None, wrap_lines=True)
            if name == "stacking":
                st.caption(t("parameters.outputs.stacking.ok", shape=outputs.stacked_shape))
    notice("parameters.notice.outputs")


def code_section(settings: ParameterSettings) -> None:
    st.subheader(t("parameters.code.header"))
    functional = "functional" if settings.dense else "functional_no_head"  # no Dense(1) takes one tensor
    st.caption(t(f"parameters.code.{functional}" if settings.return_state else "parameters.code.sequential"))
    comments = {"input": t("parameters.code.comment.input"), "functional": t(f"parameters.code.comment.{functional}")}
    st.code(generate_code(settings, comments), language="python")
    notice("parameters.notice.code")


def charts_section(settings: ParameterSettings, points) -> None:
    st.subheader(t("parameters.charts.header"))
    count_column, activation_column = st.columns(2, gap="large")
    with count_column:
        st.markdown(f"**{t('parameters.chart.count.title', features=settings.features)}**")
        titles = titles_for(charts.TITLE_KEYS, t)
        curve = parameter_curve(settings.features, min(SIZE_LIMIT, max(40, 2 * settings.units)))
        count_title = t("parameters.chart.count.title", features=settings.features)
        show_chart(
            charts.parameter_count_chart(curve, points, settings.cell, titles), "parameters_count", title=count_title
        )
        notice("parameters.notice.count_chart", units=settings.units)
    with activation_column:
        st.markdown(f"**{t('parameters.chart.activations.title')}**")
        curves = activation_curves()
        show_chart(
            charts.activation_values_chart(curves, settings.activation, titles),
            "parameters_activations",
            title=t("parameters.chart.activations.title"),
        )
        derivatives = charts.activation_derivatives_chart(curves, derivative_bounds(), settings.activation, titles)
        show_chart(derivatives, "parameters_derivatives")
        st.caption(t("parameters.chart.why_bound"))
        notice("parameters.notice.activation_chart")


def count_quiz(settings: ParameterSettings, keras_count) -> None:
    """The count of a cell not on screen (LSTM, or GRU while LSTM is shown), answered by a built Keras layer."""
    asked = "gru" if settings.cell == "lstm" else "lstm"
    answer = int(keras_count[asked])
    symbols, numbers, _ = formula(asked, settings.units, settings.features)
    values = {"cell": CELL_NAMES[asked], "units": settings.units, "features": settings.features}
    quiz(
        f"{PAGE}.count.{asked}.{settings.units}.{settings.features}",
        t("parameters.quiz.count.question", **values),
        sorted({answer, *wrong_counts(asked, settings.units, settings.features)[:3]}),
        answer,
        t("parameters.quiz.count.explanation", answer=f"{answer:,}", formula=symbols, numbers=numbers, **values),
        format_func="{:,}".format,
    )


def shape_quiz(settings: ParameterSettings, tensors) -> None:
    """The shape of a full-sequence output, answered by the real tensor."""
    answer = tensors[tensors["return_sequences"] & ~tensors["return_state"]]["shape"].iloc[0]
    batch, steps = SAMPLE_BATCH, settings.timesteps
    options = [
        f"({batch}, {settings.units})",
        answer,
        f"({batch}, {steps}, {settings.features})",
        f"({batch}, {steps})",
    ]
    quiz(
        f"{PAGE}.shape.{settings.units}.{settings.features}.{steps}",
        t(
            "parameters.quiz.shape.question",
            batch=batch,
            timesteps=steps,
            units=settings.units,
            features=settings.features,
        ),
        list(dict.fromkeys(options)),
        answer,
        t("parameters.quiz.shape.explanation", answer=answer),
    )


def timesteps_quiz(settings: ParameterSettings, report) -> None:
    """Twice the time steps, answered by a layer built on the longer window."""
    count, doubled = int(report.summary["params"].iloc[0]), 2 * settings.timesteps
    answer = layer_count(settings.cell, settings.units, settings.features, doubled)
    one_kernel_per_step = count + GATES[settings.cell] * settings.units * settings.features * settings.timesteps
    values = {
        "cell": CELL_NAMES[settings.cell],
        "units": settings.units,
        "timesteps": settings.timesteps,
        "doubled": doubled,
    }
    quiz(
        f"{PAGE}.timesteps.{settings.cell}.{settings.units}.{settings.features}.{settings.timesteps}",
        t("parameters.quiz.timesteps.question", count=f"{count:,}", **values),
        sorted({answer, 2 * count, one_kernel_per_step}),
        answer,
        t("parameters.quiz.timesteps.explanation", answer=f"{answer:,}", doubled=doubled),
        format_func="{:,}".format,
    )
