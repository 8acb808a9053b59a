"""Every chart builder, fed core frames and the Korean catalog without a Streamlit session, shows no
English word where Korean exists: axis titles, legend titles and tooltip fields all come from its
titles (a channel without a title would show the data column's English name)."""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest

from rnn_core.activations import activation_curves, derivative_bounds
from rnn_core.data import make_dataset, series_frame
from rnn_core.gradients import GradientSettings, state_norms
from rnn_core.lag_sweep import load_sweep, sweep_summary
from rnn_core.parameters import parameter_curve
from ui.catalog import CATALOG
from ui.charts import gradients, parameters, structure, titles_for, training

# Names that stay as they are in Korean text: functions, layers, a loss, a library, a paper's author, options.
KEPT = {
    "tanh",
    "relu",
    "sigmoid",
    "simplernn",
    "lstm",
    "gru",
    "irnn",
    "mse",
    "nan",
    "keras",
    "count_params",
    "pascanu",
    "clipnorm",
    "clipvalue",
    "log",
}
_WORD = re.compile(r"[A-Za-z]{3,}(?:_[A-Za-z]+)*")  # h_t and x_t are symbols, count_params a name
# Channels whose field shows a title on screen (axis or legend), and those that never do.
_TITLED = {"x", "y", "color", "strokeDash", "size", "strokeWidth", "shape", "opacity"}


def korean(module) -> dict[str, str]:
    return titles_for(module.TITLE_KEYS, lambda key: CATALOG[key]["ko"])


def english_words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text) if word.lower() not in KEPT]


def shown_words(spec) -> list[str]:
    """Every title a reader can see in a Vega-Lite spec, and a marker for each titled channel that has none."""
    found: list[str] = []

    def visit(node):
        if isinstance(node, dict):
            encoding = node.get("encoding")
            if isinstance(encoding, dict):
                for channel, value in encoding.items():
                    items = value if isinstance(value, list) else [value]
                    for item in items:
                        if not isinstance(item, dict) or "field" not in item:
                            continue
                        hidden = item.get("legend", "") is None or item.get("axis", "") is None
                        guide = item.get("legend") or item.get("axis") or {}
                        if channel == "tooltip" or (channel in _TITLED and not hidden):
                            if "title" not in item and "title" not in guide:
                                found.append(f"<{channel}: no title, shows field {item['field']!r}>")
                            elif item.get("title") is not None:
                                found.append(str(item["title"]))
            for key, value in node.items():
                if key in ("axis", "legend") and isinstance(value, dict) and value.get("title"):
                    found.append(str(value["title"]))
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)
    return found


def _losses() -> pd.DataFrame:
    rows = [(epoch, "tanh", 1.0 / epoch) for epoch in range(1, 6)]
    rows += [(1, "relu", 2.0), (2, "relu", math.nan)]
    return pd.DataFrame(rows, columns=["epoch", "activation", "loss"])


def _predictions() -> pd.DataFrame:
    steps = np.arange(3, 13)
    region = ["training"] * 8 + ["beyond"] * 2
    target = steps * 0.1
    return pd.DataFrame(
        {"step": steps, "region": region, "activation": "tanh", "target": target, "prediction": target + 0.01}
    )


def _rollout() -> pd.DataFrame:
    rows = [(-2, "input", 0.0), (-1, "input", 0.1), (0, "input", 0.2)]
    rows += [(1, "prediction", 0.31), (2, "prediction", 0.42), (1, "truth", 0.3), (2, "truth", 0.4)]
    return pd.DataFrame(rows, columns=["step", "kind", "value"])


def _step_frame() -> pd.DataFrame:
    rows = [
        (step, unit, quantity, 0.1 * step - 0.05 * unit)
        for step in (1, 2, 3)
        for unit in (0, 1)
        for quantity in ("h_prev", "pre_activation", "h")
    ]
    return pd.DataFrame(rows, columns=["step", "unit", "quantity", "value"])


