"""The training page's finished loss curve as a Vega-Lite spec built once, then fed each run's losses.

`ui.charts.training.loss_chart` is the chart; turning an Altair chart into its spec (with Altair's
schema validation) took about a fifth of the server's Python time when a class's runs ended
(bench/classroom_protocol.py). The spec depends only on which activations are drawn, the language,
whether the line has point marks and the presenter scale of its fonts, so it is built once for each
and every run only swaps the rows.
"""

from __future__ import annotations

import copy
import functools
import math

import pandas as pd

from rnn_core.training import TrainingResult, losses_frame
from ui.charts import ACTIVATION_LABELS, split_finite, titles_for
from ui.charts.training import TITLE_KEYS, loss_chart
from ui.i18n import current, t
from ui.theme import presenter_scale

LOSS_ROWS = "losses"  # epochs with a loss a log axis can place
NOT_DRAWN_ROWS = "not_drawn"  # epochs whose loss was NaN or infinite: marked by a rule
NOT_DRAWN_LABEL = "NaN/∞"  # as loss_chart labels them
MOST_POINTS = 60  # loss_chart marks each epoch with a point up to this many drawable rows


@functools.lru_cache(maxsize=32)
def loss_curve(activations: tuple[str, ...], language: str, points: bool, scale: float = 1.0) -> dict:
    """`loss_chart`'s spec without its rows, its two datasets renamed LOSS_ROWS and NOT_DRAWN_ROWS."""
    rows = 1 if points else MOST_POINTS + 1
    template = pd.DataFrame(
        [(epoch, a, 1.0) for a in activations for epoch in range(1, rows + 1)]
        + [(rows + 1, a, math.nan) for a in activations],
        columns=["epoch", "activation", "loss"],
    )
    spec = loss_chart(template, titles_for(TITLE_KEYS, t)).to_dict()
    names = {
        name: NOT_DRAWN_ROWS if values and "label" in values[0] else LOSS_ROWS
        for name, values in spec.pop("datasets").items()
    }
    for layer in spec["layer"]:
        layer["data"] = {"name": names[layer["data"]["name"]]}
    if not spec.get("config"):  # no presenter fonts (ui/theme.py): Streamlit's own chart theme decides
        spec.pop("config", None)
    return spec


def loss_curve_with(results: dict[str, TrainingResult]) -> dict:
    """`loss_chart(losses_frame(results))` as a spec with its rows (a fresh dict each time: Streamlit edits it)."""
    losses = losses_frame(results)
    losses = losses.assign(activation_label=losses["activation"].map(ACTIVATION_LABELS))
    drawable, broken = split_finite(losses, "loss", positive=True)
    shown = tuple(a for a, result in results.items() if result.losses)
    spec = copy.deepcopy(loss_curve(shown, current(), len(drawable) <= MOST_POINTS, presenter_scale()))
    spec["datasets"] = {LOSS_ROWS: drawable, NOT_DRAWN_ROWS: broken.assign(label=NOT_DRAWN_LABEL)}
    return spec
