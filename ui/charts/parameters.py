"""Charts of the parameters page: parameter count against units, and the activations with their slopes.

Every builder takes `titles`, the words of `TITLE_KEYS` already in the page's language.
Every encoding is an explicit channel object (alt.X, alt.Tooltip, …), never a "field:Q" string:
Altair resolves a string through its whole schema, ~20 ms a time, and this page redraws on every click.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import ACTIVATION_LABELS, CELL_LABELS, activation_scale, cell_scale

TITLE_KEYS = {
    "units": "parameters.chart.units",
    "params": "parameters.chart.params",
    "cell": "parameters.chart.cell",
    "keras": "parameters.chart.keras",
    "value": "parameters.chart.value",
    "derivative": "parameters.chart.derivative",
    "activation": "parameters.chart.activation",
    "x": "parameters.chart.x",
}
# Legend labels: the Keras class names rather than the URL keys.
_CELL_LABELS = "datum.label == 'simplernn' ? 'SimpleRNN' : upper(datum.label)"
_ACTIVATION_LABELS = "datum.label == 'relu' ? 'ReLU' : datum.label"


def parameter_count_chart(curve: pd.DataFrame, points: pd.DataFrame, current_cell: str, titles: dict) -> alt.LayerChart:
    """Formula curves (cell, units, params) with Keras's own counts at the current size as dots."""
    color = alt.Color(
        "cell:N", scale=cell_scale(), title=titles["cell"], legend=alt.Legend(labelExpr=_CELL_LABELS, orient="bottom")
    )
    x = alt.X("units:Q", title=titles["units"])
    y = alt.Y("params:Q", title=titles["params"])
    cell = alt.Tooltip("cell_label:N", title=titles["cell"])
    units = alt.Tooltip("units:Q", title=titles["units"])
    lines = (
        alt.Chart(curve.assign(cell_label=curve["cell"].map(CELL_LABELS)))
        .mark_line()
        .encode(
            x=x,
            y=y,
            color=color,
            tooltip=[cell, units, alt.Tooltip("params:Q", title=titles["params"], format=",")],
        )
    )
    # Sizes travel as data columns (scale=None draws them as given): cheaper to build than alt.condition.
    current = points["cell"] == current_cell
    marked = points.assign(
        current=current,
        size=current.map({True: 220, False: 70}),
        ring=current * 1.5,
        cell_label=points["cell"].map(CELL_LABELS),
    )
    dots = (
        alt.Chart(marked)
        .mark_point(filled=True, stroke="black")
        .encode(
            x=x,
            y=y,
            color=color,
            size=alt.Size("size:Q", scale=None, legend=None),
            strokeWidth=alt.StrokeWidth("ring:Q", scale=None, legend=None),
            tooltip=[cell, units, alt.Tooltip("params:Q", title=titles["keras"], format=",")],
        )
    )
    labels = (
        alt.Chart(marked[marked["current"]])
        .mark_text(align="right", dx=-10, dy=-10, fontWeight="bold")
        .encode(x=x, y=y, text=alt.Text("params:Q", format=","))
    )
    return alt.layer(lines, dots, labels).properties(height=320)


def activation_values_chart(curves: pd.DataFrame, selected: str, titles: dict) -> alt.Chart:
    """The three activations (curve == "value"), the selected one drawn thicker."""
    return _curve_chart(curves[curves["curve"] == "value"], selected, titles, titles["value"])


def activation_derivatives_chart(curves: pd.DataFrame, bounds: pd.DataFrame, selected: str, titles: dict):
    """The three derivatives with dashed lines at their bounds (1 for tanh and ReLU, 1/4 for sigmoid)."""
    slopes = _curve_chart(curves[curves["curve"] == "derivative"], selected, titles, titles["derivative"])
    grouped = bounds.groupby("bound", as_index=False)["activation"].agg(
        lambda names: ", ".join(ACTIVATION_LABELS.get(name, name) for name in names)
    )
    grouped["label"] = grouped["activation"] + " ≤ " + grouped["bound"].map(lambda b: "1/4" if b == 0.25 else f"{b:g}")
    y = alt.Y("bound:Q", title=titles["derivative"])
    rules = alt.Chart(grouped).mark_rule(strokeDash=[5, 4], color="gray").encode(y=y)
    text = alt.Chart(grouped).mark_text(align="left", x=4, dy=-7, color="gray").encode(y=y, text=alt.Text("label:N"))
    return alt.layer(slopes, rules, text)


def _curve_chart(frame: pd.DataFrame, selected: str, titles: dict, y_title: str) -> alt.Chart:
    widths = frame.assign(
        width=(frame["activation"] == selected).map({True: 4.0, False: 1.5}),
        activation_label=frame["activation"].map(ACTIVATION_LABELS),
    )
    return (
        alt.Chart(widths)
        .mark_line()
        .encode(
            x=alt.X("x:Q", title=titles["x"]),
            y=alt.Y("y:Q", title=y_title),
            color=alt.Color(
                "activation:N",
                scale=activation_scale(),
                title=titles["activation"],
                legend=alt.Legend(labelExpr=_ACTIVATION_LABELS, orient="bottom"),
            ),
            strokeWidth=alt.StrokeWidth("width:Q", scale=None, legend=None),
            tooltip=[
                alt.Tooltip("activation_label:N", title=titles["activation"]),
                alt.Tooltip("x:Q", title=titles["x"], format=".2f"),
                alt.Tooltip("y:Q", title=y_title, format=".3f"),
            ],
        )
        .properties(height=260)
    )
