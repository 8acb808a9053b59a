"""Charts of the training page: the data, the loss curves, predictions against targets, the rollout."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui.charts import ACTIVATION_COLORS, split_finite
from ui.i18n import t

HEIGHT = 280


def activation_color(frame: pd.DataFrame) -> alt.Color:
    """The shared activation colours, with a legend listing only the activations in `frame`."""
    shown = [a for a in ACTIVATION_COLORS if a in set(frame["activation"])] or list(ACTIVATION_COLORS)
    scale = alt.Scale(domain=shown, range=[ACTIVATION_COLORS[a] for a in shown])
    return alt.Color("activation:N", scale=scale, title=t("training.axis.activation"))


KIND_COLORS = {"input": "#7f7f7f", "prediction": "#d62728", "truth": "#111111"}


def series_chart(frame: pd.DataFrame) -> alt.Chart:
    """The training series (columns step, value, role): the model sees windows cut from it."""
    return (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=18))
        .encode(
            x=alt.X("step:Q", title=t("training.axis.step")),
            y=alt.Y("value:Q", title=t("training.axis.value")),
            tooltip=["step", alt.Tooltip("value:Q", format=".4g")],
        )
        .properties(height=220)
    )


def loss_chart(losses: pd.DataFrame) -> alt.Chart:
    """Loss per epoch on a log scale (columns epoch, activation, loss), one line per activation.

    A NaN or infinite loss cannot sit on a log axis, so its epoch is marked by a dashed
    vertical rule labelled "NaN/∞" instead of silently disappearing.
    """
    drawable, broken = split_finite(losses, "loss", positive=True)
    color = activation_color(losses)
    lines = (
        alt.Chart(drawable)
        .mark_line(point=alt.OverlayMarkDef(size=14) if len(drawable) <= 60 else False)
        .encode(
            x=alt.X(
                "epoch:Q",
                title=t("training.axis.epoch"),
                scale=alt.Scale(domainMin=1),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            y=alt.Y("loss:Q", title=t("training.axis.loss"), scale=alt.Scale(type="log")),
            color=color,
            tooltip=["activation", "epoch", alt.Tooltip("loss:Q", format=".3e")],
        )
    )
    marks = (
        alt.Chart(broken.assign(label="NaN/∞"))
        .mark_rule(strokeDash=[6, 4], strokeWidth=2)
        .encode(x="epoch:Q", color=color, tooltip=["activation", "epoch", "label"])
    )
    labels = (
        alt.Chart(broken.assign(label="NaN/∞"))
        .mark_text(align="right", dx=-4, fontWeight="bold")
        .encode(x="epoch:Q", y=alt.value(12), text="label:N", color=color)
    )
    return alt.layer(lines, marks, labels).properties(height=HEIGHT)


def predictions_chart(predictions: pd.DataFrame) -> alt.Chart:
    """Targets (black) and each model's predictions (columns step, region, activation, target, prediction).

    The shaded band marks the windows past the training data, where the model has to extrapolate.
    """
    targets = predictions.drop_duplicates("step")[["step", "region", "target"]]
    drawable, _ = split_finite(predictions, "prediction")
    beyond = targets[targets["region"] == "beyond"]
    band = (
        alt.Chart(pd.DataFrame({"start": [beyond["step"].min() - 0.5], "end": [beyond["step"].max() + 0.5]}))
        .mark_rect(opacity=0.12, color="#ff7f0e")
        .encode(x="start:Q", x2="end:Q")
    )
    target_line = (
        alt.Chart(targets)
        .mark_line(color="#111111", strokeDash=[4, 3])
        .encode(
            x=alt.X("step:Q", title=t("training.axis.step")),
            y=alt.Y("target:Q", title=t("training.axis.value")),
            tooltip=["step", alt.Tooltip("target:Q", format=".4g")],
        )
    )
    model_lines = (
        alt.Chart(drawable)
        .mark_line()
        .encode(
            x="step:Q",
            y="prediction:Q",
            color=activation_color(predictions),
            tooltip=[
                "activation",
                "step",
                "region",
                alt.Tooltip("target:Q", format=".4g"),
                alt.Tooltip("prediction:Q", format=".4g"),
            ],
        )
    )
    layers = [band, target_line, model_lines] if len(beyond) else [target_line, model_lines]
    return alt.layer(*layers).properties(height=HEIGHT)


def rollout_chart(rollout: pd.DataFrame) -> alt.Chart:
    """The typed window, the model fed its own predictions, and the true continuation (step, kind, value)."""
    drawable, _ = split_finite(rollout, "value")
    # Start both continuations at the last typed value, so the lines visibly leave from the window.
    last_input = drawable[drawable["kind"] == "input"].tail(1)
    bridges = [last_input.assign(kind=kind) for kind in ("prediction", "truth")]
    drawable = pd.concat([drawable, *bridges], ignore_index=True)
    kinds = list(KIND_COLORS)
    labels = [t(f"training.kind.{kind}") for kind in kinds]
    shown = drawable.assign(label=drawable["kind"].map(dict(zip(kinds, labels, strict=True))))
    return (
        alt.Chart(shown)
        .mark_line(point=True)
        .encode(
            x=alt.X("step:Q", title=t("training.axis.rollout_step"), axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("value:Q", title=t("training.axis.value"), scale=alt.Scale(zero=False)),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=labels, range=list(KIND_COLORS.values())),
                title=None,
            ),
            strokeDash=alt.StrokeDash("label:N", legend=None),
            tooltip=["label", "step", alt.Tooltip("value:Q", format=".4g")],
        )
        .properties(height=HEIGHT)
    )


GROWING_DATA = "losses"  # the named dataset the growing loss curve reads: the page supplies it on every redraw


def growing_loss_chart(activations, *, epoch_title: str, loss_title: str, activation_title: str) -> alt.Chart:
    """The loss curve while a run is followed: `loss_chart`'s axes and colours over a named dataset.

    The chart holds no data (the page adds the rows of `GROWING_DATA`, columns epoch, activation,
    loss, finite and positive), so its spec is built once and every redraw only swaps the rows:
    building an Altair chart costs far more than a poll. The finished run is drawn by `loss_chart`,
    with its NaN/∞ marks.
    """
    shown = [a for a in ACTIVATION_COLORS if a in activations]
    return (
        alt.Chart(alt.NamedData(GROWING_DATA))
        .mark_line()
        .encode(
            x=alt.X(
                "epoch:Q", title=epoch_title, scale=alt.Scale(domainMin=1), axis=alt.Axis(tickMinStep=1, format="d")
            ),
            y=alt.Y("loss:Q", title=loss_title, scale=alt.Scale(type="log")),
            color=alt.Color(
                "activation:N",
                scale=alt.Scale(domain=shown, range=[ACTIVATION_COLORS[a] for a in shown]),
                title=activation_title,
            ),
        )
        .properties(height=HEIGHT)
    )
