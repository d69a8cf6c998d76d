"""Real playback through simpleaudio and ALSA, captured with a temporary HOME/.asoundrc."""

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
import wave

import numpy as np
import pytest

from support.alsacapture import BYTES_PER_S, PacedCapture, appending_capture, write_asoundrc
from support.cli import voicecoach
from voicecoach import SAMPLE_RATE as SR
from voicecoach.phrases import Phrases
from voicecoach.play.announcements import Speaker
from voicecoach.play.navigate import Navigator
from voicecoach.routine.load import load_routine_text
from voicecoach.session import build_session

SHORT = """
title: Quick check
settings: {rest_between: 3s, countdown: 2, verbosity: brief, setup: 0s}
exercises:
  - name: Toe hold
    reps: 2
    hold: 3s
    relax: 2s
  - name: Reach
    duration: 5s
"""

MINUTE = """
title: One minute
settings: {rest_between: 5s, countdown: 3, verbosity: brief, setup: 0s}
exercises:
  - name: Calf hold
    reps: 3
    hold: 5s
  - name: Heel walk
    duration: 12s
"""


def routine_file(tmp_path, text, name="r.yaml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def player(args, env, priority=False, **kw):
    """``voicecoach play ARGS``; ``priority``: ahead of the suite's other processes, as a
    player is ahead of background work on a desktop (nice -10, where allowed)."""
    env = {**env, "VOICECOACH_STATE": env.get("VOICECOACH_STATE", "")}

    def prepare():
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if priority:
            try:
                os.nice(-10)
            except OSError:
                pass  # not allowed here: the bounds below still hold on most runs

    return subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "play", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=prepare,
        **kw,
    )


def exported(tmp_path, routine, env=None):
    out = tmp_path / "export.wav"
    proc = voicecoach("export", routine, "-o", out, "--force", env=env)  # in this process
    assert proc.returncode == 0, proc.stderr
    with wave.open(str(out)) as w:
        return w.readframes(w.getnframes())


