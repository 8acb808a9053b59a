"""Altair chart builders, one module per page; this file holds what they share.

Every builder takes a tidy DataFrame from rnn_core as it is, plus the words it shows, and returns an
`alt.Chart`, so a test can check a chart with `.to_dict()` without a browser or a Streamlit session.
Builders never translate: each module names the catalog keys of its words in `TITLE_KEYS`, and the
page looks them up (`titles_for(charts.TITLE_KEYS, t)`); data columns keep their core names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

ACTIVATION_COLORS = {"tanh": "#1f77b4", "relu": "#d62728", "sigmoid": "#2ca02c"}
CELL_COLORS = {"simplernn": "#9467bd", "lstm": "#ff7f0e", "gru": "#17becf"}
# Data values shown as they are written in code and papers, in both languages.
ACTIVATION_LABELS = {"tanh": "tanh", "relu": "ReLU", "sigmoid": "sigmoid"}
CELL_LABELS = {"simplernn": "SimpleRNN", "lstm": "LSTM", "gru": "GRU"}


def titles_for(keys: Mapping[str, str], text: Callable[[str], str]) -> dict[str, str]:
    """The words a chart module shows, each looked up by `text` (the page's `t`, or a test's catalog)."""
    return {name: text(key) for name, key in keys.items()}


def split_finite(frame: pd.DataFrame, column: str, *, positive: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows a chart can draw, and the rows it cannot (NaN, ±inf, or ≤ 0 on a log scale).

    Altair silently drops such values, which would hide exactly what a student must see when a
    model diverges; the page shows the second frame as a plain note instead.
    """
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    drawable = np.isfinite(values)
    if positive:
        drawable &= values > 0
    return frame[drawable], frame[~drawable]


def activation_scale():
    import altair as alt

    return alt.Scale(domain=list(ACTIVATION_COLORS), range=list(ACTIVATION_COLORS.values()))


def cell_scale():
    import altair as alt

    return alt.Scale(domain=list(CELL_COLORS), range=list(CELL_COLORS.values()))
