import django.contrib.postgres.search
from django.db import migrations, models

from backsite.search.schema import CreateSearchIndex, fill_search_columns


def search_columns(model_name):
    help_texts = {
        "search_name": "The names as plain words, for search.",
        "search_aliases": "The aliases as plain words, for search.",
        "search_text": "The text as plain words, for search.",
    }
    fields = [
        migrations.AddField(
            model_name=model_name,
            name=name,
            field=models.TextField(blank=True, editable=False, help_text=help_text),
        )
        for name, help_text in help_texts.items()
    ]
    vector = migrations.AddField(
        model_name=model_name,
        name="search_vector",
        field=django.contrib.postgres.search.SearchVectorField(blank=True, editable=False, null=True),
    )
    return [*fields, vector]


class Migration(migrations.Migration):

    dependencies = [
        ("sequences", "0004_sequence_poses"),
        ("backsite", "0002_pg_trgm"),
    ]

    operations = [
        *search_columns("sequence"),
        *search_columns("tip"),
        migrations.RunPython(
            fill_search_columns(
                "sequences", "Sequence", names=["title"], text=["summary", "introduction_html"]
            ),
            migrations.RunPython.noop,
        ),
        migrations.RunPython(
            fill_search_columns("sequences", "Tip", names=["title"], text=["body_html"]),
            migrations.RunPython.noop,
        ),
        CreateSearchIndex("sequence"),
        CreateSearchIndex("tip"),
    ]
