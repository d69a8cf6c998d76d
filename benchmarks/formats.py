"""Export foot-strength to every format (warm speech cache); print speed and chapter accuracy.

Run: .venv/bin/python -m benchmarks.formats   (after scripts/test or scripts/voicecoach set up .venv)
"""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from voicecoach.export.formats import FORMATS
from voicecoach.export.writer import export_session
from voicecoach.routine.find import load_spec
from voicecoach.session import build_session


def main() -> None:
    routine = load_spec("foot-strength").routine
    session = build_session(routine)  # warms the speech cache
    starts = [s / session.timeline.sample_rate for _, _, s in session.timeline.exercise_starts()]
    with tempfile.TemporaryDirectory() as folder:
        for suffix in FORMATS:
            out = Path(folder) / f"foot{suffix}"
            t = time.perf_counter()
            export_session(session, out)
            took = time.perf_counter() - t
            probe = json.loads(
                subprocess.run(
                    ["ffprobe", "-v", "error", "-show_format", "-show_chapters", "-of", "json", str(out)],
                    capture_output=True,
                    text=True,
                ).stdout
            )
            err = max(
                (abs(float(c["start_time"]) - s) for c, s in zip(probe["chapters"], starts, strict=False)),
                default=None,
            )
            dur = float(probe["format"]["duration"]) - session.timeline.duration_s
            print(
                f"{suffix:6} {took:6.2f} s  {session.timeline.duration_s / took:7.0f}x real time  "
                f"{out.stat().st_size / 1e6:6.1f} MB  chapters {len(probe['chapters'])} "
                f"max error {err if err is None else round(err, 4)} s  duration error {dur:+.3f} s"
            )


if __name__ == "__main__":
    sys.exit(main())
