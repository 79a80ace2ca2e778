"""Whole-page cache for anonymous visitors, emptied whenever content changes.

Pages are stored in the configured cache (Redis in production, so every app server shares them)
under a key that includes a "generation" number. Saving, deleting or relinking any content bumps the
generation once the change is committed, so every page cached before it (even one a visitor read
while the change was being saved) is never read again and expires on its own; an editor's change
shows at once on every server.

The cache is never a reason for an error page: when it is down or full, pages are rendered and
served uncached, a warning is logged at most once a minute, and the first contact after a failure
starts a new generation, in case a change was made meanwhile.

A page is served from, or stored in, the cache only when all of these hold:

- PAGE_CACHE_SECONDS is above 0 (on in production, off in development and tests);
- the request is a GET and carries no session or messages cookie, so it cannot come from a signed-in
  editor or carry a one-off message, and its query string is not absurdly long;
- the response is a 200 HTML page with no Set-Cookie, no private, no-cache or no-store in its
  Cache-Control (draft previews send these) and no CSP nonce (a nonce must never be reused).
"""

import contextlib
import functools
import hashlib
import logging
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.csp import CSP, build_policy

from . import compression

GENERATION_KEY = "page-cache:generation"
CHANGED_KEY = "content:changed-at"
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
MAX_QUERY_LENGTH = 300
WARNING_INTERVAL_SECONDS = 60
# After a failure, pages skip the cache for this long rather than each waiting for its timeout.
RETRY_SECONDS = 5
# How many pages (at most about 60 KB each) and figures (remember()) each process keeps at hand.
LOCAL_PAGES = 200

logger = logging.getLogger(__name__)


