"""Stage 4a — export: rendered PCM -> a file on disk, written atomically.

In: a ``Session`` (timeline + sources) and an output path. Out: an audio file
in the format its extension names (``formats``: each format carries its
writer and its tagger), with chapters (``chapters``), optional subtitles
(``transcript``), several routines at once (``batch``).
"""
