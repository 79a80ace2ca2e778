"""Backup and restore: export_content, then import_content into a new, empty database."""

import difflib
import io
import json
import os
import re
import secrets
import subprocess
import sys
import textwrap
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from PIL import Image

from backsite.management.commands.export_content import content_models
from poses.models import Pose
from sequences.models import Sequence
from tests.factories import PoseFactory

ROOT = Path(__file__).resolve().parent.parent


def counts():
    return {model._meta.label: model._default_manager.count() for model in content_models()}


def restore_elsewhere(tmp_path, backup, urls):
    """Migrate a new SQLite database in a fresh process, import the backup, render `urls`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "CACHE_URL", "REDIS_URL", "PAGE_CACHE_SECONDS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backsite.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "restored-media"),
    )
    code = textwrap.dedent(
        f"""
        import json, django
        django.setup()
        from django.core.management import call_command
        from django.test import Client
        from backsite.management.commands.export_content import content_models
        call_command("migrate", "--no-input", verbosity=0)
        call_command("import_content", {str(backup)!r})
        client = Client()
        pages = {{url: client.get(url).content.decode() for url in {urls!r}}}
        counts = {{m._meta.label: m._default_manager.count() for m in content_models()}}
        print("RESULT " + json.dumps({{"pages": pages, "counts": counts}}))
        """
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Restored content from" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


@pytest.mark.django_db
def test_demo_content_round_trips_into_an_empty_database(tmp_path, settings):
    call_command("load_demo", verbosity=0)
    # The founding poses show static drawings; give one an uploaded photo so media is exported.
    photo = io.BytesIO()
    Image.new("RGB", (400, 300), "teal").save(photo, format="PNG")
    cobra = Pose.objects.get(slug="cobra")
    cobra.image = ContentFile(photo.getvalue(), "cobra-photo.png")
    cobra.image_alt = "A person in cobra pose."
    cobra.save()
    # Renditions are made once a save commits, which a test's transaction never does: make them.
    call_command("make_renditions", verbosity=0, stdout=StringIO())
    before = counts()
    assert before["poses.Pose"] >= 10 and before["sequences.Sequence"] >= 2

    pose = Pose.objects.published().exclude(image="").first()
    sequence = Sequence.objects.published().first()
    urls = ["/", pose.get_absolute_url(), sequence.get_absolute_url(), "/poses/?level=beginner"]
    client = Client()
    pages = {url: client.get(url).content.decode() for url in urls}
    assert all(pose.english_name in pages[url] for url in urls[1:2])

    backup = tmp_path / "backup"
    call_command("export_content", str(backup), "--copy-media", verbosity=0)
    listed = (backup / "media-files.txt").read_text().split()
    assert pose.image.name in listed
    assert (backup / "media" / pose.image.name).read_bytes() == pose.image.read()

    restored = restore_elsewhere(tmp_path, backup, urls)

    assert restored["counts"] == before
    for url in urls:
        diff = difflib.unified_diff(
            pages[url].splitlines(), restored["pages"][url].splitlines(), lineterm="", n=1
        )
        assert restored["pages"][url] == pages[url], f"{url}\n" + "\n".join(diff)
    # The uploads came along into the new media folder, byte for byte.
    for name in listed:
        copied = tmp_path / "restored-media" / name
        assert copied.read_bytes() == (settings.MEDIA_ROOT / name).read_bytes(), name
    # And every media file the restored pages point to (renditions included) is there.
    shown = {
        name
        for page in restored["pages"].values()
        for name in re.findall(r"/media/([^\s\"',]+)", page)
    }
    assert any(name in listed for name in shown)
    missing = [name for name in shown if not (tmp_path / "restored-media" / name).is_file()]
    assert missing == []


def test_export_lists_media_and_copies_it_only_when_asked(db, tmp_path, settings):
    pose = PoseFactory(slug="bridge", image_alt="A person lying in bridge pose.")
    pose.image.save("bridge.png", ContentFile(b"\x89PNG not really"), save=True)
    backup = tmp_path / "out"
    call_command("export_content", str(backup), verbosity=0)
    assert (backup / "media-files.txt").read_text() == f"{pose.image.name}\n"
    assert not (backup / "media").exists()
    data = json.loads((backup / "content.json").read_text())
    record = next(item for item in data if item["model"] == "poses.pose")
    assert record["fields"]["slug"] == "bridge"


def test_import_refuses_a_database_with_content(db, tmp_path):
    PoseFactory()
    backup = tmp_path / "out"
    call_command("export_content", str(backup), verbosity=0)
    with pytest.raises(CommandError, match="already has content .*poses.Pose"):
        call_command("import_content", str(backup))


def test_import_explains_a_wrong_folder(db, tmp_path):
    with pytest.raises(CommandError, match="content.json does not exist"):
        call_command("import_content", str(tmp_path / "nowhere"))


def test_export_refuses_a_file_as_folder(db, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(CommandError, match="is not a folder"):
        call_command("export_content", str(target))
