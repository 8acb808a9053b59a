"""Memory: the server's resident memory while every page runs its default experiment, then 100 trainings.

Starts `streamlit run app.py`, opens each page in headless Chromium (the training page with
`run=1`, so it trains), then opens the training page 100 times with varied settings, one after
another in fresh tabs. It reads the server process's VmRSS and VmHWM (peak) from /proc and
prints them after each stage, with the growth across the 100 runs. Targets (issue 6): peak under
1 GB, growth under 100 MB.

    .venv/bin/python bench/memory.py            # 100 training runs
    .venv/bin/python bench/memory.py --runs 20  # quicker look
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.support import exceptions, launch_browser, running_app, wait_idle  # noqa: E402

ACTIVATIONS = ("tanh", "relu", "sigmoid")
CELLS = ("simplernn", "lstm", "gru")


def memory_mb(pid: int) -> tuple[float, float]:
    """(current resident, peak resident) of a process in MB, from /proc/<pid>/status."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def training_url(base: str, run: int) -> str:
    # Vary everything the cache keys on, so every run is a new model, never a cache hit.
    activation = ACTIVATIONS[run % 3]
    cell = CELLS[(run // 3) % 3]
    units = 8 + (run % 5) * 4
    return (
        f"{base}/training?lang=en&task=arith&cell={cell}&activation={activation}&units={units}"
        f"&window=3&samples=100&epochs=100&batch=32&lr=0.001&seed={run}&compare=0&run=1"
    )


def visit(browser, url: str) -> list[str]:
    page = browser.new_page()
    page.goto(url)
    wait_idle(page, timeout_ms=180_000)
    errors = exceptions(page)
    page.close()
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    with sync_playwright() as playwright, running_app() as (base, process):
        browser = launch_browser(playwright)
        pid = process.pid
        print(f"{'stage':38} {'rss MB':>8} {'peak MB':>8}")
        print(f"{'server started':38} {memory_mb(pid)[0]:8.0f} {memory_mb(pid)[1]:8.0f}")
        for path in ("/", "/structure", "/parameters", "/training?run=1", "/gradients", "/translate"):
            errors = visit(browser, base + path + ("&" if "?" in path else "?") + "lang=en")
            rss, peak = memory_mb(pid)
            label = "page " + path
            print(f"{label:38} {rss:8.0f} {peak:8.0f}" + (f"  EXCEPTION {errors}" if errors else ""))
        first_rss = None
        for run in range(args.runs):
            errors = visit(browser, training_url(base, run))
            rss, peak = memory_mb(pid)
            if first_rss is None:
                first_rss = rss
            if errors or run in (0, 9, 24, 49, 74) or run == args.runs - 1:
                label = f"training run {run + 1}"
                print(f"{label:38} {rss:8.0f} {peak:8.0f}" + (f"  EXCEPTION {errors}" if errors else ""))
        rss, peak = memory_mb(pid)
        print(f"peak resident: {peak:.0f} MB (target < 1024)")
        print(f"growth over runs 1..{args.runs}: {rss - first_rss:+.0f} MB (target < 100)")
        browser.close()


if __name__ == "__main__":
    main()
