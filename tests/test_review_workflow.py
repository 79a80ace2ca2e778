"""Editors write, reviewers publish: held changes, approval, rejection and review records, all
through the real admin with the test client."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from anatomy.models import Muscle
from backsite.models import PendingRevision, Review, ReviewSource
from poses.models import Condition, Pose, Rating, Verdict
from sequences.models import Sequence
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
)
from tests.test_admin import change_form_data, errors_of, management, step_fields, url
from tests.test_history import restore, save_through_admin, versions_of

pytestmark = pytest.mark.django_db


def review_data(decision, **overrides):
    data = {
        "decision": decision,
        "reviewer_name": "Sam Patel",
        "reviewer_credentials": "Physiotherapist, MCSP",
        "reviewer_kind": "person",
        "reviewed_on": timezone.localdate().isoformat(),
        "note": "",
        **management("sources", 2),
        "sources-0-title": "NHS: Back pain",
        "sources-0-url": "https://www.nhs.uk/conditions/back-pain/",
        "sources-1-title": "",
        "sources-1-url": "",
    }
    data.update(overrides)
    return data


# Each role has its own browser; the plain ``client`` is a visitor who is not signed in.
@pytest.fixture
def writer_client(writer):
    browser = Client()
    browser.force_login(writer)
    return browser


@pytest.fixture
def reviewer_client(reviewer):
    browser = Client()
    browser.force_login(reviewer)
    return browser


def edit_summary(client, pose, summary):
    data = change_form_data(client.get(url(Pose, "change", pose.pk)))
    data["summary"] = summary
    return client.post(url(Pose, "change", pose.pk), data, follow=True)


def test_an_editors_change_to_a_public_pose_waits_and_visitors_keep_the_approved_text(
    writer, writer_client, reviewer_client, client
):
    pose = PoseFactory(summary="The approved summary.")
    response = edit_summary(writer_client, pose, "A summary nobody has checked.")

    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert any("waits for a reviewer" in m for m in shown), shown
    assert not any("changed successfully" in m for m in shown), shown
    pose.refresh_from_db()
    assert pose.summary == "The approved summary."
    page = client.get(pose.get_absolute_url()).content.decode()
    assert "The approved summary." in page and "nobody has checked" not in page

    held = PendingRevision.objects.get()
    assert (held.status, held.author_name) == ("pending", writer.username)
    listed = reviewer_client.get(reverse("admin:backsite_pendingrevision_changelist"))
    assert pose.english_name in listed.content.decode()

    review_page = reviewer_client.get(url(Pose, "review", pose.pk))
    assert review_page.status_code == 200
    text = review_page.content.decode()
    assert "The approved summary." in text and "A summary nobody has checked." in text

    done = reviewer_client.post(url(Pose, "review", pose.pk), review_data("approve"))
    assert done.status_code == 302, done.context and done.context["form"].errors
    pose.refresh_from_db()
    assert pose.summary == "A summary nobody has checked."
    held.refresh_from_db()
    assert held.status == "approved" and held.decided_by
    page = client.get(pose.get_absolute_url()).content.decode()
    assert "A summary nobody has checked." in page
    assert "Reviewed by <strong>Sam Patel</strong>, Physiotherapist, MCSP, on" in page
    assert 'href="https://www.nhs.uk/conditions/back-pain/" rel="external noopener"' in page


def test_a_held_change_keeps_the_inlines_and_approval_applies_them(writer_client, reviewer_client):
    first, second, added = PoseFactory(), PoseFactory(), PoseFactory(english_name="Added pose")
    sequence = SequenceFactory(is_published=True)
    SequenceStepFactory(sequence=sequence, pose=first, position=1)
    SequenceStepFactory(sequence=sequence, pose=second, position=2)
    data = change_form_data(writer_client.get(url(Sequence, "change", sequence.pk)))
    data.update(management("steps", 3, 2))
    data.update(step_fields(2, added, 3))
    response = writer_client.post(url(Sequence, "change", sequence.pk), data)
    assert response.status_code == 302, errors_of(response)
    assert sequence.steps.count() == 2

    change_page = reviewer_client.get(url(Sequence, "change", sequence.pk)).content.decode()
    assert "A change is waiting for review" in change_page
    assert "Added pose" in change_page  # the diff lists the new step

    reviewer_client.post(url(Sequence, "review", sequence.pk), review_data("approve"))
    assert [s.pose.english_name for s in sequence.steps.order_by("position")] == [
        first.english_name,
        second.english_name,
        "Added pose",
    ]


def test_a_rejected_change_is_discarded_with_its_message(writer_client, reviewer_client):
    pose = PoseFactory(summary="Kept.")
    edit_summary(writer_client, pose, "Thrown away.")
    response = reviewer_client.post(
        url(Pose, "review", pose.pk),
        {"decision": "reject", "decision_note": "Please cite a source."},
        follow=True,
    )
    assert any("rejected" in str(m) for m in response.context["messages"])
    held = PendingRevision.objects.get()
    assert held.status == "rejected" and held.decision_note == "Please cite a source."
    pose.refresh_from_db()
    assert pose.summary == "Kept."
    assert not Review.objects.exists()
    # The editor reads why on the pose's admin page, and in the list of changes.
    page = writer_client.get(url(Pose, "change", pose.pk)).content.decode()
    assert "was rejected by" in page and "“Please cite a source.”" in page
    listed = writer_client.get(
        reverse("admin:backsite_pendingrevision_changelist"), {"status__exact": "rejected"}
    ).content.decode()
    assert "Please cite a source." in listed


def test_an_editor_cannot_publish_unpublish_delete_or_review(writer_client):
    draft = PoseFactory(is_published=False)
    data = change_form_data(writer_client.get(url(Pose, "change", draft.pk)))
    data["is_published"] = "on"
    data["summary"] = "Draft text."
    assert writer_client.post(url(Pose, "change", draft.pk), data).status_code == 302
    draft.refresh_from_db()
    # A draft saves at once (visitors cannot see it), but stays a draft.
    assert draft.summary == "Draft text." and not draft.is_published
    assert not PendingRevision.objects.exists()

    public = PoseFactory()
    assert writer_client.get(url(Pose, "review", public.pk)).status_code == 403
    assert (
        writer_client.post(url(Pose, "review", draft.pk), review_data("publish")).status_code == 403
    )
    assert writer_client.post(url(Pose, "delete", public.pk), {"post": "yes"}).status_code == 403
    assert Pose.objects.filter(pk=public.pk, is_published=True).exists()
    data = change_form_data(writer_client.get(url(Pose, "change", public.pk)))
    data.pop("is_published", None)  # the field is read-only: unticking it changes nothing
    writer_client.post(url(Pose, "change", public.pk), data)
    assert Pose.objects.get(pk=public.pk).is_published


def test_a_reviewer_publishes_a_draft_with_a_review(reviewer_client, client):
    pose = PoseFactory(is_published=False)
    for condition in Condition.objects.all():
        Verdict.objects.create(pose=pose, condition=condition, rating=Rating.FINE)
    response = reviewer_client.post(url(Pose, "review", pose.pk), review_data("publish"))
    assert response.status_code == 302
    pose.refresh_from_db()
    assert pose.is_published
    review = Review.objects.for_object(pose).get()
    assert review.reviewer_name == "Sam Patel" and review.recorded_by
    assert [s.url for s in review.sources.all()] == ["https://www.nhs.uk/conditions/back-pain/"]
    assert client.get(pose.get_absolute_url()).status_code == 200


def test_publishing_keeps_the_poses_publishing_rule(reviewer_client):
    ConditionFactory(name="Sciatica")
    pose = PoseFactory(is_published=False, cautions="")
    response = reviewer_client.post(url(Pose, "review", pose.pk), review_data("publish"))
    assert response.status_code == 200
    assert "Still missing: cautions; a verdict for Sciatica" in response.content.decode()
    pose.refresh_from_db()
    assert not pose.is_published and not Review.objects.exists()


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x"],
)
def test_a_source_must_be_a_web_address(reviewer_client, address):
    muscle = MuscleFactory()
    response = reviewer_client.post(
        url(type(muscle), "review", muscle.pk),
        review_data("review", **{"sources-0-url": address}),
    )
    assert response.status_code == 200
    assert "starts with http:// or https://" in response.content.decode()
    assert not ReviewSource.objects.exists()


def test_a_source_needs_its_title_and_a_review_no_future_date(reviewer_client):
    muscle = MuscleFactory()
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    response = reviewer_client.post(
        url(type(muscle), "review", muscle.pk),
        review_data("review", **{"sources-0-title": "", "reviewed_on": tomorrow}),
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "Give both the title and the address" in text
    assert "cannot be dated in the future" in text


def test_approving_over_a_later_change_asks_first(writer_client, reviewer_client):
    pose = PoseFactory(summary="One.", benefits="Calm.")
    edit_summary(writer_client, pose, "Two.")
    Pose.objects.filter(pk=pose.pk).update(benefits="Changed by a reviewer meanwhile.")
    response = reviewer_client.post(url(Pose, "review", pose.pk), review_data("approve"))
    assert response.status_code == 200
    assert "would undo those later changes" in response.content.decode()
    assert Pose.objects.get(pk=pose.pk).summary == "One."
    response = reviewer_client.post(
        url(Pose, "review", pose.pk), review_data("approve", overwrite="1")
    )
    assert response.status_code == 302
    assert Pose.objects.get(pk=pose.pk).summary == "Two."


def test_a_second_change_replaces_the_first_and_says_so(writer_client):
    pose = PoseFactory(summary="One.")
    edit_summary(writer_client, pose, "Two.")
    response = edit_summary(writer_client, pose, "Three.")
    assert any("replaces the change saved earlier" in str(m) for m in response.context["messages"])
    held = PendingRevision.objects.get()
    assert held.draft["object"]["fields"]["summary"] == "Three."


def test_pages_due_for_review(reviewer_client, settings):
    settings.REVIEW_MAX_AGE_DAYS = 30
    fresh, stale, never = PoseFactory(), PoseFactory(), PoseFactory()
    PoseFactory(is_published=False)  # drafts are not due
    today = timezone.localdate()
    Review.objects.create(page=fresh, reviewer_name="A", reviewed_on=today)
    Review.objects.create(page=stale, reviewer_name="A", reviewed_on=today - dt.timedelta(days=31))
    response = reviewer_client.get(reverse("admin:backsite_pendingrevision_due"))
    assert response.status_code == 200
    listed = {str(page) for _, pages in response.context["groups"] for page, _, _ in pages}
    assert {stale.english_name, never.english_name} <= listed
    assert fresh.english_name not in listed
    assert "30 days" in response.content.decode()


def test_an_editors_restore_of_an_old_version_is_held_too(editor_client, writer_client):
    pose = PoseFactory(summary="The good summary.")
    save_through_admin(editor_client, pose)  # the version worth going back to
    good = versions_of(pose)[-1]
    save_through_admin(editor_client, pose, summary="The approved later summary.")

    restore(writer_client, pose, good)

    pose.refresh_from_db()
    assert pose.summary == "The approved later summary."  # visitors' version is untouched
    held = PendingRevision.objects.get()
    assert held.draft["object"]["fields"]["summary"] == "The good summary."
    assert len(versions_of(pose)) == 2  # the restore left no version behind


def test_an_editor_cannot_recover_a_public_page_that_was_deleted(editor_client, writer_client):
    pose = PoseFactory()
    assert editor_client.post(url(Pose, "delete", pose.pk), {"post": "yes"}).status_code == 302
    deleted = Version.objects.get_deleted(Pose).get(object_id=str(pose.pk))
    response = writer_client.post(url(Pose, "recover", deleted.pk), {}, follow=True)
    assert any("a reviewer does it" in str(m) for m in response.context["messages"])
    assert not Pose.objects.filter(pk=pose.pk).exists()
    page = editor_client.get(url(Pose, "recover", deleted.pk))
    response = editor_client.post(url(Pose, "recover", deleted.pk), change_form_data(page))
    assert response.status_code == 302
    assert Pose.objects.get(pk=pose.pk).is_published


def test_only_a_reviewer_adds_a_page_that_has_no_draft(writer_client, reviewer_client):
    # A muscle or a condition is public as soon as it exists, so adding one is publishing.
    for model in (Muscle, Condition):
        assert writer_client.get(url(model, "add")).status_code == 403
        assert reviewer_client.get(url(model, "add")).status_code == 200
    # A pose or a sequence starts as a draft: editors add those.
    assert writer_client.get(url(Pose, "add")).status_code == 200
    assert writer_client.get(url(Sequence, "add")).status_code == 200


def test_an_editors_change_to_a_pose_in_a_sequence_is_held_not_taken_for_unpublishing(
    writer_client,
):
    pose = PoseFactory(summary="Before.")
    SequenceStepFactory(sequence=SequenceFactory(is_published=True), pose=pose, position=1)
    response = edit_summary(writer_client, pose, "After.")
    assert "Unpublish" not in response.content.decode()
    assert PendingRevision.objects.get().draft["object"]["fields"]["summary"] == "After."
    assert Pose.objects.get(pk=pose.pk).is_published
