"""Charts of the structure page: one step's numbers per unit, and every h_t over the sequence."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import split_finite

QUANTITY_COLORS = {"h_prev": "#aaaaaa", "pre_activation": "#ff7f0e", "h": "#9467bd"}


def step_bars(long_frame: pd.DataFrame, step: int, labels: dict[str, str], unit_title: str) -> alt.Chart:
    """Grouped bars at one step: h_(t-1), the pre-activation and h_t for each unit.

    `long_frame` has columns step, unit, quantity, value (rnn_core.cell.long_form); `labels`
    names each quantity in the current language.
    """
    drawable, _ = split_finite(long_frame[long_frame["step"] == step], "value")
    frame = drawable.assign(label=drawable["quantity"].map(labels))
    order = [labels[q] for q in QUANTITY_COLORS]
    return (
        alt.Chart(frame, height=220)
        .mark_bar()
        .encode(
            x=alt.X("unit:O", title=unit_title, axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("label:N", sort=order),
            y=alt.Y("value:Q", title=None),
            color=alt.Color(
                "label:N",
                sort=order,
                scale=alt.Scale(domain=order, range=list(QUANTITY_COLORS.values())),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=["unit:O", "label:N", alt.Tooltip("value:Q", format=".4f")],
        )
    )


def hidden_state_paths(long_frame: pd.DataFrame, step: int, step_title: str, unit_title: str) -> alt.LayerChart:
    """Each unit's h_t across the whole sequence, with a rule at the step being shown."""
    drawable, _ = split_finite(long_frame[long_frame["quantity"] == "h"], "value")
    lines = (
        alt.Chart(drawable, height=220)
        .mark_line(point=True)
        .encode(
            x=alt.X("step:Q", title=step_title, axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("value:Q", title="h_t"),
            color=alt.Color("unit:N", legend=alt.Legend(title=unit_title, orient="bottom")),
            tooltip=["step:Q", "unit:N", alt.Tooltip("value:Q", format=".4f")],
        )
    )
    rule = alt.Chart(pd.DataFrame({"step": [step]})).mark_rule(color="#9467bd", strokeDash=[4, 3]).encode(x="step:Q")
    return lines + rule
