"""The content model and the rules the database keeps for it."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from anatomy.models import Muscle, MuscleGroup
from backsite.models import Page
from backsite.search.text import fold
from poses.models import Pose, PoseMuscle
from sequences.models import Sequence, SequenceStep, Tip
from tests.factories import (
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

pytestmark = pytest.mark.django_db


def refused_by_database(action):
    with pytest.raises(IntegrityError), transaction.atomic():
        action()


# Database constraints -------------------------------------------------------------------------


def test_database_refuses_a_hold_whose_minimum_is_above_its_maximum():
    refused_by_database(lambda: PoseFactory(hold_min_seconds=90, hold_max_seconds=30))
    pose = PoseFactory(hold_min_seconds=30, hold_max_seconds=90)
    refused_by_database(lambda: Pose.objects.filter(pk=pose.pk).update(hold_min_seconds=120))
    pose.refresh_from_db()
    assert pose.hold_min_seconds == 30


@pytest.mark.parametrize(("low", "high"), [(None, None), (30, None), (None, 30), (30, 30), (0, 5)])
def test_database_accepts_open_or_ordered_holds(low, high):
    pose = PoseFactory(hold_min_seconds=low, hold_max_seconds=high)
    assert Pose.objects.get(pk=pose.pk).hold_max_seconds == high


def test_hold_constraint_gives_a_readable_validation_message():
    pose = PoseFactory.build(hold_min_seconds=90, hold_max_seconds=30)
    with pytest.raises(ValidationError) as error:
        pose.validate_constraints()
    assert error.value.messages == ["The shortest hold cannot be longer than the longest hold."]


def test_database_refuses_an_image_without_alt_text():
    refused_by_database(lambda: PoseFactory(image="poses/cobra.jpg", image_alt=""))
    pose = PoseFactory(image="poses/cobra.jpg", image_alt="A person lifting the chest.")
    refused_by_database(lambda: Pose.objects.filter(pk=pose.pk).update(image_alt=""))
    assert PoseFactory(image="", image_alt="").pk


def test_pose_clean_asks_for_alt_text_with_an_image():
    pose = PoseFactory.build(image="poses/cobra.jpg", image_alt="   ")
    with pytest.raises(ValidationError) as error:
        pose.full_clean(exclude=["slug"])
    assert error.value.message_dict["image_alt"] == [
        "Describe the image for people who cannot see it."
    ]


def test_database_refuses_two_steps_at_one_position_in_a_sequence():
    sequence = SequenceFactory()
    SequenceStepFactory(sequence=sequence, position=1)
    refused_by_database(lambda: SequenceStepFactory(sequence=sequence, position=1))
    # The same position in another sequence is fine, and so is the same pose twice.
    other = SequenceStepFactory(position=1)
    step = SequenceStepFactory(sequence=sequence, position=2, pose=other.pose)
    SequenceStepFactory(sequence=sequence, position=3, pose=step.pose)
    assert sequence.steps.filter(pose=step.pose).count() == 2


def test_step_position_rule_has_a_readable_message():
    step = SequenceStepFactory(position=4)
    clash = SequenceStep(sequence=step.sequence, position=4, pose=step.pose)
    with pytest.raises(ValidationError) as error:
        clash.validate_constraints()
    assert "Two steps cannot share a position in one sequence." in error.value.messages


def test_database_refuses_zero_repetitions_and_zero_repeats():
    refused_by_database(lambda: SequenceStepFactory(repetitions=0))
    refused_by_database(lambda: SequenceFactory(repeat_count=0))


def test_database_refuses_a_muscle_that_is_its_own_parent():
    muscle = MuscleFactory()
    refused_by_database(lambda: Muscle.objects.filter(pk=muscle.pk).update(parent=muscle))
    muscle.parent = muscle
    with pytest.raises(ValidationError) as error:
        muscle.full_clean()
    assert error.value.message_dict["parent"] == ["A muscle cannot be part of itself."]


def test_muscle_parts_share_a_layer_and_nest_one_level():
    erector = MuscleFactory(name="Erector spinae")
    longissimus = MuscleFactory(name="Longissimus", group=erector.group, parent=erector)
    assert list(erector.parts.all()) == [longissimus]
    elsewhere = MuscleFactory.build(parent=erector)
    elsewhere.group = MuscleGroupFactory()
    with pytest.raises(ValidationError, match="share a layer"):
        elsewhere.full_clean()
    too_deep = MuscleFactory.build(group=erector.group, parent=longissimus)
    with pytest.raises(ValidationError, match="nest one level"):
        too_deep.full_clean()
    back_muscles = MuscleFactory(name="Back muscles", group=erector.group)
    erector.parent = back_muscles  # Erector spinae has parts, so it cannot become one
    with pytest.raises(ValidationError, match="has parts of its own"):
        erector.full_clean()


def test_database_refuses_duplicate_names_slugs_and_depths():
    group = MuscleGroupFactory(depth=1, slug="superficial")
    refused_by_database(lambda: MuscleGroupFactory(depth=1))
    refused_by_database(lambda: MuscleGroupFactory(slug="superficial"))
    MuscleFactory(name="Trapezius", group=group, slug="trapezius")
    refused_by_database(lambda: MuscleFactory(name="Trapezius", group=group))
    refused_by_database(lambda: MuscleFactory(slug="trapezius"))
    PoseFactory(slug="cobra")
    refused_by_database(lambda: PoseFactory(slug="cobra"))
    SequenceFactory(slug="flow")
    refused_by_database(lambda: SequenceFactory(slug="flow"))
    TipFactory(title="Listen to your body")
    refused_by_database(lambda: TipFactory(title="Listen to your body"))


def test_database_refuses_the_same_muscle_twice_in_one_role():
    link = PoseMuscleFactory(role=PoseMuscle.Role.STRETCHES)
    refused_by_database(
        lambda: PoseMuscleFactory(pose=link.pose, muscle=link.muscle, role="stretches")
    )
    PoseMuscleFactory(pose=link.pose, muscle=link.muscle, role="strengthens")
    assert link.pose.muscles.count() == 2


# Deleting -------------------------------------------------------------------------------------


def test_a_pose_used_by_a_sequence_cannot_be_deleted():
    step = SequenceStepFactory(sequence__title="Back-pain flow", position=2)
    with pytest.raises(ProtectedError) as error:
        step.pose.delete()
    assert [str(obj) for obj in error.value.protected_objects] == [
        f"Back-pain flow, step 2: {step.pose}"
    ]
    assert Pose.objects.filter(pk=step.pose.pk).exists()


def test_deleting_a_sequence_takes_its_steps_but_not_its_poses():
    step = SequenceStepFactory()
    step.sequence.delete()
    assert not SequenceStep.objects.exists()
    assert Pose.objects.filter(pk=step.pose.pk).exists()


def test_muscles_in_use_and_layers_with_muscles_are_protected():
    link = PoseMuscleFactory()
    with pytest.raises(ProtectedError):
        link.muscle.delete()
    with pytest.raises(ProtectedError):
        link.muscle.group.delete()
    part = MuscleFactory(group=link.muscle.group, parent=link.muscle)
    link.delete()
    with pytest.raises(ProtectedError):
        link.muscle.delete()
    part.delete()
    link.muscle.delete()
    assert not Muscle.objects.exists()


def test_deleting_a_pose_takes_its_muscle_links_but_not_the_muscles():
    link = PoseMuscleFactory()
    link.pose.delete()
    assert not PoseMuscle.objects.exists()
    assert Muscle.objects.filter(pk=link.muscle.pk).exists()


# Markdown stored beside its HTML --------------------------------------------------------------


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (PoseFactory, "steps"),
        (PoseFactory, "benefits"),
        (PoseFactory, "cautions"),
        (PoseFactory, "modifications"),
        (MuscleGroupFactory, "description"),
        (MuscleFactory, "description"),
        (SequenceFactory, "introduction"),
        (SequenceStepFactory, "notes"),
        (TipFactory, "body"),
    ],
)
def test_every_markdown_field_is_rendered_on_save(factory, field):
    obj = factory(**{field: "Go *slowly* <script>alert(1)</script>"})
    obj.refresh_from_db()
    assert getattr(obj, f"{field}_html") == "<p>Go <em>slowly</em> </p>"


def test_page_body_is_rendered_on_save():
    page = Page.objects.create(slug="home", title="Welcome", body="Yoga **for** backs.")
    page.refresh_from_db()
    assert page.body_html == "<p>Yoga <strong>for</strong> backs.</p>"


def test_saving_with_update_fields_also_stores_the_new_html():
    pose = PoseFactory(cautions="Old.")
    pose.cautions = "Stop if it **hurts**."
    pose.benefits = "Not saved."
    pose.save(update_fields=["cautions"])
    pose.refresh_from_db()
    assert pose.cautions_html == "<p>Stop if it <strong>hurts</strong>.</p>"
    assert pose.benefits == "" and pose.benefits_html == ""


def test_saving_other_fields_leaves_stored_html_alone():
    tip = TipFactory(body="First.")
    Tip.objects.filter(pk=tip.pk).update(body_html="<p>Kept.</p>")
    tip.refresh_from_db()
    tip.order = 5
    tip.save(update_fields=["order"])
    tip.refresh_from_db()
    assert tip.body_html == "<p>Kept.</p>"


def test_empty_markdown_stores_empty_html():
    pose = PoseFactory(modifications="   ")
    assert pose.modifications_html == ""


# Names and search -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bhujaṅgāsana", "bhujangasana"),
        ("Trikoṇāsana", "trikonasana"),
        ("Śavāsana", "savasana"),
        ("ARDHA MATSYENDRĀSANA", "ardha matsyendrasana"),
        ("Child's pose", "child's pose"),
        ("", ""),
    ],
)
def test_fold_lowers_case_and_drops_diacritics(text, folded):
    assert fold(text) == folded


def test_search_name_holds_both_names_folded_and_follows_edits():
    pose = PoseFactory(english_name="Cobra", sanskrit_name="Bhujaṅgāsana")
    assert Pose.objects.get(pk=pose.pk).search_name == "cobra bhujangasana"
    pose.sanskrit_name = "Sarpāsana"
    pose.save(update_fields=["sanskrit_name"])
    assert Pose.objects.get(pk=pose.pk).search_name == "cobra sarpasana"


@pytest.mark.parametrize(
    "query", ["cobra", "COBRA", "Bhujaṅgāsana", "bhujangasana", "Bhujang", "cobr"]
)
def test_pose_search_by_either_name_ignores_case_and_diacritics(query):
    PoseFactory(english_name="Cobra", sanskrit_name="Bhujaṅgāsana")
    PoseFactory(english_name="Chair", sanskrit_name="Utkaṭāsana")
    assert [p.english_name for p in Pose.objects.search(query)] == ["Cobra"]


def test_blank_search_returns_everything():
    PoseFactory.create_batch(2)
    assert Pose.objects.search("  ").count() == 2


def test_published_and_featured_querysets():
    PoseFactory(english_name="Cobra", is_published=True)
    PoseFactory(english_name="Draft", is_published=False)
    SequenceFactory(title="Flow", is_published=True)
    SequenceFactory(title="Draft flow", is_published=False)
    TipFactory(title="Featured", is_featured=True)
    TipFactory(title="Plain")
    assert [p.english_name for p in Pose.objects.published()] == ["Cobra"]
    assert [s.title for s in Sequence.objects.published()] == ["Flow"]
    assert [t.title for t in Tip.objects.featured()] == ["Featured"]


def test_string_forms_and_orderings():
    surface = MuscleGroupFactory(name="Superficial", depth=1)
    deep = MuscleGroupFactory(name="Deep", depth=3)
    assert list(MuscleGroup.objects.all()) == [surface, deep]
    step = SequenceStepFactory(sequence__title="Standing sequence", position=3)
    assert str(step) == f"Standing sequence, step 3: {step.pose}"
    link = PoseMuscleFactory(
        pose__english_name="Cobra", muscle__name="Multifidus", role="strengthens"
    )
    assert str(link) == "Cobra strengthens Multifidus"
    first = SequenceStepFactory(sequence=step.sequence, position=1)
    assert list(step.sequence.steps.all()) == [first, step]


def test_absolute_urls_use_the_named_routes():
    pose = PoseFactory(slug="cobra")
    muscle = MuscleFactory(slug="trapezius", group__slug="superficial")
    sequence = SequenceFactory(slug="back-pain-flow")
    assert pose.get_absolute_url().rstrip("/").endswith("cobra")
    assert sequence.get_absolute_url().rstrip("/").endswith("back-pain-flow")
    assert muscle.group.get_absolute_url().rstrip("/").endswith("superficial")
    assert muscle.get_absolute_url().rstrip("/").endswith("superficial/trapezius")
