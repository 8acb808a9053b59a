"""Charts of the training page: the data, the loss curves, predictions against targets, the rollout.

Every builder takes `titles`, the words of `TITLE_KEYS` already in the page's language.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import ACTIVATION_COLORS, ACTIVATION_LABELS, split_finite

HEIGHT = 280
KIND_COLORS = {"input": "#7f7f7f", "prediction": "#d62728", "truth": "#111111"}
TITLE_KEYS = {
    "step": "training.axis.step",
    "value": "training.axis.value",
    "epoch": "training.axis.epoch",
    "loss": "training.axis.loss",
    "activation": "training.axis.activation",
    "rollout_step": "training.axis.rollout_step",
    "target": "training.axis.target",
    "prediction": "training.axis.prediction",
    "region": "training.axis.region",
    "series": "training.axis.series",
    "region.training": "training.region.training",
    "region.beyond": "training.region.beyond",
    "kind.input": "training.kind.input",
    "kind.prediction": "training.kind.prediction",
    "kind.truth": "training.kind.truth",
}
_ACTIVATION_LABEL_EXPR = "datum.label == 'relu' ? 'ReLU' : datum.label"


def activation_color(frame: pd.DataFrame, titles: dict[str, str]) -> alt.Color:
    """The shared activation colours, with a legend listing only the activations in `frame`."""
    shown = [a for a in ACTIVATION_COLORS if a in set(frame["activation"])] or list(ACTIVATION_COLORS)
    scale = alt.Scale(domain=shown, range=[ACTIVATION_COLORS[a] for a in shown])
    return alt.Color(
        "activation:N", scale=scale, title=titles["activation"], legend=alt.Legend(labelExpr=_ACTIVATION_LABEL_EXPR)
    )


def _activation_tooltip(titles: dict[str, str]) -> alt.Tooltip:
    return alt.Tooltip("activation_label:N", title=titles["activation"])


def _with_labels(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(activation_label=frame["activation"].map(ACTIVATION_LABELS))


def series_chart(frame: pd.DataFrame, titles: dict[str, str]) -> alt.Chart:
    """The training series (columns step, value, role): the model sees windows cut from it."""
    return (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=18))
        .encode(
            x=alt.X("step:Q", title=titles["step"]),
            y=alt.Y("value:Q", title=titles["value"]),
            tooltip=[
                alt.Tooltip("step:Q", title=titles["step"]),
                alt.Tooltip("value:Q", title=titles["value"], format=".4g"),
            ],
        )
        .properties(height=220)
    )


def loss_chart(losses: pd.DataFrame, titles: dict[str, str]) -> alt.Chart:
    """Loss per epoch on a log scale (columns epoch, activation, loss), one line per activation.

    A NaN or infinite loss cannot sit on a log axis, so its epoch is marked by a dashed
    vertical rule labelled "NaN/∞" instead of silently disappearing.
    """
    losses = _with_labels(losses)
    drawable, broken = split_finite(losses, "loss", positive=True)
    color = activation_color(losses, titles)
    epoch = alt.Tooltip("epoch:Q", title=titles["epoch"])
    lines = (
        alt.Chart(drawable)
        .mark_line(point=alt.OverlayMarkDef(size=14) if len(drawable) <= 60 else False)
        .encode(
            x=alt.X(
                "epoch:Q",
                title=titles["epoch"],
                scale=alt.Scale(domainMin=1),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            y=alt.Y("loss:Q", title=titles["loss"], scale=alt.Scale(type="log")),
            color=color,
            tooltip=[_activation_tooltip(titles), epoch, alt.Tooltip("loss:Q", title=titles["loss"], format=".3e")],
        )
    )
    marked = broken.assign(label="NaN/∞")
    marks = (
        alt.Chart(marked)
        .mark_rule(strokeDash=[6, 4], strokeWidth=2)
        .encode(
            x=alt.X("epoch:Q", title=titles["epoch"]),
            color=color,
            tooltip=[_activation_tooltip(titles), epoch, alt.Tooltip("label:N", title=titles["loss"])],
        )
    )
    labels = (
        alt.Chart(marked)
        .mark_text(align="right", dx=-4, fontWeight="bold")
        .encode(x=alt.X("epoch:Q", title=titles["epoch"]), y=alt.value(12), text="label:N", color=color)
    )
    return alt.layer(lines, marks, labels).properties(height=HEIGHT)


def prediction_rows(predictions: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    """The predictions with the labels `predictions_chart` shows (activation and region), NaN rows kept."""
    regions = {"training": titles["region.training"], "beyond": titles["region.beyond"]}
    return _with_labels(predictions).assign(region_label=predictions["region"].map(regions))


def predictions_chart(predictions: pd.DataFrame, titles: dict[str, str]) -> alt.Chart:
    """Targets (black) and each model's predictions (columns step, region, activation, target, prediction).

    The shaded band marks the windows past the training data, where the model has to extrapolate.
    """
    predictions = prediction_rows(predictions, titles)
    targets = predictions.drop_duplicates("step")[["step", "region", "target"]]
    drawable, _ = split_finite(predictions, "prediction")
    beyond = targets[targets["region"] == "beyond"]
    step = alt.Tooltip("step:Q", title=titles["step"])
    target = alt.Tooltip("target:Q", title=titles["target"], format=".4g")
    band = (
        alt.Chart(pd.DataFrame({"start": [beyond["step"].min() - 0.5], "end": [beyond["step"].max() + 0.5]}))
        .mark_rect(opacity=0.12, color="#ff7f0e")
        .encode(x=alt.X("start:Q", title=titles["step"]), x2="end:Q")
    )
    target_line = (
        alt.Chart(targets)
        .mark_line(color="#111111", strokeDash=[4, 3])
        .encode(
            x=alt.X("step:Q", title=titles["step"]),
            y=alt.Y("target:Q", title=titles["value"]),
            tooltip=[step, target],
        )
    )
    model_lines = (
        alt.Chart(drawable)
        .mark_line()
        .encode(
            x=alt.X("step:Q", title=titles["step"]),
            y=alt.Y("prediction:Q", title=titles["value"]),
            color=activation_color(predictions, titles),
            tooltip=[
                _activation_tooltip(titles),
                step,
                alt.Tooltip("region_label:N", title=titles["region"]),
                target,
                alt.Tooltip("prediction:Q", title=titles["prediction"], format=".4g"),
            ],
        )
    )
    layers = [band, target_line, model_lines] if len(beyond) else [target_line, model_lines]
    return alt.layer(*layers).properties(height=HEIGHT)


def rollout_chart(rollout: pd.DataFrame, titles: dict[str, str]) -> alt.Chart:
    """The typed window, the model fed its own predictions, and the true continuation (step, kind, value)."""
    drawable, _ = split_finite(rollout, "value")
    # Start both continuations at the last typed value, so the lines visibly leave from the window.
    last_input = drawable[drawable["kind"] == "input"].tail(1)
    bridges = [last_input.assign(kind=kind) for kind in ("prediction", "truth")]
    drawable = pd.concat([drawable, *bridges], ignore_index=True)
    kinds = list(KIND_COLORS)
    labels = [titles[f"kind.{kind}"] for kind in kinds]
    shown = drawable.assign(label=drawable["kind"].map(dict(zip(kinds, labels, strict=True))))
    return (
        alt.Chart(shown)
        .mark_line(point=True)
        .encode(
            x=alt.X("step:Q", title=titles["rollout_step"], axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("value:Q", title=titles["value"], scale=alt.Scale(zero=False)),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=labels, range=list(KIND_COLORS.values())),
                title=None,
            ),
            strokeDash=alt.StrokeDash("label:N", legend=None),
            tooltip=[
                alt.Tooltip("label:N", title=titles["series"]),
                alt.Tooltip("step:Q", title=titles["rollout_step"]),
                alt.Tooltip("value:Q", title=titles["value"], format=".4g"),
            ],
        )
        .properties(height=HEIGHT)
    )


GROWING_DATA = "losses"  # the named dataset the growing loss curve reads: the page supplies it on every redraw


def growing_loss_chart(activations, titles: dict[str, str]) -> alt.Chart:
    """The loss curve while a run is followed: `loss_chart`'s axes and colours over a named dataset.

    The chart holds no data (the page adds the rows of `GROWING_DATA`, columns epoch, activation,
    loss, finite and positive), so its spec is built once and every redraw only swaps the rows:
    building an Altair chart costs far more than a poll. The finished run is drawn by `loss_chart`,
    with its NaN/∞ marks.
    """
    return (
        alt.Chart(alt.NamedData(GROWING_DATA))
        .mark_line()
        .encode(
            x=alt.X(
                "epoch:Q", title=titles["epoch"], scale=alt.Scale(domainMin=1), axis=alt.Axis(tickMinStep=1, format="d")
            ),
            y=alt.Y("loss:Q", title=titles["loss"], scale=alt.Scale(type="log")),
            color=activation_color(pd.DataFrame({"activation": list(activations)}), titles),
        )
        .properties(height=HEIGHT)
    )
