"""Every admin save keeps a version: the history shows what changed, any version can be restored
and a deleted item recovered, all through the real admin as an editor uses it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from anatomy.models import Muscle
from backsite.models import Page
from poses.models import Condition, Pose, PoseMuscle
from sequences.models import Sequence, SequenceStep, Tip
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    SourceFactory,
)
from tests.test_admin import change_form_data, management, url

pytestmark = pytest.mark.django_db


def save_through_admin(client, obj, **changes):
    """Open the object's change page, change some fields, and save it as an editor would."""
    model = type(obj)
    page = client.get(url(model, "change", obj.pk))
    assert page.status_code == 200
    data = change_form_data(page)
    data.update(changes)
    response = client.post(url(model, "change", obj.pk), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    return response


def history_of(client, obj):
    response = client.get(url(type(obj), "history", obj.pk))
    assert response.status_code == 200
    return response


def restore(client, obj, version):
    """Open a version's restore page and save it unchanged, as the restore button does."""
    model = type(obj)
    page = client.get(url(model, "revision", obj.pk, version.pk))
    assert page.status_code == 200
    response = client.post(url(model, "revision", obj.pk, version.pk), change_form_data(page))
    assert response.status_code == 302
    return response


def versions_of(obj):
    return list(Version.objects.get_for_object(obj).order_by("pk"))


# The history page -----------------------------------------------------------------------------


def test_each_admin_save_keeps_a_version_and_the_history_shows_a_field_diff(editor_client):
    pose = PoseFactory(summary="A gentle backbend.", steps="1. Lie down.\n2. Lift the chest.")
    save_through_admin(editor_client, pose)
    save_through_admin(editor_client, pose, summary="A gentle backbend on the front.")
    save_through_admin(
        editor_client, pose, steps="1. Lie down.\n2. Lift the chest a little.\n3. Breathe."
    )
    assert len(versions_of(pose)) == 3

    html = history_of(editor_client, pose).content.decode()
    # Newest first: the steps' line diff, then the summary's old and new value.
    assert html.index("Lift the chest a little.") < html.index("A gentle backbend on the front.")
    assert "<del>- 2. Lift the chest.</del>" in html
    assert "<ins>+ 2. Lift the chest a little.</ins>" in html
    assert "<ins>+ 3. Breathe.</ins>" in html
    assert "<del>A gentle backbend.</del> → <ins>A gentle backbend on the front.</ins>" in html
    # Derived columns (rendered HTML, search words) are never listed as changes.
    assert "steps_html" not in html and "search" not in html.split('id="content-main"')[1]


def test_the_history_escapes_what_editors_typed(editor_client):
    pose = PoseFactory()
    save_through_admin(editor_client, pose)
    save_through_admin(editor_client, pose, steps="1. <script>alert(1)</script>\n2. Rest.")
    save_through_admin(editor_client, pose, steps="1. Breathe.\n2. Rest.")
    html = history_of(editor_client, pose).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_history_names_related_choices_and_followed_objects(editor_client):
    muscle = MuscleFactory(name="Erector spinae")
    pose = PoseFactory(level="beginner")
    save_through_admin(editor_client, pose)
    data = {
        "level": "intermediate",
        **management("muscle_links", 1),
        "muscle_links-0-muscle": str(muscle.pk),
        "muscle_links-0-role": PoseMuscle.Role.STRENGTHENS,
    }
    save_through_admin(editor_client, pose, **data)
    html = history_of(editor_client, pose).content.decode()
    assert "<del>Beginner</del> → <ins>Intermediate</ins>" in html
    assert "added: " in html and "strengthens Erector spinae" in html


def test_content_never_saved_in_the_admin_says_versions_start_with_the_first_save(
    editor_client,
):
    pose = PoseFactory()
    assert "versions start with the first save" in history_of(editor_client, pose).content.decode()


# Restoring ------------------------------------------------------------------------------------


def test_restoring_a_pose_version_brings_back_its_texts_and_muscles(editor_client, client):
    muscle = MuscleFactory()
    pose = PoseFactory(steps="1. Kneel.\n2. Sit back.")
    PoseMuscleFactory(pose=pose, muscle=muscle)
    save_through_admin(editor_client, pose)  # the good version
    good = versions_of(pose)[-1]
    bad = {"steps": "1. Jump.", **management("muscle_links", 1, 1)}
    link = pose.muscle_links.get()
    bad.update({"muscle_links-0-id": str(link.pk), "muscle_links-0-DELETE": "on"})
    save_through_admin(editor_client, pose, **bad)
    pose.refresh_from_db()
    assert pose.steps == "1. Jump." and not pose.muscle_links.exists()

    restore(editor_client, pose, good)

    pose.refresh_from_db()
    assert pose.steps == "1. Kneel.\n2. Sit back."
    assert "<li>Sit back.</li>" in pose.steps_html
    assert list(pose.muscle_links.values_list("muscle", flat=True)) == [muscle.pk]
    assert "Sit back." in client.get(pose.get_absolute_url()).content.decode()
    # The restore is itself a version, so it can be undone too.
    assert len(versions_of(pose)) == 3


def test_restoring_a_sequence_version_brings_back_its_steps(editor_client):
    sequence = SequenceFactory()
    first, second = PoseFactory(), PoseFactory()
    SequenceStepFactory(sequence=sequence, pose=first, position=1)
    step = SequenceStepFactory(sequence=sequence, pose=second, position=2)
    save_through_admin(editor_client, sequence)
    good = versions_of(sequence)[-1]
    page = editor_client.get(url(Sequence, "change", sequence.pk))
    data = change_form_data(page)
    index = next(
        key.split("-")[1]
        for key, value in data.items()
        if key.endswith("-id") and value == str(step.pk)
    )
    data[f"steps-{index}-DELETE"] = "on"
    assert editor_client.post(url(Sequence, "change", sequence.pk), data).status_code == 302
    assert sequence.steps.count() == 1

    html = history_of(editor_client, sequence).content.decode()
    assert f"removed: {step}" in html

    restore(editor_client, sequence, good)
    assert list(sequence.steps.values_list("pose", flat=True)) == [first.pk, second.pk]


@pytest.mark.parametrize(
    "make, field, value",
    [
        (lambda: MuscleFactory(), "location", "Deep in the back."),
        (lambda: Tip.objects.create(title="Breathe", body="Slowly."), "body", "Quickly."),
        (lambda: Page.objects.create(slug="home", title="Home", body="Hello."), "body", "Hi."),
        (lambda: SourceFactory().condition, "helps", "Walking."),
    ],
    ids=["muscle", "tip", "site text", "condition"],
)
def test_every_content_model_can_be_restored(editor_client, make, field, value):
    obj = make()
    original = getattr(obj, field)
    save_through_admin(editor_client, obj)
    good = versions_of(obj)[-1]
    save_through_admin(editor_client, obj, **{field: value})
    obj.refresh_from_db()
    assert getattr(obj, field) == value
    restore(editor_client, obj, good)
    obj.refresh_from_db()
    assert getattr(obj, field) == original


def test_restoring_keeps_the_pose_picture_shown_now(
    editor_client, django_capture_on_commit_callbacks
):
    pose = PoseFactory()
    save_through_admin(editor_client, pose)
    good = versions_of(pose)[-1]
    picture = SimpleUploadedFile("cobra.png", _png_bytes(), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        save_through_admin(editor_client, pose, image=picture, image_alt="Lying on the front.")
    pose.refresh_from_db()
    shown = pose.image.name
    assert shown

    with django_capture_on_commit_callbacks(execute=True):
        restore(editor_client, pose, good)

    pose.refresh_from_db()
    assert pose.image.name == shown
    assert pose.image.storage.exists(shown)
    assert pose.image_alt == "Lying on the front."


def _png_bytes():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (120, 160, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_restoring_a_version_whose_pose_was_deleted_is_refused_with_a_clear_message(
    editor_client,
):
    sequence = SequenceFactory()
    kept = PoseFactory(english_name="Cat flow")
    gone = PoseFactory(english_name="Cobra")
    SequenceStepFactory(sequence=sequence, pose=kept, position=1)
    step = SequenceStepFactory(sequence=sequence, pose=gone, position=2)
    save_through_admin(editor_client, sequence)
    good = versions_of(sequence)[-1]
    step.delete()
    assert editor_client.post(url(Pose, "delete", gone.pk), {"post": "yes"}).status_code == 302
    assert not Pose.objects.filter(pk=gone.pk).exists()

    for method in (editor_client.get, editor_client.post):
        response = method(url(Sequence, "revision", sequence.pk, good.pk), follow=True)
        assert response.status_code == 200
        html = response.content.decode()
        assert "This version cannot be restored as it was" in html
        assert "uses the pose “Cobra”, which has since been deleted" in html
    assert list(sequence.steps.values_list("pose", flat=True)) == [kept.pk]


def test_restoring_needs_the_change_permission(client, editor_client):
    from tests.factories import UserFactory

    tip = Tip.objects.create(title="Breathe", body="Slowly.")
    save_through_admin(editor_client, tip)
    version = versions_of(tip)[-1]
    viewer = UserFactory(is_staff=True)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_tip"))
    client.force_login(viewer)
    history = client.get(url(Tip, "history", tip.pk)).content.decode()
    assert "Restore this version" not in history
    response = client.post(
        url(Tip, "revision", tip.pk, version.pk), {"title": "Hacked", "body": "x"}
    )
    assert response.status_code == 403
    tip.refresh_from_db()
    assert tip.title == "Breathe"


# Recovering deleted items ---------------------------------------------------------------------


def test_a_deleted_pose_is_listed_and_recovered_with_its_muscles(editor_client, client):
    muscle = MuscleFactory()
    pose = PoseFactory(english_name="Sphinx", slug="sphinx")
    PoseMuscleFactory(pose=pose, muscle=muscle)
    pk = pose.pk
    # Never saved in the admin: deleting it still keeps a last version.
    assert editor_client.post(url(Pose, "delete", pk), {"post": "yes"}).status_code == 302
    assert not Pose.objects.filter(pk=pk).exists()

    changelist = editor_client.get(url(Pose, "changelist")).content.decode()
    assert url(Pose, "recoverlist") in changelist
    listing = editor_client.get(url(Pose, "recoverlist")).content.decode()
    assert "Sphinx" in listing
    deleted = Version.objects.get_deleted(Pose).get(object_id=str(pk))

    page = editor_client.get(url(Pose, "recover", deleted.pk))
    assert page.status_code == 200
    response = editor_client.post(url(Pose, "recover", deleted.pk), change_form_data(page))
    assert response.status_code == 302

    pose = Pose.objects.get(pk=pk)
    assert pose.english_name == "Sphinx"
    assert list(pose.muscle_links.values_list("muscle", flat=True)) == [muscle.pk]
    assert client.get(pose.get_absolute_url()).status_code == 200


def test_bulk_deleted_muscles_can_be_recovered(editor_client):
    muscles = MuscleFactory.create_batch(2)
    data = {
        "action": "delete_selected",
        "_selected_action": [str(m.pk) for m in muscles],
        "post": "yes",
    }
    assert editor_client.post(url(Muscle, "changelist"), data).status_code == 302
    assert not Muscle.objects.exists()
    deleted = Version.objects.get_deleted(Muscle)
    assert {v.object_repr for v in deleted} == {m.name for m in muscles}


def test_a_deleted_condition_comes_back_with_its_sources(editor_client):
    condition = ConditionFactory(name="Sciatica")
    SourceFactory(condition=condition, title="NHS: Sciatica")
    pk = condition.pk
    assert editor_client.post(url(Condition, "delete", pk), {"post": "yes"}).status_code == 302
    deleted = Version.objects.get_deleted(Condition).get(object_id=str(pk))
    page = editor_client.get(url(Condition, "recover", deleted.pk))
    assert (
        editor_client.post(
            url(Condition, "recover", deleted.pk), change_form_data(page)
        ).status_code
        == 302
    )
    assert [s.title for s in Condition.objects.get(pk=pk).sources.all()] == ["NHS: Sciatica"]


def test_recovering_needs_the_add_permission(client, editor_client):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    step_pose = PoseFactory()
    editor_client.post(url(Pose, "delete", step_pose.pk), {"post": "yes"})
    deleted = Version.objects.get_deleted(Pose).get()
    changer = UserFactory(is_staff=True)
    changer.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_pose", "view_pose"])
    )
    client.force_login(changer)
    assert client.get(url(Pose, "recoverlist")).status_code == 403
    assert client.post(url(Pose, "recover", deleted.pk), {}).status_code == 403
    assert not Pose.objects.exists()
    assert not SequenceStep.objects.exists()


def test_a_restore_counts_as_a_new_save_so_older_forms_stay_stale(editor_client):
    tip = Tip.objects.create(title="Breathe", body="Slowly.")
    save_through_admin(editor_client, tip)
    good = versions_of(tip)[-1]
    save_through_admin(editor_client, tip, body="Quickly.")
    tip.refresh_from_db()
    before = tip.version
    stale_page = editor_client.get(url(Tip, "change", tip.pk))

    restore(editor_client, tip, good)

    tip.refresh_from_db()
    assert (tip.body, tip.version) == ("Slowly.", before + 1)
    data = change_form_data(stale_page)
    data["body"] = "Typed in a form opened before the restore."
    response = editor_client.post(url(Tip, "change", tip.pk), data)
    assert response.status_code == 200
    tip.refresh_from_db()
    assert tip.body == "Slowly."


def test_restoring_a_pose_brings_back_its_variations(editor_client):
    from poses.variations.models import PoseVariation

    pose, easier = PoseFactory(), PoseFactory()
    PoseVariation.objects.create(
        from_pose=pose, to_pose=easier, direction="easier", support="floor", what_changes="Lower."
    )
    save_through_admin(editor_client, pose)
    good = versions_of(pose)[-1]
    PoseVariation.objects.all().delete()
    save_through_admin(editor_client, pose)
    restore(editor_client, pose, good)
    assert list(pose.variations.values_list("to_pose", flat=True)) == [easier.pk]


def test_a_recovered_pose_whose_picture_files_went_with_it_shows_none(
    editor_client, client, django_capture_on_commit_callbacks
):
    from django.test import Client

    pose = PoseFactory(english_name="Sphinx", slug="sphinx")
    picture = SimpleUploadedFile("sphinx.png", _png_bytes(), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        save_through_admin(editor_client, pose, image=picture, image_alt="Resting on forearms.")
    pose.refresh_from_db()
    name, storage = pose.image.name, pose.image.storage
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url(Pose, "delete", pose.pk), {"post": "yes"})
    assert not storage.exists(name)  # deleting a pose deletes its files

    deleted = Version.objects.get_deleted(Pose).get(object_id=str(pose.pk))
    page = editor_client.get(url(Pose, "recover", deleted.pk))
    assert (
        editor_client.post(url(Pose, "recover", deleted.pk), change_form_data(page)).status_code
        == 302
    )
    pose = Pose.objects.get(pk=pose.pk)
    assert not pose.image and pose.image_renditions == {}
    assert Client().get(pose.get_absolute_url()).status_code == 200
