"""Gradient problems: why a simple RNN's feedback loop makes its state blow up and its gradients vanish
or explode, measured on real Keras layers beside the Pascanu–Mikolov–Bengio (2013) bound; what that
does to learning a long-term dependency; and what clipping, the LSTM's cell state and IRNN change.

Five sections, one at a time; each draws only the controls its computation reads, beside its charts, in
a fragment of its own. `?section=through_time&activation=tanh&gain=1.0&steps=50&units=20` reproduces a view.
Sections 1–2 are drawn by ui/views/gradients.py, sections 3–5 by ui/views/gradients_learning.py.
"""

import streamlit as st

from rnn_core.gradients import FEEDBACK_FIELDS, GradientSettings
from rnn_core.gradients_in_training import RATIOS_FIELDS, TRAINING_FIELDS
from ui.i18n import t
from ui.layout import page_header
from ui.notebook_download import gradients_notebook_button
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views.gradients import PAGE, controls, feedback_section, through_time_section
from ui.views.gradients_learning import long_term_section, remedies_section, training_section
from ui.views.sections import PARAM, pick_section

# Each section: the fields its computation reads (its controls), whether it offers the presets, and its drawer.
SECTIONS = {
    "feedback": (FEEDBACK_FIELDS, True, feedback_section),
    "through_time": (FEEDBACK_FIELDS, True, through_time_section),
    "training": (TRAINING_FIELDS, False, training_section),
    "long_term": (("lag", "units", "seed"), False, long_term_section),
    "remedies": (RATIOS_FIELDS, False, remedies_section),
}


@st.fragment
def section(name: str) -> None:
    """One section: its controls beside its pictures; a control change reruns only this."""
    fields, presets, draw = SECTIONS[name]
    controls_column, view_column = st.columns([1.3, 3], gap="medium")
    with controls_column, st.container(border=True):
        settings, problems = use_settings(GradientSettings, PAGE, controls(fields, presets))
    sync_url(settings, extra={PARAM: name})
    with view_column:
        show_problems(problems)
        draw(settings)
    with controls_column:
        share_link(PAGE)
        if name in ("feedback", "through_time"):  # the sections the notebook reproduces
            gradients_notebook_button(settings)


page_header("nav.gradients", "gradients.intro")
section(pick_section(PAGE, tuple(SECTIONS), lambda name: t(f"gradients.section.{name}")))
