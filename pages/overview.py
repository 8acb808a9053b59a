"""Overview: what an RNN is and the path through the four pages."""

import streamlit as st

from ui.i18n import t
from ui.layout import page_header

page_header("app.title", "app.tagline")
st.markdown(t("overview.what"))
st.subheader(t("overview.path"))
for name in ("structure", "parameters", "training", "gradients"):
    st.page_link(f"pages/{name}.py", label=t(f"nav.{name}"))
    st.caption(t(f"overview.path.{name}"))
