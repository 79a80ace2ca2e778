"""The fixed set of spinal movements and loads a pose can involve."""

from django.db import migrations

MOVEMENTS = [
    ("flexion", "Bending forward"),
    ("extension", "Bending backward"),
    ("rotation", "Twisting"),
    ("side-bend", "Side-bending"),
    ("neutral", "Neutral or stabilising"),
    ("spinal-load", "Load through the spine"),
    ("head-below-heart", "Head below the heart"),
    ("wrist-load", "Weight on the wrists"),
    ("kneeling", "Kneeling"),
    ("prone", "Lying on the front"),
    ("supine", "Lying on the back"),
]


def add_movements(apps, schema_editor):
    Movement = apps.get_model("poses", "Movement")
    for order, (slug, name) in enumerate(MOVEMENTS, start=1):
        Movement.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})


def remove_movements(apps, schema_editor):
    apps.get_model("poses", "Movement").objects.filter(
        slug__in=[slug for slug, _ in MOVEMENTS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("poses", "0004_conditions_and_verdicts")]

    operations = [migrations.RunPython(add_movements, remove_movements)]
