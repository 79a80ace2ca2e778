"""A tampered, cut or outdated practice address gives a clear message naming what was wrong,
never an error page: hand-written cases, then Hypothesis."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sequences.builder import code
from tests.factories import PoseFactory

pytestmark = pytest.mark.django_db
BUILD, PLAY = "/practice/build/", "/practice/build/play/"


@pytest.fixture
def poses(db):
    PoseFactory(slug="cobra", english_name="Cobra")
    PoseFactory(slug="secret-draft", english_name="Secret draft", is_published=False)


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


CASES = [
    ("v1,cobra,no-such-pose", "“no-such-pose” is not a pose in the library"),
    ("v1,cobra,secret-draft", "“secret-draft” is not available at the moment"),
    ("v1,cobra:b:-5", "hold “-5” is not a whole number of seconds from 1 to 600"),
    ("v1,cobra:b:86400", "hold “86400” is not a whole number of seconds from 1 to 600"),
    ("v1,cobra:b:10:0", "“0” is not a number of times from 1 to 20"),
    ("v1,cobra:z", "side “z” is not b, l, r or e"),
    ("v1," + ",".join(["cobra"] * 31), "A practice holds at most 30 steps; this address has 31"),
    ("garbage", "This is not a practice address Backsite can read"),
    ("v7,cobra", "in format “v7”, which this version of Backsite does not read"),
    ("v1,cobra:b:10:2:9", "has more parts than slug:side:hold:times"),
    ("v1,cob<script>", "“cob&lt;script&gt;” is not a pose&#x27;s address"),
    ("v1,cobra,,cobra", "Empty steps in the address"),
    ("v1," + "cobra," * 400, "longer than 1,500 characters"),
]


@pytest.mark.parametrize(("p", "message"), CASES)
def test_each_kind_of_bad_address_is_named_on_the_builder_and_the_player(client, poses, p, message):
    for url in (BUILD, PLAY):
        html = page(client, f"{url}?{urlencode({'p': p})}")
        assert message in html
        assert "<script>" not in html.split("</head>")[1].replace('<script type="module"', "")


def test_bad_rounds_and_a_cut_address_still_give_the_good_part(client, poses):
    html = page(client, f"{BUILD}?p=v1,cobra:e:2&rounds=99")
    assert "Rounds “99” is not a whole number from 1 to 10" in html
    assert 'id="side-1"' in html  # cobra is kept
    html = page(client, f"{BUILD}?p=v1,cobra:e:20,cob")  # cut in the middle of a slug
    assert "“cob” is not a pose in the library" in html and 'id="side-1"' in html


def test_bad_actions_are_ignored_or_named_never_an_error(client, poses):
    for action in ("add:no-such", "add:secret-draft", "up:0", "down:99", "remove:x", "order:1,1",
                   "order:", "explode", "add:" + "x" * 5000, "up:-1"):  # fmt: skip
        response = client.get(f"{BUILD}?{urlencode({'p': 'v1,cobra', 'do': action})}")
        assert response.status_code == 302, action
        assert client.get(response["Location"]).status_code == 200
    response = client.get(f"{BUILD}?p=v1,cobra&do=add:no-such", follow=True)
    assert "That pose is not in the library, so it could not be added." in response.content.decode()
    full = "v1," + ",".join(["cobra"] * 30)
    response = client.get(f"{BUILD}?p={full}&do=add:cobra", follow=True)
    assert "A practice holds at most 30 steps, so no more can be added." in (
        response.content.decode()
    )


any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400)
step_like = st.lists(
    st.tuples(
        st.sampled_from(["cobra", "secret-draft", "nope", "", "COBRA", "c-o", "x" * 70]),
        st.sampled_from(["", "b", "l", "r", "e", "x", "∞"]),
        st.one_of(st.integers(-(10**9), 10**9).map(str), st.just(""), any_text),
        st.one_of(st.integers(-50, 50).map(str), st.just(""), any_text),
    ).map(lambda parts: ":".join(parts)),
    max_size=40,
)
addresses = st.one_of(
    any_text,
    step_like.map(lambda items: ",".join(["v1", *items])),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
HYPOTHESIS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@HYPOTHESIS
@given(p=addresses, rounds=st.one_of(st.none(), any_text))
def test_reading_never_fails_and_stays_bounded(p, rounds):
    reading = code.decode(p, rounds)
    assert len(reading.steps) <= code.MAX_STEPS
    assert 1 <= reading.rounds <= 10
    for step in reading.steps:
        assert step.side in code.CODES
        assert step.hold is None or 1 <= step.hold <= code.MAX_HOLD
        assert 1 <= step.repetitions <= code.MAX_REPETITIONS
    assert all(len(problem) < 400 for problem in reading.problems)
    # What was read writes back to an address that reads the same, with nothing to complain of.
    again = code.decode(code.encode(reading.steps))
    assert again.steps == reading.steps and again.problems == []


@HYPOTHESIS
@given(
    steps=st.lists(
        st.builds(
            code.Step,
            slug=st.from_regex(r"[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,2}", fullmatch=True),
            side=st.sampled_from(sorted(code.CODES)),
            hold=st.one_of(st.none(), st.integers(1, code.MAX_HOLD)),
            repetitions=st.integers(1, code.MAX_REPETITIONS),
        ),
        max_size=code.MAX_STEPS,
    )
)
def test_any_practice_round_trips_through_its_address(steps):
    assert code.decode(code.encode(steps)).steps == steps


@HYPOTHESIS
@given(p=addresses, action=st.one_of(st.just(""), any_text))
def test_no_address_or_action_makes_the_builder_or_player_fail(client, poses, p, action):
    query = quote(p, safe="")
    for url in (f"{BUILD}?p={query}", f"{PLAY}?p={query}", f"{BUILD}?p={query}&do={quote(action)}"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
