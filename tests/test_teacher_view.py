"""Teacher links (issue 16): `?hide=controls` or section names leave those out; a bad name hides nothing."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.support import APP, found, open_page
from ui.teacher_view import hide_query, parse_hide


def test_parse_hide_takes_known_names_and_refuses_the_rest():
    assert parse_hide("controls, memory") == (frozenset({"controls", "memory"}), [])
    assert parse_hide(None) == (frozenset(), [])
    hidden, problems = parse_hide("controls,nonsense")
    assert hidden == frozenset() and [p.reason for p in problems] == ["not_a_choice"]
    assert hide_query(True, ["modes"]) == {"hide": "controls,modes"} and hide_query(False, []) == {}


def test_hide_controls_draws_the_view_without_its_controls():
    full = open_page("pages/structure.py", section="step")
    bare = open_page("pages/structure.py", section="step", hide="controls")
    assert len(full.number_input) + len(full.text_input) > 0
    assert len(bare.number_input) + len(bare.text_input) + len(bare.main.button_group) == 0
    assert bare.query_params["hide"] in ("controls", ["controls"])


def test_hidden_sections_leave_the_section_picker():
    app = open_page("pages/structure.py", hide="memory,modes")
    options = app.main.button_group[0].options
    assert len(options) == 3 and not any("4 ·" in str(o) or "5 ·" in str(o) for o in options)


def test_a_hide_naming_no_section_hides_nothing_with_a_message():
    for lang in ("en", "ko"):
        app = AppTest.from_file(APP, default_timeout=180)
        app.query_params.update({"lang": lang, "hide": "nothing_here"})
        app.run()  # the first page drawn explains the bad value
        warnings = " ".join(w.value for w in app.warning)
        assert found("problem.not_a_choice", warnings, lang)["name"] == "`hide`"
        app.switch_page("pages/structure.py").run()
        assert not app.exception
        assert len(app.main.button_group[0].options) == 5


def test_the_step_through_moves_one_time_step_back_and_forward():
    app = open_page("pages/structure.py", section="step", seq="0,0.1,0.2,0.3", step="2")
    assert app.slider(key="structure.step").value == 2
    app.button(key="structure.step_forward").click().run()
    app.button(key="structure.step_forward").click().run()
    app.button(key="structure.step_forward").click().run()  # stops at the last step
    assert app.slider(key="structure.step").value == 4 and app.query_params["step"] in ("4", ["4"])
    app.button(key="structure.step_back").click().run()
    assert app.slider(key="structure.step").value == 3
