"""The training page's results: status, loss curve, comparison, predictions, downloads, try-it and quizzes."""

from __future__ import annotations

import functools
import math
import zlib

import streamlit as st

from rnn_core.data import CUSTOM, beyond_for, continuation_for, parse_sequence
from rnn_core.settings import SettingError, problem_from
from rnn_core.training import TrainingResult, losses_frame, scaler_for, summary_frame
from rnn_core.training_results import (
    closeness,
    compare_findings,
    model_file_bytes,
    predictions_frame,
    rollout_frame,
)
from ui.chart_export import download_row, show_chart
from ui.charts import split_finite, titles_for
from ui.charts.training import TITLE_KEYS, loss_chart, prediction_rows, predictions_chart, rollout_chart
from ui.i18n import t
from ui.layout import notice
from ui.quiz import folded, quiz
from ui.run_store import RunView
from ui.share import csv_download
from ui.state import show_problems
from ui.views import replay
from ui.views.loss_curve import loss_curve_with
from ui.views.training import LABELS, SCALE_MATTERS_ABOVE, number, sequence_text, window_text
from ui.views.training_prediction import drop_label, grade, how_far_it_fell


def run_id(view: RunView) -> str:
    """A short stable name for a run's results: its settings and how far each activation got."""
    ends = tuple((a, r.status, r.epochs_run) for a, r in (view.results or {}).items())
    return f"{zlib.crc32(repr((view.request, ends)).encode()):08x}"


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def cached_predictions(run: str, _results: dict):
    return predictions_frame(_results)


@st.cache_data(max_entries=128, ttl=3600, show_spinner=False)
def cached_rollout(run: str, activation: str, start: tuple, steps: int, _result: TrainingResult):
    return rollout_frame(_result, start, steps)


def draw_status(results: dict[str, TrainingResult]) -> None:
    for activation, result in results.items():
        name, s = LABELS[activation], result.settings
        if result.status == "diverged":
            values = {"activation": name, "value": number(result.losses[-1])}
            if result.epochs_run == 1:
                st.error(t("training.status.diverged_first", **values), icon="💥")
            else:
                st.error(
                    t("training.status.diverged", epoch=result.epochs_run, finite=result.epochs_run - 1, **values),
                    icon="💥",
                )
        elif result.status == "stopped":
            st.info(
                t(
                    "training.status.stopped",
                    activation=name,
                    epoch=result.epochs_run,
                    epochs=s.epochs,
                    loss=number(result.final_loss),
                ),
                icon="⏹️",
            )
        else:
            st.success(
                t(
                    "training.status.finished",
                    activation=name,
                    epochs=result.epochs_run,
                    seconds=f"{result.seconds:.1f}",
                    loss=number(result.final_loss),
                ),
                icon="✅",
            )


def loss_notice(result: TrainingResult) -> None:
    if result.diverged_at is not None:
        notice("training.notice.loss_diverged")
        return
    first, last = result.losses[0], result.final_loss
    if last < first / 2:
        notice(
            "training.notice.loss_fell",
            first=number(first),
            last=number(last),
            factor=f"{first / last:,.0f}" if first / last >= 100 else f"{first / last:.3g}",
            epochs=result.epochs_run,
        )
    else:
        notice("training.notice.loss_flat", first=number(first), last=number(last))


