"""How every kind of page looks, on a phone (375 px) and a desktop (1280 px), in the light and
the dark scheme: axe-core finds nothing, nothing scrolls sideways, a finger can hit every control,
the first phone screen shows what matters, and a printed sequence fits on two A4 pages."""

import re

import pytest

from .pages import PAGE_TYPES, load_all_images, longest_sequence, open_page, sideways_scroll

VIEWPORTS = {375: 812, 1280: 800}  # width: height of the first screen
SCHEMES = ["light", "dark"]
TARGET = 44  # CSS pixels, WCAG 2.2 target size (enhanced) for controls outside running text

# Every link and control whose box is smaller than a finger, except:
# - links inline in running text (a sentence), which WCAG exempts;
# - the back map's shapes, whose links the list beside the map repeats at full size (WCAG's
#   "equivalent control" exception);
# - what is not shown (a closed <details>, visually hidden text).
# A box ticked through its label is measured by its label.
# A link whose ::after is absolutely placed (a card's title) is measured by the box it covers.
SMALL_TARGETS = """(target) => {
  const inline = (el) => getComputedStyle(el).display === "inline";
  const inRunningText = (el) => {
    if (!inline(el)) return false;
    let block = el.parentElement;
    while (block && inline(block)) block = block.parentElement;
    const own = el.textContent.trim();
    return block.textContent.replace(own, "").trim().length > 0;
  };
  const found = [];
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary";
  for (const el of document.querySelectorAll(controls)) {
    if (el.closest("svg, .visually-hidden") || !el.checkVisibility({visibilityProperty: true})) {
      continue;
    }
    // A box ticked through its label is as big as the label.
    const label = el.matches("[type=checkbox], [type=radio]") && el.closest("label");
    let box = (label || el).getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (inRunningText(el)) continue;
    const after = getComputedStyle(el, "::after");
    if (after.content !== "none" && after.position === "absolute" && el.offsetParent) {
      box = el.offsetParent.getBoundingClientRect();
    }
    if (box.width < target - 0.5 || box.height < target - 0.5) {
      const name = (el.textContent || el.getAttribute("aria-label") || el.name || "").trim();
      found.push(`${el.tagName.toLowerCase()}.${el.className} "${name.slice(0, 40)}" ` +
                 `${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return found;
}"""


def show(page, kind, page_errors, width, scheme):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": width, "height": VIEWPORTS[width]})
    open_page(page, page_errors, kind)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_passes_axe_and_fits_the_screen(page, page_errors, demo, axe, kind, width, scheme):
    show(page, kind, page_errors, width, scheme)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
    axe(page)
    overflow = sideways_scroll(page)
    assert overflow <= 0, f"{page.url} scrolls {overflow} px sideways at {width} px ({scheme})"


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_control_outside_running_text_is_big_enough_for_a_finger(
    page, page_errors, demo, kind
):
    show(page, kind, page_errors, 375, "light")
    small = page.evaluate(SMALL_TARGETS, TARGET)
    assert small == [], f"{page.url}: targets under {TARGET}x{TARGET} px:\n" + "\n".join(small)


def test_the_open_filters_and_my_back_have_big_enough_controls(page, page_errors, demo):
    show(page, "library", page_errors, 375, "light")
    page.locator(".library__filters > summary").click()
    page.locator(".my-back-control__summary").click()
    small = page.evaluate(SMALL_TARGETS, TARGET)
    assert small == [], "\n".join(small)


def first_screen(page):
    return page.evaluate("innerHeight")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_first_phone_screen_of_home_says_what_backsite_is_and_offers_both_ways_in(
    page, page_errors, demo, scheme
):
    show(page, "home", page_errors, 375, scheme)
    screen = first_screen(page)
    assert page.locator("h1").bounding_box()["y"] < screen
    for name in ("Start a gentle practice", "Find poses for my back"):
        action = page.locator("main").get_by_role("link", name=name)
        box = action.bounding_box()
        assert box["y"] + box["height"] <= screen, f"{name} is below the first screen"
    assert page.get_by_role("link", name="Find poses for my back").get_attribute("href") == (
        "/my-back/"
    )


def test_the_first_phone_screen_of_the_library_shows_poses_and_folds_the_filters(
    page, page_errors, demo
):
    show(page, "library", page_errors, 375, "light")
    screen = first_screen(page)
    picture = page.locator(".pose-card img").first
    box = picture.bounding_box()
    assert box["y"] + box["height"] / 2 < screen, "no pose on the first screen"
    assert page.locator(".filters select").first.is_hidden()
    page.locator(".library__filters > summary").click()
    assert page.locator(".filters select").first.is_visible()


def test_the_library_filters_stand_open_beside_the_poses_on_a_desktop(page, page_errors, demo):
    show(page, "library", page_errors, 1280, "light")
    assert page.locator(".filters select").first.is_visible()


def test_a_printed_sequence_fits_on_two_a4_pages(page, demo):
    page.goto(longest_sequence().get_absolute_url())
    load_all_images(page)
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert 1 <= pages <= 2, f"the sequence prints on {pages} A4 pages"
