"""The suite's own schedule (conftest's ``pytest_collection_modifyitems``): the longest tests
first, so under xdist they run at once instead of forming the tail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")

# Tests that take longest on the wall clock (seconds, measured on the 2-core machine with 4
# to 8 workers): most wait on real playback, the Piper export holds the other workers' e2e tests
# behind its lock. scripts/test runs xdist's `load` scheduler one test at a time
# (--maxschedchunk 1): each worker starts with two tests, so every first pair holds one of
# these. A renamed test only drops out of this.
LONGEST = {
    "test_bench.py::test_quick_bench_writes_table_and_json": 62,
    "test_play_live.py::test_media_key_next_over_mpris": 50,
    "test_play_live.py::test_paced_playback_keeps_the_wall_clock": 48,
    "test_importer_real_corpus.py::test_the_corpus_imports_at_its_measured_accuracy": 40,
    "test_play_live.py::test_ctrl_c_stops_fast_saves_and_resume_picks_up": 32,
    "test_circuits_e2e.py::test_play_waits_at_a_ready_step_until_space": 30,
    "test_mpris_playerctl.py::test_playerctl_sees_and_steers_a_playing_session": 25,
    "test_export_e2e.py::test_length_equals_timeline_to_the_sample[piper]": 20,
    "test_piper.py::test_the_prepared_copy_opens_instead_and_gives_the_same_samples": 20,
    "test_mpris_coldstart.py::test_a_cold_first_play_answers_pause_play_and_metadata_at_once[piper]": 19,
    "test_play_tty.py::test_keys_status_line_and_terminal_restored": 18,
    "test_piper.py::test_a_process_that_loaded_piper_ends_with_its_whole_output_and_status": 14,
    "test_play_live.py::test_no_audio_device_is_one_line_with_the_export_command_to_run": 12,
    "test_piper.py::test_a_damaged_prepared_copy_is_made_again": 12,
    "test_piper.py::test_cold_start_speaks_the_piper_intro_first_and_matches_the_export": 11,
    "test_headroom.py::test_a_piper_export_has_no_sample_at_full_scale_with_or_without_music": 11,
    "test_readme.py::test_readme_examples_run_and_their_outputs_match": 6,
}


def long_tests_first(
    items: Sequence[Item], workers: int, seconds: Callable[[Item], float | None]
) -> list[Item]:
    """``items`` reordered for xdist's ``load`` scheduler with one test per send: the long
    items (``seconds(item)`` not None), longest first, each followed by one short item, so the
    first pair every worker is sent holds a long item; the short items keep their order."""
    long = sorted((i for i in items if seconds(i) is not None), key=lambda i: seconds(i) or 0.0, reverse=True)
    rest = [i for i in items if seconds(i) is None]
    if workers < 2:
        return long + rest
    ordered: list[Item] = []
    for k, item in enumerate(long):
        ordered += [item, *rest[k : k + 1]]
    return ordered + rest[len(long) :]
