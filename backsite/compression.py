"""Compressed HTML (and sitemaps) for clients that accept it: brotli, else gzip.

Never for a response that carries a CSRF token: a secret in a compressed body that also reflects
what a visitor sent can be guessed from the body's size (BREACH). Public pages carry none; forms
that need a token (the admin, signing in) go out uncompressed. Every compressible response says
`Vary: Accept-Encoding`, compressed or not, so no shared cache hands one client another's copy.

The page cache (backsite/cache.py) stores each page already compressed both ways, so a hit only
picks the body that suits the client; this middleware compresses the pages rendered now.
"""

import gzip

import brotli
from django.utils.cache import patch_vary_headers

# Quick settings: the pages are small, and rendering one costs more than compressing it.
BROTLI_QUALITY = 4
STORED_BROTLI_QUALITY = 5
GZIP_LEVEL = 5
# Below this many bytes compression saves less than its headers cost.
MINIMUM_BYTES = 500
TYPES = ("text/html", "application/xml")


def accepted(request):
    """ "br", "gzip" or None: the best encoding the request's Accept-Encoding allows."""
    header = request.META.get("HTTP_ACCEPT_ENCODING", "")
    weights = {}
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if name:
            weights[name.strip()] = weight
    for encoding in ("br", "gzip"):
        if weights.get(encoding, weights.get("*", 0.0)) > 0:
            return encoding
    return None


def compress(content, encoding, stored=False):
    if encoding == "br":
        quality = STORED_BROTLI_QUALITY if stored else BROTLI_QUALITY
        return brotli.compress(content, quality=quality, mode=brotli.MODE_TEXT)
    return gzip.compress(content, compresslevel=GZIP_LEVEL, mtime=0)


def compressible(request, response):
    """Whether this response's body may be compressed (the client's wishes aside)."""
    if response.streaming or response.status_code != 200 or response.has_header("Content-Encoding"):
        return False
    if not response.get("Content-Type", "").startswith(TYPES):
        return False
    if "no-transform" in response.get("Cache-Control", ""):
        return False
    # The page may have printed a CSRF token: get_token() leaves the secret in META, as does a
    # request that brought its CSRF cookie. Never compress next to a secret.
    return "CSRF_COOKIE" not in request.META


def encode(response, encoding, body):
    """Give ``response`` the ``body`` compressed with ``encoding``."""
    response.content = body
    response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(body))
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = "W/" + etag  # the same page, in other bytes
    return response


class CompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not compressible(request, response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        encoding = accepted(request)
        if encoding is None or len(response.content) < MINIMUM_BYTES:
            return response
        return encode(response, encoding, compress(response.content, encoding))
