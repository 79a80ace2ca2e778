"""The review note and JSON-LD in Chromium: axe-clean at phone and desktop widths, no policy
violation (JSON-LD is data, which the strict CSP lets through without a nonce), parsed by the
browser; and the reviewer's screen in the admin under the same policy."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from backsite.models import Review
from poses.models import Condition, Pose
from tests.factories import UserFactory, make_editor
from tests.test_admin import change_form_data

from .pages import page_url
from .test_csp_admin import RECORD_VIOLATIONS, violations

pytestmark = pytest.mark.browser

WIDTHS = [375, 1280]


def condition_url():
    return Condition.objects.order_by("order").first().get_absolute_url()


PAGES = {
    "pose": lambda: page_url("pose"),
    "sequence": lambda: page_url("sequence"),
    "muscle": lambda: page_url("muscle"),
    "condition": condition_url,
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(PAGES))
def test_review_note_is_axe_clean_and_json_ld_runs_into_no_policy(
    page, page_errors, demo, axe, kind, width
):
    page.set_viewport_size({"width": width, "height": 900})
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(PAGES[kind]())
    assert response.status == 200
    note = page.locator(".review-note")
    assert note.is_visible()
    assert "Reviewed by Backsite editorial team on" in note.inner_text()
    axe(page, context=".review-note")
    data = json.loads(
        page.evaluate(
            "() => document.querySelector('script[type=\"application/ld+json\"]').textContent"
        )
    )
    assert data["@type"] == "MedicalWebPage" and data["reviewedBy"]["name"]
    assert violations(page) == []


@pytest.mark.parametrize("name", ["about", "editorial_policy"])
def test_about_and_policy_pages_are_axe_clean(page, page_errors, demo, axe, name):
    page.goto(reverse("home"))
    page.locator("footer").get_by_role(
        "link", name={"about": "About Backsite"}.get(name, "Editorial policy")
    ).click()
    page.wait_for_url(f"**{reverse(name)}")
    assert page.locator("h1").count() == 1
    axe(page)


def test_pose_page_with_its_review_screenshots(page, page_errors, demo, screenshot):
    page.goto(page_url("pose"))
    page.locator(".review-note").scroll_into_view_if_needed()
    for path in screenshot(page, "trust-pose"):
        assert path.stat().st_size > 1000


def test_reviewer_screen_runs_under_the_policy(page, page_errors, demo, axe, screenshot):
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    pose = Pose.objects.get(pk=Review.objects.filter(content_type__model="pose").first().object_id)
    # An editor's change waits for review, so the screen shows its differences.
    writer = Client()
    writer.force_login(make_editor())
    form = change_form_data(writer.get(reverse("admin:poses_pose_change", args=[pose.pk])))
    form["summary"] = "A summary an editor changed."
    form["steps"] = pose.steps + "\n1. Rest on the mat."
    assert writer.post(reverse("admin:poses_pose_change", args=[pose.pk]), form).status_code == 302
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    page.goto(reverse("admin:poses_pose_review", args=[pose.pk]))
    assert page.locator("h1").inner_text().startswith("Review")
    assert page.locator("#id_reviewer_name").is_visible()
    assert "A summary an editor changed." in page.locator(".review-changes").inner_text()
    assert page.locator("#id_reviewed_on").input_value()  # today, in the date picker
    axe(page, context="#content-main")
    screenshot(page, "trust-admin-review")
    # The page's own admin shows the waiting change too, with the way to the Review screen.
    page.goto(reverse("admin:poses_pose_change", args=[pose.pk]))
    assert page.locator(".review-pending").is_visible()
    assert page.get_by_role("link", name="Approve or reject it").is_visible()
    axe(page, context=".review-pending")
    screenshot(page, "trust-admin-change")
    assert violations(page) == []
