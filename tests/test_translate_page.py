"""The translator page in AppTest, in both languages, with good and bad `?text=` values."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from rnn_core.number_words import make_pairs, split_numbers
from rnn_core.translator import EPOCHS, Translator, mistakes_frame
from rnn_core.translator_weights import load

PAGE = "pages/translate.py"


def open_page(lang: str = "en", **params: str) -> AppTest:
    app = AppTest.from_file("../app.py", default_timeout=120)
    app.query_params["lang"] = lang
    app.run()
    for key, value in params.items():
        app.query_params[key] = value
    app.switch_page(PAGE).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def metric(app: AppTest, index: int = 0) -> str:
    return app.metric[index].value


def texts(elements) -> str:
    return "\n".join(e.value for e in elements)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_default_page_translates_with_the_shipped_model(lang):
    app = open_page(lang)
    assert metric(app, 0) == "사천백이십일" and metric(app, 1) == "사천백이십일"  # 4121, a test number
    caption = texts(app.caption)
    assert ("shipped with the app" if lang == "en" else "앱에 들어 있는") in caption
    assert len(app.get("vega_lite_chart")) >= 3  # encoder states, context vector, accuracy curve
    assert app.query_params["text"] == "four thousand one hundred twenty one"
    if lang == "ko":
        assert "정답" in texts(app.success) or app.success[0].value.startswith("음절")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("en", "three hundred twenty one", "삼백이십일"), ("ko", "4506", "사천오백육"), ("en", "Nine-thousand", "구천")],
)
def test_a_text_in_the_url_is_translated(lang, text, expected):
    app = open_page(lang, text=text)
    assert app.text_input(key="translate.text").value == text
    assert metric(app, 0) == expected and metric(app, 1) == expected


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_bad_text_gets_a_message_not_a_traceback(lang):
    app = open_page(lang, text="x" * 101, units="1000", seed="NaN")
    warning = texts(app.warning)
    assert "`text`" in warning and "`units`" in warning and "`seed`" in warning
    assert app.text_input(key="translate.text").value == "four thousand one hundred twenty one"  # the fall-back

    app.text_input(key="translate.text").set_value("").run()
    assert not app.exception and not app.metric
    assert ("Type some English" if lang == "en" else "영어로 쓴 수를 입력") in texts(app.info)

    app.text_input(key="translate.text").set_value("<script>alert(1)</script> 삼백").run()
    assert not app.exception
    unknown = texts(app.warning)
    assert "`<script>alert(1)</script>`" in unknown and "`삼백`" in unknown  # shown as code, never as markup
    assert app.metric  # an honest attempt: it still translates what it can


def test_a_mistake_is_located_in_teacher_forcing_vs_its_own_output():
    stored = load()
    mistakes = mistakes_frame(Translator(stored.settings, stored.weights), make_pairs(split_numbers()["test"]))
    mistake = mistakes.iloc[-1]  # the shipped model's mistakes on test numbers (a 4-digit one, as it happens)
    app = open_page("en", text=mistake["english"])
    assert metric(app, 0) == mistake["written"] and metric(app, 1) == mistake["expected"]
    written, expected = mistake["written"] + "$", mistake["expected"] + "$"  # "$" stands for </s>
    step = next(i for i, (a, b) in enumerate(zip(written, expected, strict=False)) if a != b) + 1
    assert f"Its first mistake is at step {step}: it writes" in texts(app.caption)


@pytest.mark.parametrize("value", ["nan", "<script>alert(1)</script>", "9" * 5000], ids=["nan", "script", "long"])
def test_hostile_url_values_fall_back_with_a_message(value):
    app = open_page("en", text=value, units=value, seed=value)
    warning = texts(app.warning)
    assert "`units`" in warning and "`seed`" in warning
    assert ("`text`" in warning) == (len(value) > 100)  # any text up to 100 characters is an honest attempt
    assert app.number_input(key="translate.units").value == 64 and app.number_input(key="translate.seed").value == 0


def test_numbers_beyond_training_are_flagged_and_quizzed():
    app = open_page("en", text="12345")
    assert "beyond 9999" in texts(app.warning)
    assert "twelve thousand three hundred forty five" in texts(app.caption)  # digits are read as words
    assert metric(app, 1) == "만이천삼백사십오" and metric(app, 0) != metric(app, 1)
    assert "Teacher forcing feeds" in texts(app.info)  # no teacher forcing without syllables it knows
    assert "instead of" not in texts(app.success) + texts(app.error)  # the quiz's explanation waits for a guess
    app.radio(key="quiz.translate.beyond.choice").set_value("yes")
    checks = [b for b in app.button if b.label == "Check my answer"]
    checks[2].click().run()  # the third quiz on the page: context, teacher forcing, 12345
    assert not app.exception
    assert "Not quite: the answer is “no”." in texts(app.error) and "instead of 만이천삼백사십오" in texts(app.error)


def test_other_model_settings_say_the_shipped_model_stands_in():
    app = open_page("en", units="32", seed="3")
    assert "No model with 32 units and seed 3" in texts(app.caption)


@pytest.mark.slow
def test_train_button_trains_a_model_the_page_then_uses():
    app = open_page("en", units="8", seed="1")
    app.button(key="translate.train").click().run(timeout=300)
    assert not app.exception, [e.value for e in app.exception]
    assert f"Trained {EPOCHS} epochs" in texts(app.success)
    assert "the one trained below" in texts(app.caption)


@pytest.mark.parametrize(("lang", "text", "reads"), [("en", "five", "reads 1 word "), ("ko", "five", "단어 하나를")])
def test_the_context_quiz_for_one_word_is_grammatical_and_offers_different_numbers(lang, text, reads):
    app = open_page(lang, text=text)
    radio = app.radio(key="quiz.translate.context.choice")
    labels = list(radio.options)  # as shown: "1 × 64 = 64", "64", …
    shown_numbers = [label.split("=")[-1].strip() for label in labels]
    assert len(set(shown_numbers)) == len(labels) == 3, labels
    assert "64" in shown_numbers  # the answer: the 64 numbers of the last hidden state
    assert reads in radio.label and "1 words" not in radio.label and "단어 1개" not in radio.label


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_negative_number_is_explained_and_its_number_translated(lang):
    app = open_page(lang, text="-5")
    message = texts(app.info)
    assert ("`five`" in message) and ("마이너스 오" in message)
    assert ("Negative numbers are outside" in message) if lang == "en" else ("음수는 모델이 배운 범위 밖" in message)
    assert not app.warning  # no "words the model never saw": the sign is not read as a word
    assert metric(app, 1) == "오"  # the correct answer for 5, the number read without its sign
