"""The two languages: which one a visitor sees, and `t()` to look a string up in the catalog."""

from __future__ import annotations

import streamlit as st

from rnn_core.settings import LANGUAGES
from ui.catalog import CATALOG

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}
STATE_KEY = "lang"  # the chosen language; a plain state key, so no widget clean-up can drop it
_SWITCH_KEY = "_lang_switch"


def browser_language(browser_locale: str | None) -> str:
    """Korean browsers get Korean, every other browser English."""
    return "ko" if browser_locale and browser_locale.strip().lower().startswith("ko") else "en"


def init_language(first: str) -> str:
    """Settle the language once per session (`first`: the frame settings' choice), before any widget reads it."""
    if STATE_KEY not in st.session_state:
        st.session_state[STATE_KEY] = first
    if st.query_params.get("lang") != current():
        st.query_params["lang"] = current()  # so a shared link opens in the same language
    return current()


def current() -> str:
    value = st.session_state.get(STATE_KEY)
    return value if value in LANGUAGES else "en"


def t(key: str, **values) -> str:
    """The catalog text for `key` in the current language, with `{placeholders}` filled in."""
    text = CATALOG[key][current()]
    return text.format(**values) if values else text


def _on_switch() -> None:
    choice = st.session_state.get(_SWITCH_KEY)
    if choice in LANGUAGES:
        st.session_state[STATE_KEY] = choice
        st.query_params["lang"] = choice
        # A keyed select box keeps its identity when its option labels change language, and the browser
        # keeps showing the old label of the chosen option. A value written from code is sent again
        # with the next run, in the new language. Only text values are written back: every select box's
        # value here is a text (task, cell, column, ...), and buttons or uploads refuse it.
        for key in list(st.session_state):
            value = st.session_state[key]
            if isinstance(key, str) and isinstance(value, str) and key not in (STATE_KEY, _SWITCH_KEY):
                st.session_state[key] = value


def language_switch() -> None:
    """Sidebar control; it only writes the language key, so every page's own widgets stay as they are."""
    st.session_state[_SWITCH_KEY] = current()
    st.sidebar.segmented_control(
        "🌐 " + t("common.language"),
        options=LANGUAGES,
        format_func=LANGUAGE_NAMES.get,
        key=_SWITCH_KEY,
        required=True,
        on_change=_on_switch,
    )
