"""The five ways a recurrent layer maps inputs to outputs, each as a small Keras model.

Each mode carries the short Keras 3 snippet the page shows and the shapes that snippet claims;
`measure_shapes` builds the model for real and reads the shapes back, and the tests run the
snippet itself, so the text, the claim and Keras cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.backend import keras
from rnn_core.models import dense_head, format_shape, recurrent_layer

UNITS = 4  # hidden units in every mode's recurrent layer: the shapes, not the capacity, are the lesson
VOCABULARY = 50  # token ids a translation model reads and writes
EMBEDDING = 8  # length of the vector each token id is turned into
SAMPLE_BATCH = 2  # sequences in the sample batch run through every model


@dataclass(frozen=True)
class SequenceMode:
    """One input→output pattern: the code a student reads and the shapes it promises."""

    name: str  # one_to_one, one_to_many, many_to_one, many_to_many, encoder_decoder
    input_steps: int  # time steps read (the source sentence's length for encoder_decoder)
    output_steps: int  # time steps written
    input_shapes: tuple[tuple, ...]  # one shape per model input, batch axis as None
    input_dtypes: tuple[str, ...]  # "float32" for numbers, "int32" for token ids
    output_shape: tuple  # the model's output shape, batch axis as None
    code: str  # the Keras 3 snippet without comments (the page explains it in both languages)
    build: Callable  # builds the same model with seeded initializers

    @property
    def snippet(self) -> str:
        inputs = " + ".join(batch_shape(shape) for shape in self.input_shapes)
        return f"{self.code}\n# {inputs} → {batch_shape(self.output_shape)}"


def batch_shape(shape) -> str:
    """(None, 3, 1) → "(batch, 3, 1)": Keras writes the free batch axis as None."""
    return format_shape(shape, free_axis="batch")


def _sequential(name, first_input_shape, *layers):
    k = keras()
    return k.Sequential([k.Input(shape=first_input_shape), *layers], name=name)


def _one_to_one():
    return _sequential("one_to_one", (1, 1), recurrent_layer("simplernn", UNITS, seed=0), dense_head(1, seed=0))


def _one_to_many():
    return _sequential(
        "one_to_many",
        (1,),
        keras().layers.RepeatVector(4),
        recurrent_layer("simplernn", UNITS, seed=0, return_sequences=True),
        dense_head(1, seed=0),
    )


def _many_to_one():
    return _sequential("many_to_one", (3, 1), recurrent_layer("simplernn", UNITS, seed=0), dense_head(1, seed=0))


def _many_to_many():
    return _sequential(
        "many_to_many",
        (4, 1),
        recurrent_layer("simplernn", UNITS, seed=0, return_sequences=True),
        dense_head(1, seed=0),
    )


def _embedding(seed: int):
    k = keras()
    return k.layers.Embedding(VOCABULARY, EMBEDDING, embeddings_initializer=k.initializers.RandomUniform(seed=seed))


def _encoder_decoder():
    """The encoder's last hidden state becomes the decoder's first: the notes' use of return_state."""
    k = keras()
    source = k.Input(shape=(5,), dtype="int32")
    target_so_far = k.Input(shape=(4,), dtype="int32")
    _, state = recurrent_layer("simplernn", UNITS, seed=10, return_state=True)(_embedding(20)(source))
    decoded = recurrent_layer("simplernn", UNITS, seed=30, return_sequences=True)(
        _embedding(40)(target_so_far), initial_state=state
    )
    head = k.layers.Dense(VOCABULARY, activation="softmax", kernel_initializer=k.initializers.GlorotUniform(seed=50))
    return k.Model([source, target_so_far], head(decoded), name="encoder_decoder")


_HEADER = "import keras\nfrom keras import layers\n\n"

