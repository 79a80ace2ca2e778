"""The home page, robots.txt and the error pages."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.urls import reverse

from backsite.views import server_error
from tests.factories import PoseFactory, SequenceFactory, TipFactory
from tests.page_checks import assert_good_page, back_map_markup, back_map_weight
from tests.site_content import HOME_TITLE, SAFETY_TITLE


def asset_bytes():
    """The stylesheets and script every page loads."""
    names = ("css/site.css", "css/print.css", "js/site.js")
    return sum(Path(finders.find(name)).stat().st_size for name in names)


def test_home_shows_introduction_sequences_layers_tips_and_safety(client, site):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert HOME_TITLE in html  # the "home" site text
    assert SAFETY_TITLE in html  # the safety note
    assert "numbness" in html
    for path in ("/sequences/morning-flow/", "/sequences/standing-practice/"):
        assert f'href="{path}"' in html
    for path in ("/anatomy/superficial/", "/anatomy/intermediate/", "/anatomy/deep/"):
        assert f'href="{path}"' in html
    layers = ["/anatomy/superficial/", "/anatomy/intermediate/", "/anatomy/deep/"]
    layers.append("/anatomy/small-deep/")
    positions = [html.index(f'href="{path}"') for path in layers]
    assert positions == sorted(positions), "layers run from the surface inward"
    assert "Little and often" in html  # a featured tip
    assert "A tip kept for the pose pages" not in html  # not featured


def test_home_puts_the_safety_note_before_the_sequences(client, site):
    html = client.get(reverse("home")).content.decode()
    assert html.index(SAFETY_TITLE) < html.index('id="sequences-title"')


def test_every_section_is_one_click_from_home(client, site):
    html = client.get(reverse("home")).content.decode()
    for name in ("poses:list", "anatomy:index", "sequences:list"):
        assert f'href="{reverse(name)}"' in html


def test_home_copes_with_no_content(client, db):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert_good_page(response)
    html = response.content.decode()
    assert "Sequences are on their way" in html
    assert "Stop if pain sharpens or spreads" in html  # the built-in safety note


def test_home_lists_only_published_sequences(client, db):
    SequenceFactory(title="Open flow")
    SequenceFactory(title="Draft flow", is_published=False)
    html = client.get(reverse("home")).content.decode()
    assert "Open flow" in html
    assert "Draft flow" not in html


def test_home_tips_print_rendered_markdown_and_mark_cautions(client, db):
    TipFactory(title="Breathe", body="Breathe **slowly**.", is_featured=True)
    TipFactory(title="Not too deep", body="Stop early.", kind="caution", is_featured=True)
    html = client.get(reverse("home")).content.decode()
    assert "<strong>slowly</strong>" in html
    assert 'class="tip tip--caution"' in html
    assert "Caution:</span> Not too deep" in html


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "User-agent: *" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "admin" not in body  # the admin's address is not advertised


def test_robots_txt_refuses_post(client, db):
    assert client.post("/robots.txt").status_code == 405


def test_404_page_is_in_the_site_design(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="/poses/"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert_good_page(response)


def test_404_under_a_section_marks_no_section_as_current(client, db):
    response = client.get("/poses/no-such-pose/")
    assert response.status_code == 404
    assert "aria-current" not in response.content.decode()


def test_a_pose_page_marks_the_pose_library_as_its_section(client, db):
    pose = PoseFactory()
    html = client.get(pose.get_absolute_url()).content.decode()
    assert '<a href="/poses/" aria-current="true">Poses</a>' in html


def test_500_page_renders_without_the_database(django_assert_num_queries, db):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "site.css" in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/poses/",
        "/poses/triangle/",
        "/anatomy/",
        "/anatomy/deep/",
        "/anatomy/deep/erector-spinae/",
        "/sequences/",
        "/sequences/morning-flow/",
        "/no-such-page/",
    ],
)
def test_every_page_type_stays_under_the_page_weight_budget(client, site, path):
    """HTML, stylesheets and script together stay under 60 KB before compression; where the back
    map is shown, it adds at most 40 KB more (its markup, stylesheet and script)."""
    html = client.get(path).content
    map_weight = back_map_weight(html)
    assert map_weight <= 40 * 1024
    assert len(html) - len(back_map_markup(html)) + asset_bytes() < 60 * 1024
    if path.startswith(("/anatomy/", "/poses/triangle/")):
        assert map_weight > 0, "the back map is on this page"


def test_every_pose_picture_on_the_site_is_a_link_to_its_pose(client, site_with_pictures):
    """With a picture for every pose, each picture sits inside a link to its pose (on the pose's
    own page, its main picture links to the picture itself, larger)."""
    for path in ("/poses/", "/sequences/morning-flow/", "/anatomy/deep/", "/poses/triangle/"):
        response = client.get(path)
        assert_good_page(response)
        page_bytes = len(response.content) - len(back_map_markup(response.content))
        assert page_bytes + asset_bytes() < 60 * 1024, path
        html = response.content.decode()
        pictures = list(re.finditer(r'<img[^>]*class="pose-picture', html))
        assert pictures, path
        assert "pose-picture--placeholder" not in html
        # Every pose picture's <img> is preceded by an open link to a pose page.
        for match in pictures:
            before = html[: match.start()]
            link = before.rfind("<a ")
            assert link > before.rfind("</a>"), (path, html[match.start() : match.start() + 80])
            opening = before[link : link + 80]
            if opening.startswith('<a class="pose__picture"'):
                assert 'href="/media/poses/triangle' in opening
            else:
                assert 'href="/poses/' in opening
