"""``voicecoach play``: wires the scheduler to the real clock, keys, media keys, audio output,
status line and the saved position. Raises; never prints except through the status stream
the caller hands in."""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass
from pathlib import Path

from voicecoach import SAMPLE_RATE
from voicecoach.errors import InputError
from voicecoach.play import resume


@dataclass(frozen=True)
class StartAt:
    sample: int = 0
    get_ready: bool = False
    note: str | None = None  # something the CLI should tell the user


def start_point(session, path: Path, from_exercise: int | None, resuming: bool) -> StartAt:
    """Where to begin: ``--from N``, ``--resume`` (start of the saved exercise) or the top."""
    from voicecoach.play.navigate import Navigator

    nav = Navigator(session.timeline)
    count = len(session.routine.units())  # round-exercises: a 2-exercise circuit of 3 rounds is 6
    if from_exercise is not None:
        if not 1 <= from_exercise <= count:
            rounds = (
                " (each round of a circuit counted, as in the chapters)"
                if count != len(session.routine.exercises)
                else ""
            )
            raise InputError(f"--from {from_exercise}: the routine has exercises 1 to {count}{rounds}")
        return StartAt(nav.exercise_start(from_exercise))
    if resuming:
        saved = resume.load(resume.routine_key(path, session.routine.title))
        if saved is None:
            return StartAt(note="no saved position for this routine; starting from the beginning")
        number = min(max(saved["exercise"], 0), count)
        return StartAt(nav.exercise_start(number) if number else 0, get_ready=True)
    return StartAt()


def play_live(
    opening,
    path: Path,
    output,
    start: StartAt,
    stdin=None,
    status_for=None,
    span_s: float | None = None,
    after_done=None,
) -> str:
    """Play until the end ("done") or 'q' ("quit"); save the position on quit, Ctrl-C or a
    crash, forget it at the end. The terminal is restored and the sound stopped on every path.

    ``opening`` is a coldstart.Opening: with a cold cache its intro plays while the rest renders.
    ``status_for(session)`` makes the status line (or None). ``after_done(session, output,
    keys)`` runs after a session played to its end, while the keys still work (the end
    questions)."""
    from voicecoach.play.clocks import clock_from_env
    from voicecoach.play.keys import Keys
    from voicecoach.play.scheduler import Scheduler
    from voicecoach.play.span_player import SPAN_S

    clock = clock_from_env()
    previous = signal.signal(signal.SIGTERM, _terminate)
    result, sched, status, media, warming = "crash", None, None, None, None
    with Keys(stdin) as keys:
        try:
            media = _media_keys(keys)
            handover = _intro(opening, output, clock, keys, media)
            if handover is not None and handover.quit:
                result = "quit"
                return result
            session = opening.wait()
            key = resume.routine_key(path, session.routine.title)
            status = status_for(session) if status_for else None
            sched = Scheduler(session, output, clock, keys, span_s or SPAN_S, on_status=status)
            sched.can_wait = keys.interactive or media is not None  # someone can say "ready"
            if media is not None:
                media.attach(session, sched.here)
                sched.add_observer(media.update)
            warming = _warm_player_phrases(sched)
            sample, at, paused = _take_over(opening, handover, sched, keys, start.sample)
            result = sched.run(sample, start.get_ready, at=at, lead_in=start.sample > 0, paused=paused)
            if result == "done" and after_done is not None:
                after_done(session, output, keys)
            return result
        finally:
            if warming is not None:
                warming.set()
            if media is not None:
                media.close()
            if status is not None:
                status.end()
            signal.signal(signal.SIGTERM, previous)
            if sched is not None and result == "done":
                resume.forget(key)
            elif sched is not None:
                resume.save(key, sched.nav.exercise_at(sched.position), sched.position / SAMPLE_RATE)


def _warm_player_phrases(sched) -> threading.Event | None:
    """Start synthesizing what the player may say on its own (Speaker.warm) on a daemon thread;
    the returned event stops it. The engine's own lock keeps it to one clip at a time. Only
    for an engine whose clips do not depend on what it said before (Piper, slow to synthesize):
    espeak says a clip in ~10 ms, and warming it out of order would change its samples."""
    from voicecoach.speech.engine import history_free

    if not history_free(sched.speaker.sources.clips.engine_name()):
        return None
    stop = threading.Event()
    threading.Thread(
        target=sched.speaker.warm, args=(sched.nav, stop), name="voicecoach-warm", daemon=True
    ).start()
    return stop


def _intro(opening, output, clock, keys, media):
    """With a cold cache: play the intro while the rest renders, keys and media keys working
    (play/intro.py); the Handover for the scheduler, or None with a ready session."""
    if opening.session is not None:
        return None
    from voicecoach.play.intro import IntroPlayer

    player = IntroPlayer(opening, output, clock, keys)
    if media is not None:
        media.attach_opening(opening.routine, player.here)
        player.observers.append(media.update)
    return player.run()


def _take_over(opening, handover, sched, keys, sample: int):
    """(start sample, clock time of its first piece or None, begin paused): where the
    scheduler goes on after a cold start's intro; commands given meanwhile are queued again."""
    if handover is None:
        return sample, None, False
    for command in handover.pending:
        keys.push(command)
    if handover.paused_at is not None:
        return handover.paused_at, None, True
    if handover.handle is None:
        return opening.resume_sample(), None, False
    sched.adopt(handover.handle, opening.intro_pcm, handover.started)
    return opening.resume_sample(), handover.started + len(opening.intro_pcm) / 2 / SAMPLE_RATE, False


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def _media_keys(keys):
    """MPRIS media keys if dbus-fast and a session bus are there; else None, quietly."""
    try:
        from voicecoach.play.mpris import MediaKeys
    except ImportError:
        return None
    return MediaKeys.start(keys.push)
