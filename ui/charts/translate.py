"""Charts of the translator page: the encoder's hidden states, the context vector, the accuracy curve.

Builders take their titles as arguments (the page looks them up in the catalog), so they stay
plain functions of a DataFrame that a test can check with `.to_dict()`.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

STATE_SCALE = alt.Scale(scheme="redblue", domain=[-1, 1], reverse=True)  # tanh-bounded states: red > 0 > blue
UNIT_HEIGHT = 4  # pixels per hidden unit in the heatmaps
AXES_HEIGHT = 110  # Streamlit fits title and axes inside a chart's height: room for them on top of the cells


def _height(units: int) -> int:
    return int(np.clip(units * UNIT_HEIGHT, 120, 400)) + AXES_HEIGHT


def encoder_heatmap(frame: pd.DataFrame, *, title: str, word_title: str, unit_title: str, value_title: str):
    """Hidden state after each word (columns step, word, unit, value): one column per word, one row per unit."""
    words = list(dict.fromkeys(frame.sort_values("step")["word"]))
    return (
        alt.Chart(frame, title=title)
        .mark_rect()
        .encode(
            x=alt.X("word:N", sort=words, title=word_title, axis=alt.Axis(labelAngle=0, labelLimit=120)),
            y=alt.Y("unit:O", title=unit_title, axis=alt.Axis(labels=False, ticks=False)),
            color=alt.Color("value:Q", scale=STATE_SCALE, title=value_title),
            tooltip=["word", "unit", alt.Tooltip("value:Q", format=".3f")],
        )
        .properties(height=_height(frame["unit"].nunique()))
    )


def context_strip(context: np.ndarray, *, title: str, unit_title: str):
    """The context vector as one row of coloured cells (unit 0 on the left), on the encoder heatmap's scale."""
    frame = pd.DataFrame({"unit": np.arange(len(context)), "value": np.asarray(context, dtype=float), "row": "h"})
    return (
        alt.Chart(frame, title=title)
        .mark_rect()
        .encode(
            x=alt.X("unit:O", title=unit_title, axis=alt.Axis(labels=False, ticks=False, domain=False)),
            y=alt.Y("row:N", title=None, axis=None),
            color=alt.Color("value:Q", scale=STATE_SCALE, legend=None),
            tooltip=["unit", alt.Tooltip("value:Q", format=".3f")],
        )
        .properties(height=130)  # about 36 px of cells; Streamlit fits the title and axis title inside the rest
    )


def accuracy_chart(history: pd.DataFrame, *, title: str, x_title: str, y_title: str, x: str = "seconds"):
    """Validation exact match against time (or epoch) while training (columns epoch, seconds, validation_accuracy)."""
    return (
        alt.Chart(history, title=title)
        .mark_line(point=alt.OverlayMarkDef(size=16))
        .encode(
            x=alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(zero=True), axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("validation_accuracy:Q", title=y_title, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
            tooltip=[
                alt.Tooltip("epoch:Q", format=".1f"),
                alt.Tooltip("seconds:Q", format=".1f"),
                alt.Tooltip("validation_accuracy:Q", format=".1%"),
                alt.Tooltip("loss:Q", format=".4f"),
            ],
        )
        .properties(height=260)
    )
