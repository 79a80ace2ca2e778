"""The safety model: movements, conditions, verdicts and the rules the database keeps."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from poses.conditions.rules import publishing_gaps, publishing_message
from poses.models import Movement, Rating, Verdict
from tests.factories import ConditionFactory, PoseFactory, VerdictFactory

pytestmark = pytest.mark.django_db

MOVEMENTS = [
    ("flexion", "Bending forward"),
    ("extension", "Bending backward"),
    ("rotation", "Twisting"),
    ("side-bend", "Side-bending"),
    ("neutral", "Neutral or stabilising"),
    ("spinal-load", "Load through the spine"),
    ("head-below-heart", "Head below the heart"),
    ("wrist-load", "Weight on the wrists"),
    ("kneeling", "Kneeling"),
    ("prone", "Lying on the front"),
    ("supine", "Lying on the back"),
]


def test_the_migration_creates_the_fixed_movements_in_order():
    assert list(Movement.objects.values_list("slug", "name")) == MOVEMENTS


def test_a_pose_lists_its_movements_and_a_movement_its_poses():
    pose = PoseFactory()
    pose.movements.add(*Movement.objects.filter(slug__in=["extension", "prone"]))
    assert [m.slug for m in pose.movements.all()] == ["extension", "prone"]
    assert list(Movement.objects.get(slug="prone").poses.all()) == [pose]


def test_one_verdict_per_pose_and_condition():
    verdict = VerdictFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.objects.create(pose=verdict.pose, condition=verdict.condition, rating="avoid")


def test_adapt_must_say_what_to_change():
    with pytest.raises(IntegrityError), transaction.atomic():
        VerdictFactory(rating=Rating.ADAPT, change="")
    verdict = Verdict(
        pose=PoseFactory(), condition=ConditionFactory(), rating=Rating.ADAPT, change=""
    )
    with pytest.raises(ValidationError) as error:
        verdict.full_clean()
    assert "Say what to change when the verdict is 'adapt'." in str(error.value)


def test_the_gentler_pose_cannot_be_the_pose_itself():
    pose = PoseFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        VerdictFactory(pose=pose, gentler=pose)


def test_badges_name_the_condition_and_the_gentler_pose():
    condition = ConditionFactory(short_name="stenosis")
    sphinx = PoseFactory(english_name="Sphinx")
    avoid = VerdictFactory(condition=condition, rating=Rating.AVOID)
    adapt = VerdictFactory(
        condition=condition, rating=Rating.ADAPT, change="Lower.", gentler=sphinx
    )
    plain = VerdictFactory(condition=condition, rating=Rating.ADAPT, change="Lower.")
    fine = VerdictFactory(condition=condition)
    assert avoid.badge == "Avoid with stenosis"
    assert adapt.badge == "Adapt for stenosis: try sphinx"
    assert plain.badge == "Adapt for stenosis"
    assert fine.badge == "Usually fine with stenosis"


def test_a_draft_gentler_pose_is_not_offered_in_the_badge():
    draft = PoseFactory(english_name="Sphinx", is_published=False)
    verdict = VerdictFactory(rating=Rating.ADAPT, change="Lower.", gentler=draft)
    assert verdict.badge == f"Adapt for {verdict.condition.short_name}"


def test_condition_renders_its_markdown_and_has_an_address():
    condition = ConditionFactory(slug="stenosis", red_flags="- **Numb** legs")
    assert condition.red_flags_html == "<ul>\n<li><strong>Numb</strong> legs</li>\n</ul>"
    assert condition.get_absolute_url() == "/my-back/stenosis/"


def test_a_condition_cannot_take_the_address_of_the_doctor_page():
    condition = ConditionFactory.build(slug="see-a-doctor")
    with pytest.raises(ValidationError) as error:
        condition.full_clean()
    assert "is the address of another page" in str(error.value)


def test_publishing_gaps_name_the_cautions_and_each_missing_condition():
    first = ConditionFactory(name="Pregnancy")
    ConditionFactory(name="Knee problems")
    ConditionFactory(name="Osteoporosis")
    gaps = publishing_gaps("  ", {first.pk})
    assert gaps == ["cautions", "verdicts for Knee problems and Osteoporosis"]
    assert "Still missing: cautions; verdicts for Knee problems and Osteoporosis." in (
        publishing_message(gaps)
    )
    assert publishing_gaps("Stop if it hurts.", {first.pk}) == [
        "verdicts for Knee problems and Osteoporosis"
    ]


def test_nothing_is_missing_with_cautions_and_every_verdict():
    conditions = [ConditionFactory(), ConditionFactory()]
    assert publishing_gaps("Go gently.", {c.pk for c in conditions}) == []
