"""``check --listen`` on whole sessions: the command itself (real espeak speech), and every
built-in (each language it has, brief/normal/detailed) and every physio-written routine in
tests/routines/physio, compiled with estimated speech lengths (no synthesis: ~0.4 CPU-s for
all of them)."""

import json

import pytest

from support import REPO
from support.cli import voicecoach
from voicecoach.beeps import Beeps
from voicecoach.compiler.compile import compile_routine
from voicecoach.model import VERBOSITIES
from voicecoach.phrases import Phrases
from voicecoach.review import timing
from voicecoach.review.listen import RULES, listen
from voicecoach.review.script import Script
from voicecoach.routine.find import builtin_names, builtin_versions, load_spec
from voicecoach.speech.prerender import EstimatedDurations
from voicecoach.timeline import Sink

PHYSIO = sorted((REPO / "tests" / "routines" / "physio").glob("*.yaml"))
SESSIONS = [(name, language) for name in builtin_names() for language in builtin_versions(name)] + [
    (str(path), None) for path in PHYSIO
]
# Pace is a property of the voice: estimated lengths follow the rate by construction.
TIMELINE_RULES = tuple(rule for rule in RULES if rule is not timing.instruction_pace)

COMPILER_PENDING = (
    "issue 22's compiler side (branch compiler) is not merged yet: the safety "
    "line is spoken in the close, set-up time before count-downs, exact side and "
    "count words, 15 s gaps, rounds; the lead removes this mark at integration"
)


def findings(spec, language, verbosity):
    overrides = {"verbosity": verbosity, **({"language": language} if language else {})}
    routine = load_spec(spec, overrides).routine
    timeline = compile_routine(
        routine,
        EstimatedDurations(Beeps(), routine.settings.rate),
        Phrases(routine.settings.language),
        Sink.FILE,
    )
    return listen(Script(timeline, routine, exported=True), TIMELINE_RULES)


def test_there_are_six_physio_routines_and_every_builtin_speaks_english_and_german():
    assert len(PHYSIO) >= 6
    assert {path.stem for path in PHYSIO} >= {
        "return-to-run-circuit",
        "shoulder-band-wait",
        "one-sided-holds",
        "diaphragm-breathing",
        "nacken-heimprogramm",
        "knee-post-op",
    }
    missing = [name for name in builtin_names() if set(builtin_versions(name)) != {"en", "de"}]
    assert missing == []


@pytest.mark.parametrize("verbosity", VERBOSITIES)
@pytest.mark.parametrize(
    "spec, language", SESSIONS, ids=[f"{s.rsplit('/', 1)[-1]}-{lang or 'own'}" for s, lang in SESSIONS]
)
def test_every_session_passes_every_rule(spec, language, verbosity):
    assert [f.line() for f in findings(spec, language, verbosity)] == []


def test_every_german_session_speaks_german_only():
    """What content alone decides: the German versions and the German physio routine."""
    german = [(s, lang) for s, lang in SESSIONS if lang == "de" or s.endswith("heimprogramm.yaml")]
    assert len(german) >= len(builtin_names()) + 1
    for spec, language in german:
        for verbosity in VERBOSITIES:
            heard = [f.line() for f in findings(spec, language, verbosity) if f.rule == "language"]
            assert heard == [], spec


def test_check_listen_reports_time_words_and_fix_and_exits_1(tmp_path):
    # what the compiler cannot mend: no safety line, and "Let go." written while holding a wall
    routine = tmp_path / "wall.yaml"
    routine.write_text(
        "title: Wall push\nexercises:\n  - {name: Wall push, how: Hands on the "
        "wall., hold: 5s, reps: 2, say_end: Let go.}\n"
    )
    result = voicecoach("check", routine, "--listen", "--verbosity", "brief")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("Wall push: ") and "over 16 rules" in lines[-1]
    assert any(line.endswith("[safety]") for line in lines)
    assert any(line.endswith("[release]") for line in lines)
    as_json = voicecoach("check", routine, "--listen", "--verbosity", "brief", "--json", "--as-file")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and report["as_file"] is True and report["verbosity"] == "brief"
    assert {"rule", "time", "where", "words", "problem", "fix"} == set(report["findings"][0])
    assert report["voice"]["engine"] == "espeak"


def test_check_listen_exits_0_on_a_session_with_nothing_to_fix(tmp_path, monkeypatch):
    """No session passes every rule before the compiler side lands (the safety line comes in
    the close), so this one is checked against the rules its wait-only session keeps."""
    from voicecoach.review import listen as review
    from voicecoach.review import wording

    monkeypatch.setattr(review, "RULES", tuple(r for r in RULES if r is not wording.exercise_count))
    routine = tmp_path / "ready.yaml"
    routine.write_text(
        "title: Ready\nsettings: {safety: Stop if anything hurts.}\n"
        "exercises:\n  - {name: Fill a water bottle, until: ready, fallback: 10s}\n"
    )
    result = voicecoach("check", routine, "--listen", "--rate", "140")
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "Ready: nothing to fix (15 rules)"), (
        result.stdout
    )
    as_file = voicecoach("check", routine, "--listen", "--rate", "140", "--as-file")
    assert as_file.returncode == 0, as_file.stdout  # a file's wait step names no key
    said = voicecoach("preview", routine, "--rate", "140", "--for", "file").stdout
    assert "pause your player" in said and "space" not in said


def test_language_de_on_an_english_routine_is_refused_in_one_line(tmp_path):
    routine = REPO / "tests" / "routines" / "physio" / "knee-post-op.yaml"
    result = voicecoach("preview", routine, "--language", "de")
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "would mix two languages" in line and "language: de" in line


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_seven_minute_circuit_heard_in_real_espeak_speech_keeps_to_what_its_title_promises(language):
    """The estimated lengths above passed the German circuit while real espeak speech made it 9.1
    minutes, past the length rule's limit for a "7-minute" title: the command's own check."""
    result = voicecoach("check", "seven-minute-circuit", "--listen", "--language", language)
    assert result.returncode == 0 and "[length]" not in result.stdout, result.stdout
