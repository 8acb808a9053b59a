"""A student's own sequence: values pasted as text or read from a CSV/TXT file, checked before any use.

Nothing here raises on bad input. `read_pasted` and `read_file` return either the numbers or a
`DataProblem`: a code the page translates, and the line it is on where there is one, so a wrong
file gets a sentence in the page's language instead of a traceback. A file holds one numeric
column, or several to choose from, with or without a header row, separated by commas,
semicolons, tabs or spaces, with a decimal point; a UTF-8 byte-order mark is skipped.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field

import numpy as np

MIN_VALUES = 20  # fewer leave no room for windows to train on and values to check the model against
MAX_VALUES = 10_000  # enough for decades of daily readings; parsing and drawing stay well under a second
MAX_BYTES = 1_000_000  # a file larger than this is refused before it is read
MAX_COLUMNS = 50  # more columns than this is a table, not a sequence
VALUE_LIMIT = float(np.finfo(np.float32).max)  # Keras computes in float32: larger values would become infinity
ZIP_SIGNATURE = b"PK\x03\x04"  # .xlsx, .ods and .numbers files are zip archives
DELIMITERS = (";", "\t", ",")  # tried in this order; none of them means "any run of spaces"
NAN_WORDS = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}


@dataclass(frozen=True)
class DataProblem:
    """Why the values cannot be used: a code for the catalog, the 1-based line if one is to blame, and details."""

    code: str  # empty, too_big, spreadsheet, binary, not_utf8, not_a_number, missing, not_finite, too_large,
    # ragged, too_many_columns, too_few, too_many, no_column
    line: int | None = None
    details: dict = field(default_factory=dict)  # e.g. {"cell": "abc"}, {"count": 12}, {"columns": 500}


@dataclass(frozen=True)
class Table:
    """The numeric columns of a file: their names (a header's, or "1", "2", … without one) and values."""

    names: tuple[str, ...]  # one per numeric column, in the file's order
    columns: tuple[np.ndarray, ...]  # float64 values of each column, read-only
    skipped: tuple[tuple[str, DataProblem], ...] = ()  # columns left out, each with its first bad cell

    def column(self, name: str) -> np.ndarray:
        return self.columns[self.names.index(name)]


def digest(values) -> str:
    """sha256 of the values as float64 bytes: the name a run on them is shared under, never the values."""
    return hashlib.sha256(np.ascontiguousarray(values, dtype=np.float64).tobytes()).hexdigest()


class SequenceValues(tuple):
    """A student's values as a tuple that compares, hashes and prints by its sha256 digest.

    Settings hold it, so the shared run store keys a run on these values by the digest: two
    students with the same file share one run, and nothing in a key, a log line or a cache
    name spells the values out.
    """

    exact_text = True  # rnn_core.settings.format_value writes every digit needed to read the same floats back

    def __new__(cls, values=()):
        instance = super().__new__(cls, (float(v) for v in values))
        instance.digest = digest(instance) if instance else ""
        return instance

    def __eq__(self, other):
        if isinstance(other, SequenceValues):
            return self.digest == other.digest
        return tuple.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.digest)

    def __repr__(self):
        return f"SequenceValues(n={len(self)}, sha256={self.digest[:16]})"

    def __reduce__(self):
        return (SequenceValues, (tuple(self),))


def _number(cell: str) -> float | None:
    """The cell as a float, or None if it is not a number (NaN and infinity are numbers here; checked later)."""
    try:
        return float(cell)
    except ValueError:
        return None


def _check_count(values: np.ndarray) -> DataProblem | None:
    if len(values) < MIN_VALUES:
        return DataProblem("too_few", details={"count": len(values), "least": MIN_VALUES})
    if len(values) > MAX_VALUES:
        return DataProblem("too_many", details={"count": len(values), "most": MAX_VALUES})
    return None


def _cell_problem(cell: str, line: int) -> DataProblem | None:
    """The problem with one cell of the chosen column, or None if it is a usable number."""
    if cell == "":
        return DataProblem("missing", line)
    number = _number(cell)
    if number is None:
        return DataProblem("not_a_number", line, {"cell": cell[:40]})
    if not math.isfinite(number):
        return DataProblem("not_finite", line, {"cell": cell[:40]})
    if abs(number) > VALUE_LIMIT:
        return DataProblem("too_large", line, {"cell": cell[:40]})
    return None


def _split(line: str, delimiter: str | None) -> list[str]:
    if delimiter is None:
        return line.split()
    return [cell.strip().strip('"').strip() for cell in line.split(delimiter)]


def _delimiter(lines: list[str]) -> str | None:
    """The first of ; tab , found in the first lines (None: cells are separated by spaces)."""
    sample = "\n".join(text for _, text in lines[:20])
    return next((d for d in DELIMITERS if d in sample), None)


