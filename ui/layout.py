"""Small pieces every page draws the same way: its title, a "what to notice" line, a placeholder."""

from __future__ import annotations

import streamlit as st

from ui.i18n import t


def page_header(title_key: str, intro_key: str | None = None) -> None:
    st.title(t(title_key))
    if intro_key:
        st.markdown(t(intro_key))


def notice(text_key: str, **values) -> None:
    """The one- or two-line takeaway printed under a visual."""
    st.caption(f"👀 **{t('common.notice')}:** " + t(text_key, **values))


def coming_next() -> None:
    st.info(t("common.coming_next"), icon="🚧")
