"""Processes started on one CPU, for tests whose point is not parallel rendering."""

from __future__ import annotations

import os


def one_cpu() -> None:
    """``preexec_fn``: the child runs on one CPU, so ``render_parallel`` renders in the process
    itself instead of spawning render workers (each of which loads a Piper voice again)."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
