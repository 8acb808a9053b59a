"""The one chunked training loop every page trains through, traced once per shape of model.

Plain `model.fit` on a few hundred samples spends almost all its time on fixed per-epoch work,
and a fresh `tf.function` per run spends ~0.6 s tracing before the first epoch. Here one
compiled function runs a whole chunk of epochs (mini-batches, the Keras optimizer, the Keras
loss, the model's own layers) and takes the weights and the optimizer state as arguments: Keras
3's stateless API (`model.stateless_call`, `optimizer.stateless_apply`). Nothing it computes
lives in a variable, so the graph depends only on what changes its structure (the model's layers
and window, the batch size, the number of samples, the optimizer's clipping, the loss) and a new
seed, learning rate or epoch count reuses it. The weights' dimensions that follow the hidden size
are left unknown in the trace, so a new `units` reuses it too (one trace serves a class of students
who each pick their own). The loss is Keras's mean squared error or, for models that write token
ids (the translator), Keras's sparse categorical cross-entropy with padding (target id 0) left
unscored; inputs may be one array or a tuple of arrays (a model with several inputs). Such graphs
are kept in a small LRU cache; two threads may run one graph at once because it reads and writes
nothing but its arguments.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import json
import math
import threading
import types
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from rnn_core.backend import keras, tensorflow

OPTIMIZERS = ("adam", "sgd")
# "mse": Keras's MeanSquaredError. "masked_crossentropy": Keras's SparseCategoricalCrossentropy on
# probabilities, each target id weighted 1 and the padding id 0 weighted 0, summed and divided by
# the weights (reduction "mean_with_sample_weight"), as model.fit does with that loss and the mask
# as sample_weight.
LOSSES = ("mse", "masked_crossentropy")
# Compiled loops kept, counted per model (a compare entry holds three); the least recently used goes.
# A traced loop of the notes' model takes ~6 MB (SimpleRNN), ~11 MB (LSTM) or ~14 MB (GRU) of server
# memory. Six hold the app's start-up traces (each activation alone) with the compare view's three,
# and keep a server's growth over 300 varied runs near 70 MB; eight made it ~95 MB
# (bench/training_speed.py --memory-only). The forward passes' cache (training_results) keeps as many.
# An evicted loop leaves more behind than its Python objects: reference cycles hold its traced
# function until a full garbage collection, and TensorFlow's eager kernel cache and the C heap keep
# ~2 MB per trace after that. A sweep frees them (see `Sweeper`).
CACHE_SIZE = 6
# Model loops evicted (from the training cache or the forward passes') between two sweeps. A sweep
# costs a full garbage collection (~0.03 s in a bare process, more on a busy server) and makes every
# cached graph instantiate its kernels again on its next call (~0.2 s each), so it waits for a
# second eviction; memory then creeps by at most a few MB before it is given back.
SWEEP_EVERY = 2
# Sequences up to this long are unrolled in the traced copy: the same arithmetic as the layer's
# loop over time steps without its per-step control flow, ~40 % less CPU for the notes' window
# of 3 (bench/training_speed.py). Longer ones keep the loop, so the graph stays small.
UNROLL_STEPS = 20
_OPTIMIZER_CLASSES = {"adam": "Adam", "sgd": "SGD"}


@dataclass(frozen=True)
class FitOptions:
    """How to train: everything here except the learning rate shapes the compiled graph."""

    batch_size: int = 32  # samples per weight update
    optimizer: str = "adam"  # "adam" or "sgd", Keras's own
    loss: str = "mse"  # one of LOSSES
    clipnorm: float | None = None  # rescale each weight's gradient to this norm (Keras's clipnorm)
    clipvalue: float | None = None  # cut each gradient component to ±clipvalue (Keras's clipvalue)
    global_clipnorm: float | None = None  # rescale all gradients together to this norm
    shuffle: bool = True  # visit the samples in an order drawn from (seed, epoch); else in their order
    drop_remainder: bool = False  # skip the last, smaller batch (every update then sees batch_size samples)
    stop_on_nonfinite: bool = True  # end after the first epoch whose loss is NaN or infinite
    # Compile with XLA. Off: here it saves ~0.06 s per warm default run but costs ~3 s more to
    # compile a new shape, and its losses differ from the plain graph's for the same seed
    # (bench/training_speed.py).
    jit_compile: bool = False

    def __post_init__(self):
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"optimizer must be one of {OPTIMIZERS}, got {self.optimizer!r}")
        if self.loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {self.loss!r}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {self.batch_size}")


@dataclass(frozen=True)
class FitRecord:
    # Mean training loss of every epoch run (of every part of an epoch with reports_per_epoch > 1),
    # weighted by the samples in each batch as model.fit reports it.
    losses: tuple[float, ...]
    status: str  # "finished", "diverged" (stopped on a non-finite loss) or "stopped" (should_stop said so)
    input_gradients: np.ndarray | None  # (epochs, steps): mean ‖∂L/∂x_t‖ on the probe batch after each epoch
    weights: tuple[np.ndarray, ...] = ()  # the weights reached, in `model.weights` order (read-only arrays)
    # The model's outputs on the `watch` inputs before training (epoch 0) and after every chunk, as
    # (epochs done, outputs) pairs; at most MAX_SNAPSHOTS of them, evenly thinned, first and last kept.
    snapshots: tuple[tuple[float, np.ndarray], ...] = ()


# A slow-motion replay needs the model's answers along the way, not every epoch's: the training page
# reports ~20 chunks, so its runs keep ~21 snapshots of (samples + 10) float32 outputs (≤ 85 KB a run).
MAX_SNAPSHOTS = 100


def thin(snapshots: list, most: int = MAX_SNAPSHOTS) -> tuple:
    """At most `most` of the snapshots, evenly spread, keeping the first and the last."""
    if len(snapshots) <= most:
        return tuple(snapshots)
    picks = np.unique(np.linspace(0, len(snapshots) - 1, most).round().astype(int))
    return tuple(snapshots[i] for i in picks)


def chunk_epochs(epochs: int, share: float = 0.05) -> int:
    """Epochs per compiled call, small enough to report progress every `share` of the run."""
    return max(1, int(epochs * share))


RECURRENT_LAYERS = ("SimpleRNN", "LSTM", "GRU")  # their traced copy reads the units from the weights


def _without_initializers(config):
    """A model config without what the compiled graph does not depend on.

    Left out: what only sets the starting weights (initializers, seeds, names), the recurrent
    layers' `units` and the layers' build shapes (the traced copy takes its weights with unknown
    dimensions and reads the hidden size from them, see `_units_from_weights`).
    """
    if isinstance(config, dict):
        kept = {
            key: _without_initializers(value)
            for key, value in config.items()
            if key not in ("name", "seed", "build_config") and not key.endswith("_initializer")
        }
        if config.get("class_name") in RECURRENT_LAYERS and isinstance(kept.get("config"), dict):
            kept["config"].pop("units", None)
        return kept
    if isinstance(config, list | tuple):
        return [_without_initializers(value) for value in config]
    return config


def architecture_key(model) -> str:
    """What the compiled graph depends on in a model: its layers' configs, not their starting weights."""
    return json.dumps(_without_initializers(model.get_config()), sort_keys=True, default=str)


