"""Restore content written by export_content into a database that has no content yet."""

from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from backsite.cache import invalidate
from backsite.signals import content_restored

from .export_content import content_models, is_safe_media_name


class Command(BaseCommand):
    help = (
        "Restore a backup made by export_content from FOLDER into this database, which must be "
        "migrated and hold no content yet. Uploads in FOLDER/media/ are copied into the media "
        "storage. Run `manage.py migrate` first."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A folder written by export_content.")

    def handle(self, folder, **options):
        folder = Path(folder)
        content = folder / "content.json"
        if not content.is_file():
            raise CommandError(f"{content} does not exist: give the folder export_content wrote.")

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

        with transaction.atomic():
            call_command("loaddata", str(content), verbosity=0)

        copied = 0
        media = folder / "media"
        listed = folder / "media-files.txt"
        # One name a line, as export_content writes them.
        text = listed.read_text(encoding="utf-8") if listed.is_file() else ""
        names = [name for name in text.splitlines() if name]
        for name in names:
            source = media / name
            if not is_safe_media_name(name) or not source.is_file():
                continue
            if default_storage.exists(name):
                copied += 1  # Already in place (a shared bucket, or a second run).
                continue
            with source.open("rb") as handle:
                default_storage.save(name, File(handle))
            copied += 1
        # Derived files (such as the web renditions of pose images) are not in the backup: the app
        # that makes them remakes them from the originals when told the content is back.
        content_restored.send(sender=self.__class__, stdout=self.stdout)
        invalidate()

        self.stdout.write(
            self.style.SUCCESS(
                f"Restored content from {content} and copied {copied} of {len(names)} media files."
            )
        )
        if copied < len(names):
            self.stdout.write(
                f"Copy the other media files listed in {listed} into the media storage by hand."
            )
