"""The admin works under the enforced Content Security Policy: no violation, and its scripts run.

Violations are caught twice: Chromium logs each one as a console error (the `page` fixture fails on
those), and a `securitypolicyviolation` listener, installed before any page script, records them.
"""

import pytest
from django.urls import reverse

from poses.models import PoseMuscle
from tests.factories import (
    MuscleFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    UserFactory,
)

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
        `at ${event.sourceFile}:${event.lineNumber} (${event.sample})`
    );
});
"""


def violations(page):
    return page.evaluate("() => window.__cspViolations || []")


@pytest.fixture
def content(transactional_db):
    muscle = MuscleFactory(name="Multifidus", slug="multifidus")
    pose = PoseFactory(english_name="Sphinx", slug="sphinx", tags=["gentle", "prone"])
    PoseMuscleFactory(pose=pose, muscle=muscle, role=PoseMuscle.Role.STRENGTHENS)
    sequence = SequenceFactory(title="Evening", slug="evening")
    for position, other in enumerate([pose, PoseFactory(), PoseFactory()], start=1):
        SequenceStepFactory(sequence=sequence, pose=other, position=position)
    return pose, sequence


@pytest.fixture
def admin_page(page, content):
    """A tab signed in to the admin through its own login form (under the policy too)."""
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a long test password")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    assert violations(page) == []
    return page


def assert_admin_scripts_ran(page):
    # Django's admin scripts set up their namespace; blocked scripts would leave it undefined.
    assert page.evaluate("() => typeof window.django === 'object' && !!window.django.jQuery")


def add_inline_row(page):
    """Click the first inline's "Add another" link: the admin's inline JavaScript at work."""
    group = page.locator(".inline-group").first
    rows = group.locator("tr.form-row:not(.empty-form)")
    before = rows.count()
    group.locator(".add-row a").click()
    assert rows.count() == before + 1


def test_pose_change_form_has_no_policy_violation(admin_page, content):
    pose, _ = content
    admin_page.goto(reverse("admin:poses_pose_change", args=[pose.pk]))
    admin_page.wait_for_load_state("networkidle")
    assert admin_page.locator("#id_english_name").input_value() == "Sphinx"
    assert_admin_scripts_ran(admin_page)
    add_inline_row(admin_page)
    assert violations(admin_page) == []


def test_sequence_change_form_has_no_policy_violation(admin_page, content):
    _, sequence = content
    admin_page.goto(reverse("admin:sequences_sequence_change", args=[sequence.pk]))
    admin_page.wait_for_load_state("networkidle")
    assert admin_page.locator("#id_title").input_value() == "Evening"
    assert_admin_scripts_ran(admin_page)
    add_inline_row(admin_page)
    assert violations(admin_page) == []


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:poses_pose_add",
        "admin:poses_pose_changelist",
        "admin:sequences_sequence_add",
        "admin:sequences_sequence_changelist",
        "admin:sequences_tip_add",
        "admin:anatomy_muscle_add",
    ],
)
def test_other_admin_pages_have_no_policy_violation(admin_page, url_name):
    admin_page.goto(reverse(url_name))
    admin_page.wait_for_load_state("networkidle")
    assert_admin_scripts_ran(admin_page)
    assert violations(admin_page) == []


def test_the_policy_is_enforced_not_just_reported(page, page_errors, content):
    """A script the policy does not allow really is blocked, and the listener sees it."""
    page_errors.expect(r"Content Security Policy")
    pose, _ = content
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(pose.get_absolute_url())
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.__injected = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_function("() => window.__cspViolations.length > 0")
    assert page.evaluate("() => window.__injected === undefined")
    assert any(v.startswith("script-src") for v in violations(page))
