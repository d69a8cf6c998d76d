"""First sound fast with a cold speech cache: speak the intro while the rest is rendered.

With every clip cached, the session is compiled at once (tens of milliseconds). Otherwise
the timeline is first laid out with estimated lengths for the missing clips, which gives
the intro sentence; only that clip is synthesized, and it starts playing while a background
thread renders every other clip in timeline order and compiles the real timeline.

Exactness: the intro (the routine's title alone) is the first cue, after the lead-in's
silence (settings.lead_in_s, fixed by the routine), and the next cue starts GAP after it,
so the opening span ``[0, intro_end + GAP // 2)`` depends on the intro clip alone and is
byte-identical to the export's. With a music bed the opening is not speculated (the bed's
level follows the loudness of all the session's speech), so the session is rendered first.
The session's length is said in the next cue, from the real timeline.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from voicecoach.compiler.timing import GAP
from voicecoach.timeline import Role

@dataclass
class Opening:
    """Either a ready ``session``, or an ``intro`` to play while ``wait()`` finishes the rest."""

    session: Optional[object] = None
    intro_pcm: Optional[bytes] = None          # the opening span: intro clip + half a gap
    _thread: Optional[threading.Thread] = None
    _result: dict = field(default_factory=dict)

    def wait(self, poll=None):
        """The real session; ``poll(seconds)`` is called while waiting (key handling)."""
        if self.session is None:
            while self._thread.is_alive():
                if poll is not None:
                    poll(0.05)
                self._thread.join(0.05)
            if "error" in self._result:
                raise self._result["error"]
            self.session = self._result["session"]
        return self.session

    def resume_sample(self) -> int:
        """Where the real timeline continues after the opening span."""
        first = min(self.wait().timeline.cues, key=lambda c: c.start)
        return first.end + GAP // 2 if first.role == Role.INTRO else 0


def open_session(routine, cache_dir=None, engine=None, speculate: bool = True) -> Opening:
    """Compile at once when the cache is warm; else start the intro-first path."""
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.speech.prerender import EstimatedDurations
    from voicecoach.render import Sources
    from voicecoach.session import Session, build_session, music_bed, session_parts
    phrases, beeps, clips, music = session_parts(routine, cache_dir, engine)
    estimate = EstimatedDurations(beeps, routine.settings.rate, clips)
    timeline = compile_routine(routine, estimate, phrases)
    if not estimate.texts:
        return Opening(session=Session(routine, timeline, Sources(clips, beeps),
                                       music_bed(routine, timeline, clips, music)))
    if not speculate or music is not None:
        return Opening(session=build_session(routine, cache_dir, engine, music))
    intro = min(timeline.cues, key=lambda c: c.start)
    pcm = clips.clip(intro.text)                     # the one clip needed before sound
    lead_in = np.zeros(intro.start, np.int16)        # the lead-in: the intro starts after it
    opening = Opening(intro_pcm=np.concatenate([lead_in, pcm, np.zeros(GAP // 2, np.int16)]).astype("<i2").tobytes())

    def render_rest():
        try:
            opening._result["session"] = build_session(routine, cache_dir, engine)
        except BaseException as exc:             # handed to the main thread by wait()
            opening._result["error"] = exc
    opening._thread = threading.Thread(target=render_rest, name="voicecoach-render", daemon=True)
    opening._thread.start()
    return opening
