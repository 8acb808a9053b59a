"""The frame keeps Streamlit from resetting Keras's global state after each script run."""

from streamlit.testing.v1 import AppTest

from rnn_core import backend
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


class Quiet:
    """A hand-moved clock whose sleep moves it, for after_quiet; `visits` are page loads at given times."""

    def __init__(self, visits=()):
        self.now, self.visits, self.slept = 0.0, sorted(visits), []

    def clock(self) -> float:
        while self.visits and self.visits[0] <= self.now:
            backend.note_activity(self.visits.pop(0))
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_tensorflow_warm_up_waits_for_pages_to_stop_loading():
    # A class opens the link: page loads at 0, 0.5, 1.0 and 2.5 s. The import (about 3 s of the
    # interpreter lock) must not start until 2 s have passed since the last of them.
    quiet, started = Quiet(visits=[0.0, 0.5, 1.0, 2.5]), []
    backend.after_quiet(lambda: started.append(quiet.now), 2.0, clock=quiet.clock, sleep=quiet.sleep)
    assert started == [4.5]


def test_the_warm_up_starts_at_once_on_a_quiet_server_or_when_tensorflow_is_already_loaded():
    quiet, started = Quiet(), []
    backend.note_activity(-10.0)
    backend.after_quiet(lambda: started.append(quiet.now), 2.0, clock=quiet.clock, sleep=quiet.sleep)
    busy, loaded = Quiet(visits=[0.0]), []
    backend.after_quiet(lambda: loaded.append(busy.now), 2.0, clock=busy.clock, sleep=busy.sleep, done=lambda: True)
    assert started == [0.0] and quiet.slept == [] and loaded == [0.0] and busy.slept == []
