"""Running drills as clubs and coaches write them (our own small examples): a count of runs stated
once over a distance, a walk back as the recovery, names with a technique note in brackets."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article

DRILLS = {
    "numbered, notes in brackets": (
        "1. Skipping\n\n2. Heel flicks (Bring the heel up under your seat, not out behind)\n\n3. Knee lifts\n\n"
        "4. Flick outs (A knee lift, then flick the foot forwards)\n"
    ),
    "numbered, bare": "1. Skipping\n2. Heel flicks\n3. Knee lifts\n4. Flick outs\n",
    "bulleted, notes in brackets": (
        "- Skipping\n- Heel flicks (Bring the heel up under your seat, not out behind)\n- Knee lifts\n"
        "- Flick outs (A knee lift, then flick the foot forwards)\n"
    ),
}
DOSES = ["Do 3 of each over 20-60m.", "Do 3 of each over 30 metres.", "Do each drill 3 times over 30 m."]


@pytest.mark.parametrize("dose", DOSES)
@pytest.mark.parametrize("layout", list(DRILLS))
def test_runs_of_each_drill_over_a_distance_with_a_walk_back(layout, dose):
    text = f"# Drills\n\nOn soft ground. {dose} Walk back after each run to recover.\n\n{DRILLS[layout]}"
    got = [
        (e["name"], e.get("sets"), e.get("duration"), e.get("rest"))
        for e in import_article(text, "d.txt").exercises
    ]
    names = ["Skipping", "Heel flicks", "Knee lifts", "Flick outs"]
    assert got == [
        (n, 3, 60, 30) for n in names
    ]  # a distance: the default length; the walk: the default rest


def test_a_jog_back_is_part_of_the_run_not_a_rest():
    text = "# Track session\n\n## Strides\nRun 80 m at three-quarter pace, then jog back. Do it 4 times.\n\n## Bounds\nBound for 30 m, then jog back. Do it 4 times.\n"
    assert [e.get("rest") for e in import_article(text, "s.md").exercises] == [None, None]


# A warm-up written as one nested list: phases with a time, drills named in bold under them
WARM_UP_TREES = {
    "numbered phases, dashed drills": (
        "1. **Easy jog (5 minutes):**\n  - Jog round the pitch at an easy pace.\n"
        "2. **Dynamic stretches (8 minutes):**\n  - **Leg swings:**\n    - Swing the leg forward and back. 10 per leg.\n"
        "  - **Walking lunges:**\n    - Step forward into a lunge. Do 8 lunges.\n"
        "3. **Mobility (5 minutes):**\n  - **Arm circles:**\n    - Circle both arms forward. Do 12 circles.\n"
    ),
    "starred, four-space indents": (
        "* **Easy jog (5 minutes)**\n    * Jog round the pitch at an easy pace.\n"
        "* **Dynamic stretches (8 minutes)**\n    * **Leg swings**\n        * Swing the leg forward and back. 10 per leg.\n"
        "    * **Walking lunges**\n        * Step forward into a lunge. Do 8 lunges.\n"
        "* **Mobility (5 minutes)**\n    * **Arm circles**\n        * Circle both arms forward. Do 12 circles.\n"
    ),
}


@pytest.mark.parametrize("layout", list(WARM_UP_TREES))
def test_a_warm_up_as_a_nested_list_reads_its_drills_under_their_phases(layout):
    text = f"# Match warm-up\n\nUse this before every game.\n\n{WARM_UP_TREES[layout]}"
    got = [
        (e["name"], len(e.get("sides") or []), e.get("reps"), e.get("duration"))
        for e in import_article(text, "w.md").exercises
    ]
    assert got == [
        ("Easy jog", 0, None, 300),
        ("Leg swings", 2, 10, None),
        ("Walking lunges", 0, 8, None),
        ("Arm circles", 0, 12, None),
    ]


def test_a_flat_list_of_bold_names_is_left_as_it_is():
    from voicecoach.importer.list_tree import list_tree_as_headings

    flat = "- **Squats:**\n  - Sit back. Do 10.\n- **Lunges:**\n  - Step forward. Do 10.\n"
    assert list_tree_as_headings(flat) == flat


# One drill's distance as coaches list it: each must read as 2 runs (1 when no count) of the default length
DISTANCE_ITEMS = [
    ("{} 2x20m", 2),
    ("{} – 2 x 20m", 2),
    ("2 x 20 m {}", 2),
    ("{}: 2 x 20 metres", 2),
    ("{} 30 m", 1),
    ("{}: over 30 metres", 1),
]


@pytest.mark.parametrize(("item", "runs"), DISTANCE_ITEMS, ids=[i for i, _ in DISTANCE_ITEMS])
def test_a_drills_distance_in_its_list_item_is_its_runs(item, runs):
    names = ["A-skips", "Butt kicks", "Strides"]
    text = "# Track drills\n\nOn the straight.\n\n" + "".join(
        f"{n}. {item.format(d)}\n" for n, d in enumerate(names, 1)
    )
    got = [(e["name"], e.get("sets") or 1, e.get("duration")) for e in import_article(text, "t.md").exercises]
    assert got == [(n, runs, 60) for n in names]


def test_a_bulleted_drill_with_its_runs_after_the_name_keeps_the_list_whole():
    text = "# Pre-run\n\nBefore you run:\n\n- Leg swings x 10 each leg\n- Walking lunges x 10\n- High knees 2 x 20 m\n"
    got = [(e["name"], e.get("sets"), e.get("reps")) for e in import_article(text, "p.md").exercises]
    assert got == [("Leg swings", None, 10), ("Walking lunges", None, 10), ("High knees", 2, None)]


# A PE lesson's stations, each line labelled with its place, the time stated once for all
STATION_LAYOUTS = {
    "labelled lines": "Station 1: Star jumps\nStation 2: Bean bag throws\nStation 3: Skipping\nStation 4: Sit ups\n",
    "bulleted, dashed": "- Station 1 – star jumps\n- Station 2 – bean bag throws\n- Station 3 – skipping\n- Station 4 – sit ups\n",
}


@pytest.mark.parametrize("layout", list(STATION_LAYOUTS))
def test_stations_named_after_their_place_label(layout):
    text = f"# Year 4 circuit\n\nSpend 45 seconds at each station.\n\n{STATION_LAYOUTS[layout]}"
    got = [(e["name"], e.get("duration")) for e in import_article(text, "pe.md").exercises]
    assert got == [("Star jumps", 45), ("Bean bag throws", 45), ("Skipping", 45), ("Sit ups", 45)]


def test_a_kids_mini_circuit_gone_round_twice():
    text = (
        "# Mini circuit\n\nDo each activity for 30 seconds, then rest for 30 seconds.\n\n"
        "1. Jumping jacks\n2. Crab walk\n3. Bear crawl\n\nGo round the circuit twice.\n"
    )
    result = import_article(text, "m.md")
    assert [e.get("duration") for e in result.exercises] == [30, 30, 30]
    assert (result.session.rounds, result.session.rest_between) == (2, 30)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("5 minutes easy jog, then:", "Easy jog"),
        ("Start with 5 minutes of easy jogging, then do these drills:", "Easy jogging"),
        ("Begin with an easy 5-minute jog before the drills below.", "Easy jog"),
        ("First, jog easily for 5 minutes.", "Easy jog"),
        ("Warm up: 5 min easy jog", "Warm up"),
    ],
)
def test_a_timed_jog_leading_the_drills_is_done_first(lead, name):
    text = f"# Pre-run drills\n\n{lead}\n\n- Leg swings x 10 each leg\n- Walking lunges x 10\n- High knees 2 x 20 m\n"
    got = [(e["name"], e.get("duration")) for e in import_article(text, "p.md").exercises]
    assert got == [(name, 300), ("Leg swings", None), ("Walking lunges", None), ("High knees", 60)]


@pytest.mark.parametrize(
    "intro",
    [
        "Walking to work is great, but try these too.",
        "Aim for a 30-minute walk every day. Also do these exercises:",
        "A 10 minute walk is good for you.",
    ],
)
def test_an_introduction_that_only_advises_walking_adds_no_exercise(intro):
    text = f"# Desk breaks\n\n{intro}\n\n- Neck rolls x 5\n- Shoulder shrugs x 10\n"
    assert [e["name"] for e in import_article(text, "d.md").exercises] == ["Neck rolls", "Shoulder shrugs"]


def test_a_challenge_table_is_named_by_what_each_challenge_counts():
    text = (
        "# Home PE\n\n| Challenge | Time |\n|---|---|\n| How many star jumps can you do? | 1 minute |\n"
        "| How many sit ups can you do? | 1 minute |\n| Hold a plank | 30 seconds |\n"
    )
    got = [(e["name"], e.get("duration")) for e in import_article(text, "pe.md").exercises]
    assert got == [("Star jumps", 60), ("Sit ups", 60), ("Hold a plank", 30)]


@pytest.mark.parametrize(
    ("dose", "want"),
    [
        ("6 x 20 s with 60 s jog recovery.", (6, 20, 60)),
        ("6 x 20 seconds, 90 seconds walking recovery.", (6, 20, 90)),
        ("6 x 20 seconds, 60 seconds recovery.", (6, 20, 60)),
    ],
)
def test_repeats_with_a_moving_recovery_between_them(dose, want):
    text = f"# Session\n\n## Strides\nRun tall and relaxed. {dose}\n\n## Skips\nSkip for 20 m. Do 3.\n"
    got = import_article(text, "s.md").exercises[0]
    assert (got.get("sets"), got.get("duration"), got.get("rest")) == want


def test_walking_back_to_a_desk_is_no_recovery_between_sets():
    text = "# Office\n\nWalk back to your desk and sit tall.\n\n## Shoulder rolls\nRoll back. 2 sets of 10.\n\n## Neck turns\nTurn. 2 sets of 5.\n"
    assert [e.get("rest") for e in import_article(text, "o.md").exercises] == [None, None]
