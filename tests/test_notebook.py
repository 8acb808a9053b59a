"""The downloadable notebooks (rnn_core/notebook.py): valid files whose code reproduces the pages' numbers.

The fast tests check the files and run the notebooks' NumPy data cells against rnn_core.data. The slow
ones execute whole notebooks in a real Jupyter kernel (nbclient + ipykernel) and compare what they
print with the pages' own computations: the trainer's losses epoch by epoch, the parameter counts,
the gradients through time.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import nbformat
import numpy as np
import pytest

from rnn_core.custom_data import read_file
from rnn_core.data import CUSTOM, make_dataset, series_for
from rnn_core.gradients import GradientSettings, gradients_through_time, state_norms
from rnn_core.notebook import gradients_notebook, notebook_bytes, parameters_notebook, training_notebook
from rnn_core.parameters import ParameterSettings, parameter_report
from rnn_core.training import DIVERGENCE_DEMO, TrainingSettings, scaler_for, train, train_compare
from ui.notebook_download import notebook_texts

TEMPERATURES = Path(__file__).parent / "data" / "monthly_temperatures.csv"

MARK = "NOTEBOOK-RESULT "  # the line a test's extra cell prints its results on


def build(kind: str, settings, language: str = "en", **options) -> nbformat.NotebookNode:
    builder = {"training": training_notebook, "parameters": parameters_notebook, "gradients": gradients_notebook}
    return builder[kind](settings, notebook_texts(kind, language), **options)


def code_of(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


CASES = [
    ("training", TrainingSettings()),
    ("training", TrainingSettings(task="noisy_sine", cell="lstm", scale=True, compare=True)),
    ("training", TrainingSettings(**DIVERGENCE_DEMO)),
    ("parameters", ParameterSettings()),
    ("parameters", ParameterSettings(cell="lstm", return_state=True, return_sequences=True)),
    ("parameters", ParameterSettings(cell="gru", dense=False, return_state=True)),
    ("gradients", GradientSettings()),
    ("gradients", GradientSettings(init="identity", input_kind="zeros")),
]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(("kind", "settings"), CASES)
def test_notebooks_are_valid_and_their_code_compiles(kind, settings, language):
    notebook = build(kind, settings, language)
    nbformat.validate(notebook)
    again = nbformat.reads(notebook_bytes(notebook).decode("utf-8"), as_version=4)
    assert again == notebook  # the downloaded file reads back as the same notebook
    for source in code_of(notebook):
        compile(source, "<cell>", "exec")
    markdown = " ".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert bool(re.search("[가-힣]", markdown)) == (language == "ko")


def test_notebooks_use_keras_input_and_the_apps_seeds():
    code = "\n".join(code_of(build("training", TrainingSettings(seed=7))))
    assert "keras.Input(shape=(window, 1))" in code and "seed = 7" in code
    assert "GlorotUniform(seed=seed)" in code and "Orthogonal(seed=seed + 1)" in code and "seed=seed + 2" in code
    assert "model.compile(" in code and "model.fit(" in code and "shuffle=False" in code


def run_data_cells(notebook) -> dict:
    """Execute the settings and data cells (NumPy only) and return their variables."""
    namespace = {"np": np}
    settings_cell, data_cell = code_of(notebook)[1:3]
    exec(settings_cell, namespace)  # noqa: S102 - the notebook's own code, built by this project
    exec(data_cell, namespace)  # noqa: S102
    return namespace


@pytest.mark.parametrize("task", ["arith", "sine", "noisy_sine"])
@pytest.mark.parametrize("scale", [False, True])
def test_the_notebooks_data_is_the_pages_data(task, scale):
    settings = TrainingSettings(task=task, scale=scale, samples=40, window=5, seed=3)
    dataset = make_dataset(task, 40, 5, seed=3)
    scaler = scaler_for(settings)
    ours = run_data_cells(build("training", settings))
    np.testing.assert_array_equal(ours["inputs"], scaler.transform(dataset.inputs))
    np.testing.assert_array_equal(ours["targets"], scaler.transform(dataset.targets))


def test_a_students_values_are_embedded_exactly():
    values = np.random.default_rng(5).normal(size=30) * 1e3 + 1 / 3  # digits that a short literal would lose
    ours = run_data_cells(build("training", TrainingSettings(window=4, scale=True), values=values))
    np.testing.assert_array_equal(ours["series"], values)
    assert ours["samples"] == 26 and ours["inputs"].shape == (26, 4, 1)
    with pytest.raises(ValueError, match="no window"):
        build("training", TrainingSettings(window=4), values=values[:4])
    custom = TrainingSettings()
    object.__setattr__(custom, "task", "custom")  # the student's task, as the own-data branch adds it
    with pytest.raises(ValueError, match="not built in"):
        build("training", custom)  # without the values there is nothing to train on


def test_the_notebook_quotes_only_a_finished_run_of_the_same_settings():
    from types import SimpleNamespace

    from ui.notebook_download import page_final_losses

    settings = TrainingSettings(epochs=5)
    finished = SimpleNamespace(status="finished", final_loss=0.25)
    view = SimpleNamespace(request=settings, results={"tanh": finished})
    assert page_final_losses(settings, view) == {"tanh": 0.25}
    assert page_final_losses(TrainingSettings(epochs=6), view) is None  # the shown run is of other settings
    stopped = SimpleNamespace(request=settings, results={"tanh": SimpleNamespace(status="stopped", final_loss=0.5)})
    assert page_final_losses(settings, stopped) is None
    assert page_final_losses(settings, SimpleNamespace(request=settings, results=None)) is None  # still running
    assert page_final_losses(settings, None) is None


# ----- executed in a real kernel ---------------------------------------------------------------------------

TRAINING_RUNS = {
    "default": TrainingSettings(epochs=3),
    # An LSTM with ReLU on a sine, scaled, 17 samples a batch: each epoch ends on a smaller batch (100 = 5 × 17 + 15).
    "lstm_relu": TrainingSettings(
        task="sine", cell="lstm", activation="relu", units=8, scale=True, batch_size=17, epochs=2, seed=4
    ),
    "compare": TrainingSettings(task="noisy_sine", units=6, samples=60, compare=True, epochs=2, seed=1),
    "diverges": TrainingSettings(**{**DIVERGENCE_DEMO, "epochs": 6}),  # NaN in epoch 4: the run stops there
    # The student: monthly temperatures from a CSV, compared across activations, scaled as the page offers.
    "temperatures": TrainingSettings(
        task="custom",
        values=tuple(read_file(TEMPERATURES.read_bytes()).column("temperature_c")),
        window=12,
        samples=200,
        scale=True,
        compare=True,
        epochs=2,
    ),
}
PARAMETER_RUNS = {
    "notes": ParameterSettings(),
    "lstm_state": ParameterSettings(cell="lstm", units=7, features=3, return_state=True),
    "gru_plain": ParameterSettings(cell="gru", units=5, timesteps=9, dense=False, return_sequences=True),
}
GRADIENT_RUNS = {
    "default": GradientSettings(steps=30, units=8),
    "vanishing": GradientSettings(gain=0.8, steps=40, units=6, init="identity", input_kind="constant", seed=3),
}


def result_cell(expression: str, name: str):
    return nbformat.v4.new_code_cell(f"import json\nprint({MARK!r} + json.dumps([{name!r}, {expression}]))")


def hide_matplotlib(hidden: bool):
    """A cell that makes `import matplotlib` fail (as where it is not installed), or undoes that."""
    if hidden:
        return nbformat.v4.new_code_cell(
            "import sys\nsaved = {n: sys.modules.pop(n, None) for n in ('matplotlib', 'matplotlib.pyplot')}\n"
            "sys.modules['matplotlib'] = sys.modules['matplotlib.pyplot'] = None"
        )
    return nbformat.v4.new_code_cell("sys.modules.update({n: m for n, m in saved.items() if m is not None})")


LOSSES = "{a: [float(v) for v in l] for a, l in losses.items()}"


@pytest.fixture(scope="module")
def executed():
    """Every case's notebook, one after another in one kernel (TensorFlow is imported once); their results."""
    from nbclient import NotebookClient

    cells = []
    for name, settings in TRAINING_RUNS.items():
        hidden = name == "lstm_relu"  # one notebook runs where matplotlib is missing
        cells += [hide_matplotlib(True)] if hidden else []
        values = series_for(settings) if settings.task == CUSTOM else None  # as the page's button passes them
        cells += build("training", settings, values=values).cells + [result_cell(LOSSES, f"training.{name}")]
        cells += [hide_matplotlib(False)] if hidden else []
    for name, settings in PARAMETER_RUNS.items():
        cells += build("parameters", settings).cells + [result_cell("counts", f"parameters.{name}")]
    expression = "{a: [state_norms[a].tolist(), state_gradients[a].tolist()] for a in activations}"
    for name, settings in GRADIENT_RUNS.items():
        cells += build("gradients", settings).cells + [result_cell(expression, f"gradients.{name}")]
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    # Importing streamlit (ui.notebook_download does) sets MPLBACKEND=Agg for this process; a student's
    # kernel has Jupyter's inline backend, which shows the graphs as pictures.
    environment = {name: value for name, value in os.environ.items() if name != "MPLBACKEND"}
    NotebookClient(notebook, timeout=600, kernel_name="python3", allow_errors=True).execute(env=environment)
    results, outputs, current = {}, {}, []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        current.append(cell)
        for output in cell.outputs:
            text = output.get("text", "")
            if output.get("output_type") == "stream" and MARK in text:
                name, value = json.loads(text.split(MARK, 1)[1])
                results[name], outputs[name], current = value, current, []
    return results, outputs


