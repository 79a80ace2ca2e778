"""Every pose can be found by how it is done, every filter option finds poses, and moved pose
addresses keep working."""

import re
from html import unescape

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from poses.models import Category, Pose, PoseOldSlug
from sequences.demo import content
from tests.factories import PoseFactory

LIST = reverse("poses:list")
BEFORE, AFTER = ("poses", "0008_condition_search"), ("poses", "0009_category_by_position")
# Every choice of the library's filter form, checked option by option as a visitor sees them.
CHECKED_FILTERS = ["category", "level", "tag", "group", "muscle"]


def offered_options(html, name):
    """The values a <select name=...> of the library's filter form offers, "Any" left out."""
    select = re.search(rf'<select[^>]* name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"the filter form has no {name} choice"
    return [unescape(value) for value in re.findall(r'<option value="([^"]+)"', select.group(1))]


def test_every_founding_pose_is_filed_by_its_position():
    positions = {choice.value for choice in Category}
    assert positions == {"supine", "prone", "kneeling", "seated", "standing", "inversion"}
    assert {pose["category"] for pose in content.POSES} <= positions
    by_slug = {pose["slug"]: pose["category"] for pose in content.POSES}
    assert by_slug["cobra"] == "prone"
    assert by_slug["fish"] == by_slug["lying-spinal-twist"] == "supine"
    assert by_slug["cat-cow"] == "kneeling"


def test_founding_tags_do_not_repeat_the_kinds_or_levels():
    repeated = {choice.value for choice in Category} | {"beginner", "intermediate", "advanced"}
    for pose in content.POSES:
        assert not repeated & set(pose["tags"]), pose["slug"]


@pytest.mark.parametrize("name", CHECKED_FILTERS)
def test_no_offered_filter_option_gives_an_empty_list(client, demo, name):
    html = client.get(LIST).content.decode()
    options = offered_options(html, name)
    assert options
    for value in options:
        page = client.get(LIST, {name: value}).content.decode()
        assert "No poses found" not in page, f"{name}={value} offers nothing"


def test_every_position_of_the_founding_poses_finds_them(client, demo):
    for category in ("supine", "prone", "kneeling", "standing"):
        html = client.get(LIST, {"category": category}).content.decode()
        assert "No poses found" not in html, category
    names = client.get(LIST, {"category": "prone"}).content.decode()
    assert "Cobra pose" in names


def test_the_old_balancing_table_address_redirects_for_good(client, db):
    pose = PoseFactory(slug="balancing-table", english_name="Balancing table")
    PoseOldSlug.objects.create(slug="samabhasana", target=pose)  # as migration 0015 records it
    response = client.get("/poses/samabhasana/?for=stenosis")
    assert response.status_code == 301
    assert response["Location"] == f"{pose.get_absolute_url()}?for=stenosis"
    assert client.get("/poses/samabhasana/").headers["Location"] == pose.get_absolute_url()


def test_a_pose_that_takes_an_old_address_again_is_shown_there(client, db):
    PoseFactory(slug="samabhasana", english_name="Samabhasana of my own")
    response = client.get("/poses/samabhasana/")
    assert response.status_code == 200
    assert "Samabhasana of my own" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_migration_files_poses_by_position_and_renames_balancing_table():
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps
    OldPose = old.get_model("poses", "Pose")
    Movement = old.get_model("poses", "Movement")

    def make(slug, category, sanskrit="", **fields):
        return OldPose.objects.create(
            slug=slug, english_name=slug.title(), sanskrit_name=sanskrit, summary="x",
            category=category, level="beginner", **fields,
        )  # fmt: skip

    make("cobra", "backbend")
    make("fish", "backbend")
    make("cat-cow", "flow")
    edited = make("lying-spinal-twist", "kneeling")  # an editor chose a kind: kept
    mine = make("my-twist", "twist")
    mine.movements.add(Movement.objects.get_or_create(slug="supine", defaults={"name": "S"})[0])
    make("my-flow", "flow")
    make("samabhasana", "kneeling", sanskrit="Samabhasana", aliases="bird dog")
    triangle = make("triangle", "standing")
    pose_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="poses", model="pose"
    )[0]
    Tag, TaggedItem = old.get_model("taggit", "Tag"), old.get_model("taggit", "TaggedItem")
    for name in ("standing", "hips"):
        tag = Tag.objects.get_or_create(name=name, slug=name)[0]
        TaggedItem.objects.create(tag=tag, content_type=pose_type, object_id=triangle.pk)

    executor = MigrationExecutor(connection)
    executor.migrate([AFTER])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    kinds = dict(Pose.objects.values_list("slug", "category"))
    assert kinds["cobra"] == "prone"
    assert kinds["fish"] == "supine"
    assert kinds["cat-cow"] == "kneeling"
    assert kinds[edited.slug] == "kneeling"
    assert kinds["my-twist"] == "supine"  # from its movements
    assert kinds["my-flow"] == "kneeling"
    assert set(kinds.values()) <= {choice.value for choice in Category}
    table = Pose.objects.get(slug="balancing-table")
    assert table.sanskrit_name == "Daṇḍāyamāna Bharmanāsana"
    assert table.aliases.splitlines() == ["bird dog", "samabhasana"]
    assert table.version == 2
    assert list(Pose.objects.search("samabhasana")) == [table]
    assert PoseOldSlug.objects.get(slug="samabhasana").target == table
    assert set(Pose.objects.get(slug="triangle").tags.names()) == {"hips"}
