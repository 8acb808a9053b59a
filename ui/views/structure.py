"""The structure page's sections: controls, the diagrams, the step-through, lengths and sequence modes.

Every number comes from a real Keras SimpleRNN: the layer is built once per (activation, units,
seed) and only ever called, so one instance serves every session.
"""

import pandas as pd
import streamlit as st

from rnn_core import cell, sequence_modes
from rnn_core.models import ACTIVATION_NAMES, ACTIVATIONS
from rnn_core.settings import parse_settings
from ui import diagrams
from ui.chart_export import show_chart
from ui.charts import structure as charts
from ui.charts import titles_for
from ui.i18n import t
from ui.layout import notice
from ui.quiz import answered, quiz
from ui.share import csv_download
from ui.state import limits
from ui.views import step_player, structure_gates

PAGE = "structure"
H_RANGES = {"tanh": "(-1, 1)", "sigmoid": "(0, 1)", "relu": "[0, ∞)"}


@st.cache_resource(max_entries=24, show_spinner=False)
def cached_layer(activation: str, units: int, seed: int):
    """Built once per (activation, units, seed) and shared: it is only ever called, never trained."""
    return cell.build_cell_layer(activation, units, seed=seed)


@st.cache_data(max_entries=64, show_spinner=False)
def cached_step_through(activation: str, units: int, seed: int, sequence: tuple[float, ...]):
    layer = cached_layer(activation, units, seed)
    return cell.step_through(layer, activation, sequence), cell.run_at_lengths(layer, activation, sequence)


@st.cache_data(max_entries=1, show_spinner=False)
def cached_mode_shapes():
    return sequence_modes.mode_shapes().set_index("mode")


def draw_controls(key) -> None:
    with st.container(border=True):
        # Two short rows on the left (sequence, activation, units, seed; then the cell) beside the step's slider and
        # buttons: a low box, so the diagram these controls drive starts on the first screen at 1366×768.
        settings_column, step_column = st.columns([9, 3])
        sequence_column, activation_column, units_column, seed_column = settings_column.columns([5, 6, 2, 2])
        text = sequence_column.text_input(t("structure.seq"), key=key("seq"), help=t("structure.seq_help"))
        activation_column.radio(
            t("structure.activation"),
            ACTIVATIONS,
            key=key("activation"),
            format_func=ACTIVATION_NAMES.get,  # tanh, ReLU, sigmoid: as every other page writes them
            horizontal=True,
        )
        units_column.number_input(
            t("structure.units"), step=1, key=key("units"), **limits(cell.StructureSettings, "units")
        )
        seed_column.number_input(t("structure.seed"), step=1, key=key("seed"), **limits(cell.StructureSettings, "seed"))
        with settings_column:
            structure_gates.draw_cell_controls(key)  # SimpleRNN, LSTM or GRU (ui/views/structure_gates.py)
        # The slider ends at the sequence's length, and a new length makes it a new widget to Streamlit; writing
        # the step back first keeps the student's choice (moved to the end if the sequence got shorter).
        length = len(parse_settings(cell.StructureSettings, {"seq": text})[0].seq)
        st.session_state[key("step")] = min(st.session_state.get(key("step"), 1), length)
        step_player.advance(key("step"), length)  # while playing: the step for this moment (ui/views/step_player.py)
        step_column.slider(
            t("structure.step", length=length),
            min_value=1,
            max_value=length,
            key=key("step"),
            on_change=step_player.pause,
        )
        back, play, forward = step_column.columns(3)  # one time step back, play / pause, one forward (issue 16)
        back.button("◀", key=key("step_back"), on_click=_shift_step, args=(key("step"), -1, length), width="stretch")
        if step_player.playing():
            play.button(
                "",
                icon=":material/pause:",
                key=key("step_pause"),
                help=t("structure.step_pause"),
                on_click=step_player.pause,
                width="stretch",
            )
        else:
            play.button(
                "",
                icon=":material/play_arrow:",
                key=key("step_play"),
                help=t("structure.step_play", seconds=f"{step_player.SECONDS_PER_STEP:g}"),
                on_click=step_player.play,
                args=(key("step"), length),
                width="stretch",
            )
        forward.button(
            "▶", key=key("step_forward"), on_click=_shift_step, args=(key("step"), 1, length), width="stretch"
        )