def test_play_puts_out_exactly_the_export_even_from_a_cold_cache(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    env, capture = appending_capture(tmp_path)
    env.update(
        VOICECOACH_STATE=str(tmp_path / "state"),
        VOICECOACH_SPAN_S="8",  # several spans
        VOICECOACH_CACHE=str(tmp_path / "cold-cache"),  # intro first, the rest meanwhile
        VOICECOACH_CLOCK="virtual",
    )  # bytes, not pacing, are tested here: no waiting
    proc = player([str(routine)], env)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    expected = exported(tmp_path, routine, env)  # same cache, now warm
    from voicecoach.timeline import format_clock

    clock = format_clock(len(expected) / 2 / SR)
    assert err == f"voicecoach: session complete: 2 exercises, {clock} — well done\n"
    played = capture.read_bytes()
    assert len(played) == len(expected)
    assert played == expected


HALF = """
title: Under a minute
settings: {rest_between: 3s, countdown: 2, verbosity: brief, setup: 0s}
exercises:
  - name: Calf hold
    reps: 2
    hold: 4s
    relax: 2s
"""


def test_paced_playback_keeps_the_wall_clock(tmp_path):
    """Real playback into a capture read at the sound card's byte rate.

    Measured so that load cannot break it: ``waited`` counts only how long a block was
    missing once the reader was awake and the block due (not the reader's own wake-up
    delays), and the bounds are statistics a few load stalls cannot reach: a loaded 2-core
    machine stalls the player a few times a minute (up to ~150 ms seen), a timing bug
    starves the card at every span (a span every 3 s here). Chained sleeps (a few ms a
    span, hidden by the pipe's 46 ms) are caught in simulated time (test_scheduler)."""
    routine = routine_file(tmp_path, HALF)
    expected = exported(tmp_path, routine)
    # about 40 s: the opening and the close are most of it; a span every 3 s (VOICECOACH_SPAN_S)
    assert 30 * SR * 2 < len(expected) < 50 * SR * 2
    paced = PacedCapture(tmp_path)
    env = {**paced.env, "VOICECOACH_STATE": str(tmp_path / "state"), "VOICECOACH_SPAN_S": "3"}
    started = time.monotonic()
    # The suite keeps 6 workers busy on 2 cores: at equal priority the player was stalled up
    # to 8 times (max 79 ms) in a 42 s session; what is measured is the player's timing.
    proc = player([str(routine)], env, priority=True)
    _, err = proc.communicate(timeout=180)
    time.sleep(0.2)
    paced.close()
    assert proc.returncode == 0, err
    stats = paced.summary()
    stats["first_sound_s"] = paced.first_byte_at - started
    print("paced playback:", json.dumps(stats))
    # every sound sample as exported, in order; a span that starts late may skip a few ms of
    # its leading silence to stay on time (scheduler CATCH_UP_S), never anything audible
    played, wanted = np.frombuffer(bytes(paced.data), "<i2"), np.frombuffer(expected, "<i2")
    assert np.array_equal(played[played != 0], wanted[wanted != 0])
    assert 0 <= len(wanted) - len(played) < 0.25 * SR
    waited = sorted(paced.waited)
    starved = [w for w in waited if w > 0.020]
    print(
        f"waited: median {statistics.median(waited) * 1000:.2f} ms, max {waited[-1] * 1000:.1f} ms, "
        f"{len(starved)} of {len(waited)} blocks over 20 ms"
    )
    assert statistics.median(waited) <= 0.001
    # A timing bug starves the card at the same point of every span (about 15 here); a stall
    # of the loaded machine falls anywhere in a span. So no 100 ms of the span's phase may
    # hold a starved block in more than half of the spans, however many stalls there were.
    spans = len(wanted) / SR / 3
    assert max(starved_in_one_phase(paced, 3.0, 0.020)) <= spans / 2, starved
    assert waited[-1] <= 0.5


def starved_in_one_phase(paced, span_s, over_s, window_s=0.1):
    """For each phase of the span (block by block), how many blocks that waited over
    ``over_s`` fall within ``window_s`` after it: a fault that recurs every span piles up at
    one phase, load stalls spread over all of them."""
    per_span = round(span_s * BYTES_PER_S / paced.block)
    width = max(1, round(window_s * BYTES_PER_S / paced.block))
    phases = [(i + 1) % per_span for i, w in enumerate(paced.waited) if w > over_s]  # waited[i]: block i + 1
    return [sum((p - start) % per_span < width for p in phases) for start in range(per_span)]


def test_starved_blocks_at_one_phase_of_every_span_are_told_from_stalls_anywhere():
    """The paced test's bound: 15 spans of 150 blocks; a fault one block after every span start
    piles up at one phase; 40 stalls spread at random (more than a loaded machine gave) do not."""
    import random
    from types import SimpleNamespace

    def capture(starved):
        waited = [0.030 if i + 1 in starved else 0.0001 for i in range(15 * 150)]
        return SimpleNamespace(block=882, waited=waited)

    fault = {span * 150 + 1 for span in range(15)}
    assert max(starved_in_one_phase(capture(fault), 3.0, 0.020)) == 15
    stalls = set(random.Random(7).sample(range(1, 15 * 150), 40))
    assert max(starved_in_one_phase(capture(stalls), 3.0, 0.020)) <= 15 / 2


def test_ctrl_c_stops_fast_saves_and_resume_picks_up(tmp_path):
    routine = routine_file(tmp_path, MINUTE)
    exported(tmp_path, routine)
    state = tmp_path / "state"
    paced = PacedCapture(tmp_path)
    proc = player([str(routine)], {**paced.env, "VOICECOACH_STATE": str(state)})
    session = build_session(load_routine_text(MINUTE, str(routine)))
    nav = Navigator(session.timeline)
    first_work = next(c for c in nav.cues if c.role == "work_start")
    while paced.first_byte_at is None or time.monotonic() - paced.first_byte_at < first_work.start_s + 1:
        time.sleep(0.01)
        assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=5)
    exited = time.monotonic() - sent
    time.sleep(0.3)
    last_sound = paced.first_byte_at + len(paced.data) / (2 * SR)  # when the last byte is heard
    paced.close()
    print(f"ctrl-c: exit after {exited:.3f} s, stream stopped {last_sound - sent:+.3f} s after SIGINT")
    assert proc.returncode == 130
    # one line: where it stopped and the exact command to continue (the same options)
    assert err == (
        f"voicecoach: stopped at exercise 1 of 2, Calf hold, {saved_clock(state)} in — "
        f"continue with: python -m voicecoach play {routine} --resume\n"
    )
    assert exited < 1.0
    assert last_sound - sent < 0.5
    saved = json.loads((state / "positions.json").read_text())
    assert [entry["exercise"] for entry in saved.values()] == [1]

    start = nav.exercise_start(1)
    recap = Speaker(session.routine, session.sources, Phrases()).recap(nav.state(start)).pcm
    stream = b"".join(session.chunks(start, start + SR))
    env, capture = appending_capture(tmp_path / "again")
    proc = player([str(routine), "--resume"], {**env, "VOICECOACH_STATE": str(state)})
    deadline = time.monotonic() + 60  # recap and countdown, then the exercise
    while capture.stat().st_size <= len(recap) + len(stream) and time.monotonic() < deadline:
        time.sleep(0.05)
        assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=5)
    assert proc.returncode == 130, err
    played = capture.read_bytes()
    lead_in = bytes(2 * int(session.routine.settings.lead_in_s * SR))  # headphones wake on sound
    assert played[: len(lead_in)] == lead_in and len(lead_in) == SR
    played = played[len(lead_in) :]
    assert len(played) > len(recap) + len(stream)
    assert played[: len(recap)] == recap
    assert played[len(recap) : len(recap) + len(stream)] == stream


