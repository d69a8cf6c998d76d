#!/usr/bin/env python3
"""Generate voicecoach's beeps into sounds/*.wav (22050 Hz, mono, 16-bit).

Run: python3 scripts/make_sounds.py [OUTDIR]     (default: sounds/ beside this script's parent)

Each sound is a sum of sine partials under a 4 ms raised-cosine attack and an
exponential decay that ends in a raised-cosine fade to exact zero, so there is
no click at either end. Replace any file with your own WAV of the same name
(any rate/channels: voicecoach converts), or point settings.sounds at one.
Stdlib only, so it runs before the project is installed.
"""

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
PEAK = 0.5  # -6 dBFS: leaves room when a beep lands on speech


def note(freq, seconds, decay=8.0, partials=((1, 1.0), (2, 0.25), (3, 0.08))):
    n = int(seconds * RATE)
    attack, fade = int(0.004 * RATE), int(0.012 * RATE)
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-decay * t)
        if i < attack:
            env *= 0.5 - 0.5 * math.cos(math.pi * i / attack)
        if i >= n - fade:
            env *= 0.5 - 0.5 * math.cos(math.pi * (n - 1 - i) / fade)
        out.append(env * sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in partials))
    return out


def sequence(*parts, gap=0.0):
    out = []
    for p in parts:
        out += p + [0.0] * int(gap * RATE)
    return out[: len(out) - int(gap * RATE)] if gap else out


def normalize(samples):
    peak = max(abs(s) for s in samples) or 1.0
    return [s * PEAK / peak for s in samples]


SOUNDS = {
    # start: bright rising two-note "go"
    "start": lambda: sequence(note(880, 0.09, 20), note(1320, 0.22, 12)),
    # end: falling two-note "done", lower and longer
    "end": lambda: sequence(note(1320, 0.09, 20), note(660, 0.32, 8)),
    # tick: short woodblock-like click of a high partial-rich tone
    "tick": lambda: note(1600, 0.06, 60, partials=((1, 1.0), (2.7, 0.3))),
    # rest_over: three-note rising chime, soft
    "rest_over": lambda: sequence(note(660, 0.14, 10), note(880, 0.14, 10), note(1100, 0.3, 7)),
    # confirm: tiny blip used to acknowledge a key press
    "confirm": lambda: note(1000, 0.05, 40),
}


def write(path, samples):
    frames = b"".join(struct.pack("<h", int(round(max(-1, min(1, s)) * 32767))) for s in samples)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def main(argv):
    outdir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "sounds"
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        write(outdir / f"{name}.wav", normalize(make()))
        print(f"wrote {outdir / (name + '.wav')}")


if __name__ == "__main__":
    main(sys.argv)
