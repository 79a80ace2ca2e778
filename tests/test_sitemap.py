"""The sitemap lists what visitors can reach, and nothing they cannot, as an index of sitemaps
whose pages stay bounded however much content there is."""

import re

import pytest

from backsite import sitemaps as sitemap_module
from tests.factories import MuscleFactory, PoseFactory, SequenceFactory


def xml(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    assert response["Content-Type"].startswith("application/xml")
    return response.content.decode()


def sitemaps_listed(client):
    """The sitemap pages the index lists, as paths with their query."""
    body = xml(client, "/sitemap.xml")
    assert body.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex')
    return [
        loc.removeprefix("http://testserver") for loc in re.findall(r"<loc>([^<]+)</loc>", body)
    ]


def locations(client):
    """Every address in every sitemap the index lists."""
    found = set()
    for address in sitemaps_listed(client):
        found |= set(re.findall(r"<loc>([^<]+)</loc>", xml(client, address.replace("&amp;", "&"))))
    return found


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
    pose = PoseFactory()
    body = xml(client, "/sitemap-poses.xml")
    assert f"<lastmod>{pose.updated:%Y-%m-%d}</lastmod>" in body
    assert "<lastmod>" in xml(client, "/sitemap.xml")
    assert client.get("/sitemap-poses.xml")["Last-Modified"]


def test_sitemap_on_an_empty_site(client, db):
    assert locations(client) == {
        "http://testserver/",
        "http://testserver/poses/",
        "http://testserver/anatomy/",
        "http://testserver/sequences/",
    }


def test_sitemap_pages_are_bounded_and_the_index_lists_every_page(client, db, monkeypatch):
    monkeypatch.setattr(sitemap_module.ContentSitemap, "limit", 3)
    slugs = sorted(PoseFactory(slug=f"pose-{n:02d}").slug for n in range(7))
    listed = [path for path in sitemaps_listed(client) if "poses" in path]
    assert listed == ["/sitemap-poses.xml", "/sitemap-poses.xml?p=2", "/sitemap-poses.xml?p=3"]
    pages = [re.findall(r"/poses/([^/]+)/", xml(client, path)) for path in listed]
    assert [len(page) for page in pages] == [3, 3, 1]
    assert [slug for page in pages for slug in page] == slugs


@pytest.mark.parametrize(
    "address", ["/sitemap-poses.xml?p=2", "/sitemap-poses.xml?p=abc", "/sitemap-nothing.xml"]
)
def test_a_sitemap_page_that_does_not_exist_is_not_found(client, db, address):
    PoseFactory()
    assert client.get(address).status_code == 404
