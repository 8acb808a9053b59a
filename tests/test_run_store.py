"""The shared run store behind the training page, without Streamlit: sharing, cancelling, abandoning, bounds."""

from __future__ import annotations

import threading

import pytest

from ui.run_store import DONE, FAILED, RunStore, RunView


class FakeWork:
    """Stands in for `train`: counts calls, publishes one snapshot, then waits for the test's go-ahead."""

    def __init__(self, fail: bool = False):
        self.calls, self.fail = [], fail
        self.started, self.go = threading.Event(), threading.Event()

    def __call__(self, key, *, on_chunk_end, should_stop):
        self.calls.append(key)
        on_chunk_end(f"{key}: halfway")
        self.started.set()
        while not self.go.wait(0.01):
            if should_stop():
                return f"{key}: stopped"
        if self.fail:
            raise RuntimeError("out of memory")
        return f"{key}: done"


@pytest.fixture
def new_store():
    """Builds RunStores like the constructor does, and closes every one after the test: no worker outlives it."""
    stores, before = [], set(threading.enumerate())  # other tests' stores (the page's) are not ours to close

    def build(work, **options) -> RunStore:
        stores.append(RunStore(work, **options))
        return stores[-1]

    yield build
    for store in stores:
        store.close()
    assert not workers_started_since(before)


def workers_started_since(before: set) -> list:
    return [thread for thread in set(threading.enumerate()) - before if thread.name.startswith("training-worker")]


def wait_until(store: RunStore, condition) -> None:
    for _ in range(500):
        if condition():
            return
        store.wait(0.01)
    raise AssertionError("condition never came true")


def test_identical_settings_share_one_run(new_store):
    work = FakeWork()
    store = new_store(work, workers=2)
    first, second = store.follow("a", "student-1"), store.follow("a", "student-2")
    assert first is second
    work.go.set()
    wait_until(store, lambda: first.state == DONE)
    assert work.calls == ["a"] and first.latest == "a: done"
    assert store.follow("a", "student-3") is first  # finished runs are kept and reused


def test_a_run_nobody_watches_any_more_is_cancelled_and_forgotten(new_store):
    work = FakeWork()
    store = new_store(work, workers=1)
    job = store.follow("a", "student-1")
    work.started.wait(5)
    view = store.stop(RunView("request", {"tanh": "a"}), "student-1", cut_short=lambda s: s + " (cut)")
    assert view.results == {"tanh": "a: halfway (cut)"}
    wait_until(store, lambda: job.finished)
    assert job.latest == "a: stopped" and store.peek("a") is None
    work.go.set()
    assert store.follow("a", "student-1") is not job  # asking again starts a fresh, full run


def test_follow_view_reports_progress_and_returns_every_result(new_store):
    work = FakeWork()
    store = new_store(work, workers=2)
    view = store.start("request", {"tanh": "a", "relu": "b"}, "student-1")
    seen = []

    def on_progress(progress):
        seen.append(progress)
        if len(progress.snapshots) == 2:
            work.go.set()

    done = store.follow_view(view, "student-1", on_progress, poll_seconds=0.01)
    assert done.results == {"tanh": "a: done", "relu": "b: done"} and done.errors == ()
    assert any(p.snapshots == {"tanh": "a: halfway", "relu": "b: halfway"} for p in seen)


def test_a_follower_draws_at_its_own_pace_not_at_every_snapshot_the_run_publishes(new_store):
    def chatty_work(key, *, on_chunk_end, should_stop):
        for chunk in range(200):
            on_chunk_end(f"{key}: chunk {chunk}")
            threading.Event().wait(0.001)  # the chunk's own training time, in which a follower could wake
        return f"{key}: done"

    store = new_store(chatty_work, workers=1)
    calls = []
    done = store.follow_view(RunView("request", {"tanh": "a"}), "student-1", calls.append, poll_seconds=60)
    assert done.results == {"tanh": "a: done"}
    assert len(calls) <= 3  # the first look, the run starting, the run ending: never a poll's timeout here


