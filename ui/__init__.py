"""Streamlit-side helpers shared by the pages: language, settings binding, charts and diagrams."""
