"""The house rules that keep the layout honest: rnn_core stays free of Streamlit."""

import ast
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
