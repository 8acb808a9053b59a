"""Jupyter notebooks that reproduce a page's experiment with plain Keras, for a student to take home.

Each builder writes the page's settings into a notebook that needs only NumPy, Keras 3 with
TensorFlow, and matplotlib where it is installed (Colab and Anaconda have it; without it the
notebook prints its numbers as a table instead of failing). The code is what a student would
write by hand: `keras.Input`, the layers with the app's initializer seeds, `model.compile` and
`model.fit`. Nothing here imports the app, so the numbers the notebook prints come from its own
code: the tests execute these notebooks and compare them with the pages' runs.

`texts` maps the catalog's `notebook.*` names (without the prefix) to templates in the page's
language; the builders fill in the numbers. The variables the last cells leave behind
(`losses`, `counts`, `state_norms`, `state_gradients`) are what those tests read.
"""

from __future__ import annotations

from collections.abc import Mapping

import nbformat
import numpy as np

from rnn_core.data import NOISE_STD, TASKS
from rnn_core.gradients import GradientSettings
from rnn_core.models import ACTIVATION_NAMES, CELL_NAMES
from rnn_core.parameters import LAYER_NAMES, ParameterSettings
from rnn_core.training import TrainingSettings

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
VALUES_PER_LINE = 8  # embedded values per line of code
# The catalog texts of the pages that the notebooks repeat, next to their own `notebook.*` texts.
PAGE_TEXTS = {
    "training": ("training.notice.data",),
    "parameters": ("parameters.where.intro",),
    "gradients": ("gradients.stability.intro", "gradients.through_time.intro"),
}
BOUND_FORMULA = (
    r"$$\left\lVert \frac{\partial h_T}{\partial h_t} \right\rVert \le \left(\sigma_{\max}(W_h)\,\gamma\right)^{T-t},"
    r"\qquad \gamma = \max |f'|$$"
)


def _notebook(cells: list) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = dict(KERNEL)
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def _markdown(text: str):
    return nbformat.v4.new_markdown_cell(text.strip())


def _code(source: str):
    return nbformat.v4.new_code_cell(source.strip())


def notebook_bytes(notebook: nbformat.NotebookNode) -> bytes:
    """The notebook as the .ipynb file a browser downloads."""
    return nbformat.writes(notebook).encode("utf-8")


def _say(texts: Mapping[str, str], name: str, **values) -> str:
    text = texts[name]
    return text.format(**values) if values else text


def _values_literal(values: np.ndarray) -> str:
    """An exact NumPy literal of the values (repr round-trips every float64), a few per line."""
    numbers = [repr(float(v)) for v in values]
    lines = [", ".join(numbers[i : i + VALUES_PER_LINE]) for i in range(0, len(numbers), VALUES_PER_LINE)]
    return "np.array(\n    [\n" + "".join(f"        {line},\n" for line in lines) + "    ]\n)"


# ----- shared cells -----------------------------------------------------------------------------------

_IMPORTS = """
import math

import numpy as np
import keras
import tensorflow as tf

print("Keras", keras.__version__, "· backend", keras.backend.backend())
"""

# matplotlib is not part of Keras: the notebook draws with it where it is installed and prints otherwise.
_PLOT_IMPORT = """
try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None
"""


def _recurrent_layer_code(cell: str, activation: str, options: tuple[str, ...] = (), indent: int = 8) -> str:
    """The recurrent layer as code, seeded as rnn_core.models seeds it; `activation` is a Python expression."""
    arguments = [
        "units",
        f"activation={activation}",
        "kernel_initializer=keras.initializers.GlorotUniform(seed=seed)",
        "recurrent_initializer=keras.initializers.Orthogonal(seed=seed + 1)",
        *options,
    ]
    inner = " " * (indent + 4)
    return f"keras.layers.{CELL_NAMES[cell]}(\n" + "".join(f"{inner}{a},\n" for a in arguments) + " " * indent + ")"


# ----- the training page --------------------------------------------------------------------------------


