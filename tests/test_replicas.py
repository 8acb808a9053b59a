"""A large class on replicas: the Dockerfile's command ×3 behind HAProxy (compose's template), one replica killed.

Runs deploy/loopback_proof.py at CI's scale: 3 replicas on loopback ports, 60 protocol-level
sessions with their own settings and few epochs. Skips where Debian's `haproxy` is not installed
(`.ci/run` installs it).
"""

from __future__ import annotations

import shutil
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from deploy.haproxy_config import render
from deploy.loopback_proof import dockerfile_command, prove

needs_haproxy = pytest.mark.skipif(
    shutil.which("haproxy") is None, reason="Debian's haproxy is not installed (apt-get install haproxy)"
)


def test_the_proof_runs_the_image_command():
    """The replicas run the Dockerfile's CMD with its ENV: the app, headless, on port 8501 in the image."""
    command, env = dockerfile_command()
    assert command[:4] == ["python", "-m", "streamlit", "run"] and command[4] == "app.py"
    assert env["STREAMLIT_SERVER_PORT"] == "8501" and env["STREAMLIT_SERVER_HEADLESS"] == "true"


def test_compose_and_loopback_share_the_template_but_not_the_servers():
    compose = render(compose_slots=20)
    loopback = render(["127.0.0.1:9001", "127.0.0.1:9002"], bind="127.0.0.1:9000", stats_socket="/tmp/s.sock")
    for config in (compose, loopback):
        assert "cookie RNNLAB insert indirect nocache dynamic" in config  # sticky sessions
        assert "/_stcore/health" in config and "timeout tunnel" in config  # health checks, websockets held open
        assert "@" not in config.replace("%[srv_name]", "")  # every placeholder filled
    assert "server-template app 1-20 app:8501" in compose and "server replica2 127.0.0.1:9002 check" in loopback


@pytest.mark.slow
@needs_haproxy
def test_a_class_through_haproxy_survives_a_killed_replica():
    # In a thread of its own: the browser tests' Playwright keeps an event loop running in this one, and the
    # proof drives its 60 protocol sessions with asyncio.run.
    with ThreadPoolExecutor(max_workers=1) as worker:
        proof = worker.submit(prove, replica_count=3, student_count=60, epochs=2, timeout=200).result()
    print(proof.summary())
    assert proof.problems == []
    first = Counter(s.replicas[0] for s in proof.students)
    assert set(first) == {"replica1", "replica2", "replica3"}  # spread over every replica
    rescued = [s for s in proof.students if s.replicas[0] == proof.killed and s.reconnected and s.result]
    assert rescued and all(proof.killed not in s.replicas[1:] for s in rescued)
    assert all(s.result and not s.error for s in proof.students)