def outputs_of(executed, name: str) -> tuple[list, str]:
    """The outputs of a case's cells, and everything they printed."""
    cells = executed[1][name]
    errors = [o for cell in cells for o in cell.outputs if o.get("output_type") == "error"]
    assert not errors, "\n".join(f"{e['ename']}: {e['evalue']}" for e in errors)
    outputs = [o for cell in cells for o in cell.outputs]
    return outputs, "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TRAINING_RUNS))
def test_executed_training_notebook_reproduces_the_pages_losses_epoch_by_epoch(executed, name):
    outputs, printed = outputs_of(executed, f"training.{name}")
    settings = TRAINING_RUNS[name]
    page = train_compare(settings) if settings.compare else {settings.activation: train(settings)}
    ours = executed[0][f"training.{name}"]
    assert list(ours) == list(page)
    for activation, result in page.items():
        assert len(ours[activation]) == result.epochs_run  # a diverged run stops where the page's stopped
        np.testing.assert_allclose(ours[activation], result.losses, rtol=1e-5)
    pictures = [o for o in outputs if "image/png" in o.get("data", {})]
    if name == "lstm_relu":  # without matplotlib: the losses as a table, no picture, no error
        assert "matplotlib is not installed" in printed and not pictures
        assert re.search(r"^1\t[\d.e+-]+$", printed, re.MULTILINE)
    else:
        assert len(pictures) == 1


