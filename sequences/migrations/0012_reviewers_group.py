"""Create the "Reviewers" group: they publish, approve editors' changes and record reviews.

Editors may read reviews and the list of changes waiting for review, but only reviewers publish.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The pages a reviewer signs off: publish, plus reading and changing them to check a draft.
REVIEWED = {
    "anatomy": ["muscle"],
    "poses": ["pose", "condition"],
    "sequences": ["sequence"],
}
REVIEW_MODELS = ["review", "reviewsource", "pendingrevision"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    reviewers, _ = Group.objects.get_or_create(name="Reviewers")
    for app_label, models in REVIEWED.items():
        reviewers.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model__in=models,
                codename__in=[
                    f"{action}_{model}" for model in models for action in ("publish", "view", "change")
                ],
            )
        )
    reviewers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="backsite", content_type__model__in=REVIEW_MODELS
        )
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    # Earlier grants of "every permission of a model" may have run after the publish permissions
    # existed: publishing is the reviewers' alone.
    editors.permissions.remove(*Permission.objects.filter(codename__startswith="publish_"))
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="backsite",
            content_type__model__in=REVIEW_MODELS,
            codename__startswith="view_",
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name="Reviewers").delete()
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="backsite", content_type__model__in=REVIEW_MODELS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("backsite", "0004_reviews"),
        ("anatomy", "0005_publish_permission"),
        ("poses", "0013_publish_permissions"),
        ("sequences", "0011_publish_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
