"""rnn_core.training_loop.Sweeper: what evicted graphs leave behind is given back, never under a running graph."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from rnn_core import training_loop
from rnn_core.data import make_dataset
from rnn_core.training import TrainingSettings, training_model
from rnn_core.training_loop import FitOptions, Sweeper, fit_in_chunks

ARITH = make_dataset("arith", 100, 3)
INPUTS, TARGETS = ARITH.inputs.astype("float32"), ARITH.targets.astype("float32")


class CountingSweep:
    def __init__(self):
        self.count = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def __call__(self):
        self.count += 1
        self.started.set()
        assert self.release.wait(10)


def test_a_sweep_waits_for_enough_evictions(monkeypatch):
    monkeypatch.setattr(training_loop, "SWEEP_EVERY", 3)
    sweep = CountingSweep()
    sweeper = Sweeper(sweep)
    sweeper.evicted(1)
    sweeper.evicted(1)
    assert sweep.count == 0
    sweeper.evicted(1)  # nothing runs: the evicting thread sweeps at once
    assert sweep.count == 1 and sweeper.sweeps == 1
    sweeper.evicted(2)  # a group of loops counts as its loops
    assert sweep.count == 1
    sweeper.evicted(1)
    assert sweep.count == 2


def test_a_sweep_waits_for_the_running_calls_and_the_last_one_out_sweeps(monkeypatch):
    monkeypatch.setattr(training_loop, "SWEEP_EVERY", 1)
    sweep = CountingSweep()
    sweeper = Sweeper(sweep)
    with sweeper.running():
        with sweeper.running():
            sweeper.evicted(1)
            assert sweep.count == 0
        assert sweep.count == 0  # one call still runs
    assert sweep.count == 1


def test_calls_that_arrive_during_a_sweep_wait_for_it(monkeypatch):
    monkeypatch.setattr(training_loop, "SWEEP_EVERY", 1)
    sweep = CountingSweep()
    sweep.release.clear()
    sweeper = Sweeper(sweep)
    sweeping = threading.Thread(target=sweeper.evicted, args=(1,))
    sweeping.start()
    assert sweep.started.wait(10)
    order = []

    def call():
        with sweeper.running():
            order.append("call")

    caller = threading.Thread(target=call)
    caller.start()
    caller.join(0.3)
    assert order == []  # held back while the sweep runs
    order.append("sweep done")
    sweep.release.set()
    sweeping.join(10)
    caller.join(10)
    assert order == ["sweep done", "call"]


def test_after_a_real_sweep_the_evicted_graph_is_gone_and_a_kept_one_trains_the_same(monkeypatch):
    from tensorflow.python.eager import context

    monkeypatch.setattr(training_loop, "_cache", type(training_loop._cache)())
    monkeypatch.setattr(training_loop, "CACHE_SIZE", 2)
    monkeypatch.setattr(training_loop, "SWEEP_EVERY", 1)
    monkeypatch.setattr(training_loop, "sweeper", Sweeper())
    options = FitOptions(shuffle=False)

    def run(window):
        model = training_model(TrainingSettings(units=5, window=window))
        inputs = np.repeat(INPUTS[:, :1], window, axis=1)
        return fit_in_chunks(model, inputs, TARGETS, epochs=3, learning_rate=0.01, options=options).losses

    run(3)
    graph_names = [f.name for f in next(iter(training_loop._cache.values()))._function._list_all_concrete_functions()]
    assert graph_names and all(context.context().has_function(name) for name in graph_names)
    kept = run(4)
    assert training_loop.sweeper.sweeps == 0
    run(5)  # evicts window 3's loop and sweeps: its graph leaves TensorFlow's function library
    assert training_loop.sweeper.sweeps == 1 and training_loop.cache_info()["models"] == 2
    assert not any(context.context().has_function(name) for name in graph_names)
    # Window 4's loop lost its instantiated kernels in the sweep: built again, it computes the same.
    traced = training_loop.cache_info()["traces"]
    np.testing.assert_allclose(run(4), kept, rtol=1e-6)
    assert training_loop.cache_info()["traces"] == traced  # reused, not traced again


@pytest.mark.slow  # ~10 s: the real-sweep test above stands for it in the fast lane
def test_runs_on_several_threads_through_evictions_and_sweeps_train_as_they_do_alone(monkeypatch):
    monkeypatch.setattr(training_loop, "_cache", type(training_loop._cache)())
    monkeypatch.setattr(training_loop, "CACHE_SIZE", 2)  # four shapes on two places: evictions all along
    monkeypatch.setattr(training_loop, "SWEEP_EVERY", 1)
    monkeypatch.setattr(training_loop, "sweeper", Sweeper())
    options = FitOptions(shuffle=True)

    def run(window, seed):
        model = training_model(TrainingSettings(units=4, window=window, seed=seed))
        inputs = np.repeat(INPUTS[:, :1], window, axis=1)
        return fit_in_chunks(model, inputs, TARGETS, epochs=4, learning_rate=0.01, options=options, seed=seed).losses

    jobs = [(window, seed) for seed in (1, 2) for window in (2, 3, 4, 5)]
    alone = {job: run(*job) for job in jobs}
    together, failures = {}, []

    def worker(share):
        try:
            for job in share:
                together[job] = run(*job)
        except Exception as error:  # reported below: a thread's exception would otherwise be lost
            failures.append(error)

    threads = [threading.Thread(target=worker, args=(jobs[i::4] + jobs[: i + 1],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures and training_loop.sweeper.sweeps > 0
    for job in jobs:
        np.testing.assert_allclose(together[job], alone[job], rtol=1e-6)
