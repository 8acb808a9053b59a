"""The translator page's sections: the input, the model in use, inside the encoder and decoder,
accuracy, where it breaks, its shapes and parameters, and live training through the shared run store."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

import numpy as np
import pandas as pd
import streamlit as st

from rnn_core import sequence_modes
from rnn_core.number_words import (
    LARGEST,
    MAX_TEXT,
    SOURCE_LENGTH,
    SOURCE_TOKENS,
    TARGET_LENGTH,
    TARGET_TOKENS,
    SourceReading,
    korean_beyond,
    make_pairs,
    read_source,
    split_numbers,
)
from rnn_core.translator import (
    EMBEDDING,
    EPOCHS,
    TranslateSettings,
    Translator,
    TranslatorResult,
    TranslatorSettings,
    context_quiz_options,
    encoder_frame,
    mistakes_frame,
    parameter_rows,
    step_table,
    teacher_forcing_frame,
    train_translator,
    translate_ids,
)
from rnn_core.translator_weights import ShippedTranslator, load
from ui.chart_export import show_chart
from ui.charts.translate import accuracy_chart, context_strip, encoder_heatmap
from ui.i18n import t
from ui.quiz import quiz
from ui.run_store import RunStore, RunView, ViewProgress
from ui.state import limits
from ui.views.training import abandon_after

PAGE = "translate"
VIEW = "translate.view"  # this session's RunView, replaced whole
ACTION = "translate.action"  # "train" or "stop", set by a button's callback
WATCHER = "translate.watcher"  # this session's id in the shared store
EXAMPLES = (
    "three hundred twenty one",
    "four thousand five hundred six",
    "1111",
    "twelve thousand three hundred forty five",
    "three hundred and twenty one",
)
# (what is new, input, the correct Korean if there is one). "twenty one hundred" is 2100 said the
# informal way, which the training data never uses; "one two three" names no single number.
BREAK_CASES = (
    ("beyond", "twelve thousand three hundred forty five", korean_beyond(12345)),
    ("beyond", "ten thousand", korean_beyond(10000)),
    ("unknown", "one million", "백만"),
    ("unknown", "three hundred and twenty one", korean_beyond(321)),
    ("order", "twenty one hundred", korean_beyond(2100)),
    ("order", "one two three", None),
)


# ----- the models ---------------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def shipped_translator() -> tuple[Translator, ShippedTranslator]:
    """The model that ships with the app, loaded once per server process; its arrays are read-only."""
    shipped = load()
    return Translator(shipped.settings, shipped.weights), shipped


def weights_digest(weights) -> str:
    digest = hashlib.sha1()
    for array in weights:
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()


@st.cache_data(show_spinner=False, max_entries=16)
def _test_report(digest: str, _translator: Translator) -> tuple[float, pd.DataFrame]:
    """Exact match on the test numbers and the table of mistakes (cached per set of weights)."""
    pairs = make_pairs(split_numbers()["test"])
    mistakes = mistakes_frame(_translator, pairs)  # one greedy pass over the test numbers serves both
    return 1.0 - len(mistakes) / len(pairs.numbers), mistakes


@st.cache_data(show_spinner=False, max_entries=16)
def _break_outputs(digest: str, _translator: Translator) -> tuple[str, ...]:
    return tuple(translate_ids(_translator, [read_source(text).ids for _, text, _ in BREAK_CASES]))


@dataclass(frozen=True)
class ModelInUse:
    translator: Translator
    digest: str  # identifies the weights for the caches
    caption: str  # which model this is, in the page's language


def model_in_use(settings: TranslateSettings, view: RunView | None) -> ModelInUse:
    """The session's own finished run for these settings if there is one, else the shipped model."""
    shipped, stored = shipped_translator()
    result = (view.results or {}).get("run") if view is not None and view.request == settings.model else None
    if result is not None and result.epochs_run > 0:
        digest = weights_digest(result.weights)
        caption = t(
            "translate.model.trained",
            units=settings.units,
            seed=settings.seed,
            epochs=result.epochs_run,
            status=t(f"translate.status.{result.status}"),
        )
        return ModelInUse(Translator(result.settings, result.weights), digest, caption)
    digest = "shipped"
    if settings.model == shipped.settings:
        caption = t("translate.model.shipped", units=settings.units, seed=settings.seed, epochs=stored.epochs)
    else:
        caption = t(
            "translate.model.none",
            units=settings.units,
            seed=settings.seed,
            shipped_units=shipped.settings.units,
            shipped_seed=shipped.settings.seed,
        )
    return ModelInUse(shipped, digest, caption)


