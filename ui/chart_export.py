"""Every chart on a page, drawn with three small downloads under it: SVG and a 2× PNG for slides, the CSV of its data.

The files are built only when a student clicks: `st.download_button` takes a callable and runs it on
that click, on a thread of its own, so a page's reruns pay for three buttons, never for Vega's
converter (vl-convert). The chart is exported as drawn, so its titles and legends are already in the
page's language; a chart that stretches to its column gets a fixed width, since a file has no column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import altair as alt
import pandas as pd
import streamlit as st

from ui.i18n import current, t

EXPORT_WIDTH = 800  # pixels, for a chart drawn at its column's width: about half a 16:9 slide at 1×
PNG_SCALE = 2  # the PNG's pixel density: sharp on a projector and on a high-density screen
# Hangul and Latin in one typeface: on this server for the PNG (Noto CJK here, Nanum in the Docker image), and
# on a Windows or Mac laptop for the SVG; the last, generic name is whatever the viewer has.
EXPORT_FONT = "Noto Sans CJK KR, NanumGothic, Malgun Gothic, Apple SD Gothic Neo, sans-serif"
CSV_ENCODING = "utf-8-sig"  # UTF-8 with a BOM, so Excel reads Korean column names as Korean
_MARKUP = re.compile(r"\*\*|`")  # Markdown emphasis and code marks in a page heading
_NAME = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")


def _vegalite_version() -> str | None:
    """The Vega-Lite version Altair writes (e.g. "6.4"), if vl-convert carries it; else vl-convert's default."""
    import vl_convert as vlc

    major_minor = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
    return major_minor if major_minor in vlc.get_vegalite_versions() else None


def export_spec(chart: alt.TopLevelMixin, title: str | None = None) -> dict:
    """The chart's Vega-Lite spec for a file: a fixed width where it had none, a Hangul font, a white background.

    `title` is the heading the page shows above the chart (a file has no page around it): it
    becomes the file's title where the chart has none. The chart on the page is left as it is
    (`properties` returns a copy).
    """
    if isinstance(chart, alt.Chart | alt.LayerChart) and not isinstance(chart.width, int | float):
        chart = chart.properties(width=EXPORT_WIDTH)
    if title and chart.title is alt.Undefined:
        chart = chart.properties(title=_MARKUP.sub("", title))
    spec = chart.to_dict()
    spec.setdefault("background", "white")  # a transparent figure vanishes on a dark slide
    spec.setdefault("config", {}).setdefault("font", EXPORT_FONT)
    return spec


def chart_svg(chart: alt.TopLevelMixin, title: str | None = None) -> str:
    """The chart as SVG, its words kept as text (so a slide tool can search and restyle them)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(export_spec(chart, title), vl_version=_vegalite_version())


def chart_png(chart: alt.TopLevelMixin, title: str | None = None, scale: float = PNG_SCALE) -> bytes:
    """The chart as PNG at `scale` times its pixel size, its text drawn with the machine's fonts."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(export_spec(chart, title), vl_version=_vegalite_version(), scale=scale)


def _frames(chart) -> Iterator[pd.DataFrame]:
    """Every DataFrame the chart and its layers (or concatenated or faceted parts) draw from."""
    data = getattr(chart, "data", alt.Undefined)
    if isinstance(data, pd.DataFrame):
        yield data
    for part in ("layer", "hconcat", "vconcat", "concat"):
        children = getattr(chart, part, alt.Undefined)
        for child in children if isinstance(children, list) else []:
            yield from _frames(child)
    spec = getattr(chart, "spec", alt.Undefined)
    if spec is not alt.Undefined and not isinstance(spec, dict):
        yield from _frames(spec)


def _repeats(frame: pd.DataFrame, other: pd.DataFrame) -> bool:
    """True when every row of `frame` is already in `other` (a rule at the chosen step, the targets of a line)."""
    columns = list(frame.columns)
    if not set(columns) <= set(other.columns) or frame is other:
        return False
    keys = other[columns].drop_duplicates()
    return bool(frame[columns].merge(keys, on=columns, how="left", indicator=True)["_merge"].eq("both").all())


