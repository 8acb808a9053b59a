"""The training page in AppTest (the shared run store it trains through is tested in test_run_store.py)."""

from __future__ import annotations

import functools

from streamlit.testing.v1 import AppTest

from tests.support import found, text
from tests.support import open_page as open_page_through_the_frame
from ui.catalog import CATALOG

PAGE = "pages/training.py"


open_page = functools.partial(open_page_through_the_frame, PAGE)  # open_page(lang="en", **url_params)


def charts(app: AppTest) -> list:
    return app.get("vega_lite_chart")


def warnings(app: AppTest) -> str:
    return "\n".join(w.value for w in app.warning)


def show_answer(app: AppTest, quiz: str, lang: str = "en") -> None:
    """Press "Show the answer" on the question whose key starts with `quiz`."""
    label = text("quiz.show", lang)
    [button] = [b for b in app.button if b.key.startswith(f"FormSubmitter:quiz.{quiz}") and b.key.endswith(label)]
    button.click().run()
    assert not app.exception, [e.value for e in app.exception]


def test_default_page_renders_and_does_not_train_by_itself():
    app = open_page()
    assert app.title[0].value == text("training.title")
    assert app.number_input(key="training.units").value == 20
    assert app.number_input(key="training.epochs").value == 100
    assert "[[0. ]\n [0.1]\n [0.2]] 0.3" in app.code[0].value  # the notes' print-out
    assert not app.success and any("Train" in i.value for i in app.info)
    app.number_input(key="training.units").set_value(8).run()  # a widget change alone never trains
    assert not app.exception and not app.success


def test_train_button_trains_and_draws_the_loss_curve():
    app = open_page(epochs="6", seed="5")
    app.button(key="training.train").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert found("training.status.finished", app.success[0].value)["epochs"] == "6"
    assert len(charts(app)) == 2  # data and the loss curve (the replay moves it); predictions and try-it stay folded
    assert app.query_params["run"] == "1"
    app.number_input(key="training.seed").set_value(6).run()  # the result stays, marked as stale
    assert found("training.status.finished", app.success[0].value)["epochs"] == "6"
    assert any(text("training.stale") in i.value for i in app.info)


def test_a_shared_link_reproduces_the_view_and_trains_on_opening():
    app = open_page(
        task="arith", cell="simplernn", activation="relu", units="12", window="3", samples="40", epochs="5",
        batch="32", lr="0.01", seed="2", compare="1", run="1",
    )  # fmt: skip
    assert app.segmented_control(key="training.activation").value == "relu"
    assert app.toggle(key="training.compare").value is True
    assert [s.value.split(":")[0] for s in app.success] == ["**tanh**", "**ReLU**", "**sigmoid**"]
    # A link that trains on opening leaves no time to predict: the ranking and table show, saying so.
    assert any(text("training.predict.none") in c.value for c in app.caption)
    assert len(app.dataframe) == 1  # the final-loss table of the compare view
    assert app.query_params["units"] == "12" and app.query_params["compare"] == "true"


def test_the_korean_compare_view_survives_a_rerun():
    app = open_page("ko", epochs="3", compare="1", run="1")
    assert [s.value.split(":")[0] for s in app.success] == ["**tanh**", "**ReLU**", "**sigmoid**"]
    assert all(found("training.status.finished", s.value, "ko") for s in app.success)
    show_answer(app, "training.beyond.", "ko")
    app.number_input(key="training.try_steps").set_value(4).run()  # every widget, quizzes included, is re-sent
    assert not app.exception, [e.value for e in app.exception]


def test_bad_url_values_warn_and_fall_back_to_the_notes_defaults():
    app = open_page(epochs="0", units="-3", lr="abc", batch="1000000000")
    message = warnings(app)
    for name in ("epochs", "units", "lr", "batch"):
        assert f"`{name}`" in message, message
    assert app.number_input(key="training.epochs").value == 100
    assert app.number_input(key="training.units").value == 20
    assert app.number_input(key="training.learning_rate").value == 0.001


def test_a_typed_sequence_with_text_or_the_wrong_length_is_explained_and_replaced():
    app = open_page(epochs="3", run="1")
    show_answer(app, "training.beyond.")
    box = app.text_input(key="training.try_sequence.arith.3.100")
    assert box.value == "10.0, 10.1, 10.2"
    box.set_value("1, x, 3").run()
    assert not app.exception and found("problem.not_a_number", warnings(app))
    app.text_input(key="training.try_sequence.arith.3.100").set_value("1, 2").run()
    assert not app.exception and found("problem.too_short", warnings(app))["min_len"] == "3"


def test_the_divergence_demo_says_plainly_where_training_stopped():
    app = open_page()
    app.button(key="training.demo").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.segmented_control(key="training.activation").value == "relu"
    assert any(found("training.status.diverged", e.value) for e in app.error), [e.value for e in app.error]


def test_the_prediction_past_the_data_is_folded_until_the_question_is_answered():
    app = open_page(epochs="3", run="1")
    assert not any("just past the training data, the model predicted" in c.value for c in app.caption)
    # try-it opens on the question's own window, so it is folded with the answer
    assert not [box for box in app.text_input if box.key.startswith("training.try_sequence")]
    before = len(charts(app))
    show_answer(app, "training.beyond.")
    assert len(charts(app)) == before + 2  # the predictions chart and try-it's roll-out, now unfolded
    assert app.text_input(key="training.try_sequence.arith.3.100").value == "10.0, 10.1, 10.2"
    assert any("just past the training data, the model predicted" in c.value for c in app.caption)


