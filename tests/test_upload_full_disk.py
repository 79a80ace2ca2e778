"""Uploads on a full disk: a real tmpfs, filled to the last byte, holds the media folder.

Neither the editor's request nor the worker leaves a partial (0-byte) file behind, and the image
already shown stays. Mounting a tmpfs needs root: CI runs as root; elsewhere these tests skip.
"""

import contextlib
import errno
import io
import os
import subprocess
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse

from poses.images import clean_image, encode_original
from poses.models import Pose
from poses.renditions import rendition_names
from tests.factories import PoseFactory
from tests.test_images import admin_pose_data, photo_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_disk(tmp_path, settings):
    """A 3 MiB tmpfs holding MEDIA_ROOT and the waiting uploads beside it."""
    if os.geteuid() != 0:
        pytest.skip("Mounting a tmpfs needs root (CI runs as root).")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(  # noqa: S603 - a fixed command
        ["/usr/bin/mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode:
        pytest.fail(f"Running as root but could not mount a tmpfs: {mounted.stderr}")
    settings.MEDIA_ROOT = disk / "media"
    try:
        yield disk
    finally:
        subprocess.run(["/usr/bin/umount", "-l", str(disk)], check=False)  # noqa: S603


def fill(disk):
    """Write until the disk refuses another byte."""
    for block in (65536, 1):  # big blocks, then the last bytes one by one
        with contextlib.suppress(OSError), (disk / "filler").open("ab", buffering=0) as filler:
            while True:
                filler.write(b"\0" * block)
    probe = disk / "probe"
    with pytest.raises(OSError) as full:
        probe.write_bytes(b"x" * 4096)
    assert full.value.errno == errno.ENOSPC
    probe.unlink(missing_ok=True)


def files(disk):
    return {
        str(path.relative_to(disk)): path.stat().st_size
        for path in disk.rglob("*")
        if path.is_file() and path.name != "filler"
    }


@pytest.fixture
def pose_on_disk(small_disk, committed):
    pose = committed(
        PoseFactory, image=ContentFile(photo_bytes((400, 300)), "old.jpg"), image_alt="Old."
    )
    assert rendition_names(pose.image_renditions)
    return pose


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            result = function(*args, **kwargs)
        if hasattr(result, "refresh_from_db"):
            result.refresh_from_db()
        return result

    return run


def test_an_upload_the_disk_cannot_hold_is_refused_with_a_message_and_nothing_changes(
    small_disk, pose_on_disk, editor_client, committed
):
    before = files(small_disk)
    fill(small_disk)
    response = committed(
        editor_client.post,
        reverse("admin:poses_pose_change", args=[pose_on_disk.pk]),
        admin_pose_data(
            english_name="Cobra, renamed",
            slug=pose_on_disk.slug,
            image=upload(photo_bytes((1600, 1200)), "new.jpg"),
        ),
    )
    assert response.status_code == 200  # the form again, with what the editor typed
    html = response.content.decode()
    assert "The image could not be stored: the server has no room for it." in html
    assert 'value="Cobra, renamed"' in html
    assert files(small_disk) == before  # no partial or empty file anywhere
    pose = Pose.objects.get()
    assert pose.image.name == pose_on_disk.image.name
    assert pose.image_renditions == pose_on_disk.image_renditions
    assert default_storage.exists(pose.image.name)


def test_a_worker_on_a_full_disk_keeps_the_old_image_and_the_upload_until_there_is_room(
    small_disk, pose_on_disk, editor_client, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as later:
        response = editor_client.post(
            reverse("admin:poses_pose_change", args=[pose_on_disk.pk]),
            admin_pose_data(
                slug=pose_on_disk.slug, image=upload(photo_bytes((1600, 1200)), "new.jpg")
            ),
        )
    assert response.status_code == 302
    before = files(small_disk)
    fill(small_disk)
    for callback in later:  # the worker runs (and retries) while the disk is full
        callback()
    assert files(small_disk) == before  # its partial writes were removed
    pose = Pose.objects.get()
    assert pose.image.name == pose_on_disk.image.name and "upload" in pose.image_renditions
    detail = pose.image_renditions["detail"]["jpeg"][-1][0]
    assert default_storage.url(detail) in client.get(pose.get_absolute_url()).content.decode()

    (small_disk / "filler").unlink()  # room again
    call_command("make_renditions", verbosity=0)
    pose.refresh_from_db()
    assert pose.image.name == "poses/new.jpg" and "card" in pose.image_renditions
    assert not default_storage.exists(pose_on_disk.image.name)
    assert not [name for name in files(small_disk) if name.startswith("media-uploads/")]
    assert all(size > 0 for size in files(small_disk).values())


def test_a_full_disk_while_making_renditions_still_shows_the_cleaned_image(
    small_disk, client, django_capture_on_commit_callbacks
):
    """The cleaned image fits but its renditions do not: pages show the image itself."""
    photo = photo_bytes((1600, 1200))
    with io.BytesIO(photo) as fp:
        cleaned = len(encode_original(*clean_image(fp))[0])
    with django_capture_on_commit_callbacks(execute=False) as later:
        pose = PoseFactory(image=ContentFile(photo, "p.jpg"), image_alt="P.")
    # Leave room for the cleaned image, and not for its 24 renditions.
    free = os.statvfs(small_disk)
    room = free.f_bavail * free.f_frsize
    (small_disk / "filler").write_bytes(b"\0" * (room - cleaned - 16 * 1024))
    for callback in later:
        callback()
    pose.refresh_from_db()
    assert pose.image.name == "poses/p.jpg" and "card" not in pose.image_renditions
    html = client.get(pose.get_absolute_url()).content.decode()
    assert f'src="{pose.image.url}"' in html and 'width="1600" height="1200"' in html
    renditions = [name for name in files(small_disk) if name.startswith("media/renditions/")]
    assert renditions == []  # what did not fit was removed, none left half-written
    assert all(size > 0 for size in files(small_disk).values())

    (small_disk / "filler").unlink()
    call_command("make_renditions", verbosity=0)
    pose.refresh_from_db()
    assert "card" in pose.image_renditions
    assert all(default_storage.exists(name) for name in rendition_names(pose.image_renditions))


def test_the_disk_really_is_full(small_disk):
    """The fault is real: a plain write on the filled tmpfs fails with ENOSPC."""
    fill(small_disk)
    with pytest.raises(OSError) as refused:
        Path(small_disk, "more").write_bytes(b"x" * 65536)
    assert refused.value.errno == errno.ENOSPC