def _series_code(settings: TrainingSettings, values: np.ndarray | None) -> str:
    """The series the page trains on: generated as rnn_core.data generates it, or the student's values."""
    if values is not None:
        return f"series = {_values_literal(values)}\n"
    lines = ["steps = np.arange(samples + window, dtype=np.float64)  # time steps t = 0, 1, 2, …"]
    if settings.task == "arith":
        lines.append("series = steps / 10  # 0.0, 0.1, 0.2, …")
    else:
        lines.append("series = np.sin(steps / 10)")
    if settings.task == "noisy_sine":
        lines.append(f"series = series + np.random.default_rng(seed).normal(0.0, {NOISE_STD!r}, size=len(series))")
    return "\n".join(lines) + "\n"


def training_notebook(
    settings: TrainingSettings,
    texts: Mapping[str, str],
    values: np.ndarray | None = None,
    page_losses: Mapping[str, float] | None = None,
) -> nbformat.NotebookNode:
    """The training page's experiment: data, model, the app's batch order, the loss curve.

    `values` is the whole series the page trains on when it is the student's own (windows are cut
    from all of it); without it the notebook generates the built-in task. `page_losses` maps each
    activation to the final loss of the page's run of these settings, which the last cell compares.
    """
    s = settings
    task = "custom" if values is not None else s.task
    if values is None and s.task not in TASKS:
        raise ValueError(f"task {task!r} is not built in: pass the series it trains on as `values`")
    if values is not None:
        values = np.asarray(values, dtype=np.float64)
        samples = len(values) - s.window
        if samples < 1:
            raise ValueError(f"{len(values)} values leave no window of {s.window} with a next value")
    else:
        samples = s.samples
    activations = list(s.activations)
    names = ", ".join(ACTIVATION_NAMES[a] for a in activations)
    cells = [
        _markdown(
            _say(
                texts,
                "notebook.training.title",
                model=f"{CELL_NAMES[s.cell]}({s.units})",
                task=_say(texts, f"notebook.training.task.{task}"),
            )
        ),
        _markdown(_say(texts, "notebook.common.generated")),
        _code(_IMPORTS),
        _markdown(_say(texts, "notebook.common.settings")),
        _code(
            f"""
samples = {samples}  # windows (input → next value) to train on
window = {s.window}  # values per window
scale = {s.scale}  # map the series onto [0, 1] before training
units = {s.units}  # size of the hidden state
activations = {activations!r}
learning_rate = {s.learning_rate!r}  # Adam's step size
epochs = {s.epochs}
batch_size = {s.batch_size}
seed = {s.seed}  # the starting weights, the order of the samples{" and the noise" if task == "noisy_sine" else ""}
"""
        ),
        _markdown(
            _say(texts, "notebook.training.data", task=_say(texts, f"notebook.training.task.{task}"), window=s.window)
        ),
        _code(
            _series_code(s, values)
            + """
# Sample i holds series[i], …, series[i + window - 1]; its target is series[i + window].
inputs = np.stack([series[i : i + window] for i in range(samples)])[:, :, np.newaxis]
targets = series[window : window + samples]
if scale:
    low, high = series.min(), series.max()
    high = high if high > low else low + 1.0
    inputs, targets = (inputs - low) / (high - low), (targets - low) / (high - low)
x, y = inputs.astype("float32"), targets.astype("float32")
print(x.shape, y.shape)
for i in range(3):
    print(inputs[i, :, 0], targets[i])
"""
        ),
        _markdown(_say(texts, "training.notice.data")),  # the page's own words
        _markdown(
            _say(
                texts,
                "notebook.training.model",
                cell=CELL_NAMES[s.cell],
                units=s.units,
                seed=s.seed,
                seed1=s.seed + 1,
                seed2=s.seed + 2,
            )
        ),
        _code(
            f"""
def build_model(activation):
    return keras.Sequential(
        [
            keras.Input(shape=(window, 1)),
            {_recurrent_layer_code(s.cell, "activation", indent=12)},
            keras.layers.Dense(1, kernel_initializer=keras.initializers.GlorotUniform(seed=seed + 2)),
        ]
    )


build_model(activations[0]).summary()
"""
        ),
        _markdown(_say(texts, "notebook.training.fit", epochs=s.epochs, batch=s.batch_size)),
        _markdown(_say(texts, "notebook.training.compare", names=names)) if len(activations) > 1 else None,
        _code(
            """
def epoch_order(epoch):
    \"\"\"The app's order of the samples in this epoch, drawn from (seed, epoch) alone.\"\"\"
    noise = tf.random.stateless_uniform([samples], seed=[seed, epoch])
    return tf.argsort(noise).numpy()


losses = {}
for activation in activations:
    model = build_model(activation)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=learning_rate), loss="mse")
    losses[activation] = []
    for epoch in range(epochs):
        order = epoch_order(epoch)
        history = model.fit(x[order], y[order], batch_size=batch_size, epochs=1, shuffle=False, verbose=0)
        losses[activation].append(history.history["loss"][0])
        if not math.isfinite(losses[activation][-1]):
            break  # the app stops a run after its first NaN or infinite loss
    print(f"{activation}: {len(losses[activation])} epochs, final loss {losses[activation][-1]:.6g}")
"""
        ),
        _markdown(_say(texts, "notebook.training.chart")),
        _code(
            _PLOT_IMPORT
            + f"""
if plt is not None:
    for activation, values in losses.items():
        plt.plot(range(1, len(values) + 1), values, label=activation)
    plt.yscale("log")
    plt.xlabel("epoch")
    plt.ylabel("loss (MSE)")
    plt.legend()
    plt.show()
else:
    print({_say(texts, "notebook.common.no_matplotlib")!r})
    every = max(1, epochs // 10)
    print("epoch", *activations, sep="\\t")
    for epoch in range(0, epochs, every):
        print(epoch + 1, *(f"{{v[epoch]:.4g}}" if epoch < len(v) else "" for v in losses.values()), sep="\\t")
"""
        ),
    ]
    if page_losses:
        shown = {a: float(page_losses[a]) for a in activations if a in page_losses}
        listed = ", ".join(f"{ACTIVATION_NAMES[a]} {v:.6g}" for a, v in shown.items())
        cells += [
            _markdown(_say(texts, "notebook.training.page_run", losses=listed)),
            _code(
                f"""
page_final_losses = {shown!r}
verdicts = {{True: {_say(texts, "notebook.training.same")!r}, False: {_say(texts, "notebook.training.differs")!r}}}
for activation, page_loss in page_final_losses.items():
    ours = [v for v in losses[activation] if math.isfinite(v)]
    ours = ours[-1] if ours else math.nan
    print(activation, f"{{ours:.6g}}", f"{{page_loss:.6g}}", verdicts[math.isclose(ours, page_loss, rel_tol=1e-4)])
"""
            ),
        ]
    return _notebook([cell for cell in cells if cell is not None])


