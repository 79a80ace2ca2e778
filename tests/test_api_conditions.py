"""Conditions in the JSON API: each pose's verdict per condition, and each condition's poses."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from poses.conditions.models import Movement, Rating
from tests.factories import ConditionFactory, PoseFactory, SourceFactory, VerdictFactory


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


@pytest.fixture
def safety(db):
    stenosis = ConditionFactory(slug="stenosis", name="Spinal stenosis", short_name="stenosis")
    pregnancy = ConditionFactory(slug="pregnancy", name="Pregnancy", short_name="pregnancy")
    SourceFactory(condition=stenosis, title="NHS: Spinal stenosis", url="https://www.nhs.uk/x")
    cobra = PoseFactory(slug="cobra", english_name="Cobra")
    sphinx = PoseFactory(slug="sphinx", english_name="Sphinx")
    draft = PoseFactory(slug="draft-easier", english_name="Draft easier", is_published=False)
    cobra.movements.add(Movement.objects.get(slug="extension"))
    VerdictFactory(
        pose=cobra,
        condition=stenosis,
        rating=Rating.ADAPT,
        change="Stay low, on the forearms.",
        gentler=sphinx,
    )
    VerdictFactory(pose=sphinx, condition=stenosis, rating=Rating.FINE)
    VerdictFactory(pose=draft, condition=stenosis, rating=Rating.AVOID)
    fish = PoseFactory(slug="fish", english_name="Fish")
    VerdictFactory(
        pose=fish, condition=pregnancy, rating=Rating.ADAPT, change="Stay supported.", gentler=draft
    )
    return {"cobra": cobra, "stenosis": stenosis}


def test_a_pose_has_its_movements_and_a_verdict_for_every_condition(client, safety):
    body = client.get("/api/v1/poses/cobra/").json()
    assert body["movements"] == [{"slug": "extension", "name": "Bending backward"}]
    by_condition = {entry["condition"]: entry for entry in body["verdicts"]}
    assert set(by_condition) == {"stenosis", "pregnancy"}
    stenosis = by_condition["stenosis"]
    assert (stenosis["rating"], stenosis["label"]) == ("adapt", "Adapt")
    assert stenosis["change"] == "Stay low, on the forearms."
    assert stenosis["gentler"]["slug"] == "sphinx"
    # A pair nobody has reviewed is never shown as fine.
    pregnancy = by_condition["pregnancy"]
    assert pregnancy["rating"] is None
    assert pregnancy["label"] == "Not yet reviewed for pregnancy"


def test_a_gentler_pose_that_is_a_draft_is_not_named(client, safety):
    body = client.get("/api/v1/poses/fish/").json()
    pregnancy = next(v for v in body["verdicts"] if v["condition"] == "pregnancy")
    assert pregnancy["gentler"] is None
    assert "draft-easier" not in client.get("/api/v1/poses/fish/").content.decode()


def test_conditions_are_listed_in_the_sites_order(client, safety):
    body = client.get("/api/v1/conditions/").json()
    assert [c["slug"] for c in body["results"]] == ["stenosis", "pregnancy"]
    assert body["results"][0]["url"] == "http://testserver/my-back/stenosis/"


def test_a_condition_has_its_sources_and_published_poses_by_verdict(client, safety):
    body = client.get("/api/v1/conditions/stenosis/").json()
    assert body["sources"] == [{"title": "NHS: Spinal stenosis", "url": "https://www.nhs.uk/x"}]
    assert body["helps_html"].startswith("<p>")
    assert [p["slug"] for p in body["poses"]["adapt"]] == ["cobra"]
    assert [p["slug"] for p in body["poses"]["fine"]] == ["sphinx"]
    assert body["poses"]["avoid"] == []  # the only pose to avoid is a draft


def test_an_unknown_condition_is_a_json_404(client, safety):
    response = client.get("/api/v1/conditions/no-such-thing/")
    assert response.status_code == 404
    assert response.json()["detail"] == "No published condition has that address."


def test_queries_do_not_grow_with_conditions_verdicts_or_poses(client, safety):
    paths = ["/api/v1/poses/cobra/", "/api/v1/conditions/stenosis/", "/api/v1/conditions/"]

    def counts():
        result = []
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200
            result.append(len(queries))
        return result

    counts()  # warm per-process caches
    before = counts()
    for _ in range(3):
        condition = ConditionFactory()
        SourceFactory(condition=condition)
        pose = PoseFactory()
        VerdictFactory(pose=safety["cobra"], condition=condition, gentler=pose)
        VerdictFactory(pose=pose, condition=safety["stenosis"], rating=Rating.AVOID)
    assert counts() == before
