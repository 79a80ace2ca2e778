"""HTTP for the public JSON API, whatever framework draws its endpoints.

Every response under ``settings.API_PREFIX`` passes through here, so each endpoint only returns its
data. This middleware:

- answers CORS for any origin, for reading only and never with credentials, and answers preflight
  requests (an ``If-None-Match`` header makes a browser send one);
- limits each client address to ``API_RATE_LIMIT`` requests a window, counted in the shared cache
  so every app server agrees, answering 429 with ``Retry-After``; a cache that is down lets the
  request through rather than take the API with it;
- adds ``ETag`` (a hash of the body) and ``Last-Modified`` (when content last changed) and answers
  conditional GETs with 304;
- turns Django's HTML 404 and 405 into JSON, so a client never has to parse a web page.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from . import cache as page_cache
from .security import client_ip

logger = logging.getLogger(__name__)

READ_METHODS = ("GET", "HEAD")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}
PREFLIGHT_HEADERS = {
    **CORS_HEADERS,
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}
RATE_PERIODS = {"second": 1, "minute": 60, "hour": 3600}
_last_warning = 0.0


def parse_rate(text):
    """'300/minute' -> (300, 60). A rate of 0 turns limiting off."""
    count, _, period = text.partition("/")
    return int(count), RATE_PERIODS[period.strip() or "minute"]


def _with_headers(response, headers):
    for name, value in headers.items():
        response[name] = value
    return response


def json_error(status, detail, **headers):
    return _with_headers(JsonResponse({"detail": detail}, status=status), headers)


def _warn_cache_down(error):
    # One line a minute at most: a cache outage must not flood the log on every API call.
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > 60:
        _last_warning = now
        logger.warning("API rate limiting is off while the cache fails: %s", error)


def seconds_to_wait(request, now=None):
    """0 if this request may go ahead, else the seconds until its client's window ends."""
    limit, period = parse_rate(settings.API_RATE_LIMIT)
    if limit <= 0:
        return 0
    now = time.time() if now is None else now
    window = int(now // period)
    key = f"api-rate:{window}:{client_ip(request)}"
    try:
        cache.add(key, 0, timeout=period + 1)
        count = cache.incr(key)
    except Exception as error:  # noqa: BLE001 - any cache failure means "do not limit"
        _warn_cache_down(error)
        return 0
    if count <= limit:
        return 0
    return max(1, int((window + 1) * period - now) + 1)


class ApiProtocolMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.API_PREFIX.strip("/") + "/"

    def __call__(self, request):
        if not request.path.startswith(self.prefix):
            return self.get_response(request)
        if request.method == "OPTIONS":
            return _with_headers(HttpResponse(status=204), PREFLIGHT_HEADERS)
        if request.method not in READ_METHODS:
            return json_error(405, "The API is read-only: use GET.", Allow="GET, HEAD, OPTIONS")
        wait = seconds_to_wait(request)
        if wait:
            response = json_error(
                429, f"Too many requests: try again in {wait} seconds.", **{"Retry-After": wait}
            )
        else:
            response = self.finish(request, self.get_response(request))
        return _with_headers(response, CORS_HEADERS)

    def finish(self, request, response):
        if not response.get("Content-Type", "").startswith("application/json"):
            if response.status_code == 404:
                return json_error(404, "Nothing is published at this address.")
            if response.status_code >= 400:
                return json_error(response.status_code, "The request could not be answered.")
            return response
        if response.status_code != 200 or response.streaming:
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        changed = page_cache.last_changed()
        if changed is not None:
            response["Last-Modified"] = http_date(changed)
        response.setdefault("Cache-Control", "public, max-age=60")
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=changed,
            response=response,
        )
