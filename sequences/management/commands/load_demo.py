from django.core.management.base import BaseCommand
from django.db import transaction

from poses.illustrations import attach_illustration
from sequences.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Add Backsite's founding content (home and safety pages, the four layers of back muscles, "
        "the poses, the two sequences and the tips), all published. Safe to re-run: it only adds "
        "what is missing and never changes or re-links content that is already there."
    )

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 2 else None
        loader = DemoLoader(log=log)
        with transaction.atomic():
            loader.load()
            # Only poses made in this run get a drawing: an image an editor removed stays removed.
            for pose in loader.poses.values():
                if loader.is_new(pose):
                    attach_illustration(pose)
        self.stdout.write(self.style.SUCCESS(loader.summary()))
