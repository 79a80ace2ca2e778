"""No lost update: two editors race through the real admin; the later save from an older form is
refused, the first one's change is kept and the second one's typed text is still on the page.

Runs on whichever database the suite runs on (SQLite by default, PostgreSQL in CI); the test with
two saves racing past validation at the same moment needs PostgreSQL's row locks.
"""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client

from anatomy.models import Muscle, MuscleGroup
from backsite.admin_versions import VERSION_FIELD
from backsite.models import Page
from poses.models import Condition, Pose
from sequences.models import Sequence, Tip
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
    make_editor,
    make_reviewer,
)
from tests.test_admin import change_form_data, url

pytestmark = pytest.mark.django_db

STALE = "Someone else saved this"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def two_editors(db):
    # Reviewers: their saves of public pages apply at once (a plain editor's wait for review,
    # tests/test_review_workflow.py), so the race is between two real saves.
    return signed_in(make_reviewer(username="ann")), signed_in(make_reviewer(username="ben"))


def open_form(client, obj):
    response = client.get(url(type(obj), "change", obj.pk))
    assert response.status_code == 200
    return change_form_data(response)


def post(client, obj, data):
    return client.post(url(type(obj), "change", obj.pk), data)


# Each versioned admin: (factory, a text field an editor types into).
EDITABLE = [
    (PoseFactory, "summary"),
    (MuscleGroupFactory, "summary"),
    (MuscleFactory, "location"),
    (SequenceFactory, "introduction"),
    (TipFactory, "body"),
    (ConditionFactory, "description"),
    (lambda: Page.objects.create(slug="home", title="Home", body="Welcome."), "body"),
]


@pytest.mark.parametrize(("make", "field"), EDITABLE)
def test_a_save_from_an_older_form_is_refused_and_keeps_what_was_typed(two_editors, make, field):
    ann, ben = two_editors
    obj = make()
    ann_form, ben_form = open_form(ann, obj), open_form(ben, obj)
    assert ann_form[VERSION_FIELD] == str(obj.version)

    ann_form[field] = "Ann's change, saved first."
    assert post(ann, obj, ann_form).status_code == 302

    ben_form[field] = "Ben typed this <b>by hand</b> and must not lose it."
    response = post(ben, obj, ben_form)

    assert response.status_code == 200
    page = response.content.decode()
    assert STALE in page
    # The link to the newer version is a real link to the change page.
    assert f'href="{url(type(obj), "change", obj.pk)}"' in page
    # Ben's text is still in his form (escaped, as the admin shows any typed value).
    assert "Ben typed this &lt;b&gt;by hand&lt;/b&gt; and must not lose it." in page
    obj.refresh_from_db()
    assert getattr(obj, field) == "Ann's change, saved first."
    assert obj.version == int(ann_form[VERSION_FIELD]) + 1


def test_a_form_opened_after_the_save_saves_normally(two_editors):
    ann, ben = two_editors
    pose = PoseFactory()
    ann_form = open_form(ann, pose)
    ann_form["summary"] = "First."
    assert post(ann, pose, ann_form).status_code == 302
    ben_form = open_form(ben, pose)
    ben_form["summary"] = "Second, from the newer version."
    assert post(ben, pose, ben_form).status_code == 302
    pose.refresh_from_db()
    assert (pose.summary, pose.version) == ("Second, from the newer version.", 3)


def test_the_refused_form_stays_refused_until_the_editor_opens_the_newer_version(two_editors):
    ann, ben = two_editors
    pose = PoseFactory()
    ann_form, ben_form = open_form(ann, pose), open_form(ben, pose)
    ann_form["summary"] = "Ann's."
    post(ann, pose, ann_form)
    ben_form["summary"] = "Ben's."
    first = post(ben, pose, ben_form)
    # Submitting the re-shown form again (it still carries the old version) is refused again.
    again = change_form_data(first)
    assert again["summary"] == "Ben's."
    assert STALE in post(ben, pose, again).content.decode()
    pose.refresh_from_db()
    assert pose.summary == "Ann's."


def test_saving_only_a_step_makes_the_sequence_newer(two_editors):
    """Steps are part of their sequence: a change to a step alone refuses an older sequence form."""
    ann, ben = two_editors
    sequence = SequenceFactory()
    step = SequenceStepFactory(sequence=sequence, notes="Breathe out.")
    ann_form, ben_form = open_form(ann, sequence), open_form(ben, sequence)

    ann_form["steps-0-notes"] = "Breathe out slowly."
    assert post(ann, sequence, ann_form).status_code == 302

    ben_form["steps-0-notes"] = "Ben's note for the step."
    response = post(ben, sequence, ben_form)
    assert STALE in response.content.decode()
    assert "Ben&#x27;s note for the step." in response.content.decode()
    step.refresh_from_db()
    assert step.notes == "Breathe out slowly."


