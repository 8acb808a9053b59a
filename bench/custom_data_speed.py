"""Server time of "your sequence": reading a 1 MB CSV and building its preview, warm, against the 1 s budget.

The file is the largest the page accepts: 10,000 rows (the most values) of a timestamp and seven
numeric columns, just under 1 MB. Each step is what the page runs after an upload, in order: read
the file (rnn_core.custom_data.read_file), validate the chosen column into settings (which hashes
it), cut the windows, and build the preview (the series chart's Vega-Lite spec and the printed
windows). Pasting the same 10,000 values as text is timed beside it. Warm = the median of 5 runs
after one that loads the modules; the Chromium side of drawing is not included.

    .venv/bin/python bench/custom_data_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from rnn_core.custom_data import MAX_BYTES, MAX_VALUES, read_file, read_pasted  # noqa: E402
from rnn_core.data import dataset_for, preview_text, series_frame  # noqa: E402
from rnn_core.training import TrainingSettings  # noqa: E402
from ui.charts.training import series_chart  # noqa: E402

TITLES = {"step": "time step t", "value": "value"}
REPEATS = 5


def big_file() -> bytes:
    rng = np.random.default_rng(0)
    rows = ["time,temperature,humidity,pressure,wind,rain,sun,load"]
    for i in range(MAX_VALUES):
        cells = [f"{x:.6f}" for x in rng.normal([12, 60, 1013, 4, 1, 5, 300], [8, 15, 9, 2, 2, 3, 90])]
        rows.append(f"2001-01-01T{i // 60 % 24:02d}:{i % 60:02d}:00+09:00," + ",".join(cells))
    data = ("\n".join(rows) + "\n").encode()
    assert len(data) <= MAX_BYTES, len(data)
    return data


def upload_steps(data: bytes) -> dict[str, float]:
    times, started = {}, time.perf_counter()

    def mark(name):
        nonlocal started
        now = time.perf_counter()
        times[name] = now - started
        started = now

    table = read_file(data)
    mark("read_file (1 MB, 8 columns)")
    settings = TrainingSettings(task="custom", values=tuple(table.column("temperature")), samples=1000, window=3)
    mark("settings (validate + sha256)")
    dataset = dataset_for(settings)
    mark("windows")
    series_chart(series_frame(dataset), TITLES).to_dict()
    preview_text(dataset, 5)
    mark("preview (chart spec + print-out)")
    return times


def paste_steps(text: str) -> dict[str, float]:
    started = time.perf_counter()
    values = read_pasted(text)
    TrainingSettings(task="custom", values=tuple(values), samples=1000, window=3)
    return {"paste 10,000 values + settings": time.perf_counter() - started}


def main() -> None:
    data = big_file()
    text = ", ".join(f"{v:.6f}" for v in read_file(data).column("temperature"))
    upload_steps(data)
    paste_steps(text)  # warm-up: imports, Altair's schema
    uploads = [upload_steps(data) for _ in range(REPEATS)]
    pastes = [paste_steps(text) for _ in range(REPEATS)]
    print(f"file: {len(data):,} bytes, {MAX_VALUES:,} rows; median of {REPEATS} warm runs, budget 1 s")
    for name in uploads[0]:
        print(f"  {name:<36} {statistics.median(u[name] for u in uploads) * 1000:7.1f} ms")
    total = statistics.median(sum(u.values()) for u in uploads)
    print(f"  {'upload -> preview, total':<36} {total * 1000:7.1f} ms  ({total:.2f} of the 1 s budget)")
    for name in pastes[0]:
        print(f"  {name:<36} {statistics.median(p[name] for p in pastes) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
