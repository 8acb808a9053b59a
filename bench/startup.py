"""Start-up: time from a healthy server to the overview rendered in headless Chromium.

The overview must not wait for TensorFlow. This starts `streamlit run app.py`, waits for its
health endpoint, then opens `/` in a fresh tab three times (the first is the cold visit) and
prints when the DOM arrived, when the title showed, and when the script run finished. A static
page served by Python's http.server is timed the same way, as the browser's own floor. Then it
times the first visit to a model page on that server (after the background TensorFlow warm-up)
against the same visit on a fresh server, where the page has to import TensorFlow itself.

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import contextlib
import http.server
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.support import IDLE, free_port, launch_browser, running_app  # noqa: E402


def _static_server():
    port = free_port()

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # the benchmark prints its own table
            pass

    handler = QuietHandler
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


MODEL_PAGE = "/parameters?lang=en"  # the lightest page that needs TensorFlow
WARM_UP_PAUSE = 8.0  # 2 s of quiet before the warm-up starts, then the import (about 3 s here) with slack


def _time_to_idle(browser, url: str) -> float:
    start = time.monotonic()
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    seconds = time.monotonic() - start
    page.close()
    return seconds


def main() -> None:
    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        warm = browser.new_page()
        warm.goto("about:blank")
        server, static_url = _static_server()
        static_times = []
        for _ in range(3):
            start = time.monotonic()
            page = browser.new_page()
            page.goto(static_url)
            static_times.append(time.monotonic() - start)
            page.close()
        server.shutdown()
        rows = []
        with running_app() as (base, _process):
            for visit in range(3):
                start = time.monotonic()
                page = browser.new_page()
                page.goto(base + "/?lang=en", wait_until="domcontentloaded")
                dom = time.monotonic() - start
                page.wait_for_selector("h1", timeout=60_000)
                title = time.monotonic() - start
                page.wait_for_selector(IDLE, timeout=60_000)
                idle = time.monotonic() - start
                rows.append((visit, dom, title, idle))
                page.close()
            # The warm-up imports TensorFlow once pages have been quiet for 2 s; give it that and the import.
            time.sleep(WARM_UP_PAUSE)
            model_page = {"after the warm-up": _time_to_idle(browser, base + MODEL_PAGE)}
        with running_app() as (base, _process):
            model_page["fresh server, no warm-up"] = _time_to_idle(browser, base + MODEL_PAGE)
        with contextlib.suppress(Exception):
            browser.close()
    print(f"static page floor (new tab + load): {min(static_times):.2f} s best of 3")
    print("visit  dom_loaded  title_shown  script_done   (seconds from a healthy server / a new tab)")
    for visit, dom, title, idle in rows:
        label = "cold" if visit == 0 else "warm"
        print(f"{label:5}  {dom:10.2f}  {title:11.2f}  {idle:11.2f}")
    print(f"cold title / static floor ratio: {rows[0][2] / min(static_times):.1f}x")
    print(f"first visit to {MODEL_PAGE} until its script run is done:")
    for label, seconds in model_page.items():
        print(f"  {label:26} {seconds:6.2f} s")
    saved = model_page["fresh server, no warm-up"] / model_page["after the warm-up"]
    print(f"warm-up speed-up on the first model page: {saved:.1f}x")


if __name__ == "__main__":
    main()
