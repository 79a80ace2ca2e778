"""Search in Chromium: the header box on a phone, the results page, and how both look."""

import pytest
from django.urls import reverse

from .pages import sideways_scroll

PHONE = {"width": 375, "height": 812}
SEARCHES = {
    "search-results": "lower back",
    "search-corrected": "cobbra",
    "search-nothing": "cobra twsit",
    "search-empty": "",
}


def search_url(query):
    return f"{reverse('search')}?q={query}" if query else reverse("search")


def test_typing_in_the_header_box_on_a_phone_reaches_a_pose(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(reverse("home"))
    label = "Search poses, conditions, muscles, sequences and tips"
    box = page.get_by_role("searchbox", name=label)
    box.click()
    box.press_sequentially("cat cow")
    box.press("Enter")
    page.wait_for_url("**/search/?q=cat+cow")

    first = page.locator("#results-poses .search-result__title").first
    assert first.inner_text() == "Cat–cow flow"
    first.click()
    page.wait_for_url("**/poses/cat-cow/")
    assert page.locator("h1").inner_text().strip() == "Cat–cow flow"


def test_a_typo_typed_on_a_phone_still_reaches_the_pose(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(reverse("anatomy:index"))
    box = page.locator("#site-search-q")
    box.press_sequentially("cobbra")
    page.locator(".site-search__button").click()
    assert "these are the results for" in page.locator(".search-correction").inner_text()
    page.locator("#results-poses .search-result__title").first.click()
    page.wait_for_url("**/poses/cobra/")


def test_the_header_box_and_its_button_are_big_enough_to_touch(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(reverse("home"))
    for selector in ("#site-search-q", ".site-search__button"):
        box = page.locator(selector).bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, selector


def test_the_header_box_is_keyboard_reachable_right_after_the_navigation(page, demo):
    page.goto(reverse("home"))
    page.locator(".site-nav a").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "site-search-q"


@pytest.mark.parametrize("name", SEARCHES)
def test_search_pages_have_no_axe_violations(page, demo, axe, name):
    page.goto(search_url(SEARCHES[name]))
    axe(page)


@pytest.mark.parametrize("name", SEARCHES)
def test_search_pages_fit_a_narrow_phone(page, demo, name):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(search_url(SEARCHES[name]))
    assert sideways_scroll(page) == 0


@pytest.mark.parametrize("name", [*SEARCHES, "home-with-search"])
def test_search_screenshots(page, demo, screenshot, name):
    page.goto(reverse("home") if name == "home-with-search" else search_url(SEARCHES[name]))
    for path in screenshot(page, name):
        assert path.stat().st_size > 0
