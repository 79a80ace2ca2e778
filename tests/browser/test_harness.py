"""The browser fixtures themselves: they must catch what they exist to catch.

The admin login page is Django's own, so it is a stable page to prove the harness against. Pages
served through ``page.route`` stand in for a broken page without touching the site.
"""

import pytest
from django.urls import reverse

from .pages import sideways_scroll

# Django's own login page has no level-one heading (axe's best-practice rule page-has-heading-one);
# it is not Backsite's page to change, so here axe checks the WCAG 2.x A/AA rules only.
WCAG_ONLY = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}
STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
HARNESS_URL = "/browser-harness/"


def serve(page, html, headers=None):
    """Answer HARNESS_URL on the live server's origin with ``html`` (and optional headers)."""
    page.route(
        f"**{HARNESS_URL}",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html; charset=utf-8",
            headers=headers or {},
            body=html,
        ),
    )
    page.goto(HARNESS_URL)


def test_admin_login_opens_in_chromium(page, live_server):
    response = page.goto(reverse("admin:login"))
    assert response.status == 200
    assert page.get_by_label("Username").is_visible()
    assert page.title().startswith("Log in")


def test_admin_login_passes_axe(page, live_server, axe):
    page.goto(reverse("admin:login"))
    axe(page, options=WCAG_ONLY)


def test_screenshots_are_saved_at_both_widths(page, live_server, screenshot):
    page.goto(reverse("admin:login"))
    paths = screenshot(page, "admin-login")
    assert [path.name for path in paths] == ["admin-login-375.png", "admin-login-1280.png"]
    for path in paths:
        assert path.read_bytes().startswith(b"\x89PNG")
    assert page.viewport_size["width"] == 1280  # the tab is left as it was


def test_console_errors_are_recorded(page, live_server, page_errors):
    serve(page, "<!doctype html><title>t</title><script>console.error('boom')</script>")
    serve(page, "<!doctype html><title>t</title><script>undefinedFunction()</script>")
    kinds = sorted((kind, text) for kind, text, _ in page_errors.errors)
    assert kinds[0] == ("console", "boom")
    assert kinds[1][0] == "pageerror" and "undefinedFunction" in kinds[1][1]
    page_errors.expect("boom|undefinedFunction")  # both were provoked on purpose


def test_axe_reports_violations_readably(page, live_server, axe, page_errors):
    page_errors.expect("status of 404")  # the image is missing on purpose
    serve(page, '<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main>')
    with pytest.raises(AssertionError) as failure:
        axe(page)
    message = str(failure.value)
    assert "image-alt (critical)" in message
    assert '<img src="x.png">' in message


def test_axe_runs_under_a_strict_content_security_policy(page, live_server, axe, page_errors):
    serve(
        page,
        '<!doctype html><html lang="en"><title>Calm</title><main><h1>Calm</h1></main>',
        headers={"Content-Security-Policy": STRICT_CSP},
    )
    results = axe(page)
    assert results["violations"] == []
    assert page_errors.errors == []  # injecting axe did not trip the policy


def test_sideways_scrolling_is_measured(page, live_server):
    page.set_viewport_size({"width": 360, "height": 740})
    serve(page, '<!doctype html><meta name="viewport" content="width=device-width"><p>Fits.')
    assert sideways_scroll(page) == 0
    serve(
        page,
        '<!doctype html><meta name="viewport" content="width=device-width">'
        "<pre>A line far too long to wrap on a narrow phone screen, so it pushes the page wide.",
    )
    assert sideways_scroll(page) > 0
