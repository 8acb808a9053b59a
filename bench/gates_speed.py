"""Server time of the structure page's gated cells: the gate step-through and the memory lane, cold and warm.

Cold = rnn_core work for settings seen for the first time (what the first student to ask pays);
warm = the same settings again through the page's caches is near zero, so what matters is the cold
column against the SimpleRNN step-through of the same size, measured in the same run. CPU seconds
of this process are printed next to wall-clock seconds, since the machine is shared.

    .venv/bin/python bench/gates_speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rnn_core import cell, gates, memory_lane  # noqa: E402

SEQUENCE = (0.0, 0.1, 0.2, 0.5, -0.3)


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    timed(lambda: cell.step_through(cell.build_cell_layer("tanh", 3, seed=99), "tanh", SEQUENCE))  # TF import
    rows = []
    for seed in (1, 2):
        rows.append(
            (
                "SimpleRNN step-through",
                *timed(lambda s=seed: cell.step_through(cell.build_cell_layer("tanh", 3, seed=s), "tanh", SEQUENCE)),
            )
        )
        for name, reset_after in (("lstm", True), ("gru", True), ("gru", False)):
            label = f"{name.upper()} step-through" + ("" if name == "lstm" else f" reset_after={reset_after}")

            def work(s=seed, n=name, r=reset_after):
                gates.step_through(gates.build_gated_layer(n, "tanh", 3, seed=s, reset_after=r), "tanh", SEQUENCE)

            rows.append((label, *timed(work)))
    for length in (20, 40, 100):
        for start in memory_lane.FORGET_STARTS:
            rows.append(
                (
                    f"memory lane {length} steps, {start}",
                    *timed(lambda n=length, f=start: memory_lane.memory_lane(3, n, forget_start=f)),
                )
            )
    print(f"{'work (cold, units=3)':45s} {'wall s':>8s} {'cpu s':>8s}")
    for label, wall, cpu in rows:
        print(f"{label:45s} {wall:8.3f} {cpu:8.3f}")


if __name__ == "__main__":
    main()
