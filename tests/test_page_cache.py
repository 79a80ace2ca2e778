"""The anonymous page cache: hits without queries, invalidated by content changes, never for staff.

The cache is off in development and tests (PAGE_CACHE_SECONDS=0) so that other tests see every
change at once; the `page_cache` fixture turns it on here, as production does. Invalidation waits
for the commit: `commit()` runs what a commit runs (tests/test_page_cache_race.py commits for real).
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from backsite.cache import GENERATION_KEY, generation
from poses.models import Pose
from sequences.models import Tip
from tests.factories import MuscleFactory, PoseFactory, SequenceFactory, SequenceStepFactory


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pose(db):
    return PoseFactory(english_name="Sphinx", slug="sphinx", summary="A low backbend.")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """``with commit():`` runs the on-commit callbacks when the block ends, as a commit does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_second_anonymous_visit_is_served_without_queries(client, page_cache, pose):
    first, first_queries = get(client, pose.get_absolute_url())
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert first_queries > 0

    second, second_queries = get(client, pose.get_absolute_url())
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second_queries == 0
    assert second.content == first.content
    # Headers added outside the cache are on cached pages too.
    assert "Content-Security-Policy" in second.headers
    assert second["X-Frame-Options"] == "DENY"


def test_query_strings_are_cached_separately(client, page_cache, pose):
    PoseFactory(english_name="Cobra", slug="cobra")
    all_poses = client.get(reverse("poses:list")).content.decode()
    searched = client.get(reverse("poses:list") + "?q=cobra")
    assert searched["X-Page-Cache"] == "miss"
    assert "Sphinx" in all_poses and "Sphinx" not in searched.content.decode()


def test_absurd_query_strings_are_not_stored(client, page_cache, pose):
    url = reverse("poses:list") + "?q=" + "x" * 400
    assert client.get(url).status_code == 200
    assert "X-Page-Cache" not in client.get(url)


def test_saving_content_shows_at_once(client, page_cache, pose, commit):
    client.get(pose.get_absolute_url())
    before = generation()
    pose.summary = "A gentle low backbend on the forearms."
    with commit():
        pose.save()
        assert generation() == before  # not before the commit
    assert generation() > before
    response = client.get(pose.get_absolute_url())
    assert response["X-Page-Cache"] == "miss"
    assert "A gentle low backbend on the forearms." in response.content.decode()


def test_deleting_and_relinking_content_invalidate(client, page_cache, pose, commit):
    sequence = SequenceFactory(title="Evening", slug="evening")
    tip = Tip.objects.create(title="Breathe out", body="Breathe out as you fold.")
    url = sequence.get_absolute_url()

    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    with commit():
        tip.sequences.add(sequence)  # m2m_changed
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"

    with commit():
        step = SequenceStepFactory(sequence=sequence, pose=pose)
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    with commit():
        step.delete()  # post_delete
    assert client.get(url)["X-Page-Cache"] == "miss"


def test_tags_and_anatomy_changes_invalidate(client, page_cache, pose, commit):
    client.get(reverse("poses:list"))
    start = generation()
    with commit():
        pose.tags.add("gentle")
    assert generation() > start
    start = generation()
    with commit():
        MuscleFactory()
    assert generation() > start


def test_losing_the_generation_never_brings_back_old_pages(client, page_cache, pose):
    url = pose.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    cache.delete(GENERATION_KEY)  # evicted by Redis, or a cache server restarted
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_other_models_do_not_invalidate(page_cache, django_user_model, commit):
    start = generation()
    with commit():
        django_user_model.objects.create_user("visitor-account", password="x" * 20)
    assert generation() == start


def test_signed_in_editors_are_never_served_or_stored(editor_client, page_cache, pose):
    client = Client()  # an anonymous visitor beside the signed-in editor
    url = pose.get_absolute_url()
    response, queries = get(editor_client, url)
    assert "X-Page-Cache" not in response
    assert queries > 0
    # Their page was not stored: the first anonymous visit is still a miss.
    assert client.get(url)["X-Page-Cache"] == "miss"
    # And the anonymous copy is not served to them.
    response, queries = get(editor_client, url)
    assert "X-Page-Cache" not in response
    assert queries > 0


def test_draft_preview_is_never_cached(editor_client, page_cache):
    client = Client()
    draft = PoseFactory(english_name="Secret draft", slug="secret-draft", is_published=False)
    assert editor_client.get(draft.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_not_found_and_non_get_are_not_cached(client, page_cache, pose):
    missing = reverse("poses:detail", kwargs={"slug": "no-such-pose"})
    assert client.get(missing).status_code == 404
    response = client.get(missing)
    assert response.status_code == 404
    assert "X-Page-Cache" not in response

    client.get(pose.get_absolute_url())
    response = client.head(pose.get_absolute_url())
    assert "X-Page-Cache" not in response
    response = client.post(pose.get_absolute_url())
    assert response.status_code == 405
    assert "X-Page-Cache" not in response


def test_responses_setting_cookies_are_not_cached(client, page_cache, db):
    # The admin login form sets a CSRF cookie: storing it would hand one visitor's token to another.
    url = reverse("admin:login")
    first = client.get(url)
    assert "csrftoken" in first.cookies
    client.cookies.clear()
    assert "X-Page-Cache" not in client.get(url)


def test_cache_off_by_default_in_development(client, pose, settings):
    assert settings.PAGE_CACHE_SECONDS == 0
    client.get(pose.get_absolute_url())
    assert "X-Page-Cache" not in client.get(pose.get_absolute_url())


def test_a_page_this_process_keeps_is_not_served_after_another_server_changes_content(
    client, page_cache, pose
):
    url = pose.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"  # now kept in this process too
    Pose.objects.filter(pk=pose.pk).update(summary="Changed on another server.")
    cache.incr(GENERATION_KEY)  # what that server's commit did to the shared cache
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Changed on another server." in response.content.decode()


def test_a_hit_carries_exactly_the_headers_of_the_page_as_first_served(client, page_cache, pose):
    url = pose.get_absolute_url()
    first = client.get(url)
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    for name in ("Content-Security-Policy", "Content-Type", "X-Frame-Options", "Vary"):
        assert second.get(name) == first.get(name), name
    assert "nonce" not in second["Content-Security-Policy"]


def test_a_hit_follows_a_changed_policy(client, page_cache, pose, settings):
    url = pose.get_absolute_url()
    client.get(url)
    settings.SECURE_CSP = {**settings.SECURE_CSP, "img-src": ["'self'", "https://cdn.example"]}
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert "img-src 'self' https://cdn.example" in hit["Content-Security-Policy"]
