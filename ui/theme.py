"""How the app looks on a projector and on a phone: presenter mode, its scale, and the page-wide CSS.

The only place with raw CSS. The CSS below is a constant written here, never built from anything
a user typed, which is why this module alone may pass `unsafe_allow_html`.

Presenter mode enlarges before layout, not after: a larger root font size (Streamlit sizes its
text in rem), `presenter_scale()` for the builders that set pixel sizes themselves (diagram fonts),
and an Altair theme that gives every chart its fonts at that scale (`chart_config()`). Charts then
fit their columns at the larger size, and the sidebar control that reopens navigation, language
and the presenter switch is never hidden.
"""

from __future__ import annotations

import altair as alt
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from ui.i18n import t
from ui.state import frame_settings

PRESENTER_SCALE = 1.25  # how much larger type, charts and diagrams are in presenter mode
# Font sizes in pixels at scale 1, for chart builders (Streamlit's own chart theme uses about these).
CHART_FONT = {"label": 12, "title": 13, "legend": 12, "heading": 15, "text": 11}

_STATE_KEY = "present"
_SWITCH_KEY = "_present_switch"

# Always on: what a phone (390 px) needs, and harmless on a wide screen.
_PAGE_CSS = """
<style>
/* A long equation scrolls inside its own box instead of running off the right edge. */
.katex-display { overflow-x: auto; overflow-y: hidden; padding: 0.2rem 0; }
/* A diagram shrinks to its column, keeping its proportions (its fonts are sized for this, see ui/diagrams.py). */
[data-testid="stGraphVizChart"] svg { max-width: 100%; height: auto; }
/* A gate diagram is wide (the memory line runs across it): shrunk to a phone it is unreadable, so below 640 px
   it keeps about three quarters of its natural size (text near 12 px) and scrolls sideways inside its own box. */
@media (max-width: 640px) {
  /* A phone fits most equations at a smaller size; a longer one still scrolls, and its box shows a scroll bar. */
  .katex-display { font-size: 0.8em; scrollbar-width: thin; }
  .st-key-gate_diagram [data-testid="stGraphVizChart"] { overflow-x: auto; }
  .st-key-gate_diagram [data-testid="stGraphVizChart"] svg { min-width: 820px; }
}
/* The share link's copy button shows without hovering (a phone cannot hover), beside the text, not over it. */
[data-testid="stPopoverBody"] [data-testid="stCode"] > div:has([data-testid="stElementToolbarButton"]) {
  opacity: 1; visibility: visible; pointer-events: auto;
}
[data-testid="stPopoverBody"] [data-testid="stCode"] pre { padding-right: 3rem; }
/* Streamlit leaves 6rem above a page's title; half of it clears the toolbar and gives the controls that room. */
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
</style>
"""

_PRESENTER_CSS = """
<style>
/* Streamlit sizes text in rem: a larger root font size enlarges all of it before anything is laid out. */
html { font-size: SCALE%; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding-top: 3rem; padding-left: 2rem; padding-right: 2rem; }
/* The title is already large at this root size; at Streamlit's 2.75rem it took a sixth of a 720 px projector. */
[data-testid="stMainBlockContainer"] h1 { font-size: 2rem; }
/* The deploy button and the coloured stripe are clutter on a projector. The toolbar stays: it holds
   the control that reopens the sidebar (navigation, language, this switch). */
[data-testid="stAppDeployButton"], [data-testid="stDecoration"] { display: none; }
/* The guided lesson's Back / Next and its question's buttons (Reveal) are read and pressed from the back row. */
.st-key-lesson_panel button { min-height: 3.2rem; }
.st-key-lesson_panel button p { font-size: 1.3rem; font-weight: 600; }
</style>
"""


def presenter_requested() -> bool:
    """True when `?present=1` asked for it or the sidebar toggle turned it on in this session."""
    if _STATE_KEY not in st.session_state:
        st.session_state[_STATE_KEY] = frame_settings().present
    return bool(st.session_state[_STATE_KEY])


def presenter_scale() -> float:
    """The factor chart and diagram builders multiply their pixel sizes by: 1 normally, larger on a projector."""
    return PRESENTER_SCALE if presenter_requested() else 1.0


def initial_sidebar_state() -> str:
    """Collapsed when the session's first address asked for presenter mode, else Streamlit's choice by width.

    Read from the first address only, so that turning the switch on later never folds the sidebar
    away from under the teacher's hand; the header's expand control reopens it at any time.
    """
    return "collapsed" if frame_settings().present else "auto"


def chart_config() -> dict:
    """Vega-Lite config for a chart drawn in this session: Streamlit's own look, its fonts larger in presenter mode.

    Empty at scale 1 (Streamlit's chart theme decides) and outside a script run (a test calling `.to_dict()`).
    """
    if get_script_run_ctx(suppress_warning=True) is None or presenter_scale() == 1.0:
        return {}
    label, title, legend, heading, text = (
        round(CHART_FONT[k] * presenter_scale()) for k in ("label", "title", "legend", "heading", "text")
    )
    return {
        "axis": {"labelFontSize": label, "titleFontSize": title},
        "header": {"labelFontSize": label, "titleFontSize": title},
        "legend": {"labelFontSize": legend, "titleFontSize": legend, "labelLimit": 0},
        "title": {"fontSize": heading},
        "text": {"fontSize": text},
    }


# One place for every chart: Altair reads the active theme each time a chart becomes a spec, which Streamlit
# does inside this session's script run, so `chart_config()` sees this session's presenter mode. No builder
# or call site has to remember it. (The theme is process-wide; its function reads the session each time.)
@alt.theme.register("rnn_lab", enable=True)
def _rnn_lab_theme() -> alt.theme.ThemeConfig:
    return {"config": chart_config()}


def _on_toggle() -> None:
    st.session_state[_STATE_KEY] = bool(st.session_state.get(_SWITCH_KEY))
    if st.session_state[_STATE_KEY]:
        st.query_params["present"] = "1"
    else:
        st.query_params.pop("present", None)


def presenter_switch() -> None:
    st.session_state[_SWITCH_KEY] = presenter_requested()
    st.sidebar.toggle(t("common.present"), key=_SWITCH_KEY, on_change=_on_toggle, help=t("common.present_help"))


def apply_page_style() -> None:
    """The page-wide CSS, plus presenter mode's when it is on."""
    st.html(_PAGE_CSS + (_PRESENTER_CSS.replace("SCALE%", f"{PRESENTER_SCALE:.0%}") if presenter_requested() else ""))
