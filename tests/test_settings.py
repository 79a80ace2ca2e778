"""Production settings, exercised in fresh processes with the environment an operator would set."""

import json
import os
import secrets
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Variables a developer's shell or CI may have set; each test starts from none of them.
SETTINGS_VARIABLES = {
    "DJANGO_ENV",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "CACHE_URL",
    "REDIS_URL",
    "MEDIA_STORAGE",
    "ADMIN_PATH",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "PAGE_CACHE_SECONDS",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "CACHE_DIR",
    # The browser tests set this in the test process; it must never reach a production process.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run(args, env=None, timeout=120):
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    clean["DJANGO_SETTINGS_MODULE"] = "backsite.settings"
    clean.update(env or {})
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_python(code, env=None):
    return run(["-c", textwrap.dedent(code)], env=env)


@pytest.fixture
def production_env(tmp_path):
    return {
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "backsite.example,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CACHE_DIR": str(tmp_path / "cache"),
    }


@pytest.mark.parametrize(
    ("unset", "message"),
    [
        (
            {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"},
            "SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL are not set",
        ),
        ({"SECRET_KEY"}, "SECRET_KEY is not set"),
        ({"ALLOWED_HOSTS"}, "ALLOWED_HOSTS is not set"),
        ({"DATABASE_URL"}, "DATABASE_URL is not set"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(production_env, unset, message):
    env = {k: v for k, v in production_env.items() if k not in unset}
    result = run(["manage.py", "check"], env=env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"DJANGO_ENV=production but {message}" in result.stderr
    assert "Deploy section of README.md" in result.stderr


def test_a_mistyped_environment_name_is_refused(production_env):
    result = run(["manage.py", "check"], env={**production_env, "DJANGO_ENV": "prod"})
    assert result.returncode != 0
    assert "DJANGO_ENV='prod' is not known: use 'production' or 'development'." in result.stderr


def test_production_refuses_debug(production_env):
    result = run(["manage.py", "check"], env={**production_env, "DEBUG": "1"})
    assert result.returncode != 0
    assert "DEBUG is on with DJANGO_ENV=production" in result.stderr


def test_unknown_media_storage_is_refused_clearly(production_env):
    result = run(["manage.py", "check"], env={**production_env, "MEDIA_STORAGE": "ftp"})
    assert result.returncode != 0
    assert "MEDIA_STORAGE='ftp' is not known" in result.stderr


def test_check_deploy_reports_nothing_under_production_settings(production_env):
    result = run(["manage.py", "check", "--deploy", "--fail-level", "DEBUG"], env=production_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_also_clean_with_postgres_and_redis_urls(production_env):
    env = {
        **production_env,
        "DATABASE_URL": "postgres://backsite@db.internal:5432/backsite",
        "CACHE_URL": "redis://cache.internal:6379/0",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
    }
    result = run_python(
        """
        import json, django
        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        call_command("check", "--deploy", "--fail-level", "DEBUG")
        db = settings.DATABASES["default"]
        print(json.dumps({
            "engine": db["ENGINE"], "conn_max_age": db["CONN_MAX_AGE"],
            "health_checks": db["CONN_HEALTH_CHECKS"],
            "cache": settings.CACHES["default"]["BACKEND"],
            "proxy": settings.SECURE_PROXY_SSL_HEADER,
        }))
        """,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {
        "engine": "django.db.backends.postgresql",
        "conn_max_age": 60,
        "health_checks": True,
        "cache": "django.core.cache.backends.redis.RedisCache",
        "proxy": ["HTTP_X_FORWARDED_PROTO", "https"],
    }


def test_production_serves_static_and_pages_with_headers(production_env):
    """collectstatic, migrate, then requests through the whole production middleware stack."""
    code = """
        import json, django
        django.setup()
        from django.core.management import call_command
        call_command("collectstatic", "--no-input", verbosity=0)
        call_command("migrate", "--no-input", verbosity=0)
        from django.conf import settings
        from django.templatetags.static import static
        from django.test import Client
        client = Client(HTTP_HOST="backsite.example")
        out = {"middleware": settings.MIDDLEWARE,
               "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"]}
        def record(name, response):
            out[name] = {"status": response.status_code, "headers": dict(response.headers)}
        css = static("admin/css/base.css")
        out["css_url"] = css
        record("static", client.get(css, secure=True, HTTP_ACCEPT_ENCODING="br, gzip"))
        record("http", client.get("/", secure=False))
        record("missing", client.get("/no-such-page/", secure=True))
        record("login", client.get("/admin/login/", secure=True))
        print(json.dumps(out))
    """
    result = run_python(code, env=production_env)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])

    assert out["staticfiles"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    whitenoise = out["middleware"].index("whitenoise.middleware.WhiteNoiseMiddleware")
    assert out["middleware"][0] == "django.middleware.security.SecurityMiddleware"
    assert whitenoise < out["middleware"].index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )

    # Hashed names from the manifest; WhiteNoise serves them brotli-compressed for ten years.
    assert out["css_url"].startswith("/static/admin/css/base.") and out["css_url"] != (
        "/static/admin/css/base.css"
    )
    static = out["static"]
    assert static["status"] == 200
    assert static["headers"]["Content-Encoding"] == "br"
    assert "max-age=315360000" in static["headers"]["Cache-Control"]
    assert "immutable" in static["headers"]["Cache-Control"]

    # Plain HTTP is sent to HTTPS.
    assert out["http"]["status"] == 301
    assert out["http"]["headers"]["Location"] == "https://backsite.example/"

    for name in ("static", "missing", "login"):
        headers = out[name]["headers"]
        assert headers["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        ), name
        assert headers["X-Content-Type-Options"] == "nosniff", name
        assert headers["Referrer-Policy"] == "same-origin", name
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin", name
        assert headers["X-Frame-Options"] == "DENY", name
        assert "camera=()" in headers["Permissions-Policy"], name
        policy = headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy, name
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, name
    assert out["missing"]["status"] == 404
    assert out["login"]["status"] == 200


def test_production_cookies_are_secure_and_http_only(production_env):
    code = """
        import json, re, django
        django.setup()
        from django.core.management import call_command
        call_command("collectstatic", "--no-input", verbosity=0)
        call_command("migrate", "--no-input", verbosity=0)
        from django.test import Client
        client = Client(HTTP_HOST="backsite.example", enforce_csrf_checks=True)
        page = client.get("/admin/login/", secure=True)
        csrf = page.cookies["csrftoken"]
        response = client.post(
            "/admin/login/",
            {"username": "nobody", "password": "wrong",
             "csrfmiddlewaretoken": re.search(
                 r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()
             ).group(1)},
            secure=True, HTTP_REFERER="https://backsite.example/admin/login/",
        )
        print(json.dumps({"csrf": {k: csrf[k] for k in ("secure", "httponly", "samesite")},
                          "status": response.status_code}))
    """
    result = run_python(code, env=production_env)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["csrf"] == {"secure": True, "httponly": True, "samesite": "Lax"}
    # The login form still works with an HttpOnly CSRF cookie: a wrong password is a 200, not a 403.
    assert out["status"] == 200


def test_gunicorn_configuration_loads_the_application(production_env):
    result = run(["-m", "gunicorn", "--check-config", "-c", "gunicorn.conf.py"], env=production_env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_stops_with_the_settings_message(production_env):
    env = {k: v for k, v in production_env.items() if k != "SECRET_KEY"}
    result = run(["-m", "gunicorn", "--check-config", "-c", "gunicorn.conf.py"], env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stdout + result.stderr


def test_session_cookie_flags_in_production(production_env):
    result = run_python(
        """
        import json, django
        django.setup()
        from django.conf import settings
        print(json.dumps([settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                          settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY]))
        """,
        env=production_env,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [True, True, True, True]


def test_admin_path_comes_from_the_environment(production_env):
    result = run_python(
        """
        import django
        django.setup()
        from django.urls import reverse
        print(reverse("admin:index"))
        """,
        env={**production_env, "ADMIN_PATH": "/back-room/"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "/back-room/"


def test_s3_media_storage_is_chosen_by_environment(production_env):
    """django-storages' S3Storage on Django 6.1: settings, names, signed URLs (made locally)."""
    env = {
        **production_env,
        "MEDIA_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": "backsite-media",
        "AWS_S3_ENDPOINT_URL": "https://objects.example",
        "AWS_S3_REGION_NAME": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "test-access-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret-key",
    }
    result = run_python(
        """
        import json, django
        django.setup()
        from django.conf import settings
        from django.core.files.storage import default_storage, storages
        from storages.backends.s3 import S3Storage
        from poses.models import Pose
        field = Pose._meta.get_field("image")
        print(json.dumps({
            "is_s3": isinstance(storages["default"], S3Storage),
            "name": field.generate_filename(None, "Child pose (side).JPG"),
            "url": default_storage.url("poses/child.jpg"),
            "img_src": settings.SECURE_CSP["img-src"],
        }))
        """,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["is_s3"] is True
    assert out["name"].startswith("poses/") and " " not in out["name"]
    assert out["url"].startswith("https://objects.example/backsite-media/media/poses/child.jpg?")
    assert "X-Amz-Signature=" in out["url"]
    assert "https://objects.example" in out["img_src"]


def test_s3_media_without_a_bucket_is_refused(production_env):
    result = run(["manage.py", "check"], env={**production_env, "MEDIA_STORAGE": "s3"})
    assert result.returncode != 0
    assert "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME" in result.stderr


@pytest.fixture
def object_store():
    """A local S3-compatible server (moto's), with a bucket, on 127.0.0.1."""
    # moto's server is a development dependency, installed beside this Python by `make test`.
    server = Path(sys.executable).with_name("moto_server")
    assert server.exists(), f"{server} is missing: run `make setup` to install the locked packages."
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(  # noqa: S603 - a local test server
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(endpoint, timeout=1)  # noqa: S310 - our local server
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                time.sleep(0.1)
        import boto3

        boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",  # noqa: S106
        ).create_bucket(Bucket="backsite-media")
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_uploads_round_trip_through_s3_compatible_storage(production_env, object_store):
    """django-storages' S3Storage on Django 6.1, for real: save, name clash, read, URL, delete."""
    env = {
        **production_env,
        "MEDIA_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": "backsite-media",
        "AWS_S3_ENDPOINT_URL": object_store,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    result = run_python(
        """
        import json, urllib.request, django
        django.setup()
        from django.core.files.base import ContentFile
        from django.core.files.storage import default_storage
        first = default_storage.save("poses/sphinx.jpg", ContentFile(b"first upload"))
        second = default_storage.save("poses/sphinx.jpg", ContentFile(b"second upload"))
        with default_storage.open(first) as handle:
            read_back = handle.read().decode()
        url = default_storage.url(second)
        fetched = urllib.request.urlopen(url).read().decode()
        size = default_storage.size(first)
        default_storage.delete(first)
        print(json.dumps({"first": first, "second": second, "read_back": read_back,
                          "fetched": fetched, "size": size,
                          "exists_after_delete": default_storage.exists(first),
                          "second_exists": default_storage.exists(second)}))
        """,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["first"] == "poses/sphinx.jpg"
    # A second upload with the same name never overwrites the first.
    assert out["second"].startswith("poses/sphinx_") and out["second"].endswith(".jpg")
    assert out["read_back"] == "first upload"
    assert out["fetched"] == "second upload"  # through the signed URL visitors get
    assert out["size"] == len("first upload")
    assert out["exists_after_delete"] is False
    assert out["second_exists"] is True
