"""The anatomy pages: the four layers, one layer, one muscle."""

import pytest
from django.urls import reverse

from poses.models import PoseMuscle
from tests.factories import MuscleFactory, MuscleGroupFactory, PoseFactory, PoseMuscleFactory
from tests.page_checks import assert_good_page


def test_anatomy_index_lists_the_four_layers_from_the_surface_inward(client, site):
    response = client.get(reverse("anatomy:index"))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    html = html[html.index('<ol class="layers">') :]  # the text list, after the map
    layers = ["Superficial", "Intermediate", "Deep muscles", "Small deep"]
    positions = [html.index(name) for name in layers]
    assert positions == sorted(positions)
    assert "nearest the skin" in html


def test_anatomy_index_nests_parts_under_their_muscle(client, site):
    html = client.get(reverse("anatomy:index")).content.decode()
    html = html[html.index('<ol class="layers">') :]  # the text list, after the map
    erector = html.index('href="/anatomy/deep/erector-spinae/"')
    splenius = html.index('href="/anatomy/deep/splenius/"')
    between = html[erector:splenius]
    assert between.count("<ul>") == 1 and between.count("</ul>") == 1
    nested = between[between.index("<ul>") : between.index("</ul>")]
    for part in ("Iliocostalis", "Longissimus", "Spinalis"):
        assert part in nested


def test_deep_layer_lists_iliocostalis(client, site):
    response = client.get(reverse("anatomy:group", kwargs={"slug": "deep"}))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert "Iliocostalis" in html
    assert "Layer 3 of the back" in html
    assert "Poses that work this layer" in html
    assert 'href="/poses/triangle/"' in html
    assert 'href="/anatomy/superficial/"' in html  # the other layers


def test_muscle_page_shows_facts_and_poses_by_role(client, site):
    response = client.get(
        reverse("anatomy:muscle", kwargs={"group": "deep", "slug": "iliocostalis"})
    )
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert "Part of the" in html
    assert 'href="/anatomy/deep/erector-spinae/"' in html
    assert "Stretches it" in html
    assert 'href="/poses/triangle/"' in html


def test_muscle_page_lists_its_parts(client, site):
    html = client.get("/anatomy/deep/erector-spinae/").content.decode()
    assert "Its parts" in html
    for part in ("iliocostalis", "longissimus", "spinalis"):
        assert f'href="/anatomy/deep/{part}/"' in html


def test_muscle_page_shows_only_published_poses_grouped_by_role(client, db):
    muscle = MuscleFactory(name="Quadratus lumborum", location="Low back.", action="Side bend.")
    PoseMuscleFactory(muscle=muscle, pose=PoseFactory(english_name="Gate"))
    PoseMuscleFactory(
        muscle=muscle,
        pose=PoseFactory(english_name="Plank"),
        role=PoseMuscle.Role.STRENGTHENS,
    )
    PoseMuscleFactory(muscle=muscle, pose=PoseFactory(english_name="Secret", is_published=False))
    html = client.get(muscle.get_absolute_url()).content.decode()
    assert "Where it lies" in html and "Low back." in html
    assert "What it does" in html
    assert html.index("Stretches it") < html.index("Gate") < html.index("Strengthens it")
    assert html.index("Strengthens it") < html.index("Plank")
    assert "Stabilises it" not in html
    assert "Secret" not in html


def test_muscle_without_poses_says_so(client, db):
    muscle = MuscleFactory()
    html = client.get(muscle.get_absolute_url()).content.decode()
    assert "No pose in the library works this muscle yet" in html


def test_muscle_under_the_wrong_layer_is_a_404(client, db):
    muscle = MuscleFactory()
    other = MuscleGroupFactory()
    url = reverse("anatomy:muscle", kwargs={"group": other.slug, "slug": muscle.slug})
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/anatomy/no-such-layer/",
        "/anatomy/deep/no-such-muscle/",
        "/anatomy/deep/iliocostalis/extra/",
        "/anatomy/%00/",
        "/anatomy/deep/%2e%2e/",
        "/anatomy/" + "x" * 2000 + "/",
    ],
)
def test_unknown_anatomy_addresses_are_404s(client, site, path):
    assert client.get(path).status_code == 404


def test_anatomy_pages_cope_with_no_content(client, db):
    response = client.get(reverse("anatomy:index"))
    assert response.status_code == 200
    assert "being written" in response.content.decode()
    group = MuscleGroupFactory()
    html = client.get(group.get_absolute_url()).content.decode()
    assert "No muscles described yet" in html
    assert "No pose in the library works this layer yet" in html
