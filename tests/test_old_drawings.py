"""load_demo takes away the stick-figure JPEG an older version attached to a founding pose, so the
new figure shows, and leaves every image an editor chose or described alone."""

import io
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image

from poses.models import Pose
from sequences.demo import content
from sequences.demo.old_drawings import old_drawing_alt

pytestmark = pytest.mark.django_db


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), "teal").save(buffer, format="JPEG")
    return buffer.getvalue()


def founding(slug):
    return next(pose for pose in content.POSES if pose["slug"] == slug)


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def give_image(slug, name, alt):
    pose = Pose.objects.get(slug=slug)
    pose.image.save(name, ContentFile(jpeg()), save=False)  # in place, as an older version left it
    pose.image_alt = alt
    pose.save()
    return pose


def test_an_untouched_old_drawing_is_replaced_by_the_figure(django_capture_on_commit_callbacks):
    load_demo()
    data = founding("cat-cow")
    pose = give_image("cat-cow", "cat-cow.png", old_drawing_alt("Cat–cow flow", data["image_alt"]))
    old_name = pose.image.name
    assert old_name.startswith("poses/cat-cow")
    with django_capture_on_commit_callbacks(execute=True):
        said = load_demo()
    pose.refresh_from_db()
    assert not pose.image
    assert "Replaced 1 old stick-figure drawings" in said and "cat-cow" in said
    assert not pose.image.storage.exists(old_name)
    assert "Replaced" not in load_demo()  # nothing more to do


def test_a_photo_or_a_changed_description_is_kept():
    load_demo()
    triangle = founding("triangle")
    photo = give_image("cobra", "my-cobra.jpg", "My cobra.")
    described = give_image("triangle", "triangle.png", "Our teacher in triangle pose.")
    same_alt_other_file = give_image(
        "fish", "fish-photo.jpg", old_drawing_alt("Fish pose", founding("fish")["image_alt"])
    )
    assert old_drawing_alt("Triangle pose", triangle["image_alt"]) != described.image_alt
    load_demo()
    for pose in (photo, described, same_alt_other_file):
        pose.refresh_from_db()
        assert pose.image, pose.slug
