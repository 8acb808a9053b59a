"""Charts of the gated cells: one step's gates and states per unit, gates over time, and the memory lane.

Builders take every title and label as an argument (they never look text up themselves).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import CELL_COLORS, split_finite

GATE_COLORS = {
    "i": "#2ca02c",
    "f": "#d62728",
    "o": "#1f77b4",
    "z": "#d62728",
    "r": "#2ca02c",
    "candidate": "#ff7f0e",
    "c": "#8c564b",
    "h": "#9467bd",
}

# Solid for ‖∂h_t/∂x_1‖, dashed for LSTM's ‖∂c_t/∂c_1‖, dotted for its ∏f.
DASHES = {"input_reach": [1, 0], "cell_state_reach": [6, 3], "forget_product": [2, 2]}


def step_bars(step_frame: pd.DataFrame, labels: dict[str, str], unit_title: str) -> alt.Chart:
    """Grouped bars for one step: each quantity in `labels` (in that order) for each unit.

    `step_frame` has columns unit, quantity, value; `labels` maps a quantity to its symbol.
    """
    drawable, _ = split_finite(step_frame[step_frame["quantity"].isin(list(labels))], "value")
    frame = drawable.assign(label=drawable["quantity"].map(labels))
    order = list(labels.values())
    colors = [GATE_COLORS.get(quantity, "#7f7f7f") for quantity in labels]
    return (
        alt.Chart(frame, height=230)
        .mark_bar()
        .encode(
            x=alt.X("unit:O", title=unit_title, axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("label:N", sort=order),
            y=alt.Y("value:Q", title=None),
            color=alt.Color(
                "label:N",
                sort=order,
                scale=alt.Scale(domain=order, range=colors),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=["unit:O", "label:N", alt.Tooltip("value:Q", format=".4f")],
        )
    )


def gate_paths(
    table: pd.DataFrame, gate_labels: dict[str, str], step: int, step_title: str, unit_title: str
) -> alt.LayerChart:
    """Each gate of each unit across the sequence (0 to 1), with a rule at the step shown."""
    long_frame = table.melt(id_vars=["step", "unit"], value_vars=list(gate_labels), var_name="gate", value_name="value")
    drawable, _ = split_finite(long_frame, "value")
    frame = drawable.assign(label=drawable["gate"].map(gate_labels))
    order = list(gate_labels.values())
    lines = (
        alt.Chart(frame, height=230)
        .mark_line(point=True)
        .encode(
            x=alt.X("step:Q", title=step_title, axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(domain=[0, 1])),
            color=alt.Color(
                "label:N",
                sort=order,
                scale=alt.Scale(domain=order, range=[GATE_COLORS[g] for g in gate_labels]),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            detail="unit:N",
            tooltip=[
                "step:Q",
                alt.Tooltip("unit:N", title=unit_title),
                "label:N",
                alt.Tooltip("value:Q", format=".4f"),
            ],
        )
    )
    rule = alt.Chart(pd.DataFrame({"step": [step]})).mark_rule(color="#9467bd", strokeDash=[4, 3]).encode(x="step:Q")
    return lines + rule


def memory_lane(
    lane: pd.DataFrame, labels: dict[tuple[str, str], str], step_title: str, value_title: str, title: str, gone: tuple
) -> tuple[alt.LayerChart, int]:
    """Every curve of the lane on a log scale, and how many values could not be drawn (≤ 0 or not finite).

    `lane` has columns step, cell, measure, value (rnn_core.memory_lane); `labels` names each
    (cell, measure); `gone` is (value, label) for the dashed "lost in round-off" line.
    """
    drawable, undrawable = split_finite(lane, "value", positive=True)
    frame = drawable.assign(label=[labels[(c, m)] for c, m in zip(drawable["cell"], drawable["measure"], strict=True)])
    order = list(labels.values())
    colors = [CELL_COLORS[cell] for cell, _ in labels]
    dashes = [DASHES[measure] for _, measure in labels]
    lines = (
        alt.Chart(frame, height=320, title=title)
        .mark_line()
        .encode(
            x=alt.X("step:Q", title=step_title, axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("value:Q", title=value_title, scale=alt.Scale(type="log"), axis=alt.Axis(format="~e")),
            color=alt.Color(
                "label:N",
                sort=order,
                scale=alt.Scale(domain=order, range=colors),
                legend=alt.Legend(title=None, orient="bottom", columns=2),
            ),
            strokeDash=alt.StrokeDash("label:N", sort=order, scale=alt.Scale(domain=order, range=dashes), legend=None),
            tooltip=["step:Q", "label:N", alt.Tooltip("value:Q", format=".2e")],
        )
    )
    level, label = gone
    rule_frame = pd.DataFrame({"value": [level], "text": [label]})
    rule = alt.Chart(rule_frame).mark_rule(color="#888888", strokeDash=[3, 3]).encode(y="value:Q")
    text = (
        alt.Chart(rule_frame)
        .mark_text(align="left", baseline="bottom", dx=4, dy=-2, color="#666666")
        .encode(y="value:Q", x=alt.value(0), text="text:N")
    )
    return lines + rule + text, len(undrawable)
