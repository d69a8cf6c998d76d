"""What a physiotherapist and a blind runner found in the built-ins' content, kept fixed: the
order of positions, the time to get down to or up from the floor, the equipment said at the
start, the German safety lines. Compiled with estimated speech lengths (no synthesis)."""

import pytest

from voicecoach.beeps import Beeps
from voicecoach.compiler.compile import compile_routine
from voicecoach.phrases import Phrases, exercise_position
from voicecoach.routine.find import load_spec
from voicecoach.speech.prerender import EstimatedDurations

LEVEL = {"standing": 3, "sitting": 2, "kneeling": 1, "lying": 0}


def routine(name, language):
    return load_spec(name, {"language": language}).routine


def timeline(name, language):
    r = routine(name, language)
    return r, compile_routine(r, EstimatedDurations(Beeps(), r.settings.rate), Phrases(r.settings.language))


def seconds_to_get_there(name, language, exercise_name):
    """From the end of the exercise's instructions (its how) to its first start beep."""
    r, t = timeline(name, language)
    index = next(i for i, ex in enumerate(r.exercises, 1) if ex.name == exercise_name)
    how = r.exercises[index - 1].how
    start = next(c for c in t.cues if c.role == "work_start" and c.exercise == index)
    told = [c for c in t.speech() if c.text == how and c.end <= start.start]
    assert told, f"{exercise_name}: its how is not said before its start beep"
    return (start.start - told[-1].end) / t.sample_rate


@pytest.mark.parametrize("language", ["de", "en"])
def test_ruecken_pause_goes_down_to_the_floor_once(language):
    """It went standing, floor, standing, sitting: a person with back pain got up from the
    floor twice. Now the positions only go down (standing, sitting, then the mat)."""
    levels = [LEVEL[p] for p in map(exercise_position, routine("ruecken-pause", language).exercises) if p]
    assert len(levels) == 4 and levels == sorted(levels, reverse=True)
    assert levels[-1] == LEVEL["kneeling"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_ruecken_pause_gives_the_move_to_the_floor_20_seconds(language):
    last = routine("ruecken-pause", language).exercises[-1].name
    assert seconds_to_get_there("ruecken-pause", language, last) >= 19.5


FLOOR_CHANGES = [  # (routine, index of the exercise the body goes down to or up from the floor for)
    ("knee-strength", 3),  # straight leg raises, after the standing wall squat
    ("cool-down-stretch", 1),  # inner thigh stretch, sitting on the mat after the calf stretch at the wall
    ("plantar-fasciitis", 1),  # plantar fascia stretch, on a chair after the towel stretch on the floor
]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name, index", FLOOR_CHANGES, ids=[f"{n}-{i}" for n, i in FLOOR_CHANGES])
def test_a_move_down_to_or_up_from_the_floor_gets_about_20_seconds(name, index, language):
    """Inside a short rest the listener was still getting down when the work started."""
    exercise = routine(name, language).exercises[index].name
    assert seconds_to_get_there(name, language, exercise) >= 19.5


@pytest.mark.parametrize(
    "language, chair, opening", [("en", "a chair", "You will need"), ("de", "einen Stuhl", "Du brauchst")]
)
def test_plantar_fasciitis_says_at_the_start_that_it_needs_a_chair(language, chair, opening):
    r, t = timeline("plantar-fasciitis", language)
    assert chair in r.equipment()
    first_beep = next(c.start for c in t.cues if c.role == "work_start")
    said = [c.text for c in t.speech() if c.start < first_beep and c.text.startswith(opening)]
    assert said and chair in said[0]


@pytest.mark.parametrize("language", ["de", "en"])
def test_desk_shoulder_rolls_are_enough_to_feel(language):
    """Two rolls each way were too few to feel anything: a physio's usual 5 to 10."""
    rolls = [
        ex
        for ex in routine("desk-neck-shoulders", language).exercises
        if "roll" in ex.name.lower() or "kreisen" in ex.name
    ]
    assert len(rolls) == 2 and all(5 <= ex.reps <= 10 for ex in rolls)


def test_balance_german_safety_line_gives_unsicher_its_own_verb():
    """'Wird dir schwindlig oder unsicher' is not German: 'mir wird unsicher' is no phrase."""
    safety = routine("balance-older-adults", "de").settings.safety
    assert "schwindlig oder unsicher" not in safety and "fühlst du dich unsicher" in safety


FEMININE = {  # a form that names only women, and the form for men that must stand beside it
    "Ärztin": r"\bArzt\b",
    "Physiotherapeutin": r"\bPhysiotherapeuten?\b",
    "Therapeutin": r"\bTherapeuten?\b",
    "Podologin": r"\bPodologen?\b",
    "Trainerin": r"\bTrainer\b",
}


def german_lines():
    """Every German line a listener hears: the German built-ins (comments aside) and
    voicecoach's own German phrases (the lists of words it reads are not said)."""
    import json
    import re
    from importlib import resources

    from voicecoach.routine.find import builtin_names, builtin_path

    for name in builtin_names():
        path = builtin_path(name, "de")
        for line in path.read_text(encoding="utf-8").splitlines():
            said = re.sub(r"\s+#.*$", "", line)  # a trailing comment is not said
            if not line.lstrip().startswith("#"):
                yield f"{path.name}: {said}"
    table = json.loads((resources.files("voicecoach") / "lang" / "de.json").read_text(encoding="utf-8"))
    for key, value in table.items():
        if not key.startswith("_"):
            for text in [value] if isinstance(value, str) else value:
                yield f"de.json {key}: {text}"


def test_german_lines_name_no_one_by_a_form_for_women_alone():
    import re

    lone = [
        line
        for line in german_lines()
        for feminine, masculine in FEMININE.items()
        if re.search(rf"\b{feminine}\b", line) and not re.search(masculine, line)
    ]
    assert lone == []


@pytest.mark.parametrize(
    "language, wall", [("en", "a clear stretch of wall"), ("de", "ein freies Stück Wand")]
)
def test_balance_asks_for_the_wall_every_exercise_is_done_along(language, wall):
    """It said "a sturdy chair or a wall", then every exercise faced or walked along the wall."""
    r = routine("balance-older-adults", language)
    assert wall in r.equipment()
    assert all("wall" in (ex.how or "").lower() or "wand" in (ex.how or "").lower() for ex in r.exercises)
