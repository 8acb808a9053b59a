"""Feedback stability and gradients through time in a simple RNN, next to the theory that bounds them.

The recurrence is h_t = f(x_t·W_x + h_{t-1}·W_h + b). Feeding h back through W_h at every
step multiplies whatever passes through it: the state in the forward pass, the gradient in the
backward pass. Pascanu, Mikolov & Bengio (2013) bound the backward product:

    ‖∂h_T/∂h_t‖ ≤ (σ_max(W_h) · γ)^(T−t),

where σ_max is W_h's largest singular value and γ bounds |f'| (1 for tanh and ReLU, 1/4 for
sigmoid). Below 1 the gradient must vanish; above 1 it may explode, but need not.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from rnn_core.activations import DERIVATIVE_BOUNDS, activation_value
from rnn_core.backend import tensorflow
from rnn_core.models import ACTIVATIONS, recurrent_layer
from rnn_core.settings import check_bounds, setting

INPUT_KINDS = ("zeros", "constant", "random")
RECURRENT_INITS = ("orthogonal", "identity")
FLOAT32_MAX = float(np.finfo(np.float32).max)
FLOAT32_TINY = float(np.finfo(np.float32).tiny)  # the smallest normal float32; below it TensorFlow stores 0


@dataclass(frozen=True)
class GradientSettings:
    """Everything the gradients page computes from; defaults are the issue's default view."""

    activation: str = setting("tanh", choices=ACTIVATIONS)  # the activation trained in the heatmap and quizzed on
    gain: float = setting(1.0, low=0.5, high=2.0)  # W_h = gain × an orthogonal matrix, so σ_max(W_h) = gain
    steps: int = setting(50, low=1, high=200)  # T, the number of steps the recurrence runs
    units: int = setting(20, low=1, high=64)  # size of the hidden state h_t
    input_kind: str = setting("random", choices=INPUT_KINDS, url="input")  # what x_t is fed at every step
    init: str = setting("orthogonal", choices=RECURRENT_INITS)  # identity = IRNN (Le, Jaitly & Hinton 2015)
    lag: int = setting(20, low=5, high=100)  # how far back the long-lag task's answer lies
    seed: int = setting(0, low=0, high=9999)  # one seed for the weights, inputs and training data

    def __post_init__(self):
        check_bounds(self)


@dataclass(frozen=True)
class RecurrenceWeights:
    """The weights of one SimpleRNN, in Keras's layout (row vectors times matrices)."""

    input_kernel: np.ndarray  # W_x, shape (1, units): one input feature
    recurrent_kernel: np.ndarray  # W_h, shape (units, units)
    bias: np.ndarray  # b, shape (units,)
    initial_state: np.ndarray  # h_0, shape (units,), a unit vector so the chart starts at ‖h_0‖ = 1


def recurrence_weights(units: int, gain: float, init: str = "orthogonal", seed: int = 0) -> RecurrenceWeights:
    """Seeded weights with W_h = gain × (a random orthogonal matrix, or the identity for IRNN).

    The orthogonal matrix is made as Keras's Orthogonal initializer makes it: the Q of a QR
    decomposition of a Gaussian matrix, so all its singular values equal `gain`.
    """
    if init not in RECURRENT_INITS:
        raise ValueError(f"init must be one of {RECURRENT_INITS}, got {init!r}")
    rng = np.random.default_rng(seed)
    if init == "identity":
        basis = np.eye(units)
    else:
        q, r = np.linalg.qr(rng.normal(size=(units, units)))
        basis = q * np.sign(np.diag(r))  # fix the signs so the result does not depend on the QR routine
    limit = np.sqrt(6.0 / (1 + units))  # Glorot uniform for a (1, units) kernel
    input_kernel = rng.uniform(-limit, limit, size=(1, units))
    initial_state = rng.normal(size=units)
    initial_state /= np.linalg.norm(initial_state)
    return RecurrenceWeights(
        input_kernel=input_kernel.astype(np.float32),
        recurrent_kernel=(gain * basis).astype(np.float32),
        bias=np.zeros(units, dtype=np.float32),
        initial_state=initial_state.astype(np.float32),
    )


def input_sequence(kind: str, steps: int, seed: int = 0) -> np.ndarray:
    """x_1..x_T, shape (steps,): all zeros (pure feedback), all ones, or seeded standard normal."""
    if kind == "zeros":
        return np.zeros(steps, dtype=np.float32)
    if kind == "constant":
        return np.ones(steps, dtype=np.float32)
    if kind == "random":
        return np.random.default_rng(seed + 1).normal(size=steps).astype(np.float32)
    raise ValueError(f"input must be one of {INPUT_KINDS}, got {kind!r}")


