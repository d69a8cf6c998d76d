"""The suite's own scheduling (support.order.long_tests_first): every worker's first pair of tests
holds one of the long tests, so they run at once instead of forming the tail."""

from support.order import long_tests_first


def test_each_first_pair_holds_one_long_test_longest_first():
    items = [f"t{i}" for i in range(20)]
    seconds = {"t3": 40, "t7": 30, "t11": 25, "t15": 20, "t19": 10}.get
    ordered = long_tests_first(items, 4, seconds)
    assert sorted(ordered) == sorted(items)
    pairs = [ordered[k : k + 2] for k in range(0, 10, 2)]
    assert [p[0] for p in pairs] == ["t3", "t7", "t11", "t15", "t19"]
    assert all(seconds(p[1]) is None for p in pairs)
    assert [i for i in ordered if seconds(i) is None] == [i for i in items if seconds(i) is None]


def test_one_worker_runs_the_long_tests_first():
    assert long_tests_first(["a", "b", "c"], 1, {"c": 5}.get) == ["c", "a", "b"]


def test_more_long_tests_than_short_ones_loses_nothing():
    """A few tests on many workers (``scripts/test -k …``)."""
    for items in (["a", "b"], ["a", "b", "c"], list("abcdefghij")):
        ordered = long_tests_first(items, 8, {"a": 5, "b": 4}.get)
        assert sorted(ordered) == sorted(items) and len(ordered) == len(items)


def test_a_hung_test_fails_the_run_by_name_instead_of_holding_it(tmp_path):
    """pytest-timeout as configured in pyproject.toml (thread method): a test stuck for ever
    ends the worker, and xdist names the test and finishes the run."""
    import subprocess
    import sys

    (tmp_path / "test_stuck.py").write_text(
        "import threading\n\ndef test_waits_for_ever():\n    threading.Event().wait()\n\n"
        "def test_fine():\n    pass\n"
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\ntimeout = 2\ntimeout_method = thread\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "1", "-p", "no:cacheprovider", "-q", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "crashed while running 'test_stuck.py::test_waits_for_ever'" in out, out
    assert "1 passed" in out, out
