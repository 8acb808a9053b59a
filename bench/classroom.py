"""Classroom: a dozen students open the training page at once, on one fresh server.

Starts `streamlit run app.py` and opens, all at the same moment, one headless Chromium session
per student on /training with `run=1`: ten with different settings (seed, activation, units,
cell), two with identical compare settings, and a latecomer who opens the pair's link once
their run is under way. It checks and prints, for every session:

- it finished, with no exception box;
- its status lines and its loss history (the page's CSV download, the data its chart draws) are
  the losses of ITS settings, computed again here with `rnn_core.training.train` after the
  browsers are done (the trainer is seeded and stateless, so a server run must match it);
- the identical pair show the same "trained in X s" figures for all three activations, and the
  latecomer shows figures longer than its own session has existed: one shared run, started
  before it asked, not a run of its own.

It prints the wall time, every session's time from opening the link to a finished page, and the
server's resident memory (VmRSS, and the peak VmHWM) from /proc. A failed check exits non-zero.

    .venv/bin/python bench/classroom.py                 # both flag sets, one after the other
    .venv/bin/python bench/classroom.py --flags hosted  # Community Cloud's settings only
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import math
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

from bench.memory import memory_mb  # noqa: E402
from rnn_core.models import ACTIVATIONS, CELLS  # noqa: E402
from rnn_core.training import TrainingSettings, train  # noqa: E402
from tests.browser.support import (  # noqa: E402
    HOSTED_FLAGS,
    IDLE,
    launch_browser,
    running_app,
    status_pattern,
    training_url,
)
from tests.browser.test_classroom import LABELS, LOSS_RTOL, shows_loss  # noqa: E402
from ui.catalog import CATALOG  # noqa: E402

FLAG_SETS = {"default": [], "hosted": HOSTED_FLAGS}
EPOCHS = 40  # modest: the point is many sessions at once, not long runs
STUDENTS = [
    TrainingSettings(
        activation=ACTIVATIONS[i % 3], units=6 + 3 * i, cell=CELLS[i // 4 % 3], epochs=EPOCHS, seed=100 + i
    )
    for i in range(10)
]
PAIR = TrainingSettings(units=12, epochs=EPOCHS, seed=7, compare=True)  # opened by two students at once
SESSION_TIMEOUT_MS = 900_000
FINISHED = status_pattern("training.status.finished")
COUNTING = re.compile(re.escape(CATALOG["training.progress"]["en"].split("{epoch}")[0]) + r"\d")  # "Epoch 5…"


@dataclasses.dataclass
class Session:
    name: str
    settings: TrainingSettings
    seconds: float = math.nan  # from opening the link to a finished page
    statuses: dict = dataclasses.field(default_factory=dict)  # activation → {"epochs", "seconds", "loss"}
    losses: pd.DataFrame | None = None
    exceptions: list = dataclasses.field(default_factory=list)
    error: str = ""


async def wait_idle(page) -> None:
    await page.wait_for_selector(IDLE, timeout=SESSION_TIMEOUT_MS)
    await page.wait_for_timeout(300)  # a rerun can follow the first idle (URL written back)
    await page.wait_for_selector(IDLE, timeout=SESSION_TIMEOUT_MS)


async def attend(browser, base: str, session: Session, opened: asyncio.Event | None = None) -> Session:
    """One student: open the link, wait for every status line, then read the results and the CSV."""
    context = await browser.new_context(locale="en-US", viewport={"width": 1300, "height": 900})
    page = await context.new_page()
    started = time.monotonic()
    try:
        await page.goto(training_url(base, session.settings, run="1"), wait_until="commit")
        if opened is not None:  # tell the latecomer once this session's runs have done some epochs (or ended)
            counting = page.get_by_test_id("stProgress").filter(has_text=COUNTING)
            await counting.or_(page.get_by_test_id("stAlert")).first.wait_for(timeout=SESSION_TIMEOUT_MS)
            opened.set()
        done = page.get_by_test_id("stAlert")
        await done.nth(len(session.settings.activations) - 1).wait_for(timeout=SESSION_TIMEOUT_MS)
        await wait_idle(page)
        session.seconds = time.monotonic() - started
        session.exceptions = [await box.inner_text() for box in await page.get_by_test_id("stException").all()]
        for text in await done.all_inner_texts():
            match = FINISHED.search(text.strip())
            if match:
                session.statuses[match["activation"]] = match.groupdict()
        async with page.expect_download() as download:
            await page.locator(".st-key-training-losses_csv button").click()
        session.losses = pd.read_csv(await (await download.value).path())
        await wait_idle(page)
        session.exceptions += [await box.inner_text() for box in await page.get_by_test_id("stException").all()]
    except Exception as error:  # report every student, even when one of them breaks
        session.error = f"{type(error).__name__}: {str(error).splitlines()[0]}"
    finally:
        if opened is not None:
            opened.set()  # never leave the latecomer waiting
        await context.close()
    return session


async def classroom(base: str) -> tuple[list[Session], float, Session]:
    async with async_playwright() as playwright:
        browser = await launch_browser(playwright)
        sessions = [Session(f"student {i + 1}", s) for i, s in enumerate(STUDENTS)]
        sessions += [Session("pair A", PAIR), Session("pair B", PAIR)]
        started = time.monotonic()
        pair_running = asyncio.Event()
        everyone = [attend(browser, base, s, pair_running if s.name == "pair A" else None) for s in sessions]

        async def latecomer() -> Session:
            await pair_running.wait()  # the pair's run is under way before the latecomer asks for it
            return await attend(browser, base, Session("latecomer", PAIR))

        *sessions, late = await asyncio.gather(*everyone, latecomer())
        wall = time.monotonic() - started
        await browser.close()
    return sessions, wall, late


def check(session: Session, reference: dict) -> list[str]:
    """What is wrong with one session's page, compared with the runs trained here."""
    if session.error:
        return [session.error]
    problems = [f"exception box: {text[:120]}" for text in session.exceptions]
    for activation in session.settings.activations:
        expected = reference[session.settings.for_activation(activation)]
        status = session.statuses.get(LABELS[activation])
        if status is None:
            problems.append(f"no finished status line for {activation}")
            continue
        if int(status["epochs"]) != expected.epochs_run or not shows_loss(status["loss"], expected.final_loss):
            problems.append(f"{activation}: page says {status}, this process trained {expected.final_loss:.6g}")
        shown = session.losses[session.losses["activation"] == activation]["loss"].to_numpy()
        if shown.shape != (expected.epochs_run,) or not np.allclose(shown, expected.losses, rtol=LOSS_RTOL, atol=0):
            problems.append(f"{activation}: the CSV's losses are not this session's run")
    return problems


