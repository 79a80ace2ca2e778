"""A sequence's former addresses, kept so old links still find it; editors keep them."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="sequences", content_type__model="formeraddress"
        )
    )


class Migration(migrations.Migration):

    dependencies = [
        ('sequences', '0009_optional_steps_and_balance_note'),
    ]

    operations = [
        migrations.CreateModel(
            name='FormerAddress',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(help_text='The old slug: /sequences/<slug>/ and its practice pages lead to the sequence.', unique=True)),
                ('sequence', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='former_addresses', to='sequences.sequence')),
            ],
            options={
                'verbose_name': 'former address',
                'verbose_name_plural': 'former addresses',
                'ordering': ['slug'],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
