"""A student's own sequence: the parser against every bad file the issue names, the settings that carry
the values, the windows cut from them, and the shared run store keyed by their sha256."""

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import numpy as np
import pytest

from rnn_core.custom_data import MAX_BYTES, MAX_VALUES, MIN_VALUES, DataProblem, read_file, read_pasted
from rnn_core.data import beyond_for, continuation_for, dataset_for, series_for
from rnn_core.settings import parse_settings, to_query
from rnn_core.training import TrainingSettings
from rnn_core.training_results import BUILT_IN_CLOSENESS, closeness
from ui.catalog import CATALOG
from ui.run_store import RunStore

TEMPERATURES = Path(__file__).parent / "data" / "monthly_temperatures.csv"


def lines(*rows: str) -> bytes:
    return ("\n".join(rows) + "\n").encode()


def xlsx_bytes() -> bytes:
    """A minimal .xlsx: a zip archive, as every spreadsheet saved by Excel or LibreOffice is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buffer.getvalue()


NUMBERS = [f"{i * 0.5}" for i in range(30)]

BAD_FILES = {
    "empty": (b"", "empty", None),
    "blank lines": (b"\n \n\t\n", "empty", None),
    "binary": (bytes(range(256)) * 4, "binary", None),
    "utf16": ("temperature\n1.5\n".encode("utf-16"), "binary", None),
    "not utf-8 (cp949 header)": ("월,기온\n".encode("cp949") + lines(*[f"1,{v}" for v in NUMBERS]), "not_utf8", 1),
    "non-numeric cell": (lines("t", *NUMBERS[:7], "abc", *NUMBERS[8:]), "not_a_number", 9),
    "decimal comma": (lines(*NUMBERS[:4], "1,5", *NUMBERS[4:]), "ragged", 5),
    "empty cell": (lines("a,b", *[f"{v}," if i == 3 else f"{v},{v}" for i, v in enumerate(NUMBERS)]), None, None),
    "nan": (lines(*NUMBERS[:12], "nan", *NUMBERS[12:]), "not_finite", 13),
    "inf": (lines("x", *NUMBERS[:2], "-inf", *NUMBERS[2:]), "not_finite", 4),
    "too large for float32": (lines(*NUMBERS[:5], "1e39", *NUMBERS[5:]), "too_large", 6),
    "fewer than 20": (lines(*NUMBERS[:19]), "too_few", None),
    "over 10,000 values": (lines(*["1.0"] * (MAX_VALUES + 1)), "too_many", None),
    "over 1 MB": (lines(*["1.000000000"] * 100_000), "too_big", None),
    "xlsx": (xlsx_bytes(), "spreadsheet", None),
    "500 columns": (lines(*[",".join(["1.5"] * 500)] * 30), "too_many_columns", None),
    "ragged row": (
        lines("a;b", *[f"{v};{v}" for v in NUMBERS[:10]], "1;2;3", *[f"{v};{v}" for v in NUMBERS]),
        "ragged",
        12,
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_each_bad_file_is_named_with_its_line(name):
    data, code, line = BAD_FILES[name]
    result = read_file(data)
    if code is None:  # "empty cell": that column is left out and the complete one is read
        assert result.names == ("a",) and result.skipped[0][0] == "b" and result.skipped[0][1].code == "missing"
        assert result.skipped[0][1].line == 5
        return
    assert isinstance(result, DataProblem), result
    assert (result.code, result.line) == (code, line)
    for lang in ("en", "ko"):  # the page has a sentence for it in both languages
        assert f"training.own.problem.{code}" in CATALOG and CATALOG[f"training.own.problem.{code}"][lang]


def test_limits_are_the_issues():
    assert (MIN_VALUES, MAX_VALUES, MAX_BYTES) == (20, 10_000, 1_000_000)
    assert read_file(lines(*NUMBERS[:20])).columns[0].shape == (20,)
    assert read_file(lines(*["2.5"] * MAX_VALUES)).columns[0].shape == (MAX_VALUES,)


@pytest.mark.parametrize(
    "data",
    [
        lines(*NUMBERS),  # one column, no header
        lines("value", *NUMBERS),  # a header
        b"\xef\xbb\xbf" + lines("value", *NUMBERS),  # a UTF-8 byte-order mark (Excel's "CSV UTF-8")
        lines("day;value", *[f"d{i};{v}" for i, v in enumerate(NUMBERS)]),  # semicolons, a text column
        lines("day\tvalue", *[f"{i}\t{v}" for i, v in enumerate(NUMBERS)]),  # tabs, two numeric columns
        lines(*[f"{i}   {v}" for i, v in enumerate(NUMBERS)]),  # spaces
        ",".join(NUMBERS).encode(),  # one line written across
        lines(*[f'"{i}","{v}"' for i, v in enumerate(NUMBERS)]),  # quoted cells
        "\r\n".join(NUMBERS).encode(),  # Windows line ends
    ],
)
def test_good_files_give_the_values(data):
    table = read_file(data)
    assert not isinstance(table, DataProblem), table
    np.testing.assert_array_equal(table.columns[-1], [float(v) for v in NUMBERS])


def test_several_numeric_columns_are_offered_by_name():
    table = read_file(lines("year,month,temp", *[f"2001,{i},{v}" for i, v in enumerate(NUMBERS)]))
    assert table.names == ("year", "month", "temp")
    np.testing.assert_array_equal(table.column("month"), np.arange(30))


def test_temperatures_file_reads_as_one_column_of_240_months():
    table = read_file(TEMPERATURES.read_bytes())
    assert table.names == ("temperature_c",) and [name for name, _ in table.skipped] == ["month"]
    temperatures = table.column("temperature_c")
    assert temperatures.shape == (240,)
    by_month = temperatures.reshape(20, 12).mean(axis=0)
    assert by_month.argmax() in (6, 7) and by_month.argmin() in (0, 1, 11)  # summer peak, winter low


def test_pasted_text_reads_commas_spaces_and_lines_and_names_the_bad_token():
    np.testing.assert_array_equal(read_pasted("0, 0.5 1\n1.5;2 " + " ".join(NUMBERS[5:])), [float(v) for v in NUMBERS])
    assert read_pasted("1 2 three") == DataProblem("not_a_number", 1, {"cell": "three"})
    assert read_pasted(" \n ") == DataProblem("empty")
    assert read_pasted("1 2 3").code == "too_few"


# ----- the settings that carry the values -----------------------------------------------------------


def own(values, **fields) -> TrainingSettings:
    return TrainingSettings(task="custom", values=tuple(values), **fields)


def test_values_compare_and_hash_by_sha256_and_never_print():
    a, b = own(np.arange(30.0)), own(list(np.arange(30.0)))
    assert a == b and hash(a) == hash(b) and a.values.digest == b.values.digest
    assert a != own(np.arange(30.0) + 1e-9)
    assert "29.0" not in repr(a) and a.values.digest[:16] in repr(a)
    assert TrainingSettings().values == () and TrainingSettings(task="sine", values=(1.0,) * 30).values == ()


def test_series_windows_and_values_past_the_data_come_from_the_values():
    values = np.arange(40.0) ** 1.5
    settings = own(values, samples=20, window=4)
    np.testing.assert_array_equal(series_for(settings), values[:24])
    np.testing.assert_array_equal(series_for(settings, values), values[:24])  # the notebook passes them too
    data = dataset_for(settings)
    assert data.inputs.shape == (20, 4, 1)
    np.testing.assert_array_equal(data.inputs[3, :, 0], values[3:7])
    assert data.targets[3] == values[7]
    inputs, targets = beyond_for(settings, 10)
    np.testing.assert_array_equal(targets, values[24:34])  # the 10 values after the training windows
    np.testing.assert_array_equal(inputs[0, :, 0], values[20:24])
    np.testing.assert_array_equal(continuation_for(settings, values[30:34], 10), values[34:40])  # as far as data goes
    assert len(continuation_for(settings, (1.0, 2.0, 3.0, 4.0), 5)) == 0  # a window not in the data: no truth


def test_samples_are_lowered_to_what_the_values_leave_room_for():
    settings = own(np.arange(25.0), samples=100, window=3)
    assert settings.samples == 21  # 25 values: 21 windows of 3 and one value after the last
    assert len(beyond_for(settings, 10)[1]) == 1


def test_bad_custom_settings_fall_back_to_the_built_in_task_with_a_reason():
    settings, problems = parse_settings(TrainingSettings, {"task": "custom", "values": "1,2,abc"})
    assert settings.task == "arith" and [(p.name, p.reason) for p in problems] == [
        ("values", "not_a_number"),
        ("task", "no_values"),
    ]
    settings, problems = parse_settings(TrainingSettings, {"task": "custom", "values": "1,2,3"})
    assert settings.task == "arith" and [p.reason for p in problems] == ["too_short", "no_values"]
    settings, problems = parse_settings(TrainingSettings, {"task": "custom"})  # a file's link: no values
    assert settings.task == "arith" and [p.reason for p in problems] == ["no_values"]
    assert "problem.no_values" in CATALOG
    settings, problems = parse_settings(
        TrainingSettings, {"task": "custom", "values": ",".join(NUMBERS), "window": "20"}
    )
    assert settings.task == "custom" and settings.window == 3 and [p.name for p in problems] == ["window"]


def test_a_typed_sequence_round_trips_through_the_link_exactly():
    values = (12.3456789, -0.1, 3.0, *[float(v) for v in NUMBERS[3:]])
    query = to_query(own(values, samples=15))
    assert query["task"] == "custom" and query["values"].startswith("12.3456789,-0.1,3,")
    settings, problems = parse_settings(TrainingSettings, query)
    assert not problems and settings == own(values, samples=15)
    assert "values" not in to_query(TrainingSettings())  # built-in tasks' links stay as they were


# ----- the shared run store: one run per values, readable only with the values ------------------------


def test_two_sessions_with_the_same_values_share_one_run_and_different_values_do_not():
    trained, release = [], threading.Event()

    def work(settings, on_chunk_end=None, should_stop=None):
        trained.append(settings.values.digest)
        release.wait(5)
        return float(np.sum(series_for(settings)))

    store = RunStore(work, workers=1)
    try:
        first = own(np.arange(30.0) * 2)
        same = own([float(v) * 2 for v in range(30)])  # another session, its own copy of the same file
        other = own(np.arange(30.0) * 3)
        store.start(first, {"tanh": first}, "student-a")
        store.start(same, {"tanh": same}, "student-b")
        store.start(other, {"tanh": other}, "student-c")
        release.set()
        results = {
            name: store.follow_view(store.start(s, {"tanh": s}, name), name, lambda _: None).results["tanh"]
            for name, s in (("student-a", first), ("student-b", same), ("student-c", other))
        }
    finally:
        store.close()
    assert sorted(trained) == sorted([first.values.digest, other.values.digest])  # two runs, not three
    assert results["student-a"] == results["student-b"] == float(np.sum(np.arange(30.0)[:29] * 2))
    assert results["student-c"] == float(np.sum(np.arange(30.0)[:29] * 3))


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([0.0, 1.0], 0.05),  # a twentieth of 1
        ([-5.0, 30.0], 2.0),  # 1.75 rounds up to 2
        ([100.0, 140.0], 2.0),  # exactly a twentieth: no rounding up past it
        ([0.0, 7000.0], 500.0),  # 350 rounds up to 500
        ([3.0, 3.0], BUILT_IN_CLOSENESS),  # no spread: the built-in tolerance
    ],
)
def test_close_on_ones_own_data_is_a_twentieth_of_its_range_rounded_up_to_1_2_or_5(values, expected):
    series = np.linspace(values[0], values[1], 40)
    assert closeness(own(series), series) == pytest.approx(expected)
    assert closeness(TrainingSettings(), series) == BUILT_IN_CLOSENESS  # the built-in sequences step by 0.1
