"""The practice builder without a script: add, move, remove and set steps through plain GET
forms; the time, the balance check and the flags come with every page; the player plays it."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from poses.conditions.movements import ensure_movements
from poses.models import Level, Rating
from sequences.builder import code
from tests.factories import ConditionFactory, PoseFactory, VerdictFactory

pytestmark = pytest.mark.django_db
BUILD = "/practice/build/"


def pose(slug, *moves, **fields):
    made = PoseFactory(slug=slug, english_name=slug.replace("-", " ").capitalize(), **fields)
    movements = ensure_movements()
    made.movements.set([movements[m] for m in moves])
    return made


@pytest.fixture
def library():
    return {
        "cat": pose("cat-cow", "flexion", "extension", hold_min_seconds=10, hold_max_seconds=20),
        "child": pose("childs-pose", "flexion"),
        "twist": pose("lying-twist", "rotation", "supine"),
        "bridge": pose("bridge", "extension", level=Level.INTERMEDIATE),
        "draft": pose("secret-draft", "neutral", is_published=False),
    }


def follow(client, url):
    """Send a form's GET and return (redirect target's p, the page it leads to)."""
    response = client.get(url)
    assert response.status_code == 302
    location = response["Location"]
    query = parse_qs(urlsplit(location).query)
    page = client.get(location)
    assert page.status_code == 200
    return query.get("p", [""])[0], page.content.decode(), location


def test_the_route_is_named_and_an_empty_builder_lists_the_published_poses(client, library):
    assert reverse("practice:build") == BUILD
    html = client.get(BUILD).content.decode()
    assert 'id="add-cat-cow"' in html and 'id="add-lying-twist"' in html
    assert "secret-draft" not in html
    assert "No poses yet" in html


def test_adding_moving_and_removing_steps_without_a_script(client, library):
    p, html, location = follow(client, f"{BUILD}?p=v1&do=add:cat-cow")
    assert p == "v1,cat-cow"
    assert location.endswith("#step-1")
    p, _, _ = follow(client, f"{BUILD}?p={p}&do=add:lying-twist")
    assert p == "v1,cat-cow,lying-twist:e"  # a twist comes in each side in turn
    p, _, _ = follow(client, f"{BUILD}?p={p}&do=add:childs-pose")
    p, _, location = follow(client, f"{BUILD}?p={p}&do=up:3")
    assert p == "v1,cat-cow,childs-pose,lying-twist:e"
    assert location.endswith("#step-2")
    p, _, _ = follow(client, f"{BUILD}?p={p}&do=down:1")
    assert p == "v1,childs-pose,cat-cow,lying-twist:e"
    p, _, _ = follow(client, f"{BUILD}?p={p}&do=order:3,1,2")
    assert p == "v1,lying-twist:e,childs-pose,cat-cow"
    p, html, _ = follow(client, f"{BUILD}?p={p}&do=remove:2")
    assert p == "v1,lying-twist:e,cat-cow"
    p, html, _ = follow(client, f"{BUILD}?p={p}&do=clear")
    assert p == "v1" and "No poses yet" in html


def test_the_step_fields_set_side_hold_times_and_rounds(client, library):
    url = (
        f"{BUILD}?p=v1,cat-cow,lying-twist:e&do=update&side-1=both&hold-1=12&reps-1=5"
        "&side-2=right&hold-2=&reps-2=1&rounds=3"
    )
    p, html, location = follow(client, url)
    assert p == "v1,cat-cow:b:12:5,lying-twist:r"
    assert "rounds=3" in location
    assert 'data-warning="one-way-twist"' in html
    p, html, _ = follow(client, f"{BUILD}?p={p}&do=update&side-2=each&hold-1=99999")
    assert p == "v1,cat-cow:b:12:5,lying-twist:e"
    assert "one-way-twist" not in html
    assert "A hold or a number of times was not a whole number in range" in html


def test_the_page_gives_time_balance_cautions_and_a_link_to_share_and_play(client, library):
    html = client.get(f"{BUILD}?p=v1,cat-cow:b:10:5,bridge&rounds=2").content.decode()
    assert "about <strong>3 minutes</strong>" in html  # (50 + 30) x 2 = 160 s
    assert 'aria-labelledby="builder-balance-title"' in html
    assert 'data-warning="backbend-no-counter"' in html  # the bridge ends it
    assert "as hard as its hardest pose, <strong>Bridge</strong> (intermediate)" in html
    assert (
        'value="http://testserver/practice/build/?p=v1,cat-cow:b:10:5,bridge&amp;rounds=2"' in html
    )
    assert 'href="/practice/build/play/?p=v1,cat-cow:b:10:5,bridge&amp;rounds=2"' in html


def test_my_back_hides_poses_to_avoid_and_flags_the_steps(client, library):
    stenosis = ConditionFactory(slug="stenosis", short_name="stenosis")
    VerdictFactory(pose=library["bridge"], condition=stenosis, rating=Rating.AVOID)
    VerdictFactory(pose=library["cat"], condition=stenosis, rating=Rating.ADAPT, change="Less.")
    html = client.get(f"{BUILD}?p=v1,cat-cow,bridge&for=stenosis").content.decode()
    picker = html[html.index('id="picker-title"') : html.index('id="practice-title"')]
    assert 'id="add-bridge"' not in picker
    assert "1 pose to avoid is hidden" in picker
    assert "Adapt for stenosis" in picker  # cat-cow's badge
    steps = html[html.index('id="practice-title"') :]
    assert "Avoid with stenosis" in steps and "Adapt for stenosis" in steps
    assert '<input type="hidden" name="for" value="stenosis">' in html
    shown = client.get(f"{BUILD}?p=v1&for=stenosis&avoided=show").content.decode()
    assert 'id="add-bridge"' in shown


def test_the_player_plays_a_built_practice(client, library):
    response = client.get("/practice/build/play/?p=v1,cat-cow:b:10:2,lying-twist:e:20&rounds=2")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('id="player-data"')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    assert [step["name"] for step in data["steps"]] == ["Cat cow", "Lying twist"]
    assert data["plan"] == [[0, "both", 1, 10, True], [0, "both", 2, 10, False],
                            [1, "right", 1, 20, True], [1, "left", 1, 20, True]]  # fmt: skip
    assert data["rounds"] == 2
    assert '<input type="hidden" name="p" value="v1,cat-cow:b:10:2,lying-twist:e:20">' in html
    assert 'href="/practice/build/?p=v1,cat-cow:b:10:2,lying-twist:e:20&amp;rounds=2"' in html


def test_the_player_plays_the_safer_version_for_my_back(client, library):
    stenosis = ConditionFactory(slug="stenosis", short_name="stenosis")
    VerdictFactory(
        pose=library["bridge"], condition=stenosis, rating=Rating.AVOID, gentler=library["child"]
    )
    VerdictFactory(pose=library["child"], condition=stenosis, rating=Rating.FINE)
    html = client.get("/practice/build/play/?p=v1,cat-cow,bridge&for=stenosis").content.decode()
    assert '"name": "Childs pose"' in html and '"name": "Bridge"' not in html
    assert "Instead of bridge" in html


def test_the_builder_asks_the_same_number_of_queries_however_long_the_practice(client, library):
    def count(p):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{BUILD}?p={p}&for=stenosis").status_code == 200
        return len(queries)

    ConditionFactory(slug="stenosis")
    short = count("v1,cat-cow")
    for n in range(6):
        pose(f"extra-{n}", "neutral")
    long = count("v1," + ",".join(["cat-cow", "bridge", *(f"extra-{n}" for n in range(6))]))
    assert long == short


def test_the_address_round_trips():
    steps = [
        code.Step("cat-cow", "both", 10, 5),
        code.Step("lying-twist", "each"),
        code.Step("cobra", "left", None, 3),
        code.Step("fish", "right", 600, 20),
    ]
    text = code.encode(steps)
    assert text == "v1,cat-cow:b:10:5,lying-twist:e,cobra:l::3,fish:r:600:20"
    reading = code.decode(text, "4")
    assert reading.steps == steps and reading.rounds == 4 and reading.problems == []
