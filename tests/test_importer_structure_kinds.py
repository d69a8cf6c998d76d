"""Structure kinds met on articles nobody tuned on, each in several publishers' wordings (our own
small examples): what is an exercise and where its parts are."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.sources import html_text


def _names(text: str) -> list[str]:
    return [e["name"] for e in import_article(text, "t.md").exercises]


_TWO = "## Long squeezes\n\nTighten and lift, hold for 5 seconds. Repeat 10 times.\n\n" + (
    "## Quick squeezes\n\nTighten and let go at once. Repeat 10 times.\n"
)

# a heading speaking of exercises in the plural over text that explains them: no dose, no movement
EXPLAINING = [
    "## Pelvic floor exercises\n\nThese muscles hold you up all day. The exercises help you stay dry, "
    "and you can help them by drawing them up before you cough, sneeze, lift or laugh.",
    "## Knee exercises\n\nThe exercises below strengthen the muscles that support your knee. They work "
    "best when you do them most days, and they should never hurt.",
    "**About the stretches**\n\nStretching keeps your muscles long. Most people feel looser within a week.",
    "## Why these exercises help\n\nWeak hips put more load on your knees and back.",
    "### Exercises for a healthy back\n\nA strong trunk protects your spine; the moves that follow train it.",
    "## Shoulder exercises\n\nThese exercises ease a stiff shoulder. Keep breathing normally throughout. "
    "Stop if anything hurts and ask your physiotherapist.",
]


@pytest.mark.parametrize("intro", EXPLAINING, ids=range(len(EXPLAINING)))
def test_a_heading_explaining_the_exercises_is_not_one(intro):
    assert _names(f"# Leaflet\n\n{intro}\n\n{_TWO}") == ["Long squeezes", "Quick squeezes"]


@pytest.mark.parametrize(
    "heading",
    [
        "## Hip exercises\n\nLie on your back and lift your hips, then lower them slowly.",
        "## Breathing exercises\n\nTake 10 deep breaths, then cough twice.",
    ],
)
def test_a_plural_heading_over_a_movement_or_dose_is_still_an_exercise(heading):
    assert len(_names(f"# Leaflet\n\n{heading}\n\n{_TWO}")) == 3


# a list of bare names pasted without blank lines, their lengths or counts in brackets after some
BRACKETED_LISTS = [
    "1. Open the gate (1 min)\n2. Push the clouds\n3. Row the boat (2 mins)\n4. Hold the moon\n",
    "- Open the gate (60 s)\n- Push the clouds\n- Row the boat (90 seconds)\n- Hold the moon\n",
    "1) Open the gate (x10)\n2) Push the clouds (x8)\n3) Row the boat\n4) Hold the moon (1.5 min)\n",
]


@pytest.mark.parametrize("listing", BRACKETED_LISTS, ids=range(len(BRACKETED_LISTS)))
def test_a_list_of_names_with_bracketed_doses_is_the_exercises(listing):
    text = f"Qigong for beginners\nA short flowing sequence.\n{listing}Go gently and enjoy it.\n"
    exercises = import_article(text, "t.txt").exercises
    assert [e["name"] for e in exercises] == [
        "Open the gate",
        "Push the clouds",
        "Row the boat",
        "Hold the moon",
    ]
    first = exercises[0]
    assert (first.get("duration"), first.get("reps")) in ((60, None), (None, 10))


def _page(body: str) -> list[tuple[str, int | None]]:
    page = (
        "<html><head><title>Neck care | Clinic</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<main><h1>Neck care</h1><p>Gentle neck exercises for stiffness.</p>{body}</main>"
        "<footer>Contact us</footer></body></html>"
    )
    return [
        (e["name"], e.get("reps"))
        for e in import_article(html_text(page.encode(), "n.html"), "n.html").exercises
    ]


def _card(lead: str, steps: str) -> str:
    return (
        f"<tr><td>{lead}<br><p>{steps}</p><p>Do this 8 times.</p></td><td><img src='x.jpg' alt=''></td></tr>"
    )


# an exercise card: a table cell that opens with a bold name, its steps in paragraphs, a picture beside
CARD_LEADS = [
    ("<strong>Chin tuck:</strong>", "<strong>Side bend:</strong>"),
    ("<b>2.1 Chin tuck</b>", "<b>2.2 Side bend</b>"),
    ("<strong>1.1 Chin tuck :</strong>", "<strong>1.2 Side bend :</strong>"),
]


@pytest.mark.parametrize(("first", "second"), CARD_LEADS, ids=range(len(CARD_LEADS)))
def test_exercise_cards_in_a_layout_table_keep_their_bold_names(first, second):
    table = (
        "<table><tbody>"
        + _card(first, "Pull your chin straight back.")
        + _card(second, "Tip your ear towards your shoulder.")
        + "</tbody></table>"
    )
    assert _page(table) == [("Chin tuck", 8), ("Side bend", 8)]


_PILATES = ["The Push Up", "Swimming", "Roll Up", "The Side Kick"]


# a numbered list whose line breaks a copy or a page's <br> lost: one line holding every item
@pytest.mark.parametrize(
    "listing",
    [
        "1. The Push Up 2. Swimming 3. Roll Up 4. The Side Kick",
        "1) The Push Up 2) Swimming 3) Roll Up 4) The Side Kick",
        "  1. The Push Up  2. Swimming  3. Roll Up  4. The Side Kick",
    ],
)
def test_a_numbered_list_run_together_on_one_line_is_its_items(listing):
    text = f"Pilates at home\n\nAim for 8 repetitions of each exercise.\n\n{listing}\n"
    assert [(e["name"], e.get("reps")) for e in import_article(text, "p.txt").exercises] == [
        (name, 8) for name in _PILATES
    ]


@pytest.mark.parametrize("mark", ["{n}.", "{n})", "•"])
def test_a_paragraph_of_list_lines_broken_with_br_is_a_list(mark):
    lines = "<br>\n".join(f"{mark.format(n=n)} {name}" for n, name in enumerate(_PILATES, start=1))
    body = f"<p>Aim for 8 repetitions of each exercise.</p><p>{lines}</p>"
    assert _page(body) == [(name, 8) for name in _PILATES]


def test_numbers_that_do_not_count_up_leave_the_line_alone():
    from voicecoach.importer.glyphs import plain_glyphs

    for line in ("Sit with 1. your back 2. straight", "1. Squat 2. Lunge 4. Plank"):
        assert plain_glyphs(line) == line


# a numbered item whose name ends at its full stop, its text or its dose after it on the same line
NAME_THEN_SENTENCE = [
    ("Knee hug.  Go slowly – you should feel it in the hip.  Hold for 20 seconds", "Knee hug"),
    (
        "Side to side rolling on your back.  Reach both arms over your head.  Do 8 reps",
        "Side to side rolling on your back",
    ),
    ("Walking lunge.  6 on each side", "Walking lunge"),
    ("Ankle circles.  10 times each way", "Ankle circles"),
]


@pytest.mark.parametrize(("item", "name"), NAME_THEN_SENTENCE, ids=[n for _, n in NAME_THEN_SENTENCE])
def test_a_numbered_name_ends_at_its_full_stop(item, name):
    text = f"# Warm up\n\n1. {item}\n2. Calf raise.  Rise onto your toes.  15 reps\n"
    assert _names(text) == [name, "Calf raise"]


# a plan's phase named by its time, over the phase's exercises: a group, though its own text gives a dose
@pytest.mark.parametrize(
    "phase", ["1 (0-2 weeks)", "Phase 1: weeks 0-2", "Stage 2", "Weeks 3 to 6", "Days 1-14"]
)
def test_a_plan_phase_over_its_exercises_is_no_exercise(phase):
    text = (
        f"# Knee rehab\n\n## {phase}\n\n- Ice the knee for 15 minutes, 4 times a day.\n- Walk normally.\n\n"
        "### Heel slide\n\nSlide your heel towards you. Repeat 10 times.\n\n"
        "### Quad set\n\nTighten your thigh, hold for 5 seconds. Repeat 10 times.\n"
    )
    assert _names(text) == ["Heel slide", "Quad set"]


# a superset or circuit plan that names its exercises only on its group lines
GROUP_LINES = [
    "Set 1: Jumping jacks + Lunges\n\nSet 2: Mountain climbers + Push-ups\n\nSet 3: High knees + Squats\n",
    "- Superset A: Goblet squat & Plank\n- Superset B: Step-ups & Side plank\n- Superset C: Skater hops & Crunches\n",
    "Round 1 – Jumping jacks / Lunges\nRound 2 – Mountain climbers / Push-ups\nRound 3 – High knees / Squats\n",
]


@pytest.mark.parametrize("plan", GROUP_LINES, ids=range(len(GROUP_LINES)))
def test_exercises_named_on_group_lines_are_read_in_order(plan):
    text = f"# Park workout\n\nEvery exercise is done for 30 seconds, then 15 seconds off.\n\n{plan}"
    got = import_article(text, "w.md").exercises
    assert len(got) == 6 and all(e.get("duration") == 30 for e in got)
    assert got[0]["name"] in ("Jumping jacks", "Goblet squat") and got[-1]["name"] in ("Squats", "Crunches")


def test_rounds_naming_the_same_exercises_again_give_each_once():
    plan = "".join(f"Round {n}: Squats + Lunges + Plank\n" for n in (1, 2, 3))
    text = f"# Circuit\n\nDo each exercise for 40 seconds.\n\n{plan}"
    assert _names(text) == ["Squats", "Lunges", "Plank"]


# a name set as its neighbours are, between exercises, whose text has no movement word we know
MIDDLE_TEXTS = [
    "(In horse stance, 3 hand positions: at the side, at the waist, and as if hugging a tree.)",
    "Palms at heart height, fingers spread like a fan, gaze soft and level.",
]


@pytest.mark.parametrize("middle", MIDDLE_TEXTS, ids=range(len(MIDDLE_TEXTS)))
def test_a_name_among_exercises_of_its_style_is_one_though_its_text_has_no_verb(middle):
    text = (
        "Qigong class notes\n\n\n"
        "Lift the Sky\n(Stand with feet apart, lift the hands above the head and lower them.)\n\n\n"
        "Draw the Bow\n(Step wide, pull one hand back as if drawing a bow, repeat on the other side.)\n\n\n"
        f"Hold the Lantern\n{middle}\n\n\n"
        "Shake the Tail\n(Bend the knees and sway the hips from side to side.)\n\n\n"
        "Class notes are for students only.\n"
    )
    assert _names(text) == ["Lift the Sky", "Draw the Bow", "Hold the Lantern", "Shake the Tail"]


# a lesson plan's circuit table (a station number, a log column) under headings that frame it
STATION_HEADERS = [
    "| Station | Activity | Teaching points | Record |",
    "| No. | Exercise | Coaching cues | Score |",
    "| Station | Activity | Key points | Result |",
]


@pytest.mark.parametrize("header", STATION_HEADERS, ids=range(len(STATION_HEADERS)))
def test_a_circuit_table_is_read_without_the_headings_that_frame_it(header):
    text = (
        "# Year 4 fitness\n\n## Teaching instructions\n\nPupils start in groups of five at different stations.\n\n"
        "## Main activity: Fitness stations\n\nEach station lasts 1 minute, then pupils move on.\n\n"
        f"{header}\n|---|---|---|---|\n| 1 | Star jumps | Land softly. | Jumps |\n"
        "| 2 | Wall sit | Back flat on the wall. | Seconds |\n| 3 | Lunges | Long step forward. | Lunges |\n"
    )
    got = import_article(text, "c.md").exercises
    assert [(e["name"], e.get("duration")) for e in got] == [
        ("Star jumps", 60),
        ("Wall sit", 60),
        ("Lunges", 60),
    ]


# a breath's phases as bullets or paragraphs, each with its time: one breathing exercise, not three
PHASE_BULLETS = [
    "- Breathe in slowly through your nose for 4 seconds\n\n- Pause, holding your breath for 5 seconds.\n\n"
    "- Breathe out slowly through your mouth for 6 seconds\n",
    "Inhale through the nose for 4 seconds.\n\nHold the breath for 4 seconds.\n\nExhale gently for 6 seconds.\n",
]


@pytest.mark.parametrize("phases", PHASE_BULLETS, ids=range(len(PHASE_BULLETS)))
def test_a_breaths_phases_as_separate_paragraphs_are_one_exercise(phases):
    text = f"# Breathing for calm\n\nA calming breath you can do anywhere. This is how:\n\n{phases}\nRepeat 4 times.\n"
    got = import_article(text, "b.md").exercises
    assert len(got) == 1 and [p["seconds"] for p in got[0]["phases"]][0] == 4


@pytest.mark.parametrize(
    "heading", ["20-Minute Lower-Body HIIT Workout", "A quick core routine", "The circuit"]
)
def test_a_workout_heading_over_its_table_is_no_exercise(heading):
    text = (
        f"# Leg day\n\n## {heading}\n\nDirections: do each move below for 40 seconds with 10 seconds of rest. "
        "Do three rounds.\n\n| Exercise Name | Time |\n|---|---|\n| Speed skater | 40 seconds |\n"
        "| Squat jump | 40 seconds |\n\n## Speed Skater\n\n- Leap sideways onto one foot.\n\n"
        "## Squat Jump\n\n- Squat down, then jump straight up.\n"
    )
    assert _names(text) == ["Speed skater", "Squat jump"]


# two exercises chained in one paragraph, each with a dose of its own
CHAINED = [
    "Circle your chin slowly three times. Next, tip your right ear to your shoulder, three times.",
    "Shrug your shoulders up 10 times. Then roll them backwards 10 times.",
    "Lift your heels 10 times; keep your back tall. After that, lift your toes 10 times.",
]


@pytest.mark.parametrize("paragraph", CHAINED, ids=range(len(CHAINED)))
def test_two_exercises_chained_in_one_paragraph_are_two(paragraph):
    text = (
        f"Desk break\n\nSitting still for hours brings on aches, so move every hour.\n\n{paragraph}\n\n"
        "Sit tall and march your feet on the spot for 30 seconds.\n"
    )
    assert len(import_article(text, "d.txt").exercises) == 3


@pytest.mark.parametrize(
    "paragraph",
    [
        "Squeeze your thigh and hold for 5 seconds. Then relax for 5 seconds. Repeat 10 times.",
        "Turn your head to the left 5 times. Then do the same to the right 5 times.",
        "Lift your arm 10 times. Then repeat with the other arm 10 times.",
    ],
)
def test_a_paragraph_that_goes_on_with_the_same_movement_is_one(paragraph):
    text = f"Desk break\n\nMove every hour.\n\n{paragraph}\n\nSit tall and march your feet on the spot for 30 seconds.\n"
    assert len(import_article(text, "d.txt").exercises) == 2


# a session part whose time is on the line under it, what it is under that (a copy's lines)
@pytest.mark.parametrize(
    ("part", "name", "seconds"),
    [
        ("Cool Down\n5 Minutes\nStatic Stretching", "Static Stretching", 300),
        ("Cool-down\n3 mins\nEasy walk", "Easy walk", 180),
        ("Cool down\n2 minutes", "Cool down", 120),
    ],
)
def test_a_cool_down_timed_on_the_line_below_is_the_last_exercise(part, name, seconds):
    text = f"Upper body day\n\nTake 1 minute between sets.\n\n3 x 15 Biceps Curls\n3 x 15 Shoulder Press\n\n{part}\n"
    got = import_article(text, "u.txt").exercises
    assert [e["name"] for e in got] == ["Biceps Curls", "Shoulder Press", name]
    assert got[-1].get("duration") == seconds and got[-2].get("reps") == 15


_CORE = ["Glute bridge", "Dead bug", "Bird dog", "Side plank"]
# a grid of exercise cards whose names are links, which trafilatura drops as teasers
CARD_GRIDS = {
    "linked title": '<article class="card"><h3><a href="/ex/{i}">{n}</a></h3><p>Lie down and lift slowly. 3 x 10</p></article>',
    "whole card a link": '<a class="card" href="/ex/{i}"><img src="/i/{i}.jpg"><h4>{n}</h4><span>3 sets of 10 reps</span></a>',
    "name and dose side by side": '<div class="card"><span class="name">{n}</span><span class="dose">3 x 10</span></div>',
    "accordion": '<div class="accordion-item"><button class="accordion-button">{n}</button>'
    '<div class="accordion-body"><p>Lie down and lift slowly. 3 x 10</p></div></div>',
    "span title": '<div class="exercise"><span class="exercise-title">{n}</span><p>Lie down and lift. 3 x 10</p></div>',
}


def _grid_page(cards: str, after: str = "") -> str:
    return (
        "<html><head><title>Core routine | Site</title></head><body><nav><a href='/'>Home</a></nav><main>"
        "<h1>Core routine</h1><p>Four moves for a stronger trunk. Rest a minute between moves.</p>"
        f"<div class='grid'>{cards}</div>{after}</main><footer>Contact</footer></body></html>"
    )


@pytest.mark.parametrize("card", CARD_GRIDS.values(), ids=CARD_GRIDS.keys())
def test_a_grid_of_exercise_cards_is_the_exercises(card):
    page = _grid_page("".join(card.format(i=i, n=n) for i, n in enumerate(_CORE)))
    got = import_article(html_text(page.encode(), "c.html"), "c.html").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in got] == [(n, 3, 10) for n in _CORE]


def test_linked_related_post_cards_after_the_exercises_stay_out():
    moves = "".join(f"<h2>{n}</h2><p>Lie on your back and lift. Repeat 10 times.</p>" for n in _CORE[:3])
    related = "".join(
        f'<article class="card"><h3><a href="/p/{i}">{t}</a></h3><p>Try these at home.</p></article>'
        for i, t in enumerate(
            ["10 Best Squat Variations", "How to Fix Knee Pain", "Plank Challenge: 30 Days"]
        )
    )
    page = _grid_page(moves, f"<div class='related-posts'>{related}</div>")
    assert [
        e["name"] for e in import_article(html_text(page.encode(), "c.html"), "c.html").exercises
    ] == _CORE[:3]


# a name hard-wrapped before its separator, as a copy or a narrow column breaks it
WRAPPED_NAMES = [
    ("1. Straight leg\nraise: Lie on your back and lift the leg. Repeat 10 times.\n", "Straight leg raise"),
    ("**Straight leg\nraise** - Lie on your back and lift the leg. Repeat 10 times.\n", "Straight leg raise"),
    (
        "Straight leg raise with a\ntowel – Lie on your back and lift the leg. Repeat 10 times.\n",
        "Straight leg raise with a towel",
    ),
]


@pytest.mark.parametrize(("first", "name"), WRAPPED_NAMES, ids=range(len(WRAPPED_NAMES)))
def test_a_name_wrapped_before_its_separator_is_one_name(first, name):
    numbered = first.startswith("1.")
    rest = (
        "2. Heel slides: Slide your heel up and back. Repeat 10 times.\n"
        if numbered
        else "\nHeel slides - Slide your heel up and back. Repeat 10 times.\n"
    )
    text = f"Knee exercises\n\nDo these every day.\n\n{first}{rest}"
    assert _names(text) == [name, "Heel slides"]


def test_a_wrapped_sentence_is_not_joined_as_a_name():
    from voicecoach.importer.glyphs import plain_glyphs

    text = "Lie on your back with your knees bent.\nThen lift: slowly."
    assert plain_glyphs(text) == text


# drills named inside the sentences of a staged warm-up, each with its count or time
STAGED = [
    (
        "Start with 2 minutes of easy jogging, then 10 high knees and 10 butt kicks. "
        "Finish with 5 walking lunges on each leg.",
        [
            ("Easy jogging", None, 120),
            ("High knees", 10, None),
            ("Butt kicks", 10, None),
            ("Walking lunges", 5, None),
        ],
    ),
    (
        "1. Jog easily for 5 minutes.\n2. Then do 10 high knees, 10 butt kicks and 10 skips.\n"
        "3. Finish with 4 strides of 20 seconds.",
        [
            ("Exercise 1", None, 300),
            ("High knees", 10, None),
            ("Butt kicks", 10, None),
            ("Skips", 10, None),
            ("Strides", None, 20),
        ],
    ),
    (
        "Begin with 3 minutes of brisk walking. After that do 15 arm circles, then 10 leg swings on each side "
        "and 30 seconds of marching.",
        [
            ("Brisk walking", None, 180),
            ("Arm circles", 15, None),
            ("Leg swings", 10, None),
            ("Marching", None, 30),
        ],
    ),
]


@pytest.mark.parametrize(("warm_up", "want"), STAGED, ids=range(len(STAGED)))
def test_drills_named_in_a_staged_warm_ups_sentences_are_its_exercises(warm_up, want):
    got = import_article(f"Pre-run warm-up\n\n{warm_up}\n", "w.txt").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in got] == want


def test_counts_that_are_no_drills_name_none():
    from voicecoach.importer.staged import counted_drills

    said = "Just 10 minutes a day helps. In a study of 40 people, 9 of 10 runners felt better after 6 weeks."
    assert counted_drills([said]) == []


@pytest.mark.parametrize(
    "lead", ["To perform the ", "To do the ", "Doing the ", "Performing the ", "How to do the "]
)
def test_a_how_to_lead_in_is_no_part_of_the_name(lead):
    text = (
        f"# Pelvic floor\n\n**{lead}slow squeezes:** Draw up the muscles and hold for 5 seconds. Repeat 5 times.\n\n"
        f"**{lead}quick squeezes:** Draw up the muscles and let go at once. Repeat 5 times.\n"
    )
    assert _names(text) == ["Slow squeezes", "Quick squeezes"]


# a page's boxes and warnings set as headings among the exercises: no exercise
@pytest.mark.parametrize(
    "box",
    [
        "**Free Healthbeat Signup**\n\nGet the latest health news in your inbox! Sign up with 2 clicks.",
        "## Subscribe to our newsletter\n\nFive new workouts every week, 3 minutes to read.",
        "**It is important to try not to:**\n\n- hold your breath\n- squeeze your buttocks\n\nDo 5 of these 5 times a day.",
        "### Things to avoid\n\n- bouncing\n- holding your breath for 10 seconds",
    ],
)
def test_a_sign_up_box_or_a_list_of_donts_is_no_exercise(box):
    text = f"# Balance\n\n## Chair stand\n\nStand up and sit down. Repeat 8 times.\n\n## Heel raise\n\nRise onto your toes. Repeat 8 times.\n\n{box}\n"
    assert _names(text) == ["Chair stand", "Heel raise"]


@pytest.mark.parametrize("name", ["Tip Toe Walks", "Tip-toe stand", "Tip toes balance"])
def test_a_tip_toe_exercise_is_no_tips_section(name):
    text = f"# Balance\n\n## Chair stand\n\nStand up and sit down. Repeat 8 times.\n\n## {name}\n\nRise onto your toes for 10 seconds. Repeat 5 times.\n\n## Tips\n\nKeep a chair close by.\n"
    assert _names(text) == ["Chair stand", name]


# a page that names its first exercise "Name: text" and the next ones as title lines over their text
MIXED_STYLES = [
    "Straight-Leg Raise: Lie on your back and lift the straight leg. Do 3 sets of 10.\n",
    "Bridge - Lie on your back and lift your hips. Do 3 sets of 10.\n",
]


@pytest.mark.parametrize("first", MIXED_STYLES, ids=range(len(MIXED_STYLES)))
def test_a_page_mixing_two_name_styles_keeps_every_exercise(first):
    text = (
        "Knee pain remedies\nEffectiveness: 4.1 / 5 (37 votes)   Rate this remedy\n"
        "A few easy exercises strengthen the knee:\n"
        f"{first}"
        "Quad Stretch\nLie face down and bend one knee. Hold for 30 seconds, then switch legs.\n"
        "Hamstring Stretch\nSit with one leg straight and fold forward. Hold for 30 seconds.\n"
        "Did this remedy work for you?  Yes (23)   No (4)\n"
    )
    assert _names(text)[1:] == ["Quad Stretch", "Hamstring Stretch"] and len(_names(text)) == 3


@pytest.mark.parametrize("mark", ["- ", "1. ", "• "])
def test_two_exercises_chained_in_one_unnamed_item_are_two(mark):
    marks = [mark.replace("1", str(n)) for n in (1, 2, 3)]
    text = (
        f"Desk break\n\nDo these every hour.\n\n{marks[0]}Shrug your shoulders up 10 times. Then roll them backwards "
        f"10 times.\n{marks[1]}Turn your head to the left and right 5 times.\n{marks[2]}March your feet on the spot "
        "for 30 seconds.\n"
    )
    got = import_article(text, "d.txt").exercises
    assert [(e["name"], e.get("reps")) for e in got][:3] == [
        ("Exercise 1", 10),
        ("Exercise 2", 10),
        ("Exercise 3", 5),
    ]
    assert len(got) == 4


# a leaflet with pictures: captions name the exercises, a figure number lead is no part of the name
@pytest.mark.parametrize(
    "caption",
    ["Fig. 1 Straight leg raise", "Figure 1: Straight leg raise", "## Figure 1 – Straight leg raise"],
)
def test_a_figure_number_is_no_part_of_a_name(caption):
    second = caption.replace("1", "2").replace("Straight leg raise", "Heel slide")
    text = (
        f"# Knee exercises\n\n{caption}\n\nLie on your back and lift your leg. Repeat 10 times.\n\n"
        f"{second}\n\nSlide your heel up and back. Repeat 10 times.\n"
    )
    assert _names(text) == ["Straight leg raise", "Heel slide"]


@pytest.mark.parametrize("ref", ["Fig. {n}", "Figure {n}", "Picture {n}"])
def test_a_dose_table_naming_pictures_takes_the_captions_names(ref):
    one, two = ref.format(n=1), ref.format(n=2)
    text = (
        f"# Knee exercises\n\n| Exercise | Sets | Reps |\n|---|---|---|\n| {one} | 3 | 10 |\n| {two} | 3 | 15 |\n\n"
        f"{one} Straight leg raise: lie on your back and lift the leg.\n\n{two} Heel slide: slide your heel up.\n"
    )
    got = import_article(text, "k.md").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in got] == [
        ("Straight leg raise", 3, 10),
        ("Heel slide", 3, 15),
    ]


def test_lettered_supersets_keep_a_hyphenated_verb_name():
    text = "# Leg day\n\nA1. Goblet squat 3x10\nA2. Push-up 3x10\nB1. Step-up 3x8\nB2. Plank 3 x 30 seconds\n"
    assert _names(text) == ["Goblet squat", "Push-up", "Step-up", "Plank"]


@pytest.mark.parametrize("header", ["Sets x Reps", "Sets/Reps", "Dose"])
def test_a_table_column_holding_the_whole_dose_is_read(header):
    text = f"# Plan\n\n| Exercise | {header} | Rest |\n|---|---|---|\n| Squat | 3 x 10 | 60 s |\n| Row | 3 x 12 | 60 s |\n"
    got = import_article(text, "p.md").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in got] == [("Squat", 3, 10), ("Row", 3, 12)]


def test_bare_name_lines_with_bracketed_doses_are_the_exercises():
    text = "Morning routine\n\nCat-cow (10 reps)\nChild's pose (30 seconds)\nDownward dog (5 breaths)\nCobra (x8)\n"
    got = import_article(text, "m.txt").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in got] == [
        ("Cat-cow", 10, None),
        ("Child's pose", None, 30),
        ("Downward dog", None, 25),
        ("Cobra", 8, None),
    ]


def test_exercise_names_in_capitals_under_a_capital_title():
    text = (
        "HOME EXERCISES\nSIT TO STAND\nSit on a chair and stand up. Repeat 10 times.\nHEEL RAISES\n"
        "Hold a chair and rise on your toes. Repeat 10 times.\nMARCHING\nMarch on the spot for 30 seconds.\n"
    )
    assert _names(text) == ["Sit To Stand", "Heel Raises", "Marching"]


@pytest.mark.parametrize("ask", ["How do I do a {}?", "How should you perform the {}?", "How can I do {}?"])
def test_a_heading_asking_how_to_do_an_exercise_names_it(ask):
    text = (
        f"# Glute guide\n\n## {ask.format('glute bridge')}\n\nLie on your back, lift your hips. Do 10 reps.\n\n"
        f"## {ask.format('clamshell')}\n\nLie on your side and open your knees. Do 10 reps.\n\n"
        "## Why do glutes matter?\n\nStrong glutes protect your back.\n"
    )
    assert _names(text) == ["Glute bridge", "Clamshell"]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            "30 seconds: neck stretch\n30 seconds: shoulder stretch\n45 seconds: hamstring stretch\n",
            [30, 30, 45],
        ),
        ("0:00-0:30 Neck stretch\n0:30-1:00 Shoulder stretch\n1:00-1:45 Hamstring stretch\n", [30, 30, 45]),
        ("30 secs – neck stretch\n30 secs – shoulder stretch\n45 secs – hamstring stretch\n", [30, 30, 45]),
    ],
)
def test_a_dose_as_the_lines_label_or_a_timer_slot_doses_the_name_after_it(lines, want):
    got = import_article(f"Stretch routine\n\n{lines}", "s.txt").exercises
    assert [(e["name"], e.get("duration")) for e in got] == list(
        zip(["Neck stretch", "Shoulder stretch", "Hamstring stretch"], want, strict=True)
    )


# text pasted with its blank lines lost: a name right under the title, a text in brackets under a name
def test_a_name_right_under_the_title_line_is_read_when_blank_lines_are_lost():
    text = (
        "Stretching Exercises\nTowel Stretch:\nSit with the leg straight and pull the towel. Hold for 30 seconds.\n"
        "Calf Stretch:\nFace a wall and lean in. Hold for 30 seconds.\n"
    )
    assert _names(text) == ["Towel Stretch", "Calf Stretch"]


def test_names_over_bracketed_texts_are_read_when_blank_lines_are_lost():
    text = (
        "Qigong notes\nMovement notes:\nLift the Sky\n(Stand with feet apart, lift the hands above the head.)\n"
        "Draw the Bow\n(in a wide stance, pull one hand back as if drawing a bow, repeat other side)\n"
        "Shake the Tail\n(Bend the knees and sway the hips from side to side.)\n"
    )
    assert _names(text) == ["Lift the Sky", "Draw the Bow", "Shake the Tail"]


def test_a_run_on_transcript_that_was_also_hard_wrapped_splits_at_its_steps():
    import textwrap

    run_on = (
        "Keep moving Easy exercises for every week. Here are two to start with. Neck turn (Three on each side.) "
        "1. Sit up straight with relaxed shoulders. 2. Slowly turn your head to the left and hold for five "
        "seconds. 3. Repeat on your right side. Heel raise (Do this ten times.) 1. Stand behind a chair and "
        "hold it. 2. Rise slowly onto your toes. 3. Lower your heels slowly. Call our team for a chat."
    )
    text = "\n".join(textwrap.wrap(run_on, 70)) + "\n"
    assert _names(text) == ["Neck turn", "Heel raise"]


@pytest.mark.parametrize(
    "furniture",
    [
        "**More knee exercises:** [Straight leg\nraise](/slr) · [Hamstring\nstretch](/hamstring)",
        "Categories: Exercises, Shoulder · Tags: frozen shoulder, stretching",
        "Filed under: Stretches, Knee",
    ],
)
def test_a_blogs_link_and_category_lines_are_no_exercise_once_wrapped(furniture):
    text = (
        "# Quadriceps tensing\n\nSit with your leg straight. Tighten the thigh and hold for 5 seconds. "
        f"Repeat 10 times.\n\n{furniture}\n\n© The site\n"
    )
    assert _names(text) == ["Quadriceps tensing"]


def test_indented_bullet_lists_restart_so_the_dosed_one_is_the_workout():
    text = (
        "Rowing workout\n\nThink of the stroke in three phases:\n\n  - Start by pushing with the legs.\n"
        "  - Straighten the back as the legs finish.\n  - Pull the bar to your chest with the arms.\n\n"
        "For the workout:\n  - Warm up for 10 minutes, building the effort gradually.\n"
        "  - Row one-minute intervals with one minute of rest, 10 times.\n"
        "  - Cool down for five minutes of easy rowing.\n"
    )
    got = import_article(text, "r.txt").exercises
    assert [e["name"] for e in got] == ["Warm up", "Exercise 2", "Cool down"]


_HIP = "Lie on your back and lift your hips. Repeat 10 times."


@pytest.mark.parametrize(
    "marks",
    [
        ("Exercise One: ", "Exercise Two: ", "Exercise Three: "),
        ("Step 1 of 3: ", "Step 2 of 3: ", "Step 3 of 3: "),
        ("1/ ", "2/ ", "3/ "),
        ("1\ufe0f\u20e3 ", "2\ufe0f\u20e3 ", "3\ufe0f\u20e3 "),
    ],
    ids=["number words", "step of N", "slash", "keycap emoji"],
)
def test_more_ways_to_number_exercises(marks):
    names = ["Bridge", "Clam", "Dead bug"]
    text = "Hip routine\n\n" + "".join(
        f"{mark}{name}\n{_HIP}\n\n" for mark, name in zip(marks, names, strict=True)
    )
    assert _names(text) == names


@pytest.mark.parametrize("sep", [" | ", " ........ ", ", ", "\t"])
def test_a_name_and_its_dose_apart_by_a_bar_leader_dots_or_a_comma(sep):
    text = "Hips\n\n" + "".join(f"{n}{sep}3 x 10\n" for n in ["Bridge", "Clam", "Dead bug"])
    got = import_article(text, "h.txt").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in got] == [
        ("Bridge", 3, 10),
        ("Clam", 3, 10),
        ("Dead bug", 3, 10),
    ]


def test_exercises_chained_in_prose_take_their_bold_names():
    text = (
        "Desk break\n\nStart with **shoulder rolls**, 10 times backwards. Then do **neck turns**, 5 times to each "
        "side. Finally, **seated marching** for 30 seconds.\n"
    )
    got = import_article(text, "d.txt").exercises
    assert [(e["name"], e.get("reps"), e.get("duration")) for e in got] == [
        ("Shoulder rolls", 10, None),
        ("Neck turns", 5, None),
        ("Seated marching", None, 30),
    ]


@pytest.mark.parametrize("name", ["{}", "<b>{}</b>"])
def test_a_paragraph_of_br_broken_name_and_dose_lines_is_a_list(name):
    lines = "<br>".join(
        f"{name.format(n)} – {d}"
        for n, d in [("Squats", "3 x 10"), ("Lunges", "3 x 10"), ("Plank", "3 x 30 seconds")]
    )
    body = f"<p>A quick session for strong legs, done at home with no kit.</p><p>{lines}</p>"
    assert _page(body) == [("Squats", 10), ("Lunges", 10), ("Plank", None)]


# a table pasted as text: columns kept apart by runs of spaces, tabs or commas
@pytest.mark.parametrize(
    "table",
    [
        "Exercise          Sets   Reps\nSquat             3      10\nLunge             3      12\n",
        "Exercise\tSets\tReps\nSquat\t3\t10\nLunge\t3\t12\n",
        "Exercise, Sets, Reps\nSquat, 3, 10\nLunge, 3, 12\n",
    ],
    ids=["spaces", "tabs", "commas"],
)
def test_a_table_pasted_as_text_is_read_as_a_table(table):
    got = import_article(f"Leg day\n\n{table}", "l.txt").exercises
    assert [(e["name"], e.get("sets"), e.get("reps")) for e in got] == [("Squat", 3, 10), ("Lunge", 3, 12)]


def test_a_sentence_with_commas_is_no_pasted_table():
    from voicecoach.importer.text_tables import as_markdown_tables

    text = "Exercise, sets and reps matter.\nSquat, then rest.\nLunge, then rest.\n"
    assert as_markdown_tables(text) == text


# "Step N:" then a name run straight into its text, no stop or dash between (a printed page sets the
# name in bold, which a copy loses); a step that only finds the muscles is no exercise
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "# Pelvic floor\n\nStep 1: Find the muscles Imagine stopping the flow of urine.\n\n"
            "Step 2: Slow squeezes Lift and squeeze slowly, hold for 5 seconds. Do 10.\n\n"
            "Step 3: Quick squeezes Squeeze quickly for a second, then relax. Do 10.\n",
            ["Slow squeezes", "Quick squeezes"],
        ),
        (
            "# Back care\n\nStep 1: Cat stretch Kneel on all fours and round your back. Repeat 8 times.\n\n"
            "Step 2: Child's pose Sit back onto your heels and hold for 30 seconds.\n",
            ["Cat stretch", "Child's pose"],
        ),
        (
            "# Upper body\n\nStep 1: Wall Push-Up Stand an arm's length from a wall and bend your elbows. "
            "Do 10.\n\nStep 2: Shoulder Blade Squeeze Sit tall and draw your shoulder blades together. Do 10.\n",
            ["Wall Push-Up", "Shoulder Blade Squeeze"],
        ),
    ],
)
def test_a_step_label_then_a_name_run_into_its_text(text, names):
    assert _names(text) == names


def test_a_step_whose_words_are_an_instruction_is_not_named_by_its_first_words():
    text = "# Band row\n\nStep 1: Hold the TheraBand with both hands.\n\nStep 2: Pull the band to your chest. Do 10.\n"
    assert not any(name.startswith("Hold the") for name in _names(text))


# A page's meta line under the title, short parts set apart by middle dots (a brand and its section, a
# byline, a date and a reading time), is furniture: never the first exercise, even in bold
@pytest.mark.parametrize(
    "meta",
    [
        "**Peak Runners Academy** · Training",
        "*By the Coaching Team · 12 May 2024 · 4 min read*",
        "Blog · Mobility · 3 minute read",
    ],
)
def test_a_middle_dotted_meta_line_is_no_exercise(meta):
    text = (
        f"# Warm up right\n\n{meta}\n\nBefore a race or a fast session, a good warm-up sends blood to "
        "the legs. This is the three-part routine our club uses.\n\n"
        "1) Begin with an easy 10min jog, gently building from a walk. It only gets the blood moving.\n\n"
        "2) Next, go through these 3 drills: Leg Swings, Hip Circles and Walking Lunges.\n\n"
        "3) End with a few strides of 20 seconds each.\n\n"
        "**Leg Swings** - Hold a fence and swing one leg forward and back, then the other leg.\n\n"
        "**Hip Circles** - Hands on hips, draw big slow circles with the hips.\n\n"
        "**Walking Lunges** - Step long and sink the back knee towards the ground.\n"
    )
    assert _names(text) == ["Easy jog", "Leg Swings", "Hip Circles", "Walking Lunges"]


def test_a_middle_dotted_line_of_doses_is_kept():
    text = "# Circuit\n\n**Squats** · 3 x 10\n\n**Push-ups** · 3 x 8\n"
    assert [(e["name"], e["reps"]) for e in import_article(text, "c.md").exercises] == [
        ("Squats", 10),
        ("Push-ups", 8),
    ]


@pytest.mark.parametrize("heading", ["# General Advice", "## General guidelines", "**General information**"])
def test_a_general_advice_section_after_the_exercise_is_no_exercise(heading):
    text = (
        "# Tummy exercise\n\nLie on your side, knees bent.\n\n- Breathe in gently.\n- As you breathe out, draw "
        "in your lower tummy. Hold for 5 seconds.\n\nRepeat 5 times.\n\n"
        f"{heading}\n\nLift nothing heavier than your baby for the first weeks. Bend your knees to pick "
        "things up and keep your back straight.\n"
    )
    assert _names(text) == ["Tummy exercise"]


# A headed exercise whose only instruction is said as how to do it, "by …ing": an exercise still
@pytest.mark.parametrize(
    "said",
    [
        "Ankle pumps keep the blood moving after surgery. Practise them now by pointing your feet away and pulling them back.",
        "A stress ball helps a stiff hand, and you can practise it by squeezing the ball slowly.",
        "Physios suggest you practise these often by drawing circles with your foot.",
    ],
)
def test_an_exercise_explained_by_doing_something_is_an_exercise(said):
    text = (
        f"# Before your operation\n\nDo each exercise 5 times, 2 times a day.\n\n## First move\n\n{said}\n\n"
        "## Quad sets\n\n- Tighten the thigh and push the knee down into the bed.\n- Hold for 5 seconds.\n"
    )
    assert _names(text) == ["First move", "Quad sets"]
