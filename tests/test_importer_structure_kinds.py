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
