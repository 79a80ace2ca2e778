"""Migrations apply to an empty database, reverse to zero and apply again, cleanly.

They run in a fresh process against a database of their own (a new SQLite file, or a new PostgreSQL
database on the server the tests use), so the test database is never disturbed.
"""

import json
import os
import secrets
import subprocess
import sys
import textwrap
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import json, django
django.setup()
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader

OURS = ["backsite", "anatomy", "poses", "sequences"]
# django-tasks-db's own history has a data migration it cannot reverse; it is left applied.
IRREVERSIBLE = {"django_tasks_database"}

def our_tables():
    return sorted(
        t for t in connection.introspection.table_names() if t.split("_")[0] in OURS
    )

def editors():
    group = Group.objects.filter(name="Editors").first()
    if group is None:
        return None
    return sorted(group.permissions.values_list("codename", flat=True))

out = {"empty": sorted(connection.introspection.table_names())}
call_command("migrate", "--no-input", verbosity=0)
out["tables"] = our_tables()
out["editors"] = editors()

# Every migrated app back to zero; migrating an app to zero also unapplies its dependants.
labels = [config.label for config in apps.get_app_configs()]
migrated = MigrationLoader(connection).migrated_apps
for label in reversed(labels):
    if label in migrated and label not in IRREVERSIBLE:
        call_command("migrate", label, "zero", "--no-input", verbosity=0)
out["tables_at_zero"] = sorted(
    t
    for t in connection.introspection.table_names()
    if not t.startswith(("django_tasks_database", "sqlite_stat"))
)
out["applied_at_zero"] = sorted(
    {app for app, _name in MigrationLoader(connection).applied_migrations} - IRREVERSIBLE
)

call_command("migrate", "--no-input", verbosity=0)
out["tables_again"] = our_tables()
out["editors_again"] = editors()
print("RESULT " + json.dumps(out))
"""


@pytest.fixture
def scratch_database_url(db, tmp_path):
    """A URL to a new, empty database on the same kind of server the tests use."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrations.sqlite3'}"
        return
    assert connection.vendor == "postgresql"
    name = f"backsite_migrations_{secrets.token_hex(4)}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    params = connection.settings_dict
    user = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    yield f"postgres://{user}@{params['HOST'] or 'localhost'}:{params['PORT'] or 5432}/{name}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_migrations_apply_from_empty_and_reverse_to_zero(scratch_database_url):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "CACHE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backsite.settings",
        DATABASE_URL=scratch_database_url,
        SECRET_KEY=secrets.token_urlsafe(50),
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", textwrap.dedent(SCRIPT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    out = json.loads(line.removeprefix("RESULT "))

    assert out["empty"] == []
    assert {"poses_pose", "anatomy_muscle", "sequences_sequence", "backsite_page"} <= set(
        out["tables"]
    )
    assert "change_pose" in out["editors"] and "view_sequence" in out["editors"]
    assert not any(codename.endswith("_user") for codename in out["editors"])

    # At zero nothing is left but Django's own record of migrations (and the task queue, and
    # SQLite's planner statistics, which `migrate` refreshes: backsite/apps.py).
    assert out["tables_at_zero"] == ["django_migrations"]
    assert out["applied_at_zero"] == []

    assert out["tables_again"] == out["tables"]
    assert out["editors_again"] == out["editors"]


def test_models_and_migrations_agree(db):
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, verbosity=1)
    except SystemExit as exit_:  # makemigrations --check exits 1 when a migration is missing
        pytest.fail(f"Models changed without a migration:\n{output.getvalue()}\n{exit_}")
