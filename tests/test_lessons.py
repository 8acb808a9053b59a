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


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_walk_every_step_and_predictions_hide_their_result(lang):
    app = _lesson_app(lang)
    total = len(lessons.NOTES)
    for number, step in enumerate(lessons.NOTES, start=1):
        captions = " ".join(c.value for c in app.caption)
        assert text("lesson.step_of", lang, number=number, total=total) in captions
        assert app.query_params["step"] == [str(number)] or app.query_params["step"] == str(number)
        if step.asks:
            assert _titles(app) == [], f"step {number}: the page shows before the prediction"
            assert text("quiz.folded", lang) in captions
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
    app = _lesson_app("en", step=3)
    assert _titles(app) == []
    app.radio(key="quiz.lesson.notes.3.choice").set_value("461")
    app.button(key="FormSubmitter:quiz.lesson.notes.3.form-" + text("quiz.check")).click().run()
    assert _titles(app)
    shown = " ".join(s.value for s in app.success)
    assert "20 × (1 + 20 + 1) = 440" in shown and "461 in all" in shown


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"lesson": "nope", "step": "2"}, "problem.not_a_choice"),
        ({"step": "99"}, "problem.out_of_range"),
        ({"step": "abc"}, "problem.not_a_number"),
        ({"step": "20"}, "lesson.bad_step"),
    ],
)
def test_a_bad_lesson_link_falls_back_to_step_one_with_a_message(params, key):
    for lang in ("en", "ko"):
        app = _lesson_app(lang, **params)
        warnings = " ".join(w.value for w in app.warning)
        assert found(key, warnings, lang) is not None, warnings
        captions = " ".join(c.value for c in app.caption)
        assert text("lesson.step_of", lang, number=1, total=len(lessons.NOTES)) in captions
