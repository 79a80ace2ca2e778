"""Settings read from URLs in the environment, refused with a message naming the variable when they
are misspelt or not supported. A guess here would start a site that quietly misbehaves: a cache
private to each process serves old pages after an edit, a database that is not the one intended
loses the editors' work."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

CACHE_EXAMPLES = (
    "redis://host:6379/0, rediss://host:6380/0 (TLS), unix:///run/redis.sock?db=0 "
    "(or redis+unix://), or file:///var/cache/backsite"
)
DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
MEDIA_STORAGES = {"filesystem", "s3"}


def _refuse(name, value, problem, advice):
    raise ImproperlyConfigured(f"{name}={value!r} {problem}: {advice}.")


def cache_from_url(url, *, name="CACHE_URL", key_prefix="backsite", timeout_seconds=1.0):
    """The CACHES["default"] entry for a cache URL, any case of the scheme.

    Redis over TCP (redis://), TLS (rediss://) and a unix socket (unix:// or redis+unix://) use
    Django's built-in RedisCache, shared by every process; file:// a folder shared by the processes
    of one machine. Anything else stops start-up.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in {"redis", "rediss"}:
        if not parts.hostname:
            _refuse(name, url, "names no Redis host", f"use for example {CACHE_EXAMPLES}")
        database = parts.path.strip("/")
        if database and not database.isdigit():
            _refuse(name, url, "has a database that is not a number", "end it with /0, /1 ...")
        location = parts._replace(scheme=scheme).geturl()
    elif scheme in {"unix", "redis+unix"}:
        if not parts.path or parts.netloc:
            _refuse(
                name, url, "names no socket file", "use unix:///path/to/redis.sock?db=0 (three /)"
            )
        database = parse_qs(parts.query).get("db", ["0"])[0]
        if not database.isdigit():
            _refuse(name, url, "has a database that is not a number", "use ?db=0, ?db=1 ...")
        # geturl() would drop the empty host, and redis-py needs unix:///path.
        location = f"unix://{parts.path}" + (f"?{parts.query}" if parts.query else "")
    elif scheme == "file":
        if not parts.path or parts.netloc:
            _refuse(name, url, "names no folder", "use file:///absolute/path (three /)")
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": Path(parts.path),
        }
    else:
        _refuse(name, url, "is not a cache Backsite understands", f"use {CACHE_EXAMPLES}")
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        # A cache that does not answer costs a page a second at most; it is then served uncached.
        "OPTIONS": {
            "socket_connect_timeout": timeout_seconds,
            "socket_timeout": timeout_seconds,
        },
    }


def database_from_url(url, *, name="DATABASE_URL", **options):
    """DATABASES["default"] for a SQLite or PostgreSQL URL; anything else stops start-up."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme not in DATABASE_SCHEMES:
        _refuse(
            name,
            url,
            "is not a database Backsite supports",
            "use postgres://user:password@host:5432/name or sqlite:////absolute/path/db.sqlite3",
        )
    try:
        config = dj_database_url.parse(url.strip(), **options)
    except ValueError as error:
        _refuse(name, url, f"cannot be read ({error})", "check it against the README")
    if scheme != "sqlite" and not config.get("NAME"):
        _refuse(name, url, "names no database", "end it with /name, as in postgres://host/backsite")
    return config


def media_storage(value, *, name="MEDIA_STORAGE"):
    """'filesystem' or 's3', any case; anything else stops start-up."""
    choice = value.strip().lower()
    if choice not in MEDIA_STORAGES:
        _refuse(name, value, "is not known", "use 'filesystem' (the default) or 's3'")
    return choice
