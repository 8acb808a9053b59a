"""The training page's choice of sequence, with "your sequence": values pasted or read from a CSV/TXT file.

The values live in this session only (`st.session_state`, in memory): nothing is written to disk,
and a file is parsed here, never cached server-wide. They reach the run store inside the settings,
where `SequenceValues` compares and hashes by sha256, so two students with the same data share one
run. A typed sequence of up to LINK_VALUES values travels in the page's link; a file's never does.
"""

from __future__ import annotations

import contextlib
import hashlib

import streamlit as st

from rnn_core.custom_data import MAX_BYTES, DataProblem, SequenceValues, read_file, read_pasted
from rnn_core.data import ALL_TASKS, CUSTOM
from rnn_core.settings import exact_text
from rnn_core.training import TrainingSettings, most_samples
from rnn_core.training_results import BEYOND_COUNT
from ui.i18n import t
from ui.state import apply_values

LINK_VALUES = 200  # a typed sequence up to this long travels in the link (about 2 KB of URL)
UPLOAD_MB = 5  # Streamlit refuses larger uploads itself; up to here the page explains the 1 MB limit
PAGE = "training"
TEXT = "training.own.text"  # the paste box
FILE = "training.own.file"  # the file uploader
COLUMN = "training.own.column"  # which numeric column of the file to learn
SOURCE = "training.own.source"  # "paste" or "file": the input the student changed last
FILE_READ = "training.own.file_read"  # (file id, Table | DataProblem): each upload is parsed once
TEXT_READ = "training.own.text_read"  # (text digest, values | DataProblem): the paste box likewise
SHOWN = "training.own.shown"  # digest of the values last put into the settings (new data resets samples)
ORIGIN = "training.own.origin"  # how the values in the settings were read: ("paste",) or ("file", name, column)
LAST = "training.own.last"  # (values, origin) of the last good input, to refill the boxes after they were hidden
FROM_LINK = "link"  # SHOWN's value while the values are the ones the settings were opened with
VALUES = "training.values"  # the settings' own key for the `values` field (ui/state.widget_key)


def _changed(source: str) -> None:
    """The student changed the paste box or the file: that input now decides.

    Emptied (a file removed, the box cleared, or a file being replaced, which first removes the old one),
    it hands over to the other input if that holds something; the values shown stay until new ones come.
    """
    emptied = st.session_state.get(FILE) is None if source == "file" else not st.session_state.get(TEXT, "").strip()
    if emptied:
        other = "paste" if source == "file" else "file"
        has_other = st.session_state.get(TEXT, "").strip() if other == "paste" else st.session_state.get(FILE)
        source = other if has_other else None
    st.session_state[SOURCE] = source


def _problem_text(problem: DataProblem) -> str:
    details = {key: str(value).replace("`", "'") for key, value in problem.details.items()}
    if "most" in problem.details and problem.code == "too_big":
        details["most_mb"] = f"{MAX_BYTES / 1e6:g}"
    return t(f"training.own.problem.{problem.code}", line=problem.line, **details)


def _read_upload(upload):
    """The uploaded file's numeric columns or its problem, read once per upload."""
    cached = st.session_state.get(FILE_READ)
    if cached is None or cached[0] != upload.file_id:
        result = DataProblem("too_big", details={"most": MAX_BYTES}) if upload.size > MAX_BYTES else None
        cached = (upload.file_id, result or read_file(upload.getvalue()))
        st.session_state[FILE_READ] = cached
    return cached[1]


def _read_text(text: str):
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    cached = st.session_state.get(TEXT_READ)
    if cached is None or cached[0] != key:
        cached = (key, read_pasted(text))
        st.session_state[TEXT_READ] = cached
    return cached[1]