def test_a_compare_run_names_its_models_answers_past_the_data_only_after_the_question():
    app = open_page(epochs="3", run="1", compare="true")
    past_the_data = CATALOG["training.cmp.beyond"]["en"].split("{")[0]  # "Past the training data, for "
    assert not app.exception and not any(past_the_data in c.value for c in app.caption)
    show_answer(app, "training.beyond.")
    assert any(past_the_data in c.value for c in app.caption)


def test_whitespace_separated_numbers_are_a_window():
    app = open_page(epochs="3", run="1")
    show_answer(app, "training.beyond.")
    app.text_input(key="training.try_sequence.arith.3.100").set_value("1 2 3").run()
    assert not app.exception and not app.warning, warnings(app)


def test_epochs_that_do_not_fit_show_the_number_used():
    app = open_page(samples="1000", epochs="100")
    app.number_input(key="training.epochs").set_value(500).run()
    assert not app.exception, [e.value for e in app.exception]
    used = app.number_input(key="training.epochs").value
    assert used < 500 and app.query_params["epochs"] == str(used)
    assert any(f"the {used} that will be used" in c.value for c in app.caption)


def test_a_typed_epochs_value_out_of_range_is_replaced_in_the_box_by_the_number_used():
    app = open_page()
    app.number_input(key="training.epochs").set_value(-5).run()
    assert not app.exception, [e.value for e in app.exception]
    reported = found("problem.out_of_range", warnings(app))
    named = f"{CATALOG['training.epochs']['en']} (`epochs`)"  # the box's label and its URL name
    assert reported and (reported["name"], reported["raw"], reported["fallback"]) == (named, "-5", "100")
    assert app.number_input(key="training.epochs").value == 100 and app.query_params["epochs"] == "100"
    app.number_input(key="training.units").set_value(8).run()  # the next change: the box holds 100, no message
    assert app.number_input(key="training.epochs").value == 100 and not app.warning


def test_back_to_the_lecture_sticks_in_the_url():
    app = open_page(epochs="7", units="9", lr="0.05")
    app.button(key="training.notes").click().run()
    assert app.number_input(key="training.units").value == 20
    assert app.query_params["units"] == "20" and app.query_params["epochs"] == "100"
    app.run()  # the next run must not seed the widgets back from an old URL
    assert app.number_input(key="training.units").value == 20 and app.query_params["lr"] == "0.001"


def asked_before_the_demo(app: AppTest) -> bool:
    keys = [b.key for b in app.button]
    asked = [i for i, key in enumerate(keys) if key.startswith("FormSubmitter:quiz.training.diverge")]
    return bool(asked) and asked[0] < keys.index("training.demo")


def test_the_divergence_question_stands_above_the_button_that_answers_it_before_any_run():
    app = open_page()
    assert asked_before_the_demo(app)  # predict first, then press the run that shows it
    app.button(key="training.demo").click().run()
    assert not app.exception and asked_before_the_demo(app)


def elements(app: AppTest) -> list:
    """Every element of the main area, top to bottom and left column before right (the order a page reads in)."""
    return list(app.main)


def test_the_loss_question_is_asked_under_the_train_button_before_the_run_and_graded_by_its_numbers():
    app = open_page(epochs="6", seed="5")
    question = app.radio(key="training.predict.drop")
    assert question.value is None and question.options == [
        text(f"training.quiz.drop.{c}") for c in ("big", "small", "none")
    ]
    page = elements(app)
    train = next(i for i, e in enumerate(page) if getattr(e, "key", None) == "training.train")
    asked = next(i for i, e in enumerate(page) if getattr(e, "key", None) == "training.predict.drop")
    assert train < asked < next(i for i, e in enumerate(page) if getattr(e, "key", None) == "training.demo")
    question.set_value(text("training.quiz.drop.big")).run()
    app.button(key="training.train").click().run()
    assert not app.exception, [e.value for e in app.exception]
    [result] = app.session_state["training.view"].results.values()
    fell_over_100x = result.final_loss < result.losses[0] / 100  # the option's own words, against the run's losses
    page = elements(app)
    asked = next(i for i, e in enumerate(page) if getattr(e, "key", None) == "training.predict.drop")
    curve = next(i for i, e in enumerate(page) if e.type == "markdown" and text("training.loss_title") in e.value)
    graded = next(
        i
        for i, e in enumerate(page)
        if e.type in ("success", "error")
        and text("training.predict.yours", guess=text("training.quiz.drop.big")) in e.value
    )
    assert asked < curve < graded
    assert page[graded].type == ("success" if fell_over_100x else "error")
    # The pick was kept with the run: changing it afterwards grades nothing anew.
    app.radio(key="training.predict.drop").set_value(text("training.quiz.drop.none")).run()
    assert any(
        text("training.predict.yours", guess=text("training.quiz.drop.big")) in e.value
        for e in [*app.success, *app.error]
    )


def test_a_compare_run_asks_which_activation_ends_lowest_before_it_and_ranks_them_after():
    app = open_page(epochs="3", compare="1")
    assert app.radio(key="training.predict.best").options == ["tanh", "ReLU", "sigmoid"]
    app.radio(key="training.predict.best").set_value("sigmoid").run()
    app.button(key="training.train").click().run()
    assert not app.exception, [e.value for e in app.exception]
    results = app.session_state["training.view"].results
    lowest = min(results, key=lambda a: results[a].final_loss)
    said = text("training.predict.yours", guess="sigmoid")
    box = next(e for e in [*app.success, *app.error] if said in e.value)
    assert box.type == ("success" if lowest == "sigmoid" else "error")
    page = elements(app)
    curve = next(i for i, e in enumerate(page) if e.type == "markdown" and text("training.loss_title") in e.value)
    told = next(i for i, e in enumerate(page) if e.type == "success" and found("training.status.finished", e.value))
    assert curve < told and len(app.dataframe) == 1  # the curve right at the top, the status lines and table under it
