"""Music under a session — in: a music spec (an audio file, or ``ambient``) and the session's
timeline and clips; out: a ``MusicBed`` whose ``block(a, b)`` the mixer (render.mix) adds.

``source`` decodes a file (or generates the ambient bed) into normalized mono PCM; ``bed``
loops, fades and ducks it under every cue, as a pure function of the sample index, so
rendering from any sample yields exactly the samples of a full render: played == exported.
"""
