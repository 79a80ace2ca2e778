"""Security headers and policy on every kind of response; the admin's lockout and its limits."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import authenticate
from django.test import Client, RequestFactory
from django.urls import reverse

from backsite.security import client_ip
from tests.factories import PoseFactory, SequenceFactory, UserFactory, make_editor

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def assert_secure_headers(response):
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (name, response.status_code)
    assert "camera=()" in response.headers["Permissions-Policy"]
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'self'"
    for directive in ("script-src", "style-src"):
        assert directives[directive].startswith("'self'")
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "*" not in directives["script-src"]


@pytest.fixture
def content(db):
    pose = PoseFactory(english_name="Child's pose", slug="childs-pose")
    sequence = SequenceFactory(title="Morning", slug="morning")
    return pose, sequence


def public_urls(pose, sequence):
    return [
        reverse("home"),
        reverse("poses:list"),
        reverse("poses:list") + "?q=child&level=beginner",
        pose.get_absolute_url(),
        reverse("sequences:list"),
        sequence.get_absolute_url(),
        reverse("anatomy:index"),
    ]


def test_headers_and_policy_on_public_pages(client, content):
    for url in public_urls(*content):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_secure_headers(response)


def test_headers_and_policy_on_not_found(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_secure_headers(response)
    response = client.get(reverse("poses:detail", kwargs={"slug": "no-such-pose"}))
    assert response.status_code == 404
    assert_secure_headers(response)


def test_headers_and_policy_on_admin_pages(client, editor_client, content):
    assert_secure_headers(client.get(reverse("admin:login")))
    pose, sequence = content
    for url in (
        reverse("admin:index"),
        reverse("admin:poses_pose_change", args=[pose.pk]),
        reverse("admin:sequences_sequence_change", args=[sequence.pk]),
    ):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert_secure_headers(response)


def test_admin_pages_carry_no_inline_script(editor_client, content):
    """Inline <script> without our nonce would be blocked by the policy, so there must be none."""
    pose, sequence = content
    for url in (
        reverse("admin:poses_pose_change", args=[pose.pk]),
        reverse("admin:sequences_sequence_change", args=[sequence.pk]),
    ):
        html = editor_client.get(url).content.decode()
        for chunk in html.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            assert "src=" in tag or 'type="application/json"' in tag or "nonce=" in tag, tag


def test_axes_backend_comes_first():
    from django.conf import settings

    assert settings.AUTHENTICATION_BACKENDS[0] == "backsite.security.LockoutBackend"
    from axes.backends import AxesStandaloneBackend

    from backsite.security import LockoutBackend

    assert issubclass(LockoutBackend, AxesStandaloneBackend)


def login(client, username, password):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
    )


def test_lockout_after_five_wrong_passwords(client, db):
    editor = make_editor(username="ada")
    for attempt in range(4):
        response = login(client, "ada", f"wrong {attempt}")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()

    response = login(client, "ada", "wrong again")
    assert response.status_code == 429
    text = response.content.decode()
    assert "Sign-in paused" in text
    assert "5 wrong passwords in a row" in text
    assert "15 minutes" in text
    assert 'class="site-header"' in text  # in the site's own design
    assert_secure_headers(response)

    # Now even the right password is refused, and no session is created.
    response = login(client, "ada", "a long test password")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username="ada").get().failures_since_start >= 5
    editor.refresh_from_db()
    assert editor.last_login is None


def test_right_password_before_the_limit_signs_in_and_resets(client, db):
    make_editor(username="grace")
    for attempt in range(4):
        login(client, "grace", f"wrong {attempt}")
    response = login(client, "grace", "a long test password")
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("admin:index")
    assert not AccessAttempt.objects.filter(username="grace").exists()


def outsider(client):
    """The same test client, seen as coming from another address."""
    client.defaults["REMOTE_ADDR"] = "203.0.113.66"
    return client


def test_an_outsider_cannot_lock_an_editor_out_from_another_address(client, db):
    make_editor(username="editor")
    attacker = outsider(Client())
    for attempt in range(8):
        response = login(attacker, "editor", f"guess {attempt}")
    assert response.status_code == 429  # the outsider is paused...

    response = login(client, "editor", "a long test password")  # ...the editor is not
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_one_address_guessing_many_usernames_is_paused_and_editors_elsewhere_are_not(client, db):
    make_editor(username="ada")
    attacker = outsider(Client())
    for number in range(4):
        assert login(attacker, f"guess{number}", "password").status_code == 200
    # The fifth failure from one address, each for another username, pauses that address...
    assert login(attacker, "guess4", "password").status_code == 429
    assert login(attacker, "someone-else", "password").status_code == 429
    # ...and the editor signs in from their own address.
    assert login(client, "ada", "a long test password").status_code == 302


def test_tries_during_the_pause_do_not_extend_it(client, db, settings):
    make_editor(username="ada")
    for attempt in range(5):
        login(client, "ada", f"wrong {attempt}")
    attempt = AccessAttempt.objects.get(username="ada")
    paused_at = attempt.attempt_time
    for _ in range(3):
        assert login(client, "ada", "still wrong").status_code == 429
    attempt.refresh_from_db()
    assert attempt.attempt_time == paused_at
    assert attempt.failures_since_start == 5


def test_sign_in_without_a_request_is_not_blocked(db):
    """Management commands and scripts authenticate without a request; only HTTP is throttled."""
    user = UserFactory(username="operator")
    assert authenticate(username="operator", password="a long test password") == user


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.2"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "198.51.100.1, 203.0.113.9, 10.0.0.3", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.2"),
    ],
)
def test_client_address_trusts_only_our_proxies(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:auth_user_changelist",
        "admin:auth_user_add",
        "admin:auth_group_changelist",
        "admin:auth_group_add",
        "admin:axes_accessattempt_changelist",
        "admin:axes_accesslog_changelist",
        "admin:axes_accessfailurelog_changelist",
    ],
)
def test_editors_cannot_reach_accounts_or_lockout_records(editor_client, url_name):
    response = editor_client.get(reverse(url_name))
    assert response.status_code == 403


def test_editors_cannot_open_a_user_or_an_attempt(editor_client, editor):
    attempt = AccessAttempt.objects.create(
        username="someone", ip_address="203.0.113.9", user_agent="test", failures_since_start=3
    )
    for url in (
        reverse("admin:auth_user_change", args=[editor.pk]),
        reverse("admin:axes_accessattempt_change", args=[attempt.pk]),
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]),
    ):
        assert editor_client.get(url).status_code == 403, url


def test_editors_admin_index_lists_content_only(editor_client):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:poses_pose_changelist") in html
    assert reverse("admin:auth_user_changelist") not in html
    assert reverse("admin:auth_group_changelist") not in html
    assert reverse("admin:axes_accessattempt_changelist") not in html


def test_editors_permissions_are_content_apps_only(editor):
    apps = {perm.split(".")[0] for perm in editor.get_all_permissions()}
    assert apps <= {"backsite", "anatomy", "poses", "sequences", "taggit"}
    assert not editor.is_superuser
