"""Every chart builder's chart, exported as a student downloads it (ui/chart_export.py), in both languages:
the SVG is well-formed and carries the chart's own titles as text, the PNG is a PNG at twice the 1× size,
and the CSV reads back to the numbers the chart draws."""

from __future__ import annotations

import ast
import functools
import io
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd
import pytest

from tests.test_charts_korean import _losses, chart_builders
from ui import chart_export
from ui.catalog import CATALOG
from ui.charts import gates, titles_for, training, translate

ROOT = Path(__file__).resolve().parents[1]
HANGUL = re.compile(r"[가-힣]")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _text(language: str):
    return lambda key: CATALOG[key][language]


def _gate_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """One LSTM step per unit (unit, quantity, value) and the gates over a short sequence (step, unit, i, f, o)."""
    step = pd.DataFrame(
        [(unit, q, 0.1 * unit + 0.2 * k) for unit in (0, 1) for k, q in enumerate(("i", "f", "o", "c", "h"))],
        columns=["unit", "quantity", "value"],
    )
    steps = np.repeat(np.arange(1, 5), 2)
    table = pd.DataFrame({"step": steps, "unit": np.tile([0, 1], 4), "i": 0.5, "f": steps / 5.0, "o": 0.3})
    return step, table


def _lane() -> pd.DataFrame:
    rows = [(step, "simplernn", "input_reach", 0.5**step) for step in range(1, 6)]
    rows += [(step, "lstm", "cell_state_reach", 0.9**step) for step in range(1, 6)]
    return pd.DataFrame(rows, columns=["step", "cell", "measure", "value"])


def builders(language: str):
    """(name, build()) for every chart builder in ui/charts, fed small frames of its real shape in `language`."""
    text = _text(language)
    # The four lesson pages' charts, as tests/test_charts_korean.py builds them, with this language's titles.
    built = [
        (name, functools.partial(build, titles_for(module.TITLE_KEYS, text)))
        for name, module, build in chart_builders(language)
    ]
    step_frame, gate_table = _gate_frames()
    gate_labels = {name: text(f"gates.col.{name}") for name in ("i", "f", "o")}
    lane_labels = {
        ("simplernn", "input_reach"): text("gates.lane.series.simplernn.input_reach"),
        ("lstm", "cell_state_reach"): text("gates.lane.series.lstm.cell_state_reach"),
    }
    encoder = pd.DataFrame(
        [(s, f"{s}. word{s}", u, np.tanh(0.3 * s - 0.2 * u)) for s in (1, 2, 3) for u in range(4)],
        columns=["step", "word", "unit", "value"],
    )
    history = pd.DataFrame(
        {"epoch": [1.0, 2.0], "seconds": [3.0, 6.0], "validation_accuracy": [0.2, 0.6], "loss": [1.5, 0.8]}
    )
    return built + [
        ("gates.step", lambda: gates.step_bars(step_frame, gate_labels, text("gates.chart.unit"))),
        (
            "gates.paths",
            lambda: gates.gate_paths(gate_table, gate_labels, 2, text("gates.chart.step"), text("gates.chart.unit")),
        ),
        (
            "gates.lane",
            lambda: gates.memory_lane(
                _lane(),
                lane_labels,
                text("gates.chart.step"),
                text("gates.lane.value"),
                text("gates.lane.chart_title"),
                (1e-7, text("gates.lane.gone")),
            )[0],
        ),
        (
            "translate.encoder",
            lambda: translate.encoder_heatmap(
                encoder,
                title=text("translate.encoder.title"),
                word_title=text("translate.axis.word"),
                unit_title=text("translate.axis.unit"),
                value_title=text("translate.axis.value"),
            ),
        ),
        (
            "translate.context",
            lambda: translate.context_strip(
                np.array([0.5, -0.2, 0.9]),
                title=text("translate.context.title"),
                unit_title=text("translate.axis.unit"),
            ),
        ),
        (
            "translate.accuracy",
            lambda: translate.accuracy_chart(
                history,
                title=text("translate.chart.accuracy"),
                x_title=text("translate.axis.epoch"),
                y_title=text("translate.axis.accuracy"),
            ),
        ),
    ]


