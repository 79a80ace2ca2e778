"""The API's documentation page runs in Chromium from the site's own files, under its policy."""

import pytest

from tests.browser.test_csp_admin import RECORD_VIOLATIONS, violations
from tests.factories import PoseFactory


@pytest.fixture
def pose(transactional_db):
    return PoseFactory(slug="sphinx", english_name="Sphinx")


def test_the_docs_list_every_endpoint_and_try_one_without_a_policy_violation(page, pose):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto("/api/v1/docs/")
    page.get_by_text("Backsite API").first.wait_for()
    for path in ("/api/v1/poses/", "/api/v1/poses/{slug}/", "/api/v1/sequences/"):
        assert page.locator(f".opblock-summary-path[data-path='{path}']").count() == 1, path
    # "Try it out" really calls the API from the page.
    page.locator(".opblock-summary-path[data-path='/api/v1/layers/']").click()
    page.get_by_role("button", name="Execute").click()
    status = page.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "200"
    assert violations(page) == []
    base = page.url.split("/api/")[0]
    assert all(url.startswith((base, "data:")) for url in requests), requests
