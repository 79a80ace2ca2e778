"""Tags now ignore case: merge "Gentle" into "gentle" (and the like) that exist already.

The tag kept is the one on most objects (the oldest on a tie); every object keeps each of its tags
once.
"""

from django.db import migrations


def merge_case_duplicates(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    groups = {}
    for tag in Tag.objects.order_by("pk"):
        groups.setdefault(tag.name.casefold(), []).append(tag)
    for tags in groups.values():
        if len(tags) < 2:
            continue
        counts = {tag.pk: TaggedItem.objects.filter(tag=tag).count() for tag in tags}
        keeper = max(tags, key=lambda tag: (counts[tag.pk], -tag.pk))
        for tag in tags:
            if tag.pk == keeper.pk:
                continue
            for item in TaggedItem.objects.filter(tag=tag):
                already = TaggedItem.objects.filter(
                    tag=keeper, content_type_id=item.content_type_id, object_id=item.object_id
                ).exists()
                if already:
                    item.delete()
                else:
                    item.tag = keeper
                    item.save(update_fields=["tag"])
            tag.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("poses", "0009_category_by_position"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(merge_case_duplicates, migrations.RunPython.noop)]