def test_from_n_starts_at_that_exercise(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    session = build_session(load_routine_text(SHORT, str(routine)))
    start = Navigator(session.timeline).exercise_start(2)
    env, capture = appending_capture(tmp_path)
    proc = player(
        [str(routine), "--from", "2"],
        {**env, "VOICECOACH_STATE": str(tmp_path / "s"), "VOICECOACH_CLOCK": "virtual"},
    )
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lead_in = bytes(2 * int(session.routine.settings.lead_in_s * SR))  # silence first: headphones wake
    assert capture.read_bytes() == lead_in + b"".join(session.chunks(start))


def test_from_out_of_range_is_a_clear_error(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    proc = player([str(routine), "--from", "7"], dict(os.environ, VOICECOACH_STATE=str(tmp_path)))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.strip() == "voicecoach: error: --from 7: the routine has exercises 1 to 2"


def saved_clock(state):
    from voicecoach.timeline import format_clock

    saved = json.loads((state / "positions.json").read_text())
    return format_clock(next(iter(saved.values()))["position_s"])


def test_no_audio_device_is_one_line_with_the_export_command_to_run(tmp_path):
    # an empty cache each time: the background render is still in espeak when play gives up,
    # and the engine must stop cleanly (no "Exception ignored … _onSynth" at exit); it was
    # intermittent, so several runs
    routine = routine_file(tmp_path, SHORT, "quick check.yaml")
    env = write_asoundrc(tmp_path / "home", "/nonexistent/dir/capture.raw")
    (tmp_path / "home" / ".asoundrc").write_text("pcm.!default { type hw; card 9 }\n")
    env.update(VOICECOACH_STATE=str(tmp_path / "s"), VOICECOACH_PROG="scripts/voicecoach")
    for run in range(4):
        env["VOICECOACH_CACHE"] = str(tmp_path / f"cold-{run}")
        proc = player([str(routine), "--voice", "en-us", "--no-halfway", "--rate", "170"], env)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        assert len(err.splitlines()) == 1, err
        assert err.startswith("voicecoach: error: no audio output device could be opened (")
        assert err.endswith(
            ") — check that a sound card or headphones are connected and not in use, "
            "or write the session to a file: scripts/voicecoach export "
            f"'{routine}' --voice en-us --rate 170 --no-halfway -o 'quick check.mp3'\n"
        ), err
    # the suggested command runs as shown
    line = err.rsplit(": scripts/voicecoach ", 1)[1]
    import shlex

    proc = subprocess.run(
        [sys.executable, "-m", "voicecoach", *shlex.split(line)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "quick check.mp3").stat().st_size > 10_000


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="dbus-run-session not installed")
def test_media_key_next_over_mpris(tmp_path):
    routine = routine_file(tmp_path, SHORT)
    exported(tmp_path, routine)
    env, capture = appending_capture(tmp_path)
    script = tmp_path / "next.sh"
    script.write_text(f"""
set -e
"{sys.executable}" -m voicecoach play "{routine}" </dev/null >/dev/null &
pid=$!
for i in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \\
    org.freedesktop.DBus.NameHasOwner string:org.mpris.MediaPlayer2.voicecoach | grep -q true && break
  sleep 0.05
done
date +%s.%N  # the player is up: its MPRIS name is on the bus
sleep 16  # inside exercise 1 (about 12 s to 33 s)
dbus-send --session --type=method_call --dest=org.mpris.MediaPlayer2.voicecoach \\
  /org/mpris/MediaPlayer2 org.mpris.MediaPlayer2.Player.Next
wait $pid
date +%s.%N
""")
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", str(script)],
        capture_output=True,
        text=True,
        env={**env, "VOICECOACH_STATE": str(tmp_path / "s")},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    named, ended = (float(line) for line in proc.stdout.split())
    session = build_session(load_routine_text(SHORT, str(routine)))
    nav = Navigator(session.timeline)
    ex2 = nav.exercise_start(2)
    confirm = session.sources.beeps.pcm("confirm").astype("<i2").tobytes()
    played = capture.read_bytes()
    tail = b"".join(session.chunks(ex2))
    assert played.endswith(tail)  # jumped to exercise 2 and played it out
    assert confirm in played[: -len(tail)]  # after the confirmation beep
    # skipped most of exercise 1: timed from when the player was up, not from the start of a
    # process whose imports and first clips a loaded machine slows (57 s against 51 s seen)
    assert ended - named < session.timeline.duration_s - 8


def test_whole_foot_strength_played_on_a_virtual_clock_equals_the_export(tmp_path):
    # the real player (spans, render-ahead) over the full 30-minute built-in, without waiting
    # 30 minutes: VOICECOACH_CLOCK=virtual jumps to each deadline; the null device takes it all
    env, capture = appending_capture(tmp_path)
    env.update(VOICECOACH_STATE=str(tmp_path / "state"), VOICECOACH_CLOCK="virtual")
    proc = player(["foot-strength"], env)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    expected = exported(tmp_path, "foot-strength", env)
    played = capture.read_bytes()
    assert len(played) == len(expected) > 1500 * SR * 2
    assert played == expected
