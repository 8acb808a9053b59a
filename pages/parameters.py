"""Parameters: where every weight of SimpleRNN, LSTM and GRU comes from, and what each layer returns.

A real Keras model is built for the chosen settings; its summary stands beside the controls, and
four sections below (one at a time, named in the URL as `?section=`) set its weight shapes, its
returned tensors, its code and its charts next to the formulas that predict them (the lecture's
440 + 21 = 461). Each section asks its question before the table that answers it.
"""

import streamlit as st

from rnn_core.parameters import ParameterSettings
from ui import state
from ui.i18n import t
from ui.layout import page_header
from ui.notebook_download import parameters_notebook_button
from ui.views.parameters import (
    PAGE,
    charts_section,
    code_section,
    count_quiz,
    draw_controls,
    keras_counts,
    model_report,
    outputs_section,
    preset_buttons,
    returned_tensors,
    shape_quiz,
    summary_section,
    timesteps_quiz,
    where_section,
)
from ui.views.sections import PARAM, pick_section

SECTIONS = ("where", "outputs", "code", "charts")

page_header("parameters.title", "parameters.intro")
problems_box = st.container()
controls_column, summary_column = st.columns([2, 3], gap="large")
with controls_column, st.container(border=True):
    settings, problems = state.use_settings(ParameterSettings, PAGE, draw_controls)
    preset_buttons()
with problems_box:
    state.show_problems(problems)

report = model_report(settings)
with summary_column:
    summary_section(settings, report)
    parameters_notebook_button(settings)  # the model and its counts as a Jupyter notebook, built on click
section = pick_section(PAGE, SECTIONS, lambda name: t(f"parameters.section.{name}"))
state.sync_url(settings, extra={PARAM: section})
if section == "where":
    timesteps_quiz(settings, report)  # does a longer window add weights? the formulas below answer it
    where_section(settings, report)
elif section == "outputs":
    outputs = returned_tensors(
        settings.cell, settings.units, settings.features, settings.timesteps, settings.activation
    )
    shape_quiz(settings, outputs.tensors)  # the full-sequence output's shape, before the tensors that show it
    outputs_section(settings, outputs)
elif section == "code":
    code_section(settings)
else:
    points = keras_counts(settings.units, settings.features, settings.timesteps)
    count_quiz(settings, points.set_index("cell")["params"])  # the other cell's count, before the chart of all three
    charts_section(settings, points)
