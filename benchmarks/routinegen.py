"""Generated routines for the benchmarks: a session of about N minutes, or N exercises."""

from __future__ import annotations

from pathlib import Path

# A mix of the exercise kinds the compiler lays out (holds with sides, timed, counted, phases).
TEMPLATES = (
    "  - name: Toe spread {n}\n    how: Spread your toes apart against the band.\n"
    "    sides: [right foot, left foot]\n    reps: 5\n    hold: 5s\n",
    "  - name: Wall sit {n}\n    duration: 45s\n",
    "  - name: Heel raises {n}\n    sets: 2\n    reps: 8\n    rest: 20s\n",
    "  - name: Box breathing {n}\n    reps: 3\n"
    "    phases: [{{say: Inhale, seconds: 4}}, {{say: Hold, seconds: 4}}, {{say: Exhale, seconds: 4}}]\n",
)
TEMPLATE_S = 86  # measured seconds a template exercise takes on average, rests included


def timed_routine(folder: Path, minutes: float) -> Path:
    """A routine lasting about ``minutes`` (the exact length is read back from the timeline)."""
    count = max(1, round(minutes * 60 / TEMPLATE_S))
    body = "".join(TEMPLATES[i % len(TEMPLATES)].format(n=i // len(TEMPLATES) + 1) for i in range(count))
    path = folder / f"routine-{minutes:g}min.yaml"
    path.write_text(f"title: Benchmark {minutes:g} minutes\nexercises:\n{body}", encoding="utf-8")
    return path


def many_exercises(folder: Path, count: int) -> Path:
    """``count`` short exercises (brief, under the 12-hour limit) for the compile benchmark."""
    names = ("Squat", "Lunge", "Plank", "Bridge", "Calf raise", "Toe curl", "Heel walk", "Hop")
    lines = [
        f"title: Benchmark {count} exercises",
        "settings:",
        "  verbosity: brief",
        "  rest_between: 5s",
        "exercises:",
    ]
    for i in range(count):
        kind = "    reps: 3\n    hold: 2s" if i % 2 else "    duration: 10s"
        lines.append(f"  - name: {names[i % len(names)]}\n{kind}")
    path = folder / f"routine-{count}-exercises.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
