"""Renaming a page's address in the admin keeps the old one as a permanent redirect, one hop and
never a loop."""

import pytest
from django.test import Client
from django.urls import reverse

from anatomy.models import Muscle
from poses.models import Condition, Pose
from sequences.models import Sequence
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
)
from tests.test_admin import change_form_data, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    """Someone not signed in (``client`` is the editor's, once ``editor_client`` is used)."""
    return Client()


def rename(client, obj, slug, **changes):
    """Change the object's slug on its admin page, as an editor does."""
    page = client.get(url(type(obj), "change", obj.pk))
    data = change_form_data(page)
    data.update(slug=slug, **changes)
    response = client.post(url(type(obj), "change", obj.pk), data)
    assert response.status_code == 302
    obj.refresh_from_db()
    return obj


def assert_moved(client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_a_renamed_pose_answers_at_its_old_address_with_a_301(editor_client, visitor):
    pose = PoseFactory(slug="cobra")
    rename(editor_client, pose, "cobra-pose")
    assert_moved(visitor, "/poses/cobra/", "/poses/cobra-pose/")
    # The visitor's choice of conditions travels with them.
    assert (
        visitor.get("/poses/cobra/?for=stenosis")["Location"] == "/poses/cobra-pose/?for=stenosis"
    )


def test_two_renames_lead_straight_to_the_newest_address(editor_client, visitor):
    pose = PoseFactory(slug="a")
    rename(editor_client, pose, "b")
    rename(editor_client, pose, "c")
    assert_moved(visitor, "/poses/a/", "/poses/c/")
    assert_moved(visitor, "/poses/b/", "/poses/c/")


def test_renaming_back_serves_the_page_at_its_first_address_without_a_loop(editor_client, visitor):
    pose = PoseFactory(slug="a")
    rename(editor_client, pose, "b")
    rename(editor_client, pose, "a")
    assert visitor.get("/poses/a/").status_code == 200
    assert_moved(visitor, "/poses/b/", "/poses/a/")
    assert list(pose.old_slugs.values_list("slug", flat=True)) == ["b"]


def test_a_new_pose_at_an_old_address_takes_it_over(editor_client, visitor):
    pose = PoseFactory(slug="a")
    rename(editor_client, pose, "b")
    newcomer = PoseFactory(slug="x", english_name="Newcomer")
    rename(editor_client, newcomer, "a")
    response = visitor.get("/poses/a/")
    assert response.status_code == 200
    assert response.context["pose"] == newcomer
    assert not pose.old_slugs.exists()


def test_a_drafts_address_was_never_public_so_it_leaves_no_redirect(editor_client, visitor):
    pose = PoseFactory(slug="draft", is_published=False)
    rename(editor_client, pose, "draft-2")
    assert visitor.get("/poses/draft/").status_code == 404
    assert not pose.old_slugs.exists()


def test_an_old_address_of_a_pose_taken_down_since_is_a_404(editor_client, visitor):
    pose = PoseFactory(slug="a")
    rename(editor_client, pose, "b")
    Pose.objects.filter(pk=pose.pk).update(is_published=False)
    assert visitor.get("/poses/a/").status_code == 404


def test_a_renamed_sequence_redirects_each_of_its_pages(editor_client, visitor):
    sequence = SequenceFactory(slug="morning")
    SequenceStepFactory(sequence=sequence)
    rename(editor_client, sequence, "gentle-morning")
    assert_moved(visitor, "/sequences/morning/", "/sequences/gentle-morning/")
    assert_moved(visitor, "/sequences/morning/practice/", "/sequences/gentle-morning/practice/")
    assert_moved(visitor, "/sequences/morning/safer/", "/sequences/gentle-morning/safer/")
    rename(editor_client, sequence, "morning")
    assert visitor.get("/sequences/morning/").status_code == 200
    assert_moved(visitor, "/sequences/gentle-morning/", "/sequences/morning/")


def test_a_renamed_or_moved_muscle_redirects(editor_client, visitor):
    layer, deeper = MuscleGroupFactory(slug="surface"), MuscleGroupFactory(slug="deep")
    muscle = MuscleFactory(group=layer, slug="lats")
    rename(editor_client, muscle, "latissimus-dorsi")
    assert_moved(visitor, "/anatomy/surface/lats/", "/anatomy/surface/latissimus-dorsi/")
    rename(editor_client, muscle, "latissimus-dorsi", group=str(deeper.pk))
    assert_moved(visitor, "/anatomy/surface/latissimus-dorsi/", "/anatomy/deep/latissimus-dorsi/")
    assert_moved(visitor, "/anatomy/surface/lats/", "/anatomy/deep/latissimus-dorsi/")
    assert visitor.get("/anatomy/surface/nothing-here/").status_code == 404


def test_a_renamed_condition_redirects(editor_client, visitor):
    condition = ConditionFactory(slug="sciatica")
    rename(editor_client, condition, "sciatic-pain")
    new = reverse("my_back:condition", kwargs={"slug": "sciatic-pain"})
    assert_moved(visitor, reverse("my_back:condition", kwargs={"slug": "sciatica"}), new)


@pytest.mark.parametrize(
    "model, make",
    [
        (Pose, PoseFactory),
        (Sequence, SequenceFactory),
        (Muscle, MuscleFactory),
        (Condition, ConditionFactory),
    ],
)
def test_no_chain_of_renames_makes_a_loop(editor_client, visitor, model, make):
    obj = make(slug="a")
    for slug in ["b", "a", "c", "b", "d"]:
        rename(editor_client, obj, slug)
    live = obj.get_absolute_url()
    for old in "abc":
        response = visitor.get(live.replace("/d/", f"/{old}/"))
        assert response.status_code == 301
        assert response["Location"] == live
    assert visitor.get(live).status_code == 200


def test_restoring_an_older_version_keeps_the_current_address(editor_client, visitor):
    from reversion.models import Version

    from tests.test_history import restore

    pose = PoseFactory(slug="a", summary="First words.")
    rename(editor_client, pose, "a")  # a first version, at "a"
    first = Version.objects.get_for_object(pose).first()
    rename(editor_client, pose, "b", summary="Second words.")
    restore(editor_client, pose, first)
    pose.refresh_from_db()
    assert (pose.slug, pose.summary) == ("b", "First words.")
    assert_moved(visitor, "/poses/a/", "/poses/b/")


def test_muscles_keep_their_addresses_when_their_layer_is_renamed(editor_client, visitor):
    layer = MuscleGroupFactory(slug="surface")
    MuscleFactory(group=layer, slug="lats")
    rename(editor_client, layer, "outer")
    assert_moved(visitor, "/anatomy/surface/lats/", "/anatomy/outer/lats/")


def test_the_admin_lists_old_addresses_and_an_editor_may_remove_one(editor_client, visitor):
    pose = PoseFactory(slug="a")
    rename(editor_client, pose, "b")
    page = editor_client.get(url(Pose, "change", pose.pk))
    assert "Old addresses (each redirects here" in page.content.decode()
    data = change_form_data(page)
    data["old_slugs-0-DELETE"] = "on"
    data["old_slugs-0-id"] = str(pose.old_slugs.get().pk)
    assert editor_client.post(url(Pose, "change", pose.pk), data).status_code == 302
    assert not pose.old_slugs.exists()
    assert visitor.get("/poses/a/").status_code == 404
