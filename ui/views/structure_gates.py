"""The structure page's gated cells: the cell choice, LSTM/GRU gate by gate, and the memory lane.

Every number is the Keras layer's own: rnn_core.gates recomputes Keras's equations in NumPy from
the layer's fused weights and shows the largest difference from the layer's output; the memory
lane's norms are measured with tf.GradientTape (rnn_core.memory_lane).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from rnn_core import gates, memory_lane
from rnn_core.activations import activation_value
from rnn_core.cell import StructureSettings
from rnn_core.models import CELL_NAMES, CELLS
from rnn_core.settings import parse_settings, to_query
from ui import gate_diagrams
from ui.chart_export import show_chart
from ui.charts import gates as charts
from ui.i18n import current, t
from ui.layout import notice
from ui.quiz import quiz
from ui.share import csv_download
from ui.state import limits, sync_url, widget_key
from ui.views.sections import PARAM

PAGE = "structure"
GATE_NAMES = ("i", "f", "o", "z", "r", "candidate", "input")

# Keras's equations, as the page writes them: σ is `recurrent_activation`, GACT becomes the layer's `activation`.
EQUATIONS = {
    "lstm": r"""\begin{aligned}
i_t &= \sigma(x_t W_i + h_{t-1} U_i + b_i)\\
f_t &= \sigma(x_t W_f + h_{t-1} U_f + b_f)\\
\tilde c_t &= GACT(x_t W_c + h_{t-1} U_c + b_c)\\
o_t &= \sigma(x_t W_o + h_{t-1} U_o + b_o)\\
c_t &= f_t \odot c_{t-1} + i_t \odot \tilde c_t\\
h_t &= o_t \odot GACT(c_t)
\end{aligned}""",
    "gru_after": r"""\begin{aligned}
