"""Write monthly_temperatures.csv: a made-up but realistic record of monthly mean temperatures.

20 years (240 months, 2001-01 … 2020-12) of a mid-latitude city: a yearly cycle from about −3 °C
in January to 26 °C in August, a warming trend of 0.03 °C per year, and month-to-month noise
(normal, σ = 0.8 °C) from a fixed seed, so the file is the same on every run. It is generated
here, not copied from any weather service. Run: `python tests/data/make_monthly_temperatures.py`.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

MONTHS = 240
MEAN_C = 11.5  # the yearly mean in 2001
SWING_C = 14.5  # half the gap between the warmest and the coldest month
WARMEST_MONTH = 6.5  # the cycle peaks between July (6) and August (7); 0 is January
TREND_C_PER_YEAR = 0.03
NOISE_C = 0.8
SEED = 17


def temperatures() -> list[tuple[str, float]]:
    noise = np.random.default_rng(SEED).normal(0.0, NOISE_C, size=MONTHS)
    rows = []
    for index in range(MONTHS):
        year, month = 2001 + index // 12, index % 12
        cycle = SWING_C * math.cos(2 * math.pi * (month - WARMEST_MONTH) / 12)
        value = MEAN_C + cycle + TREND_C_PER_YEAR * index / 12 + noise[index]
        rows.append((f"{year}-{month + 1:02d}", round(value, 1)))
    return rows


def main() -> None:
    path = Path(__file__).with_name("monthly_temperatures.csv")
    lines = ["month,temperature_c", *(f"{month},{value}" for month, value in temperatures())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