def _stateless(optimizer):
    """Make a Keras optimizer usable through `stateless_apply` under TensorFlow.

    Keras's TensorFlow optimizer refuses `stateless_apply` because its update goes through
    tf.distribute, which needs real variables. On one CPU there is nothing to distribute, so the
    backend-neutral update of `BaseOptimizer` (the one JAX uses, with the same `update_step`
    arithmetic of Adam or SGD) is put back on this instance. It skips the cross-device gradient
    sum too, which registered a custom gradient per trace and kept every graph alive.
    """
    base = keras().src.optimizers.base_optimizer.BaseOptimizer
    for name in ("assign", "assign_add", "assign_sub", "_var_key", "_backend_update_step", "_apply_weight_decay"):
        setattr(optimizer, name, types.MethodType(getattr(base, name), optimizer))
    optimizer.stateless_apply = types.MethodType(base.stateless_apply, optimizer)
    return optimizer


def _units_from_weights(cell):
    """Make a traced recurrent cell take its hidden size from its weights, not from its config.

    Keras's SimpleRNN, LSTM and GRU cells use `self.units` (a Python int) for the zero initial
    state and, in LSTM and GRU, to slice the gates out of the joined kernels. In the traced copy
    both read the size from the recurrent kernel passed in (its first dimension, a tensor), so one
    graph trains every hidden size with the cells' own arithmetic.
    """
    call, initial_state = cell.call, cell.get_initial_state

    def units():
        return tensorflow().shape(cell.recurrent_kernel.value)[0]

    def call_with_units(*args, **kwargs):
        fixed = cell.units
        object.__setattr__(cell, "units", units())
        try:
            return call(*args, **kwargs)
        finally:
            object.__setattr__(cell, "units", fixed)

    def zero_state(batch_size=None):
        states = initial_state(batch_size=batch_size)
        zeros = keras().ops.zeros
        return [zeros((batch_size, units()), dtype=state.dtype) for state in states]

    object.__setattr__(cell, "call", call_with_units)
    object.__setattr__(cell, "get_initial_state", zero_state)


