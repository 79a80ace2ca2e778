from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm for search's trigram similarity; does nothing on SQLite."""

    dependencies = [
        ("backsite", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
    ]
