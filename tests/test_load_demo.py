"""`load_demo` adds the founding content once; a re-run respects what editors did since."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from anatomy.models import Muscle, MuscleGroup
from backsite.models import Page
from poses.figures import figure_key
from poses.models import Pose, PoseMuscle, PoseVariation
from sequences.demo import content
from sequences.models import Sequence, SequenceStep, Tip

pytestmark = pytest.mark.django_db

FLOW = [
    "cat-cow",
    "childs-pose",
    "cobra",
    "lying-spinal-twist",
    "balancing-table",
    "cobra",
    "half-revolved-belly-pose",
    "lying-spinal-twist",
    "wall-l-handstand",
    "handstand",
    "cobra",
    "childs-pose",
]
STANDING = ["triangle", "lunge", "fish", "chair"]

TOP_LEVEL = {
    "superficial": [
        "Trapezius",
        "Latissimus dorsi",
        "Rhomboid major",
        "Rhomboid minor",
        "Levator scapulae",
    ],
    "intermediate": ["Serratus posterior superior", "Serratus posterior inferior"],
    "deep": ["Erector spinae", "Splenius", "Suboccipital muscles"],
    "small-deep": ["Interspinales", "Intertransversarii", "Levatores costarum", "Rotatores"],
}
PARTS = {
    "Erector spinae": ["Iliocostalis", "Longissimus", "Spinalis"],
    "Splenius": ["Splenius capitis", "Splenius cervicis"],
    "Suboccipital muscles": [
        "Rectus capitis posterior major",
        "Rectus capitis posterior minor",
        "Obliquus capitis superior",
        "Obliquus capitis inferior",
    ],
}


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "groups": MuscleGroup.objects.count(),
        "muscles": Muscle.objects.count(),
        "poses": Pose.objects.count(),
        "muscle links": PoseMuscle.objects.count(),
        "pose tags": sum(pose.tags.count() for pose in Pose.objects.all()),
        "sequences": Sequence.objects.count(),
        "steps": SequenceStep.objects.count(),
        "tips": Tip.objects.count(),
        "variations": PoseVariation.objects.count(),
        "tip links": Tip.sequences.through.objects.count() + Tip.poses.through.objects.count(),
    }


def step_slugs(slug):
    return list(
        Sequence.objects.get(slug=slug)
        .steps.order_by("position")
        .values_list("pose__slug", flat=True)
    )


def test_adds_the_founding_content():
    output = load_demo()

    assert set(Page.objects.values_list("slug", flat=True)) == {
        "home",
        "safety",
        "see-a-doctor",
        "about",
        "editorial-policy",
    }
    assert Page.objects.get(slug="home").body_html.startswith("<p>")

    assert list(MuscleGroup.objects.values_list("depth", "slug")) == [
        (1, "superficial"),
        (2, "intermediate"),
        (3, "deep"),
        (4, "small-deep"),
    ]
    for group_slug, names in TOP_LEVEL.items():
        top = Muscle.objects.filter(group__slug=group_slug, parent=None)
        assert list(top.values_list("name", flat=True)) == names
    for parent_name, names in PARTS.items():
        parent = Muscle.objects.get(name=parent_name)
        parts = parent.parts.all()
        assert list(parts.values_list("name", flat=True)) == names
        assert {part.group_id for part in parts} == {parent.group_id}
    assert Muscle.objects.count() == 23

    # The 11 poses of the founding page and their 13 gentler and harder versions.
    assert Pose.objects.count() == 24
    assert Pose.objects.published().count() == 24
    assert PoseVariation.objects.count() == 28
    assert Sequence.objects.published().count() == 2
    assert step_slugs("back-pain-flow") == FLOW
    assert step_slugs("steady-back-and-legs") == STANDING
    assert Sequence.objects.get(slug="back-pain-flow").repeat_count == 3
    assert SequenceStep.objects.count() == 16

    assert Tip.objects.count() == 10
    assert Tip.objects.featured().count() == 7
    assert list(Tip.objects.values_list("order", flat=True)) == list(range(1, 11))

    assert "Added 5 pages, 4 muscle groups, 23 muscles, 24 poses" in output
    assert "28 variations" in output


def test_a_second_run_adds_nothing():
    load_demo()
    first = counts()
    output = load_demo()
    assert counts() == first
    assert output.startswith("Nothing to add")


def test_a_rerun_keeps_what_editors_changed():
    load_demo()
    cobra = Pose.objects.get(slug="cobra")
    cobra.summary = "Our editor's own words."
    cobra.is_published = False
    cobra.save()
    cobra.tags.remove("low back")
    PoseMuscle.objects.filter(pose=cobra, muscle__slug="trapezius").delete()
    tip = Tip.objects.get(title="Keep cobra low")
    tip.poses.remove(cobra)
    flow = Sequence.objects.get(slug="back-pain-flow")
    before = flow.steps.count()
    handstand = flow.steps.get(pose__slug="handstand")
    handstand.delete()  # an editor drops the handstand from the flow
    home = Page.objects.get(slug="home")
    home.body = "A new welcome."
    home.save()

    load_demo()

    cobra.refresh_from_db()
    assert cobra.summary == "Our editor's own words."
    assert cobra.is_published is False
    assert "low back" not in cobra.tags.names()
    assert not cobra.muscle_links.filter(muscle__slug="trapezius").exists()
    assert not tip.poses.filter(pk=cobra.pk).exists()
    assert not flow.steps.filter(pose__slug="handstand").exists()
    assert flow.steps.count() == before - 1
    assert Page.objects.get(slug="home").body_html == "<p>A new welcome.</p>"
    assert Pose.objects.filter(slug="cobra").count() == 1


def test_a_rerun_adds_back_what_is_missing_with_its_links():
    load_demo()
    Tip.objects.get(title="Make the standing poses smaller").delete()
    Page.objects.get(slug="safety").delete()

    output = load_demo()

    tip = Tip.objects.get(title="Make the standing poses smaller")
    assert set(tip.poses.values_list("slug", flat=True)) == {"triangle", "lunge", "fish", "chair"}
    assert list(tip.sequences.values_list("slug", flat=True)) == ["steady-back-and-legs"]
    assert Page.objects.filter(slug="safety").exists()
    assert output.startswith("Added 1 page, 1 tip, 5 tip links.")


def test_existing_layers_are_recognised_by_depth():
    MuscleGroup.objects.create(name="Outer layer", slug="outer", depth=1)
    load_demo()
    assert MuscleGroup.objects.count() == 4
    assert Muscle.objects.get(slug="trapezius").group.slug == "outer"


def test_every_pose_has_cautions_steps_and_muscles():
    load_demo()
    for pose in Pose.objects.all():
        assert pose.cautions_html, pose
        assert "<ol>" in pose.steps_html, pose
        assert pose.muscle_links.exists(), pose
        assert 2 <= pose.tags.count() <= 4, pose
        # No photo is uploaded: each shows its drawing from static/img/figures/.
        assert not pose.image and figure_key(pose.slug), pose


def test_anatomy_and_pose_details_from_the_founding_page():
    load_demo()
    iliocostalis = Muscle.objects.get(slug="iliocostalis")
    assert iliocostalis.group.slug == "deep"
    assert iliocostalis.parent.name == "Erector spinae"
    assert Muscle.objects.get(slug="splenius-capitis").parent.slug == "splenius"

    triangle = Pose.objects.get(slug="triangle")
    assert triangle.hold_max_seconds == 180
    assert "disc" not in triangle.benefits.lower()
    assert Pose.objects.get(slug="chair").hold_max_seconds == 120
    assert Pose.objects.get(slug="handstand").sanskrit_name == "Adho Mukha Vṛkṣāsana"
    assert {pose.slug for pose in Pose.objects.search("bhujangasana")} == {"cobra", "sphinx"}
    assert PoseMuscle.objects.filter(
        pose__slug="cobra", muscle__slug="erector-spinae", role=PoseMuscle.Role.STRENGTHENS
    ).exists()

    flow = Sequence.objects.get(slug="back-pain-flow")
    handstand_step = flow.steps.get(pose__slug="handstand")
    assert handstand_step.optional
    assert handstand_step.optional_reason == "for experienced practitioners"
    assert "Everyone else leaves this step out" in handstand_step.notes
    twists = flow.steps.filter(pose__slug="lying-spinal-twist")
    assert {step.side for step in twists} == {SequenceStep.Side.EACH}


def test_a_content_mistake_stops_with_a_clear_message_and_adds_nothing(monkeypatch):
    broken = [dict(content.POSES[0], muscles=[("no-such-muscle", "stretches")])]
    monkeypatch.setattr(content, "POSES", broken)
    with pytest.raises(CommandError, match="unknown muscle: 'no-such-muscle'"):
        call_command("load_demo", stdout=StringIO())
    assert Pose.objects.count() == 0
    assert Muscle.objects.count() == 0
