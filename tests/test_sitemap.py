"""sitemap.xml lists what visitors can reach, and nothing they cannot."""

import re

from tests.factories import MuscleFactory, PoseFactory, SequenceFactory


def locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return set(re.findall(r"<loc>([^<]+)</loc>", response.content.decode()))


def test_sitemap_lists_sections_poses_sequences_layers_and_muscles(client, site):
    found = locations(client)
    base = "http://testserver"
    for path in (
        "/",
        "/poses/",
        "/anatomy/",
        "/sequences/",
        "/poses/triangle/",
        "/poses/cobra/",
        "/sequences/morning-flow/",
        "/sequences/standing-practice/",
        "/anatomy/superficial/",
        "/anatomy/small-deep/",
        "/anatomy/deep/iliocostalis/",
        "/anatomy/deep/erector-spinae/",
    ):
        assert base + path in found, path
    assert len([u for u in found if "/poses/" in u]) == 8 + 1
    assert len([u for u in found if re.search(r"/anatomy/[^/]+/[^/]+/$", u)]) == 8


def test_sitemap_leaves_out_unpublished_content(client, db):
    PoseFactory(slug="open-pose")
    PoseFactory(slug="draft-pose", is_published=False)
    SequenceFactory(slug="open-flow")
    SequenceFactory(slug="draft-flow", is_published=False)
    muscle = MuscleFactory()
    found = locations(client)
    assert "http://testserver/poses/open-pose/" in found
    assert "http://testserver/sequences/open-flow/" in found
    assert "http://testserver" + muscle.get_absolute_url() in found
    assert not any("draft" in url for url in found)


def test_sitemap_gives_last_modified_for_poses(client, db):
    PoseFactory()
    assert "<lastmod>" in client.get("/sitemap.xml").content.decode()


def test_sitemap_on_an_empty_site(client, db):
    assert locations(client) == {
        "http://testserver/",
        "http://testserver/poses/",
        "http://testserver/anatomy/",
        "http://testserver/sequences/",
    }
