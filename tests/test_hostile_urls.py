"""Every public URL pattern, walked with hostile input: nothing may answer 500 or above.

The routes are read from the URL resolver, so a page added later is walked too without editing this
file. The admin is left out (it is not public and has its own tests).
"""

import itertools
import re

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from anatomy.models import Muscle, MuscleGroup
from tests.factories import (
    MuscleFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")

HOSTILE_SEGMENTS = [
    "no-such-thing",
    "x" * 5000,
    "pose-" * 400,
    "ünïcødé-slug",
    "योग",
    "🧘‍♀️",
    "\u202egnp.exe",
    "%00",
    "a%00b",
    "..",
    "../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "a%2Fb",
    "%2F",
    "%",
    "%zz",
    "%C0%AE%C0%AE%2F",
    "%FF%FE",
    "<script>alert(1)</script>",
    "' OR '1'='1",
    "1;DROP TABLE poses_pose",
    "%20",
    "-1",
    "0",
    "99999999999999999999999999",
    "~",
    "a" * 300 + "/" + "b" * 300,
]

HOSTILE_QUERIES = [
    "page=999999999999999999999999999999",
    "page=-1",
    "page=0",
    "page=abc",
    "page=1e9",
    "page=NaN",
    "page=%00",
    "page=1&page=2&page=-5",
    "page=last",
    "unknown=1",
    "unknown=1&unknown=2&another=%00",
    "q=" + "x" * 20000,
    "q=%00%00",
    "q=%FF%FE%FD",
    "q=<script>alert(1)</script>",
    "q=%27%20OR%201%3D1--",
    "q=योगासन&q=cobra",
    "q[]=1&q[]=2",
    "level=nonsense&level=beginner",
    "category=&level=&tag=&group=&muscle=",
    "category=" + "standing" * 500,
    "tag=../../etc&group=%2F&muscle=%00",
    "tag=" + "ü" * 3000,
    "&&&==&=&",
    "=",
    "%",
    "a=%zz",
    "x=" + "&y=".join(str(n) for n in range(2000)),
    "page=2&" + "q=a&" * 500,
]


def public_routes(patterns=None, prefix=""):
    """(route as written, pattern) for every non-admin leaf pattern."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin" or entry.namespace == "admin":
                continue
            yield from public_routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def fill(route, values):
    """The route with its parameters replaced, in order, by `values`."""
    iterator = iter(values)
    path = PARAMETER.sub(lambda _: next(iterator), route)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path.lstrip("/")


def parameter_count(route):
    return len(PARAMETER.findall(route))


@pytest.fixture
def site(db):
    """Published content of every kind, so valid URLs exist for every route."""
    muscle = MuscleFactory(name="Multifidus", slug="multifidus")
    pose = PoseFactory(english_name="Sphinx", slug="sphinx", tags=["gentle"])
    PoseMuscleFactory(pose=pose, muscle=muscle)
    sequence = SequenceFactory(title="Evening", slug="evening")
    SequenceStepFactory(sequence=sequence, pose=pose, position=1)
    TipFactory(title="Go slowly").sequences.add(sequence)
    return {"muscle": muscle, "pose": pose, "sequence": sequence}


def candidate_values():
    values = {m.slug for m in Muscle.objects.all()} | {g.slug for g in MuscleGroup.objects.all()}
    from poses.models import Pose
    from sequences.models import Sequence

    values |= set(Pose.objects.values_list("slug", flat=True))
    values |= set(Sequence.objects.values_list("slug", flat=True))
    return sorted(values)


def valid_urls(client):
    """One working address per route, found by trying the content's slugs in its parameters."""
    found = []
    slugs = candidate_values()
    for route, _pattern in public_routes():
        count = parameter_count(route)
        if route.lstrip("^").startswith(settings.MEDIA_URL.lstrip("/")):
            continue
        for values in itertools.product(slugs, repeat=count):
            url = fill(route, values)
            if client.get(url).status_code == 200:
                found.append(url)
                break
    return found


def assert_no_server_error(client, url):
    response = client.get(url)
    assert response.status_code < 500, (url[:200], response.status_code)
    return response


def test_routes_are_found(site, client):
    routes = [route for route, _ in public_routes()]
    assert any("<slug:slug>" in route for route in routes)
    urls = valid_urls(client)
    # Home, the pose library and a pose, anatomy, a group and a muscle, sequences and one, and
    # whatever else the site serves (sitemap, robots.txt...).
    assert len(urls) >= 8, urls
    assert "/" in urls


def test_hostile_path_segments_on_every_route(site, client):
    walked = 0
    for route, _pattern in public_routes():
        count = parameter_count(route)
        if count == 0:
            continue
        for segment in HOSTILE_SEGMENTS:
            for position in range(count):
                values = ["sphinx"] * count
                values[position] = segment
                assert_no_server_error(client, fill(route, values))
                walked += 1
    assert walked >= len(HOSTILE_SEGMENTS) * 4


def test_hostile_paths_anywhere(site, client):
    for segment in HOSTILE_SEGMENTS:
        assert_no_server_error(client, "/" + segment)
        assert_no_server_error(client, "/" + segment + "/")
        assert_no_server_error(client, "/poses/sphinx/" + segment + "/")
    for path in ("//", "///poses//", "/poses/../admin/", "/%2e%2e/", "/poses%2Fsphinx/", "/.env"):
        assert_no_server_error(client, path)


def test_hostile_query_strings_on_every_route(site, client):
    urls = valid_urls(client)
    for url in urls:
        for query in HOSTILE_QUERIES:
            assert_no_server_error(client, f"{url}?{query}")


def test_out_of_range_pages_still_give_a_page(site, client):
    from django.urls import reverse

    for url in (reverse("poses:list"), reverse("sequences:list")):
        for page in ("999999999999999999999999", "-1", "0", "abc"):
            response = client.get(url, {"page": page})
            assert response.status_code in {200, 404}, (url, page)


def test_hostile_host_headers_are_refused_politely(site, client):
    for host in ("evil.example", "[::1", "a" * 300, "localhost\r\nX-Injected: 1", "local host"):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 400, host
    assert client.get("/", HTTP_HOST="127.0.0.1:99999").status_code < 500


def test_hostile_methods_on_public_pages(site, client):
    for url in valid_urls(client):
        for method in (client.post, client.put, client.delete, client.patch, client.options):
            response = method(url, data="x" * 1000, content_type="text/plain")
            assert response.status_code < 500, (method.__name__, url)