def shared_run(pair: list[Session], late: Session) -> list[str]:
    """The pair and the latecomer show one set of runs: the same "trained in" figure for every activation.

    Each run measures its own seconds to 0.1 s; three separate runs per session agreeing on all
    three figures by chance is not a realistic outcome on a machine this noisy.
    """
    figures = [{a: s.statuses.get(LABELS[a], {}).get("seconds") for a in PAIR.activations} for s in [*pair, late]]
    if None in figures[0].values() or not figures[0] == figures[1] == figures[2]:
        return [f"'trained in' figures differ: {figures}"]
    return []


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_pass(flag_set: str) -> list[str]:
    print(f"\n== flags: {flag_set} {' '.join(FLAG_SETS[flag_set]) or '(Streamlit defaults)'}")
    load = os.getloadavg()[0]
    with running_app(FLAG_SETS[flag_set]) as (base, process):
        before, cpu = memory_mb(process.pid), cpu_seconds(process.pid)
        sessions, wall, late = asyncio.run(classroom(base))
        after, cpu = memory_mb(process.pid), cpu_seconds(process.pid) - cpu
    print(f"{len(sessions) + 1} sessions ({len(sessions)} at once, 1 late): wall {wall:.1f} s")
    print(f"server memory: {before[0]:.0f} MB at start, {after[0]:.0f} MB at the end, peak {after[1]:.0f} MB")
    print(f"server CPU: {cpu:.0f} s over the wall time ({cpu / wall:.2f} cores); the browsers share the same 2 cores")
    print(f"machine load average (1 min): {load:.1f} before, {os.getloadavg()[0]:.1f} after (other work included)")

    started = time.perf_counter()
    wanted = {s.settings.for_activation(a) for s in [*sessions, late] for a in s.settings.activations}
    reference = {settings: train(settings) for settings in wanted}
    print(f"reference: {len(reference)} runs trained in this process in {time.perf_counter() - started:.1f} s")

    problems = []
    print(f"{'session':11} {'settings':34} {'open→done s':>11} {'trained in s':>14}  final loss (page)  check")
    for session in [*sessions, late]:
        s = session.settings
        label = f"{s.cell} {'compare' if s.compare else s.activation} u={s.units} seed={s.seed}"
        found = check(session, reference)
        problems += [f"{session.name}: {p}" for p in found]
        trained = "/".join(v["seconds"] for v in session.statuses.values()) or "-"
        losses = "/".join(v["loss"] for v in session.statuses.values()) or "-"
        print(
            f"{session.name:11} {label:34} {session.seconds:11.1f} {trained:>14}  {losses:17} "
            f"{'ok' if not found else 'FAIL: ' + '; '.join(found)}"
        )
    pair = [s for s in sessions if s.name.startswith("pair")]
    shared = shared_run(pair, late)
    problems += shared
    print("identical settings shared one run:", "yes" if not shared else "NO: " + "; ".join(shared))
    if not late.error and late.statuses:
        # A run of its own could not report more seconds than the latecomer's session has existed.
        longest = max(float(status["seconds"]) for status in late.statuses.values())
        print(f"latecomer: open {late.seconds:.1f} s, shown runs took up to {longest:.1f} s", end="")
        print(" (older than the session: joined a run already going)" if longest > late.seconds else "")
    return [f"[{flag_set}] {p}" for p in problems]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--flags", choices=[*FLAG_SETS, "both"], default="both")
    args = parser.parse_args()
    chosen = list(FLAG_SETS) if args.flags == "both" else [args.flags]
    problems = [problem for flag_set in chosen for problem in run_pass(flag_set)]
    print("\nall checks passed" if not problems else "\nFAILED:\n  " + "\n  ".join(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
