"""Share and download: a link that reproduces the view (with a QR code for phones), and a page's data as CSV."""

from __future__ import annotations

import io
from urllib.parse import urlencode

import pandas as pd
import segno
import streamlit as st

from ui.i18n import t
from ui.lessons import PAGES
from ui.teacher_view import PARAM as HIDE
from ui.teacher_view import hide_query


def qr_png(link: str) -> bytes | None:
    """The link as a QR code (PNG), for a student to open the teacher's view on a phone; None if it cannot hold it."""
    try:
        code = segno.make(link, error="m")
    except segno.DataOverflowError:  # a very long link (a long typed sequence, say) fits no QR code
        return None
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=4, border=2)
    return buffer.getvalue()


def share_link(path: str) -> None:
    """A popover with the full address of the current view, Streamlit's own copy button, and a QR code."""
    base = ""
    url = getattr(st.context, "url", None)
    if url:
        base = url.split("?")[0].rstrip("/")
        if path and base.endswith("/" + path):
            base = base[: -len(path) - 1]
    with st.popover(t("share.button"), icon=":material/link:"):
        # "Make a link for this view": the teacher ticks what the students' link leaves out.
        hide_controls = st.checkbox(t("share.hide_controls"), key=f"share.{path}.hide_controls")
        sections = PAGES.get(path, (None, ()))[1]
        hidden_sections = (
            st.multiselect(
                t("share.hide_sections"),
                sections,
                format_func=lambda name: t(f"{path}.section.{name}"),
                key=f"share.{path}.hide_sections",
            )
            if sections
            else []
        )
        params = {k: v for k, v in st.query_params.items() if k != HIDE}
        query = urlencode({**params, **hide_query(hide_controls, hidden_sections)})
        link = f"{base}/{path}?{query}" if path else f"{base}/?{query}"
        address, code = st.columns([3, 2], vertical_alignment="center")  # side by side; stacked on a phone
        address.caption(t("share.help"))
        address.code(link, language=None, wrap_lines=True)  # its copy button is kept visible by ui/theme.py
        picture = qr_png(link)
        if picture is None:
            code.caption(t("share.qr_too_long"))
        else:
            code.image(picture, caption=t("share.qr"), width=160)


def csv_download(frame: pd.DataFrame, file_name: str, key: str) -> None:
    st.download_button(
        t("share.csv"),
        data=frame.to_csv(index=False).encode("utf-8"),
        file_name=file_name,
        mime="text/csv",
        key=key,
        icon=":material/download:",
        on_click="ignore",  # a download changes nothing on the page: no rerun (which would redraw every chart)
    )
