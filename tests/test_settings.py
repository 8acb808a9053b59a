"""rnn_core.settings: untrusted text becomes valid settings, every bad value replaced and reported."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from rnn_core.data import parse_sequence
from rnn_core.settings import (
    ABANDON_ENV,
    MAX_ECHO,
    FrameSettings,
    ServerSettings,
    SettingError,
    check_bounds,
    parse_settings,
    problem_from,
    setting,
    shorten,
    to_query,
)


@dataclass(frozen=True)
class Demo:
    units: int = setting(3, low=1, high=16)
    rate: float = setting(0.5, low=0.0, high=1.0, url="lr")
    activation: str = setting("tanh", choices=("tanh", "relu", "sigmoid"))
    flag: bool = setting(False)
    seq: tuple[float, ...] = setting((0.0, 0.1, 0.2), min_len=1, max_len=5, low=-10, high=10)
    step: int = setting(2, low=0, high=99)

    def __post_init__(self):
        check_bounds(self)
        if self.step >= len(self.seq):
            raise SettingError("step", "out_of_range", "step past the end", low=0, high=len(self.seq) - 1)


def test_defaults_and_round_trip_through_the_url():
    settings, problems = parse_settings(Demo, {})
    assert settings == Demo() and problems == []
    again, problems = parse_settings(Demo, to_query(Demo(units=5, rate=0.25, flag=True, seq=(1.0, 2.0), step=1)))
    assert problems == []
    assert again == Demo(units=5, rate=0.25, flag=True, seq=(1.0, 2.0), step=1)


@pytest.mark.parametrize(
    ("key", "raw", "reason"),
    [
        ("units", "-3", "out_of_range"),
        ("units", "abc", "not_a_number"),
        ("units", "2.5", "not_a_number"),
        ("units", "", "empty"),
        ("units", "1e9", "out_of_range"),
        ("lr", "nan", "not_finite"),
        ("lr", "inf", "not_finite"),
        ("activation", "<script>alert(1)</script>", "not_a_choice"),
        ("flag", "maybe", "not_a_choice"),
        ("seq", "0,1,x", "not_a_number"),
        ("seq", ",".join(["1"] * 6), "too_long"),
        ("seq", "1,nan", "not_finite"),
        ("seq", "0,99", "out_of_range"),
    ],
)
def test_bad_values_fall_back_to_the_default_with_a_reason(key, raw, reason):
    settings, problems = parse_settings(Demo, {key: raw})
    assert settings == Demo()
    assert [(p.name, p.reason) for p in problems] == [(key, reason)]
    assert len(problems[0].raw) <= 40


def test_a_rule_across_fields_resets_the_field_it_names():
    settings, problems = parse_settings(Demo, {"seq": "1,2,3,4", "step": "99"})
    assert settings.seq == (1.0, 2.0, 3.0, 4.0) and settings.step == Demo().step
    assert [(p.name, p.reason) for p in problems] == [("step", "out_of_range")]


def test_a_rule_broken_by_a_default_falls_back_to_all_defaults():
    settings, problems = parse_settings(Demo, {"seq": "5"})
    assert settings == Demo() and problems[0].name == "step"


def test_direct_construction_rejects_out_of_range_values():
    with pytest.raises(ValueError, match="units"):
        Demo(units=0)


def test_a_stray_comma_in_a_sequence_is_forgiven():
    settings, problems = parse_settings(Demo, {"seq": " 1, 2, ", "step": "1"})
    assert problems == [] and settings.seq == (1.0, 2.0)
    _, problems = parse_settings(Demo, {"seq": " , ,"})
    assert [p.reason for p in problems] == ["empty"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("", 10.0), ("2", 2.0), (" 0.5 ", 0.5), ("600", 600.0), ("0.1", 10.0), ("601", 10.0), ("nan", 10.0),
     ("inf", 10.0), ("-3", 10.0), ("ten", 10.0)],
)  # fmt: skip
def test_the_grace_period_for_abandoned_runs_is_read_from_the_environment_within_bounds(monkeypatch, value, expected):
    from ui.views.training import abandon_after

    monkeypatch.setenv(ABANDON_ENV, value)
    assert abandon_after() == expected
    grace = dataclasses.fields(ServerSettings)[0].metadata  # the cases above are written for these bounds
    assert (ServerSettings().abandon_seconds, grace["low"], grace["high"]) == (10.0, 0.5, 600.0)


def test_frame_settings_fall_back_to_the_given_defaults_and_name_them():
    browser_korean = FrameSettings(lang="ko")
    settings, problems = parse_settings(FrameSettings, {"lang": "xx", "present": "<b>"}, defaults=browser_korean)
    assert settings == FrameSettings(lang="ko", present=False)
    assert [(p.name, p.reason, p.fallback) for p in problems] == [
        ("lang", "not_a_choice", "ko"),
        ("present", "not_a_choice", "false"),
    ]
    assert parse_settings(FrameSettings, {"lang": "en", "present": "1"}, defaults=browser_korean)[0] == FrameSettings(
        lang="en", present=True
    )


def test_echoed_text_is_shortened_by_one_rule_everywhere():
    long_text = "9" * 5000
    url_problem = parse_settings(Demo, {"units": long_text})[1][0]
    with pytest.raises(SettingError) as caught:
        parse_sequence(long_text, 3)
    box_problem = problem_from(caught.value, long_text, "1, 2, 3")
    assert url_problem.raw == box_problem.raw == shorten(long_text)
    assert len(shorten(long_text)) == MAX_ECHO and shorten(long_text).endswith("…") and shorten("12") == "12"
