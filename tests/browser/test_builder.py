"""The practice builder in Chromium: built with the keyboard alone, checked as it changes, shared
by its address, and usable without JavaScript."""

import pytest

BUILD = "/practice/build/"
WIDTHS = {375: 812, 1280: 800}


def tab_to(page, element_id, limit=300):
    """Press Tab until the element with this id has the focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("() => document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    pytest.fail(f"Tab never reached #{element_id}")


def steps(page):
    """(name, side) of each step, as the page shows them."""
    items = page.locator("[data-steps] > li")
    return [
        (
            items.nth(i).locator(".built-step__name a").inner_text(),
            items.nth(i).locator("select").input_value(),
        )
        for i in range(items.count())
    ]


def test_build_a_practice_with_the_keyboard_see_the_check_change_and_share_it(
    page, demo, browser, browser_context_args
):
    page.goto(BUILD)
    for number, slug in enumerate(["cat-cow", "childs-pose", "lying-spinal-twist", "cobra"], 1):
        tab_to(page, f"add-{slug}")
        page.keyboard.press("Enter")
        page.locator(f"#step-{number}").wait_for()
    assert [name for name, _ in steps(page)] == [
        "Cat–cow flow", "Child's pose", "Lying spinal twist", "Cobra pose",
    ]  # fmt: skip
    assert steps(page)[2][1] == "each"  # a twist comes in each side in turn
    warning = page.locator('[data-warning="one-way-twist"]')
    assert warning.count() == 0

    # The twist to the right side only: the balance check says so, and stops when it is undone.
    tab_to(page, "side-3")
    page.keyboard.press("ArrowUp")  # "Each side in turn" -> "Right side"
    warning.wait_for()
    assert "only to the right side" in warning.inner_text()
    assert page.evaluate("() => document.activeElement.id") == "side-3"
    page.keyboard.press("ArrowDown")
    warning.wait_for(state="detached")

    # Cobra moves up, before the twist, from the keyboard.
    tab_to(page, "up-4")
    page.keyboard.press("Enter")
    page.locator("#step-3 .built-step__name", has_text="Cobra pose").wait_for()
    built = steps(page)

    # The address is the practice: a fresh browser with nothing in it gets the same practice.
    address = page.locator("[data-share-url]").input_value()
    assert address == page.url
    fresh = browser.new_context(**browser_context_args)
    try:
        other = fresh.new_page()
        other.goto(address)
        assert steps(other) == built
        assert (
            other.locator("[data-summary-line]").inner_text()
            == page.locator("[data-summary-line]").inner_text()
        )
    finally:
        fresh.close()


def test_the_builder_works_without_javascript(browser, browser_context_args, demo):
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(BUILD)
        page.locator("#add-cobra").click()
        page.locator("#add-childs-pose").click()
        page.locator("#add-cat-cow").click()
        assert [name for name, _ in steps(page)] == ["Cobra pose", "Child's pose", "Cat–cow flow"]
        page.locator("#up-3").click()
        page.locator("#remove-1").click()
        assert [name for name, _ in steps(page)] == ["Cat–cow flow", "Child's pose"]
        page.locator("#hold-1").fill("25")
        page.get_by_role("button", name="Update the practice").click()
        assert page.locator("#hold-1").input_value() == "25"
        assert "cat-cow:b:25" in page.url
        page.get_by_role("link", name="Play this practice").click()
        assert page.locator("#page-title").inner_text() == "Practice: your own"
        assert "Cat–cow flow" in page.locator("[data-plan]").inner_text()
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_builder_has_no_axe_violations(page, demo, axe, width):
    page.set_viewport_size({"width": width, "height": WIDTHS[width]})
    page.goto(f"{BUILD}?p=v1,cat-cow:b:10:5,lying-spinal-twist:r,fish,cobra&rounds=2")
    assert page.locator('[data-warning="one-way-twist"]').count() == 1
    axe(page)
    page.goto(f"{BUILD}?p=v1,cat-cow,nothing-here&for=stenosis")
    axe(page)


def test_builder_and_sequence_screenshots(page, demo, screenshot):
    page.goto(f"{BUILD}?p=v1,cat-cow:b:10:5,childs-pose,lying-spinal-twist:r,cobra:b:10&rounds=2")
    screenshot(page, "builder")
    page.goto(f"{BUILD}?for=stenosis&q=twist")
    screenshot(page, "builder-search")
    page.goto("/sequences/back-pain-flow/")
    screenshot(page, "sequence-balance")
    page.goto("/sequences/steady-back-and-legs/")
    screenshot(page, "sequence-steady")