def read_pasted(text: str) -> np.ndarray | DataProblem:
    """Numbers typed or pasted as one sequence, separated by commas, semicolons, spaces or new lines."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        return DataProblem("too_big", details={"most": MAX_BYTES})
    cells = [
        (number, cell)
        for number, line in enumerate(text.splitlines(), start=1)
        for cell in re.split(r"[,;\s]+", line.strip())
        if cell
    ]
    if not cells:
        return DataProblem("empty")
    if len(cells) > MAX_VALUES:
        return DataProblem("too_many", details={"count": len(cells), "most": MAX_VALUES})
    for number, cell in cells:
        problem = _cell_problem(cell, number)
        if problem is not None:
            return problem
    array = np.array([float(cell) for _, cell in cells], dtype=np.float64)
    return _check_count(array) or array


def _decode(data: bytes) -> str | DataProblem:
    if len(data) > MAX_BYTES:
        return DataProblem("too_big", details={"most": MAX_BYTES})
    if data.startswith(ZIP_SIGNATURE):
        return DataProblem("spreadsheet")
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        return DataProblem("empty")
    if b"\x00" in data[:8192]:  # text never holds NUL bytes; UTF-16 and binary formats do
        return DataProblem("binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return DataProblem("not_utf8", data.count(b"\n", 0, error.start) + 1)


def read_file(data: bytes) -> Table | DataProblem:
    """The numeric columns of a CSV or TXT file, or the first problem that rules the file out.

    A first row with a cell that is not a number is the header. A column with any cell that is
    not a number (a date, a name) is left out; a file with no numeric column is blamed on the
    first bad cell of the column that came closest.
    """
    text = _decode(data)
    if isinstance(text, DataProblem):
        return text
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        return DataProblem("empty")
    delimiter = _delimiter(lines)
    rows = [(number, _split(line, delimiter)) for number, line in lines]
    if len(rows) == 1:  # one line of numbers is a sequence written across, as it would be pasted
        return _pasted_as_table(text)
    width = len(rows[0][1])
    if width > MAX_COLUMNS:
        return DataProblem("too_many_columns", details={"columns": width, "most": MAX_COLUMNS})
    header = None
    if any(_number(cell) is None for cell in rows[0][1]):
        header, rows = rows[0][1], rows[1:]
    for number, cells in rows:
        if len(cells) != width:
            return DataProblem("ragged", number, {"cells": len(cells), "expected": width})
    if not rows:
        return DataProblem("empty")
    if len(rows) > MAX_VALUES:  # counted before any cell is read: a long file is refused at once
        return DataProblem("too_many", details={"count": len(rows), "most": MAX_VALUES})
    names = header if header is not None else [str(i + 1) for i in range(width)]
    kept_names, kept_columns, skipped, closest = [], [], [], None
    for index in range(width):
        column = _column(rows, index)
        if isinstance(column, np.ndarray):
            kept_names.append(_column_name(names[index], index, kept_names))
            kept_columns.append(column)
            continue
        skipped.append((names[index].strip() or str(index + 1), column[1]))
        if closest is None or column[0] < closest[0]:
            closest = column
    if not kept_columns:
        return closest[1]
    count_problem = _check_count(kept_columns[0])
    if count_problem is not None:
        return count_problem
    return Table(tuple(kept_names), tuple(kept_columns), tuple(skipped))


def _column(rows, index: int) -> np.ndarray | tuple[int, DataProblem]:
    """One column as read-only float64 values, or (how many cells are bad, the first one's problem)."""
    cells = [cells[index] for _, cells in rows]
    try:
        column = np.array(cells, dtype=np.float64)  # NumPy's own parser: fast, and as strict as float()
    except ValueError:
        column = None
    if column is not None and np.all(np.isfinite(column)) and np.all(np.abs(column) <= VALUE_LIMIT):
        column.flags.writeable = False
        return column
    problems = [p for (number, _), cell in zip(rows, cells, strict=True) if (p := _cell_problem(cell, number))]
    if not problems:  # a spelling float() reads and NumPy does not, such as "1_000"
        column = np.array([float(cell) for cell in cells], dtype=np.float64)
        column.flags.writeable = False
        return column
    return len(problems), problems[0]


def _column_name(name: str, index: int, taken: list[str]) -> str:
    name = name.strip() or str(index + 1)
    return name if name not in taken else f"{name} ({index + 1})"


def _pasted_as_table(text: str) -> Table | DataProblem:
    values = read_pasted(text)
    if isinstance(values, DataProblem):
        return values
    values.flags.writeable = False
    return Table(("1",), (values,))