def compare_sentences(results: dict[str, TrainingResult], predictions) -> str:
    """What this compare run showed, in the current language, built from its own numbers."""
    findings = compare_findings(results, predictions)
    ranking = ", ".join(f"{LABELS[a]} ({number(findings.final_losses[a])})" for a in findings.ranking)
    sentences = [t("training.cmp.ranking", ranking=ranking)]
    best = findings.ranking[0]
    if findings.diverged:
        which = ", ".join(f"{LABELS[a]} @ {epoch}" for a, epoch in findings.diverged.items())
        sentences.append(t("training.cmp.diverged", which=which))
        if "relu" in findings.diverged and "tanh" not in findings.diverged:
            sentences.append(t("training.cmp.tanh_safer"))
            tanh = results["tanh"]
            fell = tanh.final_loss < tanh.losses[0]
            first, last = number(tanh.losses[0]), number(tanh.final_loss)
            sentences.append(t("training.cmp.tanh_fell" if fell else "training.cmp.tanh_rose", first=first, last=last))
    elif not findings.tanh_is_best:
        sentences.append(t("training.cmp.contradicts", best=LABELS[best]))
    else:
        sentences.append(t("training.cmp.agrees"))
    s = next(iter(results.values())).settings
    largest_target = float(abs(predictions.loc[predictions["region"] == "training", "target"]).max())
    if not s.scale and largest_target > SCALE_MATTERS_ABOVE:  # bounded states meet unscaled targets
        sentences.append(t("training.cmp.unscaled", largest=number(largest_target)))
    return " ".join(sentences)  # what each model answers past the data waits for the question about it


def beyond_notice(results: dict[str, TrainingResult], predictions) -> None:
    """Each compared model's first answer past the training data: the answer to the question asked above it."""
    findings = compare_findings(results, predictions)
    first_window = beyond_for(next(iter(results.values())).settings, 1)[0][0, :, 0]
    predicted = ", ".join(f"{LABELS[a]} {number(findings.beyond_predictions[a])}" for a in results)
    notice(
        "training.cmp.beyond",
        window=window_text(first_window),
        target=number(findings.beyond_target),
        predictions=predicted,
    )


def draw_compare_table(results: dict[str, TrainingResult]) -> None:
    table = summary_frame(results)
    table["activation"] = table["activation"].map(LABELS)
    table["status"] = table["status"].map(lambda v: t(f"training.state.{v}"))
    table["diverged_at"] = table["diverged_at"].map(lambda v: "—" if v is None or v != v else str(int(v)))
    columns = {name: t(f"training.col.{name}") for name in table.columns}
    st.markdown(f"**{t('training.table_title')}**")
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "activation": st.column_config.TextColumn(columns["activation"]),
            "status": st.column_config.TextColumn(columns["status"]),
            "epochs_run": st.column_config.NumberColumn(columns["epochs_run"]),
            "final_loss": st.column_config.NumberColumn(columns["final_loss"], format="%.3e"),
            "lowest_loss": st.column_config.NumberColumn(columns["lowest_loss"], format="%.3e"),
            "diverged_at": st.column_config.TextColumn(columns["diverged_at"]),
            "seconds": st.column_config.NumberColumn(columns["seconds"], format="%.2f"),
        },
    )


