"""The scheduler in simulated time: fake clock, fake audio output, scripted keys."""

import math

import numpy as np
import pytest

from voicecoach import SAMPLE_RATE as SR
from voicecoach.compiler.compile import compile_routine
from voicecoach.play.scheduler import Scheduler
from voicecoach.render import Sources
from voicecoach.routine.load import load_routine_text
from voicecoach.session import Session

ROUTINE = """
title: Two things
settings: {rest_between: 5s, countdown: 2, setup: 0s}
exercises:
  - name: Toe hold
    how: Lift your toes.
    reps: 3
    hold: 6s
  - name: Reach
    sides: [left arm, right arm]
    duration: 10s
"""


class FakeClips:
    def __init__(self, durations):
        self.d = durations

    def clip(self, text):
        return np.full(self.d.speech(text), 1000, np.int16)


class FakeBeeps:
    def __init__(self, durations):
        self.d = durations

    def pcm(self, name):
        return np.full(self.d.sound(name), 2000, np.int16)


class FakeClock:
    """Simulated time; scripted keys arrive at their times during waits."""

    def __init__(self, keys=()):
        self.t = 100.0
        self.keys = sorted(keys)

    def now(self):
        return self.t

    def wait_until(self, deadline, keys):
        if self.keys and self.keys[0][0] <= deadline:
            at, key = self.keys.pop(0)
            self.t = max(self.t, at)
            return key
        assert not math.isinf(deadline), "waiting forever with no key scripted"
        self.t = max(self.t, deadline)
        return None


class FakeHandle:
    def __init__(self, out, record):
        self.out, self.record = out, record

    def is_playing(self):
        return self.out.clock.t < self.record["start"] + self.record["seconds"]

    def stop(self):
        self.record["seconds"] = min(self.record["seconds"], self.out.clock.t - self.record["start"])

    def wait_done(self):
        self.out.clock.t = max(self.out.clock.t, self.record["start"] + self.record["seconds"])


class FakeOutput:
    def __init__(self, clock, latency=0.0):
        self.clock, self.plays, self.latency = clock, [], latency

    def play(self, pcm):
        record = {"start": self.clock.t, "seconds": len(pcm) / 2 / SR + self.latency, "pcm": pcm}
        self.plays.append(record)
        return FakeHandle(self, record)


@pytest.fixture
def session(fake_durations):
    routine = load_routine_text(ROUTINE, "two.yaml")
    timeline = compile_routine(routine, fake_durations)
    return Session(routine, timeline, Sources(FakeClips(fake_durations), FakeBeeps(fake_durations)))


def run(session, keys=(), start=0, get_ready=False, span_s=20, lead_in=False, paused=False):
    clock = FakeClock([(100.0 + t, k) for t, k in keys])
    out = FakeOutput(clock)
    sched = Scheduler(session, out, clock, keys=None, span_s=span_s)
    result = sched.run(start, get_ready, lead_in=lead_in, paused=paused)
    return sched, out, result


def played_cues(sched, out, session):
    """Expand each play into the cues whose start it actually played (or the insert label)."""
    cues = sorted(session.timeline.cues, key=lambda c: c.start)
    labels = [label for _, label in sched.log if not label.startswith("key ")]
    assert len(labels) == len(out.plays)
    seq = []
    for label, rec in zip(labels, out.plays, strict=True):
        if label.startswith("span "):
            a, b = map(int, label[5:].split("-"))
            end = a + int(round(rec["seconds"] * SR))
            seq += [c for c in cues if a <= c.start < end]
        else:
            seq.append(label)
    return seq


def first_cue(session, **where):
    return next(
        c
        for c in sorted(session.timeline.cues, key=lambda c: c.start)
        if all(getattr(c, k) == v for k, v in where.items())
    )


