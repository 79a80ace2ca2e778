"""Each kind of public page in Chromium: it opens cleanly, passes axe-core, fits a small phone.

The ``page`` fixture fails any of these tests if the page logs a console error or throws.
"""

import pytest

from .pages import PAGE_TYPES, load_all_images, open_page, sideways_scroll

pytestmark = pytest.mark.parametrize("kind", PAGE_TYPES)


def test_page_opens_with_one_heading_and_alt_text_on_every_image(page, page_errors, demo, kind):
    open_page(page, page_errors, kind)
    assert page.locator("h1").count() == 1
    assert page.locator("h1").is_visible()
    assert page.locator("main").count() == 1
    without_alt = page.eval_on_selector_all(
        "img", "imgs => imgs.filter(i => !i.hasAttribute('alt')).map(i => i.outerHTML)"
    )
    assert without_alt == [], f"images without alt on {page.url}: {without_alt}"
    load_all_images(page)  # an image that fails to load is a console error


def test_page_has_no_axe_violations(page, page_errors, demo, axe, kind):
    open_page(page, page_errors, kind)
    axe(page)


def test_page_has_no_sideways_scrolling_at_360px(page, page_errors, demo, kind):
    page.set_viewport_size({"width": 360, "height": 740})
    open_page(page, page_errors, kind)
    overflow = sideways_scroll(page)
    assert overflow <= 0, f"{page.url} scrolls {overflow} px sideways at 360 px"


def test_page_screenshots(page, page_errors, demo, screenshot, kind):
    open_page(page, page_errors, kind)
    for path in screenshot(page, kind):
        assert path.stat().st_size > 1000
