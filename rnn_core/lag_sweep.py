"""The default lag sweep: every model at every lag with the same budget, shipped as a CSV.

Training 5 models × 7 lags × 3 seeds takes minutes on a small server, too long for a page
to wait for, so the result is computed once by this module and kept in `lag_sweep.csv`
beside it. A test recomputes one point with the same code and checks it still matches.

Regenerate with:  .venv/bin/python -m rnn_core.lag_sweep
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from rnn_core.long_term import DEFAULT_BUDGET, MODEL_KINDS, TrainingBudget, lag_error

SWEEP_LAGS = (5, 10, 20, 35, 50, 70, 100)
SWEEP_SEEDS = (0, 1, 2)
SWEEP_UNITS = 20
SWEEP_PATH = Path(__file__).with_name("lag_sweep.csv")
COLUMNS = ["kind", "lag", "seed", "error"]


def run_sweep(
    kinds=MODEL_KINDS,
    lags=SWEEP_LAGS,
    seeds=SWEEP_SEEDS,
    units: int = SWEEP_UNITS,
    budget: TrainingBudget = DEFAULT_BUDGET,
    on_point: Callable[[dict], None] | None = None,
) -> pd.DataFrame:
    """Final test error (1 = forgot) of each model at each lag and seed; columns kind, lag, seed, error."""
    rows = []
    for lag in lags:
        for kind in kinds:
            for seed in seeds:
                row = {
                    "kind": kind,
                    "lag": lag,
                    "seed": seed,
                    "error": lag_error(kind, lag, units, budget=budget, seed=seed),
                }
                rows.append(row)
                if on_point is not None:
                    on_point(row)
    return pd.DataFrame(rows, columns=COLUMNS)


def load_sweep(path: Path = SWEEP_PATH) -> pd.DataFrame:
    """The shipped sweep; raises FileNotFoundError if it was never generated."""
    frame = pd.read_csv(path)
    missing = set(COLUMNS) - set(frame.columns)
    if missing:
        raise ValueError(f"{path.name} lacks the columns {sorted(missing)}")
    return frame[COLUMNS]


def sweep_summary(sweep: pd.DataFrame) -> pd.DataFrame:
    """The median error over seeds at each (kind, lag), with the lowest and highest: kind, lag, error, low, high."""
    grouped = sweep.groupby(["kind", "lag"], sort=False)["error"]
    summary = grouped.agg(error="median", low="min", high="max").reset_index()
    return summary


def largest_lag_held(summary: pd.DataFrame, kind: str, threshold: float = 0.5) -> int | None:
    """The longest lag (counting up from the shortest, with no break) where the median error stays below `threshold`."""
    held = None
    for lag, error in summary[summary["kind"] == kind].sort_values("lag")[["lag", "error"]].itertuples(index=False):
        if not error < threshold:
            break
        held = int(lag)
    return held


def main() -> None:
    started = time.perf_counter()

    def report(row):
        print(
            f"{time.perf_counter() - started:7.1f} s  {row['kind']:>12}  lag {row['lag']:>3}  seed {row['seed']}  "
            f"error {row['error']:.4f}",
            flush=True,
        )

    sweep = run_sweep(on_point=report)
    sweep.to_csv(SWEEP_PATH, index=False, float_format="%.6g")
    print(f"wrote {len(sweep)} rows to {SWEEP_PATH} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