def _shape_free_copy(model):
    """A copy of the model's layers to trace through, with the weight dimensions that follow the hidden size unknown.

    Its variables are placeholders that stateless calls map to the weights passed in: they are never
    read or written. Returns the copy and each of its variables' shape (None where it follows the units).
    """
    k = keras()
    shape = model.input_shape  # a list of shapes for a model with several inputs: not unrolled
    steps = shape[1] if isinstance(shape, tuple) else None
    unroll = steps is not None and steps <= UNROLL_STEPS

    def copy_layer(layer, extra_units=0):
        config = layer.get_config()
        if extra_units and layer.__class__.__name__ in RECURRENT_LAYERS:
            config["units"] += extra_units
        if unroll and "unroll" in config:
            config["unroll"] = True
        return layer.__class__.from_config(config)

    copy = k.models.clone_model(model, clone_function=copy_layer)
    # Which weight dimensions follow the hidden size: those that differ in a copy one unit larger.
    larger = k.models.clone_model(model, clone_function=lambda layer: copy_layer(layer, extra_units=1))
    free = [
        tuple(None if a != b else a for a, b in zip(ours.shape, theirs.shape, strict=True))
        for ours, theirs in zip(copy.variables, larger.variables, strict=True)
    ]
    del larger
    for layer in copy.layers:
        if layer.__class__.__name__ in RECURRENT_LAYERS:
            _units_from_weights(layer.cell)
    return copy, free


