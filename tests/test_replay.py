"""Replay timing (issue 16): the epoch shown at each moment, read from an injected clock, no sleeps."""

import pytest

from rnn_core.replay import SPEEDS, Replay


def test_quarter_speed_takes_four_times_the_recorded_span():
    replay = Replay(epochs=100, span=1.5)
    assert replay.duration(1.0) == pytest.approx(1.5)
    assert replay.duration(0.25) == pytest.approx(6.0)
    assert not replay.finished(5.9, 0.25) and replay.finished(6.0, 0.25)


def test_the_slowest_speed_gives_the_notes_half_second_run_seconds_to_talk_over():
    replay = Replay(epochs=100, span=0.4)  # the notes' run on a quiet server
    assert min(SPEEDS) == 0.05 and replay.duration(min(SPEEDS)) == pytest.approx(8.0)
    assert replay.epoch_at(4.0, 0.05) == 50  # half of the 8 s: half the epochs


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


def test_thinning_keeps_at_most_the_limit_with_first_and_last():
    from rnn_core.training_loop import thin

    snapshots = [(epoch, None) for epoch in range(250)]
    kept = thin(snapshots, most=100)
    assert len(kept) <= 100 and kept[0][0] == 0 and kept[-1][0] == 249
    assert thin(snapshots[:5], most=100) == tuple(snapshots[:5])


