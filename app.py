"""RNN Lab's frame: page setup, language, navigation; each page lives in pages/."""

import streamlit as st

from rnn_core.backend import note_activity, warm_up_in_background
from ui.i18n import init_language, language_switch, t
from ui.layout import inside_frame
from ui.lesson_panel import lesson_panel
from ui.runtime import keep_keras_state_between_runs
from ui.state import FRAME_PROBLEMS, frame_settings, show_problems
from ui.teacher_view import read_hide_link
from ui.theme import apply_page_style, initial_sidebar_state, presenter_switch

keep_keras_state_between_runs()
note_activity()  # the TensorFlow warm-up waits until pages stop loading
st.set_page_config(
    page_title="RNN Lab",
    page_icon="🔁",
    layout="wide",
    initial_sidebar_state=initial_sidebar_state(),
)
init_language(frame_settings().lang)
apply_page_style()
show_problems(st.session_state.pop(FRAME_PROBLEMS, []))


@st.cache_resource(show_spinner=False)
def _start_tensorflow_warm_up():
    # Once per server process: TensorFlow loads behind the overview, once visitors stop arriving,
    # then the training page's default graphs are traced (they serve every units, seed and rate).
    def prepare():
        from rnn_core.training import prepare_default_graphs
        from rnn_core.training_results import prepare_default_forward_passes

        prepare_default_graphs()
        prepare_default_forward_passes()

    return warm_up_in_background(then=prepare)


pages = [
    st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/home:", default=True),
    st.Page("pages/structure.py", title=t("nav.structure"), icon=":material/autorenew:", url_path="structure"),
    st.Page("pages/parameters.py", title=t("nav.parameters"), icon=":material/calculate:", url_path="parameters"),
    st.Page("pages/training.py", title=t("nav.training"), icon=":material/trending_down:", url_path="training"),
    st.Page("pages/gradients.py", title=t("nav.gradients"), icon=":material/ssid_chart:", url_path="gradients"),
    st.Page("pages/translate.py", title=t("nav.translate"), icon=":material/translate:", url_path="translate"),
]
current_page = st.navigation(pages)
language_switch()
presenter_switch()
with inside_frame():
    read_hide_link()  # a teacher link's `?hide=controls` or section names
    if lesson_panel(current_page.url_path):  # a guided lesson's step, above the page; False: its result waits
        current_page.run()
# After the page is drawn, so the first visitor's overview never competes with TensorFlow's import.
_start_tensorflow_warm_up()