@pytest.mark.slow
@pytest.mark.parametrize("name", list(PARAMETER_RUNS))
def test_executed_parameters_notebook_prints_the_pages_counts(executed, name):
    _, printed = outputs_of(executed, f"parameters.{name}")
    settings = PARAMETER_RUNS[name]
    summary = parameter_report(settings).summary.set_index("layer")["params"]
    page = {layer: int(count) for layer, count in summary.items() if layer != "Total"}
    assert executed[0][f"parameters.{name}"] == {**page, "total": int(summary["Total"])}
    if name == "notes":
        assert "440 + 21 = 461" in printed
    assert re.search(r"^formula: \d+ · Keras: \d+ · True$", printed, re.MULTILINE)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(GRADIENT_RUNS))
def test_executed_gradients_notebook_measures_what_the_page_measures(executed, name):
    outputs, _ = outputs_of(executed, f"gradients.{name}")
    settings = GRADIENT_RUNS[name]
    page_gradients = gradients_through_time(settings)
    page_norms = state_norms(settings)
    for activation, (norms, gradients) in executed[0][f"gradients.{name}"].items():
        expected_norms = page_norms[page_norms["activation"] == activation]["state_norm"]
        np.testing.assert_allclose(norms, expected_norms, rtol=1e-4)
        expected = page_gradients[page_gradients["activation"] == activation]["state_gradient"]
        np.testing.assert_allclose(gradients, expected, rtol=1e-4)
        assert not math.isnan(gradients[0])
    assert any("image/png" in o.get("data", {}) for o in outputs)


@pytest.mark.parametrize(
    ("page", "lang", "params"),
    [("training", "ko", {}), ("parameters", "en", {}), ("gradients", "en", {"section": "through_time"})],
)
def test_each_page_offers_its_notebook(page, lang, params):
    from tests.support import open_page, text

    app = open_page(f"pages/{page}.py", lang, **params)
    [button] = [b for b in app.get("download_button") if b.key == f"{page}.notebook"]
    assert button.label == text("notebook.common.download", lang)
    assert button.help == text("notebook.common.download_help", lang)


def test_gradients_sections_the_notebook_does_not_cover_offer_none():
    from tests.support import open_page

    app = open_page("pages/gradients.py", "en", section="long_term")
    assert not [b for b in app.get("download_button") if b.key == "gradients.notebook"]
