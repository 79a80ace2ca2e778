"""Every public page runs the same number of queries however much content there is.

Each test counts a page's queries, doubles the content the page shows (poses, tags, muscles and
their parts, links between them, steps, tips, sequences, a pose's further images and its easier
and harder versions), and counts again.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from poses.models import PoseImage, PoseMuscle
from sequences.models import SequenceStep
from tests.factories import (
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
    PoseVariationFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

BATCH = 3


def small_png():
    """A stored further image (as the worker leaves it), so pages show it at once."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (120, 160, 200)).save(buffer, format="PNG")
    return default_storage.save("poses/more/more.png", ContentFile(buffer.getvalue()))


class Content:
    """A fixed set of focus objects, and batches of content around them."""

    def __init__(self):
        self.group = MuscleGroupFactory(slug="layer")
        self.muscle = MuscleFactory(group=self.group, slug="focus-muscle")
        self.pose = PoseFactory(slug="focus-pose", tags=["shared"])
        self.sequence = SequenceFactory(slug="focus-sequence")
        self.steps = 0
        self.images = 0

    def grow(self):
        for _ in range(BATCH):
            muscle = MuscleFactory(group=self.group)
            MuscleFactory(group=self.group, parent=muscle)
            MuscleFactory(group=self.group, parent=self.muscle)
            pose = PoseFactory(tags=["shared", f"tag-{PoseFactory._meta.next_sequence()}"])
            draft = PoseFactory(is_published=False)
            PoseMuscleFactory(pose=pose, muscle=self.muscle)
            PoseMuscleFactory(pose=pose, muscle=muscle, role=PoseMuscle.Role.STRENGTHENS)
            PoseMuscleFactory(pose=draft, muscle=self.muscle)
            PoseMuscleFactory(pose=self.pose, muscle=muscle, role=PoseMuscle.Role.STABILISES)
            self.pose.tags.add(f"focus-{PoseFactory._meta.next_sequence()}")
            # The focus pose's ladder: one more version each way, and a draft it leaves off.
            harder = PoseFactory()
            PoseVariationFactory(from_pose=self.pose, to_pose=pose, direction="easier")
            PoseVariationFactory(from_pose=self.pose, to_pose=harder, direction="harder")
            PoseVariationFactory(from_pose=self.pose, to_pose=draft, direction="easier")
            PoseVariationFactory(from_pose=pose, to_pose=self.pose, direction="harder")
            for step_pose, side in ((pose, "each"), (draft, "both"), (self.pose, "left")):
                self.steps += 1
                SequenceStepFactory(
                    sequence=self.sequence, pose=step_pose, position=self.steps, side=side
                )
            other = SequenceFactory()
            SequenceStepFactory(sequence=other, pose=self.pose, position=1)
            SequenceStepFactory(sequence=other, pose=pose, position=2)
            tip = TipFactory(is_featured=True)
            tip.poses.add(self.pose, pose)
            tip.sequences.add(self.sequence, other)
            caution = TipFactory(kind="caution", is_featured=True)
            caution.poses.add(self.pose)
            caution.sequences.add(self.sequence)
            self.images += 1
            PoseImage.objects.create(
                pose=self.pose,
                image=small_png(),
                alt=f"Further picture {self.images}",
                order=100 - self.images,  # each new picture goes before the earlier ones
            )


@pytest.fixture
def content(db):
    content = Content()
    content.grow()
    return content


PAGES = [
    "/",
    "/poses/",
    "/poses/?tag=shared&muscle=focus-muscle&group=layer&level=beginner&q=pose",
    "/poses/?category=volcano&page=abc",
    "/poses/focus-pose/",
    "/anatomy/",
    "/anatomy/layer/",
    "/anatomy/layer/focus-muscle/",
    "/sequences/",
    "/sequences/focus-sequence/",
    "/sitemap.xml",
    "/sitemap-poses.xml",
    "/sitemap-muscles.xml",
    "/sitemap-sequences.xml",
]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries), response


@pytest.mark.parametrize("path", PAGES)
def test_queries_do_not_grow_with_content(client, content, path):
    client.get(path)  # warm per-process caches, such as content types
    before, small = count_queries(client, path)
    content.grow()
    after, large = count_queries(client, path)
    # The sitemap index lists pages of 250 addresses: a few more poses add none.
    unchanged = ("/poses/?category", "/sitemap.xml")
    assert len(large.content) > len(small.content) or path.startswith(unchanged), (
        "doubling the content should show on the page"
    )
    assert after == before, f"{path}: {before} queries, then {after} with twice the content"


