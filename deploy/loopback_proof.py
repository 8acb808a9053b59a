"""Proof on this machine, without Docker: RNN Lab's replicas behind HAProxy, a class through it, one replica killed.

Starts `--replicas` copies of the app with the Dockerfile's own CMD and ENV (only the address and
port changed: 127.0.0.1 and a free port each), and Debian's HAProxy in front of them with the
configuration compose uses (deploy/haproxy.cfg.in through deploy/haproxy_config.py). Then
`--students` protocol-level sessions (bench/st_client.py, which keeps HAProxy's affinity cookie
like a browser) open /training through HAProxy, each with its own units, seed and epochs, and all
press Train together. Once every one has pressed, the replica serving the most unfinished
sessions is killed (SIGKILL). A session whose websocket closes reconnects with its cookie (HAProxy
redispatches it to a live replica), opens its page again and presses Train again (its run
restarts; nothing about a student is stored). It checks and prints:

- every session shows its own result (a status line with its own epochs; no two sessions with
  different settings show the same final loss), no exception box;
- sessions were spread over every replica (the `X-Replica` header HAProxy adds to the websocket's
  handshake, and the per-server session counts in HAProxy's stats CSV from its stats socket);
- how many sessions were on the killed replica and finished anyway on another;
- each replica's peak resident memory (VmHWM) and CPU time, the wall time.

    .venv/bin/python deploy/loopback_proof.py                    # 3 replicas, 60 students, 3-7 epochs
    .venv/bin/python deploy/loopback_proof.py --students 300 --replicas 4 --epochs 20

Every wait is bounded (`--timeout`); only 127.0.0.1 is used. Exits non-zero if a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import dataclasses
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from websockets.exceptions import InvalidStatus  # noqa: E402

from bench.classroom_protocol import TRAIN_BUTTON, cpu_seconds, results_shown  # noqa: E402
from bench.memory import memory_mb  # noqa: E402
from bench.st_client import StreamlitSession  # noqa: E402
from deploy.haproxy_config import render  # noqa: E402
from tests.browser.support import free_port, status_pattern  # noqa: E402

FINISHED = status_pattern("training.status.finished")
MAX_RECONNECTS = 3


def dockerfile_command(dockerfile: Path = ROOT / "Dockerfile") -> tuple[list[str], dict[str, str]]:
    """The image's CMD (exec form) and its ENV variables, read from the Dockerfile itself."""
    text = re.sub(r"\\\n", " ", dockerfile.read_text())
    command, env = None, {}
    for line in text.splitlines():
        if line.startswith("CMD "):
            command = json.loads(line[4:])
        elif line.startswith("ENV "):
            env.update(dict(pair.split("=", 1) for pair in line[4:].split()))
    if command is None:
        raise ValueError(f"no exec-form CMD in {dockerfile}")
    return command, env


@dataclasses.dataclass
class Student:
    index: int
    query: dict
    replicas: list = dataclasses.field(default_factory=list)  # the replica of each connection, in order
    result: str = ""  # the status line their page showed
    seconds: float = float("nan")  # from the first press of Train to the result
    error: str = ""
    trail: list = dataclasses.field(default_factory=list)  # what happened, for a failure's message

    @property
    def reconnected(self) -> bool:
        return len(self.replicas) > 1


@dataclasses.dataclass
class Replica:
    name: str
    port: int
    process: subprocess.Popen
    log: Path
    peak_mb: float = float("nan")
    cpu: float = float("nan")
    killed: bool = False


