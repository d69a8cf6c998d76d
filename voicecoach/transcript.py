"""Human-readable transcripts of a timeline."""

from __future__ import annotations

from voicecoach.timeparse import format_clock
from voicecoach.timeline import Timeline

BEEP_LABELS = {"work_start": "[start beep]", "work_end": "[end beep]", "tick": "[tick]",
               "rest_over": "[rest over]"}


def text_transcript(timeline: Timeline) -> str:
    lines = [f"{timeline.title} — {format_clock(timeline.duration_s)} "
             f"({timeline.duration_s:.1f} s), {len(timeline.cues)} cues"]
    for cue in timeline.cues:
        what = cue.text if cue.kind == "speech" else BEEP_LABELS.get(cue.role, f"[{cue.sound}]")
        lines.append(f"{format_clock(cue.start_s)}  {what}")
    return "\n".join(lines)