def test_uninterrupted_run_plays_every_cue_back_to_back_on_time(session):
    sched, out, result = run(session)
    assert result == "done"
    assert played_cues(sched, out, session) == sorted(session.timeline.cues, key=lambda c: c.start)
    starts = [r["start"] - 100.0 for r in out.plays]
    lengths = [len(r["pcm"]) // 2 for r in out.plays]
    assert starts == [pytest.approx(sum(lengths[:i]) / SR, abs=1e-9) for i in range(len(starts))]
    assert b"".join(r["pcm"] for r in out.plays) == b"".join(session.chunks())
    assert max(sched.lateness) == 0


def test_pause_in_a_hold_resumes_with_recap_countdown_and_restarts_the_hold(session):
    rep2 = first_cue(session, exercise=1, rep=2, role="work_start")
    pause_at = rep2.start_s + 3.0  # 3 s into the second hold
    sched, out, result = run(session, [(pause_at, "pause"), (pause_at + 20, "pause")])
    seq = played_cues(sched, out, session)
    i = seq.index("say: Paused.")
    assert seq[i - 1] == rep2  # the hold had started, then the pause
    assert seq[i + 1] == "lead-in"  # silence first: headphones wake on sound
    labels = [label for _, label in sched.log if not label.startswith("key ")]
    assert out.plays[labels.index("lead-in")]["pcm"] == bytes(2 * SR // 2)
    assert seq[i + 2] == "say: Resuming Toe hold. | say: Get ready. 3 2 1"
    assert seq[i + 3] == rep2  # the hold starts again from its beep
    assert seq[-1].role == "complete" and result == "done"


def test_next_jumps_to_the_next_exercise_with_a_confirmation(session):
    sched, out, _ = run(session, [(first_cue(session, exercise=1).start_s + 4.5, "next")])
    seq = played_cues(sched, out, session)
    i = seq.index("beep: confirm")
    assert seq[i + 1] == first_cue(session, exercise=2)
    assert seq[i + 1].role == "announce"
    assert not [c for c in seq[i:] if not isinstance(c, str) and c.exercise == 1]


def test_back_restarts_the_exercise_and_twice_goes_to_the_one_before(session):
    ex2 = first_cue(session, exercise=2)
    press = ex2.start_s + 10
    sched, out, _ = run(session, [(press, "back"), (press + 1.0, "back")])
    seq = played_cues(sched, out, session)
    beeps = [i for i, c in enumerate(seq) if c == "beep: confirm"]
    assert len(beeps) == 2
    assert seq[beeps[0] + 1] == ex2
    assert seq[beeps[1] + 1] == first_cue(session, exercise=1)  # again quickly: the one before


def test_back_once_restarts_this_exercise(session):
    ex2 = first_cue(session, exercise=2)
    sched, out, _ = run(session, [(ex2.start_s + 10, "back")])
    seq = played_cues(sched, out, session)
    i = seq.index("beep: confirm")
    assert seq[i + 1] == ex2


def test_where_speaks_exercise_side_rep_and_time_left(session):
    work = first_cue(session, exercise=2, side="right arm", role="work_start")
    sched, out, _ = run(session, [(work.start_s + 2, "where")])  # about 20 s before the end
    seq = played_cues(sched, out, session)
    spoken = [c for c in seq if isinstance(c, str) and c.startswith("say: Exercise 2 of 2")]
    left = round((session.timeline.duration_s - work.start_s - 2) / 5) * 5  # on a 5 s grid
    assert spoken == [f"say: Exercise 2 of 2, Reach. Right arm. {left} seconds to go."]
    i = seq.index(spoken[0])
    assert seq[i + 1].startswith("say: Get ready.")  # the timed work restarts
    assert seq[i + 2] == work


def test_repeat_says_the_last_instruction_again(session):
    how = first_cue(session, exercise=1, role="how")
    sched, out, _ = run(session, [(how.end_s + 0.2, "repeat")])
    seq = played_cues(sched, out, session)
    assert "say: Lift your toes." in seq


def test_quit_says_stopping_and_keeps_the_position(session):
    ex2 = first_cue(session, exercise=2)
    sched, out, result = run(session, [(ex2.start_s + 3, "quit")])
    assert result == "quit"
    assert sched.log[-1][1] == "say: Stopping."
    assert sched.nav.exercise_at(sched.position) == 2


def test_resume_start_speaks_recap_then_continues_at_the_exercise(session):
    ex2 = first_cue(session, exercise=2)
    sched, out, _ = run(session, start=ex2.start, get_ready=True)
    seq = played_cues(sched, out, session)
    assert seq[0] == "say: Resuming Reach. | say: Get ready. 3 2 1"
    assert seq[1] == ex2
    sched, out, _ = run(session, start=ex2.start, get_ready=True, lead_in=True)  # as play --resume
    assert played_cues(sched, out, session)[:3] == [
        "lead-in",
        "say: Resuming Reach. | say: Get ready. 3 2 1",
        ex2,
    ]
    assert out.plays[0]["pcm"] == bytes(2 * int(0.5 * SR))


def test_the_session_starts_after_its_lead_in(fake_durations):
    """Settings.lead_in_s (default 0.5 s) of silence before the first cue; ``lead_in: 0`` for none."""
    assert "setup: 0s}" in ROUTINE  # the replacements below must take
    routine = load_routine_text(ROUTINE, "two.yaml")
    assert compile_routine(routine, fake_durations).cues[0].start == SR // 2
    routine = load_routine_text(ROUTINE.replace("setup: 0s}", "setup: 0s, lead_in: 1.5s}"), "two.yaml")
    first = compile_routine(routine, fake_durations).cues[0]
    assert first.start == int(1.5 * SR) and first.role == "intro"
    routine = load_routine_text(ROUTINE.replace("setup: 0s}", "setup: 0s, lead_in: 0}"), "two.yaml")
    assert compile_routine(routine, fake_durations).cues[0].start == 0


def test_volume_keys_change_the_gain_of_what_follows(session):
    sched, out, _ = run(session, [(5.0, "softer")])
    after = out.plays[-1]["pcm"]
    assert sched.gain < 1
    assert np.abs(np.frombuffer(after, "<i2")).max() < 2000


def test_interrupt_stops_the_sound(session):
    class Boom(Exception):
        pass

    clock = FakeClock()
    out = FakeOutput(clock)
    sched = Scheduler(session, out, clock, keys=None, span_s=20)
    calls = {"n": 0}
    real_wait = clock.wait_until

    def wait_until(deadline, keys):
        calls["n"] += 1
        if calls["n"] == 1:
            clock.t += 1.5
            raise Boom()  # as KeyboardInterrupt would, inside the wait
        return real_wait(deadline, keys)

    clock.wait_until = wait_until
    with pytest.raises(Boom):
        sched.run()
    assert out.plays[0]["seconds"] == pytest.approx(1.5)  # stopped when the interrupt came


def test_where_in_a_hold_names_the_rep(session):
    rep2 = first_cue(session, exercise=1, rep=2, role="work_start")
    sched, out, _ = run(session, [(rep2.start_s + 1, "where")])
    spoken = [c for c in played_cues(sched, out, session) if isinstance(c, str) and "Exercise" in c]
    assert spoken[0].startswith("say: Exercise 1 of 2, Toe hold. Rep 2 of 3. ")


def test_while_paused_where_answers_and_next_moves_but_stays_paused(session):
    # MPRIS: "if playback is paused, it remains like this" after Next (issue 24, item 17)
    t0 = first_cue(session, exercise=1).start_s - 3.5  # the announcement came at 3.5 s
    events = [(t0 + 8.0, "pause"), (t0 + 12.0, "where"), (t0 + 20.0, "next"), (t0 + 30.0, "play")]
    sched, out, result = run(session, events)
    seq = played_cues(sched, out, session)
    i = seq.index("say: Paused.")
    assert seq[i + 1].startswith("say: Exercise 1 of 2, Toe hold.")  # answered while paused
    assert seq[i + 2] == "beep: confirm"  # next: moved ...
    assert seq[i + 3].startswith("say: Exercise 2 of 2, Reach.")  # ... and says where, paused
    assert seq[i + 4] == "lead-in"
    assert seq[i + 5] == "say: Resuming Reach. | say: Get ready. 3 2 1"
    assert seq[i + 6] == first_cue(session, exercise=2)
    paused_for = [t for t, label in sched.log if label == "lead-in"][0] - 100.0
    assert paused_for == pytest.approx(t0 + 30.0, abs=0.01)  # resumed only by play
    assert result == "done"


def test_back_while_paused_stays_paused_and_play_resumes_there(session):
    start2 = first_cue(session, exercise=2).start_s
    sched, out, result = run(
        session, [(start2 + 6.0, "pause"), (start2 + 10.0, "back"), (start2 + 40.0, "play")]
    )
    seq = played_cues(sched, out, session)
    i = seq.index("say: Paused.")
    assert seq[i + 1] == "beep: confirm" and seq[i + 2].startswith("say: Exercise 2 of 2, Reach.")
    assert seq[i + 3] == "lead-in" and seq[i + 4] == "say: Resuming Reach. | say: Get ready. 3 2 1"
    assert [t for t, label in sched.log if label == "lead-in"][0] - 100.0 == pytest.approx(
        start2 + 40.0, abs=0.01
    )
    assert result == "done"


def test_a_run_may_begin_paused_and_says_nothing_until_play(session):
    sched, out, result = run(session, [(5.0, "next"), (9.0, "play")], paused=True)
    seq = played_cues(sched, out, session)
    assert seq[0] == "beep: confirm" and seq[1].startswith("say: Exercise 1 of 2, Toe hold.")
    assert seq[2] == "lead-in" and "Paused." not in " ".join(map(str, seq))
    assert result == "done"


def test_a_slow_device_does_not_make_lateness_accumulate(session):
    clock = FakeClock()
    out = FakeOutput(clock, latency=0.03)  # every play ends 30 ms after its audio
    sched = Scheduler(session, out, clock, keys=None, span_s=5)
    sched.run()
    spans = [label for _, label in sched.log if label.startswith("span")]
    assert len(spans) > 10
    assert max(sched.lateness) < 0.035  # 30 ms + polling, not 30 ms per span
    for label, record in zip(spans, out.plays, strict=True):
        a, b = map(int, label[5:].split("-"))
        full = b"".join(session.chunks(a, b))
        dropped = full[: len(full) - len(record["pcm"])]
        assert full.endswith(record["pcm"]) and dropped == bytes(len(dropped))  # only silence


# --- "wait for me" steps (until: ready) -------------------------------------------

READY = """
title: Waits
settings: {rest_between: 2s, countdown: 0}
exercises:
  - name: Fetch your weights
    how: Get two dumbbells.
    until: ready
    fallback: 20s
  - name: Curl
    duration: 5s
"""


@pytest.fixture
def ready_session(fake_durations):
    routine = load_routine_text(READY, "ready.yaml")
    timeline = compile_routine(routine, fake_durations)
    return Session(routine, timeline, Sources(FakeClips(fake_durations), FakeBeeps(fake_durations)))


def test_ready_step_waits_for_space_with_reminders_then_skips_the_fallback(ready_session):
    ((wait_start, wait_end),) = ready_session.timeline.waits
    assert wait_end - wait_start == 20 * SR
    prompt = first_cue(ready_session, role="ready_prompt")
    assert prompt.end == wait_start
    key_at = prompt.end_s + 75.0  # the user takes 75 s: two reminders
    sched, out, result = run(ready_session, [(key_at, "pause")])
    assert result == "done"
    seq = played_cues(sched, out, ready_session)
    reminders = [s for s in seq if s == "say: Whenever you're ready, press space or play."]
    assert len(reminders) == 2
    i = seq.index("beep: confirm")
    # straight on after the key: a 2 s rest is a transition, "Next: Curl." (issue 22)
    assert seq[i - 3] == prompt and seq[i + 1].role == "announce"
    # the key came at key_at: after the confirmation the stream goes on from the end of the
    # fallback silence at once (not 20 s later)
    labels = [label for _, label in sched.log if not label.startswith("key ")]
    rest_play = next(
        r
        for r, label in zip(out.plays, labels, strict=True)
        if label == f"span {wait_end}-" + label.split("-")[-1]
    )
    beep = out.plays[labels.index("beep: confirm")]
    assert beep["start"] - 100.0 == pytest.approx(key_at)
    assert rest_play["start"] == pytest.approx(beep["start"] + len(beep["pcm"]) / 2 / SR)


def test_ready_step_ends_with_n_too_and_quit_saves_the_spot(ready_session):
    prompt = first_cue(ready_session, role="ready_prompt")
    sched, out, result = run(ready_session, [(prompt.end_s + 2.0, "next")])
    assert result == "done"
    sched, out, result = run(ready_session, [(prompt.end_s + 2.0, "quit")])
    assert result == "quit" and sched.position == ready_session.timeline.waits[0][0]


def test_ready_step_without_fallback_waits_in_play(fake_durations):
    routine = load_routine_text(READY.replace("    fallback: 20s\n", ""), "ready.yaml")
    timeline = compile_routine(routine, fake_durations)
    session = Session(routine, timeline, Sources(FakeClips(fake_durations), FakeBeeps(fake_durations)))
    ((a, b),) = timeline.waits
    assert a == b
    prompt = first_cue(session, role="ready_prompt")
    sched, out, result = run(session, [(prompt.end_s + 10.0, "pause")])
    assert result == "done"
    assert sched.log[-1][0] - 100.0 > prompt.end_s + 10.0  # it did wait for the key


def observed_run(session, keys):
    clock = FakeClock([(100.0 + t, k) for t, k in keys])
    out = FakeOutput(clock)
    sched = Scheduler(session, out, clock, keys=None, span_s=20)
    states = []
    sched.add_observer(states.append)
    result = sched.run(0)
    return sched, out, result, states


def transitions(states):
    return [s.status for i, s in enumerate(states) if i == 0 or s.status != states[i - 1].status]


def test_play_while_playing_and_pause_only_while_paused_change_nothing(session):
    # MPRIS Play/Pause are idempotent: a headset's "play" never pauses a playing session
    baseline, base_out, _ = run(session)
    sched, out, result, states = observed_run(session, [(5.0, "play"), (9.0, "play")])
    assert result == "done"
    assert b"".join(r["pcm"] for r in out.plays) == b"".join(r["pcm"] for r in base_out.plays)
    assert transitions(states) == ["playing", "stopped"]

    sched, out, result, states = observed_run(
        session,
        [(5.0, "pause-only"), (7.0, "pause-only"), (9.0, "pause-only"), (12.0, "play"), (14.0, "play")],
    )
    seq = played_cues(sched, out, session)
    assert seq.count("say: Paused.") == 1  # the second and third Pause: nothing
    assert transitions(states) == ["playing", "paused", "playing", "stopped"]
    assert result == "done"


def test_observers_hear_status_position_and_where(session):
    ex2 = first_cue(session, exercise=2)
    sched, out, result, states = observed_run(
        session, [(ex2.start_s + 3, "pause"), (ex2.start_s + 10, "pause")]
    )
    assert transitions(states) == ["playing", "paused", "playing", "stopped"]
    paused = [s for s in states if s.status == "paused"]
    assert {s.where.exercise for s in paused} == {2}
    assert len({s.position for s in paused}) == 1  # the position holds while paused
    playing = [s.position for s in states if s.status == "playing"]
    assert playing[:5] == sorted(playing[:5])  # and moves while playing
    seen = [s.where.exercise for s in states]
    assert seen[0] == 0 and 1 in seen and seen[-1] == 2
    # while sound plays, observers hear at least every STATUS_EVERY_S (MPRIS reads Position)
    from voicecoach.play.span_player import STATUS_EVERY_S

    assert len(states) >= session.timeline.duration_s / STATUS_EVERY_S * 0.9


def test_time_spent_opening_the_device_and_rendering_never_accumulates(session):
    """Deadlines are absolute: a device open (4 ms a play) and rendering (3 ms a span) that
    take real time delay nothing after them. A player that sleeps a piece's length after
    starting it (chained sleeps) would be 7 ms later with every span."""
    clock = FakeClock()

    class SlowOutput(FakeOutput):
        def play(self, pcm):
            handle = super().play(pcm)
            clock.t += 0.004
            return handle

    class SlowSession(Session):
        def chunks(self, *args, **kw):
            clock.t += 0.003
            return super().chunks(*args, **kw)

    slow = SlowSession(session.routine, session.timeline, session.sources)
    out = SlowOutput(clock)
    sched = Scheduler(slow, out, clock, keys=None, span_s=5)
    sched.run()
    assert len(out.plays) > 10
    ideal = [sum(len(r["pcm"]) // 2 for r in out.plays[:i]) / SR for i in range(len(out.plays))]
    late = [r["start"] - 100.0 - at for r, at in zip(out.plays, ideal, strict=True)]
    assert max(late) < 0.0085, late  # at most one render of lateness (the first), never a sum


def test_the_virtual_clock_reaches_a_deadline_however_close_and_idles_in_place():
    """A deadline 1 ms away had been taken for a device poll and never reached: play on
    the virtual clock hung where a status step landed that close to a span's end."""
    from voicecoach.play.clocks import VirtualClock

    class NoKeys:
        def poll(self, timeout):
            return None

    clock = VirtualClock()
    start = clock.now()
    assert clock.wait_until(start + 0.001, NoKeys()) is None and clock.now() == start + 0.001
    assert clock.idle(0.002, NoKeys()) is None and clock.now() == start + 0.001  # time stands still
    assert clock.wait_until(start + 30, NoKeys()) is None and clock.now() == start + 30


def test_a_volume_command_sets_the_gain_and_says_so_with_a_beep(session):
    from voicecoach.play.commands import volume_command

    sched, out, result = run(
        session, [(5.0, volume_command(0.5)), (9.0, volume_command(-1)), (12.0, volume_command(7))]
    )
    beeps = [
        rec
        for (_, label), rec in zip(
            [e for e in sched.log if not e[1].startswith("key ")], out.plays, strict=True
        )
        if label.startswith("beep")
    ]
    import numpy as np

    peaks = [int(np.abs(np.frombuffer(rec["pcm"], "<i2").astype(int)).max()) for rec in beeps]
    full = int(np.abs(session.sources.beeps.pcm("confirm").astype(int)).max())
    assert peaks == [pytest.approx(full / 2, abs=1), 0, pytest.approx(min(32767, full * 2), abs=1)]
    assert sched.gain == 2.0 and result == "done"  # 0.5, then 0 (not negative), then the top


class AnnouncedProperties:
    """Stands for the D-Bus Player object: records every PropertiesChanged it is asked to emit."""

    def __init__(self):
        self.changes = []

    def emit_properties_changed(self, changed):
        self.changes.append(dict(changed))


def test_mpris_playback_status_is_paused_while_paused_and_playing_again_after(session):
    """MPRIS without a bus: the scheduler's observer feeds MediaKeys, whose PlaybackStatus
    and Position are what the D-Bus properties return, and whose announcements are the
    PropertiesChanged signals a headset widget follows."""
    from voicecoach.play.mpris import MediaKeys

    rep2 = first_cue(session, exercise=1, rep=2, role="work_start")
    pause_at, resume_at = rep2.start_s + 3.0, rep2.start_s + 23.0
    clock = FakeClock([(100.0 + pause_at, "pause"), (100.0 + resume_at, "pause")])
    sched = Scheduler(session, FakeOutput(clock), clock, keys=None, span_s=20)
    keys, announced = MediaKeys(push=lambda command: None), AnnouncedProperties()
    keys.attach(session, position=sched.here)
    keys._player = announced  # _announce runs here instead of on the bus loop
    seen = []

    def observe(state):
        keys.update(state)
        keys._announce()
        seen.append((clock.t - 100.0, keys.playback_status(), keys.position_us()))

    sched.add_observer(observe)
    assert sched.run(0) == "done"

    early = 1e-6  # clock.t - 100.0 rounds a hair below the key's time
    paused = [(t, status, pos) for t, status, pos in seen if pause_at - early <= t < resume_at - early]
    assert paused and {status for _, status, _ in paused} == {"Paused"}
    assert len({pos for _, _, pos in paused}) == 1  # Position stands still
    assert {status for t, status, _ in seen if t < pause_at - early} == {"Playing"}
    assert seen[-1][1] == "Stopped"
    assert {status for t, status, _ in seen[:-1] if t >= resume_at - early} == {"Playing"}
    shown = [c["PlaybackStatus"] for c in announced.changes if "PlaybackStatus" in c]
    assert shown == ["Playing", "Paused", "Playing", "Stopped"]


def test_play_while_next_is_still_synthesizing_where_it_is_answers_at_once(session):
    """With a cold cache a clip can take seconds to synthesize: a Play pressed meanwhile wins
    (issue 24, item 17), and the where-line it would have waited for is dropped."""
    import threading

    release = threading.Event()
    clock = FakeClock([(100.0 + 1.0, "pause"), (100.0 + 3.0, "next"), (100.0 + 4.0, "play")])
    out = FakeOutput(clock)
    sched = Scheduler(session, out, clock, keys=None, span_s=20)
    slow_where = sched.speaker.where

    def where(*args, **kwargs):
        clock.t = 100.0 + 4.5  # synthesizing from 3 s: Play (at 4 s) comes meanwhile
        release.wait(5)
        return slow_where(*args, **kwargs)

    sched.speaker.where = where
    try:
        result = sched.run(0)
    finally:
        release.set()
    seq = played_cues(sched, out, session)
    i = seq.index("say: Paused.")  # paused in the intro; next: exercise 1
    assert seq[i + 1] == "lead-in" and seq[i + 2].startswith("say: Resuming Toe hold.")
    resumed = [t for t, label in sched.log if label == "lead-in"][0] - 100.0
    assert resumed == pytest.approx(4.5, abs=0.05)  # at once, not after the synthesis
    assert result == "done"


def test_the_wall_clock_answers_a_waiting_key_even_past_its_deadline():
    """A poll with a deadline already reached (the scheduler's 'any key yet?') returns a key
    that is waiting, as the virtual clock does; it returned None and a Play pressed while Next
    was synthesizing waited for the synthesis (issue 24, item 17)."""
    import time as wall

    from voicecoach.play.clocks import MonotonicClock

    class OneKey:
        def __init__(self):
            self.waiting = ["play"]

        def poll(self, timeout):
            return self.waiting.pop() if self.waiting else None

    keys = OneKey()
    clock = MonotonicClock()
    assert clock.wait_until(wall.monotonic() - 1.0, keys) == "play"
    assert clock.wait_until(wall.monotonic() - 1.0, keys) is None
