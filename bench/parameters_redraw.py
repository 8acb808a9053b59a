"""How long the parameters page takes to redraw after a control changes, cold (new settings) vs warm (cached).

The page is driven by Streamlit's AppTest, so each figure is a whole script run: the Keras work,
the tables, the charts. The first model (TensorFlow import included) is timed on its own; then a
series of control changes is played three times from the defaults: the first pass meets every
setting for the first time (cold: models are built), the other two find them in the page's caches
(warm, the better of the two). Wall-clock time depends on what else runs on the machine, so the CPU time of
this process (the script thread and TensorFlow's pools) is printed too. A last column times only
the rnn_core calls of a cold redraw, to show where the time goes.

    .venv/bin/python bench/parameters_redraw.py
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from rnn_core.keras_code import generate_code  # noqa: E402
from rnn_core.outputs import outputs_report  # noqa: E402
from rnn_core.parameters import (  # noqa: E402
    ParameterSettings,
    cell_points,
    layer_parameter_count,
    parameter_report,
)

# (label, widget kind, key, value): each change starts from the state the previous one left.
CHANGES = [
    ("units 20 → 21", "number_input", "units", 21),
    ("features 1 → 2", "number_input", "features", 2),
    ("time steps 3 → 4", "number_input", "timesteps", 4),
    ("cell → LSTM", "segmented_control", "cell", "lstm"),
    ("cell → GRU", "segmented_control", "cell", "gru"),
    ("activation → ReLU", "segmented_control", "activation", "relu"),
    ("return_sequences on", "toggle", "return_sequences", True),
    ("return_state on", "toggle", "return_state", True),
    ("Dense(1) off", "toggle", "dense", False),
    ("units 21 → 128", "number_input", "units", 128),
    ("time steps 4 → 100", "number_input", "timesteps", 100),
]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def timed_both(action) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def compute_only(settings: ParameterSettings, repeats: int = 3) -> float:
    """The rnn_core work of one uncached redraw, as the page asks for it (best of a few runs)."""
    s = settings

    def work():
        parameter_report(s)
        outputs_report(s.cell, s.units, s.features, s.timesteps, s.activation)
        cell_points(s.units, s.features, s.timesteps)
        layer_parameter_count(s.cell, s.units, s.features, 2 * s.timesteps)
        generate_code(s)

    return min(timed(work) for _ in range(repeats))


def play(app: AppTest) -> list[tuple[float, float]]:
    """Apply every change in turn from the defaults; (wall, CPU) seconds of each redraw."""
    app.button(key="parameters.preset.example2").click().run()  # start from the defaults
    times = []
    for _label, kind, key, value in CHANGES:
        getattr(app, kind)(key=f"parameters.{key}").set_value(value)
        times.append(timed_both(app.run))
        assert not app.exception, [e.value for e in app.exception]
    return times


def main() -> None:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    app.query_params["lang"] = "en"
    app.run()
    first = timed(lambda: app.switch_page("pages/parameters.py").run())
    print(f"first model (TensorFlow import, first Keras build, first draw): {first:.2f} s")

    cold = play(app)
    warm = [min(pair) for pair in zip(play(app), play(app), strict=True)]

    settings = ParameterSettings()
    compute = []
    for _label, _kind, key, value in CHANGES:
        settings = dataclasses.replace(settings, **{key: value})
        compute.append(compute_only(settings))

    print()
    print("milliseconds per redraw: wall clock (CPU of this process)")
    header = f"{'control change':<22}{'cold page':>16}{'warm page':>16}{'cold/warm':>11}{'rnn_core cold':>15}"
    print(header)
    for (label, *_), (cold_wall, cold_cpu), (warm_wall, warm_cpu), core in zip(
        CHANGES, cold, warm, compute, strict=True
    ):
        cold_text = f"{cold_wall * 1000:>8.0f} ({cold_cpu * 1000:>4.0f})"
        warm_text = f"{warm_wall * 1000:>9.0f} ({warm_cpu * 1000:>4.0f})"
        print(f"{label:<22}{cold_text}{warm_text}{cold_wall / warm_wall:>10.1f}x{core * 1000:>13.0f}")
    typical = len(CHANGES) - 2  # the last two rows are the large settings
    cold_typical = sorted(wall for wall, _ in cold[:typical])
    print()
    print(f"median cold redraw, typical settings: {cold_typical[typical // 2] * 1000:.0f} ms wall")
    print(f"slowest cold redraw, typical settings: {cold_typical[-1] * 1000:.0f} ms wall")
    print(f"slowest warm redraw, all settings: {max(wall for wall, _ in warm) * 1000:.0f} ms wall")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
