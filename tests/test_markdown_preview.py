"""The admin's live preview: rendered by the site's sanitiser, for staff who may edit, with CSRF."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from backsite.preview import removed_report
from poses.models import Pose
from sequences.models import Sequence
from tests.factories import PoseFactory, SequenceFactory, UserFactory
from tests.test_admin import url

pytestmark = pytest.mark.django_db

PREVIEW = "/admin/markdown-preview/"
HOSTILE = 'Breathe <script>alert(1)</script> <em onclick="steal()">slowly</em>.'


def preview(client, text, model="poses.pose", **extra):
    return client.post(reverse("markdown_preview"), {"model": model, "text": text}, **extra)


def test_the_preview_is_what_visitors_see_and_names_what_was_removed(editor_client):
    assert reverse("markdown_preview") == PREVIEW
    response = preview(editor_client, HOSTILE + "\n\n1. Lie down.\n2. **Rest.**")
    assert response.status_code == 200
    data = response.json()
    assert "<script" not in data["html"] and "onclick" not in data["html"]
    assert "<li><strong>Rest.</strong></li>" in data["html"]
    assert data["removed"] == "A script and an onclick attribute were removed."
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "text, report",
    [
        ("Plain **words**.", ""),
        ("[Click](javascript:alert(1))", "A link to a javascript: address was removed."),
        ("<iframe src=x></iframe> <iframe></iframe>", "2 embedded frames were removed."),
        ("# Title", "A top-level heading (use ## for a heading) was removed."),
        ("Hi <!-- hidden --> there", "A comment was removed."),
        ("```python\nprint(1)\n```", ""),
    ],
)
def test_the_report_says_in_words_what_the_sanitiser_removed(text, report):
    assert removed_report(text) == report


def test_a_preview_without_a_csrf_token_is_refused(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert preview(client, "Hello").status_code == 403
    # The token the admin's page carries makes the same request work.
    client.get(url(Pose, "add"))
    token = client.cookies["csrftoken"].value
    response = preview(client, "Hello", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    assert response.json()["html"] == "<p>Hello</p>"


@pytest.mark.parametrize("kind", ["anonymous", "not staff", "staff without permission"])
def test_a_preview_without_permission_is_refused(client, kind):
    if kind != "anonymous":
        user = UserFactory(is_staff=kind != "not staff")
        user.user_permissions.add(Permission.objects.get(codename="change_sequence"))
        client.force_login(user)
    response = preview(client, HOSTILE, model="poses.pose")
    assert response.status_code == 403
    assert "html" not in response.json()


def test_the_permission_to_add_is_enough(client):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_tip"))
    client.force_login(user)
    assert preview(client, "Hi", model="sequences.tip").status_code == 200


@pytest.mark.parametrize(
    "model, status",
    [("auth.user", 400), ("poses.nothing", 400), ("not-a-model", 400), ("poses.source", 400)],
)
def test_only_content_with_markdown_can_be_previewed(editor_client, model, status):
    response = preview(editor_client, "Hi", model=model)
    assert response.status_code == status
    assert response.json()["detail"]


def test_a_text_too_long_is_a_clear_refusal(editor_client, settings):
    settings.MARKDOWN_MAX_LENGTH = 100
    response = preview(editor_client, "x" * 101)
    assert response.status_code == 400
    assert "longer than 100 characters" in response.json()["detail"]


def test_only_post_is_answered(editor_client):
    assert editor_client.get(PREVIEW).status_code == 405


def test_every_markdown_field_of_the_admin_carries_the_preview(editor_client):
    pose = PoseFactory()
    html = editor_client.get(url(Pose, "change", pose.pk)).content.decode()
    marked = set(
        re.findall(r'<textarea name="([^"]+)"[^>]*data-markdown-preview="poses.pose"', html)
    )
    assert marked == {"steps", "benefits", "cautions", "modifications"}
    assert re.search(r'<script src="/static/js/admin-preview.js"[^>]* type="module">', html)
    sequence = SequenceFactory()
    html = editor_client.get(url(Sequence, "change", sequence.pk)).content.decode()
    assert 'data-markdown-preview="sequences.sequence"' in html
    assert 'data-markdown-preview="sequences.sequencestep"' in html  # each step's notes
    assert 'data-markdown-preview="sequences.tip"' in html  # tips edited in place
