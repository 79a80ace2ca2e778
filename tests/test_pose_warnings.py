"""Warnings before harm: unpublishing a pose that published sequences use asks first, and the
refusal to delete a pose in use links to the sequences that use it."""

import pytest

from poses.models import Pose
from sequences.models import Sequence
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory
from tests.test_admin import change_form_data, url

pytestmark = pytest.mark.django_db


def unpublish_form(client, pose):
    data = change_form_data(client.get(url(Pose, "change", pose.pk)))
    data.pop("is_published", None)
    return data


def test_unpublishing_a_pose_in_use_lists_the_sequences_and_asks_first(editor_client):
    pose = PoseFactory(english_name="Cobra")
    morning = SequenceFactory(title="Morning", is_published=True)
    SequenceStepFactory(sequence=morning, pose=pose)
    draft = SequenceFactory(title="Draft flow", is_published=False)
    SequenceStepFactory(sequence=draft, pose=pose)

    data = unpublish_form(editor_client, pose)
    response = editor_client.post(url(Pose, "change", pose.pk), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "“Cobra” is a step of 1 published sequence." in html
    assert f'<a href="{url(Sequence, "change", morning.pk)}">Morning</a>' in html
    assert "Draft flow" not in html
    pose.refresh_from_db()
    assert pose.is_published  # nothing saved yet

    # Confirming posts the same form again, with the confirmation.
    fields = response.context["fields"]
    confirmed = {}
    for name, value in fields:
        confirmed.setdefault(name, []).append(value)
    confirmed["_confirm_unpublish"] = "1"
    response = editor_client.post(url(Pose, "change", pose.pk), confirmed)
    assert response.status_code == 302
    pose.refresh_from_db()
    assert not pose.is_published


def test_unpublishing_a_pose_no_published_sequence_uses_asks_nothing(editor_client):
    pose = PoseFactory()
    SequenceStepFactory(sequence=SequenceFactory(is_published=False), pose=pose)
    response = editor_client.post(url(Pose, "change", pose.pk), unpublish_form(editor_client, pose))
    assert response.status_code == 302
    pose.refresh_from_db()
    assert not pose.is_published


def test_other_changes_to_a_pose_in_use_ask_nothing(editor_client):
    pose = PoseFactory()
    SequenceStepFactory(pose=pose)
    data = change_form_data(editor_client.get(url(Pose, "change", pose.pk)))
    data["summary"] = "Still published."
    assert editor_client.post(url(Pose, "change", pose.pk), data).status_code == 302


def test_the_refusal_to_delete_a_pose_in_use_links_to_its_sequences(editor_client):
    pose = PoseFactory(english_name="Cobra")
    flow = SequenceFactory(title="Back-pain flow", is_published=True)
    SequenceStepFactory(pose=pose, sequence=flow, position=3)
    draft = SequenceFactory(title="Evening", is_published=False)
    SequenceStepFactory(pose=pose, sequence=draft, position=1)
    for response in (
        editor_client.get(url(Pose, "delete", pose.pk)),
        editor_client.post(
            url(Pose, "changelist"), {"action": "delete_selected", "_selected_action": [pose.pk]}
        ),
    ):
        html = response.content.decode()
        assert "would require deleting the following protected related objects" in html
        assert (
            f'<a href="{url(Sequence, "change", flow.pk)}">Back-pain flow, step 3: Cobra</a>'
            " (published)" in html
        )
        assert (
            f'<a href="{url(Sequence, "change", draft.pk)}">Evening, step 1: Cobra</a> (draft)'
            in html
        )
    assert Pose.objects.filter(pk=pose.pk).exists()
