"""Charts of the structure page: one step's numbers per unit, and every h_t over the sequence.

Every builder takes `titles`, the words of `TITLE_KEYS` already in the page's language.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import split_finite

QUANTITY_COLORS = {"h_prev": "#aaaaaa", "pre_activation": "#ff7f0e", "h": "#9467bd"}
TITLE_KEYS = {
    "unit": "structure.unit",
    "step": "structure.time_step",
    "value": "structure.chart.value",
    "quantity": "structure.chart.quantity",
    "h": "structure.chart.h",
    "h_prev": "structure.col.h_prev",
    "pre_activation": "structure.col.pre_activation",
    "h_now": "structure.col.h",
}


def step_bars(long_frame: pd.DataFrame, step: int, titles: dict[str, str]) -> alt.Chart:
    """Grouped bars at one step: h_(t-1), the pre-activation and h_t for each unit.

    `long_frame` has columns step, unit, quantity, value (rnn_core.cell.long_form).
    """
    labels = {"h_prev": titles["h_prev"], "pre_activation": titles["pre_activation"], "h": titles["h_now"]}
    drawable, _ = split_finite(long_frame[long_frame["step"] == step], "value")
    frame = drawable.assign(label=drawable["quantity"].map(labels))
    order = [labels[q] for q in QUANTITY_COLORS]
    return (
        alt.Chart(frame, height=220)
        .mark_bar()
        .encode(
            x=alt.X("unit:O", title=titles["unit"], axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("label:N", sort=order),
            y=alt.Y("value:Q", title=None),
            color=alt.Color(
                "label:N",
                sort=order,
                scale=alt.Scale(domain=order, range=list(QUANTITY_COLORS.values())),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("unit:O", title=titles["unit"]),
                alt.Tooltip("label:N", title=titles["quantity"]),
                alt.Tooltip("value:Q", title=titles["value"], format=".4f"),
            ],
        )
    )


def hidden_state_paths(long_frame: pd.DataFrame, step: int, titles: dict[str, str]) -> alt.LayerChart:
    """Each unit's h_t across the whole sequence, with a rule at the step being shown."""
    drawable, _ = split_finite(long_frame[long_frame["quantity"] == "h"], "value")
    x = alt.X("step:Q", title=titles["step"], axis=alt.Axis(tickMinStep=1, format="d"))
    lines = (
        alt.Chart(drawable, height=220)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("value:Q", title=titles["h"]),
            color=alt.Color("unit:N", title=titles["unit"], legend=alt.Legend(orient="bottom")),
            tooltip=[
                alt.Tooltip("step:Q", title=titles["step"]),
                alt.Tooltip("unit:N", title=titles["unit"]),
                alt.Tooltip("value:Q", title=titles["h"], format=".4f"),
            ],
        )
    )
    rule = alt.Chart(pd.DataFrame({"step": [step]})).mark_rule(color="#9467bd", strokeDash=[4, 3]).encode(x=x)
    return lines + rule
