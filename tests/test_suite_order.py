"""The suite's own scheduling (conftest.worker_blocks): long tests start each xdist block."""

from conftest import worker_blocks


def test_each_block_starts_with_its_long_tests_and_nothing_is_lost():
    items = [f"t{i}" for i in range(20)]
    seconds = {"t3": 40, "t7": 30, "t11": 25, "t15": 20, "t19": 10}.get
    ordered = worker_blocks(items, 4, seconds)
    assert sorted(ordered) == sorted(items)
    starts = [ordered[0], ordered[5], ordered[10], ordered[15]]     # 20 items in blocks of 5
    assert starts == ["t3", "t7", "t11", "t15"]                    # longest first, one each
    assert ordered[16] == "t19"                                    # then the block with least
    assert [i for i in ordered if seconds(i) is None] == [i for i in items if seconds(i) is None]


def test_one_worker_runs_the_long_tests_first():
    assert worker_blocks(["a", "b", "c"], 1, {"c": 5}.get) == ["c", "a", "b"]


def test_more_long_tests_than_room_in_their_blocks_loses_nothing():
    """A few tests on many workers (``scripts/test -k …``): blocks of 0 or 1 item."""
    for items in (["a", "b"], ["a", "b", "c"], list("abcdefghij")):
        ordered = worker_blocks(items, 8, {"a": 5, "b": 4}.get)
        assert sorted(ordered) == sorted(items) and len(ordered) == len(items)
