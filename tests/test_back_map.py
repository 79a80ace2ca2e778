"""The schematic back map: one shape per founding muscle, each a link, shown in the right state on
the anatomy, layer, muscle and pose pages, and cheap to send."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from anatomy.back_map import SHAPES
from anatomy.models import Muscle
from poses.models import PoseMuscle
from sequences.demo import content
from tests.factories import MuscleFactory, MuscleGroupFactory, PoseFactory, PoseMuscleFactory
from tests.page_checks import assert_good_page, back_map_markup

SHAPE = re.compile(
    r'<a class="back-map__muscle(?P<classes>[^"]*)" href="(?P<href>[^"]+)" '
    r'aria-label="(?P<name>[^"]+)" data-muscle="(?P<slug>[^"]+)"'
    r'(?: data-roles="(?P<roles>[^"]+)")?><title>(?P<title>[^<]+)</title><path d="[^"]+"/></a>'
)
LAYER = re.compile(r'<g class="back-map__layer(?P<classes>[^"]*)" data-layer="(?P<slug>[^"]+)"')


def founding_muscle_slugs():
    slugs = []
    for group in content.MUSCLE_GROUPS:
        for muscle in group["muscles"]:
            slugs.append(muscle["slug"])
            slugs += [part["slug"] for part in muscle.get("parts", [])]
    return slugs


def shapes(html):
    """{slug: match} of every muscle shape on the page, failing on a slug drawn twice."""
    found = [match.groupdict() for match in SHAPE.finditer(back_map_markup(html.encode()).decode())]
    by_slug = {shape["slug"]: shape for shape in found}
    assert len(by_slug) == len(found), "a muscle is drawn twice"
    return by_slug


def layers(html):
    return [(m["slug"], m["classes"].split()) for m in LAYER.finditer(html)]


def test_the_map_has_exactly_one_shape_for_each_of_the_23_founding_muscles():
    slugs = founding_muscle_slugs()
    assert len(slugs) == 23
    assert sorted(SHAPES) == sorted(slugs)
    founding_layer = {
        muscle_slug: group["slug"]
        for group in content.MUSCLE_GROUPS
        for muscle_slug in founding_muscle_slugs()
        if any(
            muscle_slug in [m["slug"], *(p["slug"] for p in m.get("parts", []))]
            for m in group["muscles"]
        )
    }
    assert {slug: layer for slug, (layer, _d) in SHAPES.items()} == founding_layer


@pytest.mark.django_db
def test_on_the_anatomy_page_every_founding_muscle_is_one_named_link_to_its_page(client, demo):
    response = client.get("/anatomy/")
    assert_good_page(response)
    html = response.content.decode()
    drawn = shapes(html)
    assert sorted(drawn) == sorted(founding_muscle_slugs())
    for muscle in Muscle.objects.select_related("group"):
        shape = drawn[muscle.slug]
        assert shape["href"] == muscle.get_absolute_url()
        assert shape["name"] == shape["title"] == muscle.name
        # The text list beside the map gives the same link.
        assert html.count(f'href="{muscle.get_absolute_url()}"') == 2
    assert "Schematic" in html and "data-peel" in html and "js/back-map.js" in html
    # Every layer is there, the surface drawn last (on top) so the control can peel it away.
    assert [slug for slug, _ in layers(html)] == [
        "small-deep",
        "deep",
        "intermediate",
        "superficial",
    ]


@pytest.mark.django_db
def test_a_muscle_with_no_shape_is_simply_listed_and_a_shape_with_no_muscle_is_left_out(client):
    group = MuscleGroupFactory(slug="superficial", name="Superficial muscles", depth=1)
    MuscleFactory(group=group, slug="trapezius", name="Trapezius")
    MuscleFactory(group=group, slug="teres-major", name="Teres major")
    response = client.get("/anatomy/")
    assert response.status_code == 200
    html = response.content.decode()
    assert list(shapes(html)) == ["trapezius"]
    assert 'href="/anatomy/superficial/teres-major/">Teres major</a>' in html


@pytest.mark.django_db
def test_a_layer_page_shows_its_layer_on_top_and_fades_the_others(client, site):
    html = client.get("/anatomy/deep/").content.decode()
    drawn = layers(html)
    # Only layers with a drawn muscle are on the map: here the superficial and the deep.
    assert drawn == [("superficial", ["is-faded"]), ("deep", ["is-current"])]


@pytest.mark.django_db
def test_a_muscle_page_highlights_that_muscle_and_its_parts_only(client, site):
    html = client.get("/anatomy/deep/erector-spinae/").content.decode()
    current = {slug for slug, shape in shapes(html).items() if "is-current" in shape["classes"]}
    assert current == {"erector-spinae", "iliocostalis", "longissimus", "spinalis"}
    html = client.get("/anatomy/superficial/trapezius/").content.decode()
    drawn = shapes(html)
    assert [slug for slug, s in drawn.items() if "is-current" in s["classes"]] == ["trapezius"]
    assert all("is-faded" in s["classes"] for slug, s in drawn.items() if slug != "trapezius")


@pytest.fixture
def map_muscles(db):
    superficial = MuscleGroupFactory(slug="superficial", name="Superficial muscles", depth=1)
    deep = MuscleGroupFactory(slug="deep", name="Deep muscles", depth=3)
    erector = MuscleFactory(group=deep, slug="erector-spinae", name="Erector spinae")
    return {
        "trapezius": MuscleFactory(group=superficial, slug="trapezius", name="Trapezius"),
        "latissimus-dorsi": MuscleFactory(
            group=superficial, slug="latissimus-dorsi", name="Latissimus dorsi"
        ),
        "erector-spinae": erector,
        "iliocostalis": MuscleFactory(
            group=deep, slug="iliocostalis", name="Iliocostalis", parent=erector
        ),
        "splenius": MuscleFactory(group=deep, slug="splenius", name="Splenius"),
    }


@pytest.mark.django_db
def test_a_pose_page_highlights_its_muscles_by_role_with_a_legend(client, map_muscles):
    pose = PoseFactory()
    Role = PoseMuscle.Role
    PoseMuscleFactory(pose=pose, muscle=map_muscles["latissimus-dorsi"], role=Role.STRETCHES)
    PoseMuscleFactory(pose=pose, muscle=map_muscles["erector-spinae"], role=Role.STRENGTHENS)
    PoseMuscleFactory(pose=pose, muscle=map_muscles["trapezius"], role=Role.STABILISES)
    response = client.get(pose.get_absolute_url())
    assert_good_page(response)
    html = response.content.decode()
    drawn = shapes(html)
    roles = {slug: (shape["roles"] or "").split() for slug, shape in drawn.items()}
    assert roles == {
        "trapezius": ["stabilises"],
        "latissimus-dorsi": ["stretches"],
        "erector-spinae": ["strengthens"],
        "iliocostalis": ["strengthens"],  # a part shares its muscle's role
        "splenius": [],
    }
    for slug, shape in drawn.items():
        expected = [f"is-{role}" for role in roles[slug]] or ["is-faded"]
        assert shape["classes"].split() == expected
    legend = re.search(r'<ul class="back-map__legend".*?</ul>', html, re.S).group(0)
    assert [label for label in ("Stretches", "Strengthens", "Stabilises") if label in legend] == [
        "Stretches",
        "Strengthens",
        "Stabilises",
    ]
    assert "back-map.js" not in html  # the layer control is for the anatomy page only


@pytest.mark.django_db
def test_a_muscle_with_two_roles_carries_both_styles(client, map_muscles):
    pose = PoseFactory()
    for role in (PoseMuscle.Role.STRETCHES, PoseMuscle.Role.STRENGTHENS):
        PoseMuscleFactory(pose=pose, muscle=map_muscles["trapezius"], role=role)
    drawn = shapes(client.get(pose.get_absolute_url()).content.decode())
    assert drawn["trapezius"]["classes"].split() == ["is-stretches", "is-strengthens"]


@pytest.mark.django_db
def test_a_pose_without_muscles_has_no_map(client, map_muscles):
    html = client.get(PoseFactory().get_absolute_url()).content
    assert back_map_markup(html) == b""


@pytest.mark.django_db
def test_the_map_costs_one_query_however_many_muscles_there_are(
    client, map_muscles, django_assert_num_queries
):
    group = map_muscles["trapezius"].group
    url = group.get_absolute_url()
    client.get(url)  # warm up anything cached per process
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    MuscleFactory(group=group, slug="rhomboid-major", name="Rhomboid major")
    MuscleFactory(group=group, slug="rhomboid-minor", name="Rhomboid minor")
    with django_assert_num_queries(len(few)):
        response = client.get(url)
    assert len(shapes(response.content.decode())) == 7
