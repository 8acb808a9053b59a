"""Parameters: where every weight of SimpleRNN, LSTM and GRU comes from, and what each layer returns.

A real Keras model is built for the chosen settings; its summary, weight shapes and returned
tensors are read off it and set next to the formulas that predict them (the notes' 440 + 21 = 461).
"""

import streamlit as st

from rnn_core.parameters import ParameterSettings
from ui import state
from ui.layout import page_header
from ui.views.parameters import (
    PAGE,
    charts_section,
    code_section,
    draw_controls,
    keras_counts,
    model_report,
    outputs_section,
    preset_buttons,
    quiz_section,
    returned_tensors,
    summary_section,
    where_section,
)

page_header("parameters.title", "parameters.intro")
problems_box = st.container()
controls_column, summary_column = st.columns([2, 3], gap="large")
with controls_column, st.container(border=True):
    settings, problems = state.use_settings(ParameterSettings, PAGE, draw_controls)
    preset_buttons()
with problems_box:
    state.show_problems(problems)
state.sync_url(settings)

report = model_report(settings)
with summary_column:
    summary_section(settings, report)
outputs = returned_tensors(settings.cell, settings.units, settings.features, settings.timesteps, settings.activation)
points = keras_counts(settings.units, settings.features, settings.timesteps)
quiz_section(settings, points, outputs.tensors)
where_section(settings, report)
outputs_section(settings, outputs)
code_section(settings)
charts_section(settings, points)
