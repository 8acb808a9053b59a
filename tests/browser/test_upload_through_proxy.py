"""An upload through HAProxy reaches the replica that holds the student's session.

Streamlit keeps an uploaded file in the memory of the server whose session asked for it, and its
upload endpoint (`/_stcore/upload_file/<session>/<file>`) refuses a session it does not know. With
two replicas behind deploy/haproxy.cfg.in (round robin, affinity by the RNNLAB cookie), a student
who opens the page, uploads the temperatures CSV and sees it read has had the page, the websocket
and the upload served by one replica. HAProxy's own counters then show both replicas in use by two
students, so the round robin did spread them and the cookie is what kept each upload home.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from deploy.haproxy_config import render
from deploy.loopback_proof import haproxy_stats, wait_until
from tests.browser.support import browser_marks, free_port, open_view, running_app, settled
from tests.browser.test_own_data_in_browser import TEMPERATURES, choose_own_sequence, shown, upload

pytestmark = [
    *browser_marks(),
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("haproxy") is None, reason="Debian's haproxy is not installed"),
]


@contextlib.contextmanager
def proxy(servers: list[str]):
    """HAProxy with the deployment's template in front of `servers`; yields (its base URL, its stats socket)."""
    with tempfile.TemporaryDirectory(prefix="rnn-lab-upload-") as folder:
        front, sock, config = free_port(), Path(folder) / "haproxy.sock", Path(folder) / "haproxy.cfg"
        config.write_text(render(servers, bind=f"127.0.0.1:{front}", stats_socket=str(sock)))
        balancer = subprocess.Popen(
            [shutil.which("haproxy"), "-db", "-f", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        try:
            wait_until(
                lambda: sock.exists() and all(v[0] == "UP" for v in haproxy_stats(sock).values()), 30, "replicas UP"
            )
            yield f"http://127.0.0.1:{front}", sock
        finally:
            balancer.terminate()
            balancer.wait(timeout=10)


def test_two_students_uploads_each_reach_their_own_replica(browser):
    with running_app() as (first, _), running_app() as (second, _):  # noqa: SIM117 (the proxy needs both ports)
        with proxy([first.removeprefix("http://"), second.removeprefix("http://")]) as (base, sock):
            loaded = shown(
                "training.own.loaded_file", "en", count=240, name="monthly_temperatures.csv", column="temperature_c"
            )
            contexts = [browser.new_context(viewport={"width": 1300, "height": 900}) for _ in range(2)]
            try:
                for context in contexts:
                    page = context.new_page()
                    open_view(page, f"{base}/training?lang=en")
                    choose_own_sequence(page, "en")
                    upload(page, "monthly_temperatures.csv", TEMPERATURES.read_bytes())
                    expect(page.get_by_text(loaded)).to_be_visible()
                    settled(page)
                cookies = [c["value"] for context in contexts for c in context.cookies() if c["name"] == "RNNLAB"]
            finally:
                for context in contexts:
                    context.close()
            stats = haproxy_stats(sock)
    assert len(set(cookies)) == 2, cookies  # the two students were pinned to different replicas
    assert all(sessions > 0 for _, sessions in stats.values()), stats