def _shift_step(step_key: str, delta: int, length: int) -> None:
    step_player.pause()
    st.session_state[step_key] = max(1, min(length, int(st.session_state.get(step_key, 1)) + delta))


def draw_numbers(result: cell.StepThrough, step: int) -> None:
    """The step's numbers, one column per unit; each column adds up: z_t = x_t·W_x + h_(t-1)·W_h + b, h_t = f(z_t).

    The key column leads: it names each quantity (headed by the time step), so on a narrow screen the
    labels stay in view while the units scroll sideways.
    """
    rows = result.table[result.table["step"] == step].set_index("unit")
    columns = ["h_prev", "input_part", "recurrent_part", "bias", "pre_activation", "h"]
    shown = rows[columns].T.rename(index={c: t(f"structure.col.{c}") for c in columns}).rename_axis(f"t = {step}")
    shown.columns = [f"{t('structure.unit')} {unit}" for unit in shown.columns]
    number = st.column_config.NumberColumn(format="%.4f")
    st.dataframe(shown, column_config={c: number for c in shown.columns}, width="stretch")


def draw_weights(weights: cell.CellWeights) -> None:
    units = [f"{t('structure.unit')} {i}" for i in range(1, weights.units + 1)]
    number = st.column_config.NumberColumn(format="%.4f")
    kernel_column, recurrent_column, bias_column = st.columns([2, 3, 2])
    size = weights.units
    for column, title, matrix, index in (
        (kernel_column, f"W_x (1 × {size})", weights.input_kernel, ["x"]),
        (recurrent_column, f"W_h ({size} × {size})", weights.recurrent_kernel, units),
        (bias_column, f"b ({size})", weights.bias[None, :], ["b"]),
    ):
        column.markdown(f"**{title}**")
        frame = pd.DataFrame(matrix, index=index, columns=units)
        column.dataframe(frame, column_config={u: number for u in units}, width="stretch")


def draw_mode(mode: sequence_modes.SequenceMode, shapes) -> None:
    st.markdown(t(f"structure.mode.{mode.name}.about"))
    encoder, decoder = t("structure.mode.encoder"), t("structure.mode.decoder")
    st.graphviz_chart(diagrams.sequence_mode_dot(mode, encoder, decoder))
    code_column, shape_column = st.columns([3, 2])
    code_column.code(mode.snippet, language="python", wrap_lines=True)
    row = shapes.loc[mode.name]
    shape_column.markdown(
        t(
            "structure.mode.shapes",
            model_input=row["model_input"],
            model_output=row["model_output"],
            batch_input=row["batch_input"],
            batch_output=row["batch_output"],
            parameters=row["parameters"],
        )
    )
    notice(f"structure.mode.{mode.name}.notice")
    if mode.name == "encoder_decoder":  # the same pattern, trained: the translator page
        st.page_link("pages/translate.py", label=t("translate.structure_link"), icon=":material/translate:")


def diagram_section(settings: cell.StructureSettings, result: cell.StepThrough) -> None:
    """The folded cell beside its unrolled chain, with the current step marked; the questions; the update rule.

    The diagram comes first, right under the controls that drive it. It would answer the h₀ question, so
    until that is answered it marks h₀ with "?"; the rule that also says h₀ = 0 stands below the questions.
    """
    seq, step, activation = settings.seq, settings.step, settings.activation
    st.markdown(f"**{t('structure.diagram.title')}**")  # a bold line, not a heading: the diagram stays on screen one
    folded_column, unrolled_column = st.columns([1, 3])
    folded_column.graphviz_chart(diagrams.folded_dot(activation))
    initial = "h₀ = 0" if answered("structure.initial") else "h₀ = ?"
    unrolled_column.graphviz_chart(diagrams.unrolled_dot(len(seq), step, activation, initial=initial))
    step_quizzes(settings, result)  # where h₀ comes from, and the range of h for this activation
    rule = r"h_t = f\left(x_t \cdot W_x + h_{t-1} \cdot W_h + b\right),\quad h_0 = 0,\quad f = \text{"
    st.latex(rule + activation + "}")
    notice("structure.diagram.notice", length=len(seq))


