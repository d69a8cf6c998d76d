"""docs/development.md holds: every path it names exists, and two of its recipes, followed to
the letter in a throw-away copy of the package, take effect: a French phrase table and a new
cue rule. The copy is imported by a child process (``PYTHONPATH`` first), so nothing is left
in the package and this process never sees the throw-away parts."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from support import REPO

DOC = REPO / "docs" / "development.md"
TOP_LEVEL = (
    "voicecoach/",
    "tests/",
    "docs/",
    "scripts/",
    "benchmarks/",
    "sounds/",
    "pyproject.toml",
    "README.md",
    "LICENSE",
)

# French wordings of the phrases the routine below says (the rest stay as copied from English).
FRENCH = {
    "_language": "Français",
    "_voice": "fr",
    "_decimal": ",",
    "halfway": "À mi-chemin.",
    "ten_left": "Encore 10 secondes.",
    "complete": "Séance terminée. Bravo.",
    "keep_breathing": "Respire calmement.",
}

NEW_RULE = '''

def keep_breathing(w: Window) -> list[Proposal]:
    """Throw-away rule from docs/development.md's recipe: a breathing cue 5 s into long work."""
    if w.seconds < 40:
        return []
    return [Proposal(w.phrases.say("keep_breathing"), Role.KEEP_BREATHING, w.start + 5 * SR, w.limit, 5,
                     exact=True)]


WORK_RULES = (*WORK_RULES, keep_breathing)
'''

ROUTINE = """
title: Planche
settings: {{language: {language}, countdown: 0, verbosity: normal}}
exercises:
  - name: Gainage
    duration: 60s
  - name: Pont
    duration: 20s
"""

# Compiles each routine with the copied package and prints its cues' (role, text, start s).
CHILD = """
import json, sys
import voicecoach
from voicecoach.compiler.compile import compile_routine
from voicecoach.phrases import available_languages
from voicecoach.routine.load import load_routine_text
from support.durations import FakeDurations
out = {"package": voicecoach.__file__, "languages": available_languages(), "cues": {}}
for language, text in json.loads(sys.argv[1]).items():
    timeline = compile_routine(load_routine_text(text, language + ".yaml"), FakeDurations())
    out["cues"][language] = [(str(c.role), c.text, c.start_s, c.end_s) for c in timeline.cues]
print(json.dumps(out))
"""


def paths_named(text: str) -> list[str]:
    """Repository paths in the page's code spans (a span may hold a command line) and links."""
    words = [w for span in re.findall(r"`([^`]+)`", text) for w in span.split()]
    words += [
        str(Path("docs") / target) for target in re.findall(r"\]\(([^)#\s]+)\)", text) if "://" not in target
    ]
    return [w.rstrip(".,;:") for w in words if w.startswith(TOP_LEVEL)]


def test_every_path_the_development_page_names_exists():
    named = paths_named(DOC.read_text("utf-8"))
    assert len(named) > 40  # the recipes name their files
    missing = [p for p in named if not (list(REPO.glob(p)) if "*" in p else (REPO / p).exists())]
    assert not missing, f"docs/development.md names paths that do not exist: {missing}"


def test_the_page_has_each_recipe_and_each_stage():
    text = DOC.read_text("utf-8")
    for recipe in (
        "A cue rule",
        "A language",
        "A format",
        "A speech engine",
        "An import source",
        "A key command",
        "A programme progression rule",
    ):
        assert f"**{recipe}**" in text
    for stage in (
        "routine",
        "importer",
        "compiler",
        "review",
        "speech",
        "export",
        "play",
        "serve",
        "programme",
        "log",
        "cli",
    ):
        assert f"`voicecoach/{stage}/`" in text


def follow_the_recipes(package: Path) -> None:
    """A French table and a cue rule added as docs/development.md says, in ``package``."""
    lang = package / "lang"
    french = json.loads((lang / "en.json").read_text("utf-8"))  # "copy en.json …"
    french.update(FRENCH)  # "… and translate"
    french["_stopwords"] = ["le", "la", "les", "et", "de", "du", "ton", "ta", "avec"]
    (lang / "fr.json").write_text(json.dumps(french, ensure_ascii=False), "utf-8")
    english = json.loads((lang / "en.json").read_text("utf-8"))
    english["keep_breathing"] = "Breathe easy."  # a phrase in every table
    (lang / "en.json").write_text(json.dumps(english, ensure_ascii=False), "utf-8")
    timeline = package / "timeline.py"  # a Role for a new kind of cue
    source = timeline.read_text("utf-8")
    anchor = '    HALFWAY = "halfway"\n'
    assert anchor in source
    timeline.write_text(source.replace(anchor, anchor + '    KEEP_BREATHING = "keep_breathing"\n'), "utf-8")
    rules = package / "compiler" / "rules.py"
    source = rules.read_text("utf-8")
    assert "\nWORK_RULES" in source and "\ndef place(" in source
    head, tail = source.split("\ndef place(", 1)
    rules.write_text(head + NEW_RULE + "\n\ndef place(" + tail, "utf-8")


def test_a_french_table_and_a_cue_rule_added_by_the_recipes_take_effect(tmp_path):
    package = tmp_path / "voicecoach"
    shutil.copytree(REPO / "voicecoach", package)  # bytecode too: unchanged modules load compiled
    follow_the_recipes(package)
    routines = {lang: ROUTINE.format(language=lang) for lang in ("fr", "en")}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "tests")])}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(routines)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert Path(shown["package"]).is_relative_to(tmp_path)
    assert "fr" in shown["languages"]

    french, english = shown["cues"]["fr"], shown["cues"]["en"]
    said = [text for _, text, _, _ in french]
    assert "À mi-chemin." in said and "Encore 10 secondes." in said
    assert said[-1] == "Séance terminée. Bravo." and "Halfway." not in said
    breathing = [(text, at) for role, text, at, _ in french if role == "keep_breathing"]
    assert [text for text, _ in breathing] == ["Respire calmement."]  # the 60 s work only
    beep_end = next(end for role, _, _, end in french if role == "work_start")
    assert abs(breathing[0][1] - (beep_end + 5)) < 1e-3  # where the rule put it
    assert [text for role, text, _, _ in english if role == "keep_breathing"] == ["Breathe easy."]

    # nothing was left in the package this process (and every other test) imports
    from voicecoach.phrases import available_languages
    from voicecoach.timeline import Role

    assert "fr" not in available_languages() and not (REPO / "voicecoach" / "lang" / "fr.json").exists()
    assert "keep_breathing" not in {r.value for r in Role}