def test_a_run_records_its_predictions_from_untrained_to_final():
    """The trainer's snapshots: epoch 0 is the untrained model's answer, the last the final model's (Keras's own)."""
    import dataclasses

    import numpy as np

    from rnn_core.replay import predictions_at, snapshot_at
    from rnn_core.training import TrainingSettings, train, training_model
    from rnn_core.training_loop import MAX_SNAPSHOTS
    from rnn_core.training_results import predictions_frame

    result = train(TrainingSettings(epochs=40, units=8))
    epochs = [epoch for epoch, _ in result.snapshots]
    assert epochs[0] == 0 and epochs[-1] == result.epochs_run == 40
    assert epochs == sorted(epochs) and len(epochs) <= MAX_SNAPSHOTS
    final = predictions_frame({"tanh": result})
    assert np.allclose(result.snapshots[-1][1], final["prediction"], rtol=1e-5, atol=1e-5)
    untrained = dataclasses.replace(result, weights=tuple(training_model(result.settings).get_weights()))
    start = predictions_frame({"tanh": untrained})["prediction"]
    assert np.allclose(result.snapshots[0][1], start, rtol=1e-5, atol=1e-5)
    assert not np.allclose(start, final["prediction"], atol=1e-3)  # training moved them
    middle = epochs[len(epochs) // 2]
    assert snapshot_at(result, middle + 1)[0] == middle
    frame, at = predictions_at({"tanh": result}, middle + 1, final)
    assert at == middle and np.array_equal(frame["prediction"], result.snapshots[len(epochs) // 2][1])
    assert np.allclose(frame["error"], frame["prediction"] - frame["target"])


def _chart_frames(app):
    """Every Vega-Lite chart's datasets on the page, as DataFrames."""
    import pyarrow

    return [
        [pyarrow.ipc.open_stream(d.data.data).read_pandas() for d in chart.proto.datasets]
        for chart in app.get("vega_lite_chart")
    ]


def _curve_epochs(app) -> int:
    """The last epoch on the page's loss curve, read from its lines' data (not the axis-pinning corners)."""
    lines = [f for frames in _chart_frames(app) for f in frames if {"epoch", "loss", "activation"} <= set(f.columns)]
    return int(lines[0]["epoch"].max())


def _shown_predictions(app):
    frames = [f for frames in _chart_frames(app) for f in frames if "prediction" in f.columns]
    return frames[0].sort_values("step")["prediction"].to_numpy()


def test_the_training_page_replays_a_finished_run_with_its_curve_and_predictions():
    """The scrubber moves the page's loss curve and predictions; Play at 0.25× moves by the injected clock."""
    import numpy as np

    from tests.support import open_page, text
    from ui.views import replay as replay_view

    app = open_page("pages/training.py", epochs="6", run="1")
    [result] = _results(app)
    app.button(key="FormSubmitter:quiz.training.beyond." + _run_id(app) + ".form-" + text("quiz.show")).click().run()
    assert app.slider(key="replay.epoch").value == 6 and _curve_epochs(app) == 6
    final = _shown_predictions(app)
    app.button(key="replay.back").click().run()
    assert app.slider(key="replay.epoch").value == 5 and _curve_epochs(app) == 5
    snapshot = dict(result.snapshots)[5]
    assert np.allclose(_shown_predictions(app), snapshot) and not np.allclose(snapshot, final)
    app.slider(key="replay.epoch").set_value(1).run()
    assert _curve_epochs(app) == 1 and np.allclose(_shown_predictions(app), dict(result.snapshots)[1])

    now = [100.0]
    replay_view.clock = lambda: now[0]
    try:
        app.button_group(key="replay.speed").set_value(0.25).run()
        app.button(key="replay.play").click().run()
        assert app.session_state["replay.started"] == (100.0, 0.25)
        assert _curve_epochs(app) == 1
        now[0] = 100.0 + 4 * result.seconds / 2  # half of a 0.25× replay: half the epochs
        app.run()
        assert _curve_epochs(app) == 3 and np.allclose(_shown_predictions(app), dict(result.snapshots)[3])
        now[0] = 100.0 + 4 * result.seconds + 0.01  # past the end: the last epoch, and the replay stops
        app.run()
        assert app.slider(key="replay.epoch").value == 6 and "replay.started" not in app.session_state
        assert _curve_epochs(app) == 6 and np.allclose(_shown_predictions(app), final)
    finally:
        replay_view.clock = __import__("time").monotonic


def _results(app):
    """The finished run's results, as the page's run store holds them for this session."""
    from ui.views.training import VIEW

    return list(app.session_state[VIEW].results.values())


def _run_id(app) -> str:
    from ui.views.training import VIEW
    from ui.views.training_results import run_id

    return run_id(app.session_state[VIEW])


def test_the_structure_step_through_plays_to_the_last_step_and_stops():
    """Play advances the time step by the injected clock, into the slider and the URL; it stops at the last step."""
    from tests.support import open_page, text
    from ui.views import step_player

    now = [50.0]
    step_player.clock = lambda: now[0]
    try:
        app = open_page("pages/structure.py", section="step", seq="0,0.1,0.2,0.3,0.4", step="2")
        app.button(key="structure.step_play").click().run()
        assert "structure.playing" in app.session_state
        assert app.slider(key="structure.step").value == 2
        now[0] += step_player.SECONDS_PER_STEP + 0.01
        app.run()
        assert app.slider(key="structure.step").value == 3 and app.query_params["step"] in ("3", ["3"])
        assert any(text("structure.step.title", step=3, length=5) in s.value for s in app.subheader)
        app.button(key="structure.step_pause").click().run()
        now[0] += 10 * step_player.SECONDS_PER_STEP
        app.run()
        assert app.slider(key="structure.step").value == 3  # paused: the clock moves, the step does not
        app.button(key="structure.step_play").click().run()
        now[0] += 10 * step_player.SECONDS_PER_STEP
        app.run()
        assert app.slider(key="structure.step").value == 5 and "structure.playing" not in app.session_state
        app.button(key="structure.step_play").click().run()  # at the last step, Play starts over
        assert app.slider(key="structure.step").value == 1
    finally:
        step_player.clock = __import__("time").monotonic


def test_a_new_run_starts_its_replay_at_its_last_epoch():
    """The replay's position belongs to the run it was moved on: a new run shows its whole curve."""
    from tests.support import open_page, text

    app = open_page("pages/training.py", epochs="6", run="1")
    app.button(key="replay.back").click().run()
    app.button(key="replay.back").click().run()
    assert app.slider(key="replay.epoch").value == 4 and _curve_epochs(app) == 4
    app.number_input(key="training.seed").set_value(7).run()
    app.button(key="training.train").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert text("replay.at_epoch", epoch=6, epochs=6) in " ".join(c.value for c in app.caption)
    assert app.slider(key="replay.epoch").value == 6 and _curve_epochs(app) == 6
