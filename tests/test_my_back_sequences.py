"""Sequence steps flagged for ?for=, and "Make it safer for me": swaps, drops and the rule."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from poses.conditions.selection import read_choice
from poses.models import Rating
from sequences.safety import DROP, KEEP, SWAP, safer_steps
from tests.factories import (
    ConditionFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def flow():
    """A flow of cat-cow, cobra, handstand and fish; stenosis and pregnancy are known."""
    stenosis = ConditionFactory(slug="stenosis", short_name="stenosis", order=1)
    pregnancy = ConditionFactory(slug="pregnancy", short_name="pregnancy", order=2)
    cat = PoseFactory(english_name="Cat–cow", slug="cat-cow")
    child = PoseFactory(english_name="Child's pose", slug="childs-pose")
    cobra = PoseFactory(english_name="Cobra", slug="cobra")
    handstand = PoseFactory(english_name="Handstand", slug="handstand")
    fish = PoseFactory(english_name="Fish", slug="fish")
    for pose in (cat, child):
        for condition in (stenosis, pregnancy):
            VerdictFactory(pose=pose, condition=condition, rating=Rating.FINE)
    VerdictFactory(pose=cobra, condition=stenosis, rating=Rating.AVOID, gentler=child)
    VerdictFactory(
        pose=cobra, condition=pregnancy, rating=Rating.ADAPT, change="Stay low.", gentler=cat
    )
    for condition in (stenosis, pregnancy):
        VerdictFactory(
            pose=handstand, condition=condition, rating=Rating.AVOID, gentler=child,
            note="Not for a sore back.",
        )  # fmt: skip
    VerdictFactory(pose=fish, condition=stenosis, rating=Rating.AVOID, gentler=cobra)
    sequence = SequenceFactory(slug="flow", title="Back-pain flow")
    for position, pose in enumerate((cat, cobra, handstand, fish), start=1):
        SequenceStepFactory(sequence=sequence, pose=pose, position=position, notes="Own note.")
    return sequence


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_each_step_is_flagged_for_the_chosen_conditions(client, flow):
    html = get(client, "/sequences/flow/?for=stenosis,pregnancy")
    assert html.count('class="step-flags"') == 4
    assert "Avoid with stenosis" in html
    assert "Adapt with pregnancy" in html and "Stay low." in html
    assert "Not yet reviewed for pregnancy" in html  # fish has no pregnancy verdict
    assert 'href="/poses/childs-pose/?for=stenosis,pregnancy">Child&#x27;s pose</a>' in html


def test_without_a_choice_steps_carry_no_flags_and_the_safer_link_explains(client, flow):
    html = get(client, "/sequences/flow/")
    assert "step-flags" not in html
    assert "Make it safer for me" in html
    assert reverse("sequences:safer", args=["flow"]) in html


def test_the_safer_version_swaps_or_drops_each_step_to_avoid(flow):
    choice = read_choice(RequestFactory().get("/", {"for": "stenosis"}))
    plan = safer_steps(list(flow.steps.select_related("pose")), choice)
    assert [(item.action, item.pose and item.pose.slug) for item in plan] == [
        (KEEP, "cat-cow"),
        (SWAP, "childs-pose"),  # cobra: avoid with stenosis, child's pose is fine
        (SWAP, "childs-pose"),
        (DROP, None),  # fish's gentler pose, cobra, is itself one to avoid
    ]
    assert [item.joined for item in plan] == [False, False, True, False]


def test_a_gentler_pose_not_reviewed_for_every_choice_is_not_swapped_in(client, flow):
    html = get(client, "/sequences/flow/safer/?for=stenosis,pregnancy")
    # Child's pose is fine with both; the fish is dropped (its gentler pose is avoided).
    assert "Step 2: Child&#x27;s pose instead of Cobra" in html
    assert "Step 3: Child&#x27;s pose instead of Handstand" in html
    assert "It joins the child&#x27;s pose just before it" in html
    assert "Step 4: Fish is left out" in html
    assert "no gentler pose suits everything you chose" in html
    steps = html[html.index('id="steps-title"') :]
    # Cat-cow, then one child's pose for the two swapped steps in a row; the fish is gone.
    assert steps.count('<li class="step') == 2
    assert ">Handstand<" not in steps and ">Fish<" not in steps


def test_the_safer_page_is_printable_and_says_what_it_is_for(client, flow):
    html = get(client, "/sequences/flow/safer/?for=stenosis")
    assert "Back-pain flow, made safer for you" in html
    assert "data-print" in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_safer_page_without_a_choice_asks_for_one(client, flow):
    html = get(client, "/sequences/flow/safer/")
    assert "Tell us what you live with first" in html
    assert "What changed" not in html


def test_the_safer_page_of_a_draft_is_a_404_for_visitors(client, flow):
    flow.is_published = False
    flow.save()
    assert client.get("/sequences/flow/safer/?for=stenosis").status_code == 404


def test_the_practice_player_plays_the_safer_version_for_the_visitors_back(client, db):
    """?for= on the practice page swaps and drops steps as "Make it safer for me" does."""
    stenosis = ConditionFactory(slug="stenosis-play", short_name="stenosis")
    sphinx = PoseFactory(english_name="Sphinx", slug="sphinx-play", hold_min_seconds=20)
    cobra = PoseFactory(english_name="Cobra", slug="cobra-play")
    handstand = PoseFactory(english_name="Handstand", slug="handstand-play")
    child = PoseFactory(english_name="Child", slug="child-play")
    VerdictFactory(pose=cobra, condition=stenosis, rating=Rating.AVOID, gentler=sphinx)
    VerdictFactory(pose=sphinx, condition=stenosis, rating=Rating.ADAPT, change="Stay low.")
    VerdictFactory(pose=handstand, condition=stenosis, rating=Rating.AVOID)
    VerdictFactory(pose=child, condition=stenosis, rating=Rating.FINE)
    sequence = SequenceFactory(slug="play-safer")
    for position, pose in enumerate([child, cobra, handstand], start=1):
        SequenceStepFactory(sequence=sequence, pose=pose, position=position, hold_seconds=30)

    plain = client.get(f"/sequences/{sequence.slug}/practice/")
    plain_names = [step["name"] for step in plain.context["player_data"]["steps"]]
    assert plain_names == ["Child", "Cobra", "Handstand"]

    response = client.get(f"/sequences/{sequence.slug}/practice/?for=stenosis-play")
    assert response.status_code == 200
    steps = response.context["player_data"]["steps"]
    assert [step["name"] for step in steps] == ["Child", "Sphinx"]
    assert steps[1]["flags"] == ["Instead of cobra", "Adapt for stenosis"]
    html = response.content.decode()
    assert "these are left out: Handstand" in html
    assert 'name="for" value="stenosis-play"' in html  # the options form keeps the choice
    # The step's own hold is kept for the swapped pose.
    assert response.context["schedule"].hold_seconds == 60
