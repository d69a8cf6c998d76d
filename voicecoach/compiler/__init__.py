"""Stage 2 — compiler: ``Routine`` + clip lengths -> ``Timeline``. Pure: no I/O, no clock.

In: a routine and a ``Durations`` (speech and sound lengths in samples).
Out: a timeline where every cue has its exact start and end sample. Every
timing rule lives here (docs/design.md "Timing semantics"): ``compile`` lays
out the session, ``exercise`` one exercise's cues. Speech lengths before clips
exist are guessed outside, by ``speech.prerender.EstimatedDurations``.
"""