def draw_predictions(view: RunView, predictions) -> None:
    results, s = view.results, view.request
    st.subheader(t("training.pred_title"))
    st.caption(t("training.pred_caption", count=int((predictions["region"] == "beyond").sum()) // len(results)))
    titles = titles_for(TITLE_KEYS, t)
    replay.predictions(
        results,
        predictions,
        lambda shown: predictions_chart(shown, titles),
        lambda shown: split_finite(prediction_rows(shown, titles), "prediction")[0],
        name="training_predictions",
        title=t("training.pred_title"),
    )
    if len(results) > 1:  # every model's first answer past the data, now that the question is answered
        beyond_notice(results, predictions)
        return
    first = predictions[predictions["region"] == "beyond"].iloc[0]
    if not math.isfinite(first["prediction"]):
        notice("training.notice.pred_nan")
        return
    window = beyond_for(s, 1)[0][0, :, 0]
    close = abs(first["prediction"] - first["target"]) <= closeness(s, training_targets(predictions))
    notice(
        "training.notice.pred",
        window=window_text(window),
        prediction=number(first["prediction"]),
        target=number(first["target"]),
    )
    if s.task == CUSTOM:  # no rule behind one's own data: say how far off it is, against the data's range
        series = predictions.loc[predictions["region"] == "training", "target"]
        error = number(abs(first["prediction"] - first["target"]))
        st.caption(t("training.own.pred_error", error=error, low=number(series.min()), high=number(series.max())))
    else:
        st.caption(t("training.notice.pred_good") if close else t("training.notice.pred_off"))


def draw_downloads(view: RunView) -> None:
    st.markdown(f"**{t('training.download_title')}**")
    columns = st.columns(len(view.results) + 1)
    for column, (activation, result) in zip(columns, view.results.items(), strict=False):
        column.download_button(
            t("training.download_model", activation=LABELS[activation]),
            data=functools.partial(model_file_bytes, result),  # built only when clicked, on its own thread
            file_name=f"rnn_lab_{result.settings.cell}_{activation}.keras",
            mime="application/octet-stream",
            help=t("training.download_help"),
            on_click="ignore",
            icon=":material/download:",
            key=f"training.download.{activation}",
        )
    with columns[-1]:
        csv_download(losses_frame(view.results), "rnn_lab_training_losses.csv", key="training.losses_csv")


def draw_try_it(view: RunView) -> None:
    results, s = view.results, view.request
    with st.container(border=True):
        st.subheader(t("training.try_title"))
        choices = list(results)
        chosen = s.activation if s.activation in choices else choices[0]
        if len(choices) > 1:
            chosen = (
                st.segmented_control(
                    t("training.try_model"), choices, default=chosen, format_func=LABELS.get, key="training.try_model"
                )
                or chosen
            )
        suggested = tuple(float(f"{v:.6g}") for v in beyond_for(s, 1)[0][0, :, 0])
        left, right = st.columns([3, 1])
        data_key = f".{s.values.digest[:12]}" if s.values else ""  # new own data, a fresh box
        typed = left.text_input(
            t("training.try_sequence", window=s.window),
            value=sequence_text(suggested),
            max_chars=400,
            key=f"training.try_sequence.{s.task}.{s.window}.{s.samples}{data_key}",
        )
        steps = right.number_input(
            t("training.try_steps"), min_value=1, max_value=50, value=10, key="training.try_steps"
        )
        try:  # "1 2 3", "1, 2, 3" and "1,2,3" are the same window
            start = parse_sequence(
                ", ".join(typed.replace(",", " ").split()), s.window, name=t("training.try_sequence_name")
            )
        except SettingError as error:
            show_problems([problem_from(error, typed, sequence_text(suggested))])
            start = suggested
        result = results[chosen]
        rollout = cached_rollout(run_id(view), chosen, start, int(steps), result)
        predicted = rollout[rollout["kind"] == "prediction"]["value"].to_numpy()
        truth = rollout[rollout["kind"] == "truth"]["value"].to_numpy()
        first, second = st.columns(2)
        first.metric(t("training.try_next"), number(float(predicted[0])))
        own = s.task == CUSTOM  # one's own data has no rule: the truth is what follows the window in it, if anything
        following = continuation_for(s, start, 1)
        second.metric(
            t("training.own.try_next" if own else "training.try_rule"),
            number(float(following[0])) if len(following) else "—",
        )
        st.caption(t("training.own.rollout_caption" if own else "training.rollout_caption"))
        show_chart(rollout_chart(rollout, titles_for(TITLE_KEYS, t)), "training_rollout")
        if len(truth):  # the last step both the rollout and the truth reach
            notice(
                "training.notice.rollout",
                steps=len(truth),
                predicted=number(float(predicted[len(truth) - 1])),
                truth=number(float(truth[-1])),
                error=number(float(predicted[len(truth) - 1] - truth[-1])),
            )
        else:
            st.caption(t("training.own.rollout_none"))
        csv_download(rollout, "rnn_lab_rollout.csv", key="training.rollout_csv")


def training_targets(predictions):
    """The true values of the training windows (what the run learned from), one model's worth."""
    training = predictions[predictions["region"] == "training"]
    return training.loc[training["activation"] == training["activation"].iloc[0], "target"]


def beyond_quiz(view: RunView, predictions) -> bool:
    """Will the model's first answer past the data be close to the rule's? True once answered (or nothing to ask)."""
    results, s = view.results, view.request
    chosen = s.activation if s.activation in results else next(iter(results))
    beyond = predictions[(predictions["region"] == "beyond") & (predictions["activation"] == chosen)].iloc[0]
    error = beyond["prediction"] - beyond["target"]
    if not math.isfinite(error):  # a diverged model answers NaN: there is nothing to predict about it
        return True
    tolerance = closeness(s, training_targets(predictions))
    answer = "close" if abs(error) <= tolerance else ("low" if error < 0 else "high")
    window = beyond_for(s, 1)[0][0, :, 0]
    return quiz(
        f"training.beyond.{run_id(view)}",
        t(
            "training.quiz.beyond.q",
            window=window_text(window),
            target=number(beyond["target"]),
            activation=LABELS[chosen],
        ),
        ["close", "low", "high"],
        answer,
        t(
            "training.own.beyond_why" if s.task == CUSTOM else "training.quiz.beyond.why",  # own data has no rule
            prediction=number(beyond["prediction"]),
        ),
        format_func={
            choice: t(f"training.quiz.beyond.{choice}", tolerance=number(tolerance))
            for choice in ("close", "low", "high")
        }.get,
    )


def loss_answer(view: RunView, predictions) -> None:
    """Below the curve: the prediction made before the run, graded by it, then the ranking and table or the fall."""
    results = view.results
    if len(results) > 1:
        best = compare_findings(results, predictions).ranking[0]
        why = t("training.quiz.best.why", best=LABELS[best], loss=number(results[best].final_loss))
        grade(view, "best", best, why, LABELS.get)
        notice("training.cmp.summary", sentences=compare_sentences(results, predictions))
        draw_compare_table(results)
    else:
        result = next(iter(results.values()))
        why = t("training.quiz.drop.why", first=number(result.losses[0]), last=number(result.losses[-1]))
        grade(view, "drop", how_far_it_fell(result), why, drop_label)
        loss_notice(result)


def _whole_loss_curve(results: dict[str, TrainingResult]) -> None:
    """The finished curve from `loss_chart`'s spec built once per kind; its files are made from the chart on a click."""
    st.vega_lite_chart(loss_curve_with(results), width="stretch")
    download_row(
        functools.partial(loss_chart, losses_frame(results), titles_for(TITLE_KEYS, t)),
        "training_loss",
        title=t("training.loss_title"),
    )


def draw_loss(view: RunView) -> None:
    """The run's status and loss curve, then the prediction asked before the run, graded, and what it asked about.

    A compare run's curve comes first, right under the page's top: its three status lines go below it.
    """
    for error in view.errors:
        st.error(t("training.failed", error=error), icon="⚠️")
    if not view.results:
        if not view.errors:
            st.warning(t("training.nothing"))
        return
    results = view.results
    predictions = cached_predictions(run_id(view), results)
    compare = len(results) > 1
    if not compare:
        draw_status(results)
    st.markdown(f"##### {t('training.loss_title')}")  # a heading: the classroom test finds the curve by it
    # The curve moves with the slow-motion replay, whose controls sit under it (ui/views/replay.py).
    replay.loss_curve(
        results,
        loss_curve_with,
        lambda shown: loss_chart(losses_frame(shown), titles_for(TITLE_KEYS, t)),
        functools.partial(_whole_loss_curve, results),
        name="training_loss",
        title=t("training.loss_title"),
    )
    if view.request.scale:
        scaler = scaler_for(view.request)
        st.caption(t("training.scale_on", low=number(scaler.low), high=number(scaler.high)))
    if compare:
        draw_status(results)
    loss_answer(view, predictions)


def draw_results(view: RunView) -> None:
    """Below the loss curve: the prediction question, then its answer (predictions past the data), try-it, downloads.

    Try-it opens on the very window the question asks about, so it stays folded with the answer.
    """
    if not view.results:
        return
    predictions = cached_predictions(run_id(view), view.results)
    if beyond_quiz(view, predictions):
        draw_predictions(view, predictions)
        draw_try_it(view)
    else:
        st.subheader(t("training.pred_title"))
        folded()
    draw_downloads(view)
