"""The common ways real articles write one thing, each read the same (our own small examples):
dose notations, side phrasings, breathing counts, plain-text and web-page layouts. Gathered by
probing the importer with the notations of physio handouts, fitness blogs and health sites; a
rule made for one notation must not lose its neighbours."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.numbers import normalize
from voicecoach.importer.sources import html_text

# (the dose as written, the fields it must give; "sides" is how many)
DOSES = [
    ("Do 3 x 10.", {"sets": 3, "reps": 10}),
    ("3x10 reps.", {"sets": 3, "reps": 10}),
    ("3 × 10", {"sets": 3, "reps": 10}),
    ("3 sets x 10 reps", {"sets": 3, "reps": 10}),
    ("3 sets of 10-12 reps", {"sets": 3, "reps": 10}),
    ("10–12 reps", {"reps": 10}),
    ("10 - 12 reps", {"reps": 10}),
    ("x10", {"reps": 10}),
    ("10x", {"reps": 10}),
    ("10/side", {"reps": 10, "sides": 2}),
    ("10 reps e/s", {"reps": 10, "sides": 2}),
    ("10 each side", {"reps": 10, "sides": 2}),
    ("10 per leg", {"reps": 10, "sides": 2}),
    ("Hold 30s.", {"duration": 30}),
    ("Hold 30 sec.", {"duration": 30}),
    ("Hold 1 min.", {"duration": 60}),
    ("Hold 5s, 10 reps.", {"reps": 10, "hold": 5}),
    ("10 reps, 5-sec hold", {"reps": 10, "hold": 5}),
    ("10 reps with a 5 second hold", {"reps": 10, "hold": 5}),
    ("2-3 sets of 15", {"sets": 2, "reps": 15}),
    ("30 seconds each side", {"duration": 30, "sides": 2}),
    ("30s/side", {"duration": 30, "sides": 2}),
    ("Reps: 10  Sets: 3  Hold: 5 sec", {"reps": 10, "sets": 3, "hold": 5}),
    ("10 reps x 3", {"reps": 10, "sets": 3}),
    ("Complete 15 reps on each leg.", {"reps": 15, "sides": 2}),
    ("Hold the stretch for 20-30 seconds, 3 times.", {"reps": 3, "hold": 20}),
    ("Do this 10 times with each arm.", {"reps": 10, "sides": 2}),
    # seconds marks and clock times, as exercise sheets and coaches' plans print them
    ('Hold 30".', {"duration": 30}),
    ("Hold 30''.", {"duration": 30}),
    ("Hold for 30″.", {"duration": 30}),
    ('Hold 30-45".', {"duration": 30}),
    ("Hold 1'30\".", {"duration": 90}),
    ("Hold for :30.", {"duration": 30}),
    ("Hold for 0:45.", {"duration": 45}),
    ("Hold 1:00.", {"duration": 60}),
    ('10 reps, 5" hold.', {"reps": 10, "hold": 5}),
    ('20" hold x 5.', {"reps": 5, "hold": 20}),
    ('Hold 30" each side.', {"duration": 30, "sides": 2}),
    ("Hold 1 min 30 s.", {"duration": 90}),
    ("Hold 1m30s.", {"duration": 90}),
    ("Hold 1 minute and 30 seconds.", {"duration": 90}),
    # "N reps of M": sets of M; a count each way or direction is no side
    ("Do 2 to 4 reps of 15 lifts.", {"sets": 2, "reps": 15}),
    ("3 reps of 10 kicks.", {"sets": 3, "reps": 10}),
    ("Hold 10 seconds; do 5 each way.", {"reps": 5, "hold": 10, "sides": 0}),
    ("Circle the knee 8 per direction.", {"reps": 8, "sides": 0}),
    ("Circle 10 in each direction.", {"reps": 10, "sides": 0}),
    ("Turn about 30 degrees each way, 6 times.", {"reps": 6, "sides": 0}),
    # sets said as "series", after a hold, or as "rest and repeat"
    ("Do 2 series of 10 repetitions.", {"sets": 2, "reps": 10}),
    ("5 reps with 10 sec hold x 2.", {"sets": 2, "reps": 5, "hold": 10}),
    ("10 reps with a 5-second hold x 3.", {"sets": 3, "reps": 10, "hold": 5}),
    ("Aim for 8 repetitions. Rest and repeat.", {"sets": 2, "reps": 8}),
    ("Do 8 repetitions. Rest and repeat the set.", {"sets": 2, "reps": 8}),
    # abbreviations and bare counts of exercise sheets
    ("10 ea. side.", {"reps": 10, "sides": 2}),
    ("3 x 30 second holds each leg.", {"reps": 3, "hold": 30, "sides": 2}),
    ("Hold 5 counts. Repeat 10.", {"reps": 10, "hold": 5}),
    # a short squeeze ended by letting go is one rep of the default count; a timed relax after it is not
    ("Squeeze for 5 seconds and relax.", {"reps": 10, "hold": 5}),
    ("Hold 10 s, relax 10 s, repeat 5 times.", {"reps": 5, "hold": 10, "relax": 10}),
    ("8 each leg x 2 sets.", {"reps": 8, "sets": 2, "sides": 2}),
    ("10 reps, 2 second pause at the top.", {"reps": 10, "hold": 2, "relax": None}),
    ("Hold 30-60 seconds (about 5-10 breaths).", {"duration": 30, "reps": None}),
    ("Hold for 30 seconds (5 breaths), 3 times.", {"reps": 3, "hold": 30}),
    ("Push up against the thumb; keep it there for 5 seconds, then slowly release.", {"reps": 10, "hold": 5}),
    ("Tighten for 10 seconds, then let go and rest for 15 seconds.", {"reps": None, "duration": 10}),
]

# inches and quotations are no seconds: the knee lift keeps only its own dose
NOT_SECONDS = [
    'Step onto a 12" box. Do 10 reps.',
    'Lift the foot 6" off the floor, 10 reps.',
    'Say "hold 30" and do 10 reps.',
]


@pytest.mark.parametrize("said", NOT_SECONDS)
def test_inches_and_quotes_are_no_seconds(said):
    got = _first(said)
    assert (got.get("reps"), got.get("hold"), got.get("duration")) == (10, None, None)


def test_metres_then_seconds_are_no_time_in_two_units():
    assert normalize("Hold 1m30s.") == "Hold 90 seconds."
    assert normalize("Sprint 50 m 20 s rest") == "Sprint 50 m 20 s rest"


def _first(dose: str) -> dict:
    text = f"# Test\n\n## Knee lift\n\nStand tall and lift one knee. {dose}\n\n## Wall press\n\nPress. Repeat 5 times.\n"
    return import_article(text, "t.md").exercises[0]


@pytest.mark.parametrize(("dose", "want"), DOSES, ids=[d for d, _ in DOSES])
def test_dose_notations(dose, want):
    got = _first(dose)
    assert {k: (len(got.get(k) or []) if k == "sides" else got.get(k)) for k in want} == want


# a dose column whose header names its units, or two of them in the order the cells give them
DOSE_COLUMNS = [
    ("Sets x Reps", "3 x 10", {"sets": 3, "reps": 10}),
    ("Sets/Reps", "3/10", {"sets": 3, "reps": 10}),
    ("Sets × reps", "2×8-12", {"sets": 2, "reps": 8}),
    ("Reps & Hold (s)", "10, 5", {"reps": 10, "hold": 5}),
    ("Sets x Time (sec)", "3 x 30", {"sets": 3, "duration": 30}),
    ("Hold (s)", "30", {"duration": 30}),
    ("Hold (sec)", "20", {"duration": 20}),
    ("Time (min)", "2", {"duration": 120}),
    ("Reps", "12", {"reps": 12}),
    ("Dose", "3 x 10 reps", {"sets": 3, "reps": 10}),
    ("Number of repetitions", "12", {"reps": 12}),
    ("No. of sets", "3", {"sets": 3}),
    ("# reps", "15", {"reps": 15}),
    ("Total time (min)", "2", {"duration": 120}),
    ("Sets/Reps/Hold", "2/10/5", {"sets": 2, "reps": 10, "hold": 5}),
    ("Reps/Side", "10", {"reps": 10, "sides": ["right side", "left side"]}),
    ("Time per leg", "30", {"duration": 30, "sides": ["right leg", "left leg"]}),
    ("Hold/side", "20 s", {"duration": 20, "sides": ["right side", "left side"]}),
]


@pytest.mark.parametrize(("header", "cell", "want"), DOSE_COLUMNS, ids=[h for h, _, _ in DOSE_COLUMNS])
def test_dose_columns(header, cell, want):
    text = f"# Plan\n\n| Exercise | {header} |\n|---|---|\n| Squat | {cell} |\n| Bridge | {cell} |\n"
    got = import_article(text, "t.md").exercises
    assert [g["name"] for g in got] == ["Squat", "Bridge"]
    assert {k: got[0].get(k) for k in want} == want


SIDES = [
    ("Stand on one leg for 30 seconds. Swap legs.", 2),
    ("Do 10 on the right, then 10 on the left.", 2),
    ("Repeat with the opposite leg.", 2),
    ("Repeat on the other side.", 2),
    ("Do both sides.", 2),
    ("Change sides and repeat.", 2),
    ("Then do the same with your left arm.", 2),
    ("Do 10 with your right leg and 10 with your left.", 2),
    ("Switch legs halfway through.", 2),
    ("Alternate legs for 10 reps.", 0),
    ("March on the spot, lifting each knee in turn, for 30 seconds.", 0),
    ("Lift both arms 10 times.", 0),
    ("Hold a weight in each hand and curl 10 times.", 0),
    # terse sheets and app printouts
    ("Hold 30 s, then swap.", 2),
    ("Repeat other side.", 2),
    ("Do the other leg.", 2),
    ("L/R x 10.", 2),
    ("10 R / 10 L.", 2),
    ("Turn to the left or right 10 times.", 0),
    ("Do it 3 times right, 3 times left.", 2),
    ("10 reps right leg, 10 reps left leg.", 2),
    ("Right side: 10 reps. Left side: 10 reps.", 2),
    ("Both sides, 10 reps.", 2),
    ("Both legs together, 10 reps.", 0),
    # the legs take turns, whatever the count per leg
    ("Jog on the spot, driving the knees up in turn; 20 on each leg.", 0),
    ("Hop onto one foot, then swap legs and keep going, 10 repetitions on each leg.", 0),
    ("Kick the heel up to the glute on every stride, 15 with each leg.", 0),
    ("Lift one knee for 3 seconds. Do the same with the other leg. Then go through it 6 times.", 0),
]


# a travelling or running drill's name says the legs take turns
@pytest.mark.parametrize("name", ["Walking lunges", "High knees", "Butt kicks", "Alternating reverse lunge"])
def test_a_gait_drill_is_done_on_both_legs_in_turn(name):
    text = f"# Drills\n\n## {name}\n\nStep forward and sink down, 10 on each leg.\n\n## Wall press\n\nPress. Repeat 5.\n"
    assert import_article(text, "d.md").exercises[0].get("sides") in (None, [])


@pytest.mark.parametrize(("said", "sides"), SIDES, ids=[s for s, _ in SIDES])
def test_side_phrasings(said, sides):
    assert len(_first(f"Hold a chair. {said}").get("sides") or []) == sides


BREATHS = [
    ("Breathe in for 4 seconds, hold for 7, and breathe out for 8.", [4, 7, 8]),
    ("Inhale for a count of four, hold for seven, exhale for eight.", [4, 7, 8]),
    ("Inhale 4 counts, exhale 6 counts.", [4, 6]),
    ("In for 4, hold for 4, out for 4, hold for 4.", [4, 4, 4, 4]),
    ("Breathe in (4), hold (7), out (8).", [4, 7, 8]),
    ("Inhale: 4 seconds. Hold: 7 seconds. Exhale: 8 seconds.", [4, 7, 8]),
    ("Breathe in slowly to a count of 5, then breathe out slowly to a count of 5.", [5, 5]),
    ("Inhale for 4 – hold for 4 – exhale for 4 – hold for 4.", [4, 4, 4, 4]),
    ("Breathe in for 4s, out for 6s.", [4, 6]),
    ("Breathe in while you count to four, then let it out while counting to six.", [4, 6]),
    ("Take a slow breath in, counting one to four. Blow the air out gently, counting one to six.", [4, 6]),
    (
        "Breathe in slowly, counting from one to four, then let the breath out, counting from one to six.",
        [4, 6],
    ),
    ("Breathe in for a count of 4 and out for a count of 6.", [4, 6]),
    (
        "Breathe in for 4 seconds. Hold for 4 seconds. Breathe out for 4 seconds. Stay empty for 4 seconds.",
        [4, 4, 4, 4],
    ),
    ("Breathe in, counting 1 to 3, and breathe out, counting 1 to 5.", [3, 5]),
]


@pytest.mark.parametrize(("said", "seconds"), BREATHS, ids=[s for s, _ in BREATHS])
def test_breathing_counts(said, seconds):
    text = f"# Calm breathing\n\nSit comfortably with your back straight. {said} Repeat 6 times.\n"
    exercise = import_article(text, "b.md").exercises[0]
    assert [p["seconds"] for p in exercise.get("phases") or []] == seconds


KNEE = [
    ("Quad sets", "Lie on your back and tighten your thigh. Hold for 5 seconds. Repeat 10 times."),
    ("Heel slides", "Slide your heel towards your bottom and back. Repeat 10 times."),
    ("Bridges", "Lift your hips off the bed. Hold for 3 seconds. Repeat 8 times."),
]
READ = [("Quad sets", 10, 5), ("Heel slides", 10, None), ("Bridges", 8, 3)]
TEXT_LAYOUTS = {
    "name colon text": "\n\n".join(f"{n}: {t}" for n, t in KNEE),
    "name colon line": "\n\n".join(f"{n}:\n{t}" for n, t in KNEE),
    "bracket numbers": "\n\n".join(f"{i}) {n}\n{t}" for i, (n, t) in enumerate(KNEE, 1)),
    "exercise n dash": "\n\n".join(f"Exercise {i} - {n}\n{t}" for i, (n, t) in enumerate(KNEE, 1)),
    "letters": "\n\n".join(f"{c}) {n}\n{t}" for c, (n, t) in zip("abc", KNEE, strict=True)),
    "bold lead": "\n\n".join(f"**{n}.** {t}" for n, t in KNEE),
    "name sentence": "\n\n".join(f"{n}. {t}" for n, t in KNEE),
    "en dash": "\n\n".join(f"{n} – {t}" for n, t in KNEE),
    "markdown": "\n\n".join(f"## {n}\n\n{t}" for n, t in KNEE),
    "roman": "\n\n".join(f"{r}. {n}\n{t}" for r, (n, t) in zip(["I", "II", "III"], KNEE, strict=True)),
    "underlined": "\n\n".join(f"{n}\n{'-' * len(n)}\n{t}" for n, t in KNEE),
    "tab": "\n".join(f"{n}\t{t}" for n, t in KNEE),
    "bullet names": "\n\n".join(f"• {n}\n{t}" for n, t in KNEE),
}


@pytest.mark.parametrize("layout", list(TEXT_LAYOUTS))
def test_plain_text_layouts(layout):
    text = "Knee exercises\n\nDo these exercises twice a day after your operation.\n\n" + TEXT_LAYOUTS[layout]
    got = import_article(text + "\n", "k.txt").exercises
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in got] == READ


HTML_LAYOUTS = {
    "headings": "".join(f"<h2>{n}</h2><p>{t}</p>" for n, t in KNEE),
    "strong and br": "".join(f"<p><strong>{n}</strong><br>{t}</p>" for n, t in KNEE),
    "strong colon": "".join(f"<p><strong>{n}:</strong> {t}</p>" for n, t in KNEE),
    "list of strong": "<ol>" + "".join(f"<li><strong>{n}</strong> – {t}</li>" for n, t in KNEE) + "</ol>",
    "list of headings": "<ol>" + "".join(f"<li><h3>{n}</h3><p>{t}</p></li>" for n, t in KNEE) + "</ol>",
    "definition list": "<dl>" + "".join(f"<dt>{n}</dt><dd>{t}</dd>" for n, t in KNEE) + "</dl>",
    "table": "<table>" + "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in KNEE) + "</table>",
    "table with header": "<table><tr><th>Exercise</th><th>Instructions</th></tr>"
    + "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in KNEE)
    + "</table>",
    "captions": "".join(
        f"<figure><img src='x.jpg'><figcaption>{n}</figcaption></figure><p>{t}</p>" for n, t in KNEE
    ),
    "bold paragraphs": "".join(f"<p><b>{n}</b></p><p>{t}</p>" for n, t in KNEE),
    "numbered headings": "".join(
        f"<h3><span>{i}</span> {n}</h3><p>{t}</p>" for i, (n, t) in enumerate(KNEE, 1)
    ),
}


@pytest.mark.parametrize("layout", list(HTML_LAYOUTS))
def test_web_page_layouts(layout):
    page = (
        "<html><head><title>Knee exercises | Clinic</title></head><body><nav><a href='/'>Home</a></nav>"
        "<main><h1>Knee exercises</h1><p>Do these exercises twice a day after your operation.</p>"
        f"{HTML_LAYOUTS[layout]}</main><footer>Contact us</footer></body></html>"
    )
    got = import_article(html_text(page.encode(), "k.html"), "k.html").exercises
    assert [(e["name"], e.get("reps"), e.get("hold")) for e in got] == READ


WALL_SIT = [
    "Stand with your back against a wall, feet hip-width apart.",
    "Slide down until your knees are bent to about 90 degrees.",
    "Keep your back flat against the wall.",
]
STEPS = "<ol>" + "".join(f"<li>{s}</li>" for s in WALL_SIT) + "</ol>"
DOSE = "<p>Hold for 30 seconds. Do 3 sets.</p>"
ONE_EXERCISE_PAGES = {
    "steps then dose": f"<h1>Wall Sit</h1><p>Wall sits build your thighs.</p>{STEPS}{DOSE}",
    "how-to title and tips": f"<h1>How to Do a Wall Sit</h1><h2>How to do it</h2>{STEPS}{DOSE}"
    "<h2>Tips</h2><ul><li>Breathe normally.</li><li>Stop if your knees hurt.</li></ul>",
    "step paragraphs": "<h1>Wall Sit</h1>"
    + "".join(f"<p><strong>Step {i}:</strong> {s}</p>" for i, s in enumerate(WALL_SIT, 1))
    + DOSE,
    "dose box": "<h1>Wall Sit</h1><div class='dose'><p><strong>Sets:</strong> 3</p><p><strong>Hold:</strong>"
    f" 30 seconds</p></div><h2>Instructions</h2>{STEPS}",
    "related posts and comments": f"<h1>Wall Sit</h1>{STEPS}{DOSE}<h3>You may also like</h3><ul>"
    "<li><a href='/x'>Squat jumps</a></li><li><a href='/y'>Lunges</a></li><li><a href='/z'>Glute bridges</a></li>"
    "</ul><h3>3 Comments</h3><p>Jane: Great exercise, my legs burn after 20 seconds!</p><p>Reply</p>",
    "benefits first": "<h1>Wall Sit</h1><h2>Benefits</h2><ul><li>Builds quads</li><li>Improves endurance</li>"
    f"<li>No equipment needed</li></ul><h2>How to</h2>{STEPS}{DOSE}",
    "variations after": f"<h1>Wall Sit</h1>{STEPS}{DOSE}<h2>Variations</h2><h3>Single-leg wall sit</h3>"
    "<p>Lift one foot off the floor.</p><h3>Weighted wall sit</h3><p>Hold a dumbbell on your thighs.</p>",
}


@pytest.mark.parametrize("layout", list(ONE_EXERCISE_PAGES))
def test_one_exercise_page_layouts(layout):
    page = (
        "<html><head><title>Wall Sit: How to Do It | FitSite</title></head><body><header><nav><a href='/'>Home"
        f"</a></nav></header><main>{ONE_EXERCISE_PAGES[layout]}</main><aside><h3>Popular</h3><ul><li>"
        "<a href='/a'>10 Best Squat Variations</a></li></ul></aside><footer>© FitSite</footer></body></html>"
    )
    got = import_article(html_text(page.encode(), "w.html"), "w.html").exercises
    assert [(e["name"], e.get("sets"), e.get("duration")) for e in got] == [("Wall Sit", 3, 30)]


# Classic exercises whose names hold no generic exercise word, listed under a dose stated once
CLASSICS = ["Clam", "Bird dog", "Dead bug", "Superman", "The Hundred", "Cat-cow"]
NAME_LISTS = {
    "bullets": "\n".join(f"- {n}" for n in CLASSICS),
    "numbers": "\n".join(f"{i}. {n}" for i, n in enumerate(CLASSICS, 1)),
    "html list": "<ul>" + "".join(f"<li>{n}</li>" for n in CLASSICS) + "</ul>",
    "html br lines": "<p>" + "<br>".join(f"{i}. {n}" for i, n in enumerate(CLASSICS, 1)) + "</p>",
}


@pytest.mark.parametrize("layout", list(NAME_LISTS))
def test_lists_of_classic_exercise_names(layout):
    intro = "Core routine\n\nTry 8-10 repetitions of every exercise, slowly.\n\n"
    if layout.startswith("html"):
        page = f"<html><body><main><h1>Core routine</h1><p>{intro.split(chr(10))[2]}</p>{NAME_LISTS[layout]}"
        text = html_text((page + "</main></body></html>").encode(), "core.html")
    else:
        text = intro + NAME_LISTS[layout] + "\n"
    got = import_article(text, "core.txt").exercises
    assert [(e["name"], e.get("reps")) for e in got] == [(n, 8) for n in CLASSICS]


# a breath's phases set out as paragraphs or bullets, each timed: one breathing exercise
BREATH_STEPS = [
    "- Breathe in slowly through your nose for 4 seconds\n\n- Pause, keeping the lungs full, for 2 seconds\n\n"
    "- Breathe out gently through your mouth for 6 seconds",
    "Inhale through the nose for 4 seconds.\n\nExhale through pursed lips for 6 seconds.",
    "* Slowly breathe in for 4 seconds, letting the belly rise.\n* Slowly breathe out for 6 seconds.",
]


@pytest.mark.parametrize("steps", BREATH_STEPS)
def test_timed_breath_steps_are_one_exercise(steps):
    text = f"# Calm breathing\n\nA simple way to settle down when you feel tense.\n\n{steps}\n\nDo this whenever you need it.\n"
    got = import_article(text, "t.md").exercises
    assert len(got) == 1
    assert [p["seconds"] for p in got[0]["phases"]][:1] == [4] and got[0]["phases"][-1]["seconds"] == 6


# a numbered list of names flattened onto one line by a copy or a page's markup, a dose stated once
FLATTENED = [
    "1. Wall push-up 2. Bird dog 3. Dead bug 4. Glute bridge",
    "1. Wall push-up  2. Bird dog  3. Dead bug  4. Glute bridge",
    "1. Wall push-up (see picture) 2. Bird dog 3. Dead bug 4. Glute bridge (for the hips)",
]


@pytest.mark.parametrize("line", FLATTENED)
def test_a_numbered_list_flattened_onto_one_line_is_a_list(line):
    text = f"# Core at home\n\nAim for 8 repetitions of each exercise.\n\n{line}\n"
    got = import_article(text, "c.md").exercises
    assert [e["name"] for e in got] == ["Wall push-up", "Bird dog", "Dead bug", "Glute bridge"]
    assert {e.get("reps") for e in got} == {8}


# "each side" of a lunge, a step or a kick names the leg that does it
@pytest.mark.parametrize("name", ["Forward lunge", "Side step", "Back kick", "Reverse lunges"])
def test_each_side_of_a_lunge_step_or_kick_is_a_leg(name):
    text = f"# Warm-up\n\n## {name}\n\nGo gently and feel it in the hips. Do 5 on each side.\n\n## Wall press\n\nPress. Repeat 5.\n"
    assert import_article(text, "w.md").exercises[0]["sides"] == ["right leg", "left leg"]


# the whole run again on the other side, said once after its last exercise: each of them, both sides
ITEMS = [
    ("Leg swing", "Swing the leg forward and back 10 times."),
    ("Hip circle", "Circle the knee 5 times."),
]
WHOLE_RUN_SIDES = [
    (
        "".join(f"{i}. {n}: {t}\n" for i, (n, t) in enumerate(ITEMS, 1)),
        "Repeat the whole sequence on the other side.",
    ),
    ("".join(f"## {n}\n\n{t}\n\n" for n, t in ITEMS), "Then switch sides and do the whole series again."),
    ("".join(f"- 10x {n}\n" for n, _ in ITEMS), "**Twirl and repeat on other side**"),
    ("".join(f"**{n}** – {t}\n\n" for n, t in ITEMS), "Now repeat everything on the opposite leg."),
]


@pytest.mark.parametrize(("run", "said"), WHOLE_RUN_SIDES, ids=[s for _, s in WHOLE_RUN_SIDES])
def test_the_whole_run_on_the_other_side_gives_each_exercise_both_sides(run, said):
    got = import_article(f"# Hip flow\n\nStand tall by a chair.\n\n{run}\n{said}\n", "h.md").exercises
    assert [len(e.get("sides") or []) for e in got] == [2, 2]


def test_a_plain_repeat_on_the_other_side_under_the_last_exercise_is_its_own():
    run = "".join(f"## {n}\n\n{t}\n\n" for n, t in ITEMS)
    got = import_article(f"# Hip flow\n\n{run}Repeat on the other side.\n", "h.md").exercises
    assert [len(e.get("sides") or []) for e in got] == [0, 2]
    again = import_article(f"# Hip flow\n\n{run}Do the whole routine again.\n", "h.md").exercises
    assert [len(e.get("sides") or []) for e in again] == [0, 0]


# no number at all: a yoga pose by its name is held, a crawl, a chase or a game is timed ("repeat until
# warm" gives no count)
ASSUMED = [
    ("Downward Facing Dog", "Press the hips up and back, heels towards the floor.", "duration", 30),
    ("Savasana", "Lie on the back, arms and legs apart, palms up.", "duration", 60),  # resting: timed
    ("Warrior II", "Step the feet wide and bend the front knee.", "duration", 30),
    ("Bear crawl", "Crawl forward on hands and feet.", "duration", 60),
    ("Crab walk", "Walk backwards on hands and feet. Repeat until warm.", "duration", 60),
    ("Play tag", "Run and chase the others until everyone is caught.", "duration", 60),
    ("Thumb stretch", "Bend the thumb across the palm. Repeat several times.", "reps", 10),
    ("Neck stretch", "Tilt the head to the side. Repeat multiple times.", "reps", 10),
]


@pytest.mark.parametrize(("name", "how", "key", "value"), ASSUMED, ids=[a[0] for a in ASSUMED])
def test_work_assumed_from_the_kind_of_exercise(name, how, key, value):
    text = f"# Session\n\n## {name}\n\n{how}\n\n## Wall press\n\nPress. Repeat 5 times.\n"
    got = import_article(text, "s.md").exercises[0]
    assert (got.get(key), got.get("reps") if key != "reps" else None) == (value, None)


BREATHS_DURING_A_HOLD = [
    "Take 2-3 breaths and balance for up to 10 seconds.",
    "Take three slow breaths while you hold for 10 seconds.",
    "Take 4 deep breaths and stay there for about 10 seconds.",
]


@pytest.mark.parametrize("said", BREATHS_DURING_A_HOLD)
def test_breaths_taken_during_a_timed_hold_are_no_count(said):
    got = _first(said)
    assert (got.get("reps"), got.get("duration")) == (None, 10)


# a tempo explained phase by phase is the pace, never a hold; a position stayed in is a hold
TEMPOS = [
    ("Lower for 3 seconds, lift for 1 second. 10 reps.", {"reps": 10, "hold": None, "pace": 4}),
    ("Take 3 seconds to lower and 1 to lift, 10 times.", {"reps": 10, "hold": None, "pace": 4}),
    ("Slow tempo (3 s down), 12 reps.", {"reps": 12, "hold": None, "pace": 3}),
    (
        "Stay up for 7 seconds, come down and rest for 3 seconds. 3 times.",
        {"reps": 3, "hold": 7, "pace": None},
    ),
]


@pytest.mark.parametrize(("said", "want"), TEMPOS, ids=[t for t, _ in TEMPOS])
def test_a_tempo_explained_phase_by_phase_is_the_pace(said, want):
    got = _first(said)
    assert {k: got.get(k) for k in want} == want


# a bulleted list of "Name x N" items with a timed one among them: each item its own exercise
@pytest.mark.parametrize("timed", ["- Plank 30 seconds", "- Plank - 30 sec", "- Wall sit 45 secs"])
def test_a_timed_item_in_a_list_of_counted_ones_is_its_own_exercise(timed):
    text = f"# Circuit\n\n- Squats x 15\n- Push-ups x 10\n{timed}\n\nDo the circuit twice.\n"
    got = import_article(text, "c.md").exercises
    assert [(e.get("reps"), e.get("duration")) for e in got][2][1] in (30, 45) and len(got) == 3


# a printout's labels in a row, each number after its own label, a frequency among them
@pytest.mark.parametrize(
    "row",
    ["Sets: 2 Reps: 10 Hold: 5 sec Daily: 2", "Sets: 2  Reps: 10  Hold: 5 sec", "Reps: 10 Sets: 2 Hold: 5 s"],
)
def test_labels_in_a_row_each_give_their_own_number(row):
    text = f"# Home program\n\n## Bridge\n\nLie on your back, lift the hips.\n\n{row}\n\n## Clam\n\nOpen the knee. 10 reps.\n"
    got = import_article(text, "h.md").exercises[0]
    assert (got.get("sets"), got.get("reps"), got.get("hold")) == (2, 10, 5)