MODES = (
    SequenceMode(
        "one_to_one",
        1,
        1,
        ((None, 1, 1),),
        ("float32",),
        (None, 1),
        _HEADER
        + """model = keras.Sequential([
    keras.Input(shape=(1, 1)),
    layers.SimpleRNN(4),
    layers.Dense(1),
])""",
        _one_to_one,
    ),
    SequenceMode(
        "one_to_many",
        1,
        4,
        ((None, 1),),
        ("float32",),
        (None, 4, 1),
        _HEADER
        + """model = keras.Sequential([
    keras.Input(shape=(1,)),
    layers.RepeatVector(4),
    layers.SimpleRNN(4, return_sequences=True),
    layers.Dense(1),
])""",
        _one_to_many,
    ),
    SequenceMode(
        "many_to_one",
        3,
        1,
        ((None, 3, 1),),
        ("float32",),
        (None, 1),
        _HEADER
        + """model = keras.Sequential([
    keras.Input(shape=(3, 1)),
    layers.SimpleRNN(4),
    layers.Dense(1),
])""",
        _many_to_one,
    ),
    SequenceMode(
        "many_to_many",
        4,
        4,
        ((None, 4, 1),),
        ("float32",),
        (None, 4, 1),
        _HEADER
        + """model = keras.Sequential([
    keras.Input(shape=(4, 1)),
    layers.SimpleRNN(4, return_sequences=True),
    layers.Dense(1),
])""",
        _many_to_many,
    ),
    SequenceMode(
        "encoder_decoder",
        5,
        4,
        ((None, 5), (None, 4)),
        ("int32", "int32"),
        (None, 4, VOCABULARY),
        _HEADER
        + """source = keras.Input(shape=(5,), dtype="int32")
target = keras.Input(shape=(4,), dtype="int32")
_, state = layers.SimpleRNN(4, return_state=True)(layers.Embedding(50, 8)(source))
decoded = layers.SimpleRNN(4, return_sequences=True)(
    layers.Embedding(50, 8)(target), initial_state=state
)
next_token = layers.Dense(50, activation="softmax")(decoded)
model = keras.Model([source, target], next_token)""",
        _encoder_decoder,
    ),
)
MODE_NAMES = tuple(mode.name for mode in MODES)


def mode(name: str) -> SequenceMode:
    for candidate in MODES:
        if candidate.name == name:
            return candidate
    raise ValueError(f"unknown sequence mode {name!r}; expected one of {MODE_NAMES}")


def sample_batch(sequence_mode: SequenceMode, batch: int = SAMPLE_BATCH, seed: int = 0) -> list[np.ndarray]:
    """Random inputs of the claimed shapes: numbers for float inputs, token ids for int inputs."""
    rng = np.random.default_rng(seed)
    arrays = []
    for shape, dtype in zip(sequence_mode.input_shapes, sequence_mode.input_dtypes, strict=True):
        concrete = (batch, *shape[1:])
        if dtype == "int32":
            arrays.append(rng.integers(0, VOCABULARY, size=concrete).astype("int32"))
        else:
            arrays.append(rng.normal(size=concrete).astype("float32"))
    return arrays


def measure_shapes(model, sequence_mode: SequenceMode, batch: int = SAMPLE_BATCH) -> dict:
    """The shapes Keras itself reports for a built model, and the shape of its output on a real batch."""
    inputs = sample_batch(sequence_mode, batch)
    output = model(inputs if len(inputs) > 1 else inputs[0])
    return {
        "mode": sequence_mode.name,
        "model_inputs": tuple(tuple(tensor.shape) for tensor in model.inputs),
        "model_output": tuple(model.output_shape),
        "batch_inputs": tuple(array.shape for array in inputs),
        "batch_output": tuple(output.shape),
        "parameters": model.count_params(),
    }


def mode_shapes() -> pd.DataFrame:
    """Every mode built and run once; shapes written as text, e.g. "(batch, 3, 1)"."""
    rows = []
    for sequence_mode in MODES:
        measured = measure_shapes(sequence_mode.build(), sequence_mode)
        rows.append(
            {
                "mode": sequence_mode.name,
                "model_input": " + ".join(batch_shape(shape) for shape in measured["model_inputs"]),
                "model_output": batch_shape(measured["model_output"]),
                "batch_input": " + ".join(batch_shape(shape) for shape in measured["batch_inputs"]),
                "batch_output": batch_shape(measured["batch_output"]),
                "parameters": measured["parameters"],
            }
        )
    return pd.DataFrame(rows)
