"""The finished loss curve is loss_chart's own spec, built once per kind and fed each run's rows."""

from __future__ import annotations

import json
import math

import pytest

from rnn_core.training import TrainingResult, TrainingSettings, losses_frame
from ui.charts import titles_for
from ui.charts.training import TITLE_KEYS, loss_chart
from ui.i18n import t
from ui.views.loss_curve import loss_curve, loss_curve_with


def run(activation: str, losses, status="finished") -> TrainingResult:
    return TrainingResult(TrainingSettings(activation=activation), tuple(losses), status, (), 0.1)


CASES = {
    "one run": {"tanh": run("tanh", [3.0, 2.0, 1.0])},
    "diverged": {"relu": run("relu", [7.4, 1e26, math.nan], "diverged")},
    "compare, one diverged": {
        "tanh": run("tanh", [3.0, 2.0]),
        "relu": run("relu", [4.0, math.inf], "diverged"),
        "sigmoid": run("sigmoid", [5.0, 4.0]),
    },
    "long, no points": {"sigmoid": run("sigmoid", [1.0 / (1 + e) for e in range(100)])},
    "stopped before its first epoch": {"tanh": run("tanh", [], "stopped"), "relu": run("relu", [2.0])},
}


def rows(values) -> str:
    """Rows in a comparable form: integers and floats alike; NaN and ±∞ one mark (Altair's inline rows hold null)."""
    records = values.to_dict("records") if hasattr(values, "to_dict") else values
    number = lambda v: "not finite" if v is None or not math.isfinite(v) else float(v)  # noqa: E731
    return json.dumps([{k: number(v) if k in ("epoch", "loss") else v for k, v in r.items()} for r in records])


@pytest.mark.parametrize("case", CASES)
def test_the_curve_is_loss_charts_own_spec_with_the_runs_rows(case):
    results = CASES[case]
    reference = loss_chart(losses_frame(results), titles_for(TITLE_KEYS, t)).to_dict()
    ours = loss_curve_with(results)
    reference.pop("config", None)
    reference_rows = reference.pop("datasets")
    our_rows = ours.pop("datasets")
    for ours_layer, reference_layer in zip(ours["layer"], reference["layer"], strict=True):
        name, reference_name = ours_layer.pop("data")["name"], reference_layer.pop("data")["name"]
        assert rows(our_rows[name]) == rows(reference_rows[reference_name])
    assert ours == reference


def test_the_spec_is_built_once_per_kind_and_never_changed():
    loss_curve.cache_clear()
    for losses in ([3.0], [3.0, 2.0], [5.0, 1.0, 0.5]):
        loss_curve_with({"tanh": run("tanh", losses)})
    assert loss_curve.cache_info().misses == 1
    assert "datasets" not in loss_curve(("tanh",), "en", True)  # what Streamlit edits is a copy
