"""Kinds of pose become positions (lying on the back or front, kneeling, seated, standing, inversion).

"Twist", "Backbend" and "Flowing movement" were movements, not ways of doing a pose: the founding
poses get the position they are done in, wherever an editor has not changed their kind. Any other
pose with one of those kinds gets the position its movements name (lying on the front or back,
kneeling), or else the likeliest one for that kind; an editor can change it in the admin.

Balancing table moves to the address of its English name, like every other pose, and takes its
Sanskrit name with diacritics; the old name stays an alias, so a search for it still finds the
pose, and the old address answers with a permanent redirect (poses/moved.py). The founding tags that
repeated a kind or a level ("standing", "inversion", "advanced") are taken off the founding poses.
"""

from django.db import migrations, models

from backsite.search.schema import fill_search_columns

# slug: (kind the founding content gave it, the position it is done in)
FOUNDING = {
    "cat-cow": ("flow", "kneeling"),
    "cobra": ("backbend", "prone"),
    "lying-spinal-twist": ("twist", "supine"),
    "half-revolved-belly-pose": ("twist", "supine"),
    "fish": ("backbend", "supine"),
    "sphinx": ("backbend", "prone"),
    "chair-cat-cow": ("flow", "seated"),
    "chair-twist": ("twist", "seated"),
    "bent-knee-lying-twist": ("twist", "supine"),
    "knee-sways": ("flow", "supine"),
    "supported-fish": ("backbend", "supine"),
}
RETIRED = {"twist": "seated", "backbend": "prone", "flow": "kneeling"}
POSITION_MOVEMENTS = ("prone", "supine", "kneeling")  # movement slugs that are also positions

FOUNDING_SLUGS = [
    "cat-cow", "childs-pose", "cobra", "lying-spinal-twist", "samabhasana", "balancing-table",
    "half-revolved-belly-pose", "handstand", "triangle", "lunge", "fish", "chair",
]  # fmt: skip
REPEATED_TAGS = ["standing", "inversion", "advanced"]

OLD_SLUG, NEW_SLUG = "samabhasana", "balancing-table"
OLD_SANSKRIT, NEW_SANSKRIT = "Samabhasana", "Daṇḍāyamāna Bharmanāsana"


def by_position(apps, schema_editor):
    Pose = apps.get_model("poses", "Pose")
    db = schema_editor.connection.alias
    poses = Pose.objects.using(db)
    for slug, (old, new) in FOUNDING.items():
        poses.filter(slug=slug, category=old).update(category=new, version=models.F("version") + 1)
    for pose in poses.filter(category__in=list(RETIRED)).prefetch_related("movements"):
        moves = {movement.slug for movement in pose.movements.all()}
        pose.category = next((m for m in POSITION_MOVEMENTS if m in moves), RETIRED[pose.category])
        pose.version += 1
        pose.save(update_fields=["category", "version"])


def rename_balancing_table(apps, schema_editor):
    Pose = apps.get_model("poses", "Pose")
    poses = Pose.objects.using(schema_editor.connection.alias)
    pose = poses.filter(slug=OLD_SLUG).first()
    if pose is None or poses.filter(slug=NEW_SLUG).exists():
        return
    pose.slug = NEW_SLUG
    if pose.sanskrit_name == OLD_SANSKRIT:
        pose.sanskrit_name = NEW_SANSKRIT
    aliases = [line for line in pose.aliases.splitlines() if line.strip()]
    if OLD_SANSKRIT.lower() not in {alias.strip().lower() for alias in aliases}:
        pose.aliases = "\n".join([*aliases, OLD_SANSKRIT.lower()])
    pose.version += 1
    pose.save(update_fields=["slug", "sanskrit_name", "aliases", "version"])


def untag_repeated_kinds(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    Pose = apps.get_model("poses", "Pose")
    content_type = ContentType.objects.using(db).filter(app_label="poses", model="pose").first()
    if content_type is None:  # a new database: nothing tagged yet
        return
    founding = Pose.objects.using(db).filter(slug__in=FOUNDING_SLUGS).values("pk")
    TaggedItem.objects.using(db).filter(
        content_type=content_type, object_id__in=founding, tag__slug__in=REPEATED_TAGS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0008_condition_search"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunPython(by_position, migrations.RunPython.noop),
        migrations.RunPython(rename_balancing_table, migrations.RunPython.noop),
        migrations.RunPython(untag_repeated_kinds, migrations.RunPython.noop),
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
        migrations.AlterField(
            model_name="pose",
            name="category",
            field=models.CharField(
                choices=[
                    ("supine", "Lying on the back"),
                    ("prone", "Lying on the front"),
                    ("kneeling", "Kneeling or on all fours"),
                    ("seated", "Seated"),
                    ("standing", "Standing"),
                    ("inversion", "Inversion"),
                ],
                max_length=20,
            ),
        ),
    ]
