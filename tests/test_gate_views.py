"""The gated cells' diagram and charts carry the live cell's numbers, whatever the language of their labels."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core import gates, memory_lane
from rnn_core.activations import activation_value
from ui import gate_diagrams
from ui.catalog import CATALOG
from ui.charts import gates as charts

NAMES = ("i", "f", "o", "z", "r", "candidate", "input")


def _step_values(cell: str, reset_after: bool = True, units: int = 3):
    layer = gates.build_gated_layer(cell, "tanh", units, seed=0, reset_after=reset_after)
    result = gates.step_through(layer, "tanh", [0.5, -1.0, 0.25])
    rows = result.at(2)
    values = {name: rows[name].to_numpy() for name in gates.QUANTITIES[cell]}
    values["x"] = -1.0
    if cell == "lstm":
        values["squashed_c"] = activation_value("tanh", values["c"])
    return result, values


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(("cell", "reset_after", "units"), [("lstm", True, 3), ("gru", True, 3), ("gru", False, 8)])
def test_diagram_edges_carry_this_steps_numbers(lang, cell, reset_after, units):
    _, values = _step_values(cell, reset_after, units)
    names = {name: CATALOG[f"gates.name.{name}"][lang] for name in NAMES}
    dot = (
        gate_diagrams.lstm_dot(values, names, "tanh")
        if cell == "lstm"
        else gate_diagrams.gru_dot(values, names, "tanh", reset_after)
    )
    stacked = units <= gate_diagrams.STACKED_UNITS
    for quantity in ("f", "i", "o", "c", "h") if cell == "lstm" else ("z", "r", "candidate", "h"):
        text = gate_diagrams.vector_text(values[quantity], 1 if stacked else gate_diagrams.PER_LINE)
        assert text in dot, quantity
    gate_names = ("f", "i", "o") if cell == "lstm" else ("z", "r")
    for gate in gate_names:
        assert names[gate] in dot
    assert dot.count("{") == dot.count("}")


def test_vector_text_rounds_and_wraps():
    assert gate_diagrams.vector_text([0.123, -0.456], 1) == "[0.12,\\n-0.46]"
    assert gate_diagrams.vector_text(np.arange(5) / 10, 4) == "[0.00, 0.10, 0.20, 0.30,\\n0.40]"


def test_memory_lane_chart_draws_every_positive_value_and_counts_the_rest():
    lane = memory_lane.memory_lane(2, 20, seed=0)
    lane.loc[0, "value"] = 0.0  # a value a log scale cannot show
    labels = {(c, m): f"{c} {m}" for c, m in lane[["cell", "measure"]].drop_duplicates().itertuples(index=False)}
    chart, undrawn = charts.memory_lane(lane, labels, "t", "norm", "title", (1e-6, "gone"))
    spec = chart.to_dict()
    assert undrawn == 1
    assert spec["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"
    drawn = sum(len(rows) for rows in spec["datasets"].values() if rows and "measure" in rows[0])
    assert drawn == len(lane) - 1
