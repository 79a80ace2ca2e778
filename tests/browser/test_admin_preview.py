"""The admin's live Markdown preview in a real browser: it follows the typing, shows the sanitised
page, says what was removed, runs under the strict policy, and the tags box offers existing tags."""

import pytest
from django.urls import reverse

from tests.factories import PoseFactory, UserFactory

from .test_csp_admin import RECORD_VIOLATIONS, violations


@pytest.fixture
def editor_page(page, transactional_db):
    PoseFactory(english_name="Sphinx", slug="sphinx", tags=["gentle", "prone", "backbend"])
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    return page


def test_the_preview_shows_what_visitors_see_as_the_editor_types(editor_page, axe, screenshot):
    page = editor_page
    pose = PoseFactory(english_name="Cobra", slug="cobra", steps="1. Lie on your front.")
    page.goto(reverse("admin:poses_pose_change", args=[pose.pk]))
    preview = page.locator("#id_steps + .markdown-preview")
    # Text already there is previewed as the page opens.
    assert preview.locator("li").first.text_content() == "Lie on your front."

    page.fill(
        "#id_steps", '1. Lift **gently**.\n2. <script>alert(1)</script><em onclick="x()">Rest</em>'
    )
    strong = preview.locator(".markdown-preview-body strong")
    strong.wait_for()
    assert strong.text_content() == "gently"
    status = preview.locator(".markdown-preview-status")
    status.filter(has_text="removed").wait_for()
    assert status.text_content() == "A script and an onclick attribute were removed."
    assert preview.locator("script").count() == 0
    assert preview.locator("[onclick]").count() == 0
    screenshot(page, "admin-markdown-preview")
    assert violations(page) == []
    axe(page, context=".markdown-preview")


def test_an_empty_field_gets_its_preview_once_typed_in(editor_page):
    page = editor_page
    page.goto(reverse("admin:sequences_tip_add"))
    assert page.locator(".markdown-preview").count() == 0
    page.fill("#id_body", "Keep the knees *soft*.")
    page.locator("#id_body + .markdown-preview em").wait_for()
    assert page.locator("#id_body + .markdown-preview em").text_content() == "soft"
    assert violations(page) == []


def test_the_tags_box_offers_existing_tags_after_a_comma(editor_page):
    page = editor_page
    page.goto(reverse("admin:poses_pose_add"))
    options = page.locator("#id_tags-suggestions option")
    assert sorted(options.evaluate_all("os => os.map(o => o.value)")) == [
        "backbend",
        "gentle",
        "prone",
    ]
    page.locator("#id_tags").press_sequentially("gentle, pr")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#id_tags-suggestions option')]"
        ".map(o => o.value).join('|') === 'gentle, prone'"
    )
    assert violations(page) == []
