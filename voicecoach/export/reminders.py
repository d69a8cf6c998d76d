"""Calendar reminders: one iCalendar (RFC 5545) event per planned session, made with the
``icalendar`` library. Times are floating (no time zone): "18:00" stays 18:00 wherever the
phone is. Each event lasts the session's estimated length and, given the feed's address,
links to the day's episode on the feed's page (the anchor ``today --feed`` publishes)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from urllib.parse import quote

from voicecoach.programme.calendar import days
from voicecoach.programme.model import Programme
from voicecoach.programme.progression import describe_dose, doses_of

HOURS_APART = 4  # several sessions a day: this far apart from the first


def episode_link(base_url: str, name: str, day: date) -> str:
    """The page's anchor for a day's session episode (see export.page: ``ep-`` + GUID)."""
    from voicecoach.export.feed_files import guid_for

    return f"{base_url}#ep-{quote(guid_for(f'{name}@{day.isoformat()}'))}"


def calendar_bytes(programme: Programme, start: date, at: time, base_url: str | None = None) -> bytes:
    from icalendar import Alarm, Calendar, Event

    from voicecoach import __version__
    from voicecoach.programme.length import estimated_seconds

    cal = Calendar()
    cal.add("prodid", f"-//voicecoach//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", programme.title)
    stamp = datetime.now().astimezone()
    for day in days(programme, start):
        for session in day.sessions:
            length = timedelta(seconds=round(estimated_seconds(session.routine)))
            for n in range(session.times):
                begin = datetime.combine(day.day, at) + timedelta(hours=HOURS_APART * n)
                event = Event()
                event.add("uid", f"{programme.name}-{day.day.isoformat()}-{session.name}-{n + 1}@voicecoach")
                event.add("dtstamp", stamp)
                event.add("dtstart", begin)
                event.add("duration", length)
                times = f" ({n + 1} of {session.times})" if session.times > 1 else ""
                event.add("summary", f"{session.routine.title}{times}")
                doses = "\n".join(f"{r['exercise']}: {describe_dose(r)}" for r in doses_of(session.routine))
                text = f"{programme.title}, week {day.week}.\n{doses}"
                if base_url:
                    link = episode_link(base_url, session.name, day.day)
                    event.add("url", link)
                    text += f"\n{link}"
                event.add("description", text)
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", session.routine.title)
                alarm.add("trigger", timedelta(0))
                event.add_component(alarm)
                cal.add_component(event)
    return cal.to_ical()
