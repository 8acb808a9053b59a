"""requirements.txt alone (what Streamlit Community Cloud installs) resolves in a fresh venv and covers every import.

A dry run resolves the full dependency set against the package index exactly as an install
would, without the minute it takes to unpack TensorFlow; the report then has to contain a
distribution for every third-party module the app's code imports.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP_CODE = ["app.py", "pages", "ui", "rnn_core"]
# Import name -> the distributions that provide it (tensorflow-cpu on Linux/Windows, tensorflow on macOS).
PROVIDERS = {
    "streamlit": {"streamlit"},
    "tensorflow": {"tensorflow-cpu", "tensorflow"},
    "keras": {"keras"},
    "numpy": {"numpy"},
    "pandas": {"pandas"},
    "altair": {"altair"},
    "segno": {"segno"},
    "nbformat": {"nbformat"},
    "vl_convert": {"vl-convert-python"},
}


def _third_party_imports() -> set[str]:
    local = {"app", "pages", "ui", "rnn_core"}
    names = set()
    for entry in APP_CODE:
        path = ROOT / entry
        for file in [path] if path.is_file() else path.rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return {n for n in names if n not in local and n not in sys.stdlib_module_names}


def test_every_import_has_a_known_provider():
    assert _third_party_imports() <= set(PROVIDERS), _third_party_imports() - set(PROVIDERS)


@pytest.mark.network
def test_requirements_resolve_alone_in_a_fresh_virtual_environment(tmp_path):
    shutil.copy(ROOT / "requirements.txt", tmp_path / "requirements.txt")
    venv.create(tmp_path / "venv", with_pip=True)
    python = tmp_path / "venv" / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    report = tmp_path / "report.json"
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed"]
        + ["--report", str(report), "-r", "requirements.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    installs = json.loads(report.read_text())["install"]
    resolved = {item["metadata"]["name"].lower().replace("_", "-") for item in installs}
    for module in _third_party_imports():
        assert PROVIDERS[module] & resolved, f"nothing in requirements.txt provides `import {module}`"
