"""The practice schedule and the estimate: one rule for time (sequences/schedule.py)."""

import pytest

from poses.models import Pose
from sequences.models import SequenceStep
from sequences.schedule import (
    DEFAULT_HOLD_SECONDS,
    build_schedule,
    estimate_minutes,
    estimate_seconds,
    hold_seconds,
    paced,
)
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

Side = SequenceStep.Side


def step(hold=None, side=Side.BOTH, repetitions=1, pose_min=None, pose_max=None, name="Pose"):
    """An unsaved step, as a practice a visitor builds would have."""
    pose = Pose(english_name=name, hold_min_seconds=pose_min, hold_max_seconds=pose_max)
    return SequenceStep(pose=pose, side=side, hold_seconds=hold, repetitions=repetitions)


def holds(schedule):
    return [
        (s.step, s.side, s.repetition, s.round, s.seconds)
        for s in schedule.segments
        if s.kind == "hold"
    ]


def test_hold_is_the_steps_own_then_halfway_between_the_poses_then_thirty_seconds():
    assert hold_seconds(step(hold=40, pose_min=10, pose_max=20)) == 40
    assert hold_seconds(step(pose_min=20, pose_max=60)) == 40
    assert hold_seconds(step(pose_max=90)) == 90
    assert hold_seconds(step(pose_min=15)) == 15
    assert hold_seconds(step()) == DEFAULT_HOLD_SECONDS
    # Halfway is whole seconds, halves rounded up: 5 to 20 seconds is 12.5, so 13.
    assert hold_seconds(step(pose_min=5, pose_max=20)) == 13


def test_a_hold_of_zero_counts_as_not_set():
    assert hold_seconds(step(hold=0, pose_min=20, pose_max=40)) == 30
    assert hold_seconds(step(hold=0, pose_min=0, pose_max=0)) == DEFAULT_HOLD_SECONDS
    schedule = build_schedule([step(hold=0)], 1, pace=0.5)
    assert all(segment.seconds > 0 for segment in schedule.segments)


def test_each_side_in_turn_alternates_right_and_left_for_every_repetition():
    schedule = build_schedule([step(hold=10, side=Side.EACH, repetitions=2)], 1)
    assert holds(schedule) == [
        (0, "right", 1, 1, 10),
        (0, "left", 1, 1, 10),
        (0, "right", 2, 1, 10),
        (0, "left", 2, 1, 10),
    ]


def test_one_side_and_both_sides_are_held_once_per_repetition():
    schedule = build_schedule([step(hold=5, repetitions=3), step(hold=8, side=Side.LEFT)], 1)
    assert holds(schedule) == [
        (0, "both", 1, 1, 5),
        (0, "both", 2, 1, 5),
        (0, "both", 3, 1, 5),
        (1, "left", 1, 1, 8),
    ]
    assert [s.side_label for s in schedule.segments] == ["Both sides"] * 3 + ["Left side"]


def test_rounds_repeat_the_whole_plan_with_a_rest_between_them():
    steps = [step(hold=10), step(hold=20, side=Side.EACH)]
    schedule = build_schedule(steps, 3, rest=15)
    assert [s.round for s in schedule.segments if s.kind == "hold"] == [1] * 3 + [2] * 3 + [3] * 3
    rests = [s for s in schedule.segments if s.kind == "rest"]
    assert [(r.round, r.seconds) for r in rests] == [(2, 15), (3, 15)]
    assert schedule.total_seconds == 50 * 3 + 30


def test_lead_ins_come_when_the_pose_or_the_side_changes_not_between_repetitions():
    steps = [step(hold=6, repetitions=3), step(hold=10, side=Side.EACH)]
    kinds = [s.kind for s in build_schedule(steps, 1, lead_in=5).segments]
    assert kinds == ["ready", "hold", "hold", "hold", "ready", "hold", "ready", "hold"]
    assert build_schedule(steps, 1, lead_in=5).total_seconds == 18 + 20 + 3 * 5


def test_a_rest_takes_the_place_of_the_lead_in_at_the_start_of_a_round():
    kinds = [s.kind for s in build_schedule([step(hold=6)], 2, lead_in=5, rest=15).segments]
    assert kinds == ["ready", "hold", "rest", "hold"]
    kinds = [s.kind for s in build_schedule([step(hold=6)], 2, lead_in=5).segments]
    assert kinds == ["ready", "hold", "ready", "hold"]


@pytest.mark.parametrize(
    ("pace", "expected"), [(0.5, 13), (0.75, 19), (1.0, 25), (1.5, 38), (2.0, 50)]
)
def test_pace_scales_every_hold_to_whole_seconds(pace, expected):
    schedule = build_schedule([step(hold=25), step(hold=25)], 1, pace=pace, lead_in=5)
    assert [s.seconds for s in schedule.segments if s.kind == "hold"] == [expected, expected]
    assert [s.seconds for s in schedule.segments if s.kind == "ready"] == [5, 5]


def test_pace_never_makes_a_hold_vanish():
    assert paced(1, 0.5) == 1


def test_segments_start_where_the_one_before_ends():
    schedule = build_schedule([step(hold=7, side=Side.EACH), step(hold=3)], 2, lead_in=3, rest=10)
    clock = 0
    for segment in schedule.segments:
        assert segment.start == clock
        clock += segment.seconds
    assert clock == schedule.total_seconds


def test_no_steps_make_an_empty_schedule():
    schedule = build_schedule([], 3, lead_in=5, rest=15)
    assert schedule.segments == []
    assert schedule.total_seconds == 0


def test_total_at_pace_one_without_lead_ins_is_the_sequences_estimate(db):
    sequence = SequenceFactory(repeat_count=3)
    SequenceStepFactory(sequence=sequence, hold_seconds=40, repetitions=2)
    SequenceStepFactory(
        sequence=sequence, side=Side.EACH, pose=PoseFactory(hold_min_seconds=5, hold_max_seconds=20)
    )
    SequenceStepFactory(sequence=sequence, pose=PoseFactory(hold_max_seconds=90), repetitions=5)
    steps = list(sequence.steps.all())
    expected = (40 * 2 + 13 * 2 + 90 * 5) * 3
    assert sequence.estimated_seconds == expected
    assert estimate_seconds(steps, 3) == expected
    assert sequence.schedule().total_seconds == expected
    assert sequence.estimated_minutes == estimate_minutes(expected) == 28
    # With the player's lead-ins and rests on, the practice is longer than the estimate.
    assert sequence.schedule(lead_in=5, rest=15).total_seconds > expected


def test_unsaved_steps_are_timed_like_saved_ones(db):
    saved = SequenceStepFactory(hold_seconds=20, side=Side.EACH, repetitions=2)
    unsaved = SequenceStep(pose=saved.pose, hold_seconds=20, side=Side.EACH, repetitions=2)
    assert holds(build_schedule([unsaved], 2)) == holds(saved.sequence.schedule(rounds=2))
