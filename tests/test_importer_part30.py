"""Rules the training articles of part 30 (565-580) showed, each on our own small examples
re-worded the way several publishers write it (never an article's own sentences)."""

from __future__ import annotations

import pytest

from voicecoach.importer import import_article
from voicecoach.importer.sides import find_sides


def _fields(text: str, *keys: str) -> list[tuple]:
    return [(e["name"], *(e.get(k) for k in keys)) for e in import_article(text, "u.md").exercises]


# A standing pose places a foot first, then bends that side's knee: the leg works, not the foot
FOOT_PLACED_KNEE_BENT = {
    "turned out, then bent": "Stand wide, turn your left foot out and your right foot in a little. Bend your "
    "left knee over the ankle and look past your left hand. Hold for 30 seconds, then switch sides.",
    "stepped back, then bent": "Step your right foot back a long way. Bend the right knee until it nearly "
    "touches the floor. Hold 20 seconds and repeat on the other side.",
    "pointed forward, knee bent": "Point your left foot to the front wall, then bend your left knee deeply "
    "while the back leg stays straight. Stay here for five breaths; swap sides.",
}


@pytest.mark.parametrize("case", list(FOOT_PLACED_KNEE_BENT))
def test_a_foot_placed_then_that_sides_knee_bent_works_the_leg(case):
    sides = find_sides(FOOT_PLACED_KNEE_BENT[case], "Warrior pose")
    assert [s.split()[-1] for s in sides] == ["leg", "leg"]


def test_a_foot_that_works_on_its_own_stays_the_foot():
    text = "Lift your right foot and point and flex it 10 times, then do the same with the left foot."
    assert find_sides(text, "Toe points")[0].endswith("foot")