class _Health:
    """This process's view of the cache: when it last failed and warned, and whether a change may
    have been missed while it was unreachable (then the next contact starts a new generation)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last_warning = None
        self.retry_at = 0.0
        self.missed_invalidation = False

    def resting(self):
        return time.monotonic() < self.retry_at

    def failed(self, action, error):
        now = time.monotonic()
        with self.lock:
            self.missed_invalidation = True
            self.retry_at = now + RETRY_SECONDS
            if self.last_warning is not None and now - self.last_warning < WARNING_INTERVAL_SECONDS:
                return
            self.last_warning = now
        logger.warning(
            "The page cache could not %s (%s: %s); pages are served uncached until it answers.",
            action,
            type(error).__name__,
            error,
        )


health = _Health()


def _fresh_generation():
    # Taken from the clock, so a generation started after the key was lost (evicted, or the cache
    # flushed) can never equal one whose pages may still be stored.
    return time.time_ns() // 1000


def last_changed():
    """When content last changed, as a Unix time, for Last-Modified headers; None if unknown.

    A lost record (evicted, or the cache flushed) restarts at "now", which can only make a client
    fetch again, never keep a stale copy.
    """
    try:
        value = cache.get(CHANGED_KEY)
        if value is None:
            cache.add(CHANGED_KEY, int(time.time()), timeout=None)
            value = cache.get(CHANGED_KEY)
    except Exception:  # noqa: BLE001 - without a cache there is simply no Last-Modified
        return None
    return value


def _bump():
    cache.set(CHANGED_KEY, int(time.time()), timeout=None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        # The key is missing (first change, or the cache lost it): start a fresh generation.
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        cache.incr(GENERATION_KEY)


def generation():
    """The current generation, or None when the cache cannot be trusted: then nothing is cached."""
    if health.resting():
        return None
    try:
        if health.missed_invalidation:
            # A change may have happened while the cache was unreachable: pages stored before it
            # must not come back when the cache does.
            _bump()
            health.missed_invalidation = False
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
            value = cache.get(GENERATION_KEY)
    except Exception as error:  # noqa: BLE001 - any cache failure is a miss, never an error page
        health.failed("read its generation", error)
        return None
    return value


def invalidate():
    """Make every cached page stale. Safe to call from any app server at any time; never raises."""
    try:
        _bump()
    except Exception as error:  # noqa: BLE001
        # A full disk can still delete: without a generation key no page is served from the cache
        # until a new one can be written.
        with contextlib.suppress(Exception):
            cache.delete(GENERATION_KEY)
        health.failed("start a new generation", error)


def invalidate_on_commit(using=None):
    """Invalidate once the change is committed, so a visitor who reads the old content before the
    commit cannot store it under the new generation. Outside a transaction it runs at once."""
    transaction.on_commit(invalidate, using=using, robust=True)


def _content_changed(sender, using=None, **kwargs):
    # Any content app's change may show on any page.
    if sender._meta.app_label in settings.CONTENT_APPS:
        invalidate_on_commit(using)


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"backsite-page-cache-{signal!r}")


class _Missing:
    pass


def remember(name, compute):
    """A figure derived from the content (counts, choices), computed once per content generation
    and shared by every page and process that asks for it by the same name.

    Off (computed every time) when CONTENT_CACHE_SECONDS is 0, as in development and tests, or
    while the cache cannot be trusted.
    """
    seconds = settings.CONTENT_CACHE_SECONDS
    current = generation() if seconds > 0 else None
    if current is None:
        return compute()
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()
    key = f"content:v1:{current}:{digest}"
    value = recent.get(key, _Missing)
    if value is not _Missing:
        return value
    try:
        value = cache.get(key, _Missing)
    except Exception as error:  # noqa: BLE001 - a cache failure is a miss
        health.failed("read a figure", error)
        return compute()
    if value is _Missing:
        value = compute()
        try:
            cache.set(key, value, seconds)
        except Exception as error:  # noqa: BLE001 - the figure is used, just not stored
            health.failed("store a figure", error)
            return value
    recent.put(key, value, seconds)
    return value


def page_key(request, current):
    url = request.build_absolute_uri()
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:v3:{current}:{digest}"


class _RecentPages:
    """The pages this process served last, by the same key as the shared cache.

    The key holds the generation, read from the shared cache on every request, so a page kept here
    is never served after a change; it only saves reading and unpacking the page again (the file
    cache compresses every entry). Bounded in number and in time.
    """

    def __init__(self, size=LOCAL_PAGES):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, default=None):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None:
                return default
            if entry[0] < time.monotonic():
                del self.pages[key]
                return default
            self.pages.move_to_end(key)
            return entry[1]

    def put(self, key, page, seconds):
        with self.lock:
            self.pages[key] = (time.monotonic() + seconds, page)
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


recent = _RecentPages()


def _freeze(request, response):
    """What a page is stored as: its status, headers and body (smaller and faster to read back
    than the pickled response object), and the body compressed each way a client may ask for,
    so a hit never compresses anything."""
    content = response.content
    encoded = {}
    if compression.compressible(request, response) and len(content) >= compression.MINIMUM_BYTES:
        encoded = {
            name: compression.compress(content, name, stored=True) for name in ("br", "gzip")
        }
    return (response.status_code, tuple(response.headers._store.values()), content, encoded)


def _serve_encoded(request, response, encoded):
    """Send the stored compressed body that suits the client, if any."""
    if not encoded:
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    name = compression.accepted(request)
    if name in encoded:
        compression.encode(response, name, encoded[name])
    return response


def _thaw(request, page):
    status, headers, content, encoded = page
    response = HttpResponse(content, status=status)
    # The headers were checked when the page was first made; set them as they are.
    response.headers._store.update((name.lower(), (name, value)) for name, value in headers)
    # A stored page never used a nonce, so its policy is the site's policy as it stands: set it
    # here once rather than have the policy middleware build it again for every hit.
    response.headers.setdefault(CSP.HEADER_ENFORCE, _page_policy())
    return _serve_encoded(request, response, encoded)


@functools.cache
def _page_policy():
    return build_policy(settings.SECURE_CSP)


@receiver(setting_changed)
def _forget_policy(setting, **kwargs):
    if setting == "SECURE_CSP":
        _page_policy.cache_clear()


def _request_is_cacheable(request):
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET":
        return False
    # Real filters and page numbers are short; long made-up query strings are not worth storing.
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    directives = {
        part.split("=")[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    # A page that used a CSP nonce must get a fresh one on every response.
    return not getattr(request, "_csp_nonce", None)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        current = generation()
        if current is None:
            return self.get_response(request)
        key = page_key(request, current)
        page = recent.get(key)
        if page is None:
            try:
                page = cache.get(key)
            except Exception as error:  # noqa: BLE001 - a cache failure is a miss
                health.failed("read a page", error)
                return self.get_response(request)
            if page is not None:
                recent.put(key, page, settings.PAGE_CACHE_SECONDS)
        if page is not None:
            response = _thaw(request, page)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            # Headers that depend on the request are added by the outer middleware each time.
            page = _freeze(request, response)
            try:
                cache.set(key, page, settings.PAGE_CACHE_SECONDS)
            except Exception as error:  # noqa: BLE001 - the page is served, just not stored
                health.failed("store a page", error)
                return response
            recent.put(key, page, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
            return _serve_encoded(request, response, page[3])
        return response
