"""Gradient problems: why a simple RNN's feedback loop makes its state blow up and its gradients vanish
or explode, measured on real Keras layers beside the Pascanu–Mikolov–Bengio (2013) bound; what that
does to learning a long-term dependency; and what clipping, the LSTM's cell state and IRNN change.

`?activation=tanh&gain=1.0&steps=50&units=20&lag=20` reproduces a view. The sections are drawn by
ui/views/gradients.py (controls, feedback, quizzes) and ui/views/gradients_learning.py (the rest).
"""

import streamlit as st

from rnn_core.gradients import GradientSettings
from ui.i18n import t
from ui.layout import page_header
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views.gradients import PAGE, compute_feedback, draw_controls, draw_quizzes, draw_stability, draw_through_time
from ui.views.gradients_learning import draw_clipping, draw_long_term, draw_lstm, draw_misconception, draw_training

page_header("nav.gradients", "gradients.intro")
settings, problems = use_settings(GradientSettings, PAGE, draw_controls)
show_problems(problems)
sync_url(settings)
share_link(PAGE)

# 1–2. The feedback loop: the state's size over time, then gradients through time against the bound.
norms, through_time = compute_feedback(settings)
draw_stability(settings, norms)
draw_through_time(settings, through_time, norms)
draw_quizzes(settings)
# 3–4. What vanishing gradients do to learning: gradients across training, then the longest lag learned.
draw_training(settings)
draw_long_term(settings)

# 5. Remedies: clipping, the LSTM's cell state, IRNN, and a common misconception about clipping.
st.subheader(t("gradients.remedies.title"))
draw_clipping(settings)
draw_lstm()
st.markdown(t("gradients.irnn"))
draw_misconception(settings, through_time)
