"""A pose's ladder in Chromium: visible at a phone's and a desktop's width, harder versions above
the pose and easier ones below, each leading to its own page, with no axe-core findings."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .pages import load_all_images

WIDTHS = [375, 1280]


def pose_url(slug):
    return reverse("poses:detail", kwargs={"slug": slug})


@pytest.mark.parametrize("width", WIDTHS)
def test_the_ladder_shows_harder_above_and_easier_below(page, demo, axe, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(pose_url("lunge"))
    ladder = page.locator("section.ladder")
    ladder.scroll_into_view_if_needed()
    expect(ladder.get_by_role("heading", name="Easier and harder versions")).to_be_visible()
    load_all_images(page)

    high = ladder.get_by_role("link", name="High lunge")
    here = ladder.locator(".ladder__rung--here")
    supported = ladder.get_by_role("link", name="Supported low lunge")
    for part in (high, here, supported):
        expect(part).to_be_visible()
    tops = [part.bounding_box()["y"] for part in (high, here, supported)]
    assert tops == sorted(tops), tops
    # Each rung's picture is drawn and described.
    pictures = ladder.locator(".ladder__picture img")
    expect(pictures).to_have_count(2)
    for index in range(2):
        assert pictures.nth(index).evaluate("img => img.naturalWidth") > 0
        assert pictures.nth(index).get_attribute("alt")
    assert ladder.evaluate("el => el.scrollWidth <= el.clientWidth")
    axe(page)


def test_a_rung_opens_the_easier_pose_from_anywhere_on_it(page, demo):
    page.goto(pose_url("handstand"))
    rung = page.locator(".ladder__rung--easier").first
    # A click on the picture lands on the rung's link, which covers the whole rung.
    picture = rung.locator(".ladder__picture img")
    picture.scroll_into_view_if_needed()
    box = picture.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page).to_have_url(re.compile(re.escape(pose_url("wall-l-handstand")) + "$"))
    expect(page.locator("h1")).to_have_text("Wall “L” handstand preparation")
    # The way back up: the handstand is the harder version here.
    expect(page.locator(".ladder__rung--harder .ladder__name")).to_have_text("Handstand")


@pytest.mark.parametrize("slug", ["cobra", "handstand", "wall-l-handstand"])
def test_pose_pages_with_a_ladder_screenshots(page, demo, screenshot, slug):
    page.goto(pose_url(slug))
    for path in screenshot(page, f"ladder-{slug}"):
        assert path.stat().st_size > 1000
