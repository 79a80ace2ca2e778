"""Sign-in input is bounded before the lockout records it (these run on PostgreSQL too)."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

pytestmark = pytest.mark.django_db


def login(client, username):
    return client.post(reverse("admin:login"), {"username": username, "password": "not it"})


@pytest.mark.parametrize("length", [256, 10_000])
def test_a_very_long_username_is_refused_plainly_and_recorded_cut_short(client, length):
    response = login(client, "a" * length)
    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.content.decode()
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "a" * 150


def test_long_usernames_still_count_towards_the_lockout(client):
    for _ in range(5):
        response = login(client, "b" * 10_000)
    assert response.status_code == 429


def test_a_username_with_a_nul_character_is_refused_plainly(client):
    response = login(client, "ada\x00" + "x" * 300)
    assert response.status_code == 200
    assert "\x00" not in "".join(AccessAttempt.objects.values_list("username", flat=True))
