"""The test suite's helpers, imported by the tests as ``from support.NAME import ...``
(``tests/`` is on ``sys.path`` because ``tests/conftest.py`` sits there); ``conftest.py``
keeps only fixtures and hooks.

- ``cli``: ``voicecoach(...)``, the in-process CLI runner, and ``run_cli``.
- ``processes``: for tests that start a real process: ``drain`` (a pty's output), ``restore_sigint``.
- ``durations``: ``FakeDurations``, clip lengths without a speech engine (timing unit tests).
- ``workers``: what the xdist workers of one run share: ``run_root``, ``locked``, ``built_once``.
- ``order``: the suite's own schedule, ``LONGEST`` and ``long_tests_first``.
- ``alsacapture``: capture what is really played, with no sound card (also used by benchmarks/).
- ``cdp``: a real headless chromium driven over the DevTools protocol.
- ``importer_fields``: the importer's field-by-field scoring (also a script: see its docstring).
- ``importer_inputs``: web pages, PDFs and a local HTTP server made in the test.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The seed article (shared/seeds), copied byte for byte, and its ten exercises in order.
SEED_ARTICLE = REPO / "tests" / "articles" / "foot-strengthening-article.txt"
SEED_EXERCISES = [
    "Toe Spread",
    "Calf Drops",
    "Plantar Stretch",
    "Toe Lifts",
    "Toe Spelling",
    "Towel Curls",
    "Heel/Toe Walks",
    "Calf Stretch",
    "Sit on Heels",
    "Deep Squat",
]
