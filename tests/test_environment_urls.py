"""CACHE_URL, DATABASE_URL and MEDIA_STORAGE: every form Backsite supports is read, in any case of
the scheme, and anything else stops start-up with a message that names the variable."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from backsite.environment import cache_from_url, database_from_url, media_storage
from tests.test_settings import run

REDIS = "django.core.cache.backends.redis.RedisCache"
FILES = "django.core.cache.backends.filebased.FileBasedCache"


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("redis://cache.internal:6379/0", "redis://cache.internal:6379/0"),
        ("Redis://cache.internal:6379/2", "redis://cache.internal:6379/2"),
        ("REDIS://:secret@cache.internal", "redis://:secret@cache.internal"),
        ("rediss://cache.internal:6380/0", "rediss://cache.internal:6380/0"),
        ("RedisS://cache.internal:6380/1", "rediss://cache.internal:6380/1"),
        ("unix:///run/redis/redis.sock?db=1", "unix:///run/redis/redis.sock?db=1"),
        ("UNIX:///run/redis/redis.sock", "unix:///run/redis/redis.sock"),
        ("redis+unix:///run/redis/redis.sock?db=3", "unix:///run/redis/redis.sock?db=3"),
        ("Redis+Unix:///run/redis.sock", "unix:///run/redis.sock"),
    ],
)
def test_redis_over_tcp_tls_and_a_unix_socket_is_one_shared_cache(url, location):
    entry = cache_from_url(url)
    assert entry["BACKEND"] == REDIS
    assert entry["LOCATION"] == location
    assert entry["OPTIONS"]["socket_timeout"] <= 1  # a hung cache costs a page a second at most


def test_a_folder_is_a_file_cache():
    entry = cache_from_url("FILE:///var/cache/backsite")
    assert entry["BACKEND"] == FILES
    assert str(entry["LOCATION"]) == "/var/cache/backsite"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("memcached://cache.internal:11211", "is not a cache Backsite understands"),
        ("redis:cache.internal:6379", "names no Redis host"),
        ("redis:/cache.internal:6379/0", "names no Redis host"),
        ("rdis://cache.internal:6379/0", "is not a cache Backsite understands"),
        ("redis://cache.internal:6379/zero", "has a database that is not a number"),
        ("cache.internal:6379", "is not a cache Backsite understands"),
        ("unix://run/redis.sock", "names no socket file"),
        ("unix:///run/redis.sock?db=one", "has a database that is not a number"),
        ("locmem://", "is not a cache Backsite understands"),
        ("file://var/cache", "names no folder"),
    ],
)
def test_a_cache_url_it_does_not_understand_is_refused_by_name(url, problem):
    with pytest.raises(ImproperlyConfigured) as refused:
        cache_from_url(url)
    assert str(refused.value).startswith(f"CACHE_URL={url!r} {problem}")


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("postgres://postgres@db:5432/backsite", "django.db.backends.postgresql"),
        ("PostgreSQL://postgres@db/backsite", "django.db.backends.postgresql"),
        ("pgsql://postgres@db/backsite", "django.db.backends.postgresql"),
        ("sqlite:////srv/backsite/db.sqlite3", "django.db.backends.sqlite3"),
        ("SQLite:////srv/backsite/db.sqlite3", "django.db.backends.sqlite3"),
    ],
)
def test_postgresql_and_sqlite_urls_are_read(url, engine):
    assert database_from_url(url)["ENGINE"] == engine


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgress://postgres@db:5432/backsite", "is not a database Backsite supports"),
        ("mysql://root@db/backsite", "is not a database Backsite supports"),
        ("db:5432/backsite", "is not a database Backsite supports"),
        ("postgres://postgres@db:5432/", "names no database"),
        ("postgres://postgres@db:port/backsite", "cannot be read"),
    ],
)
def test_a_database_url_it_does_not_support_is_refused_by_name(url, problem):
    with pytest.raises(ImproperlyConfigured) as refused:
        database_from_url(url)
    assert str(refused.value).startswith(f"DATABASE_URL={url!r} {problem}")


def test_media_storage_is_read_in_any_case_and_refused_when_unknown():
    assert media_storage("S3") == "s3"
    assert media_storage(" Filesystem ") == "filesystem"
    for value in ("s4", "disk", ""):
        with pytest.raises(ImproperlyConfigured, match=f"^MEDIA_STORAGE={value!r} is not known"):
            media_storage(value)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CACHE_URL", "memcached://127.0.0.1:11211"),
        ("CACHE_URL", "redis:/127.0.0.1:6379/0"),
        ("DATABASE_URL", "postgress://postgres@127.0.0.1/backsite"),
        ("MEDIA_STORAGE", "s4"),
    ],
)
def test_start_up_stops_with_a_message_naming_the_variable(variable, value):
    result = run(["manage.py", "check"], env={variable: value})
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {variable}={value!r}" in result.stderr