# ----- controls and the input ---------------------------------------------------------------------------


def _pick_example() -> None:
    choice = st.session_state.get("translate.example")
    if choice:
        st.session_state["translate.text"] = choice
    st.session_state["translate.example"] = None


def draw_controls(key) -> None:
    text_column, units_column, seed_column = st.columns([4, 1, 1], vertical_alignment="bottom")
    text_column.text_input(t("translate.text"), max_chars=MAX_TEXT, help=t("translate.text_help"), key=key("text"))
    units_column.number_input(t("translate.units"), step=8, **limits(TranslateSettings, "units"), key=key("units"))
    seed_column.number_input(t("translate.seed"), step=1, **limits(TranslateSettings, "seed"), key=key("seed"))
    st.pills(t("translate.examples"), EXAMPLES, key="translate.example", on_change=_pick_example)


def code(text: str) -> str:
    """User text shown as inline code: never markup (backticks are the only character code cannot hold)."""
    return "`" + text.replace("`", "'") + "`"


def draw_reading(reading: SourceReading) -> bool:
    """Messages about the input; returns whether there is anything to translate."""
    if reading.problem is not None:
        st.info(t(f"translate.read.{reading.problem}"), icon="✍️")
        return False
    if reading.negative:
        message = t("translate.read.negative", words=" ".join(reading.words))
        if reading.number:  # −0 is 0: no 마이너스 for it
            message += " " + t("translate.read.negative_korean", korean=korean_beyond(reading.number))
        st.info(message, icon="➖")
    elif reading.from_digits:
        st.caption(t("translate.read.digits", words=" ".join(reading.words)))
    if reading.unknown:
        st.warning(t("translate.read.unknown", words=", ".join(code(w) for w in reading.unknown)), icon="❓")
    elif reading.number is None:
        st.caption(t("translate.read.not_a_number"))
    elif reading.number > LARGEST:
        st.warning(t("translate.read.beyond", number=reading.number), icon="📏")
    return True


def expected_for(reading: SourceReading) -> str | None:
    """The correct Korean, if the words name a number (past 9999 too, written with 만)."""
    return korean_beyond(reading.number) if reading.number is not None else None


def in_task(reading: SourceReading) -> bool:
    return reading.number is not None and reading.number <= LARGEST


def split_of(number: int) -> str:
    return next(name for name, numbers in split_numbers().items() if number in set(numbers.tolist()))


def draw_translation(model: ModelInUse, reading: SourceReading) -> str:
    """The model's translation, the correct one beside it, and which split the number came from."""
    st.subheader(t("translate.output.title"))
    written = translate_ids(model.translator, [reading.ids])[0]
    expected = expected_for(reading)
    model_column, expected_column = st.columns(2)
    model_column.metric(t("translate.output.model"), written or "∅")
    if not written:
        model_column.caption(t("translate.output.nothing"))
    if expected is not None:
        expected_column.metric(t("translate.output.expected"), expected)
        if written == expected:
            st.success(t("translate.output.right"), icon="✅")
        else:
            st.error(t("translate.output.wrong", expected=expected), icon="❌")
        if in_task(reading):
            split = t(f"translate.split.{split_of(reading.number)}")
            st.caption(t("translate.output.split", number=reading.number, split=split))
    return written


# ----- inside the model ---------------------------------------------------------------------------------


def _step_columns(frame: pd.DataFrame) -> pd.DataFrame:
    names = {"step": t("translate.col.step"), "read": t("translate.col.read"), "wrote": t("translate.col.wrote")}
    for rank in (1, 2, 3):
        names[f"candidate_{rank}"] = t("translate.col.candidate", rank=rank)
        names[f"probability_{rank}"] = t("translate.col.probability", rank=rank)
    return frame.rename(columns=names)


