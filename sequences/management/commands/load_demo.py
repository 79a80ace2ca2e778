from django.core.management.base import BaseCommand
from django.db import transaction

from sequences.demo import content
from sequences.demo.loader import DemoLoader
from sequences.demo.old_drawings import retire_old_drawing


class Command(BaseCommand):
    help = (
        "Add Backsite's founding content (home and safety pages, the four layers of back muscles, "
        "the poses, the two sequences and the tips), all published. Safe to re-run: it only adds "
        "what is missing and never changes or re-links content that is already there. Poses "
        "without a photo show their drawing from static/img/figures/; a stick-figure drawing an "
        "older version attached, untouched since, is taken away so the new drawing shows."
    )

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 2 else None
        loader = DemoLoader(log=log)
        founding_alts = {pose["slug"]: pose.get("image_alt", "") for pose in content.POSES}
        with transaction.atomic():
            loader.load()
            retired = [
                slug
                for slug, pose in loader.poses.items()
                if slug in founding_alts and retire_old_drawing(pose, founding_alts[slug])
            ]
        self.stdout.write(self.style.SUCCESS(loader.summary()))
        if retired:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Replaced {len(retired)} old stick-figure drawings with the new figures: "
                    f"{', '.join(retired)}."
                )
            )