# ----- the parameters page ------------------------------------------------------------------------------


def parameters_notebook(settings: ParameterSettings, texts: Mapping[str, str]) -> nbformat.NotebookNode:
    """The parameters page's model, its `model.summary()` and its counts next to the formulas."""
    s = settings
    name = LAYER_NAMES[s.cell]
    options = (f"return_sequences={s.return_sequences}", *(["return_state=True"] if s.return_state else []))
    options += (f'name="{name}"',)
    layer = _recurrent_layer_code(s.cell, f'"{s.activation}"', options, indent=0 if s.return_state else 8)
    head = 'keras.layers.Dense(1, kernel_initializer=keras.initializers.GlorotUniform(seed=seed + 2), name="dense")'
    if not s.return_state:
        model = 'model = keras.Sequential(\n    [\n        keras.Input(shape=(timesteps, features), name="inputs"),\n'
        model += f"        {layer},\n" + (f"        {head},\n" if s.dense else "") + '    ],\n    name="sequential",\n)'
    else:
        states = "state_h, state_c" if s.cell == "lstm" else "state"
        model = 'inputs = keras.Input(shape=(timesteps, features), name="inputs")\n'
        model += f"outputs, {states} = {layer}(inputs)\n"
        if s.dense:
            model += f"prediction = {head}(outputs)\n"
        first = "prediction" if s.dense else "outputs"
        model += f'model = keras.Model(inputs, [{first}, {states}], name="functional")'
    formulas = {
        "simplernn": "units * (features + units + 1)",
        "lstm": "4 * units * (features + units + 1)",
        "gru": "3 * units * (features + units) + 6 * units  # reset_after=True, Keras's default: two biases per gate",
    }
    count_lines = [
        f'recurrent = model.get_layer("{name}").count_params()',
        f"formula = {formulas[s.cell]}",
    ]
    if s.dense:
        count_lines += [
            'head = model.get_layer("dense").count_params()  # Dense(1): units weights + 1 bias',
            "counts = {" + f'"{name}": recurrent, "dense": head, "total": model.count_params()' + "}",
            'print(f"{recurrent} + {head} = {model.count_params()}")',
        ]
    else:
        count_lines += [
            "counts = {" + f'"{name}": recurrent, "total": model.count_params()' + "}",
            'print(f"{recurrent} = {model.count_params()}")',
        ]
    count_lines.append('print("formula:", formula, "· Keras:", recurrent, "·", formula == recurrent)')
    cells = [
        _markdown(_say(texts, "notebook.parameters.title", model=f"{CELL_NAMES[s.cell]}({s.units})")),
        _markdown(_say(texts, "notebook.common.generated")),
        _code('import keras\n\nprint("Keras", keras.__version__)'),
        _markdown(_say(texts, "notebook.common.settings")),
        _code(
            f"""
units = {s.units}  # size of the hidden state (u)
features = {s.features}  # numbers fed in at every time step (d)
timesteps = {s.timesteps}  # length of each input window
seed = 0  # the page builds its model with seed 0
"""
        ),
        _markdown(_say(texts, "notebook.parameters.model")),
        _code(model + "\nmodel.summary()"),
        _markdown(_say(texts, "notebook.parameters.counts", units=s.units, features=s.features)),
        _markdown(_say(texts, "parameters.where.intro", units=s.units, features=s.features)),
        _code("\n".join(count_lines)),
        _markdown(_say(texts, "notebook.parameters.timesteps")),
    ]
    return _notebook(cells)