class _ModelLoop:
    """The chunk-of-epochs loop of one model architecture, to be traced inside a CompiledFit."""

    def __init__(self, model, options: FitOptions, sample_count: int, probe: bool, watch: bool = False):
        k = keras()
        self.model, free = _shape_free_copy(model)
        clipping = {
            name: value
            for name in ("clipnorm", "clipvalue", "global_clipnorm")
            if (value := getattr(options, name)) is not None
        }
        optimizer_class = getattr(k.optimizers, _OPTIMIZER_CLASSES[options.optimizer])
        self.optimizer = _stateless(optimizer_class(learning_rate=0.001, **clipping))
        self.optimizer.build(self.model.trainable_variables)
        # The copy's and the optimizer's variables are placeholders the stateless calls map to the
        # weights passed in; Keras checks that the two shapes are equal, so the placeholders are
        # marked as of unknown dimensions, like the traced arguments (see CompiledFit.run).
        shapes = {id(v): shape for v, shape in zip(self.model.variables, free, strict=True)}
        slots = {
            id(slot): self.model.trainable_variables[index]
            for name in ("_momentums", "_velocities", "_velocity_hats")
            for index, slot in enumerate(getattr(self.optimizer, name, None) or ())
        }
        shapes.update({slot: shapes[id(weight)] for slot, weight in slots.items()})
        for variable in [*self.model.variables, *self.optimizer.variables]:
            variable._shape = shapes.get(id(variable), variable._shape)
        tf = tensorflow()
        self.signature = tuple(
            [tf.TensorSpec(v._shape, v.dtype) for v in variables]
            for variables in (
                self.model.trainable_variables,
                self.model.non_trainable_variables,
                self.optimizer.variables,
            )
        )
        self.learning_rate_index = next(
            i for i, v in enumerate(self.optimizer.variables) if v is self.optimizer._learning_rate
        )
        # A fresh optimizer state for a model of any hidden size: each slot (Adam's moments, SGD's
        # momentum) is its starting value in the shape of the weight it belongs to.
        slots = {
            id(slot): index
            for name in ("_momentums", "_velocities", "_velocity_hats")
            for index, slot in enumerate(getattr(self.optimizer, name, None) or ())
        }
        self.fresh_optimizer_state = []
        for variable in self.optimizer.variables:
            value = np.array(variable.numpy())
            if id(variable) in slots:
                if not np.all(value == value.flat[0]):
                    raise ValueError(f"optimizer slot {variable.path} does not start at one value")
                self.fresh_optimizer_state.append((slots[id(variable)], value.flat[0], value.dtype))
            else:
                self.fresh_optimizer_state.append((None, value, value.dtype))
        if options.loss == "mse":
            self.loss = k.losses.MeanSquaredError()
        else:
            self.loss = k.losses.SparseCategoricalCrossentropy(reduction="mean_with_sample_weight")
        self.options = options
        self.sample_count = sample_count
        batch = options.batch_size
        self.batch_count = sample_count // batch if options.drop_remainder else math.ceil(sample_count / batch)
        if self.batch_count < 1:
            raise ValueError(f"need at least one batch of {batch} samples, got {sample_count}")
        self.samples_used = min(sample_count, self.batch_count * batch)
        self.probe = probe
        self.watch = watch  # also return the model's outputs on the watched inputs at the end of a chunk

    def _loss_and_state(self, trainable, non_trainable, inputs, targets):
        predictions, non_trainable = self.model.stateless_call(trainable, non_trainable, inputs, training=True)
        if self.options.loss == "mse":
            return self.loss(targets, predictions), non_trainable
        mask = tensorflow().cast(targets != 0, predictions.dtype)  # padding is not scored
        return self.loss(targets, predictions, sample_weight=mask), non_trainable

    def _run_epochs(
        self, trainable, non_trainable, optimizer_state, inputs, targets, probe, watch, seed, first, count, batches
    ):
        """Epochs first..first+count-1, each running batches[0]..batches[1]-1 of its order (all by default)."""
        tf = tensorflow()
        batch, options = self.options.batch_size, self.options
        losses = tf.TensorArray(tf.float32, size=count, element_shape=[])
        steps = [probe[0].shape[1]] if self.probe else None  # known, so an empty chunk still stacks
        profiles = tf.TensorArray(tf.float32, size=count if self.probe else 0, element_shape=steps)
        done = tf.constant(0)  # epochs run: fewer than count if one ended non-finite
        first_batch, last_batch = batches[0], batches[1]
        samples = tf.cast(
            tf.minimum(last_batch * batch, self.samples_used) - first_batch * batch, tf.float32
        )  # in those batches
        for offset in tf.range(count):
            if options.shuffle:
                noise = tf.random.stateless_uniform([self.sample_count], seed=tf.stack([seed, first + offset]))
                order = tf.argsort(noise)
            else:
                order = tf.range(self.sample_count)
            total = tf.constant(0.0)
            for index in tf.range(first_batch, last_batch):
                rows = order[index * batch : (index + 1) * batch]
                rows_inputs = tf.nest.map_structure(lambda array, rows=rows: tf.gather(array, rows), inputs)
                with tf.GradientTape() as tape:
                    tape.watch(trainable)
                    loss, non_trainable = self._loss_and_state(
                        trainable, non_trainable, rows_inputs, tf.gather(targets, rows)
                    )
                gradients = tape.gradient(loss, trainable)
                trainable, optimizer_state = self.optimizer.stateless_apply(optimizer_state, gradients, trainable)
                total += loss * tf.cast(tf.shape(rows)[0], tf.float32)
            epoch_loss = total / samples
            losses = losses.write(offset, epoch_loss)
            done = offset + 1
            if self.probe:
                probe_inputs, probe_targets = probe
                with tf.GradientTape() as tape:
                    tape.watch(probe_inputs)
                    loss, _ = self._loss_and_state(trainable, non_trainable, probe_inputs, probe_targets)
                per_step = tf.norm(tape.gradient(loss, probe_inputs), axis=-1)  # (probe samples, steps)
                profiles = profiles.write(offset, tf.reduce_mean(per_step, axis=0))
            if options.stop_on_nonfinite and not tf.math.is_finite(epoch_loss):
                break
        profile_stack = profiles.stack()[:done] if self.probe else tf.zeros([0, 0])
        if self.watch:  # one forward pass with the weights reached: what the model says now
            watched, _ = self.model.stateless_call(trainable, non_trainable, watch, training=False)
        else:
            watched = tf.zeros([0])
        return trainable, non_trainable, optimizer_state, losses.stack()[:done], profile_stack, watched