def test_the_sequence_page_shows_every_step(client, content):
    content.grow()
    _, response = count_queries(client, "/sequences/focus-sequence/")
    assert response.content.decode().count('class="step"') == content.steps
    assert SequenceStep.objects.filter(sequence=content.sequence).count() == content.steps


def test_the_pose_page_loads_further_images_in_one_query(
    client, content, django_assert_num_queries
):
    content.grow()
    _, response = count_queries(client, "/poses/focus-pose/")
    # Already fetched for the page, in their editors' order: reading them asks nothing more.
    with django_assert_num_queries(0):
        alts = [image.alt for image in response.context["pose_images"]]
    assert alts == [f"Further picture {number}" for number in range(content.images, 0, -1)]
    html = response.content.decode()
    assert [html.index(f'alt="{alt}"') for alt in alts] == sorted(
        html.index(f'alt="{alt}"') for alt in alts
    )


@pytest.mark.parametrize("path", ["/poses/focus-pose/", "/sequences/focus-sequence/"])
def test_staff_preview_queries_do_not_grow_either(editor_client, content, path):
    content.pose.is_published = False
    content.pose.save()
    content.sequence.is_published = False
    content.sequence.save()
    editor_client.get(path)
    before, _ = count_queries(editor_client, path)
    content.grow()
    after, _ = count_queries(editor_client, path)
    assert after == before


class Library:
    """Poses enough for several pages of the library and of the sitemap, and more on demand."""

    def __init__(self):
        self.group = MuscleGroupFactory(slug="deep-layer")
        self.muscle = MuscleFactory(group=self.group, slug="deep-muscle")
        self.poses = 0

    def grow(self, count):
        for _ in range(count):
            self.poses += 1
            pose = PoseFactory(
                english_name=f"Library pose {self.poses:03d}",
                category="standing",
                level="beginner",
                tags=["calm"],
            )
            PoseMuscleFactory(pose=pose, muscle=self.muscle)


def deep_pages(poses):
    """Every page type whose cost could grow with its depth, at this many poses (12 a page)."""
    last = (poses + 11) // 12
    middle = (last + 1) // 2
    return {
        "first page": "/poses/",
        "middle page": f"/poses/?page={middle}",
        "last page": f"/poses/?page={last}",
        "past the last page": "/poses/?page=100000",
        "kind, last page": f"/poses/?category=standing&page={last}",
        "level, middle page": f"/poses/?level=beginner&page={middle}",
        "tag, last page": f"/poses/?tag=calm&page={last}",
        "layer, last page": f"/poses/?group=deep-layer&page={last}",
        "muscle, last page": f"/poses/?muscle=deep-muscle&page={last}",
        "search, last page": f"/poses/?q=library&page={last}",
        "layer": "/anatomy/deep-layer/",
        "muscle": "/anatomy/deep-layer/deep-muscle/",
        "sitemap index": "/sitemap.xml",
        "sitemap, first page": "/sitemap-poses.xml",
        "sitemap, last page": f"/sitemap-poses.xml?p={(poses + 4) // 5}",
        "search": "/search/?q=library",
        "api, last page": f"/api/v1/poses/?page={(poses + 49) // 50}",
    }


def test_deep_pages_cost_the_same_queries_at_two_sizes(client, db, monkeypatch):
    from backsite.sitemaps import ContentSitemap

    monkeypatch.setattr(ContentSitemap, "limit", 5)
    library = Library()
    library.grow(40)
    small = {}
    for name, path in deep_pages(40).items():
        client.get(path)  # warm per-process caches
        small[name], _ = count_queries(client, path)
    library.grow(40)
    for name, path in deep_pages(80).items():
        large, response = count_queries(client, path)
        assert large == small[name], f"{name}: {small[name]} queries, then {large} at 80 poses"
        if "last page" in name and path.startswith("/poses/"):
            assert response.context["page_obj"].number > 1, name
            assert len(response.context["poses"]) == 8, name  # 80 = 6 full pages and 8 more
