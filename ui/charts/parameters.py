"""Charts of the parameters page: parameter count against units, and the activations with their slopes.

Every encoding is an explicit channel object (alt.X, alt.Tooltip, …), never a "field:Q" string:
Altair resolves a string through its whole schema, ~20 ms a time, and this page redraws on every click.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import activation_scale, cell_scale

# Legend labels: the Keras class names rather than the URL keys.
_CELL_LABELS = "datum.label == 'simplernn' ? 'SimpleRNN' : upper(datum.label)"
_ACTIVATION_LABELS = "datum.label == 'relu' ? 'ReLU' : datum.label"


def parameter_count_chart(curve: pd.DataFrame, points: pd.DataFrame, current_cell: str, titles: dict) -> alt.LayerChart:
    """Formula curves (cell, units, params) with Keras's own counts at the current size as dots.

    `titles` holds the translated "units", "params", "cell" and "keras" (the dots' tooltip) labels.
    """
    color = alt.Color(
        "cell:N", scale=cell_scale(), title=titles["cell"], legend=alt.Legend(labelExpr=_CELL_LABELS, orient="bottom")
    )
    lines = (
        alt.Chart(curve)
        .mark_line()
        .encode(
            x=alt.X("units:Q", title=titles["units"]),
            y=alt.Y("params:Q", title=titles["params"]),
            color=color,
            tooltip=[
                alt.Tooltip("cell:N", title=titles["cell"]),
                alt.Tooltip("units:Q"),
                alt.Tooltip("params:Q", format=","),
            ],
        )
    )
    # Sizes travel as data columns (scale=None draws them as given): cheaper to build than alt.condition.
    current = points["cell"] == current_cell
    marked = points.assign(current=current, size=current.map({True: 220, False: 70}), ring=current * 1.5)
    dots = (
        alt.Chart(marked)
        .mark_point(filled=True, stroke="black")
        .encode(
            x=alt.X("units:Q"),
            y=alt.Y("params:Q"),
            color=color,
            size=alt.Size("size:Q", scale=None, legend=None),
            strokeWidth=alt.StrokeWidth("ring:Q", scale=None, legend=None),
            tooltip=[
                alt.Tooltip("cell:N", title=titles["cell"]),
                alt.Tooltip("units:Q"),
                alt.Tooltip("params:Q", title=titles["keras"], format=","),
            ],
        )
    )
    labels = (
        alt.Chart(marked[marked["current"]])
        .mark_text(align="right", dx=-10, dy=-10, fontWeight="bold")
        .encode(x=alt.X("units:Q"), y=alt.Y("params:Q"), text=alt.Text("params:Q", format=","))
    )
    return alt.layer(lines, dots, labels).properties(height=320)


def activation_values_chart(curves: pd.DataFrame, selected: str, titles: dict) -> alt.Chart:
    """The three activations (curve == "value"), the selected one drawn thicker."""
    return _curve_chart(curves[curves["curve"] == "value"], selected, titles, titles["value"])


def activation_derivatives_chart(curves: pd.DataFrame, bounds: pd.DataFrame, selected: str, titles: dict):
    """The three derivatives with dashed lines at their bounds (1 for tanh and ReLU, 1/4 for sigmoid)."""
    slopes = _curve_chart(curves[curves["curve"] == "derivative"], selected, titles, titles["derivative"])
    grouped = bounds.groupby("bound", as_index=False)["activation"].agg(
        lambda names: ", ".join("ReLU" if name == "relu" else name for name in names)
    )
    grouped["label"] = grouped["activation"] + " ≤ " + grouped["bound"].map(lambda b: "1/4" if b == 0.25 else f"{b:g}")
    rules = alt.Chart(grouped).mark_rule(strokeDash=[5, 4], color="gray").encode(y=alt.Y("bound:Q"))
    text = (
        alt.Chart(grouped)
        .mark_text(align="left", x=4, dy=-7, color="gray")
        .encode(y=alt.Y("bound:Q"), text=alt.Text("label:N"))
    )
    return alt.layer(slopes, rules, text)


def _curve_chart(frame: pd.DataFrame, selected: str, titles: dict, y_title: str) -> alt.Chart:
    widths = frame.assign(width=(frame["activation"] == selected).map({True: 4.0, False: 1.5}))
    return (
        alt.Chart(widths)
        .mark_line()
        .encode(
            x=alt.X("x:Q", title="x"),
            y=alt.Y("y:Q", title=y_title),
            color=alt.Color(
                "activation:N",
                scale=activation_scale(),
                title=titles["activation"],
                legend=alt.Legend(labelExpr=_ACTIVATION_LABELS, orient="bottom"),
            ),
            strokeWidth=alt.StrokeWidth("width:Q", scale=None, legend=None),
            tooltip=[alt.Tooltip("activation:N"), alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("y:Q", format=".3f")],
        )
        .properties(height=260)
    )
