"""Real-browser tests: pytest-playwright drives Debian's Chromium against Django's live server.

Nothing here downloads a browser or a script at run time. Chromium comes from the system package
(`apt-get install chromium`; `make test` installs it when it can) and axe-core from the
`axe.min.js` file that axe-playwright-python ships inside its package. Without Chromium these tests
fail, saying why; they are never skipped.

Fixtures for the tests in this folder:

- ``demo``: the founding content (``load_demo``, run once per session) in the live server's
  database, restored from a snapshot before each test.
- ``page``: a Chromium tab whose ``base_url`` is the live server. Any console error or uncaught page
  error fails the test; a test that expects one (a 404 page logs its own status) calls
  ``page_errors.expect(...)`` first.
- ``axe``: ``axe(page)`` runs axe-core on the open page and lists any violations readably.
- ``screenshot``: ``screenshot(page, "name")`` saves full-page PNGs 375 px and 1280 px wide into
  ``screenshots/`` (git-ignored) for people to look at.
"""

import os
import re
import shutil
from collections import defaultdict
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import override_settings

from tests.worker import run_worker

from .pages import SCREENSHOT_DIR, load_all_images

# Playwright's sync API keeps an event loop in the main thread; Django's ORM refuses to run beside a
# running loop unless told that it is safe here (tests call the ORM from that same thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BROWSER_DIR = Path(__file__).resolve().parent
SCREENSHOT_WIDTHS = {375: 812, 1280: 800}  # width: viewport height (screenshots are full page)

