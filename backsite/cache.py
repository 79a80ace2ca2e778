"""Whole-page cache for anonymous visitors, emptied whenever content changes.

Pages are stored in the configured cache (Redis in production, so every app server shares them)
under a key that includes a "generation" number. Saving, deleting or relinking any content bumps the
generation, so every page cached before the change is never read again and expires on its own; an
editor's change shows at once on every server.

A page is served from, or stored in, the cache only when all of these hold:

- PAGE_CACHE_SECONDS is above 0 (on in production, off in development and tests);
- the request is a GET and carries no session or messages cookie, so it cannot come from a signed-in
  editor or carry a one-off message, and its query string is not absurdly long;
- the response is a 200 HTML page with no Set-Cookie, no private, no-cache or no-store in its
  Cache-Control (draft previews send these) and no CSP nonce (a nonce must never be reused).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "page-cache:generation"
CHANGED_KEY = "content:changed-at"
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
MAX_QUERY_LENGTH = 300


def _fresh_generation():
    # Taken from the clock, so a generation started after the key was lost (evicted, or the cache
    # flushed) can never equal one whose pages may still be stored.
    return time.time_ns() // 1000


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        value = cache.get(GENERATION_KEY, 0)
    return value


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


def invalidate():
    """Make every cached page stale. Safe to call from any app server at any time."""
    cache.set(CHANGED_KEY, int(time.time()), timeout=None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        # The key is missing (first change, or the cache lost it): start a fresh generation.
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        cache.incr(GENERATION_KEY)


def _content_changed(sender, **kwargs):
    # Any content app's change may show on any page.
    if sender._meta.app_label in settings.CONTENT_APPS:
        invalidate()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"backsite-page-cache-{signal!r}")


def page_key(request):
    url = request.build_absolute_uri()
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{generation()}:{digest}"


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
        key = page_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            # Headers that depend on the request are added by the outer middleware each time.
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
