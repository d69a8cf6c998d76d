"""Parse the time values of the routine format into seconds.

Accepted: a number of seconds (``30``, ``2.5``), amounts with units
(``"30s"``, ``"1 min"``, ``"90 sec"``, ``"1 min 30 s"``, case-insensitive) and
clock times (``"1:30"``, ``"1:02:30"``, ``"0:05.5"``).  Only ASCII text.
``TIME_PATTERN`` is the same syntax as an ECMA-262 regex (used by schema.json).
"""

from __future__ import annotations

import math
import re

_UNITS = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
}
_WS = " \t\n\r\f\v"
_AMOUNT = re.compile(r"([0-9]+(?:\.[0-9]+)?)[ \t\n\r\f\v]*([a-z]+)?")
_CLOCK = re.compile(r"(?:([0-9]+):)?([0-9]+):([0-9]{2})(?:\.([0-9]+))?")

TIME_HELP = 'write a number of seconds or a time like "30s", "1 min", "1:30", "90 sec"'


def _time_pattern() -> str:
    """The accepted string syntax as a regex valid in both Python and ECMA-262."""
    ws = r"[ \t\n\r\f\v]*"
    units = sorted(_UNITS, key=len, reverse=True)
    unit = "(?:" + "|".join("".join(f"[{c}{c.upper()}]" for c in u) for u in units) + ")"
    clock = r"(?:[0-9]+:)?[0-9]+:[0-5][0-9](?:\.[0-9]+)?"
    # The look-ahead stops a number from ending inside digits or before a dot, as the parser's greedy
    # number does: without it "0.00.0" matched as "0.0" and "0.0".
    amounts = rf"(?:[0-9]+(?:\.[0-9]+)?(?![0-9.]){ws}{unit}?{ws})+"
    return rf"^{ws}(?:{clock}|{amounts}){ws}$"


TIME_PATTERN = _time_pattern()


def parse_seconds(value: object) -> float:
    """Return seconds for ``30``, ``"30s"``, ``"1 min"``, ``"1:30"``, ``"1 min 30 s"``.

    The result is always finite (it may be zero or negative for plain numbers;
    range checks are the caller's).  Raises ValueError with a message that says
    how to fix the value.
    """
    if isinstance(value, bool):
        raise ValueError(f"expected a time, got {value!r}; {TIME_HELP}")
    if isinstance(value, (int, float)):
        return _finite(value, value)
    if not isinstance(value, str):
        raise ValueError(f"expected a time, got {type(value).__name__}; {TIME_HELP}")
    if not value.isascii():
        raise ValueError(f"{value!r} is not a time; {TIME_HELP}")
    text = value.strip(_WS).lower()
    clock = _CLOCK.fullmatch(text)
    if clock:
        return _finite(_clock_seconds(value, *clock.groups()), value)
    return _finite(_amount_seconds(value, text), value)


def _finite(seconds: float, value: object) -> float:
    try:
        seconds = float(seconds)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds):
        raise ValueError(f"{value!r} is not a usable time (too large or not a number); {TIME_HELP}")
    return seconds


def _clock_seconds(value: str, hours: str | None, minutes: str, seconds: str, frac: str | None) -> float:
    if int(seconds) >= 60:
        raise ValueError(f"{value!r}: seconds must be below 60 in m:ss; {TIME_HELP}")
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return total + (float("0." + frac) if frac else 0.0)


def _amount_seconds(value: str, text: str) -> float:
    total, pos, matched = 0.0, 0, False
    for m in _AMOUNT.finditer(text):
        if text[pos : m.start()].strip(_WS):
            break
        unit = m.group(2) or "s"
        if unit not in _UNITS:
            raise ValueError(f"{value!r}: unknown unit {unit!r}; {TIME_HELP}")
        total += float(m.group(1)) * _UNITS[unit]
        pos, matched = m.end(), True
    if not matched or text[pos:].strip(_WS):
        raise ValueError(f"{value!r} is not a time; {TIME_HELP}")
    return total
