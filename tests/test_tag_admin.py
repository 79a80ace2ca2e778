"""The tag admin shows editors only what they may see, and merging tags is guarded."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from poses.models import Pose
from tests.factories import PoseFactory, UserFactory

pytestmark = pytest.mark.django_db


def change_url(tag):
    return reverse("admin:taggit_tag_change", args=[tag.pk])


def merge(client, *tags, follow=False):
    return client.post(
        reverse("admin:taggit_tag_changelist"),
        {"action": "merge_tags", "index": "0", "_selected_action": [str(tag.pk) for tag in tags]},
        follow=follow,
    )


def test_tagged_items_are_listed_read_only(editor_client):
    pose = PoseFactory(english_name="Cobra", tags=["gentle"])
    tag = Tag.objects.get(name="gentle")
    response = editor_client.get(change_url(tag))
    page = response.content.decode()
    assert "Cobra" in page
    assert 'name="taggit-taggeditem-content_type-TOTAL_FORMS"' not in page
    formset = response.context["inline_admin_formsets"][0]
    assert not formset.has_add_permission and not formset.has_change_permission

    # Posting tagged-item rows back changes nothing: the inline accepts no rows.
    user_type = ContentType.objects.get(app_label="auth", model="user")
    prefix = formset.formset.prefix
    response = editor_client.post(
        change_url(tag),
        {
            "name": "gentle",
            "slug": "gentle",
            f"{prefix}-TOTAL_FORMS": "2",
            f"{prefix}-INITIAL_FORMS": "1",
            f"{prefix}-0-id": str(TaggedItem.objects.get().pk),
            f"{prefix}-0-content_type": str(user_type.pk),
            f"{prefix}-0-object_id": "1",
            f"{prefix}-1-content_type": str(user_type.pk),
            f"{prefix}-1-object_id": "1",
        },
    )
    assert response.status_code in (200, 302)
    assert list(TaggedItem.objects.values_list("content_type", "object_id")) == [
        (ContentType.objects.get_for_model(Pose).pk, pose.pk)
    ]


def test_an_editor_never_sees_the_name_of_an_object_they_may_not_view(editor_client):
    tag = Tag.objects.create(name="secret")
    attempt = AccessAttempt.objects.create(
        username="hidden-attempt", failures_since_start=1, ip_address="10.0.0.1"
    )
    for obj in (UserFactory(username="hidden-admin"), attempt):
        TaggedItem.objects.create(tag=tag, content_object=obj)
    PoseFactory(english_name="Cobra", tags=["secret"])
    page = editor_client.get(change_url(tag)).content.decode()
    assert "Cobra" in page
    assert "hidden-admin" not in page
    assert "hidden-attempt" not in page


def test_merging_moves_every_tagged_object_once(editor_client):
    both = PoseFactory(english_name="Cobra", tags=["gentle", "easy"])
    one = PoseFactory(english_name="Sphinx", tags=["easy"])
    gentle, easy = Tag.objects.get(name="gentle"), Tag.objects.get(name="easy")
    response = merge(editor_client, gentle, easy)
    assert response.status_code == 302
    form = editor_client.get(response.headers["Location"])
    assert "gentle" in form.content.decode() and "easy" in form.content.decode()
    response = editor_client.post(
        reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "gentle"}, follow=True
    )
    assert "Merged 2 tags into" in response.content.decode()
    assert set(both.tags.names()) == {"gentle"}
    assert set(one.tags.names()) == {"gentle"}


def test_merging_needs_the_tag_change_permission(client):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_tag"))
    client.force_login(viewer)
    tag = Tag.objects.create(name="gentle")
    response = merge(client, tag)
    assert response.status_code in (200, 302)
    assert client.get(reverse("admin:taggit_tag_merge_tags")).status_code == 403
    response = client.post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "made-up"})
    assert response.status_code == 403
    assert not Tag.objects.filter(name="made-up").exists()


def test_staff_without_permissions_cannot_merge_or_create_a_tag(client):
    client.force_login(UserFactory(is_staff=True))
    response = client.post(reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "made-up"})
    assert response.status_code == 403
    assert not Tag.objects.exists()


def test_an_empty_merge_explains_itself(editor_client):
    response = editor_client.post(
        reverse("admin:taggit_tag_merge_tags"), {"new_tag_name": "x"}, follow=True
    )
    assert response.status_code == 200
    assert "Choose the tags to merge first" in response.content.decode()
    assert not Tag.objects.exists()

    # A forged selection of ids that are not tags is the same as none.
    session = editor_client.session
    session["merge_tag_ids"] = ["", "abc", 99999]
    session.save()
    response = editor_client.get(reverse("admin:taggit_tag_merge_tags"), follow=True)
    assert "Choose the tags to merge first" in response.content.decode()


def test_the_action_with_nothing_ticked_gives_a_message(editor_client):
    Tag.objects.create(name="gentle")
    response = editor_client.post(
        reverse("admin:taggit_tag_changelist"), {"action": "merge_tags", "index": "0"}, follow=True
    )
    assert response.status_code == 200
    assert "must be selected" in response.content.decode()
