"""Run every benchmark one after another and keep their output in bench/results/<timestamp>.txt.

Each benchmark measures its sides in the same run (the machine is shared and noisy), so read the
ratios rather than the absolute seconds.

    make bench                      # all of them (about 15 minutes on 2 cores)
    .venv/bin/python bench/run_all.py startup training_speed   # a selection
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "startup",  # healthy server -> overview rendered, in Chromium
    "parameters_redraw",  # parameters page redraw after a control change
    "training_speed",  # chunked trainer vs the notes' model.fit, and in-process memory over many settings
    "gradients_speed",  # gradients page default view, lag sweep from cache
    "gates_speed",  # structure page: LSTM/GRU step-through and the memory lane, cold
    "keras_clear_session",  # why Streamlit's between-runs Keras reset is switched off
    "memory",  # server peak RSS over every page and 100 training runs
    "classroom",  # 10+ concurrent browser sessions on the training page
    "classroom_protocol",  # 30 protocol sessions press Train at once, old revision beside this tree
    "translate_speed",  # translator: live training accuracy vs time, page open time
    "notebook_speed",  # building a notebook download (training, parameters, gradients)
    "custom_data_speed",  # training page: a 1 MB CSV read and previewed, warm
]


def main() -> None:
    chosen = sys.argv[1:] or ORDER
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    log = results / time.strftime("%Y%m%d-%H%M%S.txt")
    with log.open("w") as out:
        for name in chosen:
            script = HERE / f"{name}.py"
            if not script.exists():
                print(f"== {name}: no such benchmark, skipped")
                continue
            header = f"== {name} ({time.strftime('%H:%M:%S')})"
            print(header, flush=True)
            out.write(header + "\n")
            run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
            print(run.stdout, end="", flush=True)
            out.write(run.stdout)
            if run.returncode != 0:
                message = f"!! {name} exited {run.returncode}: {run.stderr[-1500:]}"
                print(message)
                out.write(message + "\n")
    print(f"saved to {log}")


if __name__ == "__main__":
    main()
