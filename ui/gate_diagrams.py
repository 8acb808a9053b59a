"""Graphviz DOT text for the gated cells, with one step's numbers written on the arrows.

The memory line runs across the top (c for LSTM, h for GRU), with its × and + where the gates
act on it; the gates sit below and read x_t and h_(t-1). Every label comes in as an argument,
so the same builder draws both languages, and a test can read the numbers off the DOT text.
"""

from __future__ import annotations

import numpy as np

from ui.diagrams import CURRENT_FILL, FONT, _quote, _scale

GATE_FILL = "#fde5cf"
CANDIDATE_FILL = "#dbe9f6"
NODE_FONT, EDGE_FONT = 13, 12  # points at scale 1 (a wide drawing: its own sizes), times the presenter scale
STACKED_UNITS = 4  # up to this many units, an edge label stacks its numbers one per line (a narrow drawing)
PER_LINE = 4  # more units: this many numbers per line


def vector_text(values, per_line: int = PER_LINE) -> str:
    """[0.12, -0.30, …] rounded to 2 decimals, `per_line` numbers per line (DOT line breaks)."""
    numbers = [f"{value:.2f}" for value in np.asarray(values, dtype=float)]
    lines = [", ".join(numbers[start : start + per_line]) for start in range(0, len(numbers), per_line)]
    return "[" + ",\\n".join(lines) + "]"


def _edge_numbers(values) -> str:
    count = np.asarray(values).size
    return vector_text(values, 1 if count <= STACKED_UNITS else PER_LINE)


def _edge(source: str, target: str, symbol: str, values=None, *, bold: bool = False) -> str:
    label = symbol if values is None else f"{symbol} =\\n{_edge_numbers(values)}"
    style = f', color="{CURRENT_FILL}", penwidth=2.2' if bold else ""
    return f"  {source} -> {target} [label={_quote(' ' + label)}{style}];"


def _header() -> list[str]:
    factor = _scale(None)  # larger in presenter mode, like every diagram and chart
    return [
        "digraph {",
        "  rankdir=LR; bgcolor=transparent; nodesep=0.25; ranksep=0.35;",
        f'  node [fontname="{FONT}", fontsize={round(NODE_FONT * factor)}, shape=box, style="rounded,filled",'
        f' fillcolor="{GATE_FILL}"];',
        f'  edge [fontname="{FONT}", fontsize={round(EDGE_FONT * factor)}, color="#555555"];',
    ]


def _plain(name: str, label: str) -> str:
    return f"  {name} [label={_quote(label)}, shape=plaintext, style=solid];"


def _operator(name: str, symbol: str) -> str:
    return f'  {name} [label="{symbol}", shape=circle, width=0.35, fixedsize=true, fillcolor=white];'


def _inputs_label(values: dict, names: dict[str, str]) -> str:
    return f"{names['input']}\\nxₜ = {float(values['x']):g}\\nhₜ₋₁ = {vector_text(values['h_prev'])}"


def lstm_dot(values: dict[str, np.ndarray], names: dict[str, str], activation: str) -> str:
    """The LSTM cell: c_(t-1) —×f—+i·c̃— c_t across the top, h_t = o ⊙ g(c_t) out on the right.

    `values` holds this step's x, h_prev, c_prev, i, f, candidate, o, c, squashed_c (g(c_t)) and h;
    `names` the gate names
    (i, f, o, candidate, input) in the page's language.
    """
    lines = _header()
    lines += [
        _plain("c_prev", "cₜ₋₁"),
        _plain("inputs", _inputs_label(values, names)),
        _plain("c_out", "cₜ"),
        "  { rank=same; c_prev; inputs; }",
        _plain("h_out", "hₜ"),
        _operator("times_f", "×"),
        _operator("plus", "+"),
        _operator("times_i", "×"),
        _operator("times_o", "×"),
        f"  gate_f [label={_quote('σ  ' + names['f'])}];",
        f"  gate_i [label={_quote('σ  ' + names['i'])}];",
        f'  candidate [label={_quote(activation + "  " + names["candidate"])}, fillcolor="{CANDIDATE_FILL}"];',
        f"  gate_o [label={_quote('σ  ' + names['o'])}];",
        f'  squash [label="{activation}", fillcolor="{CANDIDATE_FILL}"];',
        "  { rank=same; gate_f; gate_i; candidate; gate_o; }",
        "  inputs -> gate_f; inputs -> gate_i; inputs -> candidate; inputs -> gate_o;",
        _edge("c_prev", "times_f", "cₜ₋₁", values["c_prev"], bold=True),
        _edge("gate_f", "times_f", "f", values["f"]),
        _edge("gate_i", "times_i", "i", values["i"]),
        _edge("candidate", "times_i", "c̃", values["candidate"]),
        _edge("times_f", "plus", "f·cₜ₋₁", values["f"] * values["c_prev"], bold=True),
        _edge("times_i", "plus", "i·c̃", values["i"] * values["candidate"]),
        _edge("plus", "c_out", "cₜ", values["c"], bold=True),
        "  plus -> squash;",
        _edge("squash", "times_o", f"{activation}(cₜ)", values["squashed_c"]),
        _edge("gate_o", "times_o", "o", values["o"]),
        _edge("times_o", "h_out", "hₜ", values["h"]),
        "}",
    ]
    return "\n".join(lines)


def gru_dot(values: dict[str, np.ndarray], names: dict[str, str], activation: str, reset_after: bool) -> str:
    """The GRU cell: h_(t-1) —×z—+(1−z)·h̃— h_t across the top, the reset gate feeding the candidate.

    `values` holds this step's x, h_prev, z, r, candidate, h; `names` the gate names (z, r, candidate, input).
    """
    where = "r ⊙ (hₜ₋₁·U_h + b′_h)" if reset_after else "(r ⊙ hₜ₋₁)·U_h"
    keep = np.asarray(values["z"]) * np.asarray(values["h_prev"])
    new = (1.0 - np.asarray(values["z"])) * np.asarray(values["candidate"])
    candidate_label = activation + "  " + names["candidate"] + "\\n" + where
    lines = _header()
    lines += [
        _plain("h_prev", "hₜ₋₁"),
        _plain("inputs", _inputs_label(values, names)),
        _plain("h_out", "hₜ"),
        "  { rank=same; h_prev; inputs; }",
        _operator("times_z", "×"),
        _operator("plus", "+"),
        _operator("times_new", "×"),
        '  one_minus [label="1 − z", shape=box, fillcolor=white];',
        f"  gate_z [label={_quote('σ  ' + names['z'])}];",
        f"  gate_r [label={_quote('σ  ' + names['r'])}];",
        f'  candidate [label={_quote(candidate_label)}, fillcolor="{CANDIDATE_FILL}"];',
        "  inputs -> gate_z; inputs -> gate_r; inputs -> candidate;",
        _edge("h_prev", "times_z", "hₜ₋₁", values["h_prev"], bold=True),
        _edge("gate_z", "times_z", "z", values["z"]),
        _edge("gate_z", "one_minus", "z"),
        _edge("one_minus", "times_new", "1 − z", 1.0 - np.asarray(values["z"])),
        _edge("gate_r", "candidate", "r", values["r"]),
        _edge("candidate", "times_new", "h̃", values["candidate"]),
        _edge("times_z", "plus", "z·hₜ₋₁", keep, bold=True),
        _edge("times_new", "plus", "(1−z)·h̃", new),
        _edge("plus", "h_out", "hₜ", values["h"], bold=True),
        "}",
    ]
    return "\n".join(lines)
