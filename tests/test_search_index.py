"""The search index follows every change: saves, edits, deletes, bulk writes and migrations."""

import pytest
from django.core.management import call_command
from django.db import connection

from anatomy.models import Muscle
from backsite.search.schema import ensure_search_indexes, fts_table, searchable_models
from poses.models import Pose
from tests.factories import MuscleFactory, PoseFactory

pytestmark = pytest.mark.django_db


def names(text):
    return [pose.english_name for pose in Pose.objects.search(text)]


def test_a_saved_pose_is_found_by_name_alias_and_text():
    PoseFactory(english_name="Sphinx", aliases="supported cobra", summary="Rest on the forearms.")
    assert names("sphinx") == names("supported cobra") == names("forearm") == ["Sphinx"]


def test_an_edit_is_found_at_once_and_the_old_words_are_gone():
    pose = PoseFactory(english_name="Sphinx", aliases="")
    pose.english_name = "Seal"
    pose.aliases = "flipper"
    pose.save()
    assert names("sphinx") == []
    assert names("seal") == names("flipper") == ["Seal"]


def test_an_edit_through_update_fields_reaches_the_index():
    pose = PoseFactory(english_name="Sphinx")
    pose.aliases = "forearm cobra"
    pose.save(update_fields=["aliases"])
    assert names("forearm cobra") == ["Sphinx"]


def test_a_deleted_pose_leaves_the_index():
    PoseFactory(english_name="Sphinx").delete()
    assert names("sphinx") == []


def test_rows_written_in_bulk_are_indexed():
    poses = []
    for name in ("Sphinx", "Seal"):
        pose = Pose(english_name=name, slug=name.lower(), summary="x", category="prone")
        pose.derive_search_fields()
        poses.append(pose)
    Pose.objects.bulk_create(poses)
    assert names("seal") == ["Seal"]


def test_muscle_aliases_follow_edits():
    muscle = MuscleFactory(name="Latissimus dorsi", aliases="wings")
    assert [m.name for m in Muscle.objects.search("wings")] == ["Latissimus dorsi"]
    muscle.aliases = "lats"
    muscle.save()
    assert list(Muscle.objects.search("wings")) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps its index by triggers")
def test_triggers_a_table_rebuild_drops_come_back_after_migrate():
    PoseFactory(english_name="Sphinx")
    table = Pose._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table]
        )
        triggers = [name for (name,) in cursor.fetchall()]
        for name in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
    assert len(triggers) == 3
    PoseFactory(english_name="Seal")  # written while the triggers are missing
    assert names("seal") == []
    ensure_search_indexes(using=connection.alias)
    assert names("seal") == ["Seal"] and names("sphinx") == ["Sphinx"]


def test_the_index_exists_for_every_searchable_model():
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
        models = searchable_models()
        assert {model.__name__ for model in models} >= {"Pose", "Muscle", "Condition", "Sequence"}
        for model in models:
            if connection.vendor == "sqlite":
                assert fts_table(model) in tables
            else:
                constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
                assert f"{model._meta.db_table}_search_vector" in constraints


def test_migrate_again_changes_nothing():
    PoseFactory(english_name="Sphinx")
    call_command("migrate", verbosity=0)
    assert names("sphinx") == ["Sphinx"]
