"""rnn_core.data: the notes' X and Y, the sine tasks, scaling, and typed sequences."""

from __future__ import annotations

import contextlib
import io
import math

import numpy as np
import pytest

from rnn_core.data import (
    MinMaxScaler,
    beyond_windows,
    make_dataset,
    next_by_rule,
    parse_sequence,
    preview_text,
    true_continuation,
)
from rnn_core.settings import SettingError


def notes_data(size: int = 100, seq_len: int = 3):
    """The notes' own code, verbatim apart from the function wrapper: the reference for the arithmetic task."""
    X = np.empty(shape=(size, seq_len, 1))
    Y = np.empty(shape=(size,))
    for i in range(size):
        c = np.linspace(i / 10, (i + seq_len - 1) / 10.0, seq_len)
        X[i] = c[:, np.newaxis]
        Y[i] = (i + seq_len) / 10
    return X, Y


@pytest.mark.parametrize(("samples", "window"), [(100, 3), (37, 5)])
def test_arithmetic_task_matches_the_notes_construction(samples, window):
    X, Y = notes_data(samples, window)
    dataset = make_dataset("arith", samples, window)
    assert dataset.inputs.shape == (samples, window, 1) and dataset.targets.shape == (samples,)
    np.testing.assert_allclose(dataset.inputs, X, atol=1e-12)
    np.testing.assert_array_equal(dataset.targets, Y)


def test_preview_prints_what_the_notes_print():
    X, Y = notes_data()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for i in range(5):
            print(X[i], Y[i])
    assert preview_text(make_dataset("arith", 100, 3), 5) == printed.getvalue().rstrip("\n")


def test_sine_targets_are_the_next_sine_values_and_noise_is_seeded():
    clean = make_dataset("sine", 50, 4)
    np.testing.assert_allclose(clean.targets, np.sin((np.arange(50) + 4) / 10))
    np.testing.assert_allclose(clean.inputs[7, :, 0], np.sin(np.arange(7, 11) / 10))
    noisy = make_dataset("noisy_sine", 1000, 4, seed=3)
    np.testing.assert_array_equal(noisy.series, make_dataset("noisy_sine", 1000, 4, seed=3).series)
    assert not np.array_equal(noisy.series, make_dataset("noisy_sine", 1000, 4, seed=4).series)
    residual = noisy.series - np.sin(np.arange(1004) / 10)
    assert 0.08 < residual.std() < 0.12  # the declared noise level, 0.1, within sampling error for 1004 draws


def test_the_first_window_past_the_notes_data_is_ten_point_zero():
    inputs, targets = beyond_windows("arith", 100, 3, 2)
    np.testing.assert_allclose(inputs[0, :, 0], [10.0, 10.1, 10.2])
    np.testing.assert_allclose(targets, [10.3, 10.4])


def test_the_rule_continues_each_task_exactly():
    np.testing.assert_allclose(true_continuation("arith", (1.0, 2.0, 3.0), 3), [3.1, 3.2, 3.3])
    # A sine sampled every 0.1 rad obeys x(t+1) = 2 cos(0.1) x(t) - x(t-1): compare with np.sin itself.
    start = np.sin(np.arange(20, 23) / 10)
    np.testing.assert_allclose(true_continuation("sine", start, 30), np.sin(np.arange(23, 53) / 10), atol=1e-12)
    assert math.isclose(next_by_rule("noisy_sine", start), math.sin(2.3), abs_tol=1e-12)


def test_min_max_scaler_maps_the_range_onto_zero_one_and_back():
    values = np.array([0.0, 2.5, 10.2])
    scaler = MinMaxScaler.fit(values)
    np.testing.assert_allclose(scaler.transform(values), [0.0, 2.5 / 10.2, 1.0])
    np.testing.assert_allclose(scaler.inverse(scaler.transform(values)), values)
    assert MinMaxScaler.fit(np.array([4.0, 4.0])).transform(4.0) == 0.0  # a flat series does not divide by zero


def test_a_typed_window_is_parsed_or_rejected_with_a_reason():
    assert parse_sequence(" 10, 10.1 ;10.2 ", 3) == (10.0, 10.1, 10.2)
    cases = {
        "1, x, 3": "not_a_number",
        "1, 2": "too_short",
        "1, 2, 3, 4": "too_long",
        "1, nan, 3": "not_finite",
        "": "empty",
        "1, 2, 1e9": "out_of_range",
        "<script>alert(1)</script>": "not_a_number",
    }
    for text, reason in cases.items():
        with pytest.raises(SettingError) as caught:
            parse_sequence(text, 3)
        assert caught.value.reason == reason, text
