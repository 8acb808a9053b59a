"""Charts of the gradients page: state norms, gradients against the Pascanu bound, the training
heatmap, error against lag, clipping, and the LSTM cell-state diagram (Graphviz DOT).

Builders take rnn_core's frames as they are plus `titles`, the words of `TITLE_KEYS` already in the
page's language, and leave out what a log scale cannot draw (NaN, inf, 0); the page lists those rows
in a note.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.charts import ACTIVATION_LABELS, activation_scale, split_finite

MODEL_COLORS = {
    "simplernn": "#9467bd",
    "irnn": "#8c564b",
    "lstm": "#ff7f0e",
    "gru": "#17becf",
    "lstm_default": "#bcbd22",
}
CLIP_COLORS = {"none": "#d62728", "clipnorm": "#1f77b4", "clipvalue": "#2ca02c"}
TITLE_KEYS = {
    "step": "gradients.axis.step",
    "norm": "gradients.axis.state_norm",
    "overflow": "gradients.overflow_label",
    "distance": "gradients.axis.distance",
    "gradient": "gradients.axis.gradient",
    "state_gradient": "gradients.axis.state_gradient",
    "input_gradient": "gradients.axis.input_gradient",
    "bound": "gradients.bound",
    "activation": "gradients.axis.activation",
    "series": "gradients.axis.series",
    "value": "gradients.axis.value",
    "input_step": "gradients.axis.input_step",
    "epoch": "gradients.axis.epoch",
    "log_gradient": "gradients.axis.log_gradient",
    "loss": "gradients.axis.loss",
    "lag": "gradients.axis.lag",
    "error": "gradients.axis.error",
    "worst": "gradients.axis.worst",
    "chance": "gradients.chance",
    "live": "gradients.live.source",
    "model": "gradients.axis.model",
    "source": "gradients.axis.source",
    "clipping": "gradients.axis.clipping",
}


def _activation_color(legend: bool = True) -> alt.Color:
    legend_spec = alt.Legend(title=None, orient="bottom", labelExpr="datum.label == 'relu' ? 'ReLU' : datum.label")
    return alt.Color("activation:N", scale=activation_scale(), legend=legend_spec if legend else None)


def _labelled(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(activation_label=frame["activation"].map(ACTIVATION_LABELS))


def _log_y(title: str) -> alt.Y:
    return alt.Y("value:Q", title=title, scale=alt.Scale(type="log"), axis=alt.Axis(format=".0e"))


def first_undrawable(frame: pd.DataFrame, column: str, by: str, at: str, *, positive: bool = False) -> pd.DataFrame:
    """The first row per series that a chart cannot draw, and what it holds: columns by, at, value, kind.

    kind is "inf", "nan" or "zero" (a value of 0 or below, which has no place on a log scale).
    """
    _, bad = split_finite(frame, column, positive=positive)
    rows = []
    for name, group in bad.groupby(by, sort=False):
        first = group.sort_values(at).iloc[0]
        value = float(first[column])
        kind = "inf" if np.isinf(value) else "nan" if np.isnan(value) else "zero"
        rows.append({by: name, at: first[at], "value": value, "kind": kind})
    return pd.DataFrame(rows, columns=[by, at, "value", "kind"])


def state_norm_chart(norms: pd.DataFrame, overflow: pd.DataFrame, titles: dict[str, str]) -> alt.LayerChart:
    """‖h_t‖ per activation on a log scale; a dashed rule and label where a state overflowed."""
    drawable, _ = split_finite(_labelled(norms), "state_norm", positive=True)
    x = alt.X("step:Q", title=titles["step"])
    lines = (
        alt.Chart(drawable.rename(columns={"state_norm": "value"}), height=300)
        .mark_line()
        .encode(
            x=x,
            y=_log_y(titles["norm"]),
            color=_activation_color(),
            tooltip=[
                alt.Tooltip("activation_label:N", title=titles["activation"]),
                alt.Tooltip("step:Q", title=titles["step"]),
                alt.Tooltip("value:Q", title=titles["norm"], format=".3e"),
            ],
        )
    )
    marks = overflow.assign(label=titles["overflow"])
    rules = alt.Chart(marks).mark_rule(strokeDash=[6, 3], strokeWidth=2).encode(x=x, color=_activation_color(False))
    labels = (
        alt.Chart(marks)
        .mark_text(align="right", dx=-4, fontWeight="bold")
        .encode(x=x, y=alt.value(12), text="label:N", color=_activation_color(False))
    )
    return lines + rules + labels


def gradient_chart(gradients: pd.DataFrame, quantity: str, titles: dict[str, str]) -> alt.LayerChart:
    """The measured quantity (solid) and the Pascanu bound (dashed) against the distance T−t, per activation.

    `quantity` is "state_gradient" (‖∂h_T/∂h_t‖, which the bound covers) or "input_gradient".
    """
    gradients = _labelled(gradients)
    measured, _ = split_finite(gradients, quantity, positive=True)
    measured = measured.assign(value=measured[quantity], series=titles[quantity])
    color = _activation_color()
    x = alt.X("distance:Q", title=titles["distance"])
    tooltip = [
        alt.Tooltip("activation_label:N", title=titles["activation"]),
        alt.Tooltip("distance:Q", title=titles["distance"]),
        alt.Tooltip("series:N", title=titles["series"]),
        alt.Tooltip("value:Q", title=titles["value"], format=".3e"),
    ]
    measured_lines = (
        alt.Chart(measured, height=320)
        .mark_line(point=alt.OverlayMarkDef(size=12))
        .encode(x=x, y=_log_y(titles["gradient"]), color=color, tooltip=tooltip)
    )
    if quantity != "state_gradient":
        return measured_lines
    bound, _ = split_finite(gradients, "bound", positive=True)
    bound = bound.assign(value=bound["bound"], series=titles["bound"])
    bound_lines = (
        alt.Chart(bound)
        .mark_line(strokeDash=[6, 4], opacity=0.8)
        .encode(x=x, y=_log_y(titles["gradient"]), color=color, detail="activation:N", tooltip=tooltip)
    )
    return measured_lines + bound_lines


def training_heatmap(gradients: pd.DataFrame, titles: dict[str, str]) -> alt.Chart:
    """log10 of the loss gradient at each input step (x) after each epoch (y)."""
    drawable, _ = split_finite(gradients, "input_gradient", positive=True)
    frame = drawable.assign(log_gradient=np.log10(drawable["input_gradient"].astype(float)))
    return (
        alt.Chart(frame, height=320)
        .mark_rect()
        .encode(
            x=alt.X("step:O", title=titles["input_step"], axis=alt.Axis(labelAngle=0, labelOverlap=True)),
            y=alt.Y("epoch:O", title=titles["epoch"], sort="descending", axis=alt.Axis(labelOverlap=True)),
            color=alt.Color(
                "log_gradient:Q",
                title=titles["log_gradient"],
                scale=alt.Scale(scheme="viridis"),
                legend=alt.Legend(orient="bottom", gradientLength=260),
            ),
            tooltip=[
                alt.Tooltip("epoch:O", title=titles["epoch"]),
                alt.Tooltip("step:O", title=titles["input_step"]),
                alt.Tooltip("input_gradient:Q", title=titles["input_gradient"], format=".2e"),
            ],
        )
    )


def loss_curve(losses: pd.DataFrame, titles: dict[str, str], color: str = "#444444") -> alt.Chart:
    drawable, _ = split_finite(losses, "loss", positive=True)
    return (
        alt.Chart(drawable.rename(columns={"loss": "value"}), height=320)
        .mark_line(point=True, color=color)
        .encode(
            x=alt.X("epoch:Q", title=titles["epoch"]),
            y=_log_y(titles["loss"]),
            tooltip=[
                alt.Tooltip("epoch:Q", title=titles["epoch"]),
                alt.Tooltip("value:Q", title=titles["loss"], format=".3e"),
            ],
        )
    )


def lag_chart(
    summary: pd.DataFrame, live: pd.DataFrame, labels: dict[str, str], titles: dict[str, str]
) -> alt.LayerChart:
    """Median error over seeds against lag per model (band: lowest to highest), live runs as diamonds.

    `live` has columns kind, lag, error; `labels` names each model kind in the current language.
    """
    order = [labels[k] for k in MODEL_COLORS]
    scale = alt.Scale(domain=order, range=list(MODEL_COLORS.values()))
    color = alt.Color(
        "model:N",
        sort=order,
        scale=scale,
        title=titles["model"],
        legend=alt.Legend(title=None, orient="bottom", columns=3, labelLimit=320),
    )
    frame = summary.assign(model=summary["kind"].map(labels))
    x = alt.X("lag:Q", title=titles["lag"])
    y = alt.Y("error:Q", title=titles["error"], scale=alt.Scale(domain=[0, 1.6], clamp=True))
    base = alt.Chart(frame, height=340)
    lines = base.mark_line(point=True).encode(
        x=x,
        y=y,
        color=color,
        # The LSTM is drawn wider so it still shows where the GRU runs on top of it near 0.
        strokeWidth=alt.condition(alt.datum.kind == "lstm", alt.value(6), alt.value(2)),
        tooltip=[
            alt.Tooltip("model:N", title=titles["model"]),
            alt.Tooltip("lag:Q", title=titles["lag"]),
            alt.Tooltip("error:Q", title=titles["error"], format=".3f"),
            alt.Tooltip("high:Q", title=titles["worst"], format=".3f"),
        ],
    )
    band = base.mark_area(opacity=0.08).encode(
        x=x, y=alt.Y("low:Q", title=titles["error"]), y2="high:Q", color=alt.Color("model:N", scale=scale, legend=None)
    )
    chance = alt.Chart(pd.DataFrame({"error": [1.0], "label": [titles["chance"]]}))
    chance_rule = chance.mark_rule(color="#888888", strokeDash=[4, 4]).encode(y=y)
    chance_text = chance.mark_text(align="left", x=4, dy=-7, color="#666666").encode(y=y, text="label:N")
    layers = lines + band + chance_rule + chance_text
    drawable_live, _ = split_finite(live, "error")
    if len(drawable_live):
        live_frame = drawable_live.assign(model=drawable_live["kind"].map(labels), source=titles["live"])
        layers += (
            alt.Chart(live_frame)
            .mark_point(shape="diamond", size=220, filled=True, stroke="black", strokeWidth=1)
            .encode(
                x=x,
                y=y,
                color=color,
                tooltip=[
                    alt.Tooltip("source:N", title=titles["source"]),
                    alt.Tooltip("model:N", title=titles["model"]),
                    alt.Tooltip("lag:Q", title=titles["lag"]),
                    alt.Tooltip("error:Q", title=titles["error"], format=".3f"),
                ],
            )
        )
    return layers


def clipping_chart(losses: pd.DataFrame, labels: dict[str, str], titles: dict[str, str]) -> alt.Chart:
    """Training loss per epoch for no clipping, clipnorm and clipvalue, on a log scale."""
    drawable, _ = split_finite(losses, "loss", positive=True)
    order = [labels[m] for m in CLIP_COLORS]
    frame = drawable.assign(value=drawable["loss"], option=drawable["clipping"].map(labels))
    return (
        alt.Chart(frame, height=300)
        .mark_line(point=True)
        .encode(
            x=alt.X("epoch:Q", title=titles["epoch"], scale=alt.Scale(domain=[1, int(losses["epoch"].max())])),
            y=_log_y(titles["loss"]),
            color=alt.Color(
                "option:N",
                title=titles["clipping"],
                sort=order,
                scale=alt.Scale(domain=order, range=list(CLIP_COLORS.values())),
                legend=alt.Legend(title=None, orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("option:N", title=titles["clipping"]),
                alt.Tooltip("epoch:Q", title=titles["epoch"]),
                alt.Tooltip("value:Q", title=titles["loss"], format=".3e"),
            ],
        )
    )


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lstm_cell_dot(labels: dict[str, str]) -> str:
    """The LSTM's cell-state path in Graphviz DOT: c_{t−1} → ×f_t → +(i_t ⊙ g_t) → c_t, and h_t from it.

    The straight line along the top is the point: the cell state is carried forward by one
    multiplication by the forget gate and one addition, with no squashing and no W_h in between,
    so while f_t ≈ 1 the gradient along it is neither shrunk nor blown up.
    """
    q = {key: _quoted(value) for key, value in labels.items()}
    return f"""digraph lstm {{
  rankdir=LR;
  bgcolor="transparent";
  node [fontname="Helvetica", fontsize=12, style=filled, fillcolor="#ffffff", color="#555555"];
  edge [color="#555555", fontname="Helvetica", fontsize=10];
  c_prev [label={q["c_prev"]}, shape=box];
  times [label="×", shape=circle, fillcolor="#ffe0b3", fontsize=18];
  plus [label="+", shape=circle, fillcolor="#ffe0b3", fontsize=18];
  c_next [label={q["c_next"]}, shape=box];
  forget [label={q["forget"]}, shape=box, fillcolor="#fff3d6"];
  write [label={q["write"]}, shape=box, fillcolor="#e3f1ff"];
  inputs [label={q["inputs"]}, shape=box, fillcolor="#f2f2f2"];
  squash [label="tanh", shape=ellipse];
  out_gate [label={q["output"]}, shape=box, fillcolor="#e8f5e9"];
  h_next [label={q["h_next"]}, shape=box];
  c_prev -> times [penwidth=3, color="#ff7f0e"];
  times -> plus [penwidth=3, color="#ff7f0e", label={q["highway"]}];
  plus -> c_next [penwidth=3, color="#ff7f0e"];
  inputs -> forget; inputs -> write; inputs -> out_gate;
  forget -> times; write -> plus;
  c_next -> squash -> out_gate -> h_next;
  {{ rank=same; c_prev; inputs; }}
}}"""
