"""voicecoach benchmarks: ``scripts/bench`` (``python -m benchmarks.run``).

Each measurement is a module with ``measure(bench) -> list[Row]``, listed in
``run.MEASUREMENTS``; ``report`` writes the table and the JSON.
"""
