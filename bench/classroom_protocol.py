"""A class of N students pressing Train at once, spoken in Streamlit's own protocol: OLD code beside NEW.

No browsers, as in a real class where the browsers are on the students' laptops: each student is
one `bench.st_client.StreamlitSession` (the websocket protocol the frontend speaks). For every
tree compared (an old git revision, checked out in a temporary worktree, and this working tree)
and every view (the default experiment; `compare=1`, three activations), it starts a fresh
`streamlit run app.py`, warms it up (one small run of its own, so TensorFlow is loaded and the
first import is not counted), then:

1. one student alone opens /training with their settings, presses Train and waits for the result;
2. N students open /training at once, each with the default experiment but their own units and
   seed (units 12, 13, …; seeds 1, 2, …), wait for their page, then all press Train together
   (a button trigger in the widget states) and wait until their page shows a status line for
   every activation of their run (trained, diverged or stopped).

It prints, per tree and view: time from pressing Train to the result (p50, p95, max), the
server's CPU time per student over the class (utime + stime from /proc/<pid>/stat, divided by N),
the server's peak resident memory (VmHWM), and for the student alone the time to result and the
server CPU it took. A session that shows an exception box, or no result within `--timeout`
seconds, is counted as failed and the bench exits non-zero.

    .venv/bin/python bench/classroom_protocol.py                       # OLD 9523c7d vs NEW, N=30, both views
    .venv/bin/python bench/classroom_protocol.py --old none -n 10      # this tree only, 10 students
    .venv/bin/python bench/classroom_protocol.py --old HEAD~3 --views compare
    .venv/bin/python bench/classroom_protocol.py --shared                # 30 students on one link
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.memory import memory_mb  # noqa: E402
from bench.st_client import StreamlitSession  # noqa: E402
from tests.browser.support import running_app, status_pattern  # noqa: E402

OLD_REVISION = "9523c7d"  # the code measured in issue 14: p50 32 s, p95 55 s, 2.3 s CPU per student
VIEWS = {"default": {}, "compare": {"compare": "true"}}
RESULT_LINES = [
    status_pattern(key)
    for key in (
        "training.status.finished",
        "training.status.diverged",
        "training.status.diverged_first",
        "training.status.stopped",
    )
]
TRAIN_BUTTON = "training.train"


@dataclasses.dataclass
class Student:
    query: dict  # the URL parameters of their link (their settings)
    activations: int  # status lines their result shows
    seconds: float = float("nan")  # from pressing Train to the result on their page
    error: str = ""


@dataclasses.dataclass
class Pass:
    tree: str
    view: str
    students: list
    cpu_per_student: float
    peak_mb: float
    alone_seconds: float
    alone_cpu: float
    wall: float

    @property
    def times(self) -> np.ndarray:
        return np.array([s.seconds for s in self.students if not s.error])

    @property
    def failed(self) -> list[str]:
        return [f"[{self.tree} {self.view}] units={s.query['units']}: {s.error}" for s in self.students if s.error]


def results_shown(tab: StreamlitSession) -> int:
    """How many status lines of a run's end (trained, diverged, stopped) the page shows."""
    lines = [text.replace("**", "").replace("`", "").strip() for text in tab.texts("alert")]
    return sum(1 for line in lines if any(pattern.search(line) for pattern in RESULT_LINES))


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process (all its threads) has used so far, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def attend(base: str, student: Student, ready: asyncio.Barrier, timeout: float) -> Student:
    """Open the student's link, wait with the others, press Train together, wait for the result."""
    try:
        async with StreamlitSession(base, "training", urlencode(student.query)) as tab:
            await tab.until_idle(timeout)
            await ready.wait()
            pressed = time.monotonic()
            await tab.click(TRAIN_BUTTON)
            shown = await tab.wait_for(lambda tab: results_shown(tab) >= student.activations, timeout)
            student.seconds = shown - pressed
            if tab.exceptions:
                student.error = f"exception box: {tab.exceptions[0][:100]}"
    except TimeoutError:
        student.error = f"no result within {timeout:.0f} s"
    except Exception as error:  # report every student, even when one breaks
        student.error = f"{type(error).__name__}: {error}"
    if student.error:
        await ready.abort()  # the others are not left waiting for a student who will never press Train
    return student