def _restore(key) -> None:
    """Refill the inputs when they were not on screen in the last run (first visit, another task, another page).

    A link's values (text in the settings' key) go into the paste box. Otherwise the last good values come
    back: typed ones into the box, a file's straight into the settings (a browser cannot be handed a file).
    """
    if TEXT in st.session_state:
        return  # the boxes were drawn last run: what they hold decides
    given, last = st.session_state.get(key("values")), st.session_state.get(LAST)
    if isinstance(given, str) and given.strip():
        st.session_state[TEXT], st.session_state[SOURCE] = given, "paste"
        st.session_state[SHOWN] = FROM_LINK  # values the settings were opened with: their samples stay as given
    elif last is not None and last[1][0] == "paste":
        st.session_state[TEXT] = ", ".join(exact_text(v) for v in last[0])
        st.session_state[SOURCE] = "paste"
    elif last is not None:
        st.session_state[key("values")], st.session_state[ORIGIN] = last
        st.session_state[SHOWN], st.session_state[SOURCE] = last[0].digest, None


_UPLOADER_CSS = """<style>
.st-key-own_file_box [data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
.st-key-own_file_box [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {
  font-size: 0;
}
.st-key-own_file_box [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "{choose}"; font-size: 1rem;
}
</style>"""


def own_values_input(key) -> None:
    """The paste box and the file uploader; valid values go into the settings' `values`, problems are shown.

    A problem leaves the settings' values as they were (the page keeps its sequence), so bad input
    never reaches the model. New values lower the samples to fit them, keeping BEYOND_COUNT after.
    """
    _restore(key)
    st.markdown(f"**{t('training.own.box_title')}**")
    paste_column, file_column = st.columns(2)
    text = paste_column.text_area(
        t("training.own.paste"),
        placeholder=t("training.own.paste_placeholder"),
        height=80,
        key=TEXT,
        on_change=_changed,
        args=("paste",),
    )
    with file_column.container(key="own_file_box"):
        # Streamlit writes its uploader's button ("Upload") and size line ("5MB per file", its own
        # cap, not the 1 MB this page reads) in English only: the label already gives the page's
        # limit, so the size line goes, and the button says the page's word for it.
        st.html(_UPLOADER_CSS.replace("{choose}", t("training.own.choose_file")))
        upload = st.file_uploader(
            t("training.own.file"), key=FILE, on_change=_changed, args=("file",), max_upload_size=UPLOAD_MB
        )
    source = st.session_state.get(SOURCE)
    result, origin = None, None
    if source == "file" and upload is not None:
        result = _read_upload(upload)
        if not isinstance(result, DataProblem):
            names = list(result.names)
            if st.session_state.get(COLUMN) not in names:
                st.session_state[COLUMN] = names[-1]  # values usually come last, after dates or indices
            column = st.selectbox(t("training.own.column"), names, key=COLUMN) if len(names) > 1 else names[0]
            if result.skipped:
                st.caption(t("training.own.skipped", columns=", ".join(f"`{name}`" for name, _ in result.skipped)))
            result, origin = result.column(column), ("file", upload.name, column)
    elif source == "paste" and text.strip():
        result, origin = _read_text(text), ("paste",)
    if isinstance(result, DataProblem):
        st.error(f"{_problem_text(result)} {t('training.own.problem_kept')}", icon="⚠️")
    elif result is not None:
        _put_values(key, SequenceValues(result), origin)
    if not st.session_state.get(key("values")):
        st.caption(t("training.own.hint"))


def _put_values(key, values: SequenceValues, origin: tuple) -> None:
    """Hand new values to the settings (before the samples box is drawn) and remember where they came from."""
    st.session_state[ORIGIN], st.session_state[LAST] = origin, (values, origin)
    if st.session_state.get(key("values")) != values:  # new, or reset by a preset button while the input kept them
        st.session_state[key("values")] = values
    shown, st.session_state[SHOWN] = st.session_state.get(SHOWN), values.digest
    if shown in (values.digest, FROM_LINK):
        return
    window = st.session_state.get(key("window"))
    window = window if isinstance(window, int) and 2 <= window <= len(values) - 11 else 3
    samples = min(1000, max(10, len(values) - window - BEYOND_COUNT))  # keep BEYOND_COUNT values to check with
    st.session_state[key("samples")] = min(samples, most_samples(len(values), window))