def test_saving_only_a_verdict_makes_the_pose_newer(two_editors):
    ann, ben = two_editors
    condition = ConditionFactory(name="Pregnancy")
    pose = PoseFactory(is_published=False)
    ann_form, ben_form = open_form(ann, pose), open_form(ben, pose)
    prefix = "verdicts"
    ann_form.update(
        {
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-0-condition": str(condition.pk),
            f"{prefix}-0-rating": "avoid",
            f"{prefix}-0-note": "Lying on the front.",
        }
    )
    assert post(ann, pose, ann_form).status_code == 302
    ben_form["summary"] = "Ben's summary."
    assert STALE in post(ben, pose, ben_form).content.decode()
    pose.refresh_from_db()
    assert pose.verdicts.get().note == "Lying on the front."
    assert pose.summary != "Ben's summary."


def test_an_editor_who_may_only_view_sees_no_version_field(db):
    from django.contrib.auth.models import Permission

    viewer = make_editor(username="viewer")
    viewer.groups.clear()
    viewer.user_permissions.add(Permission.objects.get(codename="view_pose"))
    pose = PoseFactory()
    response = signed_in(viewer).get(url(Pose, "change", pose.pk))
    assert response.status_code == 200
    assert VERSION_FIELD not in response.content.decode()


def test_every_save_outside_the_admin_counts_too(db):
    """load_demo, the shell, a script: a plain save makes open forms older as well."""
    group = MuscleGroupFactory()
    muscle = MuscleFactory(group=group)
    tip = TipFactory()
    for obj in (group, muscle, tip):
        before = obj.version
        obj.save()
        assert obj.version == before + 1
        obj.refresh_from_db()
        assert obj.version == before + 1
    # The image worker's own records are not an editor's change.
    pose = PoseFactory()
    pose.save(update_fields=["image_renditions"])
    pose.refresh_from_db()
    assert pose.version == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="two transactions at once need PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_two_saves_racing_past_validation_cannot_both_win():
    """Ann's save has claimed the next version and not yet committed when Ben's arrives: Ben's
    form validates against the committed version, then waits on the row, and is refused."""
    ann_user, ben_user = make_reviewer(username="ann"), make_reviewer(username="ben")
    pose = PoseFactory(summary="Original.")
    ben = signed_in(ben_user)
    ben_form = open_form(ben, pose)
    ben_form["summary"] = "Ben's, racing."

    claimed, release = threading.Event(), threading.Event()

    def ann_saves():
        try:
            with transaction.atomic():
                obj = Pose.objects.get(pk=pose.pk)
                obj.claim_version(obj.version)
                obj.summary = "Ann's, first."
                claimed.set()
                release.wait(10)
                obj.save()
        finally:
            connection.close()

    thread = threading.Thread(target=ann_saves)
    thread.start()
    assert claimed.wait(10)
    threading.Timer(1.0, release.set).start()  # Ben's request blocks on the row meanwhile
    response = post(ben, pose, ben_form)
    thread.join(10)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    pose.refresh_from_db()
    assert (pose.summary, pose.version) == ("Ann's, first.", 2)
    del ann_user


@pytest.mark.parametrize("model", [Pose, Muscle, MuscleGroup, Sequence, Tip, Condition, Page])
def test_each_editable_model_counts_versions(model):
    assert model._meta.get_field("version").editable is False


def test_a_tip_row_from_an_older_page_cannot_write_over_the_tip(two_editors):
    """A tip is edited on its own page and from each pose and sequence it belongs to: a row opened
    before someone else saved the tip is refused rather than putting its older words back."""
    ann, ben = two_editors
    sequence = SequenceFactory()
    tip = TipFactory(title="Warm up", body="Move gently first.")
    tip.sequences.add(sequence)
    ben_form = open_form(ben, sequence)
    ann_form = open_form(ann, tip)
    ann_form["body"] = "Ann's better words."
    assert post(ann, tip, ann_form).status_code == 302

    prefix = next(key for key in ben_form if key.endswith("-0-tip_version")).removesuffix(
        "-0-tip_version"
    )
    ben_form[f"{prefix}-0-body"] = "Ben's words for the tip."
    response = post(ben, sequence, ben_form)
    assert response.status_code == 200
    page = response.content.decode()
    assert STALE in page and "Ben&#x27;s words for the tip." in page
    tip.refresh_from_db()
    assert tip.body == "Ann's better words."