z_t &= \sigma(x_t W_z + b_z + h_{t-1} U_z + b'_z)\\
r_t &= \sigma(x_t W_r + b_r + h_{t-1} U_r + b'_r)\\
\tilde h_t &= GACT\big(x_t W_h + b_h + r_t \odot (h_{t-1} U_h + b'_h)\big)\\
h_t &= z_t \odot h_{t-1} + (1 - z_t) \odot \tilde h_t
\end{aligned}""",
    "gru_before": r"""\begin{aligned}
z_t &= \sigma(x_t W_z + h_{t-1} U_z + b_z)\\
r_t &= \sigma(x_t W_r + h_{t-1} U_r + b_r)\\
\tilde h_t &= GACT\big(x_t W_h + (r_t \odot h_{t-1}) U_h + b_h\big)\\
h_t &= z_t \odot h_{t-1} + (1 - z_t) \odot \tilde h_t
\end{aligned}""",
}


@st.cache_resource(max_entries=24, show_spinner=False)
def cached_gated_layer(cell: str, activation: str, units: int, seed: int, reset_after: bool):
    """Built once per setting and shared: it is only ever called, never trained."""
    return gates.build_gated_layer(cell, activation, units, seed=seed, reset_after=reset_after)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_gate_step_through(
    cell: str, activation: str, units: int, seed: int, reset_after: bool, sequence: tuple[float, ...]
):
    layer = cached_gated_layer(cell, activation, units, seed, reset_after)
    return gates.step_through(layer, activation, sequence)


@st.cache_data(max_entries=32, show_spinner=False)
def cached_memory_lane(units: int, seed: int, length: int, forget_start: str) -> pd.DataFrame:
    return memory_lane.memory_lane(units, length, seed=seed, forget_start=forget_start)


def draw_cell_controls(key) -> None:
    """The cell radio and GRU's reset_after switch, beside the structure page's other controls."""
    cell_column, reset_column = st.columns([3, 2])
    cell_column.radio(
        t("gates.cell"), CELLS, key=key("cell"), horizontal=True, format_func=CELL_NAMES.get, help=t("gates.cell_help")
    )
    reset_column.toggle(
        t("gates.reset_after"),
        key=key("reset_after"),
        disabled=st.session_state.get(key("cell")) != "gru",
        help=t("gates.reset_after_help"),
    )


def _labels(cell: str, names) -> dict[str, str]:
    return {name: t(f"gates.col.{name}.{cell}" if name == "candidate" else f"gates.col.{name}") for name in names}


def _number_table(rows: pd.DataFrame, labels: dict[str, str], step: int) -> None:
    """One row per quantity (the key column, headed by the time step), one column per unit, as the SimpleRNN table.

    On a narrow screen the quantities' names stay in view while the units scroll sideways.
    """
    shown = rows[list(labels)].rename(columns=labels).T.rename_axis(f"t = {step}")
    shown.columns = [f"{t('gates.chart.unit')} {unit}" for unit in shown.columns]
    number = st.column_config.NumberColumn(format="%.4f")
    st.dataframe(shown, column_config={c: number for c in shown.columns}, width="stretch")


def _diagram(result: gates.GateStepThrough, rows: pd.DataFrame, settings: StructureSettings) -> str:
    values = {name: rows[name].to_numpy() for name in gates.QUANTITIES[settings.cell]}
    values["x"] = float(rows["x"].iloc[0])
    names = {name: t(f"gates.name.{name}") for name in GATE_NAMES}
    if settings.cell == "lstm":
        values["squashed_c"] = activation_value(settings.activation, values["c"])
        return gate_diagrams.lstm_dot(values, names, settings.activation)
    return gate_diagrams.gru_dot(values, names, settings.activation, result.weights.reset_after)


def _step_notice(settings: StructureSettings, rows: pd.DataFrame) -> None:
    first = rows.loc[1]
    if settings.cell == "lstm":
        notice(
            "gates.notice.lstm",
            unit=1,
            forget=f"{first['f']:.2f}",
            input=f"{first['i']:.2f}",
            output=f"{first['o']:.2f}",
            activation=settings.activation,
        )
    else:
        notice("gates.notice.gru", unit=1, z=f"{first['z']:.2f}", keep=f"{first['z']:.2f}", new=f"{1 - first['z']:.2f}")


def _block_values(weights: gates.GateWeights) -> None:
    """Each block's own W, U and b (b′ too for GRU reset_after), one tab per block, as the NumPy pass uses them."""
    units = [f"{t('gates.chart.unit')} {i}" for i in range(1, weights.units + 1)]
    number = st.column_config.NumberColumn(format="%.4f")
    names = {"c": "candidate", "h": "candidate"}
    tabs = st.tabs([f"{block} ({t('gates.name.' + names.get(block, block))})" for block in weights.blocks])
    for tab, block in zip(tabs, weights.blocks, strict=True):
        size = weights.units
        parts = [
            (f"W_{block}", f"1 × {size}", weights.input_kernel(block), ["x"]),
            (f"U_{block}", f"{size} × {size}", weights.recurrent_block(block), units),
            (f"b_{block}", f"{size}", weights.input_bias(block)[None, :], ["b"]),
        ]
        if weights.bias.ndim == 2:
            parts.append((f"b′_{block}", f"{size}", weights.recurrent_bias(block)[None, :], ["b′"]))
        with tab:
            for column, (title, shape, matrix, index) in zip(
                st.columns([2, 3, 2, 2][: len(parts)]), parts, strict=True
            ):
                column.markdown(f"**{title}** ({shape})")
                frame = pd.DataFrame(matrix, index=index, columns=units)
                column.dataframe(frame, column_config={u: number for u in units}, width="stretch")


def _weights_expander(result: gates.GateStepThrough, settings: StructureSettings) -> None:
    weights = result.weights
    with st.expander(t("gates.weights.title")):
        st.markdown(
            t(
                "gates.weights.intro",
                count=len(weights.blocks),
                order=" | ".join(weights.blocks),
                kernel=" × ".join(map(str, weights.kernel.shape)),
                recurrent=" × ".join(map(str, weights.recurrent_kernel.shape)),
                bias=" × ".join(map(str, weights.bias.shape)),
                units=weights.units,
            )
        )
        if weights.bias.ndim == 2:
            st.caption(t("gates.weights.bias_rows"))
        split = weights.split_table()
        st.dataframe(
            split.rename(columns={c: t(f"gates.weights.{c}") for c in split.columns}), hide_index=True, width="stretch"
        )
        _block_values(weights)
        st.page_link(
            "pages/parameters.py",
            label=t("gates.weights.link"),
            icon=":material/calculate:",
            query_params={"cell": settings.cell, "units": str(settings.units), "features": "1", "lang": current()},
        )


def _step_quizzes(result: gates.GateStepThrough, settings: StructureSettings) -> None:
    step, cell = settings.step, settings.cell
    columns = st.columns(2)
    with columns[0]:
        shut = gates.closing_gate(result, step)
        options = ["i", "f", "o"] if cell == "lstm" else ["z", "r"]
        rows = result.at(step)
        if cell == "lstm":
            value = gate_diagrams.vector_text(rows["i"].to_numpy() * rows["candidate"].to_numpy())
        else:
            value = gate_diagrams.vector_text(rows["candidate"].to_numpy())
        quiz(
            f"gates.close.{cell}",
            t(f"gates.quiz.close.q.{cell}"),
            options,
            shut,
            # What the gates do answers this question, so it is said here, with the answer, not above the question.
            t(f"gates.role.{cell}") + " " + t(f"gates.quiz.close.why.{cell}", value=value.replace("\\n", " ")),
            format_func=lambda gate: f"{gate} ({t(f'gates.name.{gate}')})",
        )
    with columns[1]:
        if cell == "lstm":
            kept = gates.forget_retention(result, step)
            quiz(
                "gates.retention",
                t("gates.quiz.retention.q", unit=kept["unit"], forget=f"{kept['f']:.4f}", steps=kept["steps"]),
                [name for name, _ in gates.RETENTION_BUCKETS],
                kept["bucket"],
                t(
                    "gates.quiz.retention.why",
                    forget=f"{kept['f']:.4f}",
                    steps=kept["steps"],
                    kept=f"{kept['kept']:.2e}",
                ),
                format_func=lambda name: t(f"gates.quiz.retention.{name}"),
            )
        else:
            pull = gates.update_gate_pull(result, step)
            quiz(
                "gates.pull",
                t("gates.quiz.pull.q", unit=pull["unit"], z=f"{pull['z']:.4f}"),
                ["h_prev", "candidate"],
                pull["nearer"],
                t(
                    "gates.quiz.pull.why",
                    to_previous=f"{pull['to_previous']:.4f}",
                    to_candidate=f"{pull['to_candidate']:.4f}",
                ),
                format_func=lambda name: t(f"gates.quiz.pull.{name}"),
            )


def gated_section(settings: StructureSettings) -> None:
    """LSTM or GRU at the chosen step: equations, the diagram with numbers, every quantity, the weight split."""
    cell, step, seq, activation = settings.cell, settings.step, settings.seq, settings.activation
    with st.spinner(t("common.loading_tf")):
        result = cached_gate_step_through(cell, activation, settings.units, settings.seed, settings.reset_after, seq)
    rows = result.at(step)
    st.subheader(t("gates.title", cell=CELL_NAMES[cell], step=step, length=len(seq)))
    intro = t(f"gates.intro.{cell}", step=step, x=f"{seq[step - 1]:g}", previous=step - 1, activation=activation)
    if cell == "gru":
        intro += " " + t(f"gates.reset.{str(result.weights.reset_after).lower()}")
    st.markdown(intro)
    _step_quizzes(result, settings)  # asked before the equations, the diagram and the numbers that answer them
    equation = "lstm" if cell == "lstm" else ("gru_after" if result.weights.reset_after else "gru_before")
    st.latex(EQUATIONS[equation].replace("GACT", rf"\text{{{activation}}}"))
    st.markdown(f"**{t('gates.diagram.title')}**")
    with st.container(key="gate_diagram"):  # on a phone it scrolls sideways at a readable size (ui/theme.py)
        st.graphviz_chart(_diagram(result, rows, settings))
    st.caption(t("gates.diagram.caption"))
    st.caption(t("gates.numbers", activation=activation))
    _number_table(rows, _labels(cell, gates.QUANTITIES[cell]), step)
    sums_column, difference_column = st.columns([3, 1])
    with sums_column:
        _number_table(rows, _labels(cell, gates.PRE_ACTIVATIONS[cell]), step)
    difference_column.metric(t("gates.difference"), f"{result.max_difference:.1e}", help=t("gates.difference_help"))
    _step_notice(settings, rows)
    bars_column, paths_column = st.columns(2)
    step_frame = rows.reset_index().melt(id_vars=["unit"], var_name="quantity", value_name="value")
    shown = [q for q in gates.QUANTITIES[cell] if q not in ("h_prev", "c_prev")]
    gate_names = ("i", "f", "o") if cell == "lstm" else ("z", "r")
    with bars_column:
        st.markdown(f"**{t('gates.chart.title', step=step)}**")  # an Altair title would clip this grouped chart
        show_chart(
            charts.step_bars(step_frame, _labels(cell, shown), t("gates.chart.unit")),
            "gates_step",
            title=t("gates.chart.title", step=step),
        )
    with paths_column:
        st.markdown(f"**{t('gates.chart.path_title')}**")
        chart = charts.gate_paths(
            result.table, _labels(cell, gate_names), step, t("gates.chart.step"), t("gates.chart.unit")
        )
        show_chart(chart, "gates_paths", title=t("gates.chart.path_title"))
    _weights_expander(result, settings)
    csv_download(result.table, f"rnn_gates_{cell}_{activation}_{settings.units}units.csv", key="gates.csv")


def _lane_labels() -> dict[tuple[str, str], str]:
    pairs = [(cell, "input_reach") for cell in memory_lane.LANE_CELLS]
    pairs += [("lstm", "cell_state_reach"), ("lstm", "forget_product")]
    return {pair: t(f"gates.lane.series.{pair[0]}.{pair[1]}") for pair in pairs}


def _with_lane_widgets(settings: StructureSettings) -> StructureSettings:
    """`settings` with the lane's length and bias start as their widgets hold them now, validated and in the URL."""
    raw = {**to_query(settings), **{name: st.session_state.get(widget_key(PAGE, name)) for name in ("lane", "forget")}}
    settings, _ = parse_settings(StructureSettings, raw)  # a slider and a radio: always in range
    sync_url(settings, extra={PARAM: "memory"})
    return settings


@st.fragment
def memory_lane_section(settings: StructureSettings) -> None:
    """SimpleRNN, LSTM and GRU on one long sequence: how much of x₁ still reaches step t.

    Its own fragment: the length slider and the gate-bias start rerun only this lane, not the page's
    controls above it. On such a rerun `settings` is the one the page last passed in, so the lane's two
    fields are read again from their widgets (and written to the URL) below.
    """
    st.subheader(t("gates.lane.title"))
    st.markdown(t("gates.lane.intro", units=settings.units, seed=settings.seed))
    controls_column, quiz_column = st.columns([2, 3])
    with controls_column:
        st.slider(
            t("gates.lane.length"),
            step=1,
            key=widget_key(PAGE, "lane"),
            **limits(StructureSettings, "lane", slider=True),
        )
        st.radio(
            t("gates.lane.forget"),
            memory_lane.FORGET_STARTS,
            key=widget_key(PAGE, "forget"),
            horizontal=True,
            # A dict's .get, filled now: it keeps this run's language wherever Streamlit calls it later.
            format_func={start: t(f"gates.lane.forget.{start}") for start in memory_lane.FORGET_STARTS}.get,
            help=t("gates.lane.forget_help"),
        )
    settings = _with_lane_widgets(settings)
    with st.spinner(t("gates.lane.spinner")):
        lane = cached_memory_lane(settings.units, settings.seed, settings.lane, settings.forget)
    summary = memory_lane.lane_summary(lane)
    reach = {cell: f"{value:.1e}" for cell, value in summary["reach"].items()}
    with quiz_column:  # above the chart that answers it
        quiz(
            f"gates.lane.{settings.forget}.{settings.lane}",
            t("gates.quiz.lane.q", length=summary["length"]),
            list(memory_lane.LANE_CELLS),
            summary["best"],
            t("gates.quiz.lane.why", length=summary["length"], **reach),
            format_func=CELL_NAMES.get,
        )
    chart, undrawn = charts.memory_lane(
        lane,
        _lane_labels(),
        t("gates.chart.step"),
        t("gates.lane.value"),
        t("gates.lane.chart_title"),
        (memory_lane.GONE, t("gates.lane.gone")),
    )
    show_chart(chart, "gates_memory_lane")
    if undrawn:
        st.caption(t("gates.lane.undrawn", count=undrawn))
    factor = summary["factor"]  # the larger of LSTM's and SimpleRNN's reach over the smaller
    factor_text = f"{factor:,.3g}" if factor < 1000 else f"{factor:.1e}"  # inf only when the smaller is exactly 0
    notice(
        f"gates.lane.notice.{summary['verdict']}",
        length=summary["length"],
        product=f"{summary['forget_product']:.1e}",
        factor=factor_text,
        **reach,
    )
    st.caption(t("gates.lane.link_intro"))
    st.page_link(
        "pages/gradients.py", label=t("gates.lane.link"), icon=":material/ssid_chart:", query_params={"lang": current()}
    )
