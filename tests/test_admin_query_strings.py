"""Every admin list and search box answers odd query strings with the list and a message.

Run on SQLite and on PostgreSQL (which refuses NUL characters and numbers too big for a column).
"""

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.urls import reverse

from backsite.admin_filters import QUERY_VALUE_MAX_LENGTH
from tests.factories import (
    MuscleFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

pytestmark = pytest.mark.django_db

CONTENT_APPS = {"backsite", "anatomy", "poses", "sequences", "taggit"}
CONTENT_ADMINS = [
    model_admin
    for model, model_admin in admin.site._registry.items()
    if model._meta.app_label in CONTENT_APPS
]
ODD_VALUES = [
    "abc",
    "\x00",
    "1\x00",
    "x" * 10_000,
    "",
    "99999999999999999999",
    "1,abc",
    "<script>",
]


def ids(model_admin):
    return model_admin.opts.label


@pytest.fixture
def content(db):
    pose = PoseFactory(tags=["gentle"])
    PoseMuscleFactory(pose=pose, muscle=MuscleFactory())
    SequenceStepFactory(sequence=SequenceFactory(), pose=pose)
    TipFactory().poses.add(pose)


def changelist(model_admin):
    return reverse(f"admin:{model_admin.opts.app_label}_{model_admin.opts.model_name}_changelist")


def filter_parameters(client, model_admin):
    """Every parameter the list's filters read, and the bare field names a person might type."""
    response = client.get(changelist(model_admin))
    assert response.status_code == 200
    names = set()
    for spec in response.context["cl"].filter_specs:
        names.update(spec.expected_parameters())
    for item in model_admin.list_filter:
        names.add(item if isinstance(item, str) else item.parameter_name)
    return sorted(names)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("model_admin", [a for a in CONTENT_ADMINS if a.list_filter], ids=ids)
def test_every_list_filter_leaves_out_an_odd_value_and_says_so(editor_client, content, model_admin):
    url = changelist(model_admin)
    names = filter_parameters(editor_client, model_admin)
    for name in names:
        for value in ODD_VALUES:
            response = editor_client.get(url, {name: value, "o": "1"})
            assert response.status_code == 302, (name, value)
            assert response.headers["Location"] == f"{url}?o=1"
            page = editor_client.get(response.headers["Location"])
            assert page.status_code == 200
            (message,) = messages_of(page)
            assert f"could not use {name}=" in message


@pytest.mark.parametrize("model_admin", CONTENT_ADMINS, ids=ids)
def test_every_search_box_refuses_nul_and_overlong_text_with_a_message(
    editor_client, content, model_admin
):
    url = changelist(model_admin)
    for value in ("\x00", "cobra\x00", "x" * (QUERY_VALUE_MAX_LENGTH + 1), "x" * 10_000):
        response = editor_client.get(url, {"q": value})
        assert response.status_code == 302
        assert response.headers["Location"] == url
        assert "could not use q=" in messages_of(editor_client.get(url))[0]
    for value in ("abc", "x" * QUERY_VALUE_MAX_LENGTH, "%_'\"\\", "ñ"):
        assert editor_client.get(url, {"q": value}).status_code == 200


def test_an_unknown_parameter_is_left_out_too(editor_client, content):
    url = reverse("admin:poses_pose_changelist")
    response = editor_client.get(url, {"secret__password": "x"}, follow=True)
    assert response.status_code == 200
    assert "could not use secret__password=" in messages_of(response)[0]


def test_a_valid_filter_value_still_filters(editor_client, content):
    pose = PoseFactory(english_name="Sphinx")
    muscle = MuscleFactory()
    PoseMuscleFactory(pose=pose, muscle=muscle)
    url = reverse("admin:poses_pose_changelist")
    response = editor_client.get(url, {"muscle_group": str(muscle.group.pk)})
    assert response.status_code == 200
    assert [p.pk for p in response.context["cl"].result_list] == [pose.pk]
    assert not messages_of(response)


AUTOCOMPLETES = [
    ("sequences", "sequencestep", "pose"),
    ("sequences", "tip", "poses"),
    ("sequences", "tip", "sequences"),
    ("sequences", "tip_poses", "tip"),
    ("sequences", "tip_sequences", "tip"),
    ("poses", "posemuscle", "muscle"),
    ("anatomy", "muscle", "parent"),
    ("poses", "verdict", "gentler"),
    ("poses", "posevariation", "to_pose"),
    # A tip picked from a pose's or a sequence's page (sequences/tip_inlines.py).
    ("sequences", "tip_poses", "tip"),
    ("sequences", "tip_sequences", "tip"),
]


@pytest.mark.parametrize(("app_label", "model_name", "field_name"), AUTOCOMPLETES)
@pytest.mark.parametrize("term", ["\x00", "co\x00bra", "x" * 10_000, "a " * 3_000])
def test_autocomplete_takes_any_term(
    editor_client, content, app_label, model_name, field_name, term
):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": term, "app_label": app_label, "model_name": model_name, "field_name": field_name},
    )
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_every_autocomplete_field_is_tested():
    found = set()
    for model, model_admin in admin.site._registry.items():
        for field in model_admin.autocomplete_fields:
            found.add((model._meta.app_label, model._meta.model_name, field))
        for inline in model_admin.inlines:
            for field in inline.autocomplete_fields:
                found.add((inline.model._meta.app_label, inline.model._meta.model_name, field))
    assert found == set(AUTOCOMPLETES)
