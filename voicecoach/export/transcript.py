"""Human-readable transcripts of a timeline."""

from __future__ import annotations

from voicecoach.timeline import Role, Timeline, format_clock, format_clock_ms

BEEP_LABELS = {
    Role.WORK_START: "[start beep]",
    Role.WORK_END: "[end beep]",
    Role.TICK: "[tick]",
    Role.REST_OVER: "[rest over]",
}


def text_transcript(timeline: Timeline) -> str:
    lines = [
        f"{timeline.title} — {format_clock(timeline.duration_s)} "
        f"({timeline.duration_s:.1f} s), {len(timeline.cues)} cues"
    ]
    for cue in timeline.cues:
        what = cue.text if cue.kind == "speech" else BEEP_LABELS.get(cue.role, f"[{cue.sound}]")
        lines.append(f"{format_clock(cue.start_s)}  {what}")
    return "\n".join(lines)


def srt_subtitles(timeline: Timeline) -> str:
    """SubRip: one numbered entry per spoken cue, ``HH:MM:SS,mmm --> HH:MM:SS,mmm``."""
    entries = [
        f"{i}\n{format_clock_ms(c.start_s, ',')} --> {format_clock_ms(c.end_s, ',')}\n{c.text}\n"
        for i, c in enumerate(timeline.speech(), 1)
    ]
    return "\n".join(entries)


def vtt_subtitles(timeline: Timeline) -> str:
    """WebVTT: a header, then one cue per spoken cue, ``HH:MM:SS.mmm --> HH:MM:SS.mmm``."""
    entries = [
        f"{format_clock_ms(c.start_s, '.')} --> {format_clock_ms(c.end_s, '.')}\n{c.text}\n"
        for c in timeline.speech()
    ]
    return "\n".join([f"WEBVTT - {timeline.title}\n", *entries])
