"""The sequence list and the sequence pages."""

import pytest
from django.test import Client
from django.urls import reverse

from sequences.models import SequenceStep
from sequences.schedule import estimate_seconds
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory, TipFactory
from tests.page_checks import assert_good_page


def test_sequence_list_shows_published_sequences_with_length_and_time(client, site):
    response = client.get(reverse("sequences:list"))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert 'href="/sequences/morning-flow/"' in html
    assert 'href="/sequences/standing-practice/"' in html
    assert "5 poses" in html
    assert "About " in html


def test_sequence_list_hides_drafts_and_copes_with_none(client, db):
    SequenceFactory(title="Draft flow", is_published=False)
    html = client.get(reverse("sequences:list")).content.decode()
    assert "Draft flow" not in html
    assert "Sequences are on their way" in html


def test_sequence_page_shows_steps_in_order_with_linked_pictures(client, site):
    response = client.get(reverse("sequences:detail", kwargs={"slug": "morning-flow"}))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    steps = html[html.index('<ol class="steps">') :]
    order = ["Cat–cow flow", "Child", "Cobra pose", "Lying spinal twist", "Balancing table"]
    positions = [steps.index(name) for name in order]
    assert positions == sorted(positions)
    start = steps.index('<a class="step__pose" href="/poses/cobra/">')
    link = steps[start : steps.index("</a>", start)]
    assert "<img" in link and "Cobra pose" in link


def test_sequence_page_shows_side_hold_repetitions_notes_and_rounds(client, site):
    html = client.get("/sequences/morning-flow/").content.decode()
    assert "Each side in turn" in html
    assert "Both sides together" in html
    assert "5 times" in html  # cat-cow's repetitions
    assert "Hold for 10 seconds" in html  # the step's own hold overrides cobra's guidance
    assert "Hold for 5 to 20 seconds" not in html
    assert "Stay low and brief." in html  # a step's notes
    assert "Repeat the whole sequence 3 times" in html
    assert "About " in html and "minutes" in html
    assert "How is this worked out?" in html


def test_step_without_its_own_hold_shows_the_poses_guidance(client, site):
    html = client.get("/sequences/standing-practice/").content.decode()
    assert "Hold for 30 seconds to 3 minutes" in html  # the triangle's guidance


def test_sequence_page_puts_cautions_first_and_marks_them(client, site):
    html = client.get("/sequences/morning-flow/").content.decode()
    caution = html.index('class="callout callout--caution"')
    assert caution < html.index('id="steps-title"')
    assert "Keep the backbend small" in html[caution : html.index('id="steps-title"')]


def test_standing_sequence_tips_include_a_modification(client, site):
    html = client.get("/sequences/standing-practice/").content.decode()
    assert "Take a shorter stance" in html
    assert 'class="tip tip--modification"' in html


def test_step_hold_overrides_the_pose_guidance(client, db):
    step = SequenceStepFactory(
        hold_seconds=45, pose=PoseFactory(hold_min_seconds=60, hold_max_seconds=120)
    )
    html = client.get(step.sequence.get_absolute_url()).content.decode()
    assert "Hold for 45 seconds" in html
    assert "Hold for 1 to 2 minutes" not in html


def test_unpublished_pose_in_a_published_sequence_shows_its_name_without_link(client, db):
    hidden = PoseFactory(english_name="Secret pose", slug="secret", is_published=False)
    step = SequenceStepFactory(pose=hidden)
    html = client.get(step.sequence.get_absolute_url()).content.decode()
    assert "Secret pose" in html
    assert 'href="/poses/secret/"' not in html
    assert "<img" not in html[html.index('<ol class="steps">') :]


def test_unpublished_sequence_is_a_404_and_staff_preview_it_uncached(editor_client, db):
    sequence = SequenceFactory(is_published=False)
    assert Client().get(sequence.get_absolute_url()).status_code == 404
    response = editor_client.get(sequence.get_absolute_url())
    assert response.status_code == 200
    assert "This page is not published" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_sequence_without_steps_says_so(client, db):
    sequence = SequenceFactory()
    html = client.get(sequence.get_absolute_url()).content.decode()
    assert "This sequence has no steps yet" in html
    assert "<dt>Time</dt>" not in html


def test_sequence_tips_render_markdown(client, db):
    sequence = SequenceFactory()
    TipFactory(body="Go *slowly*.").sequences.add(sequence)
    assert "<em>slowly</em>" in client.get(sequence.get_absolute_url()).content.decode()


@pytest.mark.parametrize("path", ["/sequences/nope/", "/sequences/%00/", "/sequences/a/b/"])
def test_unknown_sequences_are_404s(client, db, path):
    assert client.get(path).status_code == 404


# The estimate


def test_estimate_uses_step_hold_then_pose_holds_then_thirty_seconds(db):
    sequence = SequenceFactory(repeat_count=2)
    steps = [
        # 40 s x 2 repetitions
        SequenceStepFactory(sequence=sequence, hold_seconds=40, repetitions=2),
        # halfway between the pose's holds, 40 s, on each side
        SequenceStepFactory(
            sequence=sequence,
            side=SequenceStep.Side.EACH,
            pose=PoseFactory(hold_min_seconds=20, hold_max_seconds=60),
        ),
        # only a longest hold: 90 s
        SequenceStepFactory(sequence=sequence, pose=PoseFactory(hold_max_seconds=90)),
        # no guidance: 30 s
        SequenceStepFactory(sequence=sequence, pose=PoseFactory()),
    ]
    assert estimate_seconds(steps, sequence.repeat_count) == (80 + 80 + 90 + 30) * 2
    assert sequence.estimated_seconds == (80 + 80 + 90 + 30) * 2


def test_estimate_is_shown_in_whole_minutes_rounded_up(client, db):
    step = SequenceStepFactory(hold_seconds=61)
    html = client.get(step.sequence.get_absolute_url()).content.decode()
    assert "About 2 minutes" in html
