"""rnn_core.settings: untrusted text becomes valid settings, every bad value replaced and reported."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rnn_core.settings import SettingError, check_bounds, parse_settings, setting, to_query


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
