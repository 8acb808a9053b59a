"""The guided lesson's panel above the page: "step 3 of 12", what to look at, Back / Next, and the
prediction that keeps the step's result hidden until it is answered (or the presenter reveals it).

`?lesson=notes&lesson_step=3` opens a lesson at a step. The step lives in the session and the URL only:
nothing about a student is stored on the server. Going to a step sets the page's settings and
section the way a preset button does (`ui/state.apply_values`), then switches to the page.
"""

from __future__ import annotations

import dataclasses
import math

import streamlit as st

from rnn_core.settings import parse_settings
from ui.catalog import CATALOG
from ui.i18n import t
from ui.lessons import LESSONS, PAGES, RUN_MEASURES, LessonSettings, LessonStep, run_answer, step_settings, validate
from ui.quiz import SHOWN, answered, quiz
from ui.state import LESSON_QUERY, apply_values, reset_settings, show_problems
from ui.teacher_view import report_hide_problems
from ui.theme import presenter_requested
from ui.views import step_player

_STATE = "_lesson"  # (lesson name, step number from 1), or None outside a lesson
_PENDING = "_lesson.pending"  # the step's page has still to be opened
_MESSAGES = "_lesson.messages"  # what was wrong with the lesson link, shown once
STEP_PARAM = "lesson_step"  # the lesson's step in the link (LessonSettings.step's URL name)
OLD_STEP_PARAM = "step"  # what links called it before; now the Structure page's time step

_ERRORS = validate(CATALOG)
if _ERRORS:  # at start-up: a broken lesson table stops the app with the list of what is wrong
    raise ValueError("lesson data is invalid:\n" + "\n".join(_ERRORS))


def quiz_key(lesson: str, number: int) -> str:
    return f"lesson.{lesson}.{number}"


def read_lesson_link() -> None:
    """Once per session: the lesson and step the first address asked for, bad values replaced and explained.

    The step is `lesson_step`; an old link's `step` (before the Structure page's time step took that
    name) is still read as the lesson's step when `lesson_step` is absent.
    """
    if _STATE in st.session_state:
        return
    if st.query_params.get("lesson") is None:
        st.session_state[_STATE] = None
        return
    raw_step = st.query_params.get(STEP_PARAM, st.query_params.get(OLD_STEP_PARAM))
    asked = {"lesson": st.query_params.get("lesson"), STEP_PARAM: raw_step}
    settings, problems = parse_settings(LessonSettings, asked)
    messages = []
    number = settings.step
    if problems and any(p.name == "lesson" for p in problems):
        number = 1  # an unknown lesson falls back to the first step of the default one
    elif number > len(LESSONS[settings.lesson]):
        messages.append(("lesson.bad_step", {"raw": raw_step, "total": len(LESSONS[settings.lesson])}))
        number = 1
    st.session_state[_MESSAGES] = (problems, messages)
    go_to(settings.lesson, number)


def go_to(lesson: str, number: int) -> None:
    """Set the step's page settings and section, and ask for its page to be opened (a callback or before the page)."""
    step = LESSONS[lesson][number - 1]
    cls, sections = PAGES[step.page]
    settings, _ = step_settings(step)
    reset_settings(cls, step.page)
    apply_values(cls, step.page, **{f.name: getattr(settings, f.name) for f in dataclasses.fields(cls)})
    if sections:
        st.session_state[f"_section.{step.page}"] = step.section
        st.session_state[f"{step.page}.section"] = step.section
    step_player.pause()  # a step-through left playing would jump to its end on the next visit
    st.session_state[_STATE] = (lesson, number)
    st.session_state[LESSON_QUERY] = {"lesson": lesson, STEP_PARAM: str(number)}
    st.session_state[_PENDING] = True


def _leave() -> None:
    st.session_state[_STATE] = None
    st.session_state.pop(LESSON_QUERY, None)
    for name in ("lesson", STEP_PARAM):
        st.query_params.pop(name, None)


def _measure(step: LessonStep) -> dict:
    """The numbers a reveal states, computed from the step's own view."""
    settings, _ = step_settings(step)
    if step.measure == "step_match":
        from ui.views.structure import cached_step_through

        result, _ = cached_step_through(settings.activation, settings.units, settings.seed, settings.seq)
        return {"units": settings.units, "difference": f"{result.max_difference:.1e}"}
    if step.measure == "parameters":
        from rnn_core.parameters import formula, head_formula

        u, d = settings.units, settings.features
        recurrent, head = formula("simplernn", u, d)[2], head_formula(u)[2]
        return {
            "units": u,
            "features": d,
            "recurrent": recurrent,
            "head": head,
            "total": recurrent + head,
            "input_weights": u * d,
            "recurrent_weights": u * u,
            "biases": u,
        }
    if step.measure == "shapes":
        return {"timesteps": settings.timesteps, "units": settings.units}
    if step.measure == "state_bound":
        from rnn_core.gradients import state_norms

        norms = state_norms(settings)
        peak = float(norms.loc[norms["activation"] == settings.activation, "state_norm"].max())
        limit = math.sqrt(settings.units)
        return {"steps": settings.steps, "peak": f"{peak:.2f}", "units": settings.units, "limit": f"{limit:.2f}"}
    if step.measure == "gradient_bound":
        from rnn_core.activations import DERIVATIVE_BOUNDS
        from rnn_core.gradients import pascanu_bound

        factor = settings.gain * DERIVATIVE_BOUNDS[settings.activation]
        bound = float(pascanu_bound(settings.gain, settings.activation, settings.steps))
        return {"factor": f"{factor:g}", "steps": settings.steps, "bound": f"{bound:.1e}"}
    return {}


