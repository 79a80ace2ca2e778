"""Editors keep the safety model in the admin: the verdict matrix and the publishing rule."""

import pytest
from django.urls import reverse

from poses.models import Condition, Movement, Pose, Rating, Verdict
from tests.factories import ConditionFactory, PoseFactory, VerdictFactory
from tests.test_admin import change_form_data, errors_of

pytestmark = pytest.mark.django_db


def change_url(pose):
    return reverse("admin:poses_pose_change", args=[pose.pk])


@pytest.fixture
def conditions():
    return [
        ConditionFactory(name="Pregnancy", order=1),
        ConditionFactory(name="Knee problems", order=2),
        ConditionFactory(name="Osteoporosis", order=3),
    ]


def test_the_matrix_offers_a_row_for_every_condition_without_a_verdict(editor_client, conditions):
    pose = PoseFactory(is_published=False)
    VerdictFactory(pose=pose, condition=conditions[1], rating=Rating.AVOID)
    response = editor_client.get(change_url(pose))
    formset = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "verdicts"
    )
    assert [form.instance.condition for form in formset.initial_forms] == [conditions[1]]
    assert [form.initial["condition"] for form in formset.extra_forms] == [
        conditions[0].pk,
        conditions[2].pk,
    ]
    assert "not yet reviewed" in response.content.decode()


def test_editor_sets_verdicts_in_the_matrix(editor_client, conditions):
    pose = PoseFactory(is_published=False)
    gentler = PoseFactory(english_name="Sphinx")
    data = change_form_data(editor_client.get(change_url(pose)))
    data.update(
        {
            "verdicts-TOTAL_FORMS": "3",
            "verdicts-0-condition": str(conditions[0].pk),
            "verdicts-0-rating": Rating.AVOID,
            "verdicts-0-note": "Lying on the front.",
            "verdicts-1-condition": str(conditions[1].pk),
            "verdicts-1-rating": Rating.ADAPT,
            "verdicts-1-change": "Pad the knees.",
            "verdicts-1-gentler": str(gentler.pk),
            "verdicts-2-condition": str(conditions[2].pk),
            "verdicts-2-rating": "",
        }
    )
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 302, errors_of(response)
    saved = {v.condition.name: v for v in pose.verdicts.all()}
    assert set(saved) == {"Pregnancy", "Knee problems"}  # the empty row stays unreviewed
    assert saved["Knee problems"].gentler == gentler


def test_adapt_without_what_to_change_is_refused_with_a_message(editor_client, conditions):
    pose = PoseFactory(is_published=False)
    data = change_form_data(editor_client.get(change_url(pose)))
    data.update(
        {
            "verdicts-TOTAL_FORMS": "1",
            "verdicts-0-condition": str(conditions[0].pk),
            "verdicts-0-rating": Rating.ADAPT,
        }
    )
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 200
    assert "Say what to change when the verdict is 'adapt'." in errors_of(response)


def test_publishing_is_refused_naming_the_cautions_and_the_missing_verdicts(
    editor_client, conditions
):
    pose = PoseFactory(is_published=False, cautions="")
    VerdictFactory(pose=pose, condition=conditions[0])
    data = change_form_data(editor_client.get(change_url(pose)))
    data["is_published"] = "on"
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 200
    assert (
        "A pose can be published only with cautions and a verdict for every condition. "
        "Still missing: cautions; verdicts for Knee problems and Osteoporosis."
    ) in " ".join(errors_of(response))
    pose.refresh_from_db()
    assert not pose.is_published


def test_publishing_succeeds_with_cautions_and_every_verdict(editor_client, conditions):
    pose = PoseFactory(is_published=False, cautions="Go gently.")
    for condition in conditions:
        VerdictFactory(pose=pose, condition=condition)
    data = change_form_data(editor_client.get(change_url(pose)))
    data["is_published"] = "on"
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 302, errors_of(response)
    pose.refresh_from_db()
    assert pose.is_published


def test_a_draft_saves_without_verdicts(editor_client, conditions):
    pose = PoseFactory(is_published=False, cautions="")
    data = change_form_data(editor_client.get(change_url(pose)))
    data["summary"] = "Still being written."
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 302, errors_of(response)


def test_deleting_a_verdict_of_a_published_pose_is_refused(editor_client, conditions):
    pose = PoseFactory(cautions="Go gently.")
    for condition in conditions:
        VerdictFactory(pose=pose, condition=condition)
    data = change_form_data(editor_client.get(change_url(pose)))
    data["verdicts-0-DELETE"] = "on"
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 200
    assert "Still missing: a verdict for Pregnancy." in " ".join(errors_of(response))
    assert Verdict.objects.filter(pose=pose).count() == 3


def test_editor_ticks_a_pose_s_movements(editor_client, conditions):
    pose = PoseFactory(is_published=False)
    data = change_form_data(editor_client.get(change_url(pose)))
    data["movements"] = [
        str(m.pk) for m in Movement.objects.filter(slug__in=["prone", "extension"])
    ]
    response = editor_client.post(change_url(pose), data)
    assert response.status_code == 302, errors_of(response)
    assert set(pose.movements.values_list("slug", flat=True)) == {"prone", "extension"}


def test_editor_adds_a_condition_with_its_sources(editor_client):
    response = editor_client.post(
        reverse("admin:poses_condition_add"),
        {
            "name": "Scoliosis",
            "short_name": "scoliosis",
            "slug": "scoliosis",
            "description": "A sideways curve of the spine.",
            "helps": "Gentle, even strengthening.",
            "careful": "Deep twists.",
            "red_flags": "",
            "order": "11",
            "sources-TOTAL_FORMS": "1",
            "sources-INITIAL_FORMS": "0",
            "sources-0-title": "NHS: Scoliosis",
            "sources-0-url": "https://www.nhs.uk/conditions/scoliosis/",
            "sources-0-order": "1",
        },
    )
    assert response.status_code == 302
    condition = Condition.objects.get(slug="scoliosis")
    assert condition.sources.get().title == "NHS: Scoliosis"
    assert condition.helps_html == "<p>Gentle, even strengthening.</p>"


def test_the_movements_cannot_be_added_or_deleted_in_the_admin(editor_client):
    assert editor_client.get(reverse("admin:poses_movement_add")).status_code == 403
    movement = Movement.objects.first()
    delete = reverse("admin:poses_movement_delete", args=[movement.pk])
    assert editor_client.get(delete).status_code == 403
    assert Pose.objects.count() == 0
