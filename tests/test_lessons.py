"""The guided lesson (issue 16): its data is sound, every step opens in both languages, a prediction
step hides its page until answered, and a bad lesson link falls back with a message, never a traceback."""

from __future__ import annotations

import dataclasses

import pytest

from rnn_core.parameters import layer_parameter_count
from tests.support import APP, found, text
from ui import lessons
from ui.catalog import CATALOG


def test_every_lesson_is_sound():
    assert lessons.validate(CATALOG) == []


def test_validation_catches_a_bad_setting_and_a_missing_text(monkeypatch):
    broken = lessons.LessonStep("parameters", "where", {"units": "0"}, options=("a", "b"), answer="c")
    monkeypatch.setitem(lessons.LESSONS, "broken", (broken,))
    errors = "\n".join(lessons.validate(CATALOG))
    assert "setting units='0' rejected (out_of_range)" in errors
    assert "answer 'c' is not an option" in errors
    assert "lesson.broken.1.look missing in ko, en" in errors


def test_every_step_setting_parses_into_its_page_settings():
    for step in lessons.NOTES:
        settings, problems = lessons.step_settings(step)
        assert problems == []
        cls, _ = lessons.PAGES[step.page]
        for name, value in step.settings.items():
            field = next(f for f in dataclasses.fields(cls) if (f.metadata.get("url") or f.name) == name)
            assert str(getattr(settings, field.name)).lower().replace(" ", "") != "" and value


def test_the_440_step_matches_keras():
    """The reveal's arithmetic for step 3 is Keras's own count_params() (the notes' 440)."""
    step = lessons.NOTES[2]
    settings, _ = lessons.step_settings(step)
    assert layer_parameter_count("simplernn", settings.units, settings.features) == 440


def _lesson_app(lang: str, **params):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(APP, default_timeout=180)
    app.query_params.update({"lang": lang, "lesson": "notes", **{k: str(v) for k, v in params.items()}})
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def _titles(app) -> list[str]:
    return [title.value for title in app.title]


def _panel_heading(app) -> str:
    """The lesson panel's one line: its folded step text's label ("Step 3 of 12 · …")."""
    return " ".join(e.label for e in app.expander if e.label.startswith("📘"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_walk_every_step_and_predictions_hide_their_result(lang):
    app = _lesson_app(lang)
    total = len(lessons.NOTES)
    for number, step in enumerate(lessons.NOTES, start=1):
        infos = " ".join(i.value for i in app.info)
        assert text("lesson.step_of", lang, number=number, total=total) in _panel_heading(app)
        assert app.query_params["lesson_step"] in ([str(number)], str(number))
        if step.asks:
            assert _titles(app) == [], f"step {number}: the page shows before the prediction"
            assert text("lesson.predict_first", lang) in infos
            app.button(key=f"FormSubmitter:quiz.lesson.notes.{number}.form-{text('quiz.show', lang)}").click()
            app.run()
            assert not app.exception, [e.value for e in app.exception]
        assert _titles(app), f"step {number}: the page is not shown"
        if step.section:
            assert app.session_state[f"_section.{step.page}"] == step.section
        if number < total:
            app.button(key="lesson.next").click().run()
            assert not app.exception, [e.value for e in app.exception]


def test_a_prediction_step_reveals_after_an_answer_with_numbers_from_the_view():
    app = _lesson_app("en", lesson_step=3)
    assert _titles(app) == []
    app.radio(key="quiz.lesson.notes.3.choice").set_value("461")
    app.button(key="FormSubmitter:quiz.lesson.notes.3.form-" + text("quiz.check")).click().run()
    assert _titles(app)
    shown = " ".join(s.value for s in app.success)
    assert "20 × (1 + 20 + 1) = 440" in shown and "461 in all" in shown


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"lesson": "nope", "lesson_step": "2"}, "problem.not_a_choice"),
        ({"lesson_step": "99"}, "problem.out_of_range"),
        ({"lesson_step": "abc"}, "problem.not_a_number"),
        ({"lesson_step": "20"}, "lesson.bad_step"),
        ({"step": "20"}, "lesson.bad_step"),  # an old link's `step` is read as the lesson's step
    ],
)
def test_a_bad_lesson_link_falls_back_to_step_one_with_a_message(params, key):
    for lang in ("en", "ko"):
        app = _lesson_app(lang, **params)
        warnings = " ".join(w.value for w in app.warning)
        assert found(key, warnings, lang) is not None, warnings
        assert text("lesson.step_of", lang, number=1, total=len(lessons.NOTES)) in _panel_heading(app)


def test_an_old_step_link_still_opens_its_step_and_the_structure_step_keeps_its_name():
    """`?step=` was the lesson's step before it became `lesson_step`: an old link lands on that step,
    and on the Structure page `step` is the page's own time step again, not the lesson's."""
    app = _lesson_app("en", step=5)
    assert text("lesson.step_of", "en", number=5, total=len(lessons.NOTES)) in _panel_heading(app)
    app.button(key="lesson.back").click().run()
    app.button(key="lesson.back").click().run()
    app.button(key="lesson.back").click().run()  # step 2: Structure's step-through at time step 3
    assert not app.exception, [e.value for e in app.exception]
    assert app.query_params["lesson_step"] in (["2"], "2")
    app.button(key="FormSubmitter:quiz.lesson.notes.2.form-" + text("quiz.show")).click().run()  # the page shows
    assert app.query_params["step"] in (["3"], "3")  # the time step, as the lesson's data sets it
    assert app.slider(key="structure.step").value == 3


def test_a_bad_hide_is_reported_on_the_page_the_lesson_opens():
    for lang in ("en", "ko"):
        app = _lesson_app(lang, lesson_step=3, hide="nonsense")
        assert text("lesson.step_of", lang, number=3, total=len(lessons.NOTES)) in _panel_heading(app)
        warnings = " ".join(w.value for w in app.warning)
        problem = found("problem.not_a_choice", warnings, lang)
        assert problem is not None and problem["name"] == "`hide`", warnings  # no control of its own: the URL name


@pytest.mark.slow
@pytest.mark.parametrize("number", [6, 7, 8])
def test_a_training_step_answer_is_what_its_run_gives(number):
    """Steps 6–8 are answered by their run: a real run of the step's settings gives the lesson's answer,
    and the reveal fills every placeholder from that run."""
    from rnn_core.training import train, train_compare

    step = lessons.NOTES[number - 1]
    settings, _ = lessons.step_settings(step)
    results = train_compare(settings) if settings.compare else {settings.activation: train(settings)}
    answer, values = lessons.run_answer(step.measure, results)
    assert answer == step.answer
    for lang in ("en", "ko"):
        shown = text(f"lesson.notes.{number}.reveal", lang, **values)
        assert "{" not in shown
