"""Start the real app on a loopback port and drive it with Debian's Chromium through Playwright."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from rnn_core.settings import to_query
from ui.catalog import CATALOG

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("RNN_LAB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# What Streamlit Community Cloud forces on every app it hosts.
HOSTED_FLAGS = ["--runner.fastReruns", "true", "--client.showErrorDetails", "false"]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def chromium_available() -> bool:
    return Path(CHROMIUM).exists()


def browser_marks():
    """The marks every browser test module starts its `pytestmark` with."""
    import pytest

    return [
        pytest.mark.browser,
        pytest.mark.skipif(not chromium_available(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(
    extra_flags: list[str] | None = None, timeout: float = 60.0, env: dict[str, str] | None = None, root: Path = ROOT
):
    """Yield the base URL of `streamlit run app.py` on a free loopback port (and its process); stop it after.

    `env` adds variables to the server's environment; `root` is the checkout whose app runs (this one by default).
    """
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        *(extra_flags or []),
    ]
    # The log goes to a file nobody has to drain: a pipe left unread blocks the server once it fills.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, cwd=root, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(base, timeout)
            yield base, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_healthy(base: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(base + "/_stcore/health", timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.1)
    raise TimeoutError(f"Streamlit did not become healthy at {base} in {timeout} s")


def launch_browser(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def wait_idle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the script has finished its run (Streamlit's own e2e tests wait the same way)."""
    page.wait_for_selector(IDLE, timeout=timeout_ms)
    # A rerun can start right after the first idle (query params written back, widgets settling).
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=timeout_ms)


def exceptions(page) -> list[str]:
    return [box.inner_text() for box in page.query_selector_all("[data-testid='stException']")]


# ----- driving a page the way a student does (shared by the browser tests) -----


def widget(page, key: str):
    """The element Streamlit draws for the widget with this key (it carries a `st-key-<key>` class)."""
    return page.locator(".st-key-" + re.sub(r"[^\w-]", "-", key))


def url_params(page) -> dict[str, str]:
    """The address bar's query parameters, decoded."""
    return dict(parse_qsl(urlsplit(page.url).query, keep_blank_values=True))


def settled(page) -> None:
    """The script run has finished and drew no exception box."""
    wait_idle(page)
    assert exceptions(page) == []


def open_view(page, url: str) -> None:
    page.goto(url)
    settled(page)


def type_into(page, key: str, value: str) -> None:
    """Type into a keyed text or number box and press Enter, which is what commits it in Streamlit."""
    box = widget(page, key).locator("input")
    box.fill(value)
    box.press("Enter")


# ----- reading the training page's status lines -----


def status_pattern(key: str, lang: str = "en") -> re.Pattern:
    """A catalog sentence as a regex: markdown marks dropped, every {placeholder} a named group."""
    template = CATALOG[key][lang].replace("**", "").replace("`", "")
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>\\S+)" for i, part in enumerate(parts))
    return re.compile(pattern + "$")


def training_url(base: str, settings, **extra: str) -> str:
    """The training page's link for `settings` (a TrainingSettings), in English, plus `extra` parameters."""
    return base + "/training?" + urlencode({**to_query(settings), "lang": "en", **extra})


def statuses(page, key: str, lang: str = "en") -> list[dict]:
    """The status lines of one kind on the page, each as its placeholders' values."""
    pattern = status_pattern(key, lang)
    found = [pattern.search(text.strip()) for text in page.get_by_test_id("stAlert").all_inner_texts()]
    return [match.groupdict() for match in found if match]
