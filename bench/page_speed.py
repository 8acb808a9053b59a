"""Server time per page and per control change, before (another checkout) beside after (this one), in one run.

    .venv/bin/python bench/page_speed.py [--before /tmp/old9523] [--after <a checkout>] [--gradients-only]

Each checkout is measured in a fresh process of its own: TensorFlow is imported and one Keras layer
built first (a warm server), then the app is driven by Streamlit's AppTest. A figure is the wall-clock
time of one script run (the server's work for that click: Python, Keras, charts built; not the
browser's drawing), the first time that setting is seen (the page's caches are cold, TensorFlow is
warm). AppTest reruns the whole page even where a real browser reruns only the section's
`st.fragment`, so the figures after are an upper bound on the server time of a click.

The gradients page before was one long page: every row of a control there is the whole page rerun
for that control; after, the same control is timed in each section that shows it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

# (page, widget kind, key suffix, values to set in turn): changes after the page has opened.
STRUCTURE = [("number_input", "units", [4]), ("radio", "activation", ["relu"]), ("slider", "step", [2])]
PARAMETERS = [
    ("number_input", "units", [21]),
    ("segmented_control", "cell", ["lstm"]),
    ("segmented_control", "activation", ["relu"]),
    ("toggle", "return_sequences", [True]),
]
TRAINING = [
    ("number_input", "units", [16]),
    ("segmented_control", "activation", ["relu"]),
    ("number_input", "epochs", [50]),
    ("toggle", "compare", [True]),
]
# Gradients: a new value for each visit, so every change is a change.
GRADIENTS = {
    "activation": ("segmented_control", ["relu", "sigmoid", "tanh", "relu", "sigmoid"]),
    "gain": ("slider", [0.8, 0.85, 0.9, 0.95, 1.05]),
    "steps": ("slider", [60, 70, 80, 90, 100]),
    "units": ("number_input", [16, 12, 10, 8, 18]),
    "input_kind": ("segmented_control", ["constant", "zeros", "random", "constant", "zeros"]),
    "init": ("segmented_control", ["identity", "orthogonal", "identity", "orthogonal", "identity"]),
    "lag": ("slider", [25, 30, 35, 40, 45]),
    "seed": ("number_input", [1, 2, 3, 4, 5]),
}
SECTIONS = ("feedback", "through_time", "training", "long_term", "remedies")


def measure(root: Path, gradients_only: bool = False) -> list[tuple[str, str, float]]:
    """(page, what, seconds) for every figure, measured on the checkout at `root`."""
    sys.path.insert(0, str(root))
    os.chdir(root)
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    original = PagesManager.__init__

    def warm_server_init(self, *args, **kwargs):  # as tests/conftest.py: st.navigation has run once already
        PagesManager.uses_pages_directory = False
        original(self, *args, **kwargs)

    PagesManager.__init__ = warm_server_init
    from rnn_core.backend import keras

    keras().layers.SimpleRNN(2)(keras().ops.zeros((1, 3, 1)))  # TensorFlow loaded, one layer built
    rows: list[tuple[str, str, float]] = []

    def timed(page: str, what: str, app: AppTest) -> None:
        started = time.perf_counter()
        app.run()
        rows.append((page, what, time.perf_counter() - started))
        assert not app.exception, (page, what, [e.value for e in app.exception])

    app = AppTest.from_file(str(root / "app.py"), default_timeout=900)
    app.query_params["lang"] = "en"
    app.run()
    # A warm server has finished its start-up warm-up (TensorFlow, the default graphs traced): wait for the
    # app's warm-up thread, if this checkout has one, so it does not compete with the first pages timed.
    for thread in threading.enumerate():
        if thread.name == "keras-warm-up":
            thread.join(timeout=120)
    other_pages = [("structure", STRUCTURE), ("parameters", PARAMETERS), ("training", TRAINING)]
    other_pages = [] if gradients_only else other_pages
    for page, changes in other_pages:
        app.switch_page(f"pages/{page}.py")
        timed(page, "open", app)
        for kind, name, values in changes:
            getattr(app, kind)(key=f"{page}.{name}").set_value(values[0])
            timed(page, name, app)
    app.switch_page("pages/gradients.py")
    timed("gradients", "open", app)
    sectioned = bool(app.get("segmented_control")) and any(w.key == "gradients.section" for w in app.segmented_control)
    visits = {name: 0 for name in GRADIENTS}
    for section in SECTIONS if sectioned else ("page",):
        if sectioned and section != SECTIONS[0]:
            app.segmented_control(key="gradients.section").set_value(section)
            timed(f"gradients · {section}", "open", app)
        keys = {w.key for kind in ("slider", "number_input", "segmented_control") for w in app.get(kind)}
        for name, (kind, values) in GRADIENTS.items():
            if f"gradients.{name}" in keys:
                getattr(app, kind)(key=f"gradients.{name}").set_value(values[visits[name]])
                visits[name] += 1
                timed(f"gradients · {section}", name, app)
    return rows


def run_in_child(root: Path, gradients_only: bool = False) -> list[tuple[str, str, float]]:
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(root)]
    command += ["--gradients-only"] if gradients_only else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"measuring {root} failed:\n{done.stderr[-3000:]}")
    return [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, default=Path("/tmp/old9523"), help="checkout to compare with")
    parser.add_argument("--after", type=Path, default=HERE, help="checkout measured as after (default: this one)")
    parser.add_argument("--gradients-only", action="store_true", help="measure the gradients page only (faster)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.gradients_only)), flush=True)
        # The app's warm-up thread may still be inside TensorFlow: leave without tearing the interpreter
        # down under it (which aborts with "terminate called ..." and loses nothing but the exit code).
        os._exit(0)
        return
    before, after = run_in_child(args.before, args.gradients_only), run_in_child(args.after, args.gradients_only)
    old = {(page, what): seconds for page, what, seconds in before}
    old_gradients = {what: seconds for page, what, seconds in before if page.startswith("gradients")}
    targets = {"structure": 0.2, "parameters": 0.2}
    print(f"{'page / section':<26}{'change':<14}{'before s':>10}{'after s':>10}{'target':>9}")
    for page, what, seconds in after:
        previous = old.get((page, what))
        if previous is None and page.startswith("gradients ·"):
            previous = old_gradients.get(what)  # the same control on the old single page
        target = targets.get(page)
        if page.startswith("gradients"):
            target = 1.5 if (page, what) == ("gradients", "open") else 0.5
        if what == "open" and page in ("structure", "parameters", "training"):
            target = None
        before_text = f"{previous:10.2f}" if previous is not None else f"{'—':>10}"
        target_text = f"≤ {target:g}" if target is not None and what != "open" or page == "gradients" else ""
        print(f"{page:<26}{what:<14}{before_text}{seconds:10.2f}{target_text:>9}")
    print(
        f"\nbefore: {args.before}   after: {args.after}",
        f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
    )


if __name__ == "__main__":
    main()
