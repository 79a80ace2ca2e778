"""Property: no query string, however strange, makes the pose library answer 500 or above."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poses.models import Category, Level
from tests.factories import MuscleFactory, PoseFactory, PoseMuscleFactory

FILTERS = ["q", "category", "level", "tag", "group", "muscle", "page"]
KNOWN_VALUES = [
    *Category.values,
    *Level.values,
    "gentle",
    "multifidus",
    "sphinx",
    "1",
    "2",
    "last",
]

names = st.one_of(st.sampled_from(FILTERS), st.text(max_size=20))
values = st.one_of(
    st.sampled_from(KNOWN_VALUES),
    st.text(max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.binary(max_size=50).map(lambda b: b.decode("latin-1")),
)
queries = st.lists(st.tuples(names, values), max_size=12)
raw_queries = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=2000
)

HYPOTHESIS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def library(db):
    muscle = MuscleFactory(name="Multifidus", slug="multifidus")
    for number in range(15):
        pose = PoseFactory(
            english_name=f"Pose {number}", slug=f"pose-{number}", tags=["gentle"] * (number % 2)
        )
        PoseMuscleFactory(pose=pose, muscle=muscle)
    PoseFactory(english_name="Sphinx", sanskrit_name="Salamba Bhujaṅgāsana", slug="sphinx")
    return reverse("poses:list")


@HYPOTHESIS
@given(pairs=queries)
def test_any_filters_give_a_page(client, library, pairs):
    response = client.get(f"{library}?{urlencode(pairs)}")
    assert response.status_code < 500
    assert response.status_code in {200, 404}


@HYPOTHESIS
@given(raw=raw_queries)
def test_any_raw_query_string_gives_a_page(client, library, raw):
    response = client.get(f"{library}?{raw}")
    assert response.status_code < 500


@HYPOTHESIS
@given(page=st.one_of(st.integers(), st.text(max_size=40)))
def test_any_page_number_gives_a_page(client, library, page):
    response = client.get(library, {"page": page, "level": "beginner"})
    assert response.status_code == 200