CASES = [(language, name, build) for language in ("ko", "en") for name, build in builders(language)]
IDS = [f"{language}-{name}" for language, name, _ in CASES]


def shown_titles(spec: dict) -> list[str]:
    """The chart's title, its x and y axis titles and its colour legend's title (the words a slide must keep)."""
    found = []

    def visit(node):
        if isinstance(node, dict):
            if isinstance(node.get("title"), str) and "mark" in node:
                found.append(node["title"])
            for channel in ("x", "y", "color"):
                encoding = (node.get("encoding") or {}).get(channel, {})
                legend = encoding.get("legend", {})
                if legend is None or (isinstance(legend, dict) and "title" in legend and legend["title"] is None):
                    continue  # a legend with no title (or no legend) shows no words to keep
                title = encoding.get("title")
                if isinstance(title, str) and title:
                    found.append(title)
            for key, value in node.items():
                if key not in ("datasets", "config"):
                    visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)
    return list(dict.fromkeys(found))


def svg_texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)  # raises on malformed XML
    return ["".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text")]


def png_width(png: bytes) -> int:
    assert png.startswith(PNG_SIGNATURE)
    return struct.unpack(">I", png[16:20])[0]  # the IHDR chunk's width, right after the signature


@pytest.mark.parametrize(("language", "name", "build"), CASES, ids=IDS)
def test_svg_carries_the_titles_as_text_and_csv_the_numbers(language, name, build):
    chart = build()
    expected = shown_titles(chart_export.export_spec(chart))
    assert expected, f"{name}: no title found, so the check would pass vacuously"
    texts = svg_texts(chart_export.chart_svg(chart))
    missing = [title for title in expected if title not in texts]
    assert not missing, f"{name}: titles not drawn as text: {missing}"
    if language == "ko":
        assert any(HANGUL.search(title) for title in expected), f"{name}: no Korean title to look for"
        assert any(HANGUL.search(text) for text in texts)

    shown = chart_export.chart_frame(chart)
    data = chart_export.chart_csv(chart)
    assert data.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would misread Korean column names"
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back.columns) == [str(c) for c in shown.columns]
    numeric = shown.select_dtypes("number").columns
    assert len(numeric), f"{name}: no numbers in the chart's data"
    np.testing.assert_array_equal(back[numeric].to_numpy(float), shown[numeric].to_numpy(float))


def _assert_png_twice_as_wide(chart) -> None:
    assert png_width(chart_export.chart_png(chart)) == 2 * png_width(chart_export.chart_png(chart, scale=1))


@pytest.mark.parametrize(("language", "name", "build"), [c for c in CASES if c[1] in ("training.loss", "gates.lane")])
def test_png_is_twice_the_width_of_a_plain_export(language, name, build):
    _assert_png_twice_as_wide(build())


@pytest.mark.slow  # about 45 PNG pairs: the two above stand for them in the fast lane
@pytest.mark.parametrize(("language", "name", "build"), CASES, ids=IDS)
def test_every_png_is_twice_the_width_of_a_plain_export(language, name, build):
    _assert_png_twice_as_wide(build())


def test_loss_csv_holds_every_epoch_under_the_charts_korean_titles():
    """The diverged epochs (drawn as NaN/∞ rules, not on the line) are in the table too, under the axis's words."""
    titles = titles_for(training.TITLE_KEYS, _text("ko"))
    losses = _losses()
    table = pd.read_csv(io.BytesIO(chart_export.chart_csv(training.loss_chart(losses, titles))), encoding="utf-8-sig")
    assert {titles["epoch"], titles["loss"]} <= set(table.columns)
    merged = table.sort_values(["activation", titles["epoch"]])
    expected = losses.sort_values(["activation", "epoch"])
    np.testing.assert_array_equal(merged[titles["epoch"]], expected["epoch"])
    np.testing.assert_array_equal(merged[titles["loss"]].to_numpy(float), expected["loss"].to_numpy(float))


