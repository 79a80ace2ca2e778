from django.core.management.base import BaseCommand
from django.db import transaction

from sequences.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Add Backsite's founding content (home and safety pages, the four layers of back muscles, "
        "the poses, the two sequences and the tips), all published. Safe to re-run: it only adds "
        "what is missing and never changes or re-links content that is already there. Poses "
        "without a photo show their drawing from static/img/figures/."
    )

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] >= 2 else None
        loader = DemoLoader(log=log)
        with transaction.atomic():
            loader.load()
        self.stdout.write(self.style.SUCCESS(loader.summary()))
