"""The admin's history and the warning before unpublishing, as an editor sees them: readable,
accessible (axe-core) and clean under the Content Security Policy."""

import pytest
from django.urls import reverse

from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory, UserFactory

from .test_csp_admin import RECORD_VIOLATIONS, violations


@pytest.fixture
def editor_page(page, transactional_db):
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    return page


def save(page, pose, **fields):
    # The live previews ask the server as the page opens and after each edit; the test server
    # shares one in-memory SQLite connection between its threads, so let them finish first.
    page.goto(reverse("admin:poses_pose_change", args=[pose.pk]))
    page.wait_for_load_state("networkidle")
    for selector, value in fields.items():
        page.fill(f"#id_{selector}", value)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(600)  # past the preview's pause after typing, then its request
    page.wait_for_load_state("networkidle")
    page.click("input[name=_continue]")
    page.locator(".messagelist .success").wait_for()


def test_the_history_shows_each_version_with_its_changes_and_restores(editor_page, axe, screenshot):
    page = editor_page
    pose = PoseFactory(english_name="Cobra", steps="1. Lie on your front.\n2. Lift the chest.")
    save(page, pose)
    save(page, pose, summary="A gentle backbend on the front.")
    save(page, pose, steps="1. Lie on your front.\n2. Lift the chest a little.\n3. Breathe.")
    page.goto(reverse("admin:poses_pose_history", args=[pose.pk]))
    entries = page.locator(".history-entry")
    assert entries.count() == 3
    assert entries.first.locator("ins").first.text_content() == "+ 2. Lift the chest a little."
    screenshot(page, "admin-history")
    axe(page)
    assert violations(page) == []

    entries.nth(2).get_by_role("link", name="Restore this version…").click()
    page.get_by_role("button", name="Save", exact=True).click()
    page.locator(".messagelist .success").wait_for()
    pose.refresh_from_db()
    # Browsers send line breaks as CRLF.
    assert pose.steps.replace("\r\n", "\n") == "1. Lie on your front.\n2. Lift the chest."


def test_unpublishing_a_pose_in_use_asks_first(editor_page, axe, screenshot):
    page = editor_page
    pose = PoseFactory(english_name="Cobra")
    SequenceStepFactory(pose=pose, sequence=SequenceFactory(title="Morning"))
    page.goto(reverse("admin:poses_pose_change", args=[pose.pk]))
    page.uncheck("#id_is_published")
    page.click("input[name=_save]")
    page.get_by_role("link", name="Morning").wait_for()
    screenshot(page, "admin-unpublish-warning")
    axe(page)
    page.get_by_role("button", name="Yes, unpublish it").click()
    page.locator(".messagelist .success").wait_for()
    pose.refresh_from_db()
    assert not pose.is_published
    assert violations(page) == []
