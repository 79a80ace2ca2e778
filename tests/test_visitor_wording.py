"""Visitors read plain words: no page they can reach says "published", "unpublished" or "draft".

Staff previewing a draft are told so by the preview banner; that is not a visitor's page.
"""

import re

import pytest
from django.urls import reverse

from tests.factories import MuscleFactory, MuscleGroupFactory, make_editor

INTERNAL = re.compile(r"publish|draft", re.IGNORECASE)


def visible_text(html):
    """The words on the page and in its title and description, without markup."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    described = " ".join(re.findall(r'<meta name="description" content="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + described


def public_urls(site):
    empty_layer = MuscleGroupFactory(name="Empty layer", slug="empty-layer", depth=9)
    lonely = MuscleFactory(name="Lonely muscle", slug="lonely", group=site.layers.deep)
    urls = [
        reverse("home"),
        reverse("poses:list"),
        reverse("poses:list") + "?q=nothing-matches-this",
        reverse("anatomy:index"),
        reverse("sequences:list"),
        empty_layer.get_absolute_url(),
        lonely.get_absolute_url(),
        "/no-such-page/",
        reverse("poses:detail", kwargs={"slug": "unfinished"}),  # a draft: a 404 to visitors
    ]
    urls += [pose.get_absolute_url() for pose in vars(site.poses).values()]
    urls += [sequence.get_absolute_url() for sequence in site.sequences]
    urls += [group.get_absolute_url() for group in vars(site.layers).values()]
    return urls


def test_no_public_page_uses_internal_words(client, site):
    for url in public_urls(site):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        found = INTERNAL.findall(visible_text(response.content.decode()))
        assert not found, (url, found)


@pytest.mark.parametrize("name", ["home", "poses:list", "anatomy:index", "sequences:list"])
def test_empty_sections_speak_plainly_too(client, db, name):
    found = INTERNAL.findall(visible_text(client.get(reverse(name)).content.decode()))
    assert not found, found


def test_the_check_sees_an_internal_word(client, site):
    """The staff preview banner says "not published": the same check finds it there."""
    client.force_login(make_editor())
    html = client.get(reverse("poses:detail", kwargs={"slug": "unfinished"})).content.decode()
    assert INTERNAL.findall(visible_text(html))