def step_section(settings: cell.StructureSettings, result: cell.StepThrough) -> None:
    """One time step's numbers, their charts, the layer's weights and the table as CSV."""
    seq, step, activation = settings.seq, settings.step, settings.activation
    st.subheader(t("structure.step.title", step=step, length=len(seq)))
    st.markdown(t("structure.step.x", step=step, x=f"{seq[step - 1]:g}", previous=step - 1))
    numbers_column, difference_column = st.columns([3, 1])
    with numbers_column:
        draw_numbers(result, step)
    difference_column.metric(
        t("structure.difference"), f"{result.max_difference:.1e}", help=t("structure.difference_help")
    )
    notice(f"structure.step.notice.{activation}")
    long_frame = cell.long_form(result.table)
    bars_column, paths_column = st.columns(2)
    with bars_column:
        show_chart(charts.step_bars(long_frame, step, titles_for(charts.TITLE_KEYS, t)), "structure_step")
        notice("structure.bars.notice")
    with paths_column:
        show_chart(
            charts.hidden_state_paths(long_frame, step, titles_for(charts.TITLE_KEYS, t)),
            "structure_hidden_states",
        )
        notice("structure.paths.notice")
    with st.expander(t("structure.weights.title", units=settings.units)):
        draw_weights(result.weights)
        notice("structure.weights.notice")
    csv_download(result.table, f"rnn_step_through_{activation}_{settings.units}units.csv", key="structure.csv")


def step_quizzes(settings: cell.StructureSettings, result: cell.StepThrough) -> None:
    """Where h₀ comes from, and the range of h for this activation (answered by this run's own values)."""
    activation = settings.activation
    quiz_columns = st.columns(2)
    with quiz_columns[0]:
        quiz(
            "structure.initial",
            t("structure.quiz.initial.q"),
            ["zeros", "random", "x1"],
            "zeros",
            t("structure.quiz.initial.why"),
            format_func=lambda option: t(f"structure.quiz.initial.{option}"),
        )
    with quiz_columns[1]:
        h_values = result.table["h"]
        quiz(
            f"structure.range.{activation}",
            t("structure.quiz.range.q", activation=ACTIVATION_NAMES[activation]),
            list(H_RANGES.values()),
            H_RANGES[activation],
            t("structure.quiz.range.why", low=f"{h_values.min():.4f}", high=f"{h_values.max():.4f}"),
        )


def lengths_section(settings: cell.StructureSettings, lengths: pd.DataFrame) -> None:
    """The same layer on inputs of several lengths: the shapes change, the parameter count does not."""
    st.subheader(t("structure.lengths.title"))
    st.markdown(t("structure.lengths.intro"))
    columns = ["length", "input_shape", "all_states_shape", "final_state_shape", "parameters", "max_difference"]
    st.dataframe(
        lengths[columns].rename(columns={c: t(f"structure.lengths.{c}") for c in columns}),
        column_config={t("structure.lengths.max_difference"): st.column_config.NumberColumn(format="%.1e")},
        hide_index=True,
        width="stretch",
    )
    notice("structure.lengths.notice", units=settings.units, parameters=int(lengths["parameters"].iloc[0]))


def modes_section(shapes: pd.DataFrame) -> None:
    """The sequence modes (1:m, n:1, n:m and the rest), each a real model with its shapes, and a quiz."""
    st.subheader(t("structure.modes.title"))
    st.markdown(t("structure.modes.intro"))
    quiz(
        "structure.translation",
        t("structure.quiz.translation.q"),
        list(sequence_modes.MODE_NAMES),
        "encoder_decoder",
        t("structure.quiz.translation.why"),
        format_func=lambda name: t(f"structure.mode.{name}"),
    )
    tabs = st.tabs([t(f"structure.mode.{m.name}") for m in sequence_modes.MODES])
    for tab, mode in zip(tabs, sequence_modes.MODES, strict=True):
        with tab:
            draw_mode(mode, shapes)
