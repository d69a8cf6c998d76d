"""Stage 2b — review: a compiled ``Timeline`` + its ``Routine`` -> what a listener would
stumble on (``voicecoach check ROUTINE --listen``).

In: a ``Script`` (the timeline, the routine it came from, its phrase table, whether it is
heard from a file). Out: ``Finding``s, each with the time, the words and the fix. One small
named function per rule (``rules.RULES``); ``words`` holds the word lists they read. Pure:
no I/O, no clock; it never changes a timeline, it only reads one.
"""
