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