class CompiledFit:
    """One traced function running a chunk of epochs of one or more models side by side.

    Several models (the compare view's three activations) trained on the same data step together
    in one call: one trip from Python per chunk instead of three, and TensorFlow may run the
    independent loops at once. A model whose count is 0 sits the chunk out (it finished or diverged).
    """

    def __init__(self, models, options: FitOptions, sample_count: int, probe: bool, watch: bool = False):
        self.loops = [_ModelLoop(model, options, sample_count, probe, watch) for model in models]
        self.options = options
        self._function = None
        self._function_lock = threading.Lock()

    def fresh_optimizer_state(self, index: int, trainable):
        """The optimizer state a new run of loop `index` starts from, for these starting weights."""
        state = []
        for slot, value, dtype in self.loops[index].fresh_optimizer_state:
            state.append(value if slot is None else np.full(np.shape(trainable[slot]), value, dtype=dtype))
        return state

    def run(self, *args):
        """Run a chunk. Traced on the first call, with the dimensions that follow the hidden size unknown."""
        with self._function_lock:
            if self._function is None:
                tf = tensorflow()
                _states, *rest = args
                signature = [
                    [loop.signature for loop in self.loops],
                    *tf.nest.map_structure(lambda t: tf.TensorSpec(t.shape, t.dtype), rest),
                ]
                self._function = tf.function(
                    self._run_all, input_signature=signature, jit_compile=self.options.jit_compile
                )
        with sweeper.running():
            return self._function(*args)

    def tracing_count(self) -> int:
        return 0 if self._function is None else self._function.experimental_get_tracing_count()

    def _run_all(self, states, inputs, targets, probe, watch, seed, firsts, counts, batches):
        return [
            loop._run_epochs(*state, inputs, targets, probe, watch, seed, first, count, batches)
            for loop, state, first, count in zip(self.loops, states, firsts, counts, strict=True)
        ]


def _give_back_memory() -> None:
    """Free what evicted graphs left behind: their cycles, TensorFlow's cached kernels, the C heap's free pages."""
    gc.collect()
    from tensorflow.python.eager import context  # the kernel cache has no public handle

    context.context().clear_kernel_cache()
    library = ctypes.util.find_library("c")
    if library:  # glibc returns freed pages to the system only when asked; other C libraries have no call
        trim = getattr(ctypes.CDLL(library), "malloc_trim", None)
        if trim is not None:
            trim(0)


class Sweeper:
    """Gives back the memory of evicted graphs while no compiled call is running.

    Every call of a cached graph runs inside `running()`. `evicted(n)` counts model loops dropped
    from a cache; once SWEEP_EVERY have gone, the last call to leave (or the evicting thread, if none
    runs) sweeps, and calls that arrive meanwhile wait for it. Clearing TensorFlow's kernel cache
    under a running graph would be safe (kernels are reference-counted), but waiting keeps the
    sweep from stalling a run halfway.
    """

    def __init__(self, sweep: Callable[[], None] = _give_back_memory):
        self._sweep = sweep
        self._changed = threading.Condition()
        self._running = 0
        self._evicted = 0
        self._sweeping = False
        self.sweeps = 0  # how many sweeps ran (for tests and benchmarks)

    @contextlib.contextmanager
    def running(self):
        with self._changed:
            while self._sweeping:
                self._changed.wait()
            self._running += 1
        try:
            yield
        finally:
            with self._changed:
                self._running -= 1
            self._sweep_if_due()

    def evicted(self, loops: int) -> None:
        with self._changed:
            self._evicted += loops
        self._sweep_if_due()

    def _sweep_if_due(self) -> None:
        with self._changed:
            if self._sweeping or self._running or self._evicted < SWEEP_EVERY:
                return
            self._sweeping, self._evicted = True, 0
        try:
            self._sweep()
        finally:
            with self._changed:
                self._sweeping = False
                self.sweeps += 1
                self._changed.notify_all()


sweeper = Sweeper()


def keep_newest(cache: OrderedDict, limit: int, loops: Callable[[object], int] = lambda entry: 1) -> int:
    """Drop the least recently used entries until the kept ones hold at most `limit` model loops (one
    entry is always kept). Returns the loops dropped; the caller tells `sweeper.evicted` once it has
    let go of its lock."""
    dropped = 0
    while len(cache) > 1 and sum(loops(entry) for entry in cache.values()) > limit:
        _, entry = cache.popitem(last=False)
        dropped += loops(entry)
    return dropped


_cache: OrderedDict[tuple, CompiledFit] = OrderedDict()
_cache_lock = threading.Lock()


