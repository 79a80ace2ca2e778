"""The balance check: its figures and each warning, on small sequences built here."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from poses.conditions.movements import ensure_movements
from poses.models import Category, Level
from sequences.balance import check, sequence_balance
from sequences.models import Sequence
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

pytestmark = pytest.mark.django_db


def pose(*moves, **fields):
    made = PoseFactory(**fields)
    movements = ensure_movements()
    made.movements.set([movements[m] for m in moves])
    return made


def sequence(*steps, **fields):
    """A saved sequence from (pose, side, hold) triples, read back as the page reads it."""
    made = SequenceFactory(**fields)
    for position, (step_pose, side, hold) in enumerate(steps, start=1):
        SequenceStepFactory(
            sequence=made, position=position, pose=step_pose, side=side, hold_seconds=hold
        )
    return Sequence.objects.with_movements().get(pk=made.pk)


def figures(result):
    return {row.key: (row.steps, row.seconds) for row in result.balance.rows}


def codes(result):
    return [warning.code for warning in result.balance.warnings]


def test_figures_count_each_movement_with_left_and_right_apart():
    forward = pose("flexion", "kneeling")
    twist = pose("rotation", "supine")
    side = pose("side-bend", "rotation")
    plank = pose("neutral", "wrist-load")
    seq = sequence(
        (forward, "both", 30),
        (twist, "each", 20),
        (side, "left", 15),
        (side, "right", 10),
        (plank, "both", 40),
        repeat_count=2,
    )
    result = figures(sequence_balance(seq))
    assert result["forward"] == (1, 60)
    assert result["backward"] == (0, 0)
    # The twist each side in turn, 20 s a side, and the side-bend that also twists.
    assert result["twist-left"] == (2, 2 * (20 + 15))
    assert result["twist-right"] == (2, 2 * (20 + 10))
    assert result["side-left"] == (1, 30)
    assert result["side-right"] == (1, 20)
    assert result["neutral"] == (1, 80)
    assert result["unknown"] == (0, 0)


def test_a_twist_on_both_sides_together_counts_for_left_and_right():
    seq = sequence((pose("rotation"), "both", 30))
    result = sequence_balance(seq)
    assert figures(result)["twist-left"] == (1, 30)
    assert figures(result)["twist-right"] == (1, 30)
    assert "one-way-twist" not in codes(result)


def test_times_add_up_to_the_estimate_and_poses_without_movements_are_named_unknown():
    seq = sequence((pose(), "each", 30), (pose("flexion"), "both", None))
    result = sequence_balance(seq).balance
    assert result.total_seconds == seq.estimated_seconds
    assert figures(sequence_balance(seq))["unknown"] == (1, 60)
    assert "Movements not yet recorded" in [row.label for row in result.shown_rows]


def test_a_twist_to_one_side_only_is_warned_and_goes_away_with_the_other_side():
    twist = pose("rotation", english_name="Lying twist")
    one_way = sequence((twist, "right", 30))
    result = sequence_balance(one_way)
    assert codes(result) == ["one-way-twist"]
    message = result.balance.warnings[0].message
    assert "only to the right side" in message and "lying twist (step 1)" in message
    both_ways = sequence((twist, "right", 30), (twist, "left", 30))
    assert codes(sequence_balance(both_ways)) == []


def test_a_side_bend_to_one_side_only_is_warned():
    result = sequence_balance(sequence((pose("side-bend"), "left", 30)))
    assert codes(result) == ["one-way-side-bend"]
    assert "only to the left side" in result.balance.warnings[0].message


def test_a_deep_backbend_needs_a_neutral_pose_or_a_gentle_forward_bend_after_it():
    deep = pose("extension", category=Category.SUPINE, level=Level.INTERMEDIATE)
    twist = pose("rotation")
    rest = pose("flexion", "kneeling", level=Level.BEGINNER)
    neutral = pose("neutral")

    def warned(*after):
        steps = [(deep, "both", 20), *((p, "both", 20) for p in after)]
        return codes(sequence_balance(sequence(*steps, level=Level.INTERMEDIATE)))

    assert warned(twist) == ["backbend-no-counter"]
    assert warned() == ["backbend-no-counter"]  # ending on it
    assert warned(rest) == []
    assert warned(neutral) == []


def test_a_low_beginner_backbend_is_not_deep():
    cobra = pose("extension", "prone", category=Category.PRONE, level=Level.BEGINNER)
    low = sequence((cobra, "both", 10), (pose("rotation"), "both", 9))
    assert codes(sequence_balance(low)) == []


def test_a_beginner_sequence_with_an_inversion_is_warned():
    handstand = pose(
        "spinal-load", "head-below-heart", category=Category.INVERSION, level=Level.BEGINNER
    )
    result = sequence_balance(sequence((handstand, "both", 20), level=Level.BEGINNER))
    assert codes(result) == ["beginner-inversion"]
    intermediate = sequence((handstand, "both", 20), level=Level.INTERMEDIATE)
    assert codes(sequence_balance(intermediate)) == []


def test_a_level_lower_than_the_hardest_pose_is_warned():
    hard = pose("neutral", level=Level.ADVANCED, english_name="Crow")
    result = sequence_balance(sequence((hard, "both", 20), level=Level.INTERMEDIATE))
    assert codes(result) == ["level-below-hardest-pose"]
    assert "marked intermediate, but crow is advanced" in result.balance.warnings[0].message
    assert codes(sequence_balance(sequence((hard, "both", 20), level=Level.ADVANCED))) == []


def test_optional_steps_are_left_out_and_what_they_would_add_is_said_apart():
    easy = pose("neutral")
    handstand = pose("spinal-load", category=Category.INVERSION, level=Level.ADVANCED)
    seq = SequenceFactory(level=Level.BEGINNER)
    SequenceStepFactory(sequence=seq, position=1, pose=easy, hold_seconds=30)
    SequenceStepFactory(sequence=seq, position=2, pose=handstand, optional=True)
    SequenceStepFactory(sequence=seq, position=3, pose=easy, hold_seconds=30)
    result = sequence_balance(Sequence.objects.with_movements().get(pk=seq.pk))
    assert result.balance.passes
    assert result.optional_count == 1
    assert figures(result)["neutral"] == (2, 60)
    assert sorted(w.code for w in result.with_optional) == [
        "beginner-inversion",
        "level-below-hardest-pose",
    ]
    assert "(step 2)" in result.with_optional[0].message


def test_a_built_practice_without_a_level_skips_the_level_rules():
    class Step:
        def __init__(self, pose):
            self.pose, self.side, self.hold_seconds, self.repetitions = pose, "both", 20, 1

    handstand = pose("spinal-load", category=Category.INVERSION, level=Level.ADVANCED)
    handstand = type(handstand).objects.prefetch_related("movements").get(pk=handstand.pk)
    assert check([Step(handstand)]).warnings == []


def test_the_sequence_page_shows_the_check_as_a_chart_and_a_table_in_constant_queries(client):
    twist = pose("rotation", english_name="Lying twist")
    seq = sequence((twist, "right", 30), (pose("flexion"), "both", 30))

    def page():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(seq.get_absolute_url())
        return response, len(queries)

    response, first = page()
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-labelledby="balance-title"' in html
    assert "<svg" in html and "<table" in html
    assert "Twisting, right side: 30 s" in html  # the chart's label
    assert '<th scope="row">Twisting, right side</th><td>1</td><td>30 s</td>' in html
    assert 'data-warning="one-way-twist"' in html
    for position in range(3, 9):
        SequenceStepFactory(sequence=seq, position=position, pose=pose("rotation"), side="left")
    _, second = page()
    assert second == first


def test_the_admin_shows_the_check_on_the_sequence_change_page(admin_client):
    seq = sequence((pose("side-bend"), "left", 30))
    response = admin_client.get(f"/admin/sequences/sequence/{seq.pk}/change/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-warning="one-way-side-bend"' in html
    assert "Side-bending, left side" in html
    assert admin_client.get("/admin/sequences/sequence/add/").status_code == 200
