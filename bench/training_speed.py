"""How fast the training page trains: the old per-run tf.function beside the shared, cached loop, in one run.

Run:  .venv/bin/python bench/training_speed.py [--repeats 5] [--memory-runs 300] [--memory-only]

"old" is the trainer of commit 9523c7d, copied below: a fresh `tf.function` built and traced
for every model. "new" is `rnn_core.training_loop`: one compiled loop per shape, taking the
weights, optimizer state and learning rate as arguments, so a new seed or learning rate
reuses the trace. Times are CPU seconds of this whole process (all TensorFlow threads;
`time.process_time`), which is what a shared 2-core server pays, and wall seconds beside them.
Targets (issue 14): ≤ 0.3 s of CPU per default run, warm; memory growth < 100 MB over 300 runs.

It also measures, for the record of the choices made in the trainer:
- XLA (`jit_compile=True`): the compile of a new shape against the time saved per warm run;
- compare: the three activations as three cached runs one after another, against
  `train_compare`, which steps the three loops together inside one compiled call per chunk.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rnn_core.backend import keras, tensorflow  # noqa: E402
from rnn_core.data import make_dataset  # noqa: E402
from rnn_core.models import ACTIVATIONS, CELLS  # noqa: E402
from rnn_core.training import TrainingSettings, scaler_for, train, train_compare, training_model  # noqa: E402
from rnn_core.training_loop import CACHE_SIZE, FitOptions, cache_info, chunk_epochs, fit_in_chunks  # noqa: E402


def old_fit_in_chunks(model, inputs, targets, *, epochs, batch_size, learning_rate, seed=0):
    """The trainer of 9523c7d (rnn_core/training.py: fit_in_chunks), copied: one tf.function per model."""
    k, tf = keras(), tensorflow()
    optimizer = k.optimizers.Adam(learning_rate=float(learning_rate))
    optimizer._all_reduce_sum_gradients = list  # its rnn_core.backend.single_device, which kept graphs from leaking
    loss_function = k.losses.MeanSquaredError()
    variables = model.trainable_variables
    optimizer.build(variables)
    x_all = tf.constant(inputs, dtype=tf.float32)
    y_all = tf.constant(np.reshape(targets, (-1, 1)), dtype=tf.float32)
    sample_count = int(inputs.shape[0])
    batch_count = math.ceil(sample_count / batch_size)

    @tf.function
    def run_epochs(first_epoch, epoch_count):
        losses = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
        for offset in tf.range(epoch_count):
            noise = tf.random.stateless_uniform([sample_count], seed=tf.stack([seed, first_epoch + offset]))
            order = tf.argsort(noise)
            total = tf.constant(0.0)
            for batch in tf.range(batch_count):
                rows = order[batch * batch_size : (batch + 1) * batch_size]
                with tf.GradientTape() as tape:
                    loss = loss_function(tf.gather(y_all, rows), model(tf.gather(x_all, rows), training=True))
                gradients = tape.gradient(loss, variables)
                optimizer.apply_gradients(zip(gradients, variables, strict=True))
                total += loss * tf.cast(tf.shape(rows)[0], tf.float32)
            epoch_loss = total / sample_count
            losses = losses.write(offset, epoch_loss)
            if not tf.math.is_finite(epoch_loss):
                break
        return losses.stack()

    chunk = chunk_epochs(epochs)
    history: list[float] = []
    while len(history) < epochs:
        count = min(chunk, epochs - len(history))
        history.extend(float(v) for v in run_epochs(tf.constant(len(history)), tf.constant(count)).numpy())
        if not math.isfinite(history[-1]):
            break
    return tuple(history)


def old_train(settings: TrainingSettings) -> tuple[float, ...]:
    """What the old `train` did for one run: data, a fresh model, the per-run trainer, the weights read back."""
    dataset = make_dataset(settings.task, settings.samples, settings.window, seed=settings.seed)
    scaler = scaler_for(settings)
    model = training_model(settings)
    losses = old_fit_in_chunks(
        model,
        scaler.transform(dataset.inputs),
        scaler.transform(dataset.targets),
        epochs=settings.epochs,
        batch_size=settings.batch_size,
        learning_rate=settings.learning_rate,
        seed=settings.seed,
    )
    model.get_weights()
    return losses


def timed(action) -> tuple[float, float, object]:
    """(CPU seconds of the whole process, wall seconds, result) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = action()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def median_timed(actions) -> tuple[float, float]:
    runs = [timed(action) for action in actions]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def row(label: str, cpu: float, wall: float, note: str = "") -> None:
    print(f"  {label:<58} {cpu:6.3f} s CPU  {wall:6.3f} s wall  {note}")


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory_over_settings(runs: int) -> None:
    """Many settings in one process, as a server sees them: memory must level off.

    It starts where a server is once warm: TensorFlow loaded and the app's start-up warm-up done
    (the default experiment's three loops and forward passes traced). Most runs change only what a
    student changes most (seed, learning rate, epochs, task), which reuses a cached loop; every
    tenth changes the shape too (cell, activation, units, window), so the training cache and the
    forward passes' cache keep filling and evicting over the whole run. Each run's predictions are
    drawn as the training page draws them.
    """
    from rnn_core import training_loop
    from rnn_core.training import prepare_default_graphs
    from rnn_core.training_results import predictions_frame, prepare_default_forward_passes

    print(f"\nMemory over {runs} varied runs (every 10th a new shape; 10 epochs each):")
    cold = resident_mb()
    prepare_default_graphs()
    prepare_default_forward_passes()
    baseline = resident_mb()
    print(f"  warm (start-up warm-up done): {baseline:7.0f} MB resident ({baseline - cold:+5.0f} MB over TensorFlow)")
    full = None  # resident memory once the cache first holds CACHE_SIZE model loops
    started = time.perf_counter()
    for run in range(runs):
        shape = run // 10
        settings = TrainingSettings(
            task=("arith", "sine", "noisy_sine")[run % 3],
            cell=CELLS[shape % 3],
            activation=ACTIVATIONS[(shape // 3) % 3],
            units=4 + (shape * 7) % 40,
            window=2 + shape % 5,
            epochs=5 + run % 10,
            learning_rate=0.001 * (1 + run % 10),
            seed=run,
        )
        predictions_frame({settings.activation: train(settings)})
        info = cache_info()
        if full is None and info["models"] >= CACHE_SIZE:
            full = resident_mb()
            print(f"  cache full after {run + 1} runs: {full:7.0f} MB resident ({full - baseline:+5.0f} MB since warm)")
        if (run + 1) % 50 == 0 or run + 1 == runs:
            now = resident_mb()
            since_full = f", {now - full:+5.0f} MB since the cache was full" if full is not None else ""
            print(
                f"  after {run + 1:3d} runs: {now:7.0f} MB resident ({now - baseline:+5.0f} MB since warm"
                f"{since_full}), {info['models']} model loops cached, {training_loop.sweeper.sweeps} sweeps,"
                f" {time.perf_counter() - started:5.0f} s",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="measurements of each side (median reported)")
    parser.add_argument("--memory-runs", type=int, default=300, help="varied runs for the memory check (0: skip)")
    parser.add_argument("--memory-only", action="store_true", help="only the memory check, in a fresh process")
    args = parser.parse_args()
    if args.memory_only:
        keras()
        memory_over_settings(args.memory_runs)
        return

    keras()
    old_train(TrainingSettings(epochs=2))  # import TensorFlow and warm its kernels before timing either side
    default = TrainingSettings()
    seeds = range(1, args.repeats + 1)

    print("One default run (SimpleRNN(20), tanh, 100 epochs, batch 32, 100 samples), median of", args.repeats)
    old = median_timed([lambda s=s: old_train(dataclasses.replace(default, seed=s)) for s in seeds])
    first = timed(lambda: train(dataclasses.replace(default, seed=100)))
    traces_before = cache_info()["traces"]
    new = median_timed(
        [lambda s=s: train(dataclasses.replace(default, seed=s, learning_rate=0.001 * s)) for s in seeds]
    )
    reused = cache_info()["traces"] == traces_before
    row("old: a fresh tf.function per run (traces every time)", *old)
    row("new: first run of this shape (traces once)", first[0], first[1])
    row("new: warm, a new seed and learning rate each run", *new, f"trace reused: {reused}")
    print(f"  → {old[0] / new[0]:.1f}× less CPU per warm run; target ≤ 0.3 s: {'met' if new[0] <= 0.3 else 'NOT met'}")

    print("\nCompare view (tanh, ReLU, sigmoid), median of", args.repeats)
    compare = TrainingSettings(compare=True)
    old3 = median_timed(
        [
            lambda s=s: [old_train(dataclasses.replace(compare.for_activation(a), seed=s)) for a in ACTIVATIONS]
            for s in seeds
        ]
    )
    for activation in ACTIVATIONS:
        train(compare.for_activation(activation))  # trace the three one-activation shapes
    separate = median_timed(
        [
            lambda s=s: [train(dataclasses.replace(compare.for_activation(a), seed=s)) for a in ACTIVATIONS]
            for s in seeds
        ]
    )
    first_together = timed(lambda: train_compare(compare))
    together = median_timed([lambda s=s: train_compare(dataclasses.replace(compare, seed=s)) for s in seeds])
    alone = {a: train(compare.for_activation(a)).losses for a in ACTIVATIONS}
    same = all(np.allclose(r.losses, alone[a], rtol=1e-6) for a, r in first_together[2].items())
    row("old: three runs, each with a fresh tf.function", *old3)
    row("new: three cached runs one after another", *separate)
    row("new: three in one compiled call per chunk (train_compare), first", first_together[0], first_together[1])
    row("new: three in one compiled call per chunk (train_compare), warm", *together, f"same losses: {same}")

    print("\nXLA (jit_compile=True) against the plain graph, one activation, the default run")
    dataset = make_dataset("arith", 100, 3)
    for label, options in (("plain graph", FitOptions()), ("XLA", FitOptions(jit_compile=True))):

        def run(seed, options=options, units=17):  # a shape not seen yet above, so the first run compiles
            model = training_model(TrainingSettings(units=units, seed=seed))
            return fit_in_chunks(
                model,
                dataset.inputs,
                dataset.targets,
                epochs=100,
                learning_rate=0.001,
                options=options,
                seed=seed,
                chunk=5,
            ).losses

        cold = timed(lambda run=run: run(0))
        warm = median_timed([lambda s=s, run=run: run(s) for s in seeds])
        row(f"{label}: first run (trace/compile)", cold[0], cold[1])
        row(f"{label}: warm", *warm, f"loss after 100 epochs {cold[2][-1]:.5f}")

    if args.memory_runs:
        memory_over_settings(args.memory_runs)


if __name__ == "__main__":
    main()
