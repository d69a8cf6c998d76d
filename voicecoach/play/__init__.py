"""Stage 4b — play: rendered PCM -> the speakers, on the wall clock, hands-free.

In: a ``Session`` and an audio output. Out: sound at absolute deadlines, the
same samples ``export`` writes. ``span_player`` plays spans on deadlines, and
``scheduler`` on it carries out ``commands`` from ``keys`` and ``mpris``; ``navigate`` finds where to go;
``announcements`` builds the player's own spoken answers; ``clocks``,
``output`` (the device), ``status`` (the status line), ``coldstart`` (first
sound before the cache is full) and ``resume`` (saved positions).
"""
