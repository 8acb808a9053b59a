"""The "Notebook (.ipynb)" button each page offers: its view as a Jupyter notebook (rnn_core/notebook.py).

The notebook is built only when the button is clicked (Streamlit runs the callable then), so
drawing the page costs nothing; its texts are read in the page's language when the button is drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import nbformat
import streamlit as st

from rnn_core.notebook import PAGE_TEXTS, notebook_bytes
from ui.catalog import CATALOG
from ui.i18n import current, t


def notebook_texts(page: str, language: str) -> dict[str, str]:
    """The templates a page's notebook needs, in `language`: the notebook's own and the page's it repeats."""
    prefixes = ("notebook.common.", f"notebook.{page}.")
    texts = {key: text[language] for key, text in CATALOG.items() if key.startswith(prefixes)}
    texts.update({key: CATALOG[key][language] for key in PAGE_TEXTS[page]})
    return texts


def _build(build: Callable[[dict], nbformat.NotebookNode], texts: dict) -> bytes:
    return notebook_bytes(build(texts))


def notebook_download(page: str, build: Callable[[dict], nbformat.NotebookNode], file_name: str) -> None:
    """A download button for the notebook `build(texts)` returns, built on click."""
    st.download_button(
        t("notebook.common.download"),
        data=functools.partial(_build, build, notebook_texts(page, current())),
        file_name=file_name,
        mime="application/x-ipynb+json",
        help=t("notebook.common.download_help"),
        on_click="ignore",  # a download changes nothing on the page: no rerun
        icon=":material/code:",
        key=f"{page}.notebook",
    )
