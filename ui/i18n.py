"""The two languages: which one a visitor sees, and `t()` to look a string up in the catalog."""

from __future__ import annotations

import streamlit as st

from rnn_core.settings import MAX_ECHO, Problem
from ui.catalog import CATALOG

LANGUAGES = ("ko", "en")
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}
STATE_KEY = "lang"  # the chosen language; a plain state key, so no widget clean-up can drop it
_SWITCH_KEY = "_lang_switch"


def resolve_language(url_value: str | None, browser_locale: str | None) -> str:
    """`?lang=` wins when it names a language we have; otherwise Korean browsers get Korean."""
    if url_value:
        wanted = url_value.strip().lower()
        if wanted in LANGUAGES:
            return wanted
    if browser_locale and browser_locale.strip().lower().startswith("ko"):
        return "ko"
    return "en"


def init_language() -> str:
    """Settle the language once per session, before any widget reads it."""
    if STATE_KEY not in st.session_state:
        locale = getattr(st.context, "locale", None)
        asked = st.query_params.get("lang")
        st.session_state[STATE_KEY] = resolve_language(asked, locale)
        if asked is not None and asked.strip().lower() not in LANGUAGES:
            st.session_state.setdefault("_url_problems.frame", []).append(
                Problem("lang", asked[:MAX_ECHO], "not_a_choice", current(), {"choices": LANGUAGES})
            )
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
