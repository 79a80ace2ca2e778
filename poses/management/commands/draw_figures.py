from django.core.management.base import BaseCommand

from poses.figures import FOLDER, write_all, write_contact_sheet


class Command(BaseCommand):
    help = (
        "Draw every pose figure from poses/figures/catalogue.py into static/img/figures/ as SVG, "
        "with a contact sheet of them all in static/img/figures/README.md. "
        "Run it after changing a figure, look at the result, and commit the files. Safe to re-run."
    )

    def handle(self, *args, **options):
        paths = write_all(FOLDER)
        sheet = write_contact_sheet()
        largest = max(path.stat().st_size for path in paths)
        self.stdout.write(
            self.style.SUCCESS(
                f"Drew {len(paths)} figures into {FOLDER} (largest {largest / 1024:.1f} KB) "
                f"and their contact sheet, {sheet}."
            )
        )
