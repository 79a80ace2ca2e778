"""The pose figures: one drawing per founding pose and gentler version, small, described, and shown
whenever a pose has no uploaded photo."""

import importlib
import io
import pkgutil
import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from poses.figures import ALIASES, CONTACT_SHEET, FIGURES, FOLDER, contact_sheet, draw, figure_key
from sequences import demo
from sequences.demo import content
from tests.factories import PoseFactory

SVG = "{http://www.w3.org/2000/svg}"
FOUNDING_SLUGS = [pose["slug"] for pose in content.POSES]
GENTLER_SLUGS = [
    "sphinx",
    "supported-childs-pose",
    "chair-cat-cow",
    "chair-twist",
    "bent-knee-lying-twist",
    "table-leg-slide",
    "knee-sways",
    "wall-l-handstand",
    "triangle-with-chair",
    "supported-low-lunge",
    "supported-fish",
    "wall-chair",
]
HARDER_SLUGS = ["high-lunge"]


def founding_pose_slugs_in_every_module():
    """The slugs of the poses in every founding content module (content.py and any beside it)."""
    slugs = set()
    for module_info in pkgutil.iter_modules(demo.__path__):
        module = importlib.import_module(f"{demo.__name__}.{module_info.name}")
        slugs |= {pose["slug"] for pose in getattr(module, "POSES", [])}
    return slugs


def test_every_pose_in_the_founding_content_has_a_figure():
    missing = sorted(s for s in founding_pose_slugs_in_every_module() if figure_key(s) is None)
    assert missing == []


@pytest.mark.parametrize(
    "slug", FOUNDING_SLUGS + GENTLER_SLUGS + HARDER_SLUGS + ["balancing-table"]
)
def test_every_founding_pose_and_gentler_version_has_a_figure(slug):
    assert figure_key(slug) is not None


def test_a_pose_address_that_may_change_keeps_its_figure():
    assert figure_key("samabhasana") == figure_key("balancing-table") == "balancing-table"
    assert all(target in FIGURES for target in ALIASES.values())
    assert figure_key("a-pose-of-my-own") is None


@pytest.mark.parametrize("key", list(FIGURES))
def test_committed_figure_is_what_the_code_draws(key):
    """The files in static/ are never edited by hand: `manage.py draw_figures` writes them."""
    assert (FOLDER / f"{key}.svg").read_text(encoding="utf-8") == draw(key)


@pytest.mark.parametrize("key", list(FIGURES))
def test_figure_is_a_small_self_contained_described_vector(key):
    data = (FOLDER / f"{key}.svg").read_bytes()
    assert len(data) < 12 * 1024
    root = ET.fromstring(data)  # noqa: S314 (our own committed file)
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 480 360"
    assert root.get("role") == "img" and root.get("aria-labelledby") == "t d"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == FIGURES[key].title and len(desc.text) > 60
    # Only shapes: nothing a browser would fetch or run, no raster inside.
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "rect", "path", "g", "text"}
    assert b"href" not in data and b"<style" not in data


@pytest.mark.django_db
def test_a_pose_without_a_photo_shows_its_figure_with_its_description(client):
    pose = PoseFactory(slug="cobra", english_name="Cobra pose")
    html = client.get(pose.get_absolute_url()).content.decode()
    assert '<img class="pose-picture pose-picture--detail pose-picture--figure"' in html
    assert 'src="/static/img/figures/cobra.svg"' in html
    assert f'alt="{FIGURES["cobra"].desc}"' in html
    assert "pose-placeholder.svg" not in html


@pytest.mark.django_db
def test_the_renamed_balancing_table_shows_the_same_figure(client):
    PoseFactory(slug="balancing-table", english_name="Balancing table")
    html = client.get("/poses/").content.decode()
    assert 'src="/static/img/figures/balancing-table.svg"' in html


@pytest.mark.django_db
def test_an_uploaded_photo_wins_over_the_figure(client, django_capture_on_commit_callbacks):
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "teal").save(buffer, format="PNG")
    with django_capture_on_commit_callbacks(execute=True):  # the image worker runs on commit
        pose = PoseFactory(
            slug="cobra", image=ContentFile(buffer.getvalue(), "mine.png"), image_alt="My cobra."
        )
    pose.refresh_from_db()
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "figures/cobra.svg" not in html and "pose-picture--figure" not in html
    assert 'alt="My cobra."' in html


@pytest.mark.django_db
def test_a_pose_with_no_figure_and_no_photo_keeps_the_placeholder(client):
    pose = PoseFactory(slug="a-pose-of-my-own", english_name="Mine")
    html = client.get(pose.get_absolute_url()).content.decode()
    assert "pose-placeholder.svg" in html and "No picture yet of Mine" in html


def test_the_contact_sheet_shows_every_figure_and_is_current():
    sheet = CONTACT_SHEET.read_text(encoding="utf-8")
    assert sheet == contact_sheet()
    for key in FIGURES:
        assert f"]({key}.svg)" in sheet


def test_draw_figures_writes_every_figure(tmp_path):
    from poses.figures import write_all

    paths = write_all(tmp_path)
    assert sorted(path.stem for path in paths) == sorted(FIGURES)


@pytest.mark.parametrize("key", list(FIGURES))
def test_a_pose_done_on_one_side_first_carries_the_key_to_its_colours(key):
    svg = draw(key)
    sided = " right " in f" {FIGURES[key].desc.lower().replace(',', ' ')} "
    assert ('<text x="35" y="27">right</text>' in svg) == sided
