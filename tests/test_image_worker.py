"""The image pipeline with its real backend: tasks kept in the database, run by `db_worker`.

The worker manages its own transactions and connections, as in production, so these tests commit
theirs (`transaction=True`).

The editor's request only checks an upload's header and keeps the file; the worker decodes it
once, stores it cleaned and makes its renditions. A task that fails is logged and tried again
later, and the image shown meanwhile is never lost.
"""

import io
import logging
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from PIL import Image

from poses.models import Pose
from poses.renditions import rendition_names
from poses.storage import upload_storage
from tests.factories import PoseFactory
from tests.test_images import admin_pose_data, photo_bytes, stored_files, upload
from tests.worker import run_worker

ROOT = Path(__file__).resolve().parent.parent
SAVE_SECONDS = 2.0  # an editor's save, whatever the photo


def restore(snapshot):
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="module")
def migrated_rows(django_db_setup, django_db_blocker):
    """The rows the migrations wrote (the Editors group), put back for the tests after these."""
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
    yield snapshot
    with django_db_blocker.unblock():
        restore(snapshot)


@pytest.fixture(autouse=True)
def as_migrated(migrated_rows, transactional_db):
    """These tests commit, so the database is emptied after each: each starts as migrated."""
    restore(migrated_rows)


@pytest.fixture
def database_tasks(settings):
    """Tasks go to the database, as in production, and wait there for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def page(client, pose):
    return client.get(pose.get_absolute_url()).content.decode()


@pytest.fixture
def twelve_megapixels():
    return upload(photo_bytes((4000, 3000), quality=92), "phone.jpg")


@pytest.mark.django_db(transaction=True)
def test_an_editors_save_of_a_12_megapixel_photo_returns_quickly_and_the_worker_does_the_rest(
    database_tasks, editor_client, client, twelve_megapixels, django_capture_on_commit_callbacks
):
    started = time.perf_counter()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:poses_pose_add"),
            admin_pose_data(image=twelve_megapixels, is_published="on", cautions="Go gently."),
        )
    elapsed = time.perf_counter() - started
    assert response.status_code == 302
    assert elapsed < SAVE_SECONDS, f"the save took {elapsed:.2f} s"
    print(f"An editor's save of a 12-megapixel photo took {elapsed:.2f} s")

    # Nothing was decoded or published yet: the upload waits, unpublished, for the worker.
    pose = Pose.objects.get()
    assert not pose.image and pose.image_renditions["upload_name"] == "phone.jpg"
    assert DBTaskResult.objects.get().task_path == "poses.tasks.prepare_image"
    assert not any(Path(default_storage.location) in p.parents for p in stored_files())
    assert "/media/" not in page(client, pose)  # the drawing, or the placeholder, meanwhile
    change = editor_client.get(reverse("admin:poses_pose_change", args=[pose.pk]))
    assert "Your image is being prepared" in change.content.decode()

    run_worker()
    pose.refresh_from_db()
    with default_storage.open(pose.image.name) as stored, Image.open(stored) as image:
        assert image.format == "JPEG" and image.size == (2560, 1920)
    assert all(default_storage.exists(name) for name in rendition_names(pose.image_renditions))
    assert "upload" not in pose.image_renditions
    assert list(Path(upload_storage().location).iterdir()) == []
    assert '<source type="image/avif"' in page(client, pose)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_a_replaced_image_stays_on_the_page_until_the_new_one_is_ready(
    database_tasks, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pose = PoseFactory(image=ContentFile(photo_bytes((800, 600)), "old.jpg"), image_alt="A.")
    run_worker()
    pose.refresh_from_db()
    old = [pose.image.name, *rendition_names(pose.image_renditions)]
    largest = pose.image_renditions["detail"]["avif"][-1][0]
    with django_capture_on_commit_callbacks(execute=True):
        pose.image = ContentFile(photo_bytes((1200, 900)), "new.jpg")
        pose.save()
    pose.refresh_from_db()
    assert pose.image.name == old[0]  # still the old one, renditions and all
    assert default_storage.url(largest) in page(client, pose)

    run_worker()
    pose.refresh_from_db()
    assert pose.image.name == "poses/new.jpg"
    assert not any(default_storage.exists(name) for name in old)


@pytest.mark.django_db(transaction=True)
def test_a_failed_task_is_logged_and_tried_again_later_and_nothing_is_lost(
    database_tasks, client, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pose = PoseFactory(image=ContentFile(photo_bytes((800, 600)), "old.jpg"), image_alt="A.")
    run_worker()
    pose.refresh_from_db()
    shown = pose.image.name
    DBTaskResult.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        pose.image = ContentFile(photo_bytes((1200, 900)), "new.jpg")
        pose.save()
    # The storage loses the upload for a while (a network share that went away).
    waiting = Path(upload_storage().path(Pose.objects.get().image_renditions["upload"]))
    kept = waiting.read_bytes()
    waiting.unlink()

    with caplog.at_level(logging.WARNING):
        run_worker()
    assert "prepare_image" in caplog.text and "Trying again in 10 s" in caplog.text
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED" and retry.status == "READY"
    assert retry.run_after > timezone.now() + timedelta(seconds=5)
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    pose.refresh_from_db()
    assert pose.image.name == shown and default_storage.exists(shown)
    assert "upload" in pose.image_renditions

    waiting.write_bytes(kept)  # it comes back; the retry is due
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    pose.refresh_from_db()
    assert pose.image.name == "poses/new.jpg" and not default_storage.exists(shown)
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_a_task_gives_up_after_four_attempts_and_says_what_to_run(
    database_tasks, caplog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pose = PoseFactory(image=ContentFile(photo_bytes((400, 300)), "p.jpg"), image_alt="A.")
    Path(upload_storage().path(pose.image_renditions["upload"])).unlink()
    with caplog.at_level(logging.WARNING):
        for _attempt in range(4):
            DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
            run_worker()
    assert DBTaskResult.objects.filter(status="FAILED").count() == 4
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert "failed 4 times and is not tried again" in caplog.text
    assert "make_renditions" in caplog.text
    pose.refresh_from_db()
    assert "upload" in pose.image_renditions  # still waiting: make_renditions picks it up


@pytest.mark.django_db(transaction=True)
def test_a_file_the_worker_cannot_read_leaves_the_image_shown_and_a_message_for_the_editor(
    database_tasks, editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pose = PoseFactory(image=ContentFile(photo_bytes((400, 300)), "ok.jpg"), image_alt="A.")
    run_worker()
    pose.refresh_from_db()
    shown = pose.image.name
    # A progressive JPEG cut short: its header is sound, so only decoding it finds the damage.
    cut = photo_bytes((1200, 900), progressive=True)[:20_000]
    with django_capture_on_commit_callbacks(execute=True):
        pose.image = ContentFile(cut, "cut.jpg")
        pose.save()
    run_worker()
    pose.refresh_from_db()
    assert pose.image.name == shown and default_storage.exists(shown)
    assert "damaged or incomplete" in pose.image_renditions["upload_error"]
    assert list(Path(upload_storage().location).iterdir()) == []
    change = editor_client.get(reverse("admin:poses_pose_change", args=[pose.pk]))
    assert "The last image uploaded could not be used" in change.content.decode()


@pytest.mark.django_db(transaction=True)
def test_make_renditions_does_what_the_worker_has_not_done_yet(
    database_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pose = PoseFactory(image=ContentFile(photo_bytes((400, 300)), "p.jpg"), image_alt="A.")
    out = io.StringIO()
    call_command("make_renditions", stdout=out)  # no worker ran
    assert "Made renditions for 1 images" in out.getvalue()
    pose.refresh_from_db()
    assert pose.image.name == "poses/p.jpg" and "card" in pose.image_renditions


@pytest.mark.django_db(transaction=True)
def test_the_worker_process_that_make_run_starts_cleans_an_upload(
    database_tasks, settings, django_capture_on_commit_callbacks
):
    """`manage.py db_worker` in its own process, against the database the tests use."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip(
            "The SQLite test database lives in this process's memory, so no other process can "
            "open it; the PostgreSQL run (CI, .ci/run) starts the worker process."
        )
    pose = PoseFactory(image=ContentFile(photo_bytes((400, 300)), "p.jpg"), image_alt="A.")
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "DJANGO_SETTINGS_MODULE": "backsite.settings",
    }
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload"]
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        command, cwd=ROOT, env=env, check=True, timeout=120, capture_output=True
    )
    pose.refresh_from_db()
    assert pose.image.name == "poses/p.jpg" and "card" in pose.image_renditions


def _database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
