"""`load_demo` adds the founding variations: gentler (and a few harder) versions of the founding
poses, each a real pose, and the links that make each pose's ladder."""

from io import StringIO

import pytest
from django.core.management import call_command

from poses.figures import figure_key
from poses.models import Condition, Direction, Pose, PoseVariation
from sequences.demo import content, variations

pytestmark = pytest.mark.django_db

NEW_POSES = {
    "sphinx",
    "supported-childs-pose",
    "chair-cat-cow",
    "chair-twist",
    "bent-knee-lying-twist",
    "knee-sways",
    "table-leg-slide",
    "wall-l-handstand",
    "triangle-with-chair",
    "supported-low-lunge",
    "high-lunge",
    "supported-fish",
    "wall-chair",
}
# The gentler way each founding pose's "gentler ways in" names, and the pose that now shows it.
GENTLER = {
    "cobra": "sphinx",
    "childs-pose": "supported-childs-pose",
    "cat-cow": "chair-cat-cow",
    "lying-spinal-twist": "bent-knee-lying-twist",
    "balancing-table": "table-leg-slide",
    "half-revolved-belly-pose": "knee-sways",
    "handstand": "wall-l-handstand",
    "triangle": "triangle-with-chair",
    "lunge": "supported-low-lunge",
    "fish": "supported-fish",
    "chair": "wall-chair",
}


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_adds_thirteen_versions_as_real_published_poses():
    output = load_demo()
    assert {pose["slug"] for pose in variations.POSES} == NEW_POSES
    added = Pose.objects.filter(slug__in=NEW_POSES).prefetch_related("muscle_links", "movements")
    assert added.count() == len(NEW_POSES)
    conditions = Condition.objects.count()
    for pose in added:
        assert pose.is_published, pose
        assert pose.english_name and pose.summary, pose
        assert pose.cautions_html and "<ol>" in pose.steps_html and pose.modifications_html, pose
        assert pose.muscle_links.exists() and pose.movements.exists(), pose
        assert pose.verdicts.count() == conditions, pose
        assert figure_key(pose.slug) == pose.slug, pose
        assert pose.image_alt.startswith("Line drawing of a figure"), pose
        assert pose.aliases, pose
    assert Pose.objects.get(slug="sphinx").sanskrit_name == "Sālamba Bhujaṅgāsana"
    assert "28 variations" in output and "29 alias lists" in output


def test_every_founding_pose_with_a_gentler_way_has_it_as_an_easier_version():
    load_demo()
    for founding in content.POSES:
        assert founding["modifications"].strip(), founding["slug"]
        easier = Pose.objects.get(slug=founding["slug"]).variations.filter(
            direction=Direction.EASIER
        )
        assert GENTLER[founding["slug"]] in {link.to_pose.slug for link in easier}, founding


def test_each_link_has_a_way_back_in_the_other_direction():
    load_demo()
    links = {(link.from_pose.slug, link.to_pose.slug): link.direction for link in
             PoseVariation.objects.select_related("from_pose", "to_pose")}  # fmt: skip
    assert len(links) == 28
    for (start, end), direction in links.items():
        assert links[(end, start)] != direction, (start, end)


def test_a_harder_progression_for_the_low_lunge():
    load_demo()
    ladder = Pose.objects.get(slug="lunge").variations.ladder()
    assert [link.to_pose.slug for link in ladder.harder] == ["high-lunge"]
    assert [link.to_pose.slug for link in ladder.easier] == ["supported-low-lunge"]
    assert ladder.harder[0].support_text == "Less support from the floor"


def test_a_rerun_keeps_an_editors_removed_link_and_brings_back_a_deleted_pose_with_its_links():
    load_demo()
    PoseVariation.objects.filter(from_pose__slug="chair", to_pose__slug="wall-chair").delete()
    Pose.objects.filter(slug="sphinx").delete()

    output = load_demo()

    assert not PoseVariation.objects.filter(from_pose__slug="chair").exists()
    sphinx = Pose.objects.get(slug="sphinx")
    assert list(sphinx.variations.values_list("to_pose__slug", "direction")) == [
        ("cobra", "harder")
    ]
    assert Pose.objects.get(slug="cobra").variations.get().to_pose == sphinx
    assert output.startswith("Added 1 pose,")
    assert "2 variations" in output
    assert load_demo().startswith("Nothing to add")


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("wall sit", "wall-chair"),
        ("windscreen wipers", "knee-sways"),
        ("half handstand", "wall-l-handstand"),
        ("salamba balasana", "supported-childs-pose"),
    ],
)
def test_the_versions_are_found_by_their_other_names(words, slug):
    load_demo()
    assert Pose.objects.published().search(words).first().slug == slug
