"""Music bed: warm-cache export of foot-strength with ``--music ambient`` vs without (WAV and MP3),
and what the bed measures in the WAV: ducking depth, the loudness of voice and music."""

from __future__ import annotations

import json

import numpy as np

from benchmarks.common import Bench, Row, median, run_checked, timed

ROUTINE = "foot-strength"
QUICK_ROUTINE = "box-breathing"  # --quick: 2 minutes, not 32 (a smoke run of the same steps)
SR = 22050


def levels(with_music, without, cues) -> dict:
    """dBFS of the music (the exact difference of the two WAVs) under cues and well between them."""
    import soundfile

    mixed, _ = soundfile.read(str(with_music), dtype="int16")
    plain, _ = soundfile.read(str(without), dtype="int16")
    music = mixed.astype(np.int64) - plain
    inside, near = np.zeros(len(mixed), bool), np.zeros(len(mixed), bool)
    for c in cues:
        s, e = int(round(c["start"] * SR)), int(round(c["end"] * SR))
        inside[s:e] = True
        near[max(0, s - int(2.5 * SR)) : e + int(2.5 * SR)] = True
    near[: 5 * SR] = near[-5 * SR :] = True

    def db(x):
        if len(x) == 0:  # no such stretch (box-breathing has a cue every few seconds)
            return float("nan")
        return 20 * np.log10(np.sqrt(np.mean(np.asarray(x, np.float64) ** 2)) / 32768)

    return {
        "under": float(db(music[inside])),
        "between": float(db(music[~near])),
        "voice": float(db(plain[inside])),
        "voice_mixed": float(db(mixed[inside])),
    }


def measure(bench: Bench) -> list[Row]:
    routine = QUICK_ROUTINE if bench.quick else ROUTINE
    cache = bench.fresh_dir("music-cache")
    env = bench.env(cache)
    out = bench.fresh_dir("music-out")
    timeline = json.loads(run_checked(bench.voicecoach("preview", routine, "--json"), env).stdout)
    duration = float(timeline["duration"])
    group = f"Music bed ({routine}, --music ambient)"
    rows = []
    for fmt in ("wav",) if bench.quick else ("wav", "mp3"):  # quick: MP3 is LAME's time, not ours
        plain = median(
            [
                timed(bench.voicecoach("export", routine, "-o", str(out / f"n.{fmt}"), "--force"), env)
                for _ in range(bench.repeats)
            ]
        )
        music = median(
            [
                timed(
                    bench.voicecoach(
                        "export", routine, "--music", "ambient", "-o", str(out / f"m.{fmt}"), "--force"
                    ),
                    env,
                )
                for _ in range(bench.repeats)
            ]
        )
        rows.append(
            Row(
                group,
                f"with music: {fmt.upper()} export, warm cache",
                music,
                "s",
                note=f"{duration / music:.0f}x real time; without music {plain:.2f} s "
                f"({duration / plain:.0f}x)",
            )
        )
    lv = levels(out / "m.wav", out / "n.wav", timeline["cues"])
    if np.isfinite(lv["between"]):
        rows += [
            Row(
                group,
                "ducking depth (music between cues - under cues)",
                lv["between"] - lv["under"],
                "dB",
                ">= 10 dB",
                lv["between"] - lv["under"] >= 10,
            ),
            Row(
                group,
                "music between cues",
                lv["between"],
                "dBFS",
                note=f"{lv['between'] - lv['voice']:.1f} dB relative to the voice",
            ),
        ]
    else:  # cues every few seconds (box-breathing's phases): no stretch 2.5 s from every cue
        rows.append(
            Row(group, "ducking depth", float("nan"), "dB", note=f"{routine} has no music between cues")
        )
    rows += [
        Row(group, "music under cues", lv["under"], "dBFS"),
        Row(
            group,
            "voice under cues, with music - without",
            lv["voice_mixed"] - lv["voice"],
            "dB",
            "within 1 dB",
            abs(lv["voice_mixed"] - lv["voice"]) <= 1,
            note=f"voice {lv['voice']:.1f} dBFS",
        ),
    ]
    return rows
