"""Translator: the notes' headline application, live. A GRU encoder–decoder reads English number
words and writes Sino-Korean numbers; the student types an input, watches the encoder's hidden
state and the context vector, follows the decoder syllable by syllable with its top-3 candidates,
compares teacher forcing with feeding back its own output, sees its accuracy on numbers it never
saw and where it breaks, and trains one live.

`?text=three%20hundred%20twenty%20one&units=64&seed=0` reproduces a view. The sections are drawn
by ui/views/translate.py; the model lives in rnn_core/translator.py.
"""

import streamlit as st

from rnn_core.number_words import read_source
from rnn_core.translator import TranslateSettings
from ui.layout import page_header
from ui.share import share_link
from ui.state import show_problems, sync_url, use_settings
from ui.views import translate as view

page_header("translate.title", "translate.intro")
with st.container(border=True):
    settings, problems = use_settings(TranslateSettings, view.PAGE, view.draw_controls)
    show_problems(problems)
    run = view.act_on_clicks(settings)  # a Train/Stop click is acted on before anything else is drawn
    model = view.model_in_use(settings, run)
    st.caption(model.caption)
    reading = read_source(settings.text)
    translatable = view.draw_reading(reading)
    if translatable:
        view.draw_translation(model, reading)
sync_url(settings)
share_link(view.PAGE)

if translatable:
    view.draw_inside(model, reading)
    view.draw_teacher_forcing(model, reading)
view.draw_accuracy(model, view.history_of(settings, run))
view.draw_breaks(model)
view.draw_model(model)
view.other_settings_note(settings, run)
view.draw_training(run)
