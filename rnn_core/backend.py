"""One door to Keras: TensorFlow is heavy, so nothing imports it until a model is really needed."""

from __future__ import annotations

import gc
import os
import threading

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


def warm_up_in_background() -> threading.Thread:
    """Start importing TensorFlow on a daemon thread so the first model page opens sooner."""
    thread = threading.Thread(target=keras, name="keras-warm-up", daemon=True)
    thread.start()
    return thread


def single_device(optimizer):
    """Return `optimizer` with its cross-device gradient sum switched off (one CPU needs none).

    Keras sums gradients across devices through tf.distribute even on one CPU. Traced inside a
    tf.function, that sum registers a custom gradient in TensorFlow's global registry, which keeps
    the whole traced graph alive for the life of the process: about 7 MB per training run,
    measured on the training page. With a single device the sum is the identity, so every
    optimizer RNN Lab trains with goes through here. (It relies on a private Keras method; a
    test checks the registry no longer grows.)
    """
    optimizer._all_reduce_sum_gradients = list
    return optimizer
