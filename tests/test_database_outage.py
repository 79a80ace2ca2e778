"""A database that goes away: visitors get a clear 503 "temporarily unavailable" page, never a 500,
and the site answers normally again as soon as the database is back.

Each test starts Backsite under gunicorn in its own process, with DEBUG off, against a database
that really cannot be reached: a SQLite file that cannot be opened, a PostgreSQL port where nothing
listens, and a PostgreSQL database whose connections are cut and refused while the site runs.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres", "dbname": "postgres"}
START_TIMEOUT = 60  # seconds for gunicorn to accept connections on a busy machine


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_or_skip():
    try:
        return psycopg.connect(**PG, connect_timeout=3, autocommit=True)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable on 127.0.0.1:5432 (CI runs it): {error}")


def site_env(tmp_path, database_url):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ENV", "CACHE_URL", "DATABASE_URL", "PAGE_CACHE_SECONDS"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="backsite.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        DB_CONNECT_TIMEOUT="2",
        DB_CONN_MAX_AGE="60",
        PAGE_CACHE_SECONDS="0",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    return env


@contextmanager
def gunicorn(env):
    port = free_port()
    # The log goes to a file: each 503 logs its cause, which could fill a pipe nobody reads.
    log = Path(env["MEDIA_ROOT"]).parent / f"gunicorn-{port}.log"
    process = subprocess.Popen(  # noqa: S603 (our own interpreter and app)
        [sys.executable, "-m", "gunicorn", "backsite.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "1", "--timeout", "30", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError as error:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"gunicorn did not start: {log.read_text()}") from error
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(url):
    """(status, headers, body) for a GET, whatever the status; the client gives up after 20 s."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 (our own server)
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def assert_unavailable(url):
    status, headers, body = get(url)
    assert status == 503, (url, status, body[:500])
    assert "Temporarily unavailable" in body
    assert "Something went wrong" not in body
    assert headers["Retry-After"] == "30"
    assert "no-store" in headers["Cache-Control"]


PUBLIC_PAGES = ["/", "/poses/", "/poses/cobra/", "/sequences/", "/anatomy/", "/search/?q=cat"]


def test_a_database_file_that_cannot_be_opened_gives_503_pages(tmp_path):
    env = site_env(tmp_path, f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite3'}")
    with gunicorn(env) as site:
        for path in PUBLIC_PAGES:
            assert_unavailable(site + path)
        # The sign-in page is not a 500 either: the admin may need the database for it.
        status, _, _ = get(site + "/admin/login/")
        assert status in {200, 503}
        # Pages that need no database still answer.
        assert get(site + "/robots.txt")[0] == 200


def test_a_postgresql_port_where_nothing_listens_gives_503_pages(tmp_path):
    closed = free_port()
    env = site_env(tmp_path, f"postgres://postgres@127.0.0.1:{closed}/backsite")
    with gunicorn(env) as site:
        for path in PUBLIC_PAGES[:3]:
            assert_unavailable(site + path)


def test_a_postgresql_database_that_goes_away_and_comes_back(tmp_path):
    admin = postgres_or_skip()
    name = f"backsite_outage_{os.getpid()}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        env = site_env(tmp_path, f"postgres://postgres@127.0.0.1:5432/{name}")
        # A file cache and the page cache, as on a single production server.
        env.update(CACHE_URL=f"file://{tmp_path / 'cache'}", PAGE_CACHE_SECONDS="600")
        migrate = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert migrate.returncode == 0, migrate.stderr
        with gunicorn(env) as site:
            assert get(site + "/")[0] == 200  # the worker now holds a connection
            get(site + "/anatomy/")
            assert get(site + "/anatomy/")[1]["X-Page-Cache"] == "hit"

            # The database goes away: every session is cut and new ones are refused.
            admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                [name],
            )
            for path in ["/poses/", "/poses/cobra/", "/sequences/", "/search/?q=cat"]:
                assert_unavailable(site + path)
            # A page the page cache holds is still served: it needs no database.
            status, headers, body = get(site + "/anatomy/")
            assert (status, headers["X-Page-Cache"]) == (200, "hit")

            # It comes back: the next request reconnects, with no restart.
            admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
            assert get(site + "/")[0] == 200
            assert get(site + "/poses/")[0] == 200
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
