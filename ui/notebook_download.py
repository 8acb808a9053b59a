"""The "Notebook (.ipynb)" button each page offers: its view as a Jupyter notebook (rnn_core/notebook.py).

The notebook is built only when the button is clicked (Streamlit runs the callable then), so
drawing the page costs nothing; its texts are read in the page's language when the button is drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import nbformat
import streamlit as st

from rnn_core.data import CUSTOM, series_for
from rnn_core.gradients import GradientSettings
from rnn_core.notebook import PAGE_TEXTS, gradients_notebook, notebook_bytes, parameters_notebook, training_notebook
from rnn_core.parameters import ParameterSettings
from rnn_core.training import TrainingSettings
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


def page_final_losses(settings: TrainingSettings, view) -> dict[str, float] | None:
    """The final loss per activation of the run the page shows, if it ran these settings to the end (or diverged).

    A stopped run ended early, and a run of other settings is not what the notebook trains: neither is quoted.
    """
    results = getattr(view, "results", None)
    if not results or view.request != settings:
        return None
    if any(result.status not in ("finished", "diverged") for result in results.values()):
        return None
    return {activation: result.final_loss for activation, result in results.items()}


def training_notebook_button(settings: TrainingSettings, view=None) -> None:
    """The training page's settings as a notebook; with the final losses of the run shown, if it is of these settings.

    For the student's own values the notebook embeds the series the page trains on (their first
    samples + window values), so it rebuilds the same windows and scaler.
    """
    values = series_for(settings) if settings.task == CUSTOM else None
    page_losses = page_final_losses(settings, view)
    which = "compare" if settings.compare else settings.activation
    build = functools.partial(training_notebook, settings, values=values, page_losses=page_losses)
    notebook_download("training", build, f"rnn_lab_training_{settings.cell}_{which}.ipynb")


def parameters_notebook_button(settings: ParameterSettings) -> None:
    build = functools.partial(parameters_notebook, settings)
    notebook_download("parameters", build, f"rnn_lab_parameters_{settings.cell}_{settings.units}.ipynb")


def gradients_notebook_button(settings: GradientSettings) -> None:
    """Sections 1 and 2 of the gradients page (the feedback loop and gradients through time) as a notebook."""
    build = functools.partial(gradients_notebook, settings)
    notebook_download("gradients", build, f"rnn_lab_gradients_gain_{settings.gain:g}_steps_{settings.steps}.ipynb")