def chart_builders(language: str = "ko"):
    """(name, module, build(titles)) for every chart builder of the four lesson pages, its labels in `language`.

    tests/test_chart_export.py exports the same charts (and the gates' and translator's) in both languages.
    """
    settings = GradientSettings(steps=20, units=4, gain=2.0, init="identity", input_kind="constant")
    norms = state_norms(settings)
    overflow = gradients.first_undrawable(norms, "state_norm", "activation", "step", positive=True)
    distance = np.arange(0, 5)
    through_time = pd.concat(
        [
            pd.DataFrame(
                {
                    "activation": activation,
                    "distance": distance,
                    "state_gradient": 0.5**distance,
                    "input_gradient": 0.4**distance,
                    "bound": 1.0**distance,
                }
            )
            for activation in ("tanh", "relu", "sigmoid")
        ]
    )
    heat = pd.DataFrame({"epoch": [1, 1, 2, 2], "step": [1, 2, 1, 2], "input_gradient": [1e-3, 1e-1, 1e-2, 1e-1]})
    live = pd.DataFrame({"kind": ["lstm"], "lag": [20], "error": [0.01]})
    clipping = pd.DataFrame(
        {
            "epoch": [1, 2] * 3,
            "clipping": np.repeat(["none", "clipnorm", "clipvalue"], 2),
            "loss": [1, np.nan, 1, 0.5, 1, 0.4],
        }
    )
    model_labels = {kind: CATALOG[f"gradients.model.{kind}"][language] for kind in gradients.MODEL_COLORS}
    clip_labels = {mode: CATALOG[f"gradients.clip.{mode}"][language] for mode in gradients.CLIP_COLORS}
    curves = activation_curves(points=21)
    count_points = pd.DataFrame({"cell": ["simplernn", "lstm", "gru"], "units": 20, "params": [440, 1760, 1380]})
    return [
        ("training.series", training, lambda t: training.series_chart(series_frame(make_dataset("arith", 20, 3)), t)),
        ("training.loss", training, lambda t: training.loss_chart(_losses(), t)),
        ("training.predictions", training, lambda t: training.predictions_chart(_predictions(), t)),
        ("training.rollout", training, lambda t: training.rollout_chart(_rollout(), t)),
        ("structure.bars", structure, lambda t: structure.step_bars(_step_frame(), 2, t)),
        ("structure.paths", structure, lambda t: structure.hidden_state_paths(_step_frame(), 2, t)),
        (
            "parameters.count",
            parameters,
            lambda t: parameters.parameter_count_chart(parameter_curve(1, 40), count_points, "lstm", t),
        ),
        ("parameters.values", parameters, lambda t: parameters.activation_values_chart(curves, "relu", t)),
        (
            "parameters.derivatives",
            parameters,
            lambda t: parameters.activation_derivatives_chart(curves, derivative_bounds(), "tanh", t),
        ),
        ("gradients.norms", gradients, lambda t: gradients.state_norm_chart(norms, overflow, t)),
        ("gradients.state", gradients, lambda t: gradients.gradient_chart(through_time, "state_gradient", t)),
        ("gradients.input", gradients, lambda t: gradients.gradient_chart(through_time, "input_gradient", t)),
        ("gradients.heatmap", gradients, lambda t: gradients.training_heatmap(heat, t)),
        (
            "gradients.loss",
            gradients,
            lambda t: gradients.loss_curve(pd.DataFrame({"epoch": [1, 2], "loss": [1.0, 0.5]}), t),
        ),
        ("gradients.lag", gradients, lambda t: gradients.lag_chart(sweep_summary(load_sweep()), live, model_labels, t)),
        ("gradients.clipping", gradients, lambda t: gradients.clipping_chart(clipping, clip_labels, t)),
    ]


BUILDERS = chart_builders()


@pytest.mark.parametrize(("name", "module", "build"), BUILDERS, ids=[b[0] for b in BUILDERS])
def test_korean_chart_has_no_english_title_or_tooltip(name, module, build):
    words = shown_words(build(korean(module)).to_dict())
    assert words, f"{name}: no titles found, so the check would pass vacuously"
    offenders = [word for word in words if word.startswith("<") or english_words(word)]
    assert not offenders, f"{name}: {offenders}"


def test_every_title_key_of_every_chart_module_is_in_the_catalog():
    for module in (training, structure, parameters, gradients):
        for name, key in module.TITLE_KEYS.items():
            assert key in CATALOG, f"{module.__name__}: {name} → {key}"