CHROMIUM = shutil.which("chromium")
CHROMIUM_MISSING = (
    "Chromium is not installed, so the browser tests cannot run and fail instead of being skipped. "
    "`make test` installs Debian's package when it can (`make chromium` alone does just that), or "
    "run `sudo apt-get install chromium fonts-dejavu-core` (never `playwright install`). To leave "
    "the browser tests out on purpose, deselect them: `pytest -m 'not browser'`."
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _axe_source():
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `browser`, so `-m 'not browser'` can leave them out."""
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never a skip: a run asked for the browser tests that cannot run them fails, saying why.
    if CHROMIUM is None:
        pytest.fail(CHROMIUM_MISSING, pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args, live_server):
    """Every tab talks to the one live server of the session: ``page.goto(reverse(...))``."""
    return {**browser_context_args, "base_url": live_server.url, "locale": "en-GB"}


@pytest.fixture(scope="session")
def browser_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def media_in_tmp(settings, browser_media_root):
    """Uploads go to one throwaway folder for the whole browser session, never to media/.

    The founding content's pictures are made once (see ``demo_snapshot``) and each test's restored
    database rows point at those files.
    """
    settings.MEDIA_ROOT = browser_media_root


@pytest.fixture(scope="package")
def demo_snapshot(leave_the_database_as_migrated, django_db_blocker, browser_media_root):
    """Load the founding content once and keep the whole database as a serialized snapshot.

    ``load_demo`` draws every pose, and the image worker (run here as `make run` runs it) cleans
    each drawing and makes its renditions, which takes many seconds; restoring the rows they
    wrote takes a fraction of one. It starts from the migrated rows (the Editors and Reviewers
    groups above all), whichever live-server test emptied the database before it.
    """
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=browser_media_root):
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        restore_snapshot(leave_the_database_as_migrated)
        call_command("load_demo", stdout=StringIO())
        run_worker()
        return connection.creation.serialize_db_to_string()


@pytest.fixture
def demo(live_server, transactional_db, demo_snapshot):
    """The founding content, in the database the live server reads.

    The database is emptied and refilled from the snapshot (as Django's ``serialized_rollback``
    does), so every test starts from the same content whatever the test before it did.
    """
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    restore_snapshot(demo_snapshot)


@pytest.fixture(scope="package", autouse=True)
def leave_the_database_as_migrated(django_db_setup, django_db_blocker):
    """After the browser tests, put back what the migrations wrote (the Editors group above all).

    Tests against the live server run outside a transaction, so the database is emptied after
    each one; the tests that run after this folder expect the migrated rows to be there.
    """
    with django_db_blocker.unblock():
        migrated = connection.creation.serialize_db_to_string()
    yield migrated
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        restore_snapshot(migrated)


def restore_snapshot(snapshot):
    """Put a snapshot's rows back with one INSERT per table.

    Like Django's ``deserialize_db_from_string`` (which saves row by row, about a thousand queries
    here) but with ``bulk_create``; no model's ``save()`` or signals run, as for fixtures.
    """
    by_model, with_m2m = defaultdict(list), []
    with transaction.atomic(), connection.constraint_checks_disabled():
        for item in serializers.deserialize("json", snapshot):
            by_model[type(item.object)].append(item.object)
            if item.m2m_data:
                with_m2m.append(item)
        for model, objects in by_model.items():
            model._base_manager.bulk_create(objects)
        for item in with_m2m:
            for name, values in item.m2m_data.items():
                getattr(item.object, name).set(values)
        connection.check_constraints(table_names=[model._meta.db_table for model in by_model])
    # Rows came back with their ids; move PostgreSQL's sequences past them.
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


class PageErrors:
    """Console errors and uncaught exceptions of one tab, minus those a test said to expect."""

    def __init__(self):
        self.errors = []
        self.expected = []

    def expect(self, pattern):
        """Allow console errors matching ``pattern`` (a regular expression) in this test."""
        self.expected.append(re.compile(pattern))

    def record(self, kind, text, where=""):
        self.errors.append((kind, text, where))

    def unexpected(self):
        return [
            error
            for error in self.errors
            if not any(pattern.search(error[1]) for pattern in self.expected)
        ]


@pytest.fixture
def page_errors():
    return PageErrors()


@pytest.fixture
def page(context, page_errors):
    """A tab that fails the test if the page logs a console error or throws."""
    tab = context.new_page()

    def on_console(message):
        if message.type != "error":
            return
        location = message.location or {}
        if urlsplit(location.get("url", "")).path == "/favicon.ico":
            # Chromium asks for /favicon.ico by itself, after the page has loaded; whether that
            # 404 is logged before the test ends is a race, so it is not counted here.
            return
        where = f"{location.get('url', '')}:{location.get('lineNumber', '')}"
        page_errors.record("console", message.text, f"{tab.url} ({where})")

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: page_errors.record("pageerror", str(error), tab.url))
    yield tab
    unexpected = page_errors.unexpected()
    if unexpected:
        lines = [f"  [{kind}] {text}\n      at {where}" for kind, text, where in unexpected]
        pytest.fail("The page reported errors:\n" + "\n".join(lines), pytrace=False)


def format_violations(violations):
    """axe-core's violations as text a person can act on: rule, impact, help, each element."""
    lines = [f"{len(violations)} accessibility violation(s):"]
    for violation in violations:
        lines.append(
            f"\n* {violation['id']} ({violation.get('impact') or 'n/a'}): {violation['help']}"
            f"\n  {violation['helpUrl']}"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"  - {target}\n      {node['html'][:300]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n        ")
            if summary:
                lines.append(f"        {summary}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_source():
    return _axe_source()


@pytest.fixture
def axe(axe_source):
    """``axe(page)``: run axe-core (all its standard rules: WCAG 2.x A/AA and best practices).

    The script is read from the installed package file and evaluated through the DevTools
    protocol (``page.evaluate``) rather than added as an inline ``<script>`` tag. A strict
    Content Security Policy blocks inline scripts, and the blocked tag would itself show up as a
    console error; evaluation from the test harness is outside the page's policy, so axe runs on
    the page exactly as visitors get it, without ``bypass_csp`` hiding real policy violations.
    """

    def run(page, context=None, options=None):
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(axe_source)
        results = page.evaluate(
            "([context, options]) => axe.run(context || document, options || {})",
            [context, options or {"resultTypes": ["violations"]}],
        )
        violations = results["violations"]
        assert not violations, f"axe-core on {page.url}\n" + format_violations(violations)
        return results

    return run


@pytest.fixture
def screenshot():
    """``screenshot(page, "name")``: full-page PNGs at 375 px and 1280 px into screenshots/."""

    def take(page, name):
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        original = page.viewport_size
        paths = []
        for width, height in SCREENSHOT_WIDTHS.items():
            page.set_viewport_size({"width": width, "height": height})
            load_all_images(page)  # lazy images below the fold would be blank in the shot
            path = SCREENSHOT_DIR / f"{name}-{width}.png"
            page.screenshot(path=str(path), full_page=True, animations="disabled")
            paths.append(path)
        if original:
            page.set_viewport_size(original)
        return paths

    return take
