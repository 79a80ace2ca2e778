import pytest

from sequences.demo.loader import DemoLoader
from tests.factories import make_editor, make_reviewer, png
from tests.site_content import build_site


@pytest.fixture
def editor(db):
    """The account the admin tests work with: it saves public pages directly, so it is a reviewer.

    A plain editor's change to a public page waits for review; tests/test_review_*.py use
    ``writer`` (Editors only) for that, and ``reviewer`` for the reviewer's side.
    """
    return make_reviewer()


@pytest.fixture
def writer(db):
    """An editor who is not a reviewer: their changes to public pages wait for review."""
    return make_editor()


@pytest.fixture
def reviewer(db):
    return make_reviewer(first_name="Sam", last_name="Patel")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploads from a test land in a throwaway folder, never in media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Background tasks run as soon as they are queued (after the commit), in the test's process.

    The real backend and its worker are tested in tests/test_image_worker.py.
    """
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    """Tests create many accounts; a fast hasher keeps them quick (never used outside tests)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def site(db):
    """A small site built with the factories (tests/site_content.py), for the page tests."""
    return build_site()


@pytest.fixture
def site_with_pictures(db, django_capture_on_commit_callbacks):
    """The same site with a picture for every pose (the image worker runs as it commits)."""
    with django_capture_on_commit_callbacks(execute=True):
        return build_site(image=png)


@pytest.fixture
def demo(db):
    """The founding content as `load_demo` adds it (the pose figures are static files)."""
    DemoLoader().load()
