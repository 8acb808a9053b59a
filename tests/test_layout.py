"""The house rules that keep the layout honest: rnn_core stays free of Streamlit."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_rnn_core_never_imports_streamlit_or_ui():
    offenders = [p.name for p in (ROOT / "rnn_core").rglob("*.py") if _imports(p) & {"streamlit", "ui", "altair"}]
    assert offenders == []


def test_frame_and_overview_do_not_import_tensorflow_at_start_up():
    for relative in ("app.py", "pages/overview.py", "ui/i18n.py", "ui/state.py", "ui/layout.py"):
        assert not _imports(ROOT / relative) & {"tensorflow", "keras"}, relative


def test_no_user_text_is_rendered_as_html():
    # Raw HTML is allowed only for the app's own constant CSS, kept in ui/theme.py.
    for path in [*ROOT.glob("pages/*.py"), *ROOT.rglob("ui/*.py"), ROOT / "app.py"]:
        if path.name != "theme.py":
            source = path.read_text(encoding="utf-8")
            assert "unsafe_allow_html" not in source and "st.html(" not in source, path


def _app_sources():
    return [*ROOT.glob("pages/*.py"), *ROOT.rglob("ui/**/*.py"), ROOT / "app.py"]


def test_the_problems_key_and_the_echo_cut_each_live_in_one_place():
    # "_url_problems." is spelled once (ui/state.py); user text is cut for messages only by rnn_core.settings.shorten.
    spelled = [p.relative_to(ROOT).as_posix() for p in _app_sources() if '"_url_problems.' in p.read_text("utf-8")]
    assert spelled == ["ui/state.py"]
    cut = re.compile(r"MAX_ECHO|\[:[\w\s-]+\]\s*\+\s*\"…\"")  # the limit, or a slice ending in "…"
    assert [p.name for p in _app_sources() if cut.search(p.read_text("utf-8"))] == []


def test_charts_and_diagrams_grow_with_presenter_mode_and_legends_sit_below(monkeypatch):
    import altair as alt
    import pandas as pd

    from ui import diagrams, theme

    frame = pd.DataFrame({"x": [0, 1], "y": [1.0, 2.0], "series": ["a", "b"]})
    chart = alt.Chart(frame).mark_line().encode(x="x", y="y", color="series")
    sizes = {}
    for presenting in (False, True):
        monkeypatch.setattr(theme, "presenter_requested", lambda presenting=presenting: presenting)
        config = theme.style_chart(chart).to_dict()["config"]
        assert config["legend"]["orient"] == "bottom"
        sizes[presenting] = config["axis"]["labelFontSize"]
        dot = diagrams.folded_dot("tanh")
        assert f"fontsize={round(diagrams.NODE_FONT * theme.presenter_scale())}," in dot
    assert sizes[True] == round(sizes[False] * theme.PRESENTER_SCALE) > sizes[False]
