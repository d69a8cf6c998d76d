"""The naive baseline for live timing: what a user's own loop around pyttsx3 does.

    python benchmarks/naive_play.py PREVIEW.json

Reads the timeline of ``voicecoach preview ROUTINE --json`` and, for each speech cue, sleeps
until its start the way a simple loop does (``time.sleep(cue.start - previous cue's start)``),
then ``engine.say(text)`` + ``engine.runAndWait()``. On Linux pyttsx3 plays each utterance by
running ``aplay`` on a temporary WAV file. Prints the monotonic time the loop started (the
session's time zero) on stdout, then one line per cue as it is spoken.
Not part of the package: it exists only to be measured against.
"""

import json
import sys
import time

import pyttsx3


def main(path: str) -> None:
    cues = [c for c in json.load(open(path, encoding="utf-8"))["cues"] if c["kind"] == "speech"]
    engine = pyttsx3.init()
    print(f"start {time.monotonic():.6f}", flush=True)
    previous = 0.0
    for cue in cues:
        time.sleep(max(0.0, cue["start"] - previous))
        previous = cue["start"]
        engine.say(cue["text"])
        engine.runAndWait()
        print(f"said {cue['start']:.3f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
