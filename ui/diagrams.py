"""Graphviz DOT text for the RNN diagrams: the folded cell, the unrolled chain, the sequence modes.

Inputs sit at the bottom, cells in the middle row, outputs at the top; the recurrent edge runs
left to right from one cell to the next, which is the folded cell's feedback loop laid out in time.
Builders return plain DOT strings (drawn with `st.graphviz_chart`), so a test can read them.
Font sizes follow `ui.theme.presenter_scale()`: a diagram shrinks to its column, so its text is
set large enough to stay readable there (at least 14 px on a 1280×720 projector).
"""

from __future__ import annotations

from rnn_core.sequence_modes import SequenceMode

FONT = "Helvetica,Arial,sans-serif"
CELL_FILL = "#e8e0f5"
CURRENT_FILL = "#9467bd"
ENCODER_FILL = "#dbe9f6"
DECODER_FILL = "#fde5cf"
NODE_FONT, EDGE_FONT = 16, 14  # points at scale 1; dot sizes each node around its text
MAX_CELLS = 6  # longer chains show their start, the chosen step and its neighbours, and their end

_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sub(symbol: str, index: int | str) -> str:
    """x, 3 → x₃ (digits only; anything else stays as written after an underscore)."""
    text = str(index)
    return symbol + text.translate(_SUBSCRIPT) if text.isdigit() else f"{symbol}_{text}"


def _quote(text: str) -> str:
    # Backslashes are left alone on purpose: "\\n" is DOT's line break inside a label.
    return '"' + text.replace('"', '\\"') + '"'


def _scale(scale: float | None) -> float:
    if scale is not None:
        return scale
    from ui.theme import presenter_scale  # read at draw time: presenter mode is per session

    return presenter_scale()


def _header(scale: float | None = None) -> list[str]:
    # newrank lets a row of cells share one rank even when they sit in different clusters (encoder, decoder).
    factor = _scale(scale)
    node_font, edge_font = round(NODE_FONT * factor), round(EDGE_FONT * factor)
    return [
        "digraph {",
        "  rankdir=BT; newrank=true; bgcolor=transparent; nodesep=0.25; ranksep=0.3;",
        f'  node [fontname="{FONT}", fontsize={node_font}, shape=box, style="rounded,filled", fillcolor="{CELL_FILL}",'
        " margin=0.08];",
        f'  edge [fontname="{FONT}", fontsize={edge_font}, color="#555555"];',
    ]


def _plain(name: str, label: str) -> str:
    return f"  {name} [label={_quote(label)}, shape=plaintext, style=solid];"


def folded_dot(activation: str, scale: float | None = None) -> str:
    """One cell and its feedback edge: h_t leaves the cell and comes back in as h_(t-1)."""
    cell_label = "SimpleRNN\\nf = " + activation
    lines = _header(scale)
    lines += [
        _plain("x", "xₜ"),
        _plain("h", "hₜ"),
        f"  cell [label={_quote(cell_label)}, width=1.3, height=0.7];",
        '  x -> cell [label=" · Wₓ"];',
        "  cell -> h;",
        f'  cell:e -> cell:e [label=" hₜ₋₁ · Wₕ", color="{CURRENT_FILL}", penwidth=2, dir=forward];',
        "}",
    ]
    return "\n".join(lines)


def visible_steps(length: int, step: int, max_cells: int = MAX_CELLS) -> list[int]:
    """The steps drawn in the unrolled chain: all of them if few, else the ends and around `step`."""
    if length <= max_cells:
        return list(range(1, length + 1))
    wanted = {1, step - 1, step, step + 1, length}
    return sorted(s for s in wanted if 1 <= s <= length)


