"""Which sides an exercise is done on, and which limb names them (CONVENTIONS.md: sides are named
by the working limb; alternating within one movement is not two sides), each on its own small
example in our own words."""

from __future__ import annotations

from voicecoach.importer.build import build_one
from voicecoach.importer.defaults import ImportDefaults
from voicecoach.importer.parts import Parts
from voicecoach.importer.sides import find_sides


def sides(text: str, name: str = "Exercise") -> list[str]:
    return build_one(name, Parts(name, None, text, text), text, ImportDefaults()).as_dict().get("sides", [])


def test_a_limb_in_the_name_is_the_working_limb_when_the_text_says_each_side():
    assert sides("Wrap one forearm under the other. Stay for 6 breaths each side.", "Twisted Arms") == [
        "right arm",
        "left arm",
    ]
    assert sides("Raise the foot a little off the floor for 8 seconds. Change sides.", "Leg Raises") == [
        "right leg",
        "left leg",
    ]
    # a muscle of the limb names it too
    assert sides(
        "Sit with one heel on a stool and lean forward. Hold 20 seconds each side.", "Hamstring stretch"
    ) == [
        "right leg",
        "left leg",
    ]
    assert sides("Reach down your back and ease the elbow back. Switch sides.", "Triceps stretch") == [
        "right arm",
        "left arm",
    ]
    # an arm and a leg together work across the body: named by the side
    assert sides("On hands and knees, reach out long. Hold 5 breaths on each side.", "Arm & leg reach") == [
        "right side",
        "left side",
    ]


def test_a_joint_names_the_limb_it_moves():
    got = sides("Rest your right ankle on your left knee and lean in. Repeat with your left ankle on top.")
    assert got == ["right leg", "left leg"]


def test_a_foot_that_steps_into_a_lunge_is_its_leg():
    got = sides(
        "Step out with the left foot into a deep lunge, then push back. Do the same on the other side."
    )
    assert got == ["left leg", "right leg"]
    assert sides("Put your weight onto your right foot, then move your weight onto the left foot.") == [
        "right foot",
        "left foot",
    ]


def test_a_twist_is_named_by_the_way_it_turns_not_the_hand_that_helps():
    got = sides(
        "Sit tall. Put your left hand on your right knee and twist, looking over your right shoulder. Repeat on the other side."
    )
    assert got == ["right side", "left side"]


def test_both_sides_within_one_movement_are_no_sides():
    assert sides("Hands together, sweep the arms across to one side and then the other.") == []
    assert (
        sides(
            "Tip your head back, then left ear to left shoulder, then right ear to right shoulder; repeat 4 times."
        )
        == []
    )
    assert sides("Lift the right arm 8 times, then the left arm.") == ["right arm", "left arm"]


def test_one_side_then_the_other_then_a_count_for_the_pair_is_one_movement():
    assert (
        sides("Weights in both hands. Raise one arm and then the other, slowly. Repeat 8 to 12 times.") == []
    )
    assert sides("Hold for 20 seconds, then the other leg. Repeat 3 times.") == ["right leg", "left leg"]


def test_a_caption_asks_for_nothing():
    assert find_sides("Lie down to one side and come back up. [figure: lying on each side]") == ()


def test_turning_to_one_side_then_to_the_other_and_doing_the_same_is_both_sides():
    got = sides("Turn your head to the right and stay 5 seconds. Turn it to the left and do the same.")
    assert got == ["right side", "left side"]


def test_swapped_hands_that_only_resist_a_movement_to_a_side_name_the_side():
    got = sides(
        "Press your head to the right against your right palm for 5 seconds. Swap hands and push to the left."
    )
    assert got == ["right side", "left side"]
    assert sides("Squeeze the soft ball 10 times. Swap hands.") == ["right hand", "left hand"]


def test_a_count_written_x10_before_each_leg_is_both_sides():
    assert sides("Raise the straight leg to the other knee's height. x12 each leg.") == [
        "right leg",
        "left leg",
    ]


def test_then_switch_closing_a_sentence_is_both_sides_but_not_inside_a_running_movement():
    assert sides("Stand on one foot for 30 seconds, then switch.") == ["right leg", "left leg"]
    assert sides("Drive one knee in, then switch, taking that leg back as the other comes in.") == []


def test_a_neck_or_trunk_in_the_name_bends_to_a_side_and_a_limb_still_wins():
    got = sides(
        "Let your right arm hang down and tip your head to the left. Then do the other side.", "Neck Stretch"
    )
    assert got == ["right side", "left side"]  # the right side of the neck is stretched first
    assert sides("Lie on one side and lift the top leg 10 times. Switch sides.", "Side-lying leg raise") == [
        "right leg",
        "left leg",
    ]


def test_a_pair_then_a_bare_repeat_is_one_movement():
    assert sides("Lying down, raise the left leg to the ceiling, then the right. Repeat.") == []


def test_a_foot_stepping_forward_in_an_exercise_named_a_lunge_is_its_leg():
    assert sides(
        "Step your left foot forward and sink your hips. Hold 20 seconds, then switch sides.", "Low lunge"
    ) == [
        "left leg",
        "right leg",
    ]


def test_repeating_with_each_hand_is_both_hands_holding_in_each_hand_is_not():
    assert sides("Touch the thumb to each fingertip in turn. Repeat 5 times with each hand.") == [
        "right hand",
        "left hand",
    ]
    assert sides("Hold a light weight in each hand and row 10 times.") == []


def test_both_legs_then_the_pair_repeated_is_no_two_sides():
    # "Do the same with the other leg. Then repeat 8 times.": each repeat is both legs, in turn
    # (a listener balanced on one leg for 80 s when it was read as two sides)
    for text in (
        "Lift one knee to hip height and hold it for 5 seconds. Do the same with the other leg. Then repeat 6 times.",
        "Raise one heel and hold for 3 seconds. Repeat with the other foot, then do it 10 times.",
    ):
        assert find_sides(text) == (), text
    # one leg's repeats, then the other's: two sides
    assert find_sides(
        "Lift one knee and hold for 5 seconds. Repeat 6 times. Then do the same with the other leg."
    )
