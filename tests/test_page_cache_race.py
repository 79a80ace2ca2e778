"""A visitor who arrives between an editor's save and its commit never gets the old page cached.

The page cache is emptied after the commit: a visitor who reads the old content while the change is
being saved may store it, but under a generation that the commit then leaves behind. The race runs
for real in a process of its own (tests/cache_race.py): a SQLite file, a file cache and two threads
with their own database connections.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_visitor_between_save_and_commit_does_not_keep_the_old_page(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "DATABASE_URL", "CACHE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backsite.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_URL=f"file://{tmp_path / 'cache'}",
        PAGE_CACHE_SECONDS="600",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.cache_race"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # The visitor really came in the gap: the change was saved, not committed, and the old page
    # was rendered and stored.
    assert seen["between"] == {"status": 200, "cache": "miss", "summary": "old"}
    # After the commit the old page is never served again.
    assert seen["after"] == {"status": 200, "cache": "miss", "summary": "new"}
