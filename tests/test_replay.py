"""Replay timing (issue 16): the epoch shown at each moment, read from an injected clock, no sleeps."""

import pytest

from rnn_core.replay import Replay


def test_quarter_speed_takes_four_times_the_recorded_span():
    replay = Replay(epochs=100, span=1.5)
    assert replay.duration(1.0) == pytest.approx(1.5)
    assert replay.duration(0.25) == pytest.approx(6.0)
    assert not replay.finished(5.9, 0.25) and replay.finished(6.0, 0.25)


def test_epochs_advance_evenly_and_stop_at_the_last():
    replay = Replay(epochs=100, span=2.0)
    assert replay.epoch_at(0.0, 1.0) == 1
    assert replay.epoch_at(1.0, 1.0) == 50  # half the span: half the epochs
    assert replay.epoch_at(1.0, 0.25) == 12  # a quarter as far at a quarter of the speed (floor of 12.5)
    assert replay.epoch_at(4.0, 0.25) == 50
    assert replay.epoch_at(99.0, 1.0) == 100
    shown = [replay.epoch_at(k * 0.01, 1.0) for k in range(201)]
    assert shown == sorted(shown) and shown[-1] == 100


def test_a_run_with_no_time_recorded_shows_its_end_at_once():
    assert Replay(epochs=5, span=0.0).epoch_at(0.1, 0.25) == 5
    with pytest.raises(ValueError):
        Replay(epochs=0, span=1.0)


def test_the_training_page_replays_a_finished_run_from_its_recorded_losses():
    """Stepping back one epoch draws the curve one epoch shorter; Play at 0.25× moves by the injected clock."""
    from tests.support import open_page
    from ui.views import replay as replay_view

    app = open_page("pages/training.py", epochs="6", run="1")

    def curve_epochs() -> int:
        """The last epoch on the replay's loss curve (the last chart with an epoch axis), read from its data."""
        import pyarrow

        charts = [c.proto for c in app.get("vega_lite_chart") if '"field": "epoch"' in c.proto.spec]
        frame = pyarrow.ipc.open_stream(charts[-1].datasets[0].data.data).read_pandas()
        return int(frame["epoch"].max())

    assert app.slider(key="replay.epoch").value == 6 and curve_epochs() == 6
    app.button(key="replay.back").click().run()
    assert app.slider(key="replay.epoch").value == 5 and curve_epochs() == 5

    now = [100.0]
    replay_view.clock = lambda: now[0]
    try:
        app.button_group(key="replay.speed").set_value(0.25).run()
        app.button(key="replay.play").click().run()
        assert app.slider(key="replay.epoch").value == 1
        assert app.session_state["replay.started"] == (100.0, 0.25)
        [result] = [r for r in _results(app)]
        now[0] = 100.0 + 4 * result.seconds / 2  # half of a 0.25× replay: half the epochs
        app.run()
        assert app.slider(key="replay.epoch").value == 3
        now[0] = 100.0 + 4 * result.seconds + 0.01  # past the end: the last epoch, and the replay stops
        app.run()
        assert app.slider(key="replay.epoch").value == 6 and "replay.started" not in app.session_state
    finally:
        replay_view.clock = __import__("time").monotonic


def _results(app):
    """The finished run's results, as the page's run store holds them for this session."""
    from ui.views.training import VIEW

    return list(app.session_state[VIEW].results.values())
