"""My back in Chromium: choose conditions in the header, see every page adapt, come back later."""

import pytest
from django.urls import reverse

from poses.models import Pose, Rating, Verdict
from poses.views import PAGE_SIZE

from .pages import sideways_scroll

CHOSEN = "stenosis,pregnancy"
PAGES = {
    "my-back": lambda: reverse("my_back:index") + f"?for={CHOSEN}",
    "condition": lambda: reverse("my_back:condition", args=["stenosis"]),
    "doctor": lambda: reverse("my_back:see_a_doctor"),
    "library-for": lambda: reverse("poses:list") + f"?for={CHOSEN}&avoided=show",
    "pose-for": lambda: reverse("poses:detail", args=["cobra"]) + f"?for={CHOSEN}",
    "handstand": lambda: reverse("poses:detail", args=["handstand"]),
    "sequence-for": lambda: reverse("sequences:detail", args=["back-pain-flow"]) + f"?for={CHOSEN}",
    "safer": lambda: reverse("sequences:safer", args=["back-pain-flow"]) + f"?for={CHOSEN}",
    "unknown-slug": lambda: reverse("poses:list") + "?for=stenosis,volcano",
}


def test_choose_hide_open_reload_and_make_it_safer(page, demo):
    page.goto(reverse("poses:list"))
    every = Pose.objects.published().count()

    # Choose a condition in the header control, on the library itself.
    control = page.locator(".my-back-control")
    control.locator("summary").click()
    control.get_by_label("Spinal stenosis or spondylolisthesis").check()
    control.get_by_role("button", name="Show this page for me").click()
    page.wait_for_url("**/poses/?*for=*stenosis*")

    notice = page.locator(".my-back-notice")
    hidden = int(notice.inner_text().split(" pose")[-2].split()[-1])
    assert "to avoid" in notice.inner_text() and hidden > 0
    avoided = Verdict.objects.filter(condition__slug="stenosis", rating=Rating.AVOID)
    assert hidden == avoided.filter(pose__is_published=True).count()
    # The library shows a page of poses at a time: the page fills with the poses left.
    assert page.locator("main .pose-card").count() == min(PAGE_SIZE, every - hidden)
    assert page.locator("main a[href^='/poses/cobra/']").count() == 0  # cobra is one to avoid
    assert page.locator(".verdict-badge").first.is_visible()

    # Open a pose: its "For your back" panel comes first and speaks to stenosis.
    page.locator("main .pose-card a.card__link").first.click()
    page.wait_for_url("**for=stenosis")
    panel = page.locator(".for-your-back")
    assert "with stenosis" in panel.inner_text()
    box = panel.bounding_box()
    assert box["y"] < page.locator(".pose__layout").bounding_box()["y"]

    # Come back later, without the choice in the address: this device remembers it.
    page.goto(reverse("poses:list"))
    page.wait_for_url("**/poses/?for=stenosis")
    assert page.locator(".my-back-notice").is_visible()

    # The back-pain flow, made safer: cobra is swapped for a pose that suits stenosis.
    page.goto(reverse("sequences:detail", args=["back-pain-flow"]))
    page.wait_for_url("**?for=stenosis")
    assert page.locator(".step-flags").count() > 0
    page.get_by_role("link", name="Make it safer for me").click()
    page.wait_for_url("**/safer/?for=stenosis")
    changes = page.locator(".safer-changes").inner_text()
    assert "instead of Cobra pose" in changes
    assert "Handstand" in changes


def test_clearing_the_choice_forgets_it_on_this_device(page, demo):
    page.goto(reverse("my_back:index") + "?for=pregnancy")
    assert "remembers your choice" in page.locator("[data-my-back-device]").inner_text()
    page.get_by_role("link", name="Clear my choice").click()
    page.wait_for_url("**/my-back/?for=")
    page.goto(reverse("poses:list"))
    assert "for=" not in page.url
    assert page.locator(".my-back-notice").count() == 0


def test_links_keep_the_choice(page, demo):
    page.goto(reverse("home") + "?for=stenosis")
    page.locator(".site-nav a", has_text="Sequences").click()
    page.wait_for_url("**/sequences/?for=stenosis")


def test_the_control_works_with_the_keyboard(page, demo):
    page.goto(reverse("home"))
    summary = page.locator(".my-back-control summary")
    summary.focus()
    page.keyboard.press("Enter")
    box = page.get_by_label("Pregnancy")
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked()
    target = page.locator(".my-back-control__summary").bounding_box()
    assert target["height"] >= 44


@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("width", [375, 1280])
def test_my_back_pages_have_no_axe_violations(page, demo, axe, kind, width):
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(PAGES[kind]())
    assert response.status == 200
    axe(page)
    page.locator(".my-back-control summary").click()
    axe(page)
    assert sideways_scroll(page) == 0


@pytest.mark.parametrize("kind", PAGES)
def test_my_back_screenshots(page, demo, screenshot, kind):
    page.goto(PAGES[kind]())
    screenshot(page, f"my-back-{kind}")
