import re
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from tests.factories import UserFactory

PASSWORD_LINE = re.compile(r"Password \(shown only this once\): (\S+)")


def run(*args):
    out = StringIO()
    call_command("create_editor", *args, stdout=out)
    output = out.getvalue()
    match = PASSWORD_LINE.search(output)
    assert match, output
    return output, match.group(1)


def test_creates_a_staff_editor_with_a_printed_random_password(db):
    output, password = run()
    user = get_user_model().objects.get(username="editor")
    assert user.is_staff and user.is_active and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert user.check_password(password)
    assert len(password) >= 20
    assert "/admin/" in output
    assert output.count(password) == 1


def test_the_new_editor_can_sign_in_and_reach_the_admin(client, db):
    _, password = run("--username", "asha")
    user = authenticate(username="asha", password=password)
    assert user is not None
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/poses/pose/").status_code == 200


def test_each_run_makes_a_new_password(db):
    _, first = run()
    _, second = run()
    assert first != second


def test_rerun_resets_the_password_of_an_existing_account_without_duplicating_it(db):
    existing = UserFactory(username="editor", is_staff=False)
    _, password = run()
    User = get_user_model()
    assert User.objects.filter(username="editor").count() == 1
    existing.refresh_from_db()
    assert existing.check_password(password)
    assert not existing.check_password("a long test password")
    assert existing.is_staff
    assert existing.groups.filter(name="Editors").exists()


def test_custom_username(db):
    output, _ = run("--username", "mira")
    assert 'Created the editor account "mira"' in output
    assert get_user_model().objects.filter(username="mira", is_staff=True).exists()


def test_blank_username_is_refused_with_a_message(db):
    with pytest.raises(CommandError, match="Give a username"):
        call_command("create_editor", "--username", "  ", stdout=StringIO())


def test_missing_editors_group_gives_a_clear_message(db):
    Group.objects.filter(name="Editors").delete()
    with pytest.raises(CommandError, match="migrate"):
        call_command("create_editor", stdout=StringIO())


def test_help_explains_the_command(capsys):
    with pytest.raises(SystemExit):
        call_command("create_editor", "--help")
    help_text = capsys.readouterr().out
    assert "Editors group" in help_text
    assert "--username" in help_text


def test_reviewer_option_makes_an_editor_who_may_publish_with_a_signature(db):
    output, password = run("--reviewer", "--display-name", "Sam Patel", "--credentials", "MCSP")
    user = get_user_model().objects.get(username="reviewer")
    assert set(user.groups.values_list("name", flat=True)) == {"Editors", "Reviewers"}
    assert user.has_perm("poses.publish_pose") and user.has_perm("sequences.publish_sequence")
    assert (user.reviewer_profile.display_name, user.reviewer_profile.credentials) == (
        "Sam Patel",
        "MCSP",
    )
    assert 'the reviewer account "reviewer"' in output


def test_a_plain_editor_may_not_publish(db):
    run()
    user = get_user_model().objects.get(username="editor")
    assert not user.has_perm("poses.publish_pose")
