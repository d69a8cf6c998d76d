"""Stage 2 — compiler: ``Routine`` + clip lengths -> ``Timeline``. Pure: no I/O, no clock.

In: a routine, a ``Durations`` (speech and sound lengths in samples) and the sink (play or
a file). Out: a timeline where every cue has its exact start and end sample. Every timing
rule lives here (docs/design.md "Timing semantics"): ``compile`` lays out the session,
``frame`` its opening and close, ``blocks`` circuits and intervals, ``exercise`` one
exercise, ``work`` its work, ``rules`` the optional cues placed by priority, ``words`` the
words that depend on the exercise, ``timing`` every constant. Speech lengths before clips
exist are guessed outside, by ``speech.prerender.EstimatedDurations``.
"""
