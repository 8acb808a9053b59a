"""The frame keeps Streamlit from resetting Keras's global state after each script run."""

from streamlit.testing.v1 import AppTest

from rnn_core.backend import keras


def test_a_script_run_leaves_keras_global_state_alone():
    keras()  # Keras loaded, as on a server where any model page has been opened
    from keras.src.backend.common import global_state

    tracker_before = global_state.GLOBAL_STATE_TRACKER
    app = AppTest.from_file("../app.py", default_timeout=60)
    app.run()
    assert not app.exception
    # Streamlit's own clean-up would have replaced the tracker (keras.backend.clear_session()).
    assert global_state.GLOBAL_STATE_TRACKER is tracker_before


def test_a_form_on_a_page_is_submitted_in_one_click():
    # Pages check that they run inside the frame; a needless rerun there would swallow this submit.
    app = AppTest.from_file("../app.py", default_timeout=60)
    app.query_params["lang"] = "en"
    app.run()
    app.switch_page("pages/overview.py").run()
    app.radio(key="quiz.overview.length.choice").set_value("any")
    submit = next(b for b in app.button if b.label == "Check my answer" and "length" in b.proto.form_id)
    submit.click().run()
    assert not app.exception
    assert any(s.value.startswith("Right!") for s in app.success)
