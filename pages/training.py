"""Training: run the lecture's experiment live and test its claims.

SimpleRNN(20) + Dense(1), Adam and MSE learn the sequence that rises by 0.1. The student watches
the loss fall, compares tanh, ReLU and sigmoid on the same data and seed (and sees where "tanh is
safer" holds and where it does not), watches a run diverge, and asks the trained model for the
next value of a sequence they type.

Controls and the Train button sit beside the picture they change (the data before a run, the loss
curve during and after it), so both fit the first screen of a laptop. Runs happen in a store shared
by the whole server (ui/run_store.py): identical settings share one run, a click during training only
interrupts the drawing, and the page shows one immutable `RunView` at a time. The sections are drawn
by ui/views/training.py (controls, data, running) and ui/views/training_results.py (results).
"""

import functools

import streamlit as st

from rnn_core.training import TrainingSettings
from ui.i18n import t
from ui.layout import page_header
from ui.notebook_download import training_notebook_button
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings, widget_key
from ui.views.training import PAGE, act_on_clicks, draw_controls, draw_data, draw_run_buttons, follow_run
from ui.views.training_data import link_leaves_out, still_choosing
from ui.views.training_results import draw_loss, draw_results

page_header("training.title", "training.intro")
controls_column, view_column = st.columns([1, 2], gap="medium")
own_values_slot = view_column.container()  # "your sequence": its boxes sit above the data they draw
with controls_column:
    with st.container(border=True):
        settings, problems = use_settings(TrainingSettings, PAGE, functools.partial(draw_controls, own=own_values_slot))
    view = act_on_clicks(settings)  # a click (or `?run=1`) starts or stops a run before anything below is drawn
    stop_slot = draw_run_buttons(running=view is not None and view.results is None, settings=settings)
    training_notebook_button(settings, view)  # this experiment as a Jupyter notebook, built on click
sync_url(
    settings,
    extra={"run": "1"} if view is not None and view.request == settings else None,
    leave_out=link_leaves_out(settings),  # own values travel in the link only when typed and short
)
with view_column:
    show_problems(still_choosing(problems, lambda name: widget_key(PAGE, name)))
    view = follow_run(view, stop_slot)  # while training: a progress bar and the growing loss curve
    if view is None:
        st.info(t("training.press_train_beside"), icon="▶️")
        draw_data(settings)  # the sequence the model learns, as the lecture prints it
    else:
        if view.request != settings:
            st.info(t("training.stale"), icon="ℹ️")
        draw_loss(view)  # status and loss curve of the run shown (with its slow-motion replay), from the run itself
if view is not None:
    draw_results(view)  # questions first, then predictions past the data, try-it, downloads
    with st.expander(t("training.data_title")):
        draw_data(view.request)
share_link("training")
