"""One training run per settings, shared by every session of the server, and bounded in size.

Thirty students opening the same link should wait for one run, not start thirty. Runs happen on
a small pool of worker threads rather than in a page's script thread, so a click that interrupts
the script (Streamlit's fast reruns) never interrupts or half-writes a run: the next script run
simply follows the same job again. Each job trains its own weights, and everything it publishes
(progress snapshots and the final result) is immutable, so sessions only ever read shared data.

A run nobody looks at any more stops. Sessions say they are still there every time they poll a
run (`follow_view`); a session whose script stopped for good (its tab was closed, Streamlit's
own Stop button) stops polling, and once no watcher of a run has polled for `abandon_after`
seconds the worker cancels it at the end of its current chunk. The grace period covers the gap
between an interrupted script run and the next one (fast reruns) and a brief reconnect. A session
that comes back to a run it was dropped from (after Streamlit's Stop, say) is shown where the
run had got to, as stopped, rather than having it trained again behind its back.

Nothing here imports Streamlit: the page keeps one store per server with `st.cache_resource`.
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


class Job:
    """One run: its state, the latest snapshot it published, and who is watching it."""

    def __init__(self, key: Hashable, ticket: int):
        self.key = key
        self.ticket = ticket  # order of arrival, for "n runs ahead of yours"
        self.state = QUEUED
        self.latest: Any = None  # the last progress snapshot, then the final result
        self.error: str | None = None
        self.watchers: dict[str, float] = {}  # watcher → when it last polled (store clock)
        self.dropped: set[str] = set()  # watchers that went quiet for longer than the grace period
        self.cancelled = threading.Event()

    @property
    def finished(self) -> bool:
        return self.state in (DONE, FAILED)


@dataclass(frozen=True)
class RunView:
    """What one session shows: the runs it asked for and, once all have ended, their results.

    A session keeps exactly one view and replaces it whole, so an interrupted script run leaves
    either the old view or the new one behind, never a mix.
    """

    request: Hashable  # what the session asked for (the page's settings)
    keys: dict  # label → store key of one run (e.g. activation → that activation's settings)
    results: dict | None = None  # label → final result or snapshot; None while the runs are going
    errors: tuple[str, ...] = ()  # why a run failed, if one did


@dataclass(frozen=True)
class ViewProgress:
    """Where the runs of a view are, passed to the page's drawing callback on every poll."""

    snapshots: dict  # label → latest snapshot (labels that have none yet are missing)
    finished: frozenset = field(default_factory=frozenset)  # labels whose run has ended
    runs_ahead: int | None = None  # while every run of the view is still queued: how many start first


