"""The founding poses' drawings: one per pose, drawn cleanly, shaped like the pose, and attached."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image, ImageChops

from poses import illustrations
from poses.illustration_data import POSES
from poses.images import validate_pose_image
from poses.models import Pose
from poses.renditions import rendition_names
from sequences.demo import content
from tests.factories import PoseFactory

FOUNDING_SLUGS = [pose["slug"] for pose in content.POSES]


def test_every_founding_pose_has_a_drawing_and_every_drawing_a_pose():
    assert sorted(POSES) == sorted(FOUNDING_SLUGS)


@pytest.fixture(scope="module")
def drawings():
    return {slug: illustrations.illustration_png(slug) for slug in POSES}


def colour_count(image, colour, tolerance=12):
    """How many pixels are within `tolerance` of a colour in every channel."""
    masks = [
        band.point(lambda v, target=target: 255 if abs(v - target) <= tolerance else 0)
        for band, target in zip(image.split(), colour, strict=True)
    ]
    return ImageChops.multiply(ImageChops.multiply(masks[0], masks[1]), masks[2]).histogram()[255]


@pytest.mark.parametrize("slug", FOUNDING_SLUGS)
def test_drawing_is_a_clean_valid_png_with_the_figure_inside_the_frame(drawings, slug):
    data = drawings[slug]
    validate_pose_image(ContentFile(data, name=f"{slug}.png"))
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (illustrations.WIDTH, illustrations.HEIGHT)
    image = image.convert("RGB")
    # Calm background at the corners; the figure is really drawn, and nowhere near the edges.
    for corner in ((2, 2), (image.width - 3, 2), (2, image.height - 3)):
        assert image.getpixel(corner) == illustrations.BACKGROUND
    assert colour_count(image, illustrations.NEAR) > 20_000
    border = 30
    inner = image.crop((border, border, image.width - border, image.height - border))
    assert colour_count(image, illustrations.NEAR) == colour_count(inner, illustrations.NEAR)


@pytest.mark.parametrize("slug", [s for s in FOUNDING_SLUGS if POSES[s].get("view") != "top"])
def test_figure_rests_on_the_floor_line(drawings, slug):
    image = Image.open(io.BytesIO(drawings[slug])).convert("RGB")
    floor = int(illustrations.HEIGHT * illustrations.FLOOR_Y)
    band = image.crop((0, floor - 45, image.width, floor - 12))
    assert colour_count(band, illustrations.NEAR) + colour_count(band, illustrations.FAR) > 500
    below = image.crop((0, floor + 8, image.width, image.height))
    assert colour_count(below, illustrations.NEAR) == 0


# Each drawing is shaped like its pose: a few facts about the body points that a reader would
# check by eye (y is up, the floor is 0, side views face right).


def p(slug, name):
    return POSES[slug][name]


def test_cat_is_on_hands_and_knees_with_the_back_rounded_up():
    for joint in ("n_hand", "n_knee", "f_hand", "f_knee"):
        assert p("cat-cow", joint)[1] < 8
    spine, hip, neck = p("cat-cow", "spine"), p("cat-cow", "hip"), p("cat-cow", "neck")
    assert spine[1] > max(hip[1], neck[1]) + 5
    assert p("cat-cow", "head")[1] < neck[1]  # the head hangs


def test_childs_pose_is_folded_forward_over_the_knees_with_arms_long():
    head, hip = p("childs-pose", "head"), p("childs-pose", "hip")
    assert head[1] < hip[1] and head[1] <= 13  # forehead down to the floor
    assert p("childs-pose", "n_knee")[1] < 8 and p("childs-pose", "n_foot")[0] <= hip[0] + 2
    assert p("childs-pose", "n_hand")[0] > head[0] + 20 and p("childs-pose", "n_hand")[1] < 8


def test_cobra_lies_on_the_front_with_the_chest_lifted_low():
    hip, neck = p("cobra", "hip"), p("cobra", "neck")
    assert hip[1] < 10 and p("cobra", "n_foot")[1] < 8 and p("cobra", "n_foot")[0] < hip[0] - 60
    # Lifted, but low, as the pose's cautions ask: the torso rises well under 45 degrees.
    assert hip[1] + 15 < neck[1] < hip[1] + 0.75 * (neck[0] - hip[0])
    assert p("cobra", "n_hand")[1] < 8 and p("cobra", "n_elbow")[1] > 10  # elbows bent


def test_lying_twist_has_one_long_leg_and_one_knee_across():
    twist = POSES["lying-spinal-twist"]
    assert twist["view"] == "top"
    assert twist["f_foot"][0] - twist["f_hip"][0] > 70  # one leg long
    assert twist["n_knee"][1] < twist["f_hip"][1] - 15  # the other knee across the body
    assert twist["n_hand"][1] > 45 and twist["f_hand"][1] < -45  # arms out to the sides


def test_half_revolved_belly_pose_lowers_both_bent_knees_to_one_side():
    belly = POSES["half-revolved-belly-pose"]
    for side in ("n", "f"):
        assert belly[f"{side}_knee"][1] < -30 and abs(belly[f"{side}_foot"][1]) > 30


def test_balancing_table_reaches_one_arm_forward_and_the_opposite_leg_back():
    table = POSES["samabhasana"]
    assert table["n_hand"][0] > table["neck"][0] + 40 and abs(table["n_hand"][1] - 57) < 10
    assert table["f_foot"][0] < table["hip"][0] - 60 and table["f_foot"][1] > 40
    assert table["f_hand"][1] < 8 and table["n_knee"][1] < 8  # on the other hand and knee


def test_handstand_is_upside_down_on_straight_arms():
    stand = POSES["handstand"]
    assert stand["n_hand"][1] < 8 and stand["f_hand"][1] < 8
    assert stand["head"][1] < stand["neck"][1] < stand["hip"][1] < stand["n_foot"][1]
    assert stand["n_foot"][1] > 170


def test_triangle_has_legs_wide_one_arm_down_and_one_up():
    tri = POSES["triangle"]
    assert tri["n_foot"][0] - tri["f_foot"][0] > 80
    assert tri["n_hand"][1] < 25 and tri["f_hand"][1] > tri["head"][1] + 30
    assert abs(tri["neck"][1] - tri["hip"][1]) < 15  # leaning sideways, torso near level


def test_lunge_has_the_front_knee_bent_the_back_knee_down_and_arms_up():
    lunge = POSES["lunge"]
    assert abs(lunge["n_knee"][0] - lunge["n_foot"][0]) < 5  # front knee over the ankle
    assert lunge["f_knee"][1] < 8 and lunge["f_knee"][0] < lunge["hip"][0]
    assert lunge["n_hand"][1] > lunge["head"][1]


def test_fish_lies_on_the_back_with_the_chest_lifted_and_head_down():
    fish = POSES["fish"]
    assert fish["hip"][1] < 10 and fish["n_foot"][1] < 8
    assert fish["spine"][1] > 20 and fish["head"][1] < fish["neck"][1] - 8


def test_chair_bends_the_knees_with_hips_back_and_arms_up():
    chair = POSES["chair"]
    assert chair["n_knee"][0] > chair["n_foot"][0] > chair["hip"][0]
    assert 40 < chair["hip"][1] < 70  # lower than standing, higher than the floor
    assert chair["n_hand"][1] > chair["head"][1] + 20


# Attaching the drawings ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_pose_without_an_image_gets_its_drawing_through_the_upload_path(
    django_capture_on_commit_callbacks,
):
    pose = PoseFactory(slug="cobra", english_name="Cobra pose", image_alt="")
    with django_capture_on_commit_callbacks(execute=True):
        assert illustrations.attach_illustration(pose)
    pose.refresh_from_db()
    assert pose.image.name.startswith("poses/cobra")
    with default_storage.open(pose.image.name) as stored, Image.open(stored) as image:
        assert image.format == "JPEG" and image.size == (1600, 1200)
    renditions = rendition_names(pose.image_renditions)
    assert renditions and all(default_storage.exists(name) for name in renditions)
    assert pose.image_alt == "Line drawing of a figure in Cobra pose."


@pytest.mark.django_db
def test_the_drawing_description_leads_with_the_pose_name():
    pose = PoseFactory(slug="fish", english_name="Fish pose", image_alt="A figure on the back.")
    illustrations.attach_illustration(pose)
    assert pose.image_alt == "Fish pose: A figure on the back."


@pytest.mark.django_db
def test_an_editors_image_is_kept_and_a_pose_without_a_drawing_is_left_alone(
    django_capture_on_commit_callbacks,
):
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "teal").save(buffer, format="JPEG")
    pose = PoseFactory(
        slug="cobra", image=ContentFile(buffer.getvalue(), "mine.jpg"), image_alt="Mine."
    )
    assert not illustrations.attach_illustration(pose)
    assert pose.image.name.startswith("poses/mine")
    other = PoseFactory(slug="a-pose-of-my-own")
    assert not illustrations.attach_illustration(other)
    assert not other.image

    old = pose.image.name
    with django_capture_on_commit_callbacks(execute=True):
        assert illustrations.attach_illustration(pose, replace=True)
    assert pose.image.name.startswith("poses/cobra") and not default_storage.exists(old)


@pytest.mark.django_db
def test_every_founding_pose_has_its_drawing_after_load_demo(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    poses = Pose.objects.filter(slug__in=FOUNDING_SLUGS)
    assert poses.count() == len(FOUNDING_SLUGS)
    names = {}
    for pose in poses:
        assert pose.image, pose.slug
        assert default_storage.exists(pose.image.name)
        assert pose.image_renditions["source"] == pose.image.name
        assert all(size in pose.image_renditions for size in ("card", "detail", "step"))
        assert pose.english_name.lower() in pose.image_alt.lower()
        names[pose.slug] = pose.image.name

    # A second run keeps the drawings it made: no new files.
    call_command("load_demo", verbosity=0)
    assert {pose.slug: pose.image.name for pose in poses.all()} == names


@pytest.mark.django_db
def test_load_demo_leaves_a_removed_image_removed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    pose = Pose.objects.get(slug="cobra")
    pose.image = ""
    pose.save()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    pose.refresh_from_db()
    assert not pose.image
