"""``POST /rating`` from the feed's page: a session's effort and pain, checked strictly and
written to the session log.

The body is a small JSON object ``{"episode": STEM, "effort": 1-5|null, "pain": 0-9|null,
"completed": true|false}`` naming an episode of this folder's feed. Anything else (another
type, a bigger body, unknown keys, an unknown episode, a value out of range) is refused with
400/413/415 and a one-line reason; nothing is logged then.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

MAX_BODY = 1024
KEYS = {"episode", "effort", "pain", "completed"}


class Refused(Exception):
    """The request is not a rating this server takes: ``status`` and a one-line reason."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


def _whole(value, low: int, high: int, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Refused(400, f"{name} must be a whole number {low} to {high} or null")
    return value


def parse(content_type: str | None, length: str | None, body_reader, manifest: dict) -> dict:
    """The checked rating (episode, title, effort, pain, completed); raises Refused."""
    if (content_type or "").split(";")[0].strip().lower() != "application/json":
        raise Refused(415, "send the rating as application/json")
    try:
        size = int(length or "")
    except ValueError:
        raise Refused(411, "a Content-Length is needed") from None
    if size < 0 or size > MAX_BODY:
        raise Refused(413, f"a rating is at most {MAX_BODY} bytes")
    try:
        data = json.loads(body_reader(size).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400, "the body is not JSON") from None
    if not isinstance(data, dict) or not set(data) <= KEYS or "episode" not in data:
        raise Refused(
            400, f"give a JSON object with episode and effort/pain only ({', '.join(sorted(KEYS))})"
        )
    episode = data["episode"]
    episodes = manifest.get("episodes", {})
    if not isinstance(episode, str) or episode not in episodes:
        raise Refused(400, "no such episode in this feed")
    effort = _whole(data.get("effort"), 1, 5, "effort")
    pain = _whole(data.get("pain"), 0, 9, "pain")
    completed = data.get("completed", True)
    if not isinstance(completed, bool):
        raise Refused(400, "completed must be true or false")
    if effort is None and pain is None:
        raise Refused(400, "give effort or pain")
    return {
        "episode": episode,
        "title": episodes[episode].get("title", episode),
        "effort": effort,
        "pain": pain,
        "completed": completed,
    }


def log_rating(rating: dict, today: date | None = None) -> int:
    """Log a page rating as a session done today; returns the entry's id. A programme day's
    episode (``NAME@YYYY-MM-DD``) is logged under the routine's name ``NAME``."""
    from voicecoach.log.store import Entry, Log, now_iso

    routine = rating["episode"].split("@", 1)[0]
    entry = Entry(
        day=(today or date.today()).isoformat(),
        routine=routine,
        title=rating["title"],
        source="page",
        completed=rating["completed"],
        effort=rating["effort"],
        pain=rating["pain"],
        ended=now_iso(),
        options={"episode": rating["episode"]},
    )
    with Log() as log:
        return log.add(entry)


def read_manifest(folder: Path) -> dict:
    from voicecoach.export.feed_files import MANIFEST

    try:
        data = json.loads((Path(folder) / MANIFEST).read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}