class RunStore:
    """Jobs keyed by settings: started once, shared while running, kept (at most `max_entries`) when done.

    `work(key, on_chunk_end=..., should_stop=...)` runs one job on a worker thread and returns
    its result; it calls `on_chunk_end(snapshot)` to publish progress and stops early when
    `should_stop()` is true (every watcher left, or none polled for `abandon_after` seconds).
    `close()` cancels what is left and ends the worker threads.
    """

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        max_entries: int = 48,
        workers: int = 2,
        abandon_after: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._work = work
        self._max_entries = max_entries
        self._abandon_after = abandon_after
        self._clock = clock
        self._entries: OrderedDict[Hashable, Job] = OrderedDict()
        self._left: OrderedDict[Hashable, Job] = OrderedDict()  # runs cancelled because nobody polled them
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._tickets = itertools.count()
        self._queue: queue.Queue[Job | None] = queue.Queue()  # None tells a worker to end
        self._workers = [
            threading.Thread(target=self._serve, name=f"training-worker-{i}", daemon=True) for i in range(workers)
        ]
        for thread in self._workers:
            thread.start()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def follow(self, key: Hashable, watcher: str) -> Job:
        """The job for `key`, started if nobody has run it yet; `watcher` is counted as interested."""
        with self._lock:
            job = self._entries.get(key)  # never a cancelled job: cancelling removes it
            if job is None:
                job = Job(key, next(self._tickets))
                self._entries[key] = job
                self._queue.put(job)
                self._evict()
            self._entries.move_to_end(key)
            self._touch(job, watcher, self._clock())
            return job

    def peek(self, key: Hashable) -> Job | None:
        with self._lock:
            return self._entries.get(key)

    def release(self, key: Hashable, watcher: str) -> None:
        """`watcher` lost interest; an unfinished job nobody watches is cancelled and forgotten."""
        with self._lock:
            job = self._entries.get(key)
            if job is None:
                return
            job.watchers.pop(watcher, None)
            if not job.finished and not job.watchers:
                self._cancel(job)

    def cancel_if_abandoned(self, job: Job) -> bool:
        """Cancel `job` if it is unfinished and no watcher polled it within `abandon_after` seconds; True if cancelled.

        Watchers that went quiet are dropped first; a job left with none is cancelled and forgotten.
        """
        with self._lock:
            if job.cancelled.is_set():
                return True
            if job.finished:
                return False
            horizon = self._clock() - self._abandon_after
            for watcher in [w for w, seen in job.watchers.items() if seen < horizon]:
                del job.watchers[watcher]
                job.dropped.add(watcher)
            if not job.watchers:
                self._cancel(job)
                self._left[job.key] = job
                while len(self._left) > self._max_entries:
                    self._left.popitem(last=False)
            return job.cancelled.is_set()

    def _left_behind(self, key: Hashable, watcher: str, job: Job | None = None) -> Job | None:
        """The cancelled run of `key` that `watcher` was dropped from, unless a new run of `key` has begun."""
        with self._lock:
            if job is None:
                if key in self._entries:
                    return None
                job = self._left.get(key)
            if job is not None and job.cancelled.is_set() and watcher in job.dropped:
                return job
            return None

    def _cancel(self, job: Job) -> None:
        # Called with the lock held, for an unfinished job: it is still the entry of its key (only
        # finished jobs are evicted or replaced), and a cancelled one must not stand in for a full run.
        job.cancelled.set()
        del self._entries[job.key]
        self._changed.notify_all()

    def wait(self, timeout: float) -> None:
        """Block until some job changes state (starts, ends, is cancelled), or `timeout` seconds pass."""
        with self._changed:
            self._changed.wait(timeout)

    def _wait_for_change(self, jobs, timeout: float) -> None:
        """Block until one of `jobs` changes state, or `timeout` seconds pass.

        Progress snapshots do not wake a follower: it picks the latest up on its next poll, so
        thirty sessions following runs that publish a hundred chunks a second still draw at
        most once per poll each, while a run that ends shows at once.
        """
        seen = [(job.state, job.cancelled.is_set()) for job in jobs]
        with self._changed:
            self._changed.wait_for(lambda: [(job.state, job.cancelled.is_set()) for job in jobs] != seen, timeout)

    def runs_ahead(self, job: Job) -> int:
        """How many queued jobs will start before this one."""
        with self._lock:
            horizon = self._clock() - self._abandon_after
            return sum(
                1
                for other in self._entries.values()
                if other.state == QUEUED
                and other.ticket < job.ticket
                and any(seen >= horizon for seen in other.watchers.values())  # abandoned ones will be skipped
            )

    # ----- session side: one view at a time ---------------------------------------------------------

    def start(self, request: Hashable, keys: dict, watcher: str, previous: RunView | None = None) -> RunView:
        """Follow the runs of a new request (starting those nobody has run), then let go of the old ones."""
        for key in keys.values():
            self.follow(key, watcher)
        if previous is not None and previous.results is None:
            for key in set(previous.keys.values()) - set(keys.values()):
                self.release(key, watcher)
        return RunView(request, dict(keys))

    def stop(self, view: RunView, watcher: str, cut_short: Callable[[Any], Any] = lambda snapshot: snapshot) -> RunView:
        """Keep what each run of `view` had reached (passed through `cut_short`) and stop watching it."""
        results = {}
        for label, key in view.keys.items():
            job = self.peek(key)
            snapshot = job.latest if job is not None else None
            self.release(key, watcher)
            if snapshot is not None:
                results[label] = cut_short(snapshot)
        return RunView(view.request, view.keys, results)

    def follow_view(
        self,
        view: RunView,
        watcher: str,
        on_progress: Callable[[ViewProgress], None],
        poll_seconds: float = 0.25,
        cut_short: Callable[[Any], Any] = lambda snapshot: snapshot,
        queued_poll_seconds: float | None = None,
    ) -> RunView:
        """Call `on_progress` until every run of `view` has ended; return the view with its results.

        `on_progress` runs every `poll_seconds`, and at once when a run starts or ends, so a page
        that draws in it gives Streamlit a point to interrupt the script; the runs themselves
        carry on regardless. Progress snapshots alone do not call it: a follower draws at the
        pace it polls, not at the pace the run publishes. While every run of the view is still
        queued it polls every `queued_poll_seconds` instead (if given; at most a quarter of the
        grace period, so a waiting session is never taken for a closed tab): only the count of
        runs ahead can change then, and a run that starts wakes it at once anyway. Each poll of
        thirty waiting sessions is a redraw the server pays for.
        A run this watcher was dropped from (it stopped polling for longer than the grace period)
        ends the view as if Stop had been pressed: its last snapshot, passed through `cut_short`.
        """
        left: dict[str, Job] = {}
        jobs: dict[str, Job] = {}
        for label, key in view.keys.items():
            job = self._left_behind(key, watcher)
            if job is not None:
                left[label] = job
            else:
                jobs[label] = self.follow(key, watcher)
        while True:
            self._sort_out_left(jobs, left, watcher)
            if not jobs:
                break
            self._seen(jobs.values(), watcher)
            queued = all(job.state == QUEUED for job in jobs.values())
            on_progress(
                ViewProgress(
                    snapshots={label: job.latest for label, job in jobs.items() if job.latest is not None},
                    finished=frozenset(label for label, job in jobs.items() if job.finished),
                    runs_ahead=min(self.runs_ahead(job) for job in jobs.values()) if queued else None,
                )
            )
            if all(job.finished for job in jobs.values()):
                break
            wait = poll_seconds
            if queued and queued_poll_seconds is not None:
                wait = max(poll_seconds, min(queued_poll_seconds, self._abandon_after / 4))
            self._wait_for_change(list(jobs.values()), wait)
        self._sort_out_left(jobs, left, watcher)  # a run may have been dropped and ended since the last look
        for job in left.values():
            with self._lock:
                job.dropped.discard(watcher)  # told once; the next request for these settings starts afresh
        for key in view.keys.values():
            self.release(key, watcher)
        results = {label: job.latest for label, job in jobs.items() if job.state == DONE}
        results.update({label: cut_short(job.latest) for label, job in left.items() if job.latest is not None})
        errors = tuple(job.error for job in jobs.values() if job.state == FAILED)
        return RunView(view.request, view.keys, results, errors)

    def _sort_out_left(self, jobs: dict, left: dict, watcher: str) -> None:
        """Move the runs `watcher` was dropped from out of `jobs` into `left`."""
        for label in [label for label, job in jobs.items() if self._left_behind(job.key, watcher, job)]:
            left[label] = jobs.pop(label)

    def _seen(self, jobs, watcher: str) -> None:
        """`watcher` is still polling these jobs."""
        with self._lock:
            now = self._clock()
            for job in jobs:
                self._touch(job, watcher, now)

    @staticmethod
    def _touch(job: Job, watcher: str, now: float) -> None:
        # Called with the lock held: `watcher` is (again) interested in a job that can still use it.
        if not job.finished and not job.cancelled.is_set():
            job.watchers[watcher] = now
            job.dropped.discard(watcher)

    # ----- worker side ---------------------------------------------------------------------------

    def close(self) -> None:
        """Cancel every unfinished job and end the worker threads (a finished store, or a test's)."""
        with self._lock:
            for job in [job for job in self._entries.values() if not job.finished]:
                self._cancel(job)
        for _ in self._workers:
            self._queue.put(None)
        for thread in self._workers:
            thread.join()

    def _serve(self) -> None:
        while (job := self._queue.get()) is not None:
            if not self.cancel_if_abandoned(job):
                self._run(job)

    def _run(self, job: Job) -> None:
        with self._changed:
            job.state = RUNNING
            self._changed.notify_all()
        try:
            result = self._work(
                job.key,
                on_chunk_end=lambda snapshot: self._publish(job, snapshot),
                should_stop=lambda: self.cancel_if_abandoned(job),
            )
        except Exception as error:  # a worker must survive any run and report what went wrong
            with self._changed:
                job.error = f"{type(error).__name__}: {error}"
                job.state = FAILED
                if self._entries.get(job.key) is job:
                    del self._entries[job.key]  # a failed run is not kept: the next request tries again
                self._changed.notify_all()
            return
        with self._changed:
            job.latest = result
            job.state = DONE
            self._evict()
            self._changed.notify_all()

    def _publish(self, job: Job, snapshot: Any) -> None:
        with self._lock:  # no notify: followers read the latest snapshot when they next poll
            job.latest = snapshot

    def _evict(self) -> None:
        # Called with the lock held. Only finished jobs go: a running one has watchers waiting.
        while len(self._entries) > self._max_entries:
            oldest = next((key for key, job in self._entries.items() if job.finished), None)
            if oldest is None:
                return
            del self._entries[oldest]
