"""The part of a pose page that is the same for every visitor is rendered once per content
generation (`{% per_generation %}`), and a content change shows at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from poses.conditions.models import Rating
from tests.factories import (
    ConditionFactory,
    PoseFactory,
    PoseMuscleFactory,
    TipFactory,
    VerdictFactory,
)


@pytest.fixture
def kept(settings):
    settings.CONTENT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def get(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_page_is_kept_until_the_content_changes(
    client, db, kept, django_capture_on_commit_callbacks
):
    pose = PoseFactory(slug="cobra", tags=["gentle"])
    PoseMuscleFactory(pose=pose)
    path = pose.get_absolute_url()
    first, html = get(client, path)
    second, again = get(client, path)
    assert second < first
    assert again == html
    assert 'class="tag"' in again and "Muscles it works" in again
    with django_capture_on_commit_callbacks(execute=True):
        TipFactory(title="Breathe out as you lift").poses.add(pose)
    _, changed = get(client, path)
    assert "Breathe out as you lift" in changed
    with django_capture_on_commit_callbacks(execute=True):
        pose.is_published = False
        pose.save()
    assert client.get(path).status_code == 404


def test_a_kept_page_asks_the_database_nothing(client, db, kept):
    pose = PoseFactory(slug="cobra", tags=["gentle"])
    client.get(pose.get_absolute_url())
    count, _ = get(client, pose.get_absolute_url())
    assert count == 0
    assert client.get("/poses/no-such-pose/").status_code == 404


def test_a_draft_preview_is_never_kept(editor_client, db, kept):
    other = PoseFactory(slug="other-draft", is_published=False)
    get(editor_client, other.get_absolute_url())  # figures every page keeps, the session
    pose = PoseFactory(slug="draft-pose", is_published=False, tags=["gentle"])
    path = pose.get_absolute_url()
    first, html = get(editor_client, path)
    second, _ = get(editor_client, path)
    assert second == first
    assert 'class="tag"' in html


def test_the_for_your_back_panel_still_speaks_to_each_visitor(client, db, kept):
    pose = PoseFactory(slug="cobra")
    condition = ConditionFactory(slug="stenosis", short_name="stenosis")
    VerdictFactory(pose=pose, condition=condition, rating=Rating.AVOID, note="Arching narrows it.")
    path = pose.get_absolute_url()
    client.get(path)
    _, plain = get(client, path)
    _, chosen = get(client, f"{path}?for=stenosis")
    assert "Arching narrows it." not in plain
    assert "Arching narrows it." in chosen
    assert "Tell us what you live with" in plain
    assert "Change what you live with" in chosen
