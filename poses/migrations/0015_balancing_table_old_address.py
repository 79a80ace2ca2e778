"""Balancing table's old address (/poses/samabhasana/) joins the pose's old addresses.

Migration 0009 gave the pose the address of its English name; its old one redirects the way every
renamed pose's does, through PoseOldSlug, rather than through a table of its own.
"""

from django.db import migrations

OLD_SLUG, NEW_SLUG = "samabhasana", "balancing-table"


def keep_old_address(apps, schema_editor):
    db = schema_editor.connection.alias
    Pose = apps.get_model("poses", "Pose")
    PoseOldSlug = apps.get_model("poses", "PoseOldSlug")
    pose = Pose.objects.using(db).filter(slug=NEW_SLUG).first()
    # A site that never had the old address (a new one) has no pose yet; one whose editors gave
    # the address to another pose keeps that pose there.
    if pose is None or Pose.objects.using(db).filter(slug=OLD_SLUG).exists():
        return
    PoseOldSlug.objects.using(db).get_or_create(slug=OLD_SLUG, defaults={"target": pose})


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0014_variation_support_blanket"),
    ]

    operations = [
        migrations.RunPython(keep_old_address, migrations.RunPython.noop, elidable=True),
    ]
