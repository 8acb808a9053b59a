"""Why ui/runtime.py stops Streamlit's between-runs `keras.backend.clear_session()`.

Three threads each build, compile and train a small SimpleRNN model eight times, as three
students' sessions would on one server. In the second variant a fourth thread calls
`keras.backend.clear_session()` every 5 ms, as Streamlit does after every script run of any
session once Keras is imported. Each variant runs in its own process with a deadline, and the
script prints how many models each variant finished and how long it took.

    .venv/bin/python bench/keras_clear_session.py
"""

from __future__ import annotations

import subprocess
import sys
import time

DEADLINE_S = 240
WORKER = r"""
import os, sys, threading, time
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import numpy as np, keras
clear = sys.argv[1] == "clear"
X = np.random.RandomState(0).rand(64, 3, 1).astype("float32"); Y = X.sum(1)
done, errors, stop = [], [], False
def student():
    try:
        for _ in range(8):
            inputs = keras.Input(shape=(3, 1))
            model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.SimpleRNN(8)(inputs)))
            model.compile("adam", "mse")
            model.train_on_batch(X, Y)
            done.append(1)
            print("models", len(done), flush=True)
    except Exception as error:
        errors.append(repr(error)[:200])
def streamlit_like_reset():
    while not stop:
        keras.backend.clear_session()
        time.sleep(0.005)
students = [threading.Thread(target=student) for _ in range(3)]
resetter = threading.Thread(target=streamlit_like_reset, daemon=True)
if clear: resetter.start()
for s in students: s.start()
for s in students: s.join()
stop = True
print("errors", len(errors), sorted(set(errors))[:3], flush=True)
"""


def run(variant: str) -> tuple[int, float, str]:
    start = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER, variant], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    models, tail = 0, ""
    try:
        out, _ = process.communicate(timeout=DEADLINE_S)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
        tail = f"stopped at the {DEADLINE_S} s deadline"
    for line in out.splitlines():
        if line.startswith("models"):
            models = int(line.split()[1])
        elif line.startswith("errors"):
            tail = tail or line
    return models, time.monotonic() - start, tail


def main() -> None:
    print(f"{'variant':34} {'models done':>11} {'seconds':>8}  note")
    for variant, label in (("keep", "no reset (RNN Lab)"), ("clear", "clear_session every 5 ms")):
        models, seconds, note = run(variant)
        print(f"{label:34} {models:>8}/24 {seconds:8.1f}  {note}")


if __name__ == "__main__":
    main()
