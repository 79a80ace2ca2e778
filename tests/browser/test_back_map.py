"""The back map in Chromium: click a muscle to reach its page, peel the layers from the keyboard,
no axe-core findings in any state, and the pose figures load and show."""

import re

from django.urls import reverse
from playwright.sync_api import expect

from anatomy.models import Muscle, MuscleGroup

from .pages import load_all_images


def svg_point_on_screen(page, slug, x, y):
    """Where a point of the map (in its own 300 x 400 units) is on the screen."""
    return page.evaluate(
        """([slug, x, y]) => {
            const svg = document.querySelector('.back-map__svg');
            const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
            return [point.x, point.y];
        }""",
        [slug, x, y],
    )


def test_clicking_a_muscle_on_the_map_opens_its_page(page, demo):
    page.goto(reverse("anatomy:index"))
    trapezius = Muscle.objects.get(slug="trapezius")
    page.locator('.back-map a[data-muscle="trapezius"]').click()
    expect(page).to_have_url(re.compile(re.escape(trapezius.get_absolute_url()) + "$"))
    expect(page.locator("h1")).to_have_text("Trapezius")


def test_a_deeper_muscle_can_be_clicked_once_the_layers_above_are_peeled(page, demo):
    page.goto(reverse("anatomy:index"))
    peel = page.get_by_role("button", name="Peel a layer")
    peel.click()
    peel.click()
    x, y = svg_point_on_screen(page, "iliocostalis", 115, 190)
    page.mouse.click(x, y)
    expect(page.locator("h1")).to_have_text("Iliocostalis")


def test_the_layers_peel_and_come_back_from_the_keyboard(page, demo, axe, screenshot):
    page.goto(reverse("anatomy:index"))
    layers = {
        group.slug: page.locator(f'.back-map__layer[data-layer="{group.slug}"]')
        for group in MuscleGroup.objects.all()
    }
    status = page.get_by_role("status")
    expect(status).to_have_text("Showing every layer, from the surface.")
    screenshot(page, "back-map-layer-1")
    # Tab to the control like a keyboard user, and peel with Enter.
    page.keyboard.press("Tab")
    for _ in range(40):
        if page.evaluate("() => document.activeElement.textContent") == "Peel a layer":
            break
        page.keyboard.press("Tab")
    peel = page.get_by_role("button", name="Peel a layer")
    expect(peel).to_be_focused()
    for depth, slug in enumerate(["superficial", "intermediate", "deep"], start=2):
        page.keyboard.press("Enter")
        expect(layers[slug]).to_be_hidden()
        expect(status).to_contain_text(f"layer {depth}")
        # A peeled layer's muscles leave the tab order with it.
        expect(layers[slug].locator("a").first).not_to_be_visible()
        axe(page)
        screenshot(page, f"back-map-layer-{depth}")
    # The deepest layer stays; focus moves to the control that still works.
    back = page.get_by_role("button", name="Put a layer back")
    expect(peel).to_be_disabled()
    expect(back).to_be_focused()
    page.keyboard.press(" ")
    expect(layers["deep"]).to_be_visible()
    expect(layers["superficial"]).to_be_hidden()


def test_without_script_every_layer_shows_and_the_map_is_links(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto(reverse("anatomy:index"))
    assert page.locator(".back-map__controls").count() == 0
    for layer in page.locator(".back-map__layer").all():
        expect(layer).to_be_visible()
    assert page.locator(".back-map a[href]").count() == Muscle.objects.count()
    context.close()


def test_map_pages_have_no_axe_findings_at_both_widths(page, demo, axe, screenshot):
    deep = MuscleGroup.objects.get(slug="deep")
    pages = {
        "back-map-anatomy": reverse("anatomy:index"),
        "back-map-layer-page": deep.get_absolute_url(),
        "back-map-muscle-page": Muscle.objects.get(slug="iliocostalis").get_absolute_url(),
        "back-map-pose-page": reverse("poses:detail", kwargs={"slug": "cobra"}),
    }
    for name, url in pages.items():
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(url)
            axe(page)
        screenshot(page, name)


def test_every_founding_figure_loads_sharp_in_the_pose_library(page, demo, screenshot):
    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(reverse("poses:list"))
        load_all_images(page)
        figures = page.locator("img.pose-picture--figure")
        assert figures.count() >= 11
        sizes = page.eval_on_selector_all(
            "img.pose-picture--figure", "imgs => imgs.map(i => [i.currentSrc, i.naturalWidth])"
        )
        for src, natural_width in sizes:
            assert src.endswith(".svg") and natural_width == 480, src
    screenshot(page, "figures-library")