async def class_of(base: str, students: list[Student], timeout: float) -> None:
    ready = asyncio.Barrier(len(students))
    await asyncio.gather(*(attend(base, student, ready, timeout) for student in students))


def students_for(view: str, count: int, first_units: int = 12, shared: bool = False) -> list[Student]:
    """Students on the default experiment, each with their own units and seed (or all on one link)."""
    extra = VIEWS[view]
    runs = 3 if extra.get("compare") == "true" else 1
    return [
        Student(
            {"units": str(first_units + i * (not shared)), "seed": str(1 + i * (not shared)), "lang": "en", **extra},
            runs,
        )
        for i in range(count)
    ]


def measure(tree: str, root: Path, view: str, count: int, timeout: float, shared: bool = False) -> Pass:
    """One fresh server of `root`: warm-up, one student alone, then the class."""
    with running_app(root=root, timeout=120) as (base, process):
        warm_up = [Student({"units": "7", "seed": "999", "epochs": "5", "lang": "en"}, 1)]
        asyncio.run(class_of(base, warm_up, timeout))  # TensorFlow loaded, the page's modules imported

        alone = students_for(view, 1, first_units=50)
        cpu = cpu_seconds(process.pid)
        asyncio.run(class_of(base, alone, timeout))
        alone_cpu = cpu_seconds(process.pid) - cpu

        students = students_for(view, count, shared=shared)
        cpu, started = cpu_seconds(process.pid), time.monotonic()
        asyncio.run(class_of(base, students, timeout))
        wall, cpu = time.monotonic() - started, cpu_seconds(process.pid) - cpu
        peak = memory_mb(process.pid)[1]
    failed = [*warm_up, *alone]
    for student in failed:
        if student.error:
            students.append(student)  # reported with the class
    return Pass(tree, view, students, cpu / count, peak, alone[0].seconds, alone_cpu, wall)


@contextlib.contextmanager
def checkout(revision: str):
    """A temporary detached worktree of `revision`, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="rnn-lab-old-"))
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), revision], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)


def report(passes: list[Pass], count: int) -> None:
    print(f"\n{count} students press Train at once (time from the click to the result on their page)")
    header = f"{'view':8} {'tree':22} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'CPU/student s':>14} "
    print(header + f"{'peak RSS MB':>12} {'alone: s':>9} {'alone CPU s':>12} {'wall s':>7} ok")
    for p in passes:
        times = p.times
        p50, p95, top = (np.percentile(times, q) for q in (50, 95, 100)) if len(times) else (np.nan,) * 3
        print(
            f"{p.view:8} {p.tree:22} {p50:7.1f} {p95:7.1f} {top:7.1f} {p.cpu_per_student:14.2f} "
            f"{p.peak_mb:12.0f} {p.alone_seconds:9.2f} {p.alone_cpu:12.2f} {p.wall:7.1f} "
            f"{len(times)}/{len(p.students)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--students", type=int, default=30)
    parser.add_argument("--old", default=OLD_REVISION, help="git revision to compare with, or 'none'")
    parser.add_argument("--views", nargs="+", choices=list(VIEWS), default=list(VIEWS))
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds a session may wait for its result")
    parser.add_argument("--shared", action="store_true", help="every student opens the same link (one shared run)")
    args = parser.parse_args()

    print(f"machine load average (1 min) before: {os.getloadavg()[0]:.1f}; cores: {os.cpu_count()}")
    passes = []
    with contextlib.ExitStack() as stack:
        trees = []
        if args.old != "none":
            trees.append((f"OLD {args.old}", stack.enter_context(checkout(args.old))))
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        trees.append((f"NEW {head.stdout.strip()}+tree", ROOT))
        for view in args.views:
            for name, root in trees:
                passes.append(measure(name, root, view, args.students, args.timeout, args.shared))
                report(passes[-1:], args.students)
    report(passes, args.students)
    print(f"machine load average (1 min) after: {os.getloadavg()[0]:.1f} (other work on the machine included)")
    failed = [problem for p in passes for problem in p.failed]
    print("\nall sessions got their result" if not failed else "\nFAILED:\n  " + "\n  ".join(failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
