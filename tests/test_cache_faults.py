"""When the cache is down, hung or full, visitors still get their pages and editors keep their work.

Real faults, no mocks: a Redis port where nothing listens, a real redis-server (on a unix socket)
frozen with SIGSTOP, and a file cache on a tmpfs filled to the last byte (which needs root to
mount; CI runs as root).
"""

import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from backsite import cache as page_cache
from backsite.environment import cache_from_url
from tests.factories import (
    PoseFactory,
    SequenceFactory,
    SequenceStepFactory,
    make_editor,
    make_reviewer,
)
from tests.test_admin import change_form_data
from tests.test_security import login

pytestmark = pytest.mark.django_db

WARNING = "The page cache could not"


@pytest.fixture(autouse=True)
def fresh_health(monkeypatch):
    """Each test starts with a cache this process has never seen fail."""
    monkeypatch.setattr(page_cache, "health", page_cache._Health())


@pytest.fixture
def content(db):
    pose = PoseFactory(english_name="Sphinx", slug="sphinx", summary="A low backbend.")
    sequence = SequenceFactory(title="Evening", slug="evening")
    SequenceStepFactory(sequence=sequence, pose=pose)
    return pose, sequence


def public_urls(pose, sequence):
    return [
        reverse("home"),
        reverse("poses:list"),
        pose.get_absolute_url(),
        sequence.get_absolute_url(),
        reverse("anatomy:index"),
        reverse("sitemap"),
        reverse("admin:login"),
    ]