def draw_inside(model: ModelInUse, reading: SourceReading) -> None:
    st.subheader(t("translate.inside.title"))
    units = model.translator.settings.units
    count = len(reading.words)
    options = context_quiz_options(count, units)
    labels = {
        "words_times_units": f"{count} × {units} = {count * units}",
        "units": str(units),
        "words": str(count),
        "twice_units": f"2 × {units} = {2 * units}",
    }
    question = "translate.quiz.context.q_one" if count == 1 else "translate.quiz.context.q"
    quiz(
        "translate.context",
        t(question, count=count, units=units),
        tuple(options),
        "units",
        t("translate.quiz.context.why", units=units),
        format_func=labels.get,
    )
    states, context = encoder_frame(model.translator, reading.ids, reading.words)
    show_chart(
        encoder_heatmap(
            states,
            title=t("translate.encoder.title"),
            word_title=t("translate.axis.word"),
            unit_title=t("translate.axis.unit"),
            value_title=t("translate.axis.value"),
        ),
        "translate_encoder",
    )
    st.caption(t("translate.encoder.caption", units=units))
    show_chart(
        context_strip(context, title=t("translate.context.title"), unit_title=t("translate.axis.unit")),
        "translate_context",
    )
    st.caption(t("translate.context.caption", units=units))

    st.markdown(f"**{t('translate.decoder.title')}**")
    table = step_table(model.translator, reading.ids)
    probability = st.column_config.ProgressColumn(format="%.3f", min_value=0.0, max_value=1.0)
    frame = _step_columns(table.frame)
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={t("translate.col.probability", rank=r): probability for r in (1, 2, 3)},
    )
    st.caption(t("translate.decoder.caption"))


def draw_teacher_forcing(model: ModelInUse, reading: SourceReading) -> None:
    st.subheader(t("translate.forcing.title"))
    quiz(
        "translate.forcing",
        t("translate.quiz.forcing.q"),
        ("correct", "own", "context"),
        "correct",
        t("translate.quiz.forcing.why"),
        format_func=lambda option: t(f"translate.quiz.forcing.{option}"),
    )
    expected = expected_for(reading)
    if not in_task(reading):  # teacher forcing needs a correct answer made of syllables the decoder knows
        st.info(t("translate.forcing.no_reference"), icon="ℹ️")
        return
    frame = teacher_forcing_frame(model.translator, reading.ids, expected)
    st.caption(t("translate.forcing.caption"))
    st.dataframe(
        frame.rename(columns={c: t(f"translate.col.{c}") for c in frame.columns}), hide_index=True, width="stretch"
    )
    # Up to its first mistake the decoder reads the same tokens both ways, so the two columns only part after it.
    wrong = frame.index[frame["own_wrote"] != frame["correct"]]
    if len(wrong) == 0:
        st.caption(t("translate.forcing.same"))
    else:
        row = frame.loc[wrong[0]]
        wrote, correct = row["own_wrote"] or "∅", row["correct"] or "∅"
        st.caption(t("translate.forcing.first_mistake", step=int(row["step"]), wrote=wrote, correct=correct))


# ----- accuracy and failures ----------------------------------------------------------------------------


def draw_accuracy(model: ModelInUse, history: pd.DataFrame | None) -> None:
    st.subheader(t("translate.accuracy.title"))
    share, mistakes = _test_report(model.digest, model.translator)
    total = len(split_numbers()["test"])
    st.markdown(t("translate.accuracy.line", total=total, right=total - len(mistakes), share=share))
    if mistakes.empty:
        st.caption(t("translate.accuracy.no_mistakes"))
    else:
        st.caption(t("translate.accuracy.mistakes", count=len(mistakes)))
        st.dataframe(
            mistakes.rename(columns={c: t(f"translate.col.{c}") for c in mistakes.columns}),
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(mistakes), 300),
        )
    if history is not None and len(history):
        st.caption(t("translate.accuracy.curve"))
        show_chart(
            accuracy_chart(
                history,
                title=t("translate.chart.accuracy"),
                x_title=t("translate.axis.epoch"),
                y_title=t("translate.axis.accuracy"),
                x="epoch",
            ),
            "translate_accuracy",
        )


