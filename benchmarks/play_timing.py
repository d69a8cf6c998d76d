"""Live-play timing on a machine without a sound card, through tests/alsacapture.py:
time to first sound (warm and cold speech cache), lateness and drift of a paced session,
and how fast Ctrl-C silences the stream and exits.

    .venv/bin/python benchmarks/play_timing.py [ROUTINE] [--seconds N]

ROUTINE defaults to foot-strength; the paced run is cut after --seconds (default 60).
"""

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from alsacapture import BYTES_PER_S, PacedCapture  # noqa: E402


def play(routine, env):
    return subprocess.Popen([sys.executable, "-m", "voicecoach", "play", routine], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def run(routine, folder: Path, cache: Path, seconds: float) -> dict:
    """Play for ``seconds``, then Ctrl-C; report first sound, lateness, drift, stop times."""
    folder.mkdir(parents=True)
    paced = PacedCapture(folder)
    env = {**paced.env, "VOICECOACH_CACHE": str(cache), "VOICECOACH_STATE": str(folder / "state")}
    started = time.monotonic()
    proc = play(routine, env)
    while paced.first_byte_at is None and proc.poll() is None:
        time.sleep(0.001)
    first = paced.first_byte_at - started
    end = time.monotonic() + seconds
    while time.monotonic() < end and proc.poll() is None:
        time.sleep(0.05)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    proc.wait(10)
    exited = time.monotonic() - sent
    time.sleep(0.3)
    heard_until = paced.first_byte_at + len(paced.data) / BYTES_PER_S
    paced.close()
    return {"first_sound_s": round(first, 3), **{k: round(v, 3) for k, v in paced.summary().items()},
            "ctrl_c_exit_s": round(exited, 3), "ctrl_c_sound_stop_s": round(heard_until - sent, 3),
            "exit_status": proc.returncode}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("routine", nargs="?", default="foot-strength")
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        cold = run(args.routine, Path(tmp) / "cold", cache, 5)
        warm = run(args.routine, Path(tmp) / "warm", cache, args.seconds)
    print(json.dumps({"cold": cold, "warm": warm}, indent=1))


if __name__ == "__main__":
    main()