def lower_samples(key) -> None:
    """Show the samples really used: own values leave room for at most count − window − 1 windows."""
    values, samples, window = (st.session_state.get(key(name)) for name in ("values", "samples", "window"))
    if not isinstance(values, tuple) or not values or not isinstance(samples, int) or not isinstance(window, int):
        return
    most = most_samples(len(values), window)
    if most >= 10 and samples > most:
        st.session_state[key("samples")] = most
        st.caption(t("training.own.samples_lowered", most=most, count=len(values), window=window))


def draw_task(key, own=None) -> None:
    """The sequence to learn; with "your sequence", the boxes that read it, drawn into `own` if given.

    The training page gives the top of its picture column: there the paste box and the file sit
    above the chart of the values they read, and the controls' column stays short enough for Train
    to stay on a laptop's first screen.
    """
    labels = {task: t(f"training.task_label.{task}") for task in ALL_TASKS}
    st.selectbox(t("training.task"), ALL_TASKS, format_func=labels.get, key=key("task"))
    if st.session_state.get(key("task")) == CUSTOM:
        if own is not None:  # true beside the chart on a laptop and below Train on a phone
            st.caption(t("training.own.where"))
        with own if own is not None else contextlib.nullcontext(), st.container(border=True):
            own_values_input(key)
        lower_samples(key)


def still_choosing(problems: list, key) -> list:
    """The problems worth a warning: not "your sequence has no values yet" while the student is on it.

    Chosen in the box, "your sequence" shows the built-in sequence until values come, and the hint
    under the paste box says so. A link asking for it without values falls back to the built-in task
    in the box too, and there the warning explains why.
    """
    if st.session_state.get(key("task")) != CUSTOM:
        return problems
    return [problem for problem in problems if problem.reason != "no_values"]


def link_leaves_out(settings: TrainingSettings) -> tuple[str, ...]:
    """URL parameters the link must not carry: own values read from a file, or more than LINK_VALUES."""
    if settings.task != CUSTOM:
        return ()
    typed = st.session_state.get(ORIGIN, ("paste",))[0] == "paste"
    return () if typed and len(settings.values) <= LINK_VALUES else ("values",)


def turn_scaling_on() -> None:
    apply_values(TrainingSettings, PAGE, scale=True)


def draw_own_data_notes(settings: TrainingSettings, largest: float, scale_matters_above: float) -> None:
    """Under the preview of one's own values: where they came from, how they are split, the link, privacy, scaling."""
    if settings.task != CUSTOM:
        return
    count = len(settings.values)
    origin = st.session_state.get(ORIGIN, ("paste",))
    if origin[0] == "file":
        st.caption(t("training.own.loaded_file", count=count, name=origin[1].replace("`", "'"), column=origin[2]))
    else:
        st.caption(t("training.own.loaded_paste", count=count))
    used = settings.samples + settings.window
    held = min(BEYOND_COUNT, count - used)
    st.caption(
        t("training.own.split", used=used, count=count, samples=settings.samples, window=settings.window, held=held)
    )
    if count - used - held > 0:
        st.caption(t("training.own.unused", unused=count - used - held, most=most_samples(count, settings.window)))
    bounded = any(a in ("tanh", "sigmoid") for a in settings.activations)
    if bounded and not settings.scale and largest > scale_matters_above:
        with st.container(border=True):
            st.warning(t("training.own.scale_warning", largest=f"{largest:.3g}"), icon="⚠️")
            st.button(t("training.own.scale_button"), on_click=turn_scaling_on, key="training.own.scale")
    if "values" in link_leaves_out(settings):
        if origin[0] == "file":
            st.caption(t("training.own.link_file"))
        else:
            st.caption(t("training.own.link_long", most=LINK_VALUES, count=count))
    else:
        st.caption(t("training.own.link_carries", count=count))
    st.caption(t("training.own.privacy"))
