"""``play`` (and ``today``, which plays a programme's session): the live player, logged.

Every play is logged (``log.record``) before its first sound and finished on every way out;
a damaged log is said in one line and the session still plays, unlogged: a patient's session
never waits on the log.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from voicecoach import environment
from voicecoach.errors import VoicecoachError
from voicecoach.log.record import PlayContext, PlayRecord

if TYPE_CHECKING:  # these load when a session starts
    from voicecoach.cli.nextstep import Ending
    from voicecoach.log.store import Log
    from voicecoach.play.coldstart import Opening


def routine_name(spec: str) -> str:
    """How the log names a routine: the built-in name, or the file's (or URL's) stem."""
    return Path(spec.rstrip("/")).stem or spec


def run_play(
    spec: str,
    overrides: dict,
    resuming: bool,
    from_exercise: int | None,
    quiet: bool,
    context: PlayContext,
    load,
    ask: bool = True,
) -> None:
    """Play ``spec`` live; ``load(spec, overrides)`` is the CLI's routine loader. ``ask``: the
    end questions, when stdin is a terminal (digits answer them; a headset alone cannot)."""
    from voicecoach.cli.nextstep import play_ending
    from voicecoach.log.questions import EndQuestions
    from voicecoach.play.coldstart import open_session
    from voicecoach.play.commands import key_help
    from voicecoach.play.live import StartAt, play_live, start_point
    from voicecoach.play.output import SimpleaudioOutput
    from voicecoach.play.status import StatusLine

    loaded = load(spec, overrides)
    routine, path = loaded.routine, loaded.path
    midway = resuming or from_exercise is not None
    opening = open_session(routine, speculate=not midway)
    start = start_point(opening.wait(), path, from_exercise, resuming) if midway else StartAt()
    if start.note:
        click.echo(f"voicecoach: {start.note}", err=True)
    output = SimpleaudioOutput()
    status_for = None
    if not quiet and sys.stdout.isatty():
        status_for = lambda s: StatusLine(sys.stdout, routine, s.timeline.duration_s)  # noqa: E731
    if sys.stdin.isatty() and sys.stdout.isatty():
        click.echo("keys: " + key_help())
    options = {
        **overrides,
        **({"resume": True} if resuming else {}),
        **({"from": from_exercise} if from_exercise is not None else {}),
    }
    questions = EndQuestions(
        show=(lambda text: click.echo("\r\x1b[K" + text)) if sys.stdout.isatty() else None
    )
    with _Logged(context, routine, options) as logged:
        with play_ending(
            spec, overrides, routine, path, lambda: opening.wait().timeline.duration_s
        ) as ending:
            logged.ending, logged.opening, logged.path = ending, opening, path
            ending.result = play_live(
                opening,
                path,
                output,
                start,
                stdin=sys.stdin,
                status_for=status_for,
                span_s=environment.span_s(),
                after_done=questions.ask if ask and sys.stdin.isatty() else None,
            )
        logged.answers = questions.answers


class _Logged:
    """Opens the log and starts the row; finishes it on the way out, whatever happened."""

    def __init__(self, context: PlayContext, routine, options: dict):
        self.context, self.routine, self.options = context, routine, options
        self.record: PlayRecord | None = None
        self.log: Log | None = None
        self.ending: Ending | None = None
        self.opening: Opening | None = None
        self.path: Path | None = None
        self.answers: dict = {}

    def __enter__(self):
        from voicecoach.log.store import Log

        try:
            log = self.log = Log().__enter__()
            self.record = PlayRecord.start(log, self.context, self.routine, self.options)
        except VoicecoachError as err:
            click.echo(f"voicecoach: warning: this session is not logged: {err}", err=True)
            self.close()
        return self

    def __exit__(self, kind, err, tb):
        if self.record is None:
            return False
        from voicecoach.play import resume

        try:
            completed = self.ending is not None and self.ending.result == "done"
            session = self._session()
            saved = (
                None
                if completed or self.path is None
                else resume.load(resume.routine_key(self.path, self.routine.title))
            )
            self.record.finish(completed, session, saved, self.answers)
        except VoicecoachError as problem:
            click.echo(f"voicecoach: warning: the log was not updated: {problem}", err=True)
        finally:
            self.close()
        return False

    def _session(self):
        # a quit during a cold start's render ends at once: its log row has no numbers then
        if self.opening is None or not self.opening.ready():
            return None
        try:
            return self.opening.wait()
        except Exception:  # the session never opened: log without its numbers
            return None

    def close(self):
        if self.log is not None:
            self.log.__exit__(None, None, None)
            self.log = None
