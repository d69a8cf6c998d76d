"""The cold start's intro with fakes (timing logic only; tests/test_mpris_coldstart.py runs the
real player): pause and play act on the intro at once while the session renders, and what
the scheduler takes over says where the intro stood."""

from __future__ import annotations

from voicecoach import SAMPLE_RATE as SR
from voicecoach.play.commands import Command
from voicecoach.play.intro import IntroPlayer
from voicecoach.play.span_player import PAUSED, PLAYING

INTRO = bytes(2 * 3 * SR)  # a 3-second opening span


class Clock:
    def __init__(self):
        self.t = 0.0

    def now(self):
        return self.t


class Opening:
    """Renders for ``ready_after`` polls; the intro is there after ``intro_after`` polls."""

    def __init__(self, clock, intro_after=0, ready_after=40):
        self.clock, self.polls = clock, 0
        self.intro_after, self.ready_after = intro_after, ready_after

    def intro_ready(self):
        return self.polls >= self.intro_after

    @property
    def intro_pcm(self):
        return INTRO

    def ready(self):
        return self.polls >= self.ready_after

    def wait(self):
        return "session"


class Keys:
    """Each poll moves the clock by its timeout and may deliver the command scripted for it."""

    def __init__(self, clock, opening, script):
        self.clock, self.opening, self.script = clock, opening, dict(script)

    def poll(self, timeout):
        self.clock.t = round(self.clock.t + timeout, 6)
        self.opening.polls += 1
        return self.script.get(self.opening.polls)


class Output:
    def __init__(self, clock):
        self.clock, self.plays = clock, []

    def play(self, pcm):
        handle = Handle(self.clock, len(pcm) / 2 / SR)
        self.plays.append((self.clock.t, len(pcm), handle))
        return handle


class Handle:
    def __init__(self, clock, seconds):
        self.clock, self.end, self.stopped = clock, clock.t + seconds, False

    def is_playing(self):
        return not self.stopped and self.clock.t < self.end

    def stop(self):
        self.stopped = True


def intro_player(script, **kw):
    clock = Clock()
    opening = Opening(clock, **kw)
    player = IntroPlayer(opening, Output(clock), clock, Keys(clock, opening, script))
    states = []
    player.observers.append(states.append)
    return player, states


def test_the_intro_plays_as_soon_as_its_clip_is_there_and_is_handed_over_playing():
    player, states = intro_player({}, intro_after=3)
    handover = player.run()
    ((start, length, handle),) = player.output.plays
    assert start == 0.15 and length == len(INTRO)  # three polls of 0.05 s in
    assert handover.handle is handle and handover.started == 0.15 and handover.paused_at is None
    assert states[0].status == PLAYING and states[0].where.exercise == 0


def test_pause_stops_the_intro_at_once_and_play_goes_on_from_there():
    player, states = intro_player({10: Command.PAUSE_ONLY, 20: Command.PLAY}, ready_after=40)
    handover = player.run()
    first, second = player.output.plays
    assert first[2].stopped  # stopped by the pause, at 0.5 s
    assert second[0] == 1.0 and second[1] == len(INTRO) - 2 * int(0.5 * SR)  # from where it stood
    assert [s.status for s in states] == [PLAYING, PAUSED, PLAYING]
    assert states[1].position == int(0.5 * SR)
    assert handover.handle is second[2] and handover.started == 0.5  # as if never paused


def test_a_pause_held_when_the_session_is_ready_is_handed_over_paused():
    # (a second Pause while paused changes nothing: MPRIS Pause is idempotent)
    player, states = intro_player({10: Command.PAUSE, 15: Command.PAUSE_ONLY}, ready_after=30)
    handover = player.run()
    assert handover.paused_at == int(0.5 * SR) and handover.handle is None
    assert states[-1].status == PAUSED and len(player.output.plays) == 1


def test_quit_ends_at_once_without_waiting_for_the_session():
    player, states = intro_player({5: Command.QUIT}, ready_after=10_000)
    handover = player.run()
    assert handover.quit and player.output.plays[0][2].stopped and player.opening.polls == 5


def test_next_stops_the_intro_at_once_and_is_kept_for_the_scheduler():
    player, states = intro_player({8: Command.NEXT, 9: Command.WHERE}, ready_after=20)
    handover = player.run()
    assert player.output.plays[0][2].stopped
    assert handover.pending == [Command.NEXT, Command.WHERE] and handover.handle is None
    assert handover.paused_at is None
