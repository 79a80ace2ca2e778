"""What visitors and search engines see of a review: the trust note, JSON-LD, About, policy."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from anatomy.models import Muscle
from backsite.models import Page, Review, ReviewSource
from poses.models import Condition, Pose
from sequences.demo.loader import DemoLoader
from sequences.models import Sequence
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def structured(html):
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def review(page, **fields):
    made = Review.objects.create(
        page=page,
        reviewer_name=fields.pop("name", "Sam Patel"),
        reviewer_credentials=fields.pop("credentials", "Physiotherapist, MCSP"),
        reviewed_on=fields.pop("on", dt.date(2026, 11, 2)),
        **fields,
    )
    ReviewSource.objects.create(
        review=made, title="NHS: Back pain", url="https://www.nhs.uk/conditions/back-pain/"
    )
    return made


def test_a_reviewed_pose_says_who_reviewed_it_when_and_on_what(client):
    pose = PoseFactory(steps="1. Lie on your back.\n2. Hug the knees.")
    review(pose)
    html = client.get(pose.get_absolute_url()).content.decode()
    assert (
        "Reviewed by <strong>Sam Patel</strong>, Physiotherapist, MCSP, on "
        '<time datetime="2026-11-02">2 November 2026</time>.'
    ) in html
    assert '<a href="https://www.nhs.uk/conditions/back-pain/" rel="external noopener">' in html
    assert f'href="{reverse("editorial_policy")}"' in html

    data = structured(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalWebPage"
    assert data["lastReviewed"] == "2026-11-02"
    assert data["reviewedBy"] == {
        "@type": "Person",
        "name": "Sam Patel",
        "jobTitle": "Physiotherapist, MCSP",
    }
    assert data["url"] == f"http://testserver{pose.get_absolute_url()}"
    assert data["citation"] == [
        {
            "@type": "CreativeWork",
            "name": "NHS: Back pain",
            "url": "https://www.nhs.uk/conditions/back-pain/",
        }
    ]
    howto = data["mainEntity"]
    assert howto["@type"] == "HowTo" and howto["name"] == pose.english_name
    assert [(s["@type"], s["position"], s["text"]) for s in howto["step"]] == [
        ("HowToStep", 1, "Lie on your back."),
        ("HowToStep", 2, "Hug the knees."),
    ]


def test_the_latest_review_is_the_one_shown(client):
    pose = PoseFactory()
    review(pose, name="First Reviewer", on=dt.date(2025, 1, 1))
    review(pose, name="Team", credentials="", on=dt.date(2026, 3, 4), reviewer_kind="organisation")
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "First Reviewer" not in html
    assert "Reviewed by <strong>Team</strong> on" in html
    assert structured(html)["reviewedBy"] == {"@type": "Organization", "name": "Team"}


def test_an_unreviewed_page_says_so_and_claims_no_review(client):
    pose = PoseFactory()
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "This page has not been reviewed yet." in html
    data = structured(html)
    assert data["@type"] == "MedicalWebPage"
    assert "lastReviewed" not in data and "reviewedBy" not in data


def test_a_sequence_is_a_howto_with_its_steps_and_total_time(client):
    sequence = SequenceFactory(repeat_count=1)
    first, draft = PoseFactory(english_name="Cat"), PoseFactory(is_published=False)
    SequenceStepFactory(sequence=sequence, pose=first, position=1, hold_seconds=60, notes="Slowly.")
    SequenceStepFactory(sequence=sequence, pose=draft, position=2, hold_seconds=90)
    review(sequence)
    html = client.get(sequence.get_absolute_url()).content.decode()
    data = structured(html)
    assert data["lastReviewed"] == "2026-11-02"
    howto = data["mainEntity"]
    assert howto["@type"] == "HowTo"
    assert howto["totalTime"] == f"PT{sequence.estimated_minutes}M" == "PT3M"
    assert [s["name"] for s in howto["step"]] == ["Cat", draft.english_name]
    assert howto["step"][0]["text"] == "Slowly."
    assert howto["step"][0]["url"] == f"http://testserver{first.get_absolute_url()}"
    assert "url" not in howto["step"][1]  # a draft pose has no public address
    assert "Reviewed by <strong>Sam Patel</strong>" in html


def test_a_muscle_page_is_a_muscle(client):
    muscle = MuscleFactory(name="Multifidus", aliases="multifidi", action="Steadies the spine.")
    review(muscle)
    html = client.get(muscle.get_absolute_url()).content.decode()
    entity = structured(html)["mainEntity"]
    assert entity["@type"] == "Muscle"
    assert entity["name"] == "Multifidus"
    assert entity["alternateName"] == ["multifidi"]
    assert entity["muscleAction"] == "Steadies the spine."
    assert "Reviewed by <strong>Sam Patel</strong>" in html


def test_a_condition_page_cites_its_own_sources_and_the_reviews(client):
    condition = ConditionFactory(name="Sciatica")
    SourceFactory(
        condition=condition, title="NHS: Sciatica", url="https://www.nhs.uk/conditions/sciatica/"
    )
    review(condition)
    html = client.get(condition.get_absolute_url()).content.decode()
    data = structured(html)
    assert data["mainEntity"]["@type"] == "MedicalCondition"
    assert [c["url"] for c in data["citation"]] == [
        "https://www.nhs.uk/conditions/sciatica/",
        "https://www.nhs.uk/conditions/back-pain/",
    ]
    assert "Reviewed by <strong>Sam Patel</strong>" in html


def test_json_ld_cannot_be_broken_out_of(client):
    hostile = '</script><script>alert(1)</script> & <!-- "quoted"'
    pose = PoseFactory(summary=hostile)
    review(pose, name=hostile)
    html = client.get(pose.get_absolute_url()).content.decode()
    block = JSON_LD.findall(html)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    assert data["mainEntity"]["description"] == hostile
    assert data["reviewedBy"]["name"] == hostile
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize("name", ["about", "editorial_policy"])
def test_about_and_policy_are_site_text_linked_from_every_page(client, name):
    slug = {"about": "about", "editorial_policy": "editorial-policy"}[name]
    assert client.get(reverse(name)).status_code == 404  # not written yet: no empty page
    Page.objects.create(slug=slug, title="Written by editors", body="Some *plain* words.")
    response = client.get(reverse(name))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="page-title">Written by editors</h1>' in html
    assert "<em>plain</em>" in html
    home = client.get(reverse("home")).content.decode()
    assert f'<a href="{reverse(name)}">' in home
    sitemap = client.get(
        reverse("sitemap-section", kwargs={"section": "sections"})
    ).content.decode()
    assert f"http://testserver{reverse(name)}" in sitemap


def test_load_demo_signs_the_founding_pages_as_the_team_with_nhs_and_nice_sources(client):
    DemoLoader().load()
    for model in (Pose, Sequence, Muscle, Condition):
        for page in model.objects.all():
            found = Review.objects.for_object(page).get()
            assert found.reviewer_name == "Backsite editorial team"
            assert found.reviewer_credentials == ""  # no credentials claimed for the team
            assert found.reviewer_kind == "organisation"
    cited = set(ReviewSource.objects.values_list("url", flat=True))
    assert cited == {
        "https://www.nhs.uk/conditions/back-pain/",
        "https://www.nice.org.uk/guidance/ng59",
    }
    for slug in ("about", "editorial-policy"):
        assert Page.objects.filter(slug=slug).exists()
    pose = Pose.objects.get(slug="cobra")
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "Reviewed by <strong>Backsite editorial team</strong> on" in html
    assert "NICE guideline NG59" in html

    before = Review.objects.count()
    DemoLoader().load()
    assert Review.objects.count() == before


def test_load_demo_claims_no_review_for_a_page_it_did_not_write(db):
    PoseFactory(slug="cobra", english_name="My own cobra")
    DemoLoader().load()
    assert not Review.objects.for_object(Pose.objects.get(slug="cobra")).exists()


@pytest.mark.parametrize("sources", [1, 6])
def test_the_review_note_costs_the_same_queries_whatever_its_sources(client, sources):
    counts = []
    for n in (1, sources):
        pose = PoseFactory()
        made = review(pose)
        ReviewSource.objects.bulk_create(
            ReviewSource(review=made, title=f"Source {i}", url=f"https://example.org/{i}")
            for i in range(n)
        )
        client.get(pose.get_absolute_url())  # warm the content-type cache
        with CaptureQueriesContext(connection) as queries:
            html = client.get(pose.get_absolute_url()).content.decode()
        assert html.count('rel="external noopener"') == n + 1
        counts.append(len(queries))
    assert counts[0] == counts[1]
