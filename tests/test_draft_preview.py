"""A draft's page is a preview for the staff who may change it, and for nobody else."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory, UserFactory

pytestmark = pytest.mark.django_db

BANNER = "Preview."


def drafts():
    pose = PoseFactory(is_published=False)
    sequence = SequenceFactory(is_published=False)
    SequenceStepFactory(sequence=sequence, pose=PoseFactory())
    return {"poses": pose, "sequences": sequence}


def staff_with(*codenames):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


@pytest.mark.parametrize("app", ["poses", "sequences"])
def test_staff_who_may_change_the_model_preview_a_draft_never_cached(client, app):
    draft = drafts()[app]
    model = draft._meta.model_name
    client.force_login(staff_with(f"change_{model}"))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert BANNER in response.content.decode()
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-cache", "no-store", "must-revalidate", "max-age=0"} <= directives
    assert "Expires" in response


@pytest.mark.parametrize("app", ["poses", "sequences"])
@pytest.mark.parametrize("codenames", [(), ("view_pose", "view_sequence")])
def test_staff_who_may_not_change_the_model_get_a_404_for_a_draft(client, app, codenames):
    draft = drafts()[app]
    client.force_login(staff_with(*codenames))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert str(draft) not in response.content.decode()


def test_permission_to_change_one_model_previews_only_that_model(client):
    found = drafts()
    client.force_login(staff_with("change_pose"))
    assert client.get(found["poses"].get_absolute_url()).status_code == 200
    assert client.get(found["sequences"].get_absolute_url()).status_code == 404


def test_a_superuser_may_preview(client):
    draft = drafts()["sequences"]
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_the_change_permission_without_staff_status_does_not_preview(client):
    draft = drafts()["poses"]
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="change_pose"))
    client.force_login(user)
    assert client.get(draft.get_absolute_url()).status_code == 404


# Every page a draft has: the sequence's practice and "safer" pages follow the same rule.
DRAFT_PAGES = {
    "pose page": ("poses", lambda d: d["poses"].get_absolute_url()),
    "pose page for a condition": ("poses", lambda d: d["poses"].get_absolute_url() + "?for=x"),
    "sequence page": ("sequences", lambda d: d["sequences"].get_absolute_url()),
    "practice page": ("sequences", lambda d: d["sequences"].get_practice_url()),
    "safer page": (
        "sequences",
        lambda d: reverse("sequences:safer", kwargs={"slug": d["sequences"].slug}) + "?for=x",
    ),
}


@pytest.mark.parametrize("name", DRAFT_PAGES)
def test_every_draft_page_needs_the_change_permission_and_is_never_cached(client, name):
    app, address = DRAFT_PAGES[name]
    found = drafts()
    model = found[app]._meta.model_name
    client.force_login(staff_with(f"view_{model}"))
    assert client.get(address(found)).status_code == 404
    client.force_login(staff_with(f"change_{model}"))
    response = client.get(address(found))
    assert response.status_code == 200
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-cache", "no-store", "max-age=0"} <= directives


def test_conditions_and_muscles_have_no_drafts_so_their_pages_are_public(client):
    """Only poses and sequences can be drafts; a condition or muscle page is public at once."""
    from poses.models import Condition
    from tests.factories import ConditionFactory, MuscleFactory

    assert not hasattr(Condition, "is_published")
    for obj in (ConditionFactory(), MuscleFactory()):
        response = client.get(obj.get_absolute_url())
        assert response.status_code == 200
        assert BANNER not in response.content.decode()
