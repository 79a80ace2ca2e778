import django.contrib.postgres.search
from django.db import migrations, models

from backsite.search.schema import CreateSearchIndex, fill_search_columns


class Migration(migrations.Migration):

    dependencies = [
        ("poses", "0002_pose_images"),
        ("backsite", "0002_pg_trgm"),
    ]

    operations = [
        migrations.AddField(
            model_name="pose",
            name="aliases",
            field=models.TextField(blank=True, help_text="Other names people search for, one per line: bird dog, cat cow."),
        ),
        migrations.AlterField(
            model_name="pose",
            name="search_name",
            field=models.TextField(blank=True, editable=False, help_text="The names as plain words, for search."),
        ),
        migrations.AddField(
            model_name="pose",
            name="search_aliases",
            field=models.TextField(blank=True, editable=False, help_text="The aliases as plain words, for search."),
        ),
        migrations.AddField(
            model_name="pose",
            name="search_text",
            field=models.TextField(blank=True, editable=False, help_text="The text as plain words, for search."),
        ),
        migrations.AddField(
            model_name="pose",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(
            fill_search_columns(
                "poses",
                "Pose",
                names=["english_name", "sanskrit_name"],
                aliases=["aliases"],
                text=["summary", "steps_html", "benefits_html", "cautions_html", "modifications_html"],
            ),
            migrations.RunPython.noop,
        ),
        migrations.AddIndex(
            model_name="pose",
            index=models.Index(fields=["is_published"], name="pose_published_idx"),
        ),
        CreateSearchIndex("pose"),
    ]
