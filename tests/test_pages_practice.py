"""The practice page, its bad input, and the files that make it work offline."""

import json
import re
from pathlib import Path

from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from sequences.models import SequenceStep
from sequences.practice import PracticeView, player_context
from sequences.schedule import build_schedule
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory
from tests.page_checks import assert_good_page


def player_data(response):
    html = response.content.decode()
    match = re.search(
        r'<script id="player-data" type="application/json">(.*?)</script>', html, re.S
    )
    return json.loads(match.group(1))


def practice_url(sequence):
    return reverse("sequences:practice", kwargs={"slug": sequence.slug})


def make_sequence(steps=2, **kwargs):
    sequence = SequenceFactory(**kwargs)
    for n in range(steps):
        SequenceStepFactory(
            sequence=sequence,
            pose=PoseFactory(english_name=f"Practice pose {n}", cautions=f"Go easy {n}. More."),
            hold_seconds=20 + n,
            side=SequenceStep.Side.EACH if n == 0 else SequenceStep.Side.BOTH,
            repetitions=2 if n == 1 else 1,
        )
    return sequence


def test_sequence_page_offers_practice_and_explains_its_estimate_plainly(client, db):
    sequence = make_sequence()
    html = client.get(sequence.get_absolute_url()).content.decode()
    assert f'href="{practice_url(sequence)}"' in html
    assert "Start practice" in html
    assert "<summary>How is this worked out?</summary>" in html


def test_a_sequence_without_steps_offers_no_practice(client, db):
    sequence = SequenceFactory()
    assert "Start practice" not in client.get(sequence.get_absolute_url()).content.decode()


def test_practice_page_lists_the_whole_plan_with_times(client, db):
    sequence = make_sequence(repeat_count=2)
    response = client.get(practice_url(sequence))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    plan = html[html.index('<ol class="plan__rounds"') :]
    assert plan.count('class="plan__item plan__item--hold"') == 2 * (2 + 2)
    assert "Round 2 of 2" in plan
    assert "<strong>Practice pose 0</strong>, right side" in plan
    assert "<strong>Practice pose 0</strong>, left side" in plan
    assert "<strong>Practice pose 1</strong>, both sides, 2 of 2" in plan
    assert '<span class="plan__time">0:00</span>' in plan
    assert "Stop, this hurts" in html
    assert "https://www.nhs.uk/conditions/back-pain/" in html


def test_the_plan_at_pace_one_without_lead_ins_adds_up_to_the_estimate(client, db):
    sequence = make_sequence(steps=3, repeat_count=3)
    data = player_data(client.get(practice_url(sequence)))
    one_round = sum(hold[3] for hold in data["plan"])
    assert one_round * data["rounds"] == sequence.estimated_seconds
    minutes = sequence.estimated_minutes
    detail = client.get(sequence.get_absolute_url()).content.decode()
    assert f"About {minutes} minutes" in detail
    plain = client.get(practice_url(sequence), {"lead_in": 0, "rest": 0}).content.decode()
    assert f"Total time about <strong data-total>{minutes} minutes</strong>" in plain


def test_player_data_names_each_step_with_its_short_caution_and_gentler_ways(client, db):
    sequence = make_sequence()
    step = sequence.steps.first()
    step.pose.modifications = "Use a cushion."
    step.pose.save()
    data = player_data(client.get(practice_url(sequence)))
    first = data["steps"][0]
    assert first["name"] == "Practice pose 0"
    assert first["caution"] == "Go easy 0."
    assert first["gentler"] == f"{step.pose.get_absolute_url()}#modifications-title"
    assert data["steps"][1]["gentler"] == sequence.steps.last().pose.get_absolute_url()
    assert data["plan"][0] == [0, "right", 1, 20, True]
    assert data["plan"][1] == [0, "left", 1, 20, True]
    assert data["plan"][3] == [1, "both", 2, 21, False]


def test_choices_in_the_address_change_the_plan(client, db):
    sequence = make_sequence(repeat_count=1)
    html = client.get(practice_url(sequence), {"pace": "2.0", "rounds": "3", "lead_in": "0"})
    html = html.content.decode()
    assert "Round 3 of 3" in html
    assert '<span class="plan__dur">40 seconds</span>' in html  # 20 s at 2x
    assert "Get ready" not in html[html.index('<ol class="plan__rounds"') :]


