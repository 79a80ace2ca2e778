"""Restore content written by export_content into a database that has no content yet.

A backup folder is not trusted: everything in it is checked before anything is written (no
symbolic links, no name that is absolute or climbs out with ``..``, only content records, a real
image wherever the content expects one), and the restore then happens all at once or not at all.
The Markdown's HTML is rendered and sanitised again rather than taken from the backup.
Any failure stops the command with a non-zero exit status and says what was wrong.
"""

import os
import stat
from pathlib import Path

from django.core import serializers
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from PIL import Image

from backsite.cache import invalidate
from backsite.markdown import render_markdown
from backsite.signals import content_restored

from .export_content import content_models

# What Backsite accepts as an uploaded image (poses/images.py checks uploads the same way).
IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "AVIF")
MAX_PROBLEMS_SHOWN = 20


def unsafe_name(name: str) -> str | None:
    """Why ``name`` cannot be a file in the media storage, or None when it can."""
    if not name or name != name.strip():
        return "is empty or starts or ends with a space"
    if "\x00" in name or "\\" in name or any(ord(c) < 32 for c in name):
        return "contains a control character or a backslash"
    if Path(name).is_absolute() or name.startswith("/"):
        return "is an absolute path"
    if any(part in {"", ".", ".."} for part in name.split("/")):
        return "climbs out of its folder or has an empty part"
    return None


def check_image(path: Path) -> str | None:
    """Why the file at ``path`` is not an image Backsite shows, or None when it is one."""
    try:
        with Image.open(path, formats=IMAGE_FORMATS) as image:
            image.verify()
    except Exception as error:  # Pillow raises many kinds for a file that is not an image
        return f"is not a JPEG, PNG, WebP or AVIF image ({type(error).__name__})"
    return None


