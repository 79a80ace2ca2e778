import django.contrib.postgres.search
from django.db import migrations, models

from backsite.search.schema import CreateSearchIndex, fill_search_columns


class Migration(migrations.Migration):

    dependencies = [
        ("anatomy", "0001_initial"),
        ("backsite", "0002_pg_trgm"),
    ]

    operations = [
        migrations.AddField(
            model_name="muscle",
            name="aliases",
            field=models.TextField(blank=True, help_text="Other names people search for, one per line: lats, traps."),
        ),
        migrations.AddField(
            model_name="muscle",
            name="search_name",
            field=models.TextField(blank=True, editable=False, help_text="The names as plain words, for search."),
        ),
        migrations.AddField(
            model_name="muscle",
            name="search_aliases",
            field=models.TextField(blank=True, editable=False, help_text="The aliases as plain words, for search."),
        ),
        migrations.AddField(
            model_name="muscle",
            name="search_text",
            field=models.TextField(blank=True, editable=False, help_text="The text as plain words, for search."),
        ),
        migrations.AddField(
            model_name="muscle",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(
            fill_search_columns(
                "anatomy",
                "Muscle",
                names=["name"],
                aliases=["aliases"],
                text=["location", "action", "origin", "insertion", "innervation", "description_html"],
            ),
            migrations.RunPython.noop,
        ),
        CreateSearchIndex("muscle"),
    ]
