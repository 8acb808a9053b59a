"""The translator's data: generated words checked against an independent rule-based writer for 0–9999."""

from __future__ import annotations

import numpy as np
import pytest

from rnn_core.number_words import (
    END,
    LARGEST,
    MAX_TEXT,
    SOURCE_ID,
    SOURCE_LENGTH,
    START,
    TARGET_ID,
    TARGET_LENGTH,
    UNKNOWN,
    decode_target,
    english,
    korean,
    korean_beyond,
    make_pairs,
    read_source,
    split_numbers,
)

# An independent reference: reads the decimal digits as text, left to right, instead of dividing.
DIGIT = dict(zip("0123456789", "영일이삼사오육칠팔구", strict=True))
PLACE = {3: "천", 2: "백", 1: "십", 0: ""}
SMALL = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
]
TEN = dict(zip("23456789", ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), strict=True))


def reference_korean(number: int) -> str:
    digits = str(number)
    if digits == "0":
        return "영"
    out = ""
    for position, digit in enumerate(digits):
        place = len(digits) - 1 - position
        if digit == "0":
            continue
        # 십, 백, 천 stand alone for a 1 ("일십" is not said); a final 1 is "일".
        out += ("" if digit == "1" and place > 0 else DIGIT[digit]) + PLACE[place]
    return out


def reference_english(number: int) -> str:
    digits = str(number).zfill(4)
    words = []
    if digits[0] != "0":
        words += [SMALL[int(digits[0])], "thousand"]
    if digits[1] != "0":
        words += [SMALL[int(digits[1])], "hundred"]
    last_two = int(digits[2:])
    if last_two >= 20:
        words.append(TEN[digits[2]])
        if digits[3] != "0":
            words.append(SMALL[int(digits[3])])
    elif last_two or not words:
        words.append(SMALL[last_two])
    return " ".join(words)


def test_every_number_matches_the_reference():
    for number in range(LARGEST + 1):
        assert korean(number) == reference_korean(number), number
        assert english(number) == reference_english(number), number


def test_the_issues_examples_and_korean_conventions():
    assert english(321) == "three hundred twenty one" and korean(321) == "삼백이십일"
    assert english(4506) == "four thousand five hundred six" and korean(4506) == "사천오백육"
    assert [korean(n) for n in (10, 100, 1000, 1111, 9999)] == ["십", "백", "천", "천백십일", "구천구백구십구"]
    assert english(12345) == "twelve thousand three hundred forty five"
    with pytest.raises(ValueError):
        korean(10_000)
    assert [korean_beyond(n) for n in (9999, 10_000, 12_345, 110_000, 999_999)] == [
        "구천구백구십구", "만", "만이천삼백사십오", "십일만", "구십구만구천구백구십구"
    ]  # fmt: skip


def test_lengths_fit_the_model():
    assert max(len(english(n).split()) for n in range(LARGEST + 1)) == SOURCE_LENGTH
    assert max(len(korean(n)) for n in range(LARGEST + 1)) + 1 == TARGET_LENGTH  # + </s>


def test_split_by_number_is_disjoint_and_complete():
    split = split_numbers()
    assert [len(split[name]) for name in ("train", "validation", "test")] == [8000, 1000, 1000]
    together = np.concatenate(list(split.values()))
    assert sorted(together.tolist()) == list(range(LARGEST + 1))


def test_pairs_teacher_forcing_input_is_the_target_shifted_right():
    pairs = make_pairs([321, 4506, 0])
    assert decode_target(pairs.target[0]) == "삼백이십일"
    assert pairs.decoder_input[0, 0] == TARGET_ID[START]
    length = len("삼백이십일")
    assert pairs.decoder_input[0, 1 : length + 1].tolist() == pairs.target[0, :length].tolist()
    assert pairs.target[0, length] == TARGET_ID[END] and TARGET_ID[END] not in pairs.decoder_input[0]
    assert pairs.source[2].tolist() == [SOURCE_ID["zero"]] + [0] * (SOURCE_LENGTH - 1)


@pytest.mark.parametrize(
    ("text", "problem", "unknown", "number"),
    [
        ("", "empty", (), None),
        ("   ", "empty", (), None),
        ("x" * (MAX_TEXT + 1), "too_long", (), None),
        ("-- , .", "no_words", (), None),
        ("Three-Hundred  twenty one", None, (), 321),
        ("4,506", None, (), 4506),
        ("12345", None, (), 12345),
        ("three hundred and twenty one", None, ("and",), None),
        ("<b>one</b> million", None, ("<b>one</b>", "million"), None),
        ("삼백이십일", None, ("삼백이십일",), None),
        ("<unk> one", None, ("<unk>",), None),
        ("twenty one hundred", None, (), None),
    ],
)
def test_reading_typed_text(text, problem, unknown, number):
    reading = read_source(text)
    assert reading.problem == problem
    assert reading.unknown == unknown
    assert reading.number == number
    if problem is None:
        assert len(reading.ids) == len(reading.words)
        assert all((i == SOURCE_ID[UNKNOWN]) == (w in unknown) for w, i in zip(reading.words, reading.ids, strict=True))


@pytest.mark.parametrize(
    ("text", "words", "number", "from_digits"),
    [
        ("-5", ("five",), 5, True),
        ("−5", ("five",), 5, True),  # the minus sign U+2212
        ("- 4,506", ("four", "thousand", "five", "hundred", "six"), 4506, True),
        ("minus five", ("five",), 5, False),
        ("Negative twelve", ("twelve",), 12, False),
        ("-12345", tuple(english(12345).split()), 12345, True),
    ],
)
def test_a_leading_minus_is_set_aside_and_the_rest_read_as_usual(text, words, number, from_digits):
    reading = read_source(text)
    assert reading.negative and reading.problem is None and not reading.unknown
    assert reading.words == words and reading.number == number and reading.from_digits == from_digits


@pytest.mark.parametrize("text", ["5", "five-six", "-", "minus", "twenty-one"])
def test_only_a_leading_minus_before_something_counts_as_negative(text):
    assert not read_source(text).negative
