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
    assert [p.name for p in (tmp_path / "state").iterdir()] == ["positions.json"]   # no temp files


def test_unwritable_or_damaged_state_is_not_fatal(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VOICECOACH_STATE", str(blocker / "state"))
    assert resume.save("k", 1, 0.0) is False
    monkeypatch.setenv("VOICECOACH_STATE", str(tmp_path))
    (tmp_path / "positions.json").write_text("{broken")
    assert resume.load("k") is None
    assert resume.save("k", 2, 1.0) and resume.load("k")["exercise"] == 2
