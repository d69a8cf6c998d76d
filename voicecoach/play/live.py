"""``voicecoach play``: wires the scheduler to the real clock, keys, media keys, audio output,
status line and the saved position. Raises; never prints except through the status stream
the caller hands in."""

from __future__ import annotations

import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from voicecoach import SAMPLE_RATE
from voicecoach.play import resume
from voicecoach.errors import InputError


@dataclass(frozen=True)
class StartAt:
    sample: int = 0
    get_ready: bool = False
    note: Optional[str] = None      # something the CLI should tell the user


def start_point(session, path: Path, from_exercise: Optional[int], resuming: bool) -> StartAt:
    """Where to begin: ``--from N``, ``--resume`` (start of the saved exercise) or the top."""
    from voicecoach.play.navigate import Navigator
    nav = Navigator(session.timeline)
    count = len(session.routine.units())   # round-exercises: a 2-exercise circuit of 3 rounds is 6
    if from_exercise is not None:
        if not 1 <= from_exercise <= count:
            rounds = " (each round of a circuit counted, as in the chapters)" \
                if count != len(session.routine.exercises) else ""
            raise InputError(f"--from {from_exercise}: the routine has exercises 1 to {count}{rounds}")
        return StartAt(nav.exercise_start(from_exercise))
    if resuming:
        saved = resume.load(resume.routine_key(path, session.routine.title))
        if saved is None:
            return StartAt(note="no saved position for this routine; starting from the beginning")
        number = min(max(saved["exercise"], 0), count)
        return StartAt(nav.exercise_start(number) if number else 0, get_ready=True)
    return StartAt()


def play_live(opening, path: Path, output, start: StartAt, stdin=None,
              status_for=None, span_s: Optional[float] = None, after_done=None) -> str:
    """Play until the end ("done") or 'q' ("quit"); save the position on quit, Ctrl-C or a
    crash, forget it at the end. The terminal is restored and the sound stopped on every path.

    ``opening`` is a coldstart.Opening: with a cold cache its intro plays while the rest renders.
    ``status_for(session)`` makes the status line (or None). ``after_done(session, output,
    keys)`` runs after a session played to its end, while the keys still work (the end
    questions)."""
    from voicecoach.play.clocks import clock_from_env
    from voicecoach.play.keys import Keys
    from voicecoach.play.scheduler import SPAN_S, Scheduler
    clock = clock_from_env()
    previous = signal.signal(signal.SIGTERM, _terminate)
    result, sched, status, media = "crash", None, None, None
    with Keys(stdin) as keys:
        try:
            media = _media_keys(keys)
            session, intro, at = _open(opening, output, clock)
            key = resume.routine_key(path, session.routine.title)
            status = status_for(session) if status_for else None
            sched = Scheduler(session, output, clock, keys, span_s or SPAN_S, on_status=status)
            sched.can_wait = keys.interactive or media is not None   # someone can say "ready"
            if media is not None:
                media.attach(session, sched.here)
                sched.add_observer(media.update)
            sample = start.sample
            if intro is not None:
                sched.adopt(intro, opening.intro_pcm, at)
                sample, at = opening.resume_sample(), at + len(opening.intro_pcm) / 2 / SAMPLE_RATE
            result = sched.run(sample, start.get_ready, at=at, lead_in=start.sample > 0)
            if result == "done" and after_done is not None:
                after_done(session, output, keys)
            return result
        finally:
            if media is not None:
                media.close()
            if status is not None:
                status.end()
            signal.signal(signal.SIGTERM, previous)
            if sched is not None and result == "done":
                resume.forget(key)
            elif sched is not None:
                resume.save(key, sched.nav.exercise_at(sched.position), sched.position / SAMPLE_RATE)


def _open(opening, output, clock):
    """(session, intro handle or None, when the intro started): with a cold cache the intro
    plays while the rest of the session renders."""
    if opening.intro_pcm is None:
        return opening.wait(), None, None
    at = clock.now()
    intro = output.play(opening.intro_pcm)
    try:
        return opening.wait(), intro, at
    except BaseException:
        intro.stop()
        raise


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def _media_keys(keys):
    """MPRIS media keys if dbus-fast and a session bus are there; else None, quietly."""
    try:
        from voicecoach.play.mpris import MediaKeys
    except ImportError:
        return None
    return MediaKeys.start(keys.push)
