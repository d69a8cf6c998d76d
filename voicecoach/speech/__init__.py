"""Stage 3 — speech: text -> trimmed PCM clip, through a content-addressed cache.

In: texts and a ``Voice`` (engine, voice id, rate, volume). Out: int16 mono
clips at SAMPLE_RATE. ``engine`` is the seam (protocol + registry by name),
``pyttsx3_engine`` the espeak-ng engine with its workarounds, ``piper_engine`` the
neural Piper engine (optional ``neural`` extra; English's default), with
``piper_models`` (which voices there are) and ``piper_load`` (opening one), ``clips`` the
cache, ``voices`` resolves a voice spec, ``prerender`` fills the cache in
parallel worker processes before the compiler asks for lengths.
"""
