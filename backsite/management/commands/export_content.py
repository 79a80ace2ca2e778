"""Write all site content to a folder: content.json, media-files.txt and, if asked, media/."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction


def content_models():
    """Every model of the content apps (settings.CONTENT_APPS), in an order that loads cleanly.

    Models tied to accounts (``in_backups = False``: reviewers' profiles, changes waiting for
    review) are left out, as the accounts are, and so is what a restore makes again from the
    content (search's word list).
    """
    for label in settings.CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            if getattr(model, "in_backups", True):
                yield model


def is_safe_media_name(name):
    """True for a relative name inside the media storage, with no way up and out of a folder."""
    path = Path(name)
    return not path.is_absolute() and ".." not in path.parts


def media_names():
    """Every uploaded file the content refers to, as names in the media storage."""
    names = set()
    for model in content_models():
        fields = model._meta.concrete_fields
        for field in [f.name for f in fields if isinstance(f, models.FileField)]:
            names.update(
                name for name in model._default_manager.values_list(field, flat=True) if name
            )
    return sorted(names)


class Command(BaseCommand):
    help = (
        "Export all site content (anatomy, poses, sequences, tips, site text and tags) to FOLDER: "
        "content.json for import_content, and media-files.txt listing the uploads to copy with it. "
        "With --copy-media the uploads are copied into FOLDER/media/ too (from any media storage, "
        "S3 included). Editor accounts are not content: make them again with create_editor."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the backup; created if missing.")
        parser.add_argument(
            "--copy-media",
            action="store_true",
            help="Also copy the uploaded files into FOLDER/media/.",
        )

    def handle(self, folder, copy_media=False, **options):
        folder = Path(folder)
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder} exists and is not a folder.")
        folder.mkdir(parents=True, exist_ok=True)

        # One consistent snapshot, even while editors keep working.
        with transaction.atomic():
            objects = [
                obj
                for model in content_models()
                for obj in model._default_manager.order_by("pk").iterator()
            ]
            media = media_names()
        text = serializers.serialize(
            "json", objects, indent=1, use_natural_foreign_keys=True, ensure_ascii=False
        )
        (folder / "content.json").write_text(text, encoding="utf-8")
        (folder / "media-files.txt").write_text(
            "".join(f"{name}\n" for name in media), encoding="utf-8"
        )

        missing = []
        if copy_media:
            for name in media:
                target = folder / "media" / name
                if not is_safe_media_name(name) or not default_storage.exists(name):
                    missing.append(name)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with default_storage.open(name, "rb") as source:
                    target.write_bytes(source.read())
        for name in missing:
            self.stderr.write(self.style.WARNING(f"Missing from media storage: {name}"))

        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {len(objects)} records and listed {len(media)} media files in {folder}"
                + (" (media copied)." if copy_media else ".")
            )
        )
