"""import_content does not trust the backup folder: it checks everything first, writes only when all
is well (records and files together, or nothing), and exits non-zero on any failure.

Each test builds a real backup folder with export_content, then tampers with it on disk.
"""

import io
import json
import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image

from backsite.management.commands.export_content import content_models
from poses.models import Pose
from tests.factories import PoseFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
IMAGE = "poses/side view.png"  # a space in the name: names are read line by line


def png_bytes(colour="teal"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def content_count():
    return sum(
        model._default_manager.count()
        for model in content_models()
        if not getattr(model, "made_by_migrations", False)
    )


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def backup(tmp_path, settings):
    """A real backup of one pose with an uploaded image; then the database and media are emptied."""
    pose = PoseFactory(slug="bridge", english_name="Bridge")
    image = Path(settings.MEDIA_ROOT) / IMAGE
    image.parent.mkdir(parents=True)
    image.write_bytes(png_bytes())
    Pose.objects.filter(pk=pose.pk).update(image=IMAGE, image_alt="A person in bridge pose.")
    folder = tmp_path / "backup"
    call_command("export_content", str(folder), "--copy-media", verbosity=0)
    assert (folder / "media" / IMAGE).is_file()
    for model in reversed(list(content_models())):
        if not getattr(model, "made_by_migrations", False):
            model._default_manager.all().delete()
    image.unlink()
    image.parent.rmdir()
    assert content_count() == 0 and stored_files(settings) == []
    return folder


def refused(folder, *expected):
    with pytest.raises(CommandError) as error:
        call_command("import_content", str(folder), stdout=StringIO())
    message = str(error.value)
    assert "nothing was changed" in message
    for text in expected:
        assert text in message, message
    return message


def assert_nothing_changed(settings):
    assert content_count() == 0
    assert stored_files(settings) == []


def test_a_sound_backup_is_restored_with_its_image(backup, settings):
    out = StringIO()
    call_command("import_content", str(backup), stdout=out)
    assert "copied 1 of 1 media files" in out.getvalue()
    assert Pose.objects.get().image.name == IMAGE
    assert (Path(settings.MEDIA_ROOT) / IMAGE).read_bytes() == (
        backup / "media" / IMAGE
    ).read_bytes()


def test_a_symbolic_link_in_the_media_folder_is_refused(backup, tmp_path, settings):
    secret = tmp_path / "secret.txt"
    secret.write_text("the server's private key")
    (backup / "media" / IMAGE).unlink()
    (backup / "media" / IMAGE).symlink_to(secret)
    refused(backup, "side view.png is a symbolic link")
    assert_nothing_changed(settings)


def test_a_linked_folder_in_the_media_folder_is_refused(backup, tmp_path, settings):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (backup / "media" / "more").symlink_to(elsewhere, target_is_directory=True)
    refused(backup, "more is a symbolic link")
    assert_nothing_changed(settings)


def test_a_linked_media_folder_or_content_file_is_refused(backup, tmp_path, settings):
    moved = tmp_path / "real-media"
    (backup / "media").rename(moved)
    (backup / "media").symlink_to(moved, target_is_directory=True)
    refused(backup, "media is a symbolic link")
    (backup / "media").unlink()
    moved.rename(backup / "media")
    (backup / "content.json").rename(tmp_path / "content.json")
    (backup / "content.json").symlink_to(tmp_path / "content.json")
    refused(backup, "content.json is a symbolic link")
    assert_nothing_changed(settings)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("/etc/passwd", "is an absolute path"),
        ("../outside.png", "climbs out of its folder"),
        ("poses/../../outside.png", "climbs out of its folder"),
        ("./poses/x.png", "climbs out of its folder"),
    ],
)
def test_a_listed_name_that_leaves_the_media_folder_is_refused(backup, settings, name, why):
    listed = backup / "media-files.txt"
    listed.write_text(listed.read_text() + f"{name}\n")
    refused(backup, why)
    assert_nothing_changed(settings)


@pytest.mark.parametrize(
    ("name", "why"),
    [("/etc/passwd", "is an absolute path"), ("../../secret.png", "climbs out of its folder")],
)
def test_a_record_naming_a_file_outside_the_media_folder_is_refused(backup, settings, name, why):
    content = backup / "content.json"
    records = json.loads(content.read_text())
    pose = next(record for record in records if record["model"] == "poses.pose")
    pose["fields"]["image"] = name
    content.write_text(json.dumps(records))
    refused(backup, f"poses.Pose names the file {name!r}, which {why}")
    assert_nothing_changed(settings)


