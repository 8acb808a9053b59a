"""What the chart downloads cost: the server time a page's download rows add to each rerun (with them beside
without them, in one run), and the time of each file's conversion when a student clicks.

    .venv/bin/python bench/chart_export_speed.py [--reruns 5]

The pages run in Streamlit's AppTest. `ui.chart_export.show_chart` is wrapped before any page imports it,
so the same process can draw each chart with its download row or as a bare `st.altair_chart`, and
record the charts the pages really draw (real data and sizes) for the conversion figures. "Page run" is
the whole script run; "charts drawn" the time in `st.altair_chart` (Altair's spec included) and "rows" the
time in `download_row`, both summed over the page's charts in the runs with rows (medians of the reruns).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = [  # (label, page, URL parameters, training epochs to run first or 0)
    ("structure ?section=step", "pages/structure.py", {"section": "step"}, 0),
    ("structure ?section=memory", "pages/structure.py", {"section": "memory"}, 0),
    ("parameters ?section=charts", "pages/parameters.py", {"section": "charts"}, 0),
    ("gradients ?section=feedback", "pages/gradients.py", {"section": "feedback"}, 0),
    ("gradients ?section=through_time", "pages/gradients.py", {"section": "through_time"}, 0),
    ("gradients ?section=long_term", "pages/gradients.py", {"section": "long_term"}, 0),
    ("training, after a 30-epoch run", "pages/training.py", {"epochs": "30", "seed": "5"}, 1),
    ("translate", "pages/translate.py", {}, 0),
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=5, help="reruns of each view per side (median shown)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    from streamlit.runtime.pages_manager import PagesManager

    original_init = PagesManager.__init__

    def init(self, *a, **k):  # as tests/conftest.py: a warm server's page mode
        PagesManager.uses_pages_directory = False
        original_init(self, *a, **k)

    PagesManager.__init__ = init

    import ui.chart_export as chart_export

    state = {"with_row": True, "chart": 0.0, "row": 0.0, "drawn": []}

    def timed_show_chart(chart, name, *, title=None, container=None):
        import streamlit as st

        container = container or st
        started = time.perf_counter()
        container.altair_chart(chart, width="stretch")
        drawn = time.perf_counter()
        if state["with_row"]:
            chart_export.download_row(chart, name, title=title, container=container)
        state["chart"] += drawn - started
        state["row"] += time.perf_counter() - drawn
        state["drawn"].append((name, chart, title))

    chart_export.show_chart = timed_show_chart  # before any view module imports the name

    import keras  # noqa: F401  (a warm server has TensorFlow loaded)
    from streamlit.testing.v1 import AppTest

    print(f"Server time per rerun, median of {args.reruns} (ms): the download rows beside bare charts\n")
    print(f"{'view':34} {'charts':>6} {'page run: without rows':>23} {'with':>6} {'charts drawn':>13} {'rows':>6}")
    drawn_per_view = {}
    for label, page, params, train in VIEWS:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        app.query_params["lang"] = "ko"
        for key, value in params.items():
            app.query_params[key] = value
        app.run()
        app.switch_page(page).run()
        if train:
            app.button(key="training.train").click().run()
        assert not app.exception, [e.value for e in app.exception]
        runs = {True: [], False: []}
        charts, rows = [], []
        for _ in range(args.reruns):
            for with_row in (False, True):  # interleaved, so a busy moment of the machine hits both sides
                state.update(with_row=with_row, chart=0.0, row=0.0, drawn=[])
                started = time.perf_counter()
                app.run()
                runs[with_row].append(time.perf_counter() - started)
                if with_row:
                    charts.append(state["chart"])
                    rows.append(state["row"])
        drawn_per_view[label] = list(state["drawn"])
        without, with_rows, chart_ms, row_ms = (
            statistics.median(values) * 1000 for values in (runs[False], runs[True], charts, rows)
        )
        print(
            f"{label:34} {len(state['drawn']):>6} {without:>23.0f} {with_rows:>6.0f} {chart_ms:>13.1f} {row_ms:>6.1f}"
        )

    print("\nConversion on a click (ms, fastest of 3), each chart as the page drew it; PNG at 2×\n")
    before = rss_mb()
    started = time.perf_counter()
    first_name, first_chart, first_title = next(iter(drawn_per_view.values()))[0]
    chart_export.chart_svg(first_chart, first_title)
    print(f"first conversion in this process (vl-convert starts): {(time.perf_counter() - started) * 1000:.0f} ms,")
    print(f"resident memory {before:.0f} MB before it, {rss_mb():.0f} MB after\n")
    print(f"{'view':34} {'chart':30} {'rows':>6} {'SVG':>6} {'PNG 2×':>7} {'CSV':>6} {'SVG kB':>7} {'PNG kB':>7}")
    for label, drawn in drawn_per_view.items():
        for name, chart, title in drawn:
            times, sizes = [], []
            builds = (
                (chart_export.chart_svg, (chart, title)),
                (chart_export.chart_png, (chart, title)),
                (chart_export.chart_csv, (chart,)),
            )
            for build, arguments in builds:
                seconds = []
                for _ in range(3):  # the fastest of three: the machine is shared, and a click is one conversion
                    started = time.perf_counter()
                    data = build(*arguments)
                    seconds.append(time.perf_counter() - started)
                times.append(min(seconds) * 1000)
                sizes.append(len(data.encode() if isinstance(data, str) else data) / 1024)
            rows = len(chart_export.chart_frame(chart))
            print(
                f"{label:34} {name:30} {rows:>6} {times[0]:>6.0f} {times[1]:>7.0f} {times[2]:>6.0f}"
                f" {sizes[0]:>7.0f} {sizes[1]:>7.0f}"
            )
    print(f"\nresident memory after every conversion: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
