"""How fast the training page trains, against the notes' plain `model.fit`, measured in the same run.

Run:  .venv/bin/python bench/training_speed.py [--repeats 3] [--memory-runs 20]

Targets (issue 4): the notes' experiment (SimpleRNN(20) + Dense(1), Adam, MSE, 100 epochs,
batch 32, 100 samples) trains at least 5× faster than `model.fit(X, Y, epochs=100, verbose=0)`;
tanh, ReLU and sigmoid of the compare view together finish faster than one plain fit. Both
sides build a fresh model each time, so each time includes tracing, as a student would wait it.

Then (issue 6) it trains `--memory-runs` different settings in this one process, as a server
would, and prints the resident memory after each few: the compiled step is built per model and
dropped with it, so memory should level off instead of growing with every run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rnn_core.backend import keras  # noqa: E402
from rnn_core.data import make_dataset  # noqa: E402
from rnn_core.models import ACTIVATIONS, CELLS  # noqa: E402
from rnn_core.training import TrainingSettings, train, train_compare, training_model  # noqa: E402


def plain_fit() -> float:
    """The notes' code: compile with 'adam' and 'mse', then model.fit(X, Y, epochs=100, verbose=0)."""
    started = time.perf_counter()
    dataset = make_dataset("arith", 100, 3)
    model = training_model(TrainingSettings())
    model.compile(optimizer="adam", loss="mse")
    model.fit(dataset.inputs, dataset.targets, epochs=100, verbose=0)
    return time.perf_counter() - started


def fast_one() -> float:
    started = time.perf_counter()
    train(TrainingSettings())
    return time.perf_counter() - started


def fast_compare() -> float:
    started = time.perf_counter()
    train_compare(TrainingSettings(compare=True))
    return time.perf_counter() - started


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory_over_settings(runs: int) -> None:
    print(f"\nMemory over {runs} different settings, trained one after another in this process:")
    baseline = resident_mb()
    for run in range(runs):
        settings = TrainingSettings(
            cell=CELLS[run % 3],
            activation=ACTIVATIONS[(run // 3) % 3],
            units=8 + run,
            window=2 + run % 5,
            epochs=30,
            learning_rate=0.001 * (1 + run),
            seed=run,
        )
        train(settings)
        if (run + 1) % 5 == 0 or run + 1 == runs:
            now = resident_mb()
            print(f"  after {run + 1:3d} runs: {now:7.0f} MB resident ({now - baseline:+.0f} MB since the first)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="measurements of each side (median reported)")
    parser.add_argument("--memory-runs", type=int, default=20, help="different settings for the memory check")
    args = parser.parse_args()

    keras()
    train(TrainingSettings(epochs=2))  # import TensorFlow and warm its kernels before timing either side
    plain_times, one_times, compare_times = [], [], []
    for repeat in range(args.repeats):
        plain_times.append(plain_fit())
        one_times.append(fast_one())
        compare_times.append(fast_compare())
        print(
            f"repeat {repeat + 1}: plain fit {plain_times[-1]:.2f} s | fast, one activation {one_times[-1]:.2f} s"
            f" | fast, compare (3 activations) {compare_times[-1]:.2f} s"
        )
    plain, one, compare = (statistics.median(x) for x in (plain_times, one_times, compare_times))
    print(f"\nmedians of {args.repeats} (100 epochs each):")
    print(f"  notes' model.fit, one activation        {plain:6.2f} s")
    print(f"  chunked tf.function, one activation     {one:6.2f} s   {plain / one:5.1f}× faster")
    print(f"  chunked, tanh + ReLU + sigmoid together {compare:6.2f} s   {plain / compare:5.1f}× faster")
    print(f"target ≥ 5× for one activation: {'met' if plain / one >= 5 else 'NOT met'}")
    print(f"target: the three together faster than one plain fit: {'met' if compare < plain else 'NOT met'}")
    if args.memory_runs:
        memory_over_settings(args.memory_runs)


if __name__ == "__main__":
    main()