def run_recurrence(weights: RecurrenceWeights, inputs: np.ndarray, activation: str) -> np.ndarray:
    """h_0..h_T in float32, as Keras computes them; shape (steps + 1, units).

    Overflow is not an error here: a ReLU state that outgrows float32 becomes inf (and then
    NaN, as inf − inf appears in the next product), which is exactly what the page must show.
    """
    states = [weights.initial_state]
    with np.errstate(over="ignore", invalid="ignore"):
        for x_t in inputs:
            pre_activation = x_t * weights.input_kernel[0] + states[-1] @ weights.recurrent_kernel + weights.bias
            states.append(activation_value(activation, pre_activation).astype(np.float32))
    return np.stack(states)


# What each computation reads from GradientSettings, declared beside it: a cache keyed by
# `depends_on(settings, FEEDBACK_FIELDS)` is not recomputed when a control the result ignores moves.
FEEDBACK_FIELDS = ("gain", "steps", "units", "input_kind", "init", "seed")  # state_norms, gradients_through_time


def state_norms(settings: GradientSettings) -> pd.DataFrame:
    """Chart 1: ‖h_t‖ for each activation at every step; columns step, activation, state_norm."""
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    inputs = input_sequence(settings.input_kind, settings.steps, settings.seed)
    frames = []
    for activation in ACTIVATIONS:
        states = run_recurrence(weights, inputs, activation).astype(np.float64)  # float64 so the norm itself fits
        with np.errstate(over="ignore", invalid="ignore"):
            norms = np.linalg.norm(states, axis=1)
        frames.append(pd.DataFrame({"step": np.arange(len(norms)), "activation": activation, "state_norm": norms}))
    return pd.concat(frames, ignore_index=True)


@dataclass(frozen=True)
class ReluGrowth:
    """What ReLU's ‖h_t‖ did in one setting, with the numbers that explain it (the overflow quiz, section 1's note)."""

    outcome: str  # "overflow" (leaves float32), "grows" (past `large` but finite) or "bounded"
    peak: float  # the largest finite ‖h_t‖ over the run
    first_infinite: int | None  # first step where ‖h_t‖ is inf or NaN, if any
    all_off_from: int | None  # first step from which every unit stays at exactly 0 to the end, if any
    start: float = 1.0  # ‖h_0‖
    final: float = 1.0  # ‖h_T‖, the number the note prints (inf or NaN after an overflow)
    first_nan: int | None = None  # first step where the state holds NaN, if any
    nan_cause: str | None = None  # "inf_times_zero" or "inf_minus_inf": what h_(t−1)·W_h did at first_nan
    lowest: float = 1.0  # the smallest finite ‖h_t‖ over the run

    @property
    def course(self) -> str:
        """What the run shows at its last step, for the note's ReLU sentence.

        "nan" (overflowed, then NaN), "infinite" (overflowed and still ∞), "off" (exactly 0 to the end),
        or, for a finite state, "grows" / "shrinks": ‖h_T‖ at least twice ‖h_0‖ or at most half of it;
        "steady": every ‖h_t‖ within a factor of 2 of ‖h_0‖; "varies": it ends within that factor but
        went outside it on the way (the input pushes it around).
        """
        if np.isnan(self.final):
            return "nan"
        if np.isinf(self.final):
            return "infinite"
        if self.all_off_from is not None:
            return "off"
        if self.final >= 2 * self.start:
            return "grows"
        if self.final <= self.start / 2:
            return "shrinks"
        if self.peak > 2 * self.start or self.lowest < self.start / 2:
            return "varies"
        return "steady"


def nan_cause(previous_state: np.ndarray, recurrent_kernel: np.ndarray) -> str:
    """Why h_(t−1)·W_h is NaN when h_(t−1) holds ∞: some ∞ met a 0 entry of W_h (∞ × 0), or +∞ and −∞ terms met."""
    with np.errstate(invalid="ignore", over="ignore"):
        terms = previous_state.astype(np.float64)[:, None] * recurrent_kernel.astype(np.float64)
    return "inf_times_zero" if np.isnan(terms).any() else "inf_minus_inf"