def open_regular_file(path: Path):
    """Open ``path`` for reading without following a link put there after the checks."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise CommandError(f"{path} is no longer a regular file.")
    return os.fdopen(descriptor, "rb")


def rerender_markdown():
    """Render every stored Markdown text again: the backup's HTML is never shown as it came.

    loaddata stores records as they are, so a backup whose ``*_html`` fields were written by hand
    would otherwise reach visitors unsanitised.
    """
    for model in content_models():
        names = getattr(model, "markdown_fields", ())
        if not names:
            continue
        for pk, *texts in model._base_manager.values_list("pk", *names).iterator():
            html = {
                f"{name}_html": render_markdown(text)
                for name, text in zip(names, texts, strict=True)
            }
            model._base_manager.filter(pk=pk).update(**html)


class Command(BaseCommand):
    help = (
        "Restore a backup made by export_content from FOLDER into this database, which must be "
        "migrated and hold no content yet. Uploads in FOLDER/media/ are copied into the media "
        "storage. Everything is checked first; on any problem nothing is changed and the command "
        "exits with a non-zero status. Run `manage.py migrate` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A folder written by export_content.")

    def handle(self, folder, **options):
        folder = Path(folder)
        content = folder / "content.json"
        if not content.is_file() and not content.is_symlink():
            raise CommandError(f"{content} does not exist: give the folder export_content wrote.")
        self.refuse_occupied_database()
        names, media = self.inspect_backup(folder, content)

        copied = self.restore(content, names, media)

        # Derived files (such as the web renditions of pose images) are not in the backup: the app
        # that makes them remakes them from the originals when told the content is back.
        try:
            content_restored.send(sender=self.__class__, stdout=self.stdout)
        except Exception as error:
            raise CommandError(
                f"The content was restored, but making what is derived from it failed: {error}. "
                "Run `manage.py make_renditions` once the cause is fixed."
            ) from error
        finally:
            invalidate()

        self.stdout.write(
            self.style.SUCCESS(
                f"Restored content from {content} and copied {copied} of {len(names)} media files."
            )
        )
        if media is None and names:
            self.stdout.write(
                f"The backup has no media/ folder: copy the files listed in "
                f"{folder / 'media-files.txt'} into the media storage by hand."
            )

    def refuse_occupied_database(self):
        # Rows a migration creates (a fixed list such as the spinal movements) are in every
        # migrated database; the backup's copy of them replaces them by primary key.
        occupied = [
            model._meta.label
            for model in content_models()
            if not getattr(model, "made_by_migrations", False) and model._default_manager.exists()
        ]
        if occupied:
            raise CommandError(
                "This database already has content ("
                + ", ".join(occupied)
                + "). Restore into an empty, migrated database so nothing is mixed or overwritten."
            )

    def inspect_backup(self, folder, content):
        """Every problem with the backup, all found before anything is written."""
        problems = []
        listed = folder / "media-files.txt"
        media = folder / "media"
        for path in (folder / "content.json", listed, media):
            if path.is_symlink():
                problems.append(f"{path} is a symbolic link.")
        if problems:
            raise self.refusal(problems)

        # Every record must be content, and every file it names a safe name.
        expected = {}  # media name -> whether an image is expected there
        allowed = set(content_models())
        try:
            with content.open(encoding="utf-8") as handle:
                records = list(
                    serializers.deserialize("json", handle, handle_forward_references=True)
                )
        except Exception as error:
            raise self.refusal([f"{content} cannot be read as a backup: {error}"]) from error
        for record in records:
            model = type(record.object)
            if model not in allowed:
                problems.append(
                    f"{content} holds a record that is not content: {model._meta.label}."
                )
                continue
            for field in model._meta.concrete_fields:
                if not isinstance(field, models.FileField):
                    continue
                name = str(getattr(record.object, field.attname) or "")
                if not name:
                    continue
                reason = unsafe_name(name)
                if reason:
                    problems.append(f"{model._meta.label} names the file {name!r}, which {reason}.")
                else:
                    expected[name] = expected.get(name, False) or isinstance(
                        field, models.ImageField
                    )

        text = listed.read_text(encoding="utf-8") if listed.is_file() else ""
        names = [name for name in text.splitlines() if name]
        for name in names:
            reason = unsafe_name(name)
            if reason:
                problems.append(f"{listed.name} lists {name!r}, which {reason}.")
            elif name not in expected:
                problems.append(f"{listed.name} lists {name!r}, which no content refers to.")

        if not media.exists():
            return self.checked(problems, names, None)
        if not media.is_dir():
            problems.append(f"{media} is not a folder.")
            return self.checked(problems, names, None)
        for root, folders, files in os.walk(media, followlinks=False):
            for entry in [*folders, *files]:
                path = Path(root) / entry
                if path.is_symlink():
                    problems.append(f"{path} is a symbolic link.")
                elif not (path.is_dir() or path.is_file()):
                    problems.append(f"{path} is not a regular file.")
        if problems:
            raise self.refusal(problems)
        for name in names:
            if unsafe_name(name) or name not in expected:
                continue
            path = media / name
            if not path.is_file():
                problems.append(f"{name} is listed but not in {media}.")
            elif expected[name]:
                reason = check_image(path)
                if reason:
                    problems.append(f"{path} {reason}.")
        return self.checked(problems, names, media)

    def checked(self, problems, names, media):
        if problems:
            raise self.refusal(problems)
        return names, media

    def refusal(self, problems):
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        lines = "\n".join(f"  - {problem}" for problem in shown)
        if more:
            lines += f"\n  - and {more} more"
        return CommandError(f"The backup was refused and nothing was changed:\n{lines}")

    def restore(self, content, names, media):
        """Load the records and copy the files together: on any failure, neither is kept."""
        saved = []
        copied = 0
        try:
            with transaction.atomic():
                call_command("loaddata", str(content), verbosity=0)
                rerender_markdown()
                for name in names if media is not None else ():
                    if default_storage.exists(name):
                        copied += 1  # Already in place (a shared bucket, or a second run).
                        continue
                    with open_regular_file(media / name) as handle:
                        stored = default_storage.save(name, File(handle, name=name))
                    saved.append(stored)
                    if stored != name:
                        raise CommandError(f"the media storage kept {name} as {stored}")
                    copied += 1
        except Exception as error:
            for name in saved:
                default_storage.delete(name)
            raise CommandError(
                f"Restoring failed and nothing was changed (records and files both undone): {error}"
            ) from error
        return copied
