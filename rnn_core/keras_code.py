"""The Keras 3 code a student would write for the model on the parameters page, ready to paste and run.

Sequential where it works; the functional API when `return_state=True` makes the layer return a
list (output and states) that Sequential cannot hand to the next layer. `keras.Input(shape=...)`
replaces the older `input_shape=` argument (Keras 3 still accepts it, with a warning to use `Input`).
"""

from __future__ import annotations

from collections.abc import Mapping

from rnn_core.models import CELL_NAMES
from rnn_core.parameters import ParameterSettings

# Comments of the generated code; the page passes them in the student's language.
CODE_COMMENTS = {
    "input": "(time steps, features); the batch size stays open",
    "functional": "return_state=True returns several tensors, which Sequential cannot pass on: use the functional API",
}


def generate_code(settings: ParameterSettings, comments: Mapping[str, str] | None = None) -> str:
    """Keras 3 code that builds the model the settings describe, ready to paste and run."""
    notes = {**CODE_COMMENTS, **(comments or {})}
    s = settings
    options = f'{s.units}, activation="{s.activation}", return_sequences={s.return_sequences}'
    layer = f"keras.layers.{CELL_NAMES[s.cell]}({options}" + (", return_state=True)" if s.return_state else ")")
    shape = f"({s.timesteps}, {s.features})"
    if not s.return_state:
        lines = [
            "model = keras.Sequential(",
            "    [",
            f"        keras.Input(shape={shape}),  # {notes['input']}",
            f"        {layer},",
            *(["        keras.layers.Dense(1),"] if s.dense else []),
            "    ]",
            ")",
        ]
    else:
        states = ["state_h", "state_c"] if s.cell == "lstm" else ["state"]
        results = ["prediction" if s.dense else "outputs", *states]
        lines = [
            f"# {notes['functional']}",
            f"inputs = keras.Input(shape={shape})  # {notes['input']}",
            f"outputs, {', '.join(states)} = {layer}(inputs)",
            *(["prediction = keras.layers.Dense(1)(outputs)"] if s.dense else []),
            f"model = keras.Model(inputs, [{', '.join(results)}])",
        ]
    return "\n".join(["import keras", "", *lines, "model.summary()", ""])