def test_a_file_that_is_not_an_image_where_an_image_is_expected_is_refused(backup, settings):
    (backup / "media" / IMAGE).write_text("<?php system($_GET['c']); ?>")
    refused(backup, "side view.png is not a JPEG, PNG, WebP or AVIF image")
    assert_nothing_changed(settings)


def test_a_listed_file_no_content_refers_to_is_refused(backup, settings):
    (backup / "media" / "extra.png").write_bytes(png_bytes())
    listed = backup / "media-files.txt"
    listed.write_text(listed.read_text() + "extra.png\n")
    refused(backup, "'extra.png', which no content refers to")
    assert_nothing_changed(settings)


def test_a_listed_file_missing_from_the_media_folder_is_refused(backup, settings):
    (backup / "media" / IMAGE).unlink()
    refused(backup, "poses/side view.png is listed but not in")
    assert_nothing_changed(settings)


def test_records_that_are_not_content_are_refused(backup, settings):
    content = backup / "content.json"
    records = json.loads(content.read_text())
    records.append(
        {
            "model": "auth.user",
            "fields": {"username": "intruder", "password": "x", "is_superuser": True},
        }
    )
    content.write_text(json.dumps(records))
    refused(backup, "a record that is not content: auth.User")
    assert_nothing_changed(settings)
    from django.contrib.auth.models import User

    assert not User.objects.filter(username="intruder").exists()


def test_a_damaged_content_file_is_refused(backup, settings):
    (backup / "content.json").write_text('[{"model": "poses.pose", "pk": 1, "fields": {')
    refused(backup, "cannot be read as a backup")
    assert_nothing_changed(settings)


def test_a_failure_while_writing_undoes_the_records_and_the_files(backup, settings):
    """The first file is copied, the second cannot be (its folder's name is taken by a file):
    the records are rolled back and the file already copied is removed."""
    first = "a-first.png"
    (backup / "media" / first).write_bytes(png_bytes("navy"))
    content = backup / "content.json"
    records = json.loads(content.read_text())
    assert not any(record["model"] == "poses.poseimage" for record in records)
    pose = next(record for record in records if record["model"] == "poses.pose")
    records.append(
        {
            "model": "poses.poseimage",
            "pk": 1,
            "fields": {"pose": pose["pk"], "image": first, "alt": "Navy.", "order": 0},
        }
    )
    content.write_text(json.dumps(records))
    (backup / "media-files.txt").write_text(f"{first}\n{IMAGE}\n")
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    (Path(settings.MEDIA_ROOT) / "poses").write_text("a file where the folder should be")

    with pytest.raises(CommandError, match="Restoring failed and nothing was changed"):
        call_command("import_content", str(backup), stdout=StringIO())
    assert content_count() == 0
    assert stored_files(settings) == ["poses"]  # only what was there before


def test_the_command_exits_non_zero_on_a_refused_backup(backup, tmp_path):
    """Through manage.py, as an operator runs it: the exit status says it failed."""
    (backup / "media" / IMAGE).unlink()
    (backup / "media" / IMAGE).symlink_to("/etc/hostname")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "CACHE_URL", "PAGE_CACHE_SECONDS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backsite.settings",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{tmp_path / 'restore.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "restore-media"),
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    migrate = subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [*manage, "migrate", "--no-input", "-v0"], env=env, cwd=ROOT, capture_output=True,
        text=True, timeout=300, check=False,
    )  # fmt: skip
    assert migrate.returncode == 0, migrate.stderr
    result = subprocess.run(  # noqa: S603
        [*manage, "import_content", str(backup)], env=env, cwd=ROOT, capture_output=True,
        text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "is a symbolic link" in result.stderr
    assert not (tmp_path / "restore-media").exists() or not any(
        (tmp_path / "restore-media").rglob("*.png")
    )


def test_the_backups_html_is_never_trusted(backup):
    """A backup's stored HTML is rendered again from its Markdown, so script written into it by
    hand never reaches a visitor."""
    content = backup / "content.json"
    records = json.loads(content.read_text())
    pose = next(record for record in records if record["model"] == "poses.pose")
    pose["fields"]["cautions"] = "Stop if it **hurts**."
    pose["fields"]["cautions_html"] = "<script>alert(1)</script><p onclick='x'>Stop</p>"
    content.write_text(json.dumps(records))
    call_command("import_content", str(backup), stdout=StringIO())
    assert Pose.objects.get().cautions_html == "<p>Stop if it <strong>hurts</strong>.</p>"
