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


def test_diagrams_grow_with_presenter_mode(monkeypatch):
    from ui import diagrams, theme

    for presenting in (False, True):
        monkeypatch.setattr(theme, "presenter_requested", lambda presenting=presenting: presenting)
        dot = diagrams.folded_dot("tanh")
        assert f"fontsize={round(diagrams.NODE_FONT * theme.presenter_scale())}," in dot


def _chart_font_sizes(page: str, **params) -> list:
    """The axis label font size in the spec of every chart `page` draws (None where Streamlit's theme decides)."""
    import json

    from tests.support import open_page

    app = open_page(page, **params)
    specs = [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]
    assert specs, page
    return [spec.get("config", {}).get("axis", {}).get("labelFontSize") for spec in specs]


def test_every_chart_follows_presenter_mode_without_its_builder_or_call_site_asking():
    from ui import theme

    larger = round(theme.CHART_FONT["label"] * theme.PRESENTER_SCALE)
    for page in ("pages/training.py", "pages/gradients.py"):
        assert set(_chart_font_sizes(page)) == {None}  # Streamlit's own chart look, untouched
        assert set(_chart_font_sizes(page, present="1")) == {larger}