def compiled_fit(
    models, options: FitOptions, sample_count: int, probe: bool, watch_rows: int | None = None
) -> CompiledFit:
    """The cached compiled loop for these architectures and options, built (not yet traced) on a miss."""
    key = (tuple(architecture_key(model) for model in models), options, sample_count, probe, watch_rows)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    # Built outside the lock: cloning takes a while.
    compiled = CompiledFit(models, options, sample_count, probe, watch_rows is not None)
    with _cache_lock:
        compiled = _cache.setdefault(key, compiled)
        _cache.move_to_end(key)
        dropped = keep_newest(_cache, CACHE_SIZE, lambda entry: len(entry.loops))
    if dropped:
        sweeper.evicted(dropped)
    return compiled


def cache_info() -> dict:
    """How many entries are cached, how many model loops they hold and how often they were traced."""
    with _cache_lock:
        entries = list(_cache.values())
    return {
        "entries": len(entries),
        "models": sum(len(e.loops) for e in entries),
        "traces": sum(e.tracing_count() for e in entries),
    }


class CompiledPredict:
    """A model's forward pass (`training=False`) traced once for every hidden size, taking the weights as arguments.

    What `model(inputs)` computes, from weights passed in (in `model.weights` order): the page asks a
    trained run for its predictions without building a Keras model and its variables each time.
    """

    def __init__(self, model):
        tf = tensorflow()
        self.model, free = _shape_free_copy(model)
        shapes = {id(v): shape for v, shape in zip(self.model.variables, free, strict=True)}
        for variable in self.model.variables:
            variable._shape = shapes[id(variable)]
        position = {id(v): i for i, v in enumerate(self.model.weights)}
        self.trainable_at = [position[id(v)] for v in self.model.trainable_variables]
        # State that is not a weight (a cell's seed generator, unused without dropout) keeps the copy's value.
        self.non_trainable = [(position.get(id(v)), v.numpy()) for v in self.model.non_trainable_variables]
        inputs = tf.TensorSpec((None, *model.input_shape[1:]), model.inputs[0].dtype)
        signature = [
            [tf.TensorSpec(v._shape, v.dtype) for v in self.model.trainable_variables],
            [tf.TensorSpec(v._shape, v.dtype) for v in self.model.non_trainable_variables],
            inputs,
        ]
        self._function = tf.function(self._call, input_signature=signature)

    def _call(self, trainable, non_trainable, inputs):
        outputs, _ = self.model.stateless_call(trainable, non_trainable, inputs, training=False)
        return outputs

    def __call__(self, weights, inputs) -> np.ndarray:
        trainable = [weights[i] for i in self.trainable_at]
        non_trainable = [value if i is None else weights[i] for i, value in self.non_trainable]
        with sweeper.running():
            return self._function(trainable, non_trainable, inputs).numpy()


def _schedule(epochs: int, chunk: int, batch_count: int, reports_per_epoch: int):
    """The compiled calls of a run: (first epoch, epochs, (first batch, end batch), epochs done after)."""
    if reports_per_epoch == 1:
        for first in range(0, epochs, chunk):
            count = min(chunk, epochs - first)
            yield first, count, (0, batch_count), first + count
        return
    bounds = np.linspace(0, batch_count, reports_per_epoch + 1).round().astype(int)
    for epoch in range(epochs):
        for part in range(reports_per_epoch):
            yield epoch, 1, (int(bounds[part]), int(bounds[part + 1])), epoch + (part + 1) / reports_per_epoch


def _tensor(array, dtype: str):
    """The array as a tensor of its model input's dtype (float32 values, or int32 token ids)."""
    return tensorflow().convert_to_tensor(np.asarray(array, dtype=dtype))


