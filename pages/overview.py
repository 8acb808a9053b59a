"""Overview: what an RNN is, the path through the four pages, and a glossary of the words they use."""

from pathlib import Path

import streamlit as st

from ui.i18n import t
from ui.layout import page_header
from ui.quiz import quiz

ASSETS = Path(__file__).resolve().parents[1] / "assets"
PATH = ("structure", "parameters", "training", "gradients", "translate")
PICTURE_WORDS = ("loss", "epoch", "context")  # `{word}` in an SVG is drawn in the page's language
GLOSSARY = ("hidden_state", "time_step", "unrolling", "bptt", "vanishing", "exploding", "lstm_gate")


def picture(name: str) -> str:
    """The path picture's SVG with its words in the page's language."""
    svg = (ASSETS / f"path_{name}.svg").read_text(encoding="utf-8")
    for word in PICTURE_WORDS:
        svg = svg.replace("{" + word + "}", t(f"overview.picture.{word}"))
    return svg


page_header("app.title", "app.tagline")
st.markdown(t("overview.what"))

st.subheader(t("overview.path"))
for column, name in zip(st.columns(len(PATH)), PATH, strict=True):
    with column, st.container(border=True):
        st.image(picture(name), width="stretch")
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
