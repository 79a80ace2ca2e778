"""What keeps the library, layer, muscle and condition pages the same size and cost however many
poses there are: filter options counted once per content generation and never offered empty,
and a few poses per page with a link to the library for the rest."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from poses.conditions import views as condition_views
from poses.models import Category, Level, PoseMuscle
from poses.templatetags import pose_blocks
from tests.factories import (
    ConditionFactory,
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
)

LIST = reverse("poses:list")


def select(html, name):
    found = re.search(rf"<select[^>]* name=\"{name}\"[^>]*>(.*?)</select>", html, re.S)
    assert found, name
    return re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', found.group(1))


@pytest.fixture
def library(db):
    layer = MuscleGroupFactory(name="Deep", slug="deep")
    MuscleGroupFactory(name="Empty layer", slug="empty-layer")
    whole = MuscleFactory(name="Erector spinae", slug="erector-spinae", group=layer)
    part = MuscleFactory(name="Longissimus", slug="longissimus", group=layer, parent=whole)
    MuscleFactory(name="Unused", slug="unused", group=layer)
    standing = [
        PoseFactory(category=Category.STANDING, level=Level.BEGINNER, tags=["calm"])
        for _ in range(3)
    ]
    lying = PoseFactory(category=Category.SUPINE, level=Level.ADVANCED, tags=["calm", "floor"])
    PoseFactory(category=Category.SEATED, is_published=False, tags=["draft-only"])
    PoseMuscleFactory(pose=standing[0], muscle=whole)
    PoseMuscleFactory(pose=standing[1], muscle=part)
    PoseMuscleFactory(pose=standing[1], muscle=part, role=PoseMuscle.Role.STRENGTHENS)
    PoseMuscleFactory(pose=lying, muscle=part)
    return layer


def test_filters_offer_only_options_that_find_a_pose_with_how_many(client, library):
    html = client.get(LIST).content.decode()
    assert select(html, "category") == [
        ("", " selected", "Any"),
        ("supine", "", "Lying on the back (1)"),
        ("standing", "", "Standing (3)"),
    ]
    assert select(html, "level") == [
        ("", " selected", "Any"),
        ("beginner", "", "Beginner (3)"),
        ("advanced", "", "Advanced (1)"),
    ]
    # Tags of drafts are not offered; a layer or muscle that no pose works is not either.
    assert [label for _, _, label in select(html, "tag")] == ["Any", "calm (4)", "floor (1)"]
    assert [label for _, _, label in select(html, "group")] == ["Any", "Deep (3)"]
    # A muscle counts the poses that work its parts too, each pose once.
    assert [label for _, _, label in select(html, "muscle")] == [
        "Any",
        "Erector spinae (3)",
        "Erector spinae: Longissimus (2)",
    ]
    assert '<optgroup label="Deep">' in html


def test_every_offered_option_finds_at_least_the_poses_it_promises(client, library):
    html = client.get(LIST).content.decode()
    for name in ("category", "level", "tag", "group", "muscle"):
        for value, _, label in select(html, name):
            if value:
                count = int(re.search(r"\((\d+)\)$", label).group(1))
                response = client.get(LIST, {name: value})
                assert response.context["page_obj"].paginator.count == count, (name, value)


def test_a_known_option_that_finds_nothing_is_kept_and_shown_chosen(client, library):
    response = client.get(LIST, {"category": "seated"})
    html = response.content.decode()
    assert "did not recognise" not in html
    assert "No poses match" in html
    assert ("seated", " selected", "Seated") in select(html, "category")


def test_the_counts_are_kept_until_the_content_changes(
    client, library, settings, django_capture_on_commit_callbacks
):
    settings.CONTENT_CACHE_SECONDS = 600
    cache.clear()
    try:
        with CaptureQueriesContext(connection) as first:
            client.get(LIST)
        with CaptureQueriesContext(connection) as second:
            html = client.get(LIST).content.decode()
        assert len(second) < len(first)
        assert ("standing", "", "Standing (3)") in select(html, "category")
        with django_capture_on_commit_callbacks(execute=True):
            PoseFactory(category=Category.STANDING)
        html = client.get(LIST).content.decode()
        assert ("standing", "", "Standing (4)") in select(html, "category")
        assert client.get(LIST).context["page_obj"].paginator.count == 5
    finally:
        cache.clear()


def test_a_layer_page_shows_a_few_poses_and_links_to_all_of_them(client, db, monkeypatch):
    monkeypatch.setattr(pose_blocks, "LAYER_POSES", 3)
    layer = MuscleGroupFactory(slug="deep")
    muscle = MuscleFactory(group=layer)
    poses = [PoseFactory(english_name=f"Pose {n}") for n in range(5)]
    for pose in poses:
        PoseMuscleFactory(pose=pose, muscle=muscle)
    html = client.get(layer.get_absolute_url()).content.decode()
    assert html.count('class="card pose-card"') == 3
    assert ">Pose 0<" in html and ">Pose 3<" not in html
    assert f'href="{LIST}?group=deep">See all 5 poses that work this layer' in html


def test_a_layer_page_with_few_poses_has_no_link_to_more(client, db):
    layer = MuscleGroupFactory(slug="deep")
    PoseMuscleFactory(pose=PoseFactory(), muscle=MuscleFactory(group=layer))
    html = client.get(layer.get_absolute_url()).content.decode()
    assert html.count('class="card pose-card"') == 1
    assert "See all" not in html


def test_a_muscle_page_shows_a_few_poses_per_role_and_links_to_all(client, db, monkeypatch):
    monkeypatch.setattr(pose_blocks, "ROLE_POSES", 2)
    muscle = MuscleFactory(name="Multifidus", slug="multifidus")
    for n in range(4):
        PoseMuscleFactory(pose=PoseFactory(english_name=f"Stretch {n}"), muscle=muscle)
    PoseMuscleFactory(
        pose=PoseFactory(english_name="Strong"), muscle=muscle, role=PoseMuscle.Role.STRENGTHENS
    )
    html = client.get(muscle.get_absolute_url()).content.decode()
    assert ">Stretch 1<" in html and ">Stretch 2<" not in html
    assert ">Strong<" in html
    assert f'href="{LIST}?muscle=multifidus">See all 5 poses that work Multifidus' in html


def test_a_condition_page_lists_a_few_unreviewed_poses_and_links_to_all(client, db, monkeypatch):
    monkeypatch.setattr(condition_views, "CONDITION_POSES", 2)
    condition = ConditionFactory(slug="sciatica", short_name="sciatica")
    for n in range(3):
        PoseFactory(english_name=f"Unreviewed {n}")
    html = client.get(condition.get_absolute_url()).content.decode()
    assert ">Unreviewed 1<" in html and ">Unreviewed 2<" not in html
    assert "Not yet reviewed" in html and "(3)" in html
    assert f'href="{LIST}?for=sciatica">See all 3 in the pose library for sciatica' in html


def test_pages_read_from_the_end_agree_with_pages_read_from_the_front(client, db):
    # Same names, so only the key orders them: the later pages are read in reverse.
    made = [PoseFactory(english_name="Same name").pk for _ in range(20)]
    made += [PoseFactory(english_name=f"Pose {n:02d}").pk for n in range(10)]
    seen = []
    for page in (1, 2, 3):
        response = client.get(LIST, {"page": page})
        seen += [pose.pk for pose in response.context["poses"]]
    assert seen == made[20:] + sorted(made[:20])


def test_a_drawn_back_map_is_kept_until_the_content_changes(
    client, db, settings, django_capture_on_commit_callbacks
):
    from anatomy.back_map import SHAPES

    settings.CONTENT_CACHE_SECONDS = 600
    cache.clear()
    try:
        slug = next(iter(SHAPES))
        muscle = MuscleFactory(slug=slug, name="Before")
        pose = PoseFactory()
        PoseMuscleFactory(pose=pose, muscle=muscle)
        with CaptureQueriesContext(connection) as first:
            assert "Before" in client.get(pose.get_absolute_url()).content.decode()
        with CaptureQueriesContext(connection) as second:
            client.get(pose.get_absolute_url())

        def map_queries(queries):
            return [q for q in queries if '"anatomy_muscle"."slug" IN' in q["sql"]]

        assert len(map_queries(first)) == 1
        assert map_queries(second) == []
        with django_capture_on_commit_callbacks(execute=True):
            muscle.name = "After"
            muscle.save()
        html = client.get(pose.get_absolute_url()).content.decode()
        assert "After" in html and "Before" not in html
    finally:
        cache.clear()


@pytest.mark.parametrize(
    "name", ["renditions/poses/cobra-320x240c.avif", "poses/a b/é.jpg", "poses/100%.webp"]
)
def test_picture_addresses_made_directly_match_the_storage(name, settings):
    from django.core.files.storage import FileSystemStorage

    from poses.templatetags.pose_images import _url_maker

    for base in ("/media/", "https://cdn.example/media/"):
        storage = FileSystemStorage(base_url=base)
        assert _url_maker(storage)(name) == storage.url(name)