def test_korean_glyphs_are_drawn_not_boxes():
    """Two different Korean titles give two different PNGs; with no Korean font both would be the same boxes."""

    def picture(title: str) -> bytes:
        chart = alt.Chart(pd.DataFrame({"x": [0, 1]}), title=title).mark_point().encode(x="x:Q")
        return chart_export.chart_png(chart, scale=1)

    assert picture("손실") != picture("에포")


def test_concatenated_and_faceted_charts_export():
    frame = pd.DataFrame({"x": [1, 2, 3, 4], "y": [1.0, 4.0, 9.0, 16.0], "group": ["가", "가", "나", "나"]})
    line = alt.Chart(frame).mark_line().encode(x=alt.X("x:Q", title="스텝"), y=alt.Y("y:Q", title="값"))
    for chart in (alt.hconcat(line, line.mark_point()), line.properties(width=200).facet(column="group:N")):
        texts = svg_texts(chart_export.chart_svg(chart))
        assert "스텝" in texts and "값" in texts
        _assert_png_twice_as_wide(chart)
        assert list(chart_export.chart_frame(chart)["값"]) == list(frame["y"])


def test_a_stretching_chart_gets_the_export_width_and_the_page_chart_is_untouched():
    chart = alt.Chart(pd.DataFrame({"x": [0, 1]})).mark_point().encode(x="x:Q")
    assert chart_export.export_spec(chart)["width"] == chart_export.EXPORT_WIDTH
    assert chart.width is alt.Undefined
    assert chart_export.export_spec(chart.properties(width=300))["width"] == 300


def test_file_names_are_ascii_and_say_chart_and_language():
    assert chart_export.file_name("training_loss", "svg", "ko") == "rnn-lab_training_loss_ko.svg"
    with pytest.raises(ValueError):
        chart_export.file_name("학습 손실", "svg", "ko")


def test_every_chart_on_a_page_goes_through_show_chart():
    """A direct st.altair_chart would draw a chart with no downloads; only the live training curves may
    (they are redrawn several times a second and replaced by the finished, downloadable chart)."""
    allowed = {("ui/views/translate.py", "chart")}  # the translator's growing accuracy curve while it trains
    offenders = []
    for path in [*sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]:
        relative = path.relative_to(ROOT).as_posix()
        if relative == "ui/chart_export.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "altair_chart":
                owner = getattr(node.func.value, "id", None)
                if (relative, owner) not in allowed:
                    offenders.append(f"{relative}:{node.lineno}")
    assert not offenders, offenders


def test_the_pages_heading_becomes_the_files_title_without_markdown():
    """A heading the page draws above a chart (Markdown) titles the exported file; a chart's own title stands."""
    heading = CATALOG["gradients.through_time.state_title"]["ko"]
    chart = alt.Chart(pd.DataFrame({"x": [0, 1]})).mark_point().encode(x="x:Q")
    plain = heading.replace("**", "")
    assert chart_export.export_spec(chart, heading)["title"] == plain
    assert plain in svg_texts(chart_export.chart_svg(chart, heading))
    assert chart_export.export_spec(chart.properties(title="자기 제목"), heading)["title"] == "자기 제목"


def test_the_file_names_a_hangul_font_and_a_white_background():
    chart = alt.Chart(pd.DataFrame({"x": [0, 1]})).mark_point().encode(x="x:Q")
    spec = chart_export.export_spec(chart)
    assert spec["background"] == "white"
    assert spec["config"]["font"] == chart_export.EXPORT_FONT
    assert f'font-family="{chart_export.EXPORT_FONT}"' in chart_export.chart_svg(chart)
