"""HTML goes out compressed for clients that ask for it, never with a CSRF token in it (BREACH),
and the page cache serves its stored compressed copies."""

import gzip

import brotli
import pytest
from django.core.cache import cache
from django.urls import reverse

from backsite.compression import accepted
from tests.factories import PoseFactory


@pytest.fixture
def pose(db):
    return PoseFactory(english_name="Sphinx", slug="sphinx", summary="A low backbend.")


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def test_brotli_when_the_client_accepts_it(client, pose):
    plain = client.get(pose.get_absolute_url())
    packed = client.get(pose.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed["Content-Encoding"] == "br"
    assert "accept-encoding" in vary(packed)
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 2
    assert brotli.decompress(packed.content) == plain.content


def test_gzip_when_brotli_is_refused_or_unknown(client, pose):
    plain = client.get(pose.get_absolute_url()).content
    for header in ("gzip", "br;q=0, gzip;q=0.5", "GZIP, identity"):
        response = client.get(pose.get_absolute_url(), HTTP_ACCEPT_ENCODING=header)
        assert response["Content-Encoding"] == "gzip", header
        assert gzip.decompress(response.content) == plain


def test_no_compression_without_accept_encoding_but_the_page_still_varies_on_it(client, pose):
    for extra in ({}, {"HTTP_ACCEPT_ENCODING": "identity"}, {"HTTP_ACCEPT_ENCODING": "br;q=0"}):
        response = client.get(pose.get_absolute_url(), **extra)
        assert not response.has_header("Content-Encoding"), extra
        assert "accept-encoding" in vary(response)
        assert b"Sphinx" in response.content


def test_a_page_with_a_csrf_token_is_never_compressed(client, db):
    response = client.get(reverse("admin:login"), HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert not response.has_header("Content-Encoding")


def test_static_like_answers_and_errors_are_left_alone(client, db):
    missing = client.get("/poses/no-such-pose/", HTTP_ACCEPT_ENCODING="br")
    assert missing.status_code == 404
    assert not missing.has_header("Content-Encoding")
    robots = client.get("/robots.txt", HTTP_ACCEPT_ENCODING="br")
    assert not robots.has_header("Content-Encoding")


@pytest.mark.parametrize(
    "header, expected",
    [
        ("", None),
        ("br", "br"),
        ("gzip, br", "br"),
        ("br;q=0, gzip", "gzip"),
        ("br;q=0, gzip;q=0", None),
        ("*", "br"),
        ("*;q=0, gzip", "gzip"),
        ("deflate", None),
        ("br;q=nonsense, gzip", "gzip"),
        (" , ;q=1, \x00", None),
    ],
)
def test_accept_encoding_is_read_with_its_weights(rf, header, expected):
    assert accepted(rf.get("/", HTTP_ACCEPT_ENCODING=header)) == expected


def test_the_page_cache_stores_pages_compressed_and_serves_each_client_its_copy(
    client, pose, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    try:
        url = pose.get_absolute_url()
        first = client.get(url, HTTP_ACCEPT_ENCODING="br")
        assert first["X-Page-Cache"] == "miss"
        assert first["Content-Encoding"] == "br"
        plain = client.get(url)
        assert plain["X-Page-Cache"] == "hit"
        assert not plain.has_header("Content-Encoding")
        assert brotli.decompress(first.content) == plain.content
        zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert zipped["X-Page-Cache"] == "hit"
        assert gzip.decompress(zipped.content) == plain.content
        for response in (first, plain, zipped):
            assert "accept-encoding" in vary(response)
    finally:
        cache.clear()
