"""load_demo brings a site set up by an older Backsite up to today's founding sequences, once,
and only where editors left the older content as it was; today's sequences pass their own check."""

from inspect import cleandoc
from io import StringIO

import pytest
from django.core.management import call_command

from backsite.models import Page
from poses.conditions.movements import ensure_movements
from poses.models import Category, Level, Pose
from sequences.balance import sequence_balance
from sequences.demo import revisions
from sequences.models import FormerAddress, Sequence, Tip
from tests.factories import PoseFactory

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def as_older_backsite_left_it():
    """The founding sequences, the home page and a tip as an older load_demo wrote them."""
    steady = Sequence.objects.get(slug="steady-back-and-legs")
    steady.slug, steady.title, steady.level = "standing-sequence", "Standing sequence", "beginner"
    steady.save()
    FormerAddress.objects.all().delete()

    flow = Sequence.objects.get(slug="back-pain-flow")
    flow.steps.filter(pose__slug=revisions.WALL_L).delete()
    for position, step in enumerate(flow.steps.order_by("position"), start=1):
        step.position = position
        if step.pose.slug == "handstand":
            step.optional, step.optional_reason = False, ""
            step.notes = cleandoc(revisions.OLD_HANDSTAND_NOTES)
        step.save()
    rest = flow.introduction.split("\n\n", 1)[1]
    flow.introduction = cleandoc(revisions.OLD_FLOW_INTRO_START) + "\n\n" + rest
    flow.level = "beginner"
    flow.save()

    for model, lookup, field, old, new in revisions.TEXTS:
        obj = model.objects.get(**lookup)
        setattr(obj, field, getattr(obj, field).replace(new, old))
        obj.save()


def flow_poses():
    flow = Sequence.objects.get(slug="back-pain-flow")
    return [
        (s.pose.slug, s.optional) for s in flow.steps.select_related("pose").order_by("position")
    ]


def wall_l():
    """The wall "L" pose: the founding one once load_demo has added it (variations.py)."""
    existing = Pose.objects.filter(slug=revisions.WALL_L).first()
    if existing is not None:
        return existing
    wall = PoseFactory(
        slug=revisions.WALL_L,
        english_name="Wall L",
        category=Category.INVERSION,
        level=Level.INTERMEDIATE,
    )
    movements = ensure_movements()
    wall.movements.set([movements[m] for m in ("spinal-load", "head-below-heart", "wrist-load")])
    return wall


def test_an_older_site_is_brought_up_to_date_once(client):
    load_demo()
    as_older_backsite_left_it()
    assert [slug for slug, _ in flow_poses()] == revisions.OLD_FLOW_POSES

    output = load_demo()

    assert "updates to older founding content" in output
    steady = Sequence.objects.get(slug="steady-back-and-legs")
    assert steady.title == "Steady back and legs" and steady.level == "intermediate"
    assert ("handstand", True) in flow_poses()
    handstand = Sequence.objects.get(slug="back-pain-flow").steps.get(pose__slug="handstand")
    assert handstand.optional_reason == "for experienced practitioners"
    assert "steady back and legs" in Page.objects.get(slug="home").body
    assert "this sequence show deep poses" in Tip.objects.get(title__contains="smaller").body
    response = client.get("/sequences/standing-sequence/practice/?rounds=2")
    assert response.status_code == 301
    assert response["Location"] == "/sequences/steady-back-and-legs/practice/?rounds=2"
    assert client.get("/sequences/standing-sequence/", follow=True).status_code == 200

    again = load_demo()
    assert again.startswith("Nothing to add"), again


def test_the_wall_l_comes_before_the_optional_handstand_when_its_pose_exists():
    load_demo()
    as_older_backsite_left_it()
    wall_l()

    load_demo()

    poses = flow_poses()
    index = poses.index((revisions.WALL_L, False))
    assert poses[index + 1] == ("handstand", True)
    flow = Sequence.objects.get(slug="back-pain-flow")
    assert flow.level == "intermediate"
    assert 'the wall "L"' in flow.introduction and "Step 9 is a" not in flow.introduction
    assert load_demo().startswith("Nothing to add")


def test_a_fresh_site_with_the_wall_l_pose_has_it_before_the_handstand_until_an_editor_removes_it():
    wall = wall_l()
    load_demo()
    poses = flow_poses()
    assert poses[poses.index((revisions.WALL_L, False)) + 1] == ("handstand", True)
    flow = Sequence.objects.get(slug="back-pain-flow")
    flow.steps.filter(pose=wall).delete()  # an editor takes it out: it stays out
    load_demo()
    assert (revisions.WALL_L, False) not in flow_poses()


def test_what_editors_changed_is_left_as_they_left_it():
    load_demo()
    as_older_backsite_left_it()
    standing = Sequence.objects.get(slug="standing-sequence")
    standing.title = "Our standing practice"
    standing.save()
    handstand = Sequence.objects.get(slug="back-pain-flow").steps.get(pose__slug="handstand")
    handstand.notes = "Our own words."
    handstand.save()

    load_demo()

    assert Sequence.objects.get(pk=standing.pk).slug == "standing-sequence"
    handstand.refresh_from_db()
    assert handstand.optional is False and handstand.notes == "Our own words."


def test_each_founding_sequence_passes_its_own_balance_check_or_says_why():
    load_demo()
    for sequence in Sequence.objects.with_movements():
        result = sequence_balance(sequence)
        assert result.balance.passes or sequence.balance_note.strip(), (
            sequence.slug,
            [w.message for w in result.balance.warnings],
        )
