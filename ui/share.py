"""Share and download: a link that reproduces the view, and a page's data as CSV."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from ui.i18n import t


def share_link(path: str) -> None:
    """A popover with the full address of the current view and Streamlit's own copy button."""
    base = ""
    url = getattr(st.context, "url", None)
    if url:
        base = url.split("?")[0].rstrip("/")
        if path and base.endswith("/" + path):
            base = base[: -len(path) - 1]
    query = urlencode(dict(st.query_params))
    link = f"{base}/{path}?{query}" if path else f"{base}/?{query}"
    with st.popover(t("share.button"), icon=":material/link:"):
        st.caption(t("share.help"))
        st.code(link, language=None, wrap_lines=True)


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