@dataclasses.dataclass
class Proof:
    students: list
    replicas: list
    stats: dict  # HAProxy's stats: server name → (status, total sessions)
    killed: str
    wall: float
    problems: list
    startup: float = float("nan")  # seconds until every replica and HAProxy were up
    class_wall: float = float("nan")  # seconds the class took, from opening the links to the last result

    def summary(self) -> str:
        first = Counter(s.replicas[0] for s in self.students if s.replicas)
        on_killed = [s for s in self.students if s.replicas and s.replicas[0] == self.killed]
        rescued = [s for s in on_killed if s.reconnected and s.result]
        lines = [
            f"{len(self.students)} sessions through HAProxy onto {len(self.replicas)} replicas; wall {self.wall:.1f} s "
            f"(start-up {self.startup:.1f} s, class {self.class_wall:.1f} s)",
            "sessions per replica (first connection): " + ", ".join(f"{k} {v}" for k, v in sorted(first.items())),
            "HAProxy stats (status, sessions): "
            + ", ".join(f"{k} {v[0]} {v[1]}" for k, v in sorted(self.stats.items())),
            f"killed {self.killed} mid-run: {len(on_killed)} sessions were on it, "
            f"{len(rescued)} reconnected and finished",
            f"finished with their own result: {sum(1 for s in self.students if s.result)}/{len(self.students)}",
        ]
        for r in self.replicas:
            lines.append(f"  {r.name}: peak RSS {r.peak_mb:.0f} MB, CPU {r.cpu:.1f} s{' (killed)' if r.killed else ''}")
        lines.append("all checks passed" if not self.problems else "FAILED:\n  " + "\n  ".join(self.problems))
        return "\n".join(lines)


def get(url: str, timeout: float = 2.0) -> int:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status


