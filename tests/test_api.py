"""The public JSON API at /api/v1/: endpoints, drafts kept out, errors as JSON, and its protocol."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from poses.models import PoseMuscle
from tests.factories import (
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
    PoseVariationFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)
from tests.test_query_counts import Content


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    # Each test starts with a clean rate-limit count (the counters live in the shared cache).
    cache.clear()


@pytest.fixture
def library(db):
    group = MuscleGroupFactory(slug="deep", name="Deep muscles", depth=3)
    muscle = MuscleFactory(group=group, slug="erector-spinae", name="Erector spinae")
    part = MuscleFactory(group=group, parent=muscle, slug="longissimus", name="Longissimus")
    cobra = PoseFactory(slug="cobra", english_name="Cobra", level="beginner", tags=["gentle"])
    fish = PoseFactory(slug="fish", english_name="Fish", level="intermediate")
    draft = PoseFactory(slug="secret-draft", english_name="Secret draft", is_published=False)
    PoseMuscleFactory(pose=cobra, muscle=muscle, role=PoseMuscle.Role.STRENGTHENS)
    PoseMuscleFactory(pose=fish, muscle=part, role=PoseMuscle.Role.STRETCHES)
    PoseMuscleFactory(pose=draft, muscle=muscle, role=PoseMuscle.Role.STRETCHES)
    draft.tags.add("draft-only-tag")
    PoseVariationFactory(from_pose=cobra, to_pose=draft, direction="harder", order=9)
    flow = SequenceFactory(slug="flow", title="Gentle flow", repeat_count=2)
    SequenceStepFactory(sequence=flow, pose=cobra, position=1, hold_seconds=30, side="each")
    SequenceStepFactory(sequence=flow, pose=draft, position=2, hold_seconds=20)
    SequenceFactory(slug="hidden-sequence", title="Hidden sequence", is_published=False)
    tip = TipFactory(title="Breathe out as you lift", kind="caution")
    tip.sequences.add(flow)
    return {"cobra": cobra, "fish": fish, "draft": draft, "flow": flow, "muscle": muscle}


def get_json(client, path, status=200, **headers):
    response = client.get(path, **headers)
    assert response.status_code == status, (path, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def test_the_pose_list_has_published_poses_in_library_order(client, library):
    body = get_json(client, "/api/v1/poses/")
    assert body["count"] == 2
    assert [pose["slug"] for pose in body["results"]] == ["cobra", "fish"]
    assert body["results"][0]["url"] == "http://testserver/poses/cobra/"
    assert body["results"][0]["api_url"] == "http://testserver/api/v1/poses/cobra/"


@pytest.mark.parametrize(
    ("query", "slugs"),
    [
        ("q=cobr", ["cobra"]),
        ("level=intermediate", ["fish"]),
        ("tag=gentle", ["cobra"]),
        ("muscle=erector-spinae", ["cobra", "fish"]),  # a muscle includes its parts
        ("muscle=longissimus", ["fish"]),
        ("group=deep", ["cobra", "fish"]),
    ],
)
def test_the_pose_list_takes_the_library_filters(client, library, query, slugs):
    body = get_json(client, f"/api/v1/poses/?{query}")
    assert [pose["slug"] for pose in body["results"]] == slugs


def test_a_pose_has_its_texts_hold_and_muscles_by_role(client, library):
    body = get_json(client, "/api/v1/poses/cobra/")
    assert body["english_name"] == "Cobra"
    assert "<li>" in body["steps_html"]
    assert body["cautions_html"].startswith("<p>")
    assert body["hold"]
    assert body["tags"] == [{"slug": "gentle", "name": "gentle"}]
    assert [m["slug"] for m in body["muscles"]["strengthens"]] == ["erector-spinae"]
    assert body["muscles"]["stretches"] == []
    assert body["picture"] is None


def test_layers_and_muscles(client, library):
    layers = get_json(client, "/api/v1/layers/")
    assert [layer["slug"] for layer in layers] == ["deep"]
    layer = get_json(client, "/api/v1/layers/deep/")
    assert [m["slug"] for m in layer["muscles"]] == ["erector-spinae", "longissimus"]
    muscle = get_json(client, "/api/v1/muscles/erector-spinae/")
    assert [part["slug"] for part in muscle["parts"]] == ["longissimus"]
    assert [p["slug"] for p in muscle["poses"]["strengthens"]] == ["cobra"]
    assert muscle["poses_url"] == "http://testserver/api/v1/poses/?muscle=erector-spinae"
    assert get_json(client, "/api/v1/muscles/")["count"] == 2


def test_a_sequence_has_its_steps_tips_and_estimate(client, library):
    listed = get_json(client, "/api/v1/sequences/")
    assert [s["slug"] for s in listed["results"]] == ["flow"]
    body = get_json(client, "/api/v1/sequences/flow/")
    assert body["rounds"] == 2
    assert body["estimated_minutes"] >= 1
    assert [step["position"] for step in body["steps"]] == [1, 2]
    assert body["steps"][0]["pose"]["slug"] == "cobra"
    assert body["steps"][0]["side"] == "each"
    assert [tip["title"] for tip in body["tips"]] == ["Breathe out as you lift"]


def test_a_sequence_has_the_practice_schedule_the_player_follows(client, library):
    flow = library["flow"]
    body = get_json(client, "/api/v1/sequences/flow/")
    schedule = body["schedule"]
    # At pace 1 with no lead-in, the schedule's total is the estimate the site shows.
    assert schedule["total_seconds"] == flow.estimated_seconds
    holds = [(s["round"], s["step"], s["side"]) for s in schedule["segments"]]
    assert holds == [
        (1, 1, "right"),
        (1, 1, "left"),
        (1, 2, "both"),
        (2, 1, "right"),
        (2, 1, "left"),
        (2, 2, "both"),
    ]
    assert [s["seconds"] for s in schedule["segments"][:3]] == [30, 30, 20]
    assert schedule["segments"][1]["start"] == 30
    slower = get_json(client, "/api/v1/sequences/flow/?pace=2&lead_in=5&rest=15")["schedule"]
    kinds = [s["kind"] for s in slower["segments"]]
    # A rest, not a lead-in, opens the second round.
    assert kinds.count("ready") == 5 and kinds.count("rest") == 1
    assert slower["total_seconds"] == 2 * flow.estimated_seconds + 5 * 5 + 15


@pytest.mark.parametrize("query", ["pace=3", "pace=abc", "lead_in=-1", "rest=1000"])
def test_a_bad_schedule_option_is_a_400_that_names_it(client, library, query):
    body = get_json(client, f"/api/v1/sequences/flow/?{query}", status=400)
    assert f"'{query.split('=')[0]}'" in body["detail"]


def test_drafts_never_appear_in_lists_details_relations_or_counts(client, library, admin_user):
    # Not even for a signed-in administrator: the API shows what visitors see.
    client.force_login(admin_user)
    paths = [
        "/api/v1/poses/",
        "/api/v1/poses/?muscle=erector-spinae",
        "/api/v1/poses/cobra/",
        "/api/v1/muscles/erector-spinae/",
        "/api/v1/layers/deep/",
        "/api/v1/sequences/",
        "/api/v1/sequences/flow/",
        "/api/v1/openapi.json",
    ]
    for path in paths:
        text = client.get(path).content.decode()
        for secret in ("secret-draft", "Secret draft", "hidden-sequence", "draft-only-tag"):
            assert secret not in text, (path, secret)
    flow = get_json(client, "/api/v1/sequences/flow/")
    assert flow["steps"][1]["pose"] is None  # the step keeps its place, not the draft
    assert get_json(client, "/api/v1/poses/")["count"] == 2
    get_json(client, "/api/v1/poses/secret-draft/", status=404)
    get_json(client, "/api/v1/sequences/hidden-sequence/", status=404)
    assert get_json(client, "/api/v1/poses/?tag=draft-only-tag")["count"] == 0


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/poses/nothing-here/",
        "/api/v1/muscles/nothing-here/",
        "/api/v1/layers/nothing-here/",
        "/api/v1/sequences/nothing-here/",
        "/api/v1/no-such-endpoint/",
        "/api/v1/poses/%00/",
        "/api/v1/poses/" + "a" * 5000 + "/",
        "/api/v1/poses/?page=50",
    ],
)
def test_an_unknown_item_is_a_json_404(client, library, path):
    body = get_json(client, path, status=404)
    assert body["detail"]


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=-3", "page"),
        ("page=99999999999999999999999", "page"),
        ("category=volcano", "category"),
        ("level=expert", "level"),
        ("muscle=%00", "muscle"),
        ("q=%00", "q"),
        ("group=" + "x" * 3000, "group"),
        ("tag=not a slug", "tag"),
    ],
)
def test_a_bad_query_parameter_is_a_json_400_that_names_it(client, library, query, names):
    body = get_json(client, f"/api/v1/poses/?{query}", status=400)
    assert f"'{names}'" in body["detail"]


def test_a_well_formed_slug_nobody_uses_gives_an_empty_list(client, library):
    for name in ("tag", "group", "muscle"):
        body = get_json(client, f"/api/v1/poses/?{name}=no-such-thing")
        assert (body["count"], body["results"]) == (0, [])


def test_writes_are_refused_as_json(client, library):
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)("/api/v1/poses/")
        assert response.status_code == 405
        assert response.json()["detail"] == "The API is read-only: use GET."
        assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_an_unchanged_response_is_a_304_by_etag_and_by_date(client, library):
    first = client.get("/api/v1/poses/cobra/")
    etag, modified = first["ETag"], first["Last-Modified"]
    again = client.get("/api/v1/poses/cobra/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert client.get("/api/v1/poses/cobra/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


def test_a_change_makes_the_etag_and_date_fresh(client, library):
    first = client.get("/api/v1/poses/")
    cobra = library["cobra"]
    cobra.summary = "A new summary."
    cobra.save()
    second = client.get("/api/v1/poses/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert "A new summary." in second.content.decode()


def test_any_origin_may_read_without_credentials(client, library):
    response = client.get("/api/v1/poses/", HTTP_ORIGIN="https://clinic.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response
    assert not response.cookies


def test_a_preflight_allows_reading_with_conditional_headers(client, library):
    response = client.options(
        "/api/v1/poses/",
        HTTP_ORIGIN="https://clinic.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_the_site_pages_send_no_cors_headers(client, library):
    assert "Access-Control-Allow-Origin" not in client.get("/poses/", HTTP_ORIGIN="https://x.test")


def test_each_client_address_is_limited_and_told_when_to_retry(client, library, settings):
    settings.API_RATE_LIMIT = "3/minute"
    for _ in range(3):
        assert client.get("/api/v1/layers/", REMOTE_ADDR="203.0.113.5").status_code == 200
    refused = client.get("/api/v1/layers/", REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert "try again" in refused.json()["detail"]
    assert refused["Access-Control-Allow-Origin"] == "*"
    # Another address has its own allowance; the site's pages are never limited.
    assert client.get("/api/v1/layers/", REMOTE_ADDR="203.0.113.6").status_code == 200
    assert client.get("/poses/", REMOTE_ADDR="203.0.113.5").status_code == 200


def test_the_limit_counts_the_visitor_behind_a_trusted_proxy(client, library, settings):
    settings.API_RATE_LIMIT = "1/minute"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert (
        client.get("/api/v1/layers/", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy).status_code
        == 200
    )
    assert (
        client.get("/api/v1/layers/", HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code
        == 200
    )
    limited = client.get("/api/v1/layers/", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert limited.status_code == 429


def test_a_cache_that_is_down_does_not_take_the_api_with_it(client, library, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.API_RATE_LIMIT = "1/minute"
    for _ in range(3):
        response = client.get("/api/v1/layers/")
        assert response.status_code == 200
        assert "Last-Modified" not in response
        assert response["ETag"]


def test_the_openapi_description_is_valid_openapi_3_1(client, library):
    description = get_json(client, "/api/v1/openapi.json")
    assert description["openapi"] == "3.1.0"
    validate(description)
    paths = description["paths"]
    for path in (
        "/api/v1/poses/",
        "/api/v1/poses/{slug}/",
        "/api/v1/layers/",
        "/api/v1/layers/{slug}/",
        "/api/v1/muscles/",
        "/api/v1/muscles/{slug}/",
        "/api/v1/sequences/",
        "/api/v1/sequences/{slug}/",
        "/api/v1/conditions/",
        "/api/v1/conditions/{slug}/",
    ):
        assert "get" in paths[path], path
    assert "404" in paths["/api/v1/poses/{slug}/"]["get"]["responses"]


def test_the_documentation_page_uses_only_the_sites_own_files(client, library):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert "unsafe-inline" not in response["Content-Security-Policy"]


ENDPOINTS = [
    "/api/v1/poses/",
    "/api/v1/poses/?muscle=focus-muscle&tag=shared",
    "/api/v1/poses/focus-pose/",
    "/api/v1/layers/",
    "/api/v1/layers/layer/",
    "/api/v1/muscles/",
    "/api/v1/muscles/focus-muscle/",
    "/api/v1/sequences/",
    "/api/v1/sequences/focus-sequence/",
]


@pytest.mark.parametrize("path", ENDPOINTS)
def test_queries_per_endpoint_do_not_grow_with_content(client, db, path):
    content = Content()
    content.grow()
    client.get(path)  # warm per-process caches, such as content types

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.content[:200])
        return len(queries), len(response.content)

    before, small = count()
    content.grow()
    after, large = count()
    assert after == before, f"{path}: {before} queries, then {after} with more content"
    assert large >= small


def test_responses_are_json_with_unicode_kept(client, library):
    library["cobra"].sanskrit_name = "Bhujaṅgāsana"
    library["cobra"].save()
    body = client.get("/api/v1/poses/cobra/").content
    assert json.loads(body)["sanskrit_name"] == "Bhujaṅgāsana"


def test_a_pose_lists_its_published_easier_and_harder_versions(client, library):
    # The library's cobra also has the draft as a harder version: it is left out.
    sphinx = PoseFactory(slug="sphinx", english_name="Sphinx")
    high = PoseFactory(slug="high-cobra", english_name="High cobra")
    PoseVariationFactory(
        from_pose=library["cobra"],
        to_pose=sphinx,
        direction="easier",
        support="range",
        what_changes="Rest on your forearms, so the lower back bends less.",
        order=1,
    )
    PoseVariationFactory(
        from_pose=library["cobra"], to_pose=high, direction="harder", support="range", order=2
    )

    body = get_json(client, "/api/v1/poses/cobra/")

    assert body["variations"] == [
        {
            "direction": "easier",
            "support": "range",
            "support_text": "A shorter range",
            "what_changes": "Rest on your forearms, so the lower back bends less.",
            "pose": {
                "slug": "sphinx",
                "english_name": "Sphinx",
                "api_url": "http://testserver/api/v1/poses/sphinx/",
            },
        },
        {
            "direction": "harder",
            "support": "range",
            "support_text": "A fuller range",
            "what_changes": "Sit on a chair, so the back takes less weight.",
            "pose": {
                "slug": "high-cobra",
                "english_name": "High cobra",
                "api_url": "http://testserver/api/v1/poses/high-cobra/",
            },
        },
    ]
    assert get_json(client, "/api/v1/poses/fish/")["variations"] == []
