"""Build the recurrent models every page uses, deterministically and without global state.

Every initializer gets its own integer seed, derived from the one seed the user picks, so the
same settings always give the same weights, and two students building models at the same time
on one server cannot disturb each other's random streams (which `keras.utils.set_random_seed`,
being global, would).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from rnn_core.backend import keras

CELLS = ("simplernn", "lstm", "gru")
ACTIVATIONS = ("tanh", "relu", "sigmoid")
CELL_NAMES = {"simplernn": "SimpleRNN", "lstm": "LSTM", "gru": "GRU"}
ACTIVATION_NAMES = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid"}  # as the activations are usually written


def recurrent_layer(
    cell: str = "simplernn",
    units: int = 20,
    *,
    activation: str = "tanh",
    seed: int = 0,
    return_sequences: bool = False,
    return_state: bool = False,
    recurrent_initializer=None,
    name: str | None = None,
    reset_after: bool = True,
):
    """One Keras recurrent layer (SimpleRNN, LSTM or GRU) with seeded initializers.

    `reset_after` only concerns GRU: Keras's default True applies the reset gate after the recurrent
    product (two bias rows); False applies it before, as in Cho et al. 2014 arXiv v3 (one bias row).
    """
    if cell not in CELLS:
        raise ValueError(f"cell must be one of {CELLS}, got {cell!r}")
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {ACTIVATIONS}, got {activation!r}")
    k = keras()
    layer_class = {"simplernn": k.layers.SimpleRNN, "lstm": k.layers.LSTM, "gru": k.layers.GRU}[cell]
    options = {"reset_after": reset_after} if cell == "gru" else {}
    return layer_class(
        units,
        activation=activation,
        kernel_initializer=k.initializers.GlorotUniform(seed=seed),
        recurrent_initializer=recurrent_initializer or k.initializers.Orthogonal(seed=seed + 1),
        return_sequences=return_sequences,
        return_state=return_state,
        name=name,
        **options,
    )


def dense_head(units: int = 1, *, seed: int = 0, name: str | None = None):
    """The Dense read-out on top of the recurrent layer, seeded like it."""
    k = keras()
    return k.layers.Dense(units, kernel_initializer=k.initializers.GlorotUniform(seed=seed + 2), name=name)


def build_model(
    cell: str = "simplernn",
    units: int = 20,
    *,
    timesteps: int | None = 3,
    features: int = 1,
    activation: str = "tanh",
    seed: int = 0,
    return_sequences: bool = False,
    return_state: bool = False,
    dense: bool = True,
    layer_name: str = "recurrent",
    head_name: str = "head",
    input_name: str | None = None,
    name: str | None = None,
):
    """The notes' model: a recurrent layer reading a window, then Dense(1) predicting the next value.

    `timesteps=None` leaves the length free, which an RNN allows because the same cell is
    applied at every step. The model is Sequential where it can be; with return_state=True the
    layer returns a list (output and states), which Sequential cannot pass on, so the states are
    wired out with the functional API.
    """
    k = keras()
    inputs = k.Input(shape=(timesteps, features), name=input_name)
    recurrent = recurrent_layer(
        cell,
        units,
        activation=activation,
        seed=seed,
        return_sequences=return_sequences,
        return_state=return_state,
        name=layer_name,
    )
    head = [dense_head(1, seed=seed, name=head_name)] if dense else []
    if not return_state:
        return k.Sequential([inputs, recurrent, *head], name=name or f"{cell}_regressor")
    output, *states = recurrent(inputs)
    return k.Model(inputs, [head[0](output) if head else output, *states], name=name or "functional")


def sketch_with_weights(build: Callable[[], object]) -> tuple[object, list[np.ndarray]]:
    """The model `build()` makes, without TensorFlow variables, and its variables' starting values as arrays.

    Built in a `keras.StatelessScope`, each variable keeps its initializer instead of a value; calling
    those initializers (the layers' own, with their seeds and shapes) gives, in `model.variables`
    order, exactly the arrays a built model's variables would hold (`get_weights()` and, besides,
    state such as a cell's seed generator), for about a quarter of the time: creating the variables
    is what costs. The sketch can say what to train (`training_loop.fit_weights_together`) but holds
    no values to read or call.
    """
    from keras.src.backend.common import global_state

    with keras().StatelessScope(initialize_variables=False):
        model = build()
        values = [np.asarray(v._initializer(v.shape, dtype=v.dtype)) for v in model.variables]
    # Keras lists the variables left uninitialised (per thread) to initialise them later; these never will be.
    pending = global_state.get_global_attribute("uninitialized_variables")
    if pending:
        ours = {id(v) for v in model.variables}
        pending[:] = [v for v in pending if id(v) not in ours]
    return model, values


def format_shape(shape, free_axis: str = "None") -> str:
    """A shape as Keras prints it, (None, 3, 20) and (20,), or with the free batch axis named: (batch, 3, 1)."""
    sizes = [free_axis if size is None else str(int(size)) for size in shape]
    return "(" + ", ".join(sizes) + ("," if len(sizes) == 1 else "") + ")"