def wait_until(check, timeout: float, what: str) -> None:
    """Poll `check()` (bounded by `timeout`) until it is true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if check():
                return
        time.sleep(0.2)
    raise TimeoutError(f"{what} not within {timeout:.0f} s")


def haproxy_stats(sock: Path) -> dict[str, tuple[str, int]]:
    """`show stat` from HAProxy's stats socket: each backend server's status and total sessions."""
    with socket.socket(socket.AF_UNIX) as client:
        client.settimeout(5)
        client.connect(str(sock))
        client.sendall(b"show stat\n")
        data = b""
        while chunk := client.recv(65536):
            data += chunk
    rows = csv.DictReader(io.StringIO(data.decode().lstrip("# ")))
    return {
        row["svname"]: (row["status"], int(row["stot"] or 0))
        for row in rows
        if row["pxname"] == "replicas" and row["svname"] not in ("BACKEND", "FRONTEND")
    }


async def reconnect(tab: StreamlitSession, deadline: float) -> None:
    """Reconnect as the frontend does: again after a short, growing pause while the balancer answers with an error."""
    pause = 0.5
    await asyncio.sleep(pause)  # the frontend, too, waits a moment before it reconnects
    while True:
        try:
            return await tab.reconnect()
        except (OSError, InvalidStatus):
            if time.monotonic() + pause > deadline:
                raise
            await asyncio.sleep(pause)
            pause = min(2 * pause, 2.0)


async def attend(base: str, student: Student, ready: asyncio.Barrier, timeout: float) -> None:
    """Open the link through HAProxy, press Train with the others; on a lost replica reconnect and press again."""
    deadline = time.monotonic() + timeout
    tab = StreamlitSession(base, "training", urlencode(student.query))
    pressed = None
    try:
        await tab.__aenter__()
        student.replicas.append(tab.replica)
        for attempt in range(MAX_RECONNECTS + 1):
            try:
                await tab.until_idle(max(1.0, deadline - time.monotonic()))
                if pressed is None:
                    await ready.wait()
                    pressed = time.monotonic()
                await tab.click(TRAIN_BUTTON)
                await tab.wait_for(lambda tab: results_shown(tab) >= 1, max(1.0, deadline - time.monotonic()))
                break
            except ConnectionError:
                student.trail.append(f"closed at {time.monotonic() - pressed:.1f} s after Train")
                if attempt == MAX_RECONNECTS:
                    raise
                await reconnect(tab, deadline)
                student.replicas.append(tab.replica)
                student.trail.append(f"reconnected to {tab.replica} {tab.cookies}")
        student.seconds = time.monotonic() - pressed
        lines = [text.replace("**", "").replace("`", "").strip() for text in tab.texts("alert")]
        student.result = next((line for line in lines if FINISHED.search(line)), "")
        if not student.result:
            student.error = f"no 'trained' line: {lines}"
        if tab.exceptions:
            student.error = f"exception box: {tab.exceptions[0][:100]}"
    except TimeoutError:
        student.error = f"no result within {timeout:.0f} s; {student.trail}; running={tab.running} closed={tab.closed}"
    except Exception as error:  # every student is reported, even when one breaks
        student.error = f"{type(error).__name__}: {error}"
    finally:
        with contextlib.suppress(Exception):
            await tab.close()
    if student.error and pressed is None:
        await ready.abort()


PAGES = ("", "structure", "parameters", "training", "gradients", "translate")


async def visit_every_page(replicas: list[Replica], timeout: float) -> list[str]:
    """Open every page once on every replica (its own port), one after another: the memory a replica holds."""
    problems = []
    for r in replicas:
        for page in PAGES:
            try:
                async with StreamlitSession(f"http://127.0.0.1:{r.port}", page, "lang=en") as tab:
                    await tab.until_idle(timeout)
                    problems += [f"{r.name} /{page}: exception box {e[:80]}" for e in tab.exceptions]
            except Exception as error:
                problems.append(f"{r.name} /{page}: {type(error).__name__}: {error}")
    return problems


def kill_mid_run(students: list[Student], replicas: list[Replica]) -> str:
    """SIGKILL the replica with the most sessions still waiting for their result."""
    waiting = Counter(s.replicas[-1] for s in students if s.replicas and not s.result)
    name = waiting.most_common(1)[0][0] if waiting else replicas[0].name
    replica = next(r for r in replicas if r.name == name)
    replica.peak_mb = memory_mb(replica.process.pid)[1]
    replica.cpu = cpu_seconds(replica.process.pid)
    replica.process.send_signal(signal.SIGKILL)
    replica.killed = True
    return name


async def class_through(base, students, replicas, timeout) -> str:
    ready = asyncio.Barrier(len(students) + 1)  # the killer waits at the same barrier, last

    async def killer():
        with contextlib.suppress(asyncio.BrokenBarrierError, TimeoutError):
            await asyncio.wait_for(ready.wait(), timeout)  # every student has pressed Train
        await asyncio.sleep(0.3)  # the presses have reached their replicas; the runs are under way
        return kill_mid_run(students, replicas)

    *_, killed = await asyncio.gather(*(attend(base, s, ready, timeout) for s in students), killer())
    return killed


def check(students: list[Student], replicas: list[Replica], killed: str, stats: dict) -> list[str]:
    problems = [f"session {s.index} {s.query}: {s.error}" for s in students if s.error]
    for s in students:
        match = FINISHED.search(s.result)
        if s.result and match and match["epochs"] != s.query["epochs"]:
            problems.append(f"session {s.index} shows {match['epochs']} epochs, asked for {s.query['epochs']}")
    used = {s.replicas[0] for s in students if s.replicas}
    problems += [f"no session reached {r.name}" for r in replicas if r.name not in used]
    problems += [f"HAProxy counted no session on {r.name}" for r in replicas if stats.get(r.name, ("", 0))[1] == 0]
    rescued = [s for s in students if s.replicas and s.replicas[0] == killed and s.reconnected and s.result]
    if not rescued:
        problems.append(f"no session of the killed replica {killed} reconnected and finished")
    if any(r in (killed, "") for s in rescued for r in s.replicas[1:]):
        problems.append("a reconnected session was sent to the killed replica again")
    return problems + own_losses([*rescued[:3], *[s for s in students if s.result and not s.reconnected][:3]])


def own_losses(students: list[Student]) -> list[str]:
    """Train these students' settings again here: the final loss each page shows must be its own run's."""
    from rnn_core.training import TrainingSettings, train  # TensorFlow is loaded only for this check
    from tests.browser.test_classroom import shows_loss

    problems = []
    for s in students:
        settings = TrainingSettings(**{k: int(v) for k, v in s.query.items() if k != "lang"})
        expected = float(train(settings).losses[-1])
        shown = FINISHED.search(s.result)["loss"]
        if not shows_loss(shown, expected):
            problems.append(f"session {s.index} {s.query} shows final loss {shown}; its settings give {expected:.4g}")
    return problems


def prove(
    replica_count: int = 3, student_count: int = 60, epochs: int = 3, timeout: float = 240.0, every_page: bool = False
) -> Proof:
    """Run the whole proof and return what it found (see the module's docstring)."""
    haproxy = shutil.which("haproxy")
    if haproxy is None:
        raise FileNotFoundError("haproxy is not installed (Debian: apt-get install haproxy)")
    command, image_env = dockerfile_command()
    command = [sys.executable if part == "python" else part for part in command]
    folder = Path(tempfile.mkdtemp(prefix="rnn-lab-replicas-"))
    replicas: list[Replica] = []
    balancer = None
    started = time.monotonic()
    try:
        for i in range(1, replica_count + 1):
            port = free_port()
            env = {
                **os.environ,
                **image_env,
                "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
                "STREAMLIT_SERVER_PORT": str(port),
            }
            log = folder / f"replica{i}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
            replicas.append(Replica(f"replica{i}", port, process, log))
        for r in replicas:
            wait_until(
                lambda r=r: get(f"http://127.0.0.1:{r.port}/_stcore/health") == 200, timeout, f"{r.name} healthy"
            )

        front = free_port()
        sock = folder / "haproxy.sock"
        config = folder / "haproxy.cfg"
        servers = [f"127.0.0.1:{r.port}" for r in replicas]
        config.write_text(render(servers, bind=f"127.0.0.1:{front}", stats_socket=str(sock)))
        with (folder / "haproxy.log").open("wb") as out:
            balancer = subprocess.Popen([haproxy, "-db", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_until(
                lambda: (
                    balancer.poll() is None
                    and sock.exists()
                    and all(v[0] == "UP" for v in haproxy_stats(sock).values())
                ),
                30,
                "replicas UP",
            )
        except TimeoutError as error:
            raise TimeoutError(f"{error}; HAProxy said: {(folder / 'haproxy.log').read_text()[-2000:]}") from None
        base = f"http://127.0.0.1:{front}"
        page_problems = asyncio.run(visit_every_page(replicas, timeout)) if every_page else []
        ready_after = time.monotonic() - started

        students = [
            Student(i, {"units": str(4 + i % 60), "seed": str(1 + i), "epochs": str(epochs + i % 5), "lang": "en"})
            for i in range(student_count)
        ]
        killed = asyncio.run(class_through(base, students, replicas, timeout))
        class_wall = time.monotonic() - started - ready_after
        stats = haproxy_stats(sock)
        for r in replicas:
            if not r.killed:
                r.peak_mb, r.cpu = memory_mb(r.process.pid)[1], cpu_seconds(r.process.pid)
        problems = page_problems + check(students, replicas, killed, stats)
        return Proof(students, replicas, stats, killed, time.monotonic() - started, problems, ready_after, class_wall)
    finally:
        for process in [balancer, *(r.process for r in replicas)]:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--epochs", type=int, default=3, help="the first student's epochs; the others up to 4 more")
    parser.add_argument("--every-page", action="store_true", help="first open every page on every replica")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds the whole class may take")
    args = parser.parse_args()
    proof = prove(args.replicas, args.students, args.epochs, args.timeout, args.every_page)
    print(proof.summary())
    sys.exit(1 if proof.problems else 0)


if __name__ == "__main__":
    main()