def use_cache(settings, entry):
    settings.CACHES = {"default": entry}
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def redis_unreachable(settings):
    """The cache points at a local port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    use_cache(settings, cache_from_url(f"redis://127.0.0.1:{port}/0"))


def edit_summary(client, pose, summary, commit):
    """Save a pose through the admin as an editor would, committing (so invalidation runs)."""
    url = reverse("admin:poses_pose_change", args=[pose.pk])
    data = change_form_data(client.get(url))
    data["summary"] = summary
    with commit(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    pose.refresh_from_db()
    assert pose.summary == summary


# Redis unreachable -------------------------------------------------------------------------------


def test_every_page_answers_uncached_while_redis_is_unreachable(client, redis_unreachable, content):
    for url in public_urls(*content):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response, url


def test_a_warning_is_logged_at_most_once_a_minute(client, redis_unreachable, content, caplog):
    url = content[0].get_absolute_url()
    with caplog.at_level(logging.WARNING, logger="backsite.cache"):
        for _ in range(3):
            assert client.get(url).status_code == 200
            page_cache.health.retry_at = 0  # try the cache each time, not only every few seconds
    warnings = [r for r in caplog.records if r.getMessage().startswith(WARNING)]
    assert len(warnings) == 1
    assert "ConnectionError" in warnings[0].getMessage()

    page_cache.health.last_warning -= page_cache.WARNING_INTERVAL_SECONDS
    with caplog.at_level(logging.WARNING, logger="backsite.cache"):
        client.get(url)
    assert len([r for r in caplog.records if r.getMessage().startswith(WARNING)]) == 2


def test_editors_save_while_redis_is_unreachable(
    client, redis_unreachable, content, django_capture_on_commit_callbacks
):
    pose = content[0]
    client.force_login(make_reviewer())
    edit_summary(
        client, pose, "Saved while the cache was down.", django_capture_on_commit_callbacks
    )
    assert "Saved while the cache was down." in client.get(pose.get_absolute_url()).content.decode()


def test_sign_in_and_its_lockout_work_while_redis_is_unreachable(client, redis_unreachable):
    make_editor(username="ada")
    for attempt in range(4):
        assert login(client, "ada", f"wrong {attempt}").status_code == 200
    assert login(client, "ada", "wrong again").status_code == 429
    assert login(client, "ada", "a long test password").status_code == 429
    assert "_auth_user_id" not in client.session

    # Someone else, from another address, signs in as usual.
    make_editor(username="grace")
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert login(other, "grace", "a long test password").status_code == 302
    assert other.get(reverse("admin:index")).status_code == 200


# A real Redis on a unix socket, frozen and thawed -------------------------------------------------


@pytest.fixture
def own_redis(settings):
    """A redis-server of the test's own on a unix socket (so no shared database is touched)."""
    server = shutil.which("redis-server")
    if not server:
        pytest.skip("redis-server is not installed (Debian's redis-server package)")
    # Socket paths are limited to about 100 characters; pytest's tmp_path can be longer.
    folder = Path(tempfile.mkdtemp(prefix="backsite-redis-"))
    sock = folder / "redis.sock"
    process = subprocess.Popen(  # noqa: S603 - the system's redis-server
        [server, "--port", "0", "--unixsocket", str(sock), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.05)
    use_cache(settings, cache_from_url(f"redis+unix://{sock}?db=0"))
    yield process
    os.kill(process.pid, signal.SIGCONT)
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_unix_socket_redis_serves_the_page_cache(client, own_redis, content):
    url = content[0].get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_a_change_made_while_redis_hung_shows_once_it_answers(
    client, own_redis, content, django_capture_on_commit_callbacks
):
    pose = content[0]
    url = pose.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"

    os.kill(own_redis.pid, signal.SIGSTOP)  # the cache hangs: every call times out
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    editor = make_reviewer()
    editor_client = Client()
    editor_client.force_login(editor)
    edit_summary(
        editor_client, pose, "Changed while the cache hung.", django_capture_on_commit_callbacks
    )
    # After a timeout, pages skip the cache for a few seconds instead of waiting again.
    assert page_cache.health.resting()
    response = client.get(url)
    assert response.status_code == 200 and "X-Page-Cache" not in response

    os.kill(own_redis.pid, signal.SIGCONT)  # it answers again, with the old page still stored
    page_cache.health.retry_at = 0
    response = client.get(url)
    assert "Changed while the cache hung." in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


# A full disk under the file cache ----------------------------------------------------------------


@pytest.fixture
def full_disk_cache(settings):
    """A file cache on a 64 KB tmpfs filled to the last byte."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    folder = Path(tempfile.mkdtemp(prefix="backsite-full-"))
    mount = [shutil.which("mount") or "/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs"]
    mounted = subprocess.run([*mount, str(folder)], capture_output=True)  # noqa: S603
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    use_cache(settings, cache_from_url(f"file://{folder / 'cache'}"))

    def fill():
        with (folder / "filler").open("ab") as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
                    filler.flush()
            except OSError:
                pass

    yield fill
    subprocess.run([shutil.which("umount") or "/bin/umount", str(folder)], check=True)  # noqa: S603
    folder.rmdir()


def test_every_page_answers_when_the_cache_disk_is_full(client, full_disk_cache, content):
    full_disk_cache()
    for url in public_urls(*content):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response, url


def test_a_change_saved_on_a_full_cache_disk_shows_at_once(
    client, full_disk_cache, content, django_capture_on_commit_callbacks
):
    pose = content[0]
    url = pose.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    before = cache.get(page_cache.GENERATION_KEY)

    full_disk_cache()
    editor_client = Client()
    editor_client.force_login(make_reviewer())
    edit_summary(editor_client, pose, "Saved on a full disk.", django_capture_on_commit_callbacks)
    page_cache.health.retry_at = 0
    response = client.get(url)
    assert response.status_code == 200
    assert "Saved on a full disk." in response.content.decode()
    assert "X-Page-Cache" not in response
    # The old page can never come back: its generation is gone for good.
    assert cache.get(page_cache.GENERATION_KEY) != before


# Two editors racing while Redis is unreachable ---------------------------------------------------


def test_a_stale_save_is_still_refused_while_redis_is_unreachable(
    redis_unreachable, content, django_capture_on_commit_callbacks
):
    """The version check lives in the database, so a cache outage never lets a stale save win.

    Two reviewers, whose saves of a public page apply at once rather than wait for review.
    """
    pose = content[0]
    url = reverse("admin:poses_pose_change", args=[pose.pk])
    ann, ben = Client(), Client()
    ann.force_login(make_reviewer(username="ann"))
    ben.force_login(make_reviewer(username="ben"))
    ann_form, ben_form = change_form_data(ann.get(url)), change_form_data(ben.get(url))
    ann_form["summary"] = "Ann's, saved while the cache was down."
    with django_capture_on_commit_callbacks(execute=True):
        assert ann.post(url, ann_form).status_code == 302
    ben_form["summary"] = "Ben's, from the older form."
    response = ben.post(url, ben_form)
    assert response.status_code == 200
    assert "Someone else saved this pose" in response.content.decode()
    assert "Ben&#x27;s, from the older form." in response.content.decode()
    pose.refresh_from_db()
    assert pose.summary == "Ann's, saved while the cache was down."