def relu_growth(settings: GradientSettings, large: float = 1e3) -> ReluGrowth:
    """Run the setting's recurrence with ReLU and say whether ‖h_t‖ overflowed, grew large or stayed small."""
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    states = run_recurrence(weights, input_sequence(settings.input_kind, settings.steps, settings.seed), "relu")
    with np.errstate(over="ignore", invalid="ignore"):
        values = np.linalg.norm(states.astype(np.float64), axis=1)  # the norms state_norms charts for ReLU
    steps = np.arange(len(values))
    finite = np.isfinite(values)
    first_infinite = int(steps[~finite][0]) if not finite.all() else None
    peak = float(values[finite].max()) if finite.any() else float("nan")
    zero_tail = np.flip(np.cumprod(np.flip(values == 0)))  # True where every later value is 0 too
    all_off_from = int(steps[zero_tail.astype(bool)][0]) if zero_tail.any() else None
    outcome = "overflow" if first_infinite is not None else "grows" if peak > large else "bounded"
    has_nan = np.isnan(states).any(axis=1)
    first_nan = int(steps[has_nan][0]) if has_nan.any() else None
    cause = nan_cause(states[first_nan - 1], weights.recurrent_kernel) if first_nan else None
    lowest = float(values[finite].min()) if finite.any() else float("nan")
    return ReluGrowth(
        outcome, peak, first_infinite, all_off_from, float(values[0]), float(values[-1]), first_nan, cause, lowest
    )


def relu_outcome(settings: GradientSettings, large: float = 1e3) -> str:
    """What ReLU's ‖h_t‖ does in this setting: 'overflow' (leaves float32), 'grows' (past `large`), or 'bounded'."""
    return relu_growth(settings, large).outcome


def pascanu_bound(sigma_max: float, activation: str, distance: np.ndarray) -> np.ndarray:
    """(σ_max · γ)^(T−t): no Jacobian product over `distance` steps can be longer than this."""
    with np.errstate(over="ignore"):
        return np.power(sigma_max * DERIVATIVE_BOUNDS[activation], np.asarray(distance, dtype=np.float64))


def regime(sigma_max: float, activation: str, tolerance: float = 1e-6) -> str:
    """What the bound says: 'vanishing' is guaranteed below 1; above 1 'exploding' is only possible."""
    factor = sigma_max * DERIVATIVE_BOUNDS[activation]
    if factor < 1 - tolerance:
        return "vanishing"
    if factor > 1 + tolerance:
        return "exploding_possible"
    return "neutral"


def keras_simple_rnn(weights: RecurrenceWeights, activation: str, seed: int = 0):
    """A real Keras SimpleRNN layer carrying exactly these weights (the recurrent kernel set from the gain)."""
    layer = recurrent_layer("simplernn", len(weights.bias), activation=activation, seed=seed, return_sequences=True)
    layer.build((None, None, 1))
    layer.set_weights([weights.input_kernel, weights.recurrent_kernel, weights.bias])
    return layer


def _spectral_norms(matrices: np.ndarray) -> np.ndarray:
    """Largest singular value of each matrix; inf or NaN where the matrix itself holds them."""
    norms = np.full(len(matrices), np.nan)
    finite = np.isfinite(matrices).all(axis=(1, 2))
    if finite.any():
        norms[finite] = np.linalg.svd(matrices[finite].astype(np.float64), compute_uv=False)[:, 0]
    has_inf = np.isinf(matrices).any(axis=(1, 2)) & ~np.isnan(matrices).any(axis=(1, 2))
    norms[has_inf] = np.inf
    return norms


