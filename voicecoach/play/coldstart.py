"""First sound fast with a cold speech cache: speak the intro while the rest is rendered.

With every clip cached, the session is compiled at once (tens of milliseconds). Otherwise
the timeline is first laid out with estimated lengths for the missing clips, which gives
the intro sentence; a background thread synthesizes that clip first, and it starts playing
while the same thread renders every other clip and compiles the real timeline. The intro
is a track of its own for media keys, and keys work while it plays (play/intro.py).

Exactness: the intro (the routine's title alone) is the first cue, after the lead-in's
silence (settings.lead_in_s, fixed by the routine), and the next cue starts GAP after it,
so the opening span ``[0, intro_end + GAP // 2)`` depends on the intro clip alone and is
byte-identical to the export's. With a music bed the opening is not speculated (the bed's
level follows the loudness of all the session's speech), so the session is rendered first.
The session's length is said in the next cue, from the real timeline.
"""

from __future__ import annotations

import threading

import numpy as np

from voicecoach.compiler.timing import GAP
from voicecoach.timeline import Role


class Opening:
    """Either a ready ``session``, or an intro rendering and playing while ``wait()`` finishes
    the rest. With a cold cache nothing is synthesized on the caller's thread: the intro clip
    and then the rest render on one background thread, so the player can answer keys and
    media keys from its first second (``intro_ready``/``ready`` say how far it got)."""

    def __init__(self, routine, session=None):
        self.routine, self.session = routine, session
        self._intro: bytes | None = None
        self._intro_done = threading.Event()
        self._thread: threading.Thread | None = None
        self._result: dict = {}
        if session is not None:
            self._intro_done.set()

    @property
    def intro_pcm(self) -> bytes | None:
        """The opening span (lead-in, intro clip, half a gap); None with a ready session.
        Waits for the intro clip; raises what stopped its rendering."""
        self._intro_done.wait()
        if self._intro is None and "error" in self._result:
            raise self._result["error"]
        return self._intro

    def intro_ready(self) -> bool:
        return self._intro_done.is_set()

    def ready(self) -> bool:
        return self.session is not None or (self._thread is not None and not self._thread.is_alive())

    def wait(self, poll=None):
        """The real session; ``poll(seconds)`` is called while waiting (key handling)."""
        if self.session is None:
            thread = self._thread
            assert thread is not None, "Opening.wait() before its render thread started"
            while thread.is_alive():
                if poll is not None:
                    poll(0.05)
                thread.join(0.05)
            if "error" in self._result:
                raise self._result["error"]
            self.session = self._result["session"]
        return self.session

    def resume_sample(self) -> int:
        """Where the real timeline continues after the opening span."""
        first = min(self.wait().timeline.cues, key=lambda c: c.start)
        return first.end + GAP // 2 if first.role == Role.INTRO else 0

    def _render(self, clips, intro, build) -> None:
        """Thread body: the intro clip first (sound can start), then the whole session."""
        try:
            pcm = clips.clip(intro.text)
            lead_in = np.zeros(intro.start, np.int16)  # the lead-in: the intro starts after it
            self._intro = np.concatenate([lead_in, pcm, np.zeros(GAP // 2, np.int16)]).astype("<i2").tobytes()
            self._intro_done.set()
            self._result["session"] = build()
        except BaseException as exc:  # handed to the main thread by wait()
            self._result["error"] = exc
        finally:
            self._intro_done.set()


def open_session(routine, cache_dir=None, engine=None, speculate: bool = True) -> Opening:
    """Compile at once when the cache is warm; else start the intro-first path."""
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.render import Sources
    from voicecoach.session import Session, build_session, music_bed, session_parts
    from voicecoach.speech.prerender import EstimatedDurations

    phrases, beeps, clips, music = session_parts(routine, cache_dir, engine)
    estimate = EstimatedDurations(beeps, routine.settings.rate, clips)
    timeline = compile_routine(routine, estimate, phrases)
    if not estimate.texts:
        return Opening(
            routine,
            Session(routine, timeline, Sources(clips, beeps), music_bed(routine, timeline, clips, music)),
        )
    if not speculate or music is not None:
        return Opening(routine, build_session(routine, cache_dir, engine, music))
    intro = min(timeline.cues, key=lambda c: c.start)
    opening = Opening(routine)
    opening._thread = threading.Thread(
        target=opening._render,
        name="voicecoach-render",
        daemon=True,
        args=(clips, intro, lambda: build_session(routine, cache_dir, engine)),
    )
    opening._thread.start()
    return opening
