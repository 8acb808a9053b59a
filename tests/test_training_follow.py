"""Following a run on the training page: the growing loss curve is one spec built once, fed the run's losses."""

from __future__ import annotations

import math

import numpy as np

from rnn_core.training import TrainingResult, TrainingSettings
from ui.charts.training import GROWING_DATA
from ui.views.training import growing_curve, growing_curve_with


def snapshot(activation: str, losses: tuple[float, ...]) -> TrainingResult:
    return TrainingResult(TrainingSettings(activation=activation), losses, "running", (), 0.1)


def test_the_growing_curve_shows_every_finite_loss_of_every_run_on_a_log_axis():
    runs = {"tanh": snapshot("tanh", (3.0, 2.0, 1.5)), "relu": snapshot("relu", (4.0, math.inf, math.nan))}
    spec = growing_curve_with(runs)
    rows = spec["datasets"][GROWING_DATA]
    expected = [(1, "tanh", 3.0), (2, "tanh", 2.0), (3, "tanh", 1.5), (1, "relu", 4.0)]  # ∞, NaN: no log position
    assert list(rows.itertuples(index=False, name=None)) == expected
    assert spec["data"] == {"name": GROWING_DATA} and spec["encoding"]["y"]["scale"]["type"] == "log"
    assert spec["encoding"]["color"]["scale"]["domain"] == ["tanh", "relu"]


def test_redraws_reuse_one_spec_and_never_change_it():
    growing_curve.cache_clear()
    first = growing_curve_with({"tanh": snapshot("tanh", (3.0,))})
    later = growing_curve_with({"tanh": snapshot("tanh", tuple(np.geomspace(3.0, 0.1, 50)))})
    assert growing_curve.cache_info().misses == 1  # built once; every redraw only swaps the rows
    assert len(first["datasets"][GROWING_DATA]) == 1 and len(later["datasets"][GROWING_DATA]) == 50
    assert "datasets" not in growing_curve(("tanh",), "en", 1.0)  # what Streamlit edits is a copy


def test_the_growing_rows_are_what_split_finite_keeps_of_the_losses_frame():
    from rnn_core.training import losses_frame
    from ui.charts import split_finite
    from ui.views.training import growing_rows

    runs = {
        "tanh": snapshot("tanh", (3.0, 0.0, 1.5, -1.0)),
        "relu": snapshot("relu", (4.0, 2.5, math.inf)),
        "sigmoid": snapshot("sigmoid", (math.nan,)),
    }
    expected = split_finite(losses_frame(runs), "loss", positive=True)[0]
    rows = growing_rows(runs)
    assert list(rows.columns) == list(expected.columns) and list(rows.dtypes) == list(expected.dtypes)
    assert rows.to_numpy().tolist() == expected.to_numpy().tolist()
