"""Parse the time values of the routine format into seconds."""

from __future__ import annotations

import re

_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
}
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)?")
_CLOCK = re.compile(r"(?:(\d+):)?(\d+):(\d{2})(?:\.(\d+))?")

TIME_HELP = 'write a number of seconds or a time like "30s", "1 min", "1:30", "90 sec"'


def parse_seconds(value: object) -> float:
    """Return seconds for ``30``, ``"30s"``, ``"1 min"``, ``"1:30"``, ``"1 min 30 s"``.

    Raises ValueError with a message that says how to fix the value.
    """
    if isinstance(value, bool):
        raise ValueError(f"expected a time, got {value!r}; {TIME_HELP}")
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a time, got {type(value).__name__}; {TIME_HELP}")
    text = value.strip().lower()
    clock = _CLOCK.fullmatch(text)
    if clock:
        hours, minutes, seconds, frac = clock.groups()
        total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
        if int(seconds) >= 60:
            raise ValueError(f"{value!r}: seconds must be below 60 in m:ss; {TIME_HELP}")
        return total + (float("0." + frac) if frac else 0.0)
    total, pos, matched = 0.0, 0, False
    for m in _AMOUNT.finditer(text):
        if text[pos:m.start()].strip():
            break
        unit = m.group(2) or "s"
        if unit not in _UNITS:
            raise ValueError(f"{value!r}: unknown unit {unit!r}; {TIME_HELP}")
        total += float(m.group(1)) * _UNITS[unit]
        pos, matched = m.end(), True
    if not matched or text[pos:].strip():
        raise ValueError(f"{value!r} is not a time; {TIME_HELP}")
    return total


def format_clock(seconds: float) -> str:
    """``75.4`` -> ``"01:15"`` (hours shown when needed)."""
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