# ----- the gradients page (sections 1 and 2) --------------------------------------------------------------


def gradients_notebook(settings: GradientSettings, texts: Mapping[str, str]) -> nbformat.NotebookNode:
    """Sections 1 and 2 of the gradients page: ‖h_t‖, and ‖∂h_T/∂h_t‖ beside the Pascanu bound."""
    s = settings
    basis = (
        "basis = np.eye(units)  # IRNN: the identity"
        if s.init == "identity"
        else "q, r = np.linalg.qr(rng.normal(size=(units, units)))\n"
        "basis = q * np.sign(np.diag(r))  # orthogonal, as Keras's Orthogonal initializer makes it"
    )
    inputs = {
        "zeros": "np.zeros(steps, dtype=np.float32)",
        "constant": "np.ones(steps, dtype=np.float32)",
        "random": "np.random.default_rng(seed + 1).normal(size=steps).astype(np.float32)",
    }[s.input_kind]
    cells = [
        _markdown(_say(texts, "notebook.gradients.title", gain=f"{s.gain:g}", steps=s.steps)),
        _markdown(_say(texts, "notebook.common.generated")),
        _code(_IMPORTS),
        _markdown(_say(texts, "notebook.common.settings")),
        _code(
            f"""
gain = {s.gain!r}  # W_h = gain × an orthogonal matrix (or the identity), so σ_max(W_h) = gain
steps = {s.steps}  # T, the number of steps the recurrence runs
units = {s.units}  # size of the hidden state h_t
seed = {s.seed}
activations = ["tanh", "relu", "sigmoid"]
derivative_bound = {{"tanh": 1.0, "relu": 1.0, "sigmoid": 0.25}}  # γ = max |f′|
"""
        ),
        _markdown(_say(texts, "notebook.gradients.weights")),
        _markdown(_say(texts, "gradients.stability.intro")),
        _code(
            f"""
rng = np.random.default_rng(seed)
{basis}
limit = np.sqrt(6.0 / (1 + units))  # Glorot uniform for a (1, units) kernel
input_kernel = rng.uniform(-limit, limit, size=(1, units)).astype(np.float32)
recurrent_kernel = (gain * basis).astype(np.float32)
bias = np.zeros(units, dtype=np.float32)
initial_state = rng.normal(size=units)
initial_state = (initial_state / np.linalg.norm(initial_state)).astype(np.float32)  # ‖h_0‖ = 1
inputs = {inputs}  # x_1 … x_T
"""
        ),
        _markdown(_say(texts, "notebook.gradients.measure")),
        _markdown(_say(texts, "gradients.through_time.intro") + "\n\n" + BOUND_FORMULA),
        _code(
            """
def spectral_norms(matrices):
    \"\"\"The largest singular value of each matrix (inf or NaN where the matrix holds them).\"\"\"
    norms = np.full(len(matrices), np.nan)
    finite = np.isfinite(matrices).all(axis=(1, 2))
    if finite.any():
        norms[finite] = np.linalg.svd(matrices[finite].astype(np.float64), compute_uv=False)[:, 0]
    norms[np.isinf(matrices).any(axis=(1, 2)) & ~np.isnan(matrices).any(axis=(1, 2))] = np.inf
    return norms


def measure(activation):
    \"\"\"‖h_t‖ for t = 0 … T and ‖∂h_T/∂h_t‖, through a real Keras SimpleRNN cell.\"\"\"
    layer = keras.layers.SimpleRNN(units, activation=activation, return_sequences=True)
    layer.build((None, None, 1))
    layer.set_weights([input_kernel, recurrent_kernel, bias])
    # Copy i of the batch asks only for h_T's i-th component: one backward pass gives the whole Jacobian.
    sequence = tf.constant(np.tile(inputs[None, :, None], (units, 1, 1)), dtype=tf.float32)
    state = tf.constant(np.tile(initial_state[None, :], (units, 1)), dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(state)
        states = [state]
        for t in range(steps):
            output, _ = layer.cell.call(sequence[:, t, :], [states[-1]])
            states.append(output)
        picked = tf.reduce_sum(states[-1] * tf.eye(units))
    jacobians = np.stack([g.numpy() for g in tape.gradient(picked, states)])
    with np.errstate(over="ignore", invalid="ignore"):
        norms = np.linalg.norm(np.stack([h.numpy()[0] for h in states]).astype(np.float64), axis=1)
    return norms, spectral_norms(jacobians)


state_norms, state_gradients = {}, {}
for activation in activations:
    state_norms[activation], state_gradients[activation] = measure(activation)
distance = steps - np.arange(steps + 1)  # h_0 lies T steps back, h_T zero steps
sigma_max = np.linalg.norm(recurrent_kernel.astype(np.float64), 2)
with np.errstate(over="ignore"):
    bounds = {a: (sigma_max * derivative_bound[a]) ** distance.astype(np.float64) for a in activations}
for activation in activations:
    last_state, first_gradient = state_norms[activation][-1], state_gradients[activation][0]
    print(f"{activation}: ‖h_T‖ = {last_state:.4g}, ‖∂h_T/∂h_0‖ = {first_gradient:.4g}", end=", ")
    print(f"bound {bounds[activation][0]:.4g}")
"""
        ),
        _markdown(_say(texts, "notebook.gradients.chart")),
        _code(
            _PLOT_IMPORT
            + f"""
if plt is not None:
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    for activation in activations:
        left.plot(np.arange(steps + 1), state_norms[activation], label=activation)
        line = right.plot(distance, state_gradients[activation], label=activation)[0]
        right.plot(distance, bounds[activation], linestyle="--", color=line.get_color())
    left.set(xlabel="t", ylabel="‖h_t‖", yscale="log")
    right.set(xlabel="T − t", ylabel="‖∂h_T/∂h_t‖", yscale="log")
    left.legend()
    right.legend()
    plt.show()
else:
    print({_say(texts, "notebook.common.no_matplotlib")!r})
    every = max(1, steps // 10)
    print("T − t", *activations, sep="\\t")
    for t in range(0, steps + 1, every):
        print(steps - t, *(f"{{state_gradients[a][t]:.3g}}" for a in activations), sep="\\t")
"""
        ),
    ]
    return _notebook(cells)
