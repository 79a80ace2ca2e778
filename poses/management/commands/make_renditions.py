from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand

from poses.models import Pose, PoseImage
from poses.renditions import has_renditions, make_renditions, rendition_names


def needs_renditions(obj):
    """True when an image has no complete rendition record, or a listed file is not in storage."""
    if not has_renditions(obj):
        return True
    return not all(default_storage.exists(name) for name in rendition_names(obj.image_renditions))


class Command(BaseCommand):
    help = (
        "Make the web renditions of pose images that lack them, for example after import_content "
        "restored content whose renditions were not copied, or after the rendition sizes changed "
        "(use --all). Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Remake the renditions of every image."
        )

    def handle(self, *args, all=False, **options):
        made = kept = 0
        for model in (Pose, PoseImage):
            for obj in model._base_manager.exclude(image="").iterator():
                if not all and not needs_renditions(obj):
                    kept += 1
                    continue
                result = make_renditions.enqueue(model._meta.label, obj.pk, obj.image.name)
                made += 1
                if options["verbosity"] >= 2:
                    self.stdout.write(f"{obj}: {result.status}")
        self.stdout.write(
            self.style.SUCCESS(f"Made renditions for {made} images; {kept} already had them.")
        )
