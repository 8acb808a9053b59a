"""Structure: how an RNN cell is wired, proved number by number on a real Keras SimpleRNN.

The folded cell and its unrolled chain; a step-through whose every number comes from a NumPy pass
over the Keras layer's own weights; the same layer on inputs of different lengths; and the five
sequence modes, each built for real. The time step counts from 1 (like x₁, h₁) on the slider and
in the URL: `?seq=0,0.1,0.2&activation=tanh&units=3&step=2` shows the second step.
"""

import streamlit as st

from rnn_core.cell import StructureSettings
from ui.i18n import t
from ui.layout import page_header
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views.structure import (
    PAGE,
    cached_mode_shapes,
    cached_step_through,
    diagram_section,
    draw_controls,
    lengths_section,
    modes_section,
    step_quizzes,
    step_section,
    structure_gates,
)

page_header("nav.structure", "structure.intro")
settings, problems = use_settings(StructureSettings, PAGE, draw_controls)
show_problems(problems)
sync_url(settings)
share_link(PAGE)

if settings.cell == "simplernn":
    diagram_section(settings)  # the folded cell and the unrolled chain x₁→h₁, x₂+h₁→h₂, …
    with st.spinner(t("common.loading_tf")):
        result, lengths = cached_step_through(settings.activation, settings.units, settings.seed, settings.seq)
    step_section(settings, result)  # every number of one step, from the Keras layer's own weights
    step_quizzes(settings, result)
    lengths_section(settings, lengths)  # the same layer on other lengths: same parameters, other shapes
else:
    structure_gates.gated_section(settings)  # LSTM or GRU, gate by gate, from the layer's own weights
structure_gates.memory_lane_section(settings)  # how much of x₁ reaches step t, in all three cells
with st.spinner(t("common.loading_tf")):
    shapes = cached_mode_shapes()
modes_section(shapes)  # 1:m, n:1, n:m, each built for real
