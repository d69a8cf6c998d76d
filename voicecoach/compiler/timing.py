"""Every timing constant of the compiler, in one place (docs/design.md "Timing semantics")."""

from __future__ import annotations

from voicecoach import SAMPLE_RATE as SR
from voicecoach.phrases import SAID_IN_SECONDS_S

GAP = int(0.35 * SR)  # after each spoken line
BEEP_GAP = int(0.15 * SR)  # between speech and a beep
TAIL = int(0.5 * SR)  # silence after the last cue
MAX_SILENCE = 15 * SR  # longest silence between cues, at every verbosity
# ... except far from the end of long work or rest, where the time left is said in minutes: a
# call-out every half minute ("14 minutes to go.") rather than every 15 s (106 call-outs in a
# 25-minute walk); the last stretch, said in seconds, as above
LONG_SILENCE, LONG_FROM_END = 30 * SR, SAID_IN_SECONDS_S * SR
MIN_SPACING = 8 * SR  # least time between the starts of two optional call-outs
GRID = 5 * SR  # time call-outs say a multiple of 5 s to go
TIP_AFTER = 2 * SR  # a tip comes this long after a start beep, as the body settles
SETUP_MIN_S = 8.0  # end of an exercise's instructions -> its count-down, at least
POSITION_CHANGE_S = 15.0  # the same when the body changes position (lying, sitting, ...)
QUIET_BEFORE_BEEP = 4 * SR  # a relax this quiet counts down into the next start beep
SHORT_REST_S = 10.0  # a rest shorter than this is a transition: no "Rest N seconds."
SET_REST_S = 30.0  # rest between sets when the exercise sets none
SPEECH_S_PER_CHAR = 0.065  # a rough speaking speed at 160 words per minute (guesses only)


def samples(seconds: float) -> int:
    return int(round(seconds * SR))


def guessed_samples(text: str, rate: int) -> int:
    """A clip's length guessed from its characters at ``rate`` words per minute (never 0)."""
    per_char = SPEECH_S_PER_CHAR * 160 / max(rate, 1)
    return int(len(text) * per_char * SR) + 1
