"""The translator page: how fast live training gets a model right, and how fast the page opens.

Run:  .venv/bin/python bench/translate_speed.py [--skip-training]

1. Live training from scratch with the page's defaults (GRU 64 units, seed 0): after every progress
   report the weights are kept, and once training ends each snapshot's exact match on the 1,000
   test numbers is measured, so the evaluation does not slow the clock. Printed as a curve of
   (seconds since Train, epoch, validation exact match, test exact match). Target (issue 18):
   right on most test numbers within 60 s on a 2-core machine. The clock includes building the
   model and tracing the compiled training step, as a student waits them; not TensorFlow's import.
2. The page in AppTest, TensorFlow already imported: the first visit of a server process (loads
   the shipped weights, measures their test accuracy) and later visits (cached). Target: under
   2 s. Server time only, no browser.
The load average is printed beside both, since the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rnn_core.backend import keras  # noqa: E402
from rnn_core.number_words import make_pairs, split_numbers  # noqa: E402
from rnn_core.translator import Translator, TranslatorSettings, exact_match, train_translator  # noqa: E402


def load() -> str:
    return "load average " + " ".join(f"{v:.1f}" for v in os.getloadavg())


def training_curve() -> None:
    print(f"-- live training from scratch (defaults), {load()}")
    snapshots = []
    result = train_translator(TranslatorSettings(), on_chunk_end=snapshots.append)
    test = make_pairs(split_numbers()["test"])
    print(" seconds  epoch  validation  test")
    reached = None
    for snapshot in snapshots:
        row = snapshot.history.iloc[-1]
        accuracy = exact_match(Translator(snapshot.settings, snapshot.weights), test)
        if reached is None and accuracy > 0.5:
            reached = row["seconds"]
        print(f"{row['seconds']:8.1f}  {row['epoch']:5.1f}  {row['validation_accuracy']:10.3f}  {accuracy:.3f}")
    print(f"finished in {result.history['seconds'].iloc[-1]:.1f} s; test exact match first above 50 % at {reached} s")
    print(f"   ({load()})")


def page_times(visits: int = 4) -> None:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    PagesManager.uses_pages_directory = False
    print(f"-- the page in AppTest, TensorFlow imported, {load()}")
    for visit in range(visits):
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        app.query_params["lang"] = "en"
        app.run()
        PagesManager.uses_pages_directory = False
        started = time.perf_counter()
        app.switch_page("pages/translate.py").run()
        seconds = time.perf_counter() - started
        label = "first visit in this process" if visit == 0 else "a later visit"
        title = app.title[0].value if app.title else "no title"
        print(f"{label:28s} {seconds:5.2f} s  exceptions: {len(app.exception)}  metrics: {len(app.metric)}  {title}")
    print(f"   ({load()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()
    keras()
    if not args.skip_training:
        training_curve()
    page_times()


if __name__ == "__main__":
    main()