def test_choices_not_on_offer_keep_their_defaults_and_say_so(client, db):
    sequence = make_sequence(repeat_count=2)
    response = client.get(practice_url(sequence), {"pace": "9", "rounds": "abc", "rest": "-1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not on offer" in html
    data = player_data(response)
    assert (data["pace"], data["rounds"], data["rest"]) == (1.0, 2, 15)


def test_a_sequence_without_steps_has_a_practice_page_that_says_so(client, db):
    sequence = SequenceFactory()
    response = client.get(practice_url(sequence))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is nothing to practise" in html
    assert "data-player" not in html
    assert f'href="{sequence.get_absolute_url()}"' in html


def test_a_step_whose_pose_is_not_public_is_left_out_and_named(client, db):
    sequence = make_sequence()
    SequenceStepFactory(
        sequence=sequence, pose=PoseFactory(english_name="Withdrawn pose", is_published=False)
    )
    response = client.get(practice_url(sequence))
    html = response.content.decode()
    assert "Left out of this practice because it is being revised: Withdrawn pose." in html
    assert [step["name"] for step in player_data(response)["steps"]] == [
        "Practice pose 0",
        "Practice pose 1",
    ]


def test_only_unpublished_poses_leave_nothing_to_practise(client, db):
    step = SequenceStepFactory(pose=PoseFactory(is_published=False))
    html = client.get(practice_url(step.sequence)).content.decode()
    assert "There is nothing to practise" in html


def test_a_hold_of_zero_plays_the_poses_own_hold(client, db):
    step = SequenceStepFactory(
        hold_seconds=0, pose=PoseFactory(hold_min_seconds=10, hold_max_seconds=30)
    )
    data = player_data(client.get(practice_url(step.sequence)))
    assert data["plan"] == [[0, "both", 1, 20, True]]


def test_a_drafts_practice_is_for_staff_only_and_never_stored(editor_client, db):
    sequence = make_sequence(is_published=False)
    assert Client().get(practice_url(sequence)).status_code == 404
    response = editor_client.get(practice_url(sequence))
    assert response.status_code == 200
    assert "This page is not published" in response.content.decode()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_signed_in_editors_practice_page_is_never_stored(editor_client, client, db):
    sequence = make_sequence()
    assert "private" in editor_client.get(practice_url(sequence))["Cache-Control"]
    assert "private" not in Client().get(practice_url(sequence)).get("Cache-Control", "")


def test_unknown_sequence_practice_is_a_404(client, db):
    assert client.get("/sequences/nope/practice/").status_code == 404


def test_practice_page_queries_stay_constant(client, db, django_assert_num_queries):
    small, large = make_sequence(steps=2), make_sequence(steps=8)
    client.get(practice_url(small))  # warm up anything cached per process
    # The sequence, its steps, and the conditions the header's "My back" control lists.
    with django_assert_num_queries(3):
        client.get(practice_url(small))
    with django_assert_num_queries(3):
        client.get(practice_url(large))


def test_service_worker_is_served_from_the_root_with_the_sites_addresses(client, db):
    response = client.get(reverse("service_worker"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    config = json.loads(body.split("\n", 1)[0].removeprefix("const CONFIG = ").rstrip(";"))
    assert config == {
        "static": "/static/",
        "media": "/media/",
        "admin": reverse("admin:index"),
        "staticAdmin": "/static/admin/",
    }
    assert 'addEventListener("fetch"' in body


def test_manifest_names_the_site_and_icons_that_exist(client, db):
    response = client.get(reverse("manifest"))
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == "Backsite"
    assert manifest["start_url"] == "/"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]
    html = client.get("/").content.decode()
    assert f'<link rel="manifest" href="{reverse("manifest")}">' in html


def test_player_script_and_styles_stay_under_30_kb_together():
    names = ["js/practice.js", "css/practice.css"]
    assert sum(Path(finders.find(name)).stat().st_size for name in names) < 30 * 1024


def test_step_flags_for_the_visitor_show_in_the_plan_and_the_player(rf, db):
    """The hook a version adapted to the visitor's back uses: flags per step, unsaved steps."""
    sequence = make_sequence()

    class Flagged(PracticeView):
        def practice_steps(self, steps):
            swapped = SequenceStep(pose=PoseFactory(english_name="Sphinx"), hold_seconds=15)
            return [steps[0], swapped], [[], ["Instead of cobra with stenosis"]], []

    request = rf.get(practice_url(sequence))
    request.user = AnonymousUser()
    response = Flagged.as_view()(request, slug=sequence.slug)
    response.render()
    html = response.content.decode()
    assert '<strong>Sphinx</strong>, both sides <em class="plan__flags">(Instead of cobra' in html
    data = player_data(response)
    assert data["steps"][1]["flags"] == ["Instead of cobra with stenosis"]
    assert data["plan"][-1] == [1, "both", 1, 15, True]


def test_a_practice_of_unsaved_steps_renders_in_the_player_include(rf, db):
    """What a page that builds a practice from the address does: no saved sequence at all."""
    steps = [
        SequenceStep(pose=PoseFactory(english_name="Built one"), hold_seconds=12, repetitions=2),
        SequenceStep(pose=PoseFactory(english_name="Built two"), side=SequenceStep.Side.EACH),
    ]
    schedule = build_schedule(steps, 2, lead_in=3)
    context = player_context(schedule, title="My practice", back_url="/", back_label="Back")
    html = render_to_string("sequences/includes/player.html", context, request=rf.get("/"))
    assert html.count('class="plan__item plan__item--hold"') == 2 * (2 + 2)
    assert "<strong>Built two</strong>, left side" in html
    assert 'id="player-data"' in html and "data-player" in html
    assert "Update the plan" not in html  # no options form was given
