"""Small pieces every page draws the same way: its title, a "what to notice" line, a placeholder."""

from __future__ import annotations

import contextlib
import threading

import streamlit as st

from ui.i18n import t

_frame = threading.local()


@contextlib.contextmanager
def inside_frame():
    """Mark the current script run as going through app.py (the frame wraps `page.run()` in this)."""
    _frame.active = True
    try:
        yield
    finally:
        _frame.active = False


def require_frame() -> None:
    """Make sure the page runs inside app.py's frame, even on a server that has just started.

    Until `st.navigation` has run once in a server process, Streamlit treats a `pages/` folder
    the old way and runs a page file on its own when a link points straight at it: no language
    switch, no navigation of ours. When a page finds itself outside the frame, it switches that
    old mode off and reruns; the rerun goes through app.py, which finds the page by its URL path.
    """
    if getattr(_frame, "active", False):
        return
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # pragma: no cover - a Streamlit without the old mode
        return
    PagesManager.uses_pages_directory = False
    st.rerun()


def page_header(title_key: str, intro_key: str | None = None) -> None:
    """The page's title and intro; first call on every page, so it also checks the frame is there."""
    require_frame()
    from ui.theme import presenter_requested  # ui.theme reads the frame's settings; imported when drawn

    if not (intro_key and presenter_requested()):
        st.title(t(title_key))
        if intro_key:
            st.markdown(t(intro_key))
        return
    # On a projector the controls and their picture come first (the teacher says what the page is
    # for): the intro waits behind a button beside the title, taking no line of its own.
    title, about = st.columns([4, 1], vertical_alignment="bottom")
    title.title(t(title_key))
    with about.popover(t("common.about_page"), width="stretch"):
        st.markdown(t(intro_key))


def notice(text_key: str, **values) -> None:
    """The one- or two-line takeaway printed under a visual."""
    st.caption(f"👀 **{t('common.notice')}:** " + t(text_key, **values))


def coming_next() -> None:
    st.info(t("common.coming_next"), icon="🚧")
