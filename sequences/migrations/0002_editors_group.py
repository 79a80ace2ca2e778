"""Create the "Editors" group with exactly the permissions needed to manage content."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODELS = {
    "backsite": ["page"],
    "anatomy": ["musclegroup", "muscle"],
    "poses": ["pose", "posemuscle"],
    "sequences": ["sequence", "sequencestep", "tip"],
    "taggit": ["tag", "taggeditem"],
}


def grant_editor_permissions(apps, schema_editor):
    # Permissions are normally created after migrations finish; create them now so they can be granted.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for app_label, models in EDITOR_MODELS.items():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, content_type__model__in=models
            )
        )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("backsite", "0001_initial"),
        ("anatomy", "0001_initial"),
        ("poses", "0001_initial"),
        ("sequences", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(grant_editor_permissions, remove_editors)]