def measure_gradients(layer, inputs: np.ndarray, initial_state: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The reference for backprop_through_time: the same two results by tf.GradientTape through the layer's cell.

    The loop below is what SimpleRNN runs inside: its own cell applied step by step, so every
    h_t is a tensor the tape can differentiate with respect to. To get the whole Jacobian
    ∂h_T/∂h_t in one backward pass, the sequence is copied `units` times in the batch and copy
    i asks only for the gradient of h_T's i-th component: row i of the Jacobian. The same pass
    gives ∂h_T[i]/∂x_t per copy; their mean is ∂L/∂x_t for the read-out L = mean(h_T).
    Eager TensorFlow pays for every step of this loop, so the page uses the closed form below;
    the tests and bench/gradients_speed.py hold the two side by side.
    """
    tf = tensorflow()
    units = len(initial_state)
    sequence = tf.constant(np.tile(inputs[None, :, None], (units, 1, 1)), dtype=tf.float32)
    state = tf.constant(np.tile(initial_state[None, :], (units, 1)), dtype=tf.float32)
    cell = layer.cell
    with tf.GradientTape() as tape:
        tape.watch(sequence)
        tape.watch(state)
        states = [state]
        for t in range(len(inputs)):
            output, _ = cell.call(sequence[:, t, :], [states[-1]])
            states.append(output)
        component_picker = tf.reduce_sum(states[-1] * tf.eye(units))  # copy i keeps h_T[i]
    *state_gradients, sequence_gradient = tape.gradient(component_picker, [*states, sequence])
    jacobians = np.stack([g.numpy() for g in state_gradients])  # (T+1, units, units)
    input_gradient = sequence_gradient.numpy()[:, :, 0].astype(np.float64).mean(axis=0)
    return _spectral_norms(jacobians), np.abs(input_gradient)


def activation_slope_from_output(activation: str, output: np.ndarray) -> np.ndarray:
    """f'(a_t) read from h_t = f(a_t), as TensorFlow's gradients of tanh, sigmoid and ReLU read it."""
    if activation == "tanh":
        return 1 - output * output
    if activation == "sigmoid":
        return output * (1 - output)
    if activation == "relu":
        return (output > 0).astype(output.dtype)
    raise ValueError(f"activation must be one of {ACTIVATIONS}, got {activation!r}")


def backprop_through_time(
    weights: RecurrenceWeights, inputs: np.ndarray, activation: str
) -> tuple[np.ndarray, np.ndarray]:
    """All Jacobians ∂h_T/∂h_t (t = 0..T) and ∂L/∂x_t (t = 1..T, L = mean(h_T)), by backpropagation in NumPy.

    One step of SimpleRNN's backward pass is a single matrix product: with a_t the
    pre-activation, ∂h_t/∂h_(t−1) = diag(f'(a_t)) W_hᵀ, so walking back from ∂h_T/∂h_T = I,
    ∂h_T/∂h_(t−1) = (∂h_T/∂h_t · diag(f'(a_t))) W_hᵀ and ∂h_T/∂x_t = ∂h_T/∂h_t · (f'(a_t) ⊙ W_x).
    This is what tf.GradientTape computes through the Keras cell (measure_gradients), in float32
    as TensorFlow does, without paying eager TensorFlow's cost for each of the T steps.
    """
    states = run_recurrence(weights, inputs, activation)
    recurrent_transposed = weights.recurrent_kernel.T
    units = len(weights.bias)
    jacobians = np.empty((len(inputs) + 1, units, units), dtype=np.float32)
    input_gradient = np.empty(len(inputs), dtype=np.float64)
    jacobian = np.eye(units, dtype=np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(len(inputs), 0, -1):
            jacobians[t] = jacobian
            slope = activation_slope_from_output(activation, states[t])
            input_gradient[t - 1] = (jacobian @ (slope * weights.input_kernel[0])).astype(np.float64).mean()
            jacobian = (jacobian * slope[None, :]) @ recurrent_transposed
            jacobian[np.abs(jacobian) < FLOAT32_TINY] = 0  # TensorFlow on CPU flushes subnormal floats to zero
    jacobians[0] = jacobian
    return jacobians, input_gradient


def gradients_through_time(settings: GradientSettings) -> pd.DataFrame:
    """Chart 2: measured gradients and the Pascanu bound against the distance T−t, per activation.

    Columns: activation, distance, state_gradient (‖∂h_T/∂h_t‖, spectral norm),
    input_gradient (|∂L/∂x_t|, NaN at distance T where there is no input), bound.
    """
    weights = recurrence_weights(settings.units, settings.gain, settings.init, settings.seed)
    inputs = input_sequence(settings.input_kind, settings.steps, settings.seed)
    steps = settings.steps
    distance = steps - np.arange(steps + 1)  # h_0 lies T steps back, h_T zero steps
    frames = []
    for activation in ACTIVATIONS:
        sigma_max = float(np.linalg.norm(weights.recurrent_kernel.astype(np.float64), 2))
        jacobians, input_gradient = backprop_through_time(weights, inputs, activation)
        state_gradient, input_gradient = _spectral_norms(jacobians), np.abs(input_gradient)
        frames.append(
            pd.DataFrame(
                {
                    "activation": activation,
                    "distance": distance,
                    "state_gradient": state_gradient,
                    "input_gradient": np.concatenate([[np.nan], input_gradient]),
                    "bound": pascanu_bound(sigma_max, activation, distance),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)
