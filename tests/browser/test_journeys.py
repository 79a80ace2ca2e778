"""What a visitor does in Chromium: follow images, filter the library, use the keyboard, print."""

import re

from django.urls import reverse

from poses.models import Pose

from .pages import (
    SCREENSHOT_DIR,
    cobra,
    library_filters,
    load_all_images,
    longest_sequence,
    page_url,
)


def shown_poses(page):
    """The published poses the open page links to from its main content, by address."""
    published = {pose.get_absolute_url(): pose for pose in Pose.objects.published()}
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.pathname)")
    return {published[href] for href in hrefs if href in published}


def test_clicking_a_step_image_in_a_sequence_opens_that_pose(page, demo):
    sequence = longest_sequence()
    step = sequence.steps.select_related("pose").order_by("position")[1]
    page.goto(sequence.get_absolute_url())

    image = page.locator(f'main a[href="{step.pose.get_absolute_url()}"] img').first
    image.scroll_into_view_if_needed()
    image.click()

    page.wait_for_url(f"**{step.pose.get_absolute_url()}")
    assert page.locator("h1").inner_text().strip() == step.pose.english_name


def test_clicking_a_card_image_in_the_library_opens_that_pose(page, demo):
    pose = Pose.objects.published().order_by("english_name").first()
    page.goto(reverse("poses:list"))

    page.locator(f'main a[href="{pose.get_absolute_url()}"] img').first.click()

    page.wait_for_url(f"**{pose.get_absolute_url()}")
    assert page.locator("h1").inner_text().strip() == pose.english_name


def test_choosing_a_category_and_level_shows_only_matching_poses(page, demo):
    filters = library_filters(cobra())
    expected = set(Pose.objects.published().filter(**filters))
    assert 0 < len(expected) < Pose.objects.published().count()  # the filter narrows the list
    page.goto(reverse("poses:list"))
    assert shown_poses(page) - expected  # before filtering, other poses show too

    form = page.locator("form:has(select[name=category])")
    form.locator("select[name=category]").select_option(filters["category"])
    form.locator("select[name=level]").select_option(filters["level"])
    form.locator("[type=submit]").click()

    page.wait_for_url(re.compile(r"category="))
    assert f"category={filters['category']}" in page.url
    assert f"level={filters['level']}" in page.url
    assert shown_poses(page) == expected
    # The form remembers the choice, so a visitor can change one filter and keep the other.
    assert form.locator("select[name=category]").input_value() == filters["category"]


def test_typing_a_sanskrit_name_without_accents_finds_cobra(page, demo):
    page.goto(reverse("poses:list"))

    search = page.locator("main input[name=q]")
    search.fill("bhujangasana")
    search.press("Enter")

    page.wait_for_url(re.compile(r"q=bhujangasana"))
    # Sphinx, Sālamba Bhujaṅgāsana ("supported cobra"), shares the name.
    assert shown_poses(page) == {cobra(), Pose.objects.get(slug="sphinx")}
    card = page.locator(f'main a[href="{cobra().get_absolute_url()}"]').first
    assert "Cobra" in card.inner_text()


def test_empty_results_say_so_and_offer_to_clear_the_filters(page, demo):
    page.goto(page_url("library-empty"))
    assert shown_poses(page) == set()
    assert page.get_by_text(re.compile("no poses", re.IGNORECASE)).first.is_visible()

    page.locator("main a", has_text=re.compile("clear", re.IGNORECASE)).first.click()

    page.wait_for_url(f"**{reverse('poses:list')}")
    assert "q=" not in page.url
    assert len(shown_poses(page)) > 1


def test_the_skip_link_comes_first_and_moves_focus_to_the_main_content(page, demo):
    page.goto(reverse("home"))

    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.trim(),"
        " href: document.activeElement.getAttribute('href')})"
    )
    assert "skip" in focused["text"].lower(), f"Tab first reaches {focused}"
    target_id = focused["href"].lstrip("#")
    assert page.evaluate(f"() => document.getElementById('{target_id}').tagName") == "MAIN"
    assert page.locator(":focus").is_visible()

    page.keyboard.press("Enter")
    in_main = "() => document.activeElement.closest('main') !== null"
    if not page.evaluate(in_main):
        # Without tabindex on <main> the browser moves only its starting point: the next Tab
        # must then land inside the main content.
        page.keyboard.press("Tab")
    assert page.evaluate(in_main), "after the skip link, focus is not in the main content"


def test_a_printed_sequence_has_its_steps_and_no_navigation(page, demo):
    sequence = longest_sequence()
    page.goto(sequence.get_absolute_url())
    page.emulate_media(media="print")

    navigation = page.locator("nav, [role=navigation]")
    assert navigation.count() > 0
    for index in range(navigation.count()):
        assert navigation.nth(index).is_hidden(), navigation.nth(index).evaluate("n => n.outerHTML")
    assert page.locator("h1").is_visible()
    for step in sequence.steps.select_related("pose"):
        assert page.locator("main").get_by_text(step.pose.english_name).first.is_visible()
    assert page.locator("main img").first.is_visible()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi, for people to look at
    load_all_images(page)
    page.screenshot(path=SCREENSHOT_DIR / "sequence-print.png", full_page=True)