def _run_results(step: LessonStep) -> dict | None:
    """The finished results of the step's own training run, if this session has trained it on the page."""
    from ui.views.training import VIEW

    view = st.session_state.get(VIEW)
    settings, _ = step_settings(step)
    if view is None or not view.results or view.request != settings:
        return None
    return view.results


@st.cache_data(max_entries=32, show_spinner=False)
def _cached_run_answer(measure: str, run: str, _results: dict) -> tuple[str, dict]:
    return run_answer(measure, _results)


def _verdict(lesson: str, number: int, step: LessonStep) -> None:
    """The answered question in one box: right or wrong, then what this view (or this run) showed."""
    key = quiz_key(lesson, number)
    guess = st.session_state.get(f"quiz.{key}.revealed")
    label = lambda option: t(f"lesson.{lesson}.{number}.option.{option}")  # noqa: E731
    if step.measure in RUN_MEASURES:
        results = _run_results(step)
        if results is None:  # the run answers it: until it has, the prediction waits here
            if guess == SHOWN:
                st.info(t("lesson.run_pending_shown"), icon="⏳")
            else:
                st.info(t("lesson.run_pending", guess=label(guess)), icon="⏳")
            return
        run = repr([(a, r.status, r.losses) for a, r in results.items()])
        answer, values = _cached_run_answer(step.measure, run, results)
    else:
        answer, values = step.answer, _measure(step)
    reveal = t(f"lesson.{lesson}.{number}.reveal", **values)
    if guess == SHOWN:
        st.info(f"{t('quiz.shown', answer=label(answer))} {reveal}", icon="💡")
    elif guess == answer:
        st.success(f"{t('quiz.right')} {reveal}", icon="✅")
    else:
        st.error(f"{t('quiz.wrong', answer=label(answer))} {reveal}", icon="❌")


def _navigation(lesson: str, number: int, total: int) -> None:
    """One row: the step and its title (its text folded under them), Back, Next and a way out."""
    title = f"📘 {t('lesson.step_of', number=number, total=total)} · {t(f'lesson.{lesson}.{number}.title')}"
    text_column, buttons_column = st.columns([3, 2], vertical_alignment="top")
    # Open on a laptop, folded on a projector, where the page below needs the room and the teacher speaks.
    with text_column.expander(title, expanded=not presenter_requested()):
        st.caption(t(f"lesson.name.{lesson}"))
        st.markdown(t(f"lesson.{lesson}.{number}.look"))
    # A row that stays a row on a phone (columns would stack the three buttons).
    buttons = buttons_column.container(horizontal=True, wrap=False, vertical_alignment="center")
    buttons.button(
        t("lesson.back"),
        key="lesson.back",
        disabled=number == 1,
        on_click=go_to,
        args=(lesson, number - 1),
        width="stretch",
    )
    buttons.button(
        t("lesson.next"),
        key="lesson.next",
        type="primary",
        disabled=number == total,
        help=t("lesson.done") if number == total else None,
        on_click=go_to,
        args=(lesson, min(number + 1, total)),
        width="stretch",
    )
    buttons.button(
        "",
        icon=":material/close:",
        key="lesson.leave",
        type="tertiary",
        help=t("lesson.leave"),
        on_click=_leave,
        width="content",
    )


def lesson_panel(page_path: str) -> bool:
    """Draw the lesson panel (if a lesson is open); True when the page below may be drawn."""
    read_lesson_link()
    current = st.session_state.get(_STATE)
    if current is not None:
        lesson, number = current
        step = LESSONS[lesson][number - 1]
        if page_path != step.page and st.session_state.pop(_PENDING, False):
            st.switch_page(f"pages/{step.page}.py")
    report_hide_problems()  # after the switch, so a bad `hide=` is explained on the page shown
    if current is None:
        return True
    steps = LESSONS[lesson]
    for name, value in st.session_state[LESSON_QUERY].items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value  # the step in the link, even while the page below waits
    if page_path != step.page:
        with st.container(border=True, key="lesson_panel"):
            st.caption(t("lesson.elsewhere", number=number))
            st.button(t("lesson.return", number=number), on_click=go_to, args=(lesson, number))
        return True
    st.session_state.pop(_PENDING, None)
    problems, messages = st.session_state.pop(_MESSAGES, ([], []))  # after the switch, so they are seen
    show_problems(problems)
    for key, values in messages:
        st.warning(t(key, **values), icon="⚠️")
    shown = True
    with st.container(border=True, key="lesson_panel"):
        _navigation(lesson, number, len(steps))
        if step.asks:
            key = quiz_key(lesson, number)
            if answered(key):
                _verdict(lesson, number, step)
            else:
                shown = quiz(
                    key,
                    t(f"lesson.{lesson}.{number}.question"),
                    step.options,
                    step.answer,
                    "",
                    format_func=lambda option: t(f"lesson.{lesson}.{number}.option.{option}"),
                )
    if not shown:  # one message says why the result is hidden (it names the presenter's Show the answer too)
        st.info(t("lesson.predict_first"), icon="🙈")
    return shown