def fit_in_chunks(
    model,
    inputs,
    targets: np.ndarray,
    *,
    epochs: int,
    learning_rate: float,
    options: FitOptions = FitOptions(),
    seed: int = 0,
    chunk: int | None = None,
    reports_per_epoch: int = 1,
    probe: tuple[np.ndarray, np.ndarray] | None = None,
    watch: np.ndarray | None = None,
    on_chunk_end: Callable[[float, tuple[float, ...]], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> FitRecord:
    """Train `model` on (inputs, targets) with `options.loss` like `model.fit`, many epochs per compiled call.

    `inputs` is an array, or a tuple of arrays for a model with several inputs. The model's
    weights are where training starts, and they hold the weights reached whenever
    `on_chunk_end(epochs_done, losses)` is called and when this returns. With `options.shuffle`
    each epoch visits the samples in an order drawn from a stateless generator seeded by
    (seed, epoch), so the same seed gives the same batches with no global random state. With
    `reports_per_epoch` > 1 every epoch is cut into that many runs of whole batches, one compiled
    call each (`chunk` is then one epoch): `on_chunk_end` gets a fractional epoch count after
    each, and the losses hold one mean per part. If a `probe` batch (inputs, targets) is given,
    the gradient of the loss with respect to each input step is recorded after every epoch: how
    much each step can still teach the network. If `watch` inputs are given, the model's outputs on
    them are recorded before training and after every chunk (`FitRecord.snapshots`), computed in
    the same compiled call: what a replay shows the model saying along the way. `should_stop()` is
    asked between chunks.
    """
    report = None if on_chunk_end is None else (lambda done, losses: on_chunk_end(done, losses[0]))
    (record,) = fit_together(
        [model],
        inputs,
        targets,
        epochs=epochs,
        learning_rate=learning_rate,
        options=options,
        seed=seed,
        chunk=chunk,
        reports_per_epoch=reports_per_epoch,
        probe=probe,
        watch=watch,
        on_chunk_end=report,
        should_stop=should_stop,
    )
    return record


def fit_together(
    models,
    inputs,
    targets: np.ndarray,
    *,
    epochs: int,
    learning_rate: float,
    options: FitOptions = FitOptions(),
    seed: int = 0,
    chunk: int | None = None,
    reports_per_epoch: int = 1,
    probe: tuple[np.ndarray, np.ndarray] | None = None,
    watch: np.ndarray | None = None,
    on_chunk_end: Callable[[float, tuple[tuple[float, ...], ...]], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[FitRecord]:
    """`fit_in_chunks` for several models on the same data, seed and options, stepped in one call per chunk.

    Each model's run is the one `fit_in_chunks` would give it alone; `on_chunk_end` receives the
    epochs done so far and every model's losses.
    """

    def keep_in_models(done, losses, weights):
        for model, reached in zip(models, weights, strict=True):
            for variable, value in zip(model.weights, reached, strict=True):
                variable.assign(value)
        if on_chunk_end is not None:
            on_chunk_end(done, losses)

    return fit_weights_together(
        models,
        [[v.numpy() for v in model.variables] for model in models],
        inputs,
        targets,
        epochs=epochs,
        learning_rate=learning_rate,
        options=options,
        seed=seed,
        chunk=chunk,
        reports_per_epoch=reports_per_epoch,
        probe=probe,
        watch=watch,
        on_chunk_end=keep_in_models,
        should_stop=should_stop,
    )


def fit_weights_together(
    models,
    start_from,
    inputs,
    targets: np.ndarray,
    *,
    epochs: int,
    learning_rate: float,
    options: FitOptions = FitOptions(),
    seed: int = 0,
    chunk: int | None = None,
    reports_per_epoch: int = 1,
    probe: tuple[np.ndarray, np.ndarray] | None = None,
    watch: np.ndarray | None = None,
    on_chunk_end: Callable[[float, tuple, tuple], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[FitRecord]:
    """`fit_together` from given weights: the models only say what to train, their variables are never touched.

    `start_from` holds the starting value of each model's variables in `model.variables` order (its
    weights and any state, such as a cell's seed generator), so a model may be a sketch built without
    values (`rnn_core.models.sketch_with_weights`: no TensorFlow variables to create).
    `on_chunk_end(done, losses, weights)` also gets each model's weights reached so far, and each
    FitRecord holds its model's final weights, both in `model.weights` order (as `get_weights()`).
    """
    tf = tensorflow()
    several = isinstance(inputs, tuple | list)
    if several and (probe is not None or watch is not None):
        raise ValueError("a probe or watched inputs need a model with one input")
    if reports_per_epoch < 1:
        raise ValueError(f"reports_per_epoch must be at least 1, got {reports_per_epoch}")
    sample_count = int(np.shape(inputs[0] if several else inputs)[0])
    watch_rows = None if watch is None else int(np.shape(watch)[0])
    compiled = compiled_fit(models, options, sample_count, probe is not None, watch_rows)
    states, places = [], []
    for number, (model, loop, values) in enumerate(zip(models, compiled.loops, start_from, strict=True)):
        position = {id(variable): index for index, variable in enumerate(model.variables)}
        trainable_at = [position[id(v)] for v in model.trainable_variables]
        non_trainable_at = [position[id(v)] for v in model.non_trainable_variables]
        places.append((trainable_at, non_trainable_at, [position[id(v)] for v in model.weights]))
        trainable = [tf.convert_to_tensor(values[i]) for i in trainable_at]
        optimizer_state = [tf.convert_to_tensor(v) for v in compiled.fresh_optimizer_state(number, trainable)]
        index = loop.learning_rate_index
        optimizer_state[index] = tf.constant(learning_rate, dtype=optimizer_state[index].dtype)
        non_trainable = [tf.convert_to_tensor(values[i]) for i in non_trainable_at]
        states.append((trainable, non_trainable, optimizer_state))
    dtypes = [str(tensor.dtype) for tensor in models[0].inputs]
    x = tuple(map(_tensor, inputs, dtypes)) if several else _tensor(inputs, dtypes[0])
    y = tf.convert_to_tensor(np.reshape(np.asarray(targets, dtype=np.float32), (sample_count, -1)))
    probe_tensors = tuple(tf.convert_to_tensor(np.asarray(a, dtype=np.float32)) for a in probe) if probe else ()
    watch_tensor = () if watch is None else _tensor(watch, dtypes[0])
    seed_tensor = tf.constant(seed, dtype=tf.int32)

    def weights_of(state, place) -> tuple[np.ndarray, ...]:
        """A state's weights as read-only arrays in `model.weights` order."""
        arrays = {}
        for tensors, at in zip(state[:2], place[:2], strict=True):
            for tensor, index in zip(tensors, at, strict=True):
                arrays[index] = tensor
        reached = []
        for index in place[2]:
            array = np.array(arrays[index], copy=True)
            array.flags.writeable = False
            reached.append(array)
        return tuple(reached)

    reached = [weights_of(state, place) for state, place in zip(states, places, strict=True)]
    chunk = (chunk or chunk_epochs(epochs)) if reports_per_epoch == 1 else 1
    schedule = list(_schedule(epochs, chunk, compiled.loops[0].batch_count, reports_per_epoch))
    losses: list[list[float]] = [[] for _ in models]
    profiles: list[list[np.ndarray]] = [[] for _ in models]
    statuses: list[str | None] = [None for _ in models]  # None while the model still trains
    snapshots: list[list[tuple[float, np.ndarray]]] = [[] for _ in models]

    def call(first, counts, batches):
        return compiled.run(
            states,
            x,
            y,
            probe_tensors,
            watch_tensor,
            seed_tensor,
            [tf.constant(first, dtype=tf.int32) for _ in models],
            [tf.constant(count, dtype=tf.int32) for count in counts],
            tf.constant(batches, dtype=tf.int32),
        )

    if watch is not None:  # a chunk of no epochs: the untrained model's outputs
        for i, output in enumerate(call(0, [0 for _ in models], (0, 0))):
            snapshots[i].append((0, output[-1].numpy()))
    for step, (first, count, batches, done) in enumerate(schedule):
        counts = [count if status is None else 0 for status in statuses]
        outputs = call(first, counts, batches)
        for i, (output, count) in enumerate(zip(outputs, counts, strict=True)):
            if count == 0:
                continue
            trainable, non_trainable, optimizer_state, chunk_losses, chunk_profiles, watched = output
            states[i] = (trainable, non_trainable, optimizer_state)
            reached[i] = weights_of(states[i], places[i])
            losses[i].extend(float(v) for v in chunk_losses.numpy())
            if watch is not None:
                snapshots[i].append((first + len(chunk_losses) if reports_per_epoch == 1 else done, watched.numpy()))
            profiles[i].extend(chunk_profiles.numpy().astype(np.float64))
            if options.stop_on_nonfinite and not math.isfinite(losses[i][-1]):
                statuses[i] = "diverged"
        if on_chunk_end is not None:
            on_chunk_end(done, tuple(tuple(lost) for lost in losses), tuple(reached))
        if all(status is not None for status in statuses):
            break
        if should_stop is not None and step + 1 < len(schedule) and should_stop():
            statuses = [status or "stopped" for status in statuses]
            break
    return [
        FitRecord(
            tuple(lost),
            status or "finished",
            np.array(profile) if probe is not None else None,
            weights,
            thin(watched),
        )
        for lost, status, profile, weights, watched in zip(losses, statuses, profiles, reached, snapshots, strict=True)
    ]
