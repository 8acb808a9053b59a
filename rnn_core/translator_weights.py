"""The translator that ships with the app: trained once by this module, kept as `translator_weights.npz`.

The page must be useful the moment it opens, so it does not train on arrival: it loads these
weights (about 200 KB). They are the result of `train_translator` with the default settings,
the same run a student starts with "Train it yourself" and the defaults. A test recomputes the
stored test accuracy from the weights, and a slow test retrains and compares the weights.

Regenerate with:  .venv/bin/python -m rnn_core.translator_weights
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from rnn_core.number_words import make_pairs, split_numbers
from rnn_core.translator import (
    EPOCHS,
    Translator,
    TranslatorResult,
    TranslatorSettings,
    exact_match,
    train_translator,
)

WEIGHTS_PATH = Path(__file__).with_name("translator_weights.npz")
HISTORY_COLUMNS = ["epoch", "seconds", "loss", "validation_accuracy"]


@dataclass(frozen=True, eq=False)
class ShippedTranslator:
    """The stored run: its settings, weights (read-only), training history and test accuracy."""

    settings: TranslatorSettings
    epochs: int  # epochs it was trained for
    weights: tuple[np.ndarray, ...]
    history: pd.DataFrame  # as TranslatorResult.history
    test_accuracy: float  # exact-match share on the 1,000 test numbers, measured when it was saved


def save(result: TranslatorResult, epochs: int, path: Path = WEIGHTS_PATH) -> float:
    """Write a finished run and its test accuracy; returns the test accuracy."""
    translator = Translator(result.settings, result.weights)
    accuracy = exact_match(translator, make_pairs(split_numbers()["test"]))
    arrays = {f"weight_{i}": np.asarray(w, dtype=np.float32) for i, w in enumerate(result.weights)}
    np.savez_compressed(
        path,
        units=result.settings.units,
        seed=result.settings.seed,
        epochs=epochs,
        test_accuracy=accuracy,
        history=result.history[HISTORY_COLUMNS].to_numpy(dtype=np.float64),
        **arrays,
    )
    return accuracy


def load(path: Path = WEIGHTS_PATH) -> ShippedTranslator:
    """The shipped run; raises FileNotFoundError if it was never generated."""
    with np.load(path) as stored:
        count = sum(1 for name in stored.files if name.startswith("weight_"))
        weights = []
        for i in range(count):
            array = np.array(stored[f"weight_{i}"])
            array.flags.writeable = False
            weights.append(array)
        return ShippedTranslator(
            settings=TranslatorSettings(units=int(stored["units"]), seed=int(stored["seed"])),
            epochs=int(stored["epochs"]),
            weights=tuple(weights),
            history=pd.DataFrame(stored["history"], columns=HISTORY_COLUMNS),
            test_accuracy=float(stored["test_accuracy"]),
        )


def main() -> None:
    started = time.perf_counter()

    def report(snapshot: TranslatorResult) -> None:
        row = snapshot.history.iloc[-1]
        print(
            f"{row['seconds']:6.1f} s  epoch {row['epoch']:4.1f}  loss {row['loss']:.4f}  "
            f"validation exact match {row['validation_accuracy']:.3f}",
            flush=True,
        )

    result = train_translator(TranslatorSettings(), epochs=EPOCHS, on_chunk_end=report)
    accuracy = save(result, EPOCHS)
    size = WEIGHTS_PATH.stat().st_size
    print(
        f"test exact match {accuracy:.3f}; wrote {WEIGHTS_PATH.name} ({size / 1024:.0f} KB) in "
        f"{time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