def unrolled_dot(length: int, step: int, activation: str, scale: float | None = None, initial: str = "h₀ = 0") -> str:
    """The chain x₁→h₁, x₂ + h₁→h₂, …, with the chosen step highlighted and its inputs in bold.

    `initial` labels h₀ (a page asking what h₀ is can pass "h₀ = ?" until the student has answered).
    """
    lines = _header(scale)
    shown = visible_steps(length, step)
    cells = []
    previous = None
    for index in shown:
        if previous is not None and index != previous + 1:
            gap = f"gap{index}"
            lines.append(_plain(gap, "…"))
            lines.append(f'  c{previous} -> {gap} [style=dashed, label=" {sub("h", previous)}"];')
            cells.append(gap)
            previous_node = gap
        else:
            previous_node = f"c{previous}" if previous is not None else None
        current = index == step
        fill = f', fillcolor="{CURRENT_FILL}", fontcolor=white' if current else ""
        lines.append(f"  c{index} [label={_quote(activation)}{fill}];")
        lines.append(_plain(f"x{index}", sub("x", index)))
        lines.append(_plain(f"h{index}", sub("h", index)))
        bold = f', color="{CURRENT_FILL}", penwidth=2.5' if current else ""
        lines.append(f"  x{index} -> c{index} [arrowsize=0.8{bold}];")
        lines.append(f"  c{index} -> h{index};")
        if previous_node is not None:
            label = sub("h", index - 1)
            lines.append(f'  {previous_node} -> c{index} [label=" {label}"{bold}];')
        cells.append(f"c{index}")
        previous = index
    if shown[0] == 1:
        lines.append(_plain("h0", initial))
        bold = f', color="{CURRENT_FILL}", penwidth=2.5' if step == 1 else ""
        lines.append(f"  h0 -> c1 [style=dashed{bold}];")
        cells.insert(0, "h0")
    lines.append("  { rank=same; " + "; ".join(cells) + "; }")
    lines.append("}")
    return "\n".join(lines)


def sequence_mode_dot(mode: SequenceMode, encoder_label: str, decoder_label: str, scale: float | None = None) -> str:
    """The mode's cells in a row, with the inputs they read below and the outputs they write above."""
    lines = _header(scale)
    if mode.name == "encoder_decoder":
        return _encoder_decoder_dot(mode, lines, encoder_label, decoder_label)
    steps = max(mode.input_steps, mode.output_steps)
    cells = [f"c{i}" for i in range(1, steps + 1)]
    for i in range(1, steps + 1):
        lines.append(f'  c{i} [label="RNN"];')
        if i > 1:
            lines.append(f'  c{i - 1} -> c{i} [label=" {sub("h", i - 1)}"];')
    if mode.name == "one_to_many":
        lines.append(_plain("x1", sub("x", 1)))
        for i in range(1, steps + 1):
            lines.append(f"  x1 -> c{i}" + (" [style=dashed];" if i > 1 else ";"))
    else:
        for i in range(1, mode.input_steps + 1):
            lines.append(_plain(f"x{i}", sub("x", i)))
            lines.append(f"  x{i} -> c{i};")
    first_output = steps - mode.output_steps + 1
    for i in range(first_output, steps + 1):
        number = i - first_output + 1
        lines.append(_plain(f"y{number}", sub("y", number)))
        lines.append(f'  c{i} -> y{number} [color="{CURRENT_FILL}"];')
    lines.append("  { rank=same; " + "; ".join(cells) + "; }")
    lines.append("}")
    return "\n".join(lines)


def _encoder_decoder_dot(mode: SequenceMode, lines: list[str], encoder_label: str, decoder_label: str) -> str:
    encoder = [f"e{i}" for i in range(1, mode.input_steps + 1)]
    decoder = [f"d{i}" for i in range(1, mode.output_steps + 1)]
    lines.append(f"  subgraph cluster_encoder {{ label={_quote(encoder_label)}; style=dashed; color=gray;")
    for name in encoder:
        lines.append(f'    {name} [label="RNN", fillcolor="{ENCODER_FILL}"];')
    lines.append("  }")
    lines.append(f"  subgraph cluster_decoder {{ label={_quote(decoder_label)}; style=dashed; color=gray;")
    for name in decoder:
        lines.append(f'    {name} [label="RNN", fillcolor="{DECODER_FILL}"];')
    lines.append("  }")
    for i, name in enumerate(encoder, start=1):
        lines.append(_plain(f"x{i}", sub("x", i)))
        lines.append(f"  x{i} -> {name};")
        if i > 1:
            lines.append(f"  e{i - 1} -> {name};")
    # xlabel, not label: dot routes a labelled edge between neighbours in one row as a detour.
    handover = sub("h", mode.input_steps)
    lines.append(f'  {encoder[-1]} -> {decoder[0]} [xlabel=" {handover}", color="{CURRENT_FILL}", penwidth=2.5];')
    for i, name in enumerate(decoder, start=1):
        lines.append(_plain(f"t{i}", "<start>" if i == 1 else sub("y", i - 1)))
        lines.append(f"  t{i} -> {name};")
        lines.append(_plain(f"y{i}", sub("y", i)))
        lines.append(f'  {name} -> y{i} [color="{CURRENT_FILL}"];')
        if i > 1:
            lines.append(f"  d{i - 1} -> {name};")
    lines.append("  { rank=same; " + "; ".join(encoder + decoder) + "; }")
    lines.append("}")
    return "\n".join(lines)