def draw_breaks(model: ModelInUse) -> None:
    st.subheader(t("translate.breaks.title"))
    outputs = _break_outputs(model.digest, model.translator)
    beyond = outputs[0]
    quiz(
        "translate.beyond",
        t("translate.quiz.beyond.q"),
        ("yes", "no"),
        "yes" if beyond == korean_beyond(12345) else "no",
        t("translate.quiz.beyond.why", written=beyond or "∅"),
        format_func=lambda option: t(f"translate.quiz.{option}"),
    )
    with st.expander(t("translate.breaks.show")):
        rows = []
        for (case, text, expected), written in zip(BREAK_CASES, outputs, strict=True):
            rows.append(
                {
                    t("translate.col.case"): t(f"translate.case.{case}"),
                    t("translate.col.english"): text,
                    t("translate.col.written"): written or "∅",
                    t("translate.col.expected"): expected or "—",
                }
            )
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
        st.markdown(t("translate.breaks.why", units=model.translator.settings.units))


# ----- shapes and parameters ----------------------------------------------------------------------------


def draw_model(model: ModelInUse) -> None:
    with st.expander(t("translate.model.title")):
        structure = sequence_modes.mode("encoder_decoder")
        source_shape, target_shape = structure.input_shapes
        # A batch of numbers as make_pairs pads them (tests/test_translator.py runs one through the model).
        here = ((None, SOURCE_LENGTH), (None, TARGET_LENGTH), (None, TARGET_LENGTH, len(TARGET_TOKENS)))
        parameters = parameter_rows(model.translator)
        shapes = pd.DataFrame(
            {
                t("translate.col.what"): [
                    t("translate.shape.source"),
                    t("translate.shape.target"),
                    t("translate.shape.output"),
                ],
                t("translate.col.structure"): [
                    sequence_modes.format_shape(source_shape),
                    sequence_modes.format_shape(target_shape),
                    sequence_modes.format_shape(structure.output_shape),
                ],
                t("translate.col.here"): [sequence_modes.format_shape(shape) for shape in here],
            }
        )
        st.dataframe(shapes, hide_index=True, width="stretch")
        st.caption(t("translate.model.shapes_caption"))
        st.page_link("pages/structure.py", label=t("translate.model.structure_link"), icon=":material/autorenew:")
        st.caption(t("translate.model.code_caption"))
        st.code(model_code(model.translator.settings.units), language="python")
        st.dataframe(
            parameters.rename(columns={c: t(f"translate.col.{c}") for c in parameters.columns}),
            hide_index=True,
            width="stretch",
        )
        st.caption(
            t(
                "translate.model.parameters_caption",
                embedding=EMBEDDING,
                units=model.translator.settings.units,
                source=len(SOURCE_TOKENS),
                target=len(TARGET_TOKENS),
                total=int(parameters["count"].sum()),
            )
        )
        st.page_link("pages/parameters.py", label=t("translate.model.parameters_link"), icon=":material/calculate:")


def model_code(units: int) -> str:
    """The model as a student would write it (initializers and names left out)."""
    return (
        f'source = keras.Input(shape=(None,), dtype="int32")  # (batch, {SOURCE_LENGTH}) English word ids\n'
        f'target = keras.Input(shape=(None,), dtype="int32")  # (batch, {TARGET_LENGTH}) <s> + syllables so far\n'
        f"x = layers.Embedding({len(SOURCE_TOKENS)}, {EMBEDDING}, mask_zero=True)(source)\n"
        f"_, context = layers.GRU({units}, return_sequences=True, return_state=True)(x)\n"
        f"y = layers.Embedding({len(TARGET_TOKENS)}, {EMBEDDING})(target)\n"
        f"decoded, _ = layers.GRU({units}, return_sequences=True, return_state=True)(y, initial_state=context)\n"
        f'next_syllable = layers.Dense({len(TARGET_TOKENS)}, activation="softmax")(decoded)\n'
        "model = keras.Model([source, target], next_syllable)"
    )


# ----- training -----------------------------------------------------------------------------------------


def _work(key: TranslatorSettings, *, on_chunk_end, should_stop) -> TranslatorResult:
    return train_translator(key, on_chunk_end=on_chunk_end, should_stop=should_stop)