def chart_frame(chart: alt.TopLevelMixin) -> pd.DataFrame:
    """The chart's data in one table: its layers' frames stacked, leaving out empty ones and ones that repeat another.

    Columns keep their core names unless the chart titles them (tooltip titles first, then axis and
    legend titles), in which case they carry the title shown, in the page's language.
    """
    frames: list[pd.DataFrame] = []
    for frame in _frames(chart):
        if len(frame) and not any(frame is seen for seen in frames):
            frames.append(frame)
    kept = [f for f in frames if not any(_repeats(f, other) for other in frames)]
    if not kept:
        return pd.DataFrame()
    table = pd.concat(kept, ignore_index=True, sort=False) if len(kept) > 1 else kept[0].reset_index(drop=True)
    return table.rename(columns=_shown_names(chart.to_dict(), list(table.columns)))


def _titled_fields(node, in_tooltip: bool = False) -> Iterator[tuple[bool, str, str]]:
    """(from a tooltip, field, title) for every encoding in a Vega-Lite spec that titles a field."""
    if isinstance(node, dict):
        field, title = node.get("field"), node.get("title")
        if isinstance(field, str) and isinstance(title, str) and title:
            yield in_tooltip, field, title
        for key, value in node.items():
            if key not in ("datasets", "data", "config"):
                yield from _titled_fields(value, in_tooltip or key == "tooltip")
    elif isinstance(node, list):
        for item in node:
            yield from _titled_fields(item, in_tooltip)


def _shown_names(spec: dict, columns: list[str]) -> dict[str, str]:
    """Column → the title the chart shows for it; a title two columns share goes to the first that claims it."""
    found = sorted(_titled_fields(spec), key=lambda item: not item[0])  # tooltip titles name a value most exactly
    names: dict[str, str] = {}
    for _, field, title in found:
        if field in columns and field not in names and title not in names.values() and title not in columns:
            names[field] = title
    return names


def chart_csv(chart: alt.TopLevelMixin) -> bytes:
    return chart_frame(chart).to_csv(index=False).encode(CSV_ENCODING)


def file_name(name: str, extension: str, language: str) -> str:
    """An ASCII file name that says what the chart is and in which language: rnn-lab_training_loss_ko.svg."""
    if not _NAME.match(name):
        raise ValueError(f"a chart's file name part must be lowercase ASCII words joined by _ or -: {name!r}")
    return f"rnn-lab_{name}_{language}.{extension}"


def show_chart(chart: alt.TopLevelMixin, name: str, *, title: str | None = None, container=st) -> None:
    """Draw `chart` at its column's width, then its row of downloads (`download_row`).

    `name` is ASCII and unique on its page (it names the files and the buttons' keys); `title` is the
    heading the page shows above the chart, for the image files; `container` is where both go (a
    column, or `st`).
    """
    container.altair_chart(chart, width="stretch")
    download_row(chart, name, title=title, container=container)


def download_row(chart, name: str, *, title: str | None = None, container=st) -> None:
    """A right-aligned row of small buttons: SVG, PNG 2×, CSV (keys `export.<name>.<kind>`), each built on click.

    `chart` is an Altair chart, or a function that makes one: a page that draws a prebuilt Vega-Lite
    spec (the training page's loss curve) passes the builder, called on a click only.
    """
    language = current()
    make = chart if callable(chart) and not isinstance(chart, alt.TopLevelMixin) else (lambda: chart)
    row = container.container(horizontal=True, horizontal_alignment="right", gap="small", key=f"export.{name}")
    downloads = (
        ("svg", "image/svg+xml", lambda: chart_svg(make(), title)),
        ("png", "image/png", lambda: chart_png(make(), title)),
        ("csv", "text/csv", lambda: chart_csv(make())),
    )
    for kind, mime, build in downloads:
        row.download_button(
            t(f"export.{kind}"),
            data=build,  # called on the click only
            file_name=file_name(name, kind, language),
            mime=mime,
            key=f"export.{name}.{kind}",
            help=t(f"export.{kind}_help"),
            on_click="ignore",  # a download changes nothing on the page: no rerun
            type="tertiary",
            icon=":material/download:",
        )
