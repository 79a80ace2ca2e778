import time

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db.models import Q

from poses.models import Pose, PoseImage
from poses.renditions import has_renditions, rendition_names
from poses.storage import upload_storage
from poses.tasks import make_renditions, prepare_image

# An upload no record waits for is left by a form that was not saved; it goes after a day.
ORPHAN_AGE_SECONDS = 24 * 60 * 60


def needs_renditions(obj):
    """True when an image has no complete rendition record, or a listed file is not in storage."""
    if not has_renditions(obj):
        return True
    return not all(default_storage.exists(name) for name in rendition_names(obj.image_renditions))


class Command(BaseCommand):
    help = (
        "Make what pose images lack: clean uploads still waiting for the worker, and make missing "
        "web renditions (for example after import_content restored content without them, or "
        "after the rendition sizes changed: use --all). Works here and now, whether or not a "
        "worker runs (--queue leaves it to the worker). Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Remake the renditions of every image."
        )
        parser.add_argument(
            "--queue", action="store_true", help="Queue the work for the worker instead."
        )

    def handle(self, *args, all=False, queue=False, **options):
        made = kept = failed = 0
        waiting = set()
        for model in (Pose, PoseImage):
            with_image = ~Q(image="") | Q(image_renditions__has_key="upload")
            for obj in model._base_manager.filter(with_image).iterator():
                upload = (obj.image_renditions or {}).get("upload")
                if upload:
                    task, args = prepare_image, (model._meta.label, obj.pk, upload)
                    waiting.add(upload)
                elif obj.image and (all or needs_renditions(obj)):
                    task, args = make_renditions, (model._meta.label, obj.pk, obj.image.name)
                else:
                    kept += 1
                    continue
                if queue:
                    task.enqueue(*args)
                    made += 1
                    continue
                try:
                    task.call(*args, attempt=None)  # by hand: report, do not queue a retry
                except Exception as error:  # logged by the task; the image shown is kept
                    failed += 1
                    self.stderr.write(f"{obj}: {error}")
                else:
                    made += 1
                if options["verbosity"] >= 2:
                    self.stdout.write(f"{obj}: done")
        swept = self.sweep(waiting)
        summary = f"Made renditions for {made} images; {kept} already had them."
        if swept:
            summary += f" Removed {swept} uploads that no form saved."
        self.stdout.write(self.style.SUCCESS(summary))
        if failed:
            self.stderr.write(self.style.ERROR(f"{failed} images failed; see the messages above."))

    def sweep(self, waiting):
        """Delete uploads kept for forms that were never saved (none that a record waits for)."""
        storage = upload_storage()
        try:
            _folders, names = storage.listdir("")
        except FileNotFoundError:
            return 0
        swept = 0
        for name in names:
            if name in waiting:
                continue
            age = time.time() - storage.get_modified_time(name).timestamp()
            if age > ORPHAN_AGE_SECONDS:
                storage.delete(name)
                swept += 1
        return swept