@st.cache_resource(show_spinner=False)
def shared_runs() -> RunStore:
    """One store per server: identical settings share one run; one worker, so a class's runs queue."""
    return RunStore(_work, max_entries=16, workers=1, abandon_after=abandon_after())


def _ask(action: str) -> None:
    st.session_state[ACTION] = action


def act_on_clicks(settings: TranslateSettings) -> RunView | None:
    """Start or stop a run if a button asked for it; return the view this session shows."""
    store = shared_runs()
    me = st.session_state.setdefault(WATCHER, uuid.uuid4().hex)
    view: RunView | None = st.session_state.get(VIEW)
    action = st.session_state.pop(ACTION, None)
    if action == "train":
        view = st.session_state[VIEW] = store.start(settings.model, {"run": settings.model}, me, view)
    elif action == "stop" and view is not None and view.results is None:
        view = st.session_state[VIEW] = store.stop(view, me, TranslatorResult.stopped)
    return view


def _accuracy_figure(history: pd.DataFrame):
    return accuracy_chart(
        history,
        title=t("translate.chart.accuracy"),
        x_title=t("translate.axis.seconds"),
        y_title=t("translate.axis.accuracy"),
    )


def draw_training(view: RunView | None) -> RunView | None:
    """Train/Stop, and while a run goes, its progress and live accuracy curve; returns the view."""
    st.subheader(t("translate.train.title"))
    st.markdown(t("translate.train.intro", epochs=EPOCHS))
    running = view is not None and view.results is None
    train_column, stop_column, _ = st.columns([1, 1, 3])
    train_column.button(
        t("translate.train"), type="primary", icon=":material/play_arrow:", width="stretch",
        on_click=_ask, args=("train",), key="translate.train",
    )  # fmt: skip
    stop_column.button(
        t("translate.stop"), icon=":material/stop:", disabled=not running, width="stretch",
        on_click=_ask, args=("stop",), key="translate.stop",
    )  # fmt: skip
    if running:
        bar, chart = st.progress(0.0), st.empty()
        drawn = [None]

        def draw(progress: ViewProgress) -> None:
            result = progress.snapshots.get("run")
            if progress.runs_ahead is not None:
                bar.progress(0.0, text=t("translate.train.queued", ahead=progress.runs_ahead))
            elif result is None:
                bar.progress(0.0, text=t("translate.train.starting"))
            else:
                row = result.history.iloc[-1]
                text = t(
                    "translate.train.progress",
                    epoch=row["epoch"],
                    epochs=EPOCHS,
                    seconds=row["seconds"],
                    accuracy=row["validation_accuracy"],
                )
                bar.progress(min(result.epochs_run / EPOCHS, 1.0), text=text)
                if drawn[0] != len(result.history):
                    chart.altair_chart(_accuracy_figure(result.history), width="stretch")
                    drawn[0] = len(result.history)

        view = shared_runs().follow_view(view, st.session_state[WATCHER], draw, cut_short=TranslatorResult.stopped)
        st.session_state[VIEW] = view
        st.rerun()  # redraw the page with the finished model
    if view is not None and view.results is not None:
        for error in view.errors:
            st.error(t("translate.train.failed", error=error))
        result = view.results.get("run")
        if result is not None and result.epochs_run > 0:
            st.success(
                t(
                    "translate.train.done",
                    epochs=result.epochs_run,
                    seconds=float(result.history["seconds"].iloc[-1]),
                    status=t(f"translate.status.{result.status}"),
                    accuracy=result.validation_accuracy,
                ),
                icon="✅",
            )
            show_chart(_accuracy_figure(result.history), "translate_training_accuracy")
    return view


def other_settings_note(settings: TranslateSettings, view: RunView | None) -> None:
    if view is not None and view.results is not None and view.request != settings.model:
        st.info(t("translate.train.other_settings", units=view.request.units, seed=view.request.seed), icon="ℹ️")


def history_of(settings: TranslateSettings, view: RunView | None) -> pd.DataFrame | None:
    """The training curve of the model in use: the session's run, else the shipped one's."""
    if view is not None and view.results and view.request == settings.model:
        return view.results["run"].history
    shipped, stored = shipped_translator()
    if settings.model == shipped.settings:
        return stored.history
    return None
