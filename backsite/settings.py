"""Backsite settings, read from the environment.

Development defaults just work (SQLite file, local-memory cache, DEBUG on). Production is chosen
with DJANGO_ENV=production and refuses to start without its secrets.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from backsite.environment import cache_from_url, database_from_url, media_storage

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


if env("DJANGO_ENV", "development") not in {"development", "production"}:
    # A typo such as DJANGO_ENV=prod must not quietly start a development server with DEBUG on.
    raise ImproperlyConfigured(
        f"DJANGO_ENV={env('DJANGO_ENV')!r} is not known: use 'production' or 'development'."
    )
PRODUCTION = env("DJANGO_ENV", "development") == "production"
DEBUG = env_bool("DEBUG", default=not PRODUCTION)

if PRODUCTION:
    # Production never guesses: every secret and address comes from the operator.
    _missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL") if not env(name)]
    if _missing:
        raise ImproperlyConfigured(
            "Backsite is starting with DJANGO_ENV=production but "
            + ", ".join(_missing)
            + (" is" if len(_missing) == 1 else " are")
            + " not set. Set "
            + ("it" if len(_missing) == 1 else "them")
            + " in the environment (see the Deploy section of README.md)."
        )
    if DEBUG:
        raise ImproperlyConfigured(
            "DEBUG is on with DJANGO_ENV=production. Debug pages show secrets to visitors: "
            "unset DEBUG in production."
        )

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION or not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Backsite will not start with DEBUG off or in production "
            "without a secret key: set the SECRET_KEY environment variable."
        )
    # Development only: a per-checkout key that never leaves this machine.
    SECRET_KEY = "development-only-" + str(BASE_DIR)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "taggit",
    "django_tasks_db",
    "adminsortable2",
    "axes",
    "reversion",
    "ninja",
    "backsite",
    "anatomy",
    "poses",
    "sequences",
]

# The apps whose models are site content, in an order that loads cleanly (taggit's tags before
# tagged items): export_content and import_content copy them, and any change to them empties the
# page cache.
CONTENT_APPS = ["taggit", "backsite", "anatomy", "poses", "sequences"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "backsite.middleware.SecurityHeadersMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # The JSON API's CORS, rate limit and conditional GETs (backsite/api_protocol.py).
    "backsite.api_protocol.ApiProtocolMiddleware",
    # WhiteNoise serves collected static files here in production (inserted below).
    # brotli or gzip for pages rendered now; cached pages are stored compressed (backsite/cache.py).
    "backsite.compression.CompressionMiddleware",
    # Outside the session middleware: it decides from cookies alone, never for a signed-in visitor.
    "backsite.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-axes wants to be last: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "backsite.urls"
WSGI_APPLICATION = "backsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "backsite.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Seconds to wait for PostgreSQL to accept a connection: a database that is down then costs a
# request this long at most, and the visitor gets the "temporarily unavailable" page (503).
DB_CONNECT_TIMEOUT = int(env("DB_CONNECT_TIMEOUT", "3"))
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = DB_CONNECT_TIMEOUT
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis (TCP, TLS or a unix socket) or a folder, from CACHE_URL; a URL Backsite does not understand
# stops start-up rather than quietly giving each process a cache of its own.
CACHE_URL = env("CACHE_URL", "").strip()
if CACHE_URL:
    CACHES = {"default": cache_from_url(CACHE_URL, key_prefix=env("CACHE_KEY_PREFIX", "backsite"))}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "backsite.staticfinders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Uploads waiting for the worker: never served (poses/storage.py).
    "pose_uploads": {"BACKEND": "poses.storage.UploadStorage"},
}

# Uploads above this size go to a temporary file instead of memory. The size limit itself is
# POSE_IMAGE_MAX_BYTES below, checked before an image is decoded; a reverse proxy's body limit
# (nginx client_max_body_size) stops oversized requests earlier still.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Pose images (poses/images.py): refused above these limits. The web request only reads an
# upload's header and keeps the file in POSE_UPLOAD_ROOT (never served); the worker decodes it
# once, stores it cleaned, and makes its renditions (poses/tasks.py).
POSE_IMAGE_MAX_BYTES = 15 * 1024 * 1024
POSE_IMAGE_MAX_PIXELS = 40_000_000
# Beside MEDIA_ROOT unless set, so the files never have a public address.
POSE_UPLOAD_ROOT = env("POSE_UPLOAD_ROOT")

# Background tasks (Django's tasks framework) are kept in the database and run by
# `python manage.py db_worker` (make run, scripts/serve-production and CI start one).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SITE_NAME = "Backsite"

# The public JSON API (backsite/api.py): where it lives, and how many requests one client address
# may make in a window ("300/minute"; "0/minute" turns the limit off).
API_PREFIX = "api/v1/"
API_RATE_LIMIT = env("API_RATE_LIMIT", "300/minute")

# --- Production footing and security policy -------------------------------------------------------
# Everything below is read from the environment; README.md's Deploy section lists the variables.

if PRODUCTION:
    # WhiteNoise serves the collected, hashed and compressed (gzip + brotli) static files with
    # far-future cache headers; it sits right after the header middleware so static files get the
    # security headers and the policy too.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.csp.ContentSecurityPolicyMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    # Source maps are only ever read by browser developer tools: not worth compressing each deploy.
    from whitenoise.compress import Compressor

    WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

# Media: the local disk by default; any S3-compatible object store with MEDIA_STORAGE=s3, so that
# several app servers share one set of uploads.
MEDIA_STORAGE = media_storage(env("MEDIA_STORAGE", "filesystem"))
if MEDIA_STORAGE == "s3":
    if not env("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured(
            "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (and usually AWS_S3_ENDPOINT_URL, "
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)."
        )
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "signature_version": env("AWS_S3_SIGNATURE_VERSION", "s3v4"),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": env("AWS_LOCATION", "media"),
            # Two uploads with the same name never overwrite each other.
            "file_overwrite": False,
            # Private buckets get signed URLs; a public bucket or CDN domain can turn them off.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", default=True),
            "default_acl": env("AWS_DEFAULT_ACL") or None,
            "object_parameters": {"CacheControl": "max-age=86400"},
        },
    }
    # Uploads waiting for the worker, in the same bucket under a private prefix with no URL.
    STORAGES["pose_uploads"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "location": env("AWS_LOCATION", "media") + "-uploads",
            "custom_domain": None,
            "querystring_auth": True,
            "default_acl": "private",
        },
    }

# The local production trial (scripts/serve-production) has no reverse proxy for uploads.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)

# HTTPS. Behind a reverse proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto
# (the proxy must overwrite that header on every request).
_proxy_header = env("SECURE_PROXY_SSL_HEADER", "").strip()
if _proxy_header:
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _proxy_header.split(":")[0].strip().upper().replace("-", "_"),
        "https",
    )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=PRODUCTION)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000" if PRODUCTION else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=PRODUCTION)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=PRODUCTION)
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent by backsite.middleware.SecurityHeadersMiddleware: the site needs none of these features.
PERMISSIONS_POLICY = "camera=(), geolocation=(), microphone=(), payment=(), usb=()"

# Content Security Policy, enforced everywhere (public site and admin): no inline script or style,
# no eval. A template that truly needs an inline block uses {{ csp_nonce }}.
_media_origins = []
if MEDIA_STORAGE == "s3":
    from urllib.parse import urlsplit

    if env("AWS_S3_CUSTOM_DOMAIN"):
        _media_origins.append("https://" + env("AWS_S3_CUSTOM_DOMAIN"))
    elif env("AWS_S3_ENDPOINT_URL"):
        _endpoint = urlsplit(env("AWS_S3_ENDPOINT_URL"))
        _media_origins += [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://*.{_endpoint.netloc}",
        ]
    else:
        _media_origins.append("https://*.amazonaws.com")
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:", *_media_origins],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF, *_media_origins],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Admin: its address is configurable so it is not where scanners look first.
ADMIN_PATH = env("ADMIN_PATH", "admin/").strip("/") + "/"

# "Gentle" and "gentle" are one tag: a tag typed in another case joins the existing one.
TAGGIT_CASE_INSENSITIVE = True

# Login brute-force protection (django-axes): five wrong passwords for one account from one address
# pause sign-in for that account from that address for AXES_COOLOFF_MINUTES; the lockout page says
# so plainly. Failures are counted by username and address together, so someone elsewhere typing
# an editor's name cannot lock the editor out, and tries made during the pause do not extend it.
# An address that fails five times across any usernames is paused too, so guessing passwords for
# many accounts from one place gets no further than guessing for one.
# Behind a reverse proxy set TRUSTED_PROXY_COUNT, or every visitor shares the proxy's address.
AUTHENTICATION_BACKENDS = [
    "backsite.security.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "backsite.security.client_ip"
AXES_USERNAME_CALLABLE = "backsite.security.client_username"
# How many trusted reverse proxies append to X-Forwarded-For in front of Backsite (0: none, use the
# connection's address).
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

if PRODUCTION and not CACHE_URL:
    # One machine without Redis: a file cache is shared by all gunicorn workers, so the page cache
    # and its invalidation stay correct. Several machines need CACHE_URL (see README.md, Deploy).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": Path(env("CACHE_DIR", BASE_DIR / "var" / "cache")),
        }
    }

# Page cache for anonymous visitors (backsite/cache.py): on in production, off in development so
# template edits show at once. Any content save or delete invalidates every cached page.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600" if PRODUCTION else "0"))
# Figures derived from the content that many pages share (the library's filter choices and counts,
# a list's total, the sitemap's pages): kept per content generation, so a change shows at once.
CONTENT_CACHE_SECONDS = int(env("CONTENT_CACHE_SECONDS", "3600" if PRODUCTION else "0"))

# The longest Markdown text an editor can save in one field (backsite/markdown.py).
MARKDOWN_MAX_LENGTH = int(env("MARKDOWN_MAX_LENGTH", "20000"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    # Lockouts and failed logins are worth an operator's attention.
    "loggers": {
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Each image rendition task would otherwise log its start and end at INFO.
        "django.tasks": {"level": "WARNING"},
    },
}

# Editorial review (backsite/review/): a public page whose last review is older than this many days
# is listed in the admin as due for review.
REVIEW_MAX_AGE_DAYS = int(env("REVIEW_MAX_AGE_DAYS", "365"))
