"""One door to Keras: TensorFlow is heavy, so nothing imports it until a model is really needed."""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable

# Quiet TensorFlow's C++ start-up chatter; it is noise for a classroom tool.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

_lock = threading.Lock()
_keras = None


def keras():
    """Return the keras module, importing TensorFlow once and capping its thread pools first.

    Thread counts can only be set before TensorFlow initialises, which is why this is the
    only place in the app that imports it. Two intra-op threads match the hosting limit of
    two cores, so thirty students do not each spawn a pool sized for a big server.
    """
    global _keras
    if _keras is not None:
        return _keras
    with _lock:
        if _keras is None:
            import tensorflow as tf

            try:
                tf.config.threading.set_intra_op_parallelism_threads(2)
                tf.config.threading.set_inter_op_parallelism_threads(2)
            except RuntimeError:
                pass  # TensorFlow was already initialised by someone else; keep its pools.
            import keras as keras_module

            # Streamlit calls keras.backend.clear_session(), and with it gc.collect(), after every
            # script run once keras is imported. Freezing the ~350,000 objects the import created
            # keeps that sweep from walking them each time (~250 ms saved per rerun, every page).
            gc.freeze()
            _keras = keras_module
    return _keras


def tensorflow():
    """Return the tensorflow module (imported through keras() so the thread caps apply)."""
    keras()
    import tensorflow as tf

    return tf


_last_activity = [-float("inf")]  # when a script run last started (time.monotonic); see note_activity


def note_activity(now: float | None = None) -> None:
    """Record that a page is being drawn; the warm-up waits for a quiet moment after the last one."""
    _last_activity[0] = time.monotonic() if now is None else now


def after_quiet(
    action: Callable[[], object],
    quiet_seconds: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    done: Callable[[], bool] = lambda: False,
) -> None:
    """Call `action` once no activity was noted for `quiet_seconds` (at once if `done()` is true)."""
    while not done():
        quiet_for = clock() - _last_activity[0]
        if quiet_for >= quiet_seconds:
            break
        sleep(quiet_seconds - quiet_for)
    action()


def warm_up_in_background(quiet_seconds: float = 2.0, then: Callable[[], object] | None = None) -> threading.Thread:
    """Import TensorFlow on a daemon thread, once pages have stopped loading for `quiet_seconds`.

    The import holds the interpreter lock for about three seconds, which slows every page drawn
    meanwhile: overview visits that took 1.3 s took 1.6–2.2 s during it (bench/startup.py). When a
    class opens the link together, waiting for the burst to pass keeps their first pages fast; a
    model page opened before then simply imports TensorFlow itself. `then` runs next on the same
    thread (the app traces the training page's graphs there).
    """

    def load():
        keras()
        if then is not None:
            then()

    thread = threading.Thread(
        target=after_quiet,
        args=(load, quiet_seconds),
        kwargs={"done": lambda: _keras is not None},
        name="keras-warm-up",
        daemon=True,
    )
    thread.start()
    return thread
