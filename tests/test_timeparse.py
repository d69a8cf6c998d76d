"""Tests of voicecoach.routine.timeparse: every accepted form, rejected ones, the schema pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from voicecoach.routine.timeparse import TIME_HELP, TIME_PATTERN, parse_seconds
from voicecoach.timeline import format_clock


@pytest.mark.parametrize(
    "value, seconds",
    [
        (30, 30.0),
        (2.5, 2.5),
        (0, 0.0),
        ("30", 30.0),
        ("30s", 30.0),
        ("30 s", 30.0),
        ("30 sec", 30.0),
        ("30 secs", 30.0),
        ("1 second", 1.0),
        ("90 seconds", 90.0),
        ("90 sec", 90.0),
        ("1.5s", 1.5),
        ("1m", 60.0),
        ("1 min", 60.0),
        ("2 mins", 120.0),
        ("1 minute", 60.0),
        ("3 minutes", 180.0),
        ("1h", 3600.0),
        ("1 hr", 3600.0),
        ("2 hrs", 7200.0),
        ("1 hour", 3600.0),
        ("2 hours", 7200.0),
        ("1 min 30 s", 90.0),
        ("1m30", 90.0),
        ("1 h 2 min 3 s", 3723.0),
        ("1:30", 90.0),
        ("0:05", 5.0),
        ("10:00", 600.0),
        ("1:02:30", 3750.0),
        ("0:05.5", 5.5),
        ("  30s  ", 30.0),
        ("30 SEC", 30.0),
        ("1 Min", 60.0),
        ("\t2m\n", 120.0),
    ],
)
def test_accepted_forms(value, seconds):
    assert parse_seconds(value) == seconds
    assert isinstance(parse_seconds(value), float)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "abc",
        "s",
        "30 parsecs",
        "1e5",
        "1,5s",
        "1.",
        ".5",
        "-5s",
        "1:75",
        "1:5",
        "1::30",
        "1:30:",
        "30s!",
        "five",
        "1 min, 30 s",
        "٣٠",
        "３０",
        "30\u00a0s",
        True,
        False,
        None,
        [30],
        {"s": 30},
        float("inf"),
        float("-inf"),
        float("nan"),
        10**400,
        "9" * 400,
    ],
)
def test_rejected_values_say_how_to_fix(value):
    with pytest.raises(ValueError) as info:
        parse_seconds(value)
    assert TIME_HELP in str(info.value)


def test_negative_numbers_pass_through_for_the_caller_to_range_check():
    assert parse_seconds(-5) == -5.0


@pytest.mark.parametrize(
    "seconds, text", [(0, "00:00"), (75.4, "01:15"), (3599, "59:59"), (3600, "1:00:00"), (3723, "1:02:03")]
)
def test_format_clock(seconds, text):
    assert format_clock(seconds) == text


def _parses(text: str) -> bool:
    try:
        parse_seconds(text)
    except ValueError:
        return False
    return True


@given(st.text(alphabet="0123456789:. \tsecmindhourSECMINHR", max_size=14))
@example("0.00.0")  # two numbers with no gap matched the pattern but not the parser
def test_time_pattern_accepts_exactly_what_parse_seconds_accepts(text):
    assert bool(re.fullmatch(TIME_PATTERN, text)) == _parses(text)


@given(st.integers(0, 10**6), st.integers(0, 59))
def test_clock_round_trip(minutes, seconds):
    assert parse_seconds(f"{minutes}:{seconds:02d}") == minutes * 60 + seconds
