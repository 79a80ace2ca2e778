"""Let the Editors group manage a pose's further images as well."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="poses", content_type__model="poseimage")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="poses", content_type__model="poseimage"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0002_pose_images"),
        ("sequences", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
