"""Server CPU per frame of a playing slow-motion replay: charts built with Altair (old) beside specs built once (new).

A playing replay redraws the training page's loss curve and predictions chart four times a second
(ui/views/replay.py, FRAME_SECONDS) for every student replaying. Each figure is the CPU time of
this process to make both charts' Streamlit elements for one frame (Streamlit marshals the chart
into its protobuf message outside a server too), over the frames of a replay of the default run;
the last column says how many students replaying at once would keep one core busy.

    .venv/bin/python bench/replay_frames.py
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from rnn_core.replay import predictions_at  # noqa: E402
from rnn_core.training import TrainingSettings, losses_frame, train  # noqa: E402
from rnn_core.training_results import predictions_frame  # noqa: E402
from ui.charts import split_finite, titles_for  # noqa: E402
from ui.charts.training import TITLE_KEYS, loss_chart, prediction_rows, predictions_chart  # noqa: E402
from ui.i18n import t  # noqa: E402
from ui.views import replay  # noqa: E402
from ui.views.loss_curve import loss_curve_with  # noqa: E402

FRAMES_PER_SECOND = 1 / replay.FRAME_SECONDS


def main() -> None:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "missing ScriptRunContext": bare mode is meant
    result = train(TrainingSettings())
    results = {"tanh": result}
    final = predictions_frame(results)
    titles = titles_for(TITLE_KEYS, t)
    loss_corners = pd.DataFrame({"epoch": [1, result.epochs_run], "loss": [max(result.losses), min(result.losses)]})
    step_corners = pd.DataFrame({"step": [0, final["step"].max()], "target": [final["target"].min(), 12.0]})

    def cut(epoch: int) -> dict:
        return {label: dataclasses.replace(r, losses=r.losses[:epoch]) for label, r in results.items()}

    def old_frame(epoch: int) -> None:
        shown = predictions_at(results, epoch, final)[0]
        st.altair_chart(replay._pinned(loss_chart(losses_frame(cut(epoch)), titles), loss_corners, "epoch", "loss"))
        st.altair_chart(replay._pinned(predictions_chart(shown, titles), step_corners, "step", "target"))

    def new_frame(epoch: int) -> None:
        shown = predictions_at(results, epoch, final)[0]
        st.vega_lite_chart(replay._pinned_spec(loss_curve_with(cut(epoch)), loss_corners, "epoch", "loss"))
        rows_for = lambda frame: split_finite(prediction_rows(frame, titles), "prediction")[0]  # noqa: E731
        chart_for = lambda frame: predictions_chart(frame, titles)  # noqa: E731
        st.vega_lite_chart(replay.predictions_spec(results, final, shown, chart_for, rows_for, step_corners, "bench"))

    epochs = list(range(1, result.epochs_run + 1))
    figures = {}
    for label, draw in (("old: Altair chart per frame", old_frame), ("new: spec once, rows swapped", new_frame)):
        draw(epochs[0])  # first frame: imports, and the new side's spec
        started = time.process_time()
        for epoch in epochs:
            draw(epoch)
        figures[label] = (time.process_time() - started) / len(epochs)
    print(f"Replay of the default run ({len(epochs)} frames), CPU per frame (loss curve + predictions):")
    for label, seconds in figures.items():
        per_student = seconds * FRAMES_PER_SECOND
        print(
            f"  {label:<32} {seconds * 1000:6.1f} ms   {per_student:5.2f} s of CPU per second of replay"
            f"   one core keeps up with {1 / per_student:5.1f} students replaying"
        )
    old, new = figures.values()
    print(f"  ratio old/new: {old / new:.1f}x")


if __name__ == "__main__":
    main()
