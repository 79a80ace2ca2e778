"""Editors manage content and nothing else; reviewers alone publish; visitors see no admin."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# Every model of the content apps is content an editor manages.
CONTENT_MODELS = {
    "backsite": {"page"},
    "anatomy": {"musclegroup", "muscle", "muscleoldslug"},
    "poses": {
        "pose",
        "posemuscle",
        "poseimage",
        "condition",
        "source",
        "verdict",
        "movement",
        "posevariation",
        "poseoldslug",
        "conditionoldslug",
    },  # fmt: skip
    "sequences": {"sequence", "sequencestep", "tip", "formeraddress"},
    "taggit": {"tag", "taggeditem"},
}
ACTIONS = ("add", "change", "delete", "view")
# The review workflow's records: editors read them; reviewers make them.
REVIEW_MODELS = {"review", "reviewsource", "pendingrevision"}
# Kept with accounts, not content: no group manages reviewers' profiles in the admin.
ACCOUNT_MODELS = {"reviewerprofile"}
# The pages reviewers sign off, each with its own publish permission.
PUBLISHED = {
    "anatomy": {"muscle"},
    "poses": {"pose", "condition"},
    "sequences": {"sequence"},
}

ACCOUNT_PAGES = [
    "admin:auth_user_changelist",
    "admin:auth_user_add",
    "admin:auth_group_changelist",
    "admin:auth_group_add",
]


def editor_permissions():
    return {
        (p.content_type.app_label, p.codename)
        for p in Group.objects.get(name="Editors").permissions.select_related("content_type")
    }


def test_editors_group_has_exactly_the_content_permissions():
    expected = {
        (app, f"{action}_{model}")
        for app, models in CONTENT_MODELS.items()
        for model in models
        for action in ACTIONS
    }
    expected |= {("backsite", f"view_{model}") for model in REVIEW_MODELS}
    assert editor_permissions() == expected
    assert set(CONTENT_MODELS) == set(settings.CONTENT_APPS)


def test_every_model_of_the_content_apps_is_in_the_editors_group():
    # A new content model without a permission grant would be invisible to editors.
    every = {
        (p.content_type.app_label, p.codename)
        for p in Permission.objects.filter(content_type__app_label__in=settings.CONTENT_APPS)
        if not p.codename.startswith("publish_")
        and p.content_type.model not in ACCOUNT_MODELS
        and not (p.content_type.model in REVIEW_MODELS and not p.codename.startswith("view_"))
    }
    assert editor_permissions() == every


def test_reviewers_group_publishes_the_reviewed_pages_and_records_reviews():
    granted = {
        (p.content_type.app_label, p.codename)
        for p in Group.objects.get(name="Reviewers").permissions.select_related("content_type")
    }
    expected = {
        (app, f"{action}_{model}")
        for app, models in PUBLISHED.items()
        for model in models
        for action in ("publish", "change", "view")
    }
    expected |= {("backsite", f"{action}_{model}") for model in REVIEW_MODELS for action in ACTIONS}
    assert granted == expected
    publish = {
        (p.content_type.app_label, p.codename)
        for p in Permission.objects.filter(codename__startswith="publish_")
    }
    assert publish == {(app, f"publish_{m}") for app, models in PUBLISHED.items() for m in models}


@pytest.mark.parametrize("name", ACCOUNT_PAGES)
def test_editor_is_refused_at_the_user_and_group_admin(editor_client, name):
    assert editor_client.get(reverse(name)).status_code == 403


def test_editor_cannot_open_or_change_another_account(editor_client):
    other = UserFactory(username="someone", is_staff=True)
    change = reverse("admin:auth_user_change", args=[other.pk])
    assert editor_client.get(change).status_code == 403
    response = editor_client.post(change, {"username": "someone", "is_superuser": "on"})
    assert response.status_code == 403
    other.refresh_from_db()
    assert not other.is_superuser
    password = reverse("admin:auth_user_password_change", args=[other.pk])
    assert editor_client.get(password).status_code == 403


def test_editor_cannot_add_an_account_by_posting(editor_client):
    response = editor_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "intruder",
            "password1": "x-long-pass-phrase-1",
            "password2": "x-long-pass-phrase-1",
        },
    )
    assert response.status_code == 403
    assert not UserFactory._meta.model.objects.filter(username="intruder").exists()


def test_editor_admin_index_lists_no_accounts(editor_client):
    content = editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:auth_user_changelist") not in content
    assert reverse("admin:auth_group_changelist") not in content
    assert reverse("admin:poses_pose_changelist") in content


@pytest.mark.parametrize(
    "name",
    [
        "admin:index",
        "admin:poses_pose_changelist",
        "admin:poses_pose_add",
        "admin:sequences_sequence_changelist",
        "admin:auth_user_changelist",
    ],
)
def test_anonymous_visitor_is_sent_to_the_login_page(client, db, name):
    path = reverse(name)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "next=" in response["Location"]


def test_signed_in_user_who_is_not_staff_gets_no_admin(client):
    client.force_login(UserFactory(is_staff=False))
    response = client.get(reverse("admin:poses_pose_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_the_editors_group_sees_no_content(client):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("admin:poses_pose_changelist")).status_code == 403
