"""Saved positions: round trip, per routine, forgotten at the end, never fatal."""

from voicecoach.play import resume


def test_save_load_forget(tmp_path, monkeypatch):
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path / "state"))
    a = resume.routine_key(tmp_path / "a.yaml", "A")
    b = resume.routine_key(tmp_path / "b.yaml", "B")
    assert resume.load(a) is None
    assert resume.save(a, 3, 125.5) and resume.save(b, 1, 2.0)
    assert resume.load(a)["exercise"] == 3 and resume.load(b)["exercise"] == 1
    resume.forget(a)
    assert resume.load(a) is None and resume.load(b)["exercise"] == 1
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["positions.json"]  # no temp files


def test_unwritable_or_damaged_state_is_not_fatal(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VOICECOACH_STATE", str(blocker / "state"))
    assert resume.save("k", 1, 0.0) is False
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path))
    (tmp_path / "positions.json").write_text("{broken")
    assert resume.load("k") is None
    assert resume.save("k", 2, 1.0) and resume.load("k")["exercise"] == 2


def _session():
    from types import SimpleNamespace

    from support.durations import FakeDurations
    from voicecoach.compiler.compile import compile_routine
    from voicecoach.routine.load import load_routine_text

    text = (
        "title: Three\nexercises:\n  - name: One\n    sides: [left, right]\n    reps: 2\n    hold: 5s\n"
        "  - name: Two\n    duration: 40s\n  - name: Three\n    reps: 6\n"
    )
    routine = load_routine_text(text, "three.yaml")
    return SimpleNamespace(routine=routine, timeline=compile_routine(routine, FakeDurations()))


def _first_cue(timeline, number):
    return min(c.start for c in timeline.cues if c.exercise == number)


def test_start_point_from_n_and_out_of_range(tmp_path):
    import pytest

    from voicecoach.errors import InputError
    from voicecoach.play.live import start_point

    session = _session()
    starts = [_first_cue(session.timeline, n) for n in (1, 2, 3)]
    assert starts == sorted(starts) and starts[0] > 0  # after the intro
    for number, sample in zip((1, 2, 3), starts, strict=True):
        at = start_point(session, tmp_path / "three.yaml", number, resuming=True)  # --from wins
        assert (at.sample, at.get_ready, at.note) == (sample, False, None)
    for bad in (0, 4, -1):
        with pytest.raises(InputError, match="exercises 1 to 3"):
            start_point(session, tmp_path / "three.yaml", bad, resuming=False)
    assert start_point(session, tmp_path / "three.yaml", None, resuming=False).sample == 0


def test_start_point_resumes_at_the_saved_exercise(tmp_path, monkeypatch):
    from voicecoach.play.live import start_point

    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path / "state"))
    session, path = _session(), tmp_path / "three.yaml"
    at = start_point(session, path, None, resuming=True)
    assert at.sample == 0 and "no saved position" in at.note
    key = resume.routine_key(path, "Three")
    for saved, expected in (
        (2, _first_cue(session.timeline, 2)),
        (3, _first_cue(session.timeline, 3)),
        (0, 0),
        (9, _first_cue(session.timeline, 3)),
    ):  # beyond the end: the last
        resume.save(key, saved, 12.0)
        at = start_point(session, path, None, resuming=True)
        assert (at.sample, at.get_ready, at.note) == (expected, True, None), saved
    assert start_point(session, tmp_path / "other.yaml", None, resuming=True).note  # keyed by routine


def test_a_deeply_nested_resume_file_is_not_fatal(tmp_path, monkeypatch):
    """Issue 24 item 11: json.loads of 100,000 "[" raised RecursionError: "internal error",
    and a Ctrl-C in play then exited 1 instead of 130."""
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path))
    (tmp_path / "positions.json").write_text("[" * 100000 + "]" * 100000)
    assert resume.load("k") is None
    assert resume.save("k", 2, 1.0) and resume.load("k")["exercise"] == 2


def _stop_playing(tmp_path, capsys, save: bool):
    """What play prints on Ctrl-C, around a body that saves (or not) as play_live does."""
    import click
    import pytest

    from voicecoach.cli.nextstep import play_ending

    session = _session()
    path = tmp_path / "three.yaml"
    capsys.readouterr()
    with pytest.raises(click.exceptions.Exit) as stop:
        with play_ending("three.yaml", {}, session.routine, path, lambda: 60.0):
            if save:
                resume.save(resume.routine_key(path, session.routine.title), 2, 30.0)
            raise KeyboardInterrupt
    assert stop.value.exit_code == 130
    return capsys.readouterr().err.strip().splitlines()


def test_the_resume_hint_only_when_the_place_was_saved(tmp_path, monkeypatch, capsys):
    """Issue 24 item 15: with an unwritable state folder Ctrl-C still said "continue with: … --resume"."""
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path / "state"))
    line = _stop_playing(tmp_path, capsys, save=True)[-1]
    assert (
        line.startswith("voicecoach: stopped at exercise 2 of 3, Two, 00:30 in — continue with: ")
        and "--resume" in line
    )
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VOICECOACH_STATE", str(blocker / "state"))
    line = _stop_playing(tmp_path, capsys, save=True)[-1]
    assert (
        "could not be saved" in line
        and line.endswith("play three.yaml --from N")
        and "three.yaml --resume" not in line
    )
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path))
    (tmp_path / "positions.json").write_text("[" * 100000)  # damaged, and play is stopped
    assert "could not be saved" in _stop_playing(tmp_path, capsys, save=False)[-1]