def test_a_failed_run_is_reported_and_not_kept(new_store):
    work = FakeWork(fail=True)
    work.go.set()
    store = new_store(work, workers=1)
    done = store.follow_view(RunView("request", {"tanh": "a"}), "student-1", lambda progress: None, 0.01)
    assert done.results == {} and done.errors == ("RuntimeError: out of memory",)
    assert store.peek("a") is None


@pytest.mark.parametrize("max_entries", [1, 3])
def test_the_store_keeps_at_most_max_entries_finished_runs(max_entries, new_store):
    work = FakeWork()
    work.go.set()
    store = new_store(work, max_entries=max_entries, workers=1)
    for key in "abcde":
        job = store.follow(key, "student-1")
        wait_until(store, lambda job=job: job.state in (DONE, FAILED))
    assert len(store) == max_entries and store.peek("e") is not None


class FakeClock:
    """The store's clock, moved by hand: abandonment is decided on it, not on real time."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


GRACE = 10.0


def clocked_store(new_store) -> tuple[FakeWork, FakeClock, RunStore]:
    """A one-worker store whose abandonment runs on a hand-moved clock, with the work it runs."""
    work, clock = FakeWork(), FakeClock()
    return work, clock, new_store(work, workers=1, abandon_after=GRACE, clock=clock)


def test_a_run_whose_watchers_stopped_polling_is_cancelled_after_the_grace_period(new_store):
    work, clock, store = clocked_store(new_store)
    job = store.follow("a", "closed-tab")
    assert work.started.wait(5)
    clock.now += GRACE - 1  # a rerun's gap, or a brief reconnect: the run carries on
    store.wait(0.1)
    assert not job.finished and store.peek("a") is job
    clock.now += 2  # nobody has polled for longer than the grace period
    wait_until(store, lambda: job.finished)
    assert job.latest == "a: stopped" and job.cancelled.is_set()
    assert store.peek("a") is None  # a cut-short run must not stand in for the full one
    work.go.set()
    assert store.follow("a", "new-tab") is not job


def test_a_run_that_one_watcher_still_polls_survives_the_others_leaving(new_store):
    work, clock, store = clocked_store(new_store)
    store.follow("a", "closed-tab")
    polls = []

    def on_progress(progress):
        polls.append(progress)
        clock.now += GRACE / 2  # 5 × grace in all: only this watcher's polls keep the run alive
        if len(polls) == 10:
            work.go.set()

    done = store.follow_view(RunView("request", {"tanh": "a"}), "open-tab", on_progress, poll_seconds=0.01)
    assert done.results == {"tanh": "a: done"} and work.calls == ["a"]
    assert len(polls) >= 10


def test_an_abandoned_queued_run_never_starts_and_is_not_counted_ahead_of_others(new_store):
    work, clock, store = clocked_store(new_store)
    running = store.follow("a", "student-1")
    assert work.started.wait(5)
    queued = store.follow("b", "closed-tab")
    clock.now += GRACE + 1
    store.follow("a", "student-1")  # student 1 polls again, the closed tab never does
    latecomer = store.follow("c", "student-3")
    assert store.runs_ahead(latecomer) == 0  # b will be skipped, so it is not ahead of c
    work.go.set()
    wait_until(store, lambda: latecomer.state == DONE)
    assert running.latest == "a: done" and work.calls == ["a", "c"]
    assert queued.cancelled.is_set() and store.peek("b") is None


def test_a_view_whose_run_was_dropped_while_its_script_stalled_ends_as_stopped(new_store):
    work, clock, store = clocked_store(new_store)
    view = store.start("request", {"tanh": "a"}, "slow-tab")
    first = store.peek("a")
    assert work.started.wait(5)

    def on_progress(progress):
        clock.now += GRACE + 1  # this poll took longer than the grace period (a stalled server)
        wait_until(store, first.cancelled.is_set)

    done = store.follow_view(view, "slow-tab", on_progress, poll_seconds=0.01, cut_short=lambda s: s + " (cut)")
    assert done.results["tanh"] in ("a: halfway (cut)", "a: stopped (cut)")  # where it had got to
    assert work.calls == ["a"]  # not trained again behind the student's back


def test_coming_back_to_a_run_dropped_after_streamlits_stop_shows_it_stopped_and_train_starts_afresh(new_store):
    work, clock, store = clocked_store(new_store)
    view = store.start("request", {"tanh": "a"}, "student")
    first = store.peek("a")
    assert work.started.wait(5)
    clock.now += GRACE + 1  # Streamlit's own Stop ended the script: nobody polls
    wait_until(store, lambda: first.finished)
    assert store.peek("a") is None

    # The student's next click reruns the page, which follows the view it still holds.
    done = store.follow_view(view, "student", lambda progress: None, poll_seconds=0.01, cut_short=str.upper)
    assert done.results == {"tanh": "A: STOPPED"} and work.calls == ["a"]
    # Pressing Train again is a new request: it trains from the start.
    work.go.set()
    again = store.follow_view(store.start("request", {"tanh": "a"}, "student", done), "student", lambda p: None, 0.01)
    assert again.results == {"tanh": "a: done"} and work.calls == ["a", "a"]


def test_another_students_new_run_of_the_same_settings_is_joined_not_reported_stopped(new_store):
    work, clock, store = clocked_store(new_store)
    view = store.start("request", {"tanh": "a"}, "student-1")
    first = store.peek("a")
    assert work.started.wait(5)
    clock.now += GRACE + 1
    wait_until(store, lambda: first.finished)
    second = store.follow("a", "student-2")  # someone else asks for the same settings afresh
    work.go.set()
    done = store.follow_view(view, "student-1", lambda progress: None, poll_seconds=0.01)
    assert second is not first and done.results == {"tanh": "a: done"}


def test_close_cancels_what_is_left_and_ends_the_workers():
    before, work = set(threading.enumerate()), FakeWork()
    store = RunStore(work, workers=2)
    running, queued = store.follow("a", "student-1"), store.follow("b", "student-2")
    store.follow("c", "student-3")  # queued behind the two the workers hold
    assert work.started.wait(5)
    store.close()
    assert running.cancelled.is_set() and queued.cancelled.is_set()
    assert all(call.endswith("stopped") for call in [running.latest, queued.latest] if call)
    assert len(store) == 0 and "c" not in work.calls
    assert not workers_started_since(before)


def test_a_view_waiting_in_the_queue_polls_at_its_own_slower_pace():
    """While every run of a view is queued the follower redraws every `queued_poll_seconds`, then at `poll_seconds`."""
    for abandon_after, queued_wait in ((400.0, 60), (40.0, 10.0)):  # never slower than a quarter of the grace
        started, release = threading.Event(), threading.Event()

        def work(key, *, on_chunk_end, should_stop, started=started, release=release):
            started.set()
            if key == "busy":
                release.wait(5)
            return key

        store = RunStore(work, workers=1, abandon_after=abandon_after)
        store.follow("busy", "someone-else")  # takes the only worker
        assert started.wait(5)
        waits, wait_for_change = [], store._wait_for_change

        def record_wait(jobs, timeout, waits=waits, wait_for_change=wait_for_change, release=release):
            waits.append(timeout)
            if len(waits) == 3:
                release.set()
            wait_for_change(jobs, 0.01)

        store._wait_for_change = record_wait
        view = RunView("request", {"tanh": "a"})
        done = store.follow_view(view, "student", lambda progress: None, 0.25, queued_poll_seconds=60)
        store.close()
        assert done.results == {"tanh": "a"}
        assert waits[:3] == [queued_wait] * 3 and all(wait in (queued_wait, 0.25) for wait in waits)
