"""Overview: what an RNN is, the path through the four pages, and a glossary of the words they use."""

from pathlib import Path

import streamlit as st

from ui.i18n import t
from ui.layout import page_header
from ui.quiz import quiz

ASSETS = Path(__file__).resolve().parents[1] / "assets"
PATH = ("structure", "parameters", "training", "gradients", "translate")
GLOSSARY = ("hidden_state", "time_step", "unrolling", "bptt", "vanishing", "exploding", "lstm_gate")

page_header("app.title", "app.tagline")
st.markdown(t("overview.what"))

st.subheader(t("overview.path"))
for column, name in zip(st.columns(len(PATH)), PATH, strict=True):
    with column, st.container(border=True):
        st.image(str(ASSETS / f"path_{name}.svg"), width="stretch")
        st.page_link(f"pages/{name}.py", label=t(f"nav.{name}"), icon=":material/arrow_forward:")
        st.caption(t(f"overview.path.{name}"))

st.subheader(t("overview.glossary"))
st.markdown("\n".join(f"- **{t(f'glossary.{g}')}**: {t(f'glossary.{g}.def')}" for g in GLOSSARY))

st.subheader(t("overview.check"))
quiz(
    "overview.same_weights",
    t("overview.q1"),
    ("same", "new"),
    "same",
    t("overview.q1.why"),
    format_func=lambda option: t(f"overview.q1.{option}"),
)
quiz(
    "overview.length",
    t("overview.q2"),
    ("fixed", "any"),
    "any",
    t("overview.q2.why"),
    format_func=lambda option: t(f"overview.q2.{option}"),
)
